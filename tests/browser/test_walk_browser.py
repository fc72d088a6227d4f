"""Rough edges found walking through classes, accommodations and marking in Chromium with fresh
eyes (issue 13): each checked here as the teacher or student would notice it."""
from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.app import make_user
from tests.helpers.browser import describe_violations, expect, sign_in, sign_out
from tests.helpers.classes import enrol, give, make_class
from tests.helpers.sets import make_set, question_ids

pytestmark = pytest.mark.browser


def fits(page: Any, width: int) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= width


def test_accommodations_fit_a_phone_and_offer_the_class_members(page, app, axe):
    page.set_viewport_size({"width": 320, "height": 700})
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1), time_limit_minutes=10)
    class_id = make_class(app, teacher, "History 3B")
    enrol(app, class_id, make_user(app, "ana"))
    give(app, class_id, set_id)
    sign_in(page, "teacher")
    page.goto(f"/sets/{set_id}/accommodations")
    assert fits(page, 320), "the page is wider than a 320 px phone"
    assert page.locator("#known-students option").evaluate_all("os => os.map(o => o.value + ' / ' + o.label)") == ["ana / ana (History 3B)"]
    page.get_by_label("Student's username").fill("ana")
    page.get_by_label("Extra time in minutes").fill("5")
    page.get_by_role("button", name="Save the accommodation").click()
    expect(page.get_by_role("status").filter(has_text="Accommodation saved for ana.")).to_be_visible()
    assert fits(page, 320)
    violations = axe(page)
    assert violations == [], describe_violations(violations)


def test_a_student_leaves_a_class_without_javascript(nojs_page, app):
    page = nojs_page
    teacher = make_user(app, "teacher")
    class_id = make_class(app, teacher, "History 3B")
    enrol(app, class_id, make_user(app, "ana"))
    sign_in(page, "ana")
    page.goto("/classes/")
    page.get_by_role("link", name="Leave this class (History 3B)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Leave History 3B?")
    page.get_by_role("button", name="Leave History 3B").click()
    expect(page.get_by_text("You left History 3B.")).to_be_visible()
    expect(page.get_by_text("You are in no class yet.")).to_be_visible()
    sign_out(page)
    sign_in(page, "teacher")
    page.goto(f"/classes/{class_id}")
    expect(page.get_by_role("heading", name="Students (0)")).to_be_visible()
