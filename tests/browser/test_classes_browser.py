"""In Chromium: a teacher makes a class, a student joins it by its code, the teacher gives the
class a set and narrows the set's results to the class; axe-core clean at 320 and 1280 px,
and the filter works with JavaScript off."""
from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.app import make_user
from tests.helpers.browser import describe_violations, expect, sign_in, sign_out
from tests.helpers.classes import enrol, make_class
from tests.helpers.sets import make_set, question_ids, take

pytestmark = pytest.mark.browser


def check_page(page: Any, axe: Any, width: int) -> None:
    violations = axe(page)
    assert violations == [], describe_violations(violations)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), f"{page.url} is wider than {width} px"


def student_names(page: Any) -> list[str]:
    return page.locator("#students-table tbody th[scope=row]").all_inner_texts()


@pytest.mark.parametrize("width,height", [(320, 640), (1280, 800)])
def test_teacher_makes_a_class_a_student_joins_and_results_narrow_to_it(page, app, axe, width, height):
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), title="Source check")
    make_user(app, "sam")
    outsider = make_user(app, "olga")
    page.set_viewport_size({"width": width, "height": height})

    sign_in(page, "teacher")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My classes").click()
    page.get_by_label("Class name").fill("History 3B")
    page.get_by_role("button", name="Make a class").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("History 3B")
    code = page.locator("#class-code").inner_text()
    assert len(code.replace("-", "")) == 9
    expect(page.get_by_role("button", name="Copy link")).to_be_visible()  # JavaScript shows it
    expect(page.get_by_role("img", name=f"QR code of the join link {page.url.split('/classes/')[0]}/classes/join/{code.replace('-', '')}")).to_be_visible()
    check_page(page, axe, width)

    # the set's builder gives it to the class, in place (htmx)
    page.goto(f"/sets/{set_id}")
    page.get_by_role("group", name="Give this set to").get_by_label("History 3B").check()
    page.get_by_role("button", name="Save classes").click()
    expect(page.locator("#set-classes [role=status]")).to_have_text("Classes saved.")
    check_page(page, axe, width)
    sign_out(page)

    # the student joins by typing the code, once
    sign_in(page, "sam")
    page.goto("/classes/")
    page.get_by_label("Class code").fill(code.lower())
    page.get_by_role("button", name="Join", exact=True).click()
    page.get_by_role("button", name="Join History 3B").click()
    expect(page.locator(".flash-success")).to_have_text("You joined History 3B. Its sets are listed here.")
    section = page.get_by_role("region", name="History 3B")
    expect(section.get_by_role("link", name="Source check")).to_be_visible()
    expect(section).to_contain_text("You may take this set as often as you like.")
    check_page(page, axe, width)
    sign_out(page)

    # the student and an outsider take the set; the teacher narrows the results to the class
    with app.app_context():
        from sqlalchemy import select

        from quizapp.auth.models import User
        from quizapp.extensions import db

        sam = db.session.execute(select(User.id).filter_by(username="sam")).scalar_one()
    take(app, set_id, sam, [True, True])
    take(app, set_id, outsider, [False, False])
    sign_in(page, "teacher")
    page.goto(f"/sets/{set_id}/results")
    assert student_names(page) == ["olga", "sam"]
    page.get_by_label("Class", exact=True).select_option(label="History 3B")
    page.get_by_role("button", name="Show").click()
    expect(page.locator("#students-table tbody th[scope=row]")).to_have_count(1)
    assert student_names(page) == ["sam"]
    assert page.url.endswith(f"/sets/{set_id}/results?class={page.locator('#class-filter').input_value()}")
    expect(page.get_by_role("link", name="CSV").first).to_have_attribute("href", f"/sets/{set_id}/export/wide.csv?class={page.locator('#class-filter').input_value()}")
    check_page(page, axe, width)


def test_without_javascript_the_class_filter_and_the_roster_still_work(nojs_page, app):
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1))
    class_id = make_class(app, teacher, "History 3B")
    sam, olga = make_user(app, "sam"), make_user(app, "olga")
    enrol(app, class_id, sam)
    take(app, set_id, sam, [True])
    take(app, set_id, olga, [False])
    sign_in(nojs_page, "teacher")
    nojs_page.goto(f"/sets/{set_id}/results")
    nojs_page.get_by_label("Class", exact=True).select_option(label="History 3B")
    nojs_page.get_by_role("button", name="Show").click()
    assert nojs_page.url.endswith(f"?class={class_id}") and student_names(nojs_page) == ["sam"]
    nojs_page.goto(f"/classes/{class_id}")
    expect(nojs_page.get_by_role("button", name="Copy link")).to_have_count(0)  # no dead button
    nojs_page.get_by_role("button", name="Remove sam").click()
    expect(nojs_page.locator(".flash-success")).to_have_text("sam is no longer in this class.")
    expect(nojs_page.get_by_role("heading", name="Students (0)")).to_be_visible()


@pytest.mark.parametrize("width,height", [(320, 640), (1280, 800)])
def test_the_class_projector_shows_the_code_and_qr_within_the_screen(page, app, axe, width, height):
    class_id = make_class(app, make_user(app, "teacher"), "History 3B")
    page.set_viewport_size({"width": width, "height": height})
    sign_in(page, "teacher")
    page.goto(f"/classes/{class_id}")
    page.get_by_role("link", name="Show the code on a projector").click()
    code = page.locator(".projector-code").inner_text()
    assert len(code) == 11 and code.count("-") == 2
    qr = page.get_by_role("img", name=f"QR code of the join link {page.url.split('/classes/')[0]}/classes/join/{code.replace('-', '')}")
    expect(qr).to_be_visible()
    box = qr.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
    check_page(page, axe, width)
