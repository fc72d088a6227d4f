"""The progress page, the deck list and a set's results on a 320 px phone, with real data:
the page is never wider than the screen; a table wider than the screen scrolls inside its
own box (which the keyboard can reach and scroll), not the page."""
from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.app import make_user
from tests.helpers.browser import describe_violations, expect, sign_in
from tests.helpers.sets import make_set, question_ids, take

pytestmark = pytest.mark.browser

FITS = "document.documentElement.scrollWidth <= window.innerWidth"
PHONE = {"width": 320, "height": 640}


def overflow(page: Any) -> str:
    return page.evaluate(
        """() => { const w = window.innerWidth;
        return `scrollWidth ${document.documentElement.scrollWidth} > ${w}: ` + [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > w + 0.5 && !e.closest('.table-scroll *')).slice(0, 5)
          .map(e => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)})`).join(', '); }"""
    )


def check_fits(page: Any, axe: Any, where: str) -> None:
    page.set_viewport_size(PHONE)
    assert page.evaluate(FITS), f"{where}: {overflow(page)}"
    # Every table is in a box of its own that scrolls sideways, never the page.
    for table in page.locator("table.data").all():
        box = table.locator("xpath=..")
        assert box.evaluate("e => e.classList.contains('table-scroll')"), f"{where}: a table outside its scroll box"
        assert box.evaluate("e => getComputedStyle(e).overflowX") == "auto"
    violations = axe(page)
    assert not violations, f"{where}:\n{describe_violations(violations)}"


@pytest.fixture
def class_with_results(app: Any) -> dict[str, Any]:
    """A teacher's set of five questions, taken (and finished) by three students."""
    teacher = make_user(app, "teacher_maria_fernanda")
    set_id = make_set(app, teacher, question_ids(app, "single_choice", 3) + question_ids(app, "true_false", 2))
    students = ["estudiante_alejandra_quispe", "student_bob", "student_carmen_huaman"]
    for n, name in enumerate(students):
        take(app, set_id, make_user(app, name), [True, n % 2 == 0, False, True, None])
    return {"set_id": set_id, "teacher": "teacher_maria_fernanda", "student": students[0]}


def test_progress_page_fits_a_phone(page, axe, class_with_results):
    page.set_viewport_size(PHONE)
    sign_in(page, class_with_results["student"])
    page.goto("/quiz/progress")
    expect(page.locator("#quizzes-table tbody tr")).to_have_count(1)
    expect(page.locator("#over-time-table tbody tr")).to_have_count(30)
    check_fits(page, axe, "My progress")


def test_deck_list_fits_a_phone(page, axe, class_with_results):
    page.set_viewport_size(PHONE)
    sign_in(page, class_with_results["student"])
    page.goto("/cards/")
    expect(page.locator("table.decks tbody tr").nth(2)).to_be_visible()
    check_fits(page, axe, "the deck list")


def test_set_results_fit_a_phone(page, axe, class_with_results):
    page.set_viewport_size(PHONE)
    sign_in(page, class_with_results["teacher"])
    page.goto(f"/sets/{class_with_results['set_id']}/results")
    expect(page.locator("#students-table tbody tr")).to_have_count(3)
    expect(page.locator("#items-table tbody tr")).to_have_count(5)
    check_fits(page, axe, "the set's results")
