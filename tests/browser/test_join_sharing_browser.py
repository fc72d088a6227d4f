"""In Chromium: the teacher copies the join link with one click, and the projector page shows
the code and its QR code within any screen, axe-core clean."""
from __future__ import annotations

import pytest

from tests.helpers.app import make_user
from tests.helpers.browser import expect, sign_in
from tests.helpers.sets import join_code, make_set, question_ids

pytestmark = pytest.mark.browser


def test_copy_button_copies_the_join_link_and_says_so(page, app, axe):
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1))
    code = join_code(app, set_id)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    sign_in(page, "teacher")
    page.goto(f"/sets/{set_id}")
    button = page.get_by_role("button", name="Copy link")
    expect(button).to_be_visible()
    button.click()
    expect(page.locator(".copy-status")).to_have_text("Link copied.")
    assert page.evaluate("navigator.clipboard.readText()").endswith(f"/join/{code}")
    assert axe(page) == []


def test_without_javascript_the_link_is_there_to_select_and_no_dead_button_shows(nojs_page, app):
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1))
    sign_in(nojs_page, "teacher")
    nojs_page.goto(f"/sets/{set_id}")
    expect(nojs_page.get_by_label("Join link")).to_have_value(f"{nojs_page.url.split('/sets/')[0]}/join/{join_code(app, set_id)}")
    expect(nojs_page.get_by_role("button", name="Copy link")).to_have_count(0)


@pytest.mark.parametrize("width,height", [(320, 640), (1280, 800)])
def test_projector_page_fits_the_screen_with_code_and_qr(page, app, axe, width, height):
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1))
    code = join_code(app, set_id)
    page.set_viewport_size({"width": width, "height": height})
    sign_in(page, "teacher")
    page.goto(f"/sets/{set_id}")
    page.get_by_role("link", name="Show the code on a projector").click()
    expect(page.locator(".projector-code")).to_have_text(code)
    qr = page.get_by_role("img", name=f"QR code of the join link {page.url.split('/sets/')[0]}/join/{code}")
    expect(qr).to_be_visible()
    box = qr.bounding_box()
    assert box["width"] >= min(0.5 * height, 0.8 * width) - 1 and box["x"] >= 0 and box["x"] + box["width"] <= width
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert axe(page) == []
