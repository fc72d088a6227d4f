"""Rough edges found walking through the class pages and the gradebook again with fresh eyes
(issue 13, walk2), each checked in Chromium as a teacher would notice it."""
from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.app import make_user
from tests.helpers.browser import describe_violations, expect, sign_in
from tests.helpers.classes import enrol, make_class
from tests.helpers.sets import make_set, question_ids

pytestmark = pytest.mark.browser


def focused(page: Any) -> str:
    return page.evaluate("(document.activeElement.textContent || '').trim().replace(/\\s+/g, ' ')")


def test_giving_a_set_taking_it_back_and_removing_a_student_keep_the_keyboard_in_the_region(page, app, axe):
    """After the htmx swap the focus was on <body>: a keyboard or screen-reader user was sent
    back to the top of the page. It goes to the heading of the region that changed."""
    teacher = make_user(app, "teacher")
    qids = question_ids(app, "true_false", 1)
    class_id = make_class(app, teacher, "History 3B")
    enrol(app, class_id, make_user(app, "ana"))
    make_set(app, teacher, qids, title="Week 1 quiz")
    sign_in(page, "teacher")
    page.goto(f"/classes/{class_id}")
    page.get_by_label("Give one of my sets").select_option(label="Week 1 quiz")
    page.get_by_role("button", name="Give to the class").click()
    expect(page.get_by_role("button", name="Take back Week 1 quiz")).to_be_visible()
    expect(page.locator("#class-sets-title")).to_be_focused()
    assert focused(page) == "Sets given to this class"
    page.get_by_role("button", name="Take back Week 1 quiz").click()
    expect(page.get_by_text("No set is given to this class yet.")).to_be_visible()
    expect(page.locator("#class-sets-title")).to_be_focused()
    page.get_by_role("button", name="Remove ana").click()
    expect(page.get_by_role("heading", name="Students (0)")).to_be_visible()
    expect(page.locator("#class-roster-title")).to_be_focused()
    violations = axe(page)
    assert violations == [], describe_violations(violations)
