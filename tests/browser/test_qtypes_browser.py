"""Every question type on a phone and on a desktop: answered with JavaScript (htmx swaps the
feedback in) and without it, the page never wider than the screen (long options wrap, a
drop-down is no wider than the screen) and axe-core finds nothing serious."""
from __future__ import annotations

from typing import Any

import pytest

from quizapp.quiz.forms import TYPE_LABELS
from tests.helpers.browser import describe_violations, expect, fill_in_an_answer, start_quiz

pytestmark = pytest.mark.browser

FITS = "document.documentElement.scrollWidth <= window.innerWidth"


def overflow(page: Any) -> str:
    """What sticks out sideways, for the failure message."""
    return page.evaluate(
        """() => { const w = window.innerWidth;
        return `scrollWidth ${document.documentElement.scrollWidth} > ${w}: ` + [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > w + 0.5).slice(0, 5)
          .map(e => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)})`).join(', '); }"""
    )


def check(page: Any, axe: Any, where: str, found: dict[str, str], js: bool = True) -> None:
    """Measure the page (width, axe-core). Both run scripts in the page, which a context
    with JavaScript off cannot; its markup is the one measured with JavaScript on."""
    if not js:
        return
    if not page.evaluate(FITS):
        found[f"{where}: wider than the screen"] = overflow(page)
    if violations := axe(page):
        found[f"{where}: axe"] = describe_violations(violations)


def answer_and_check(page: Any, axe: Any, label: str, width: int, js: bool) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    start_quiz(page, count=1, types=[label])
    found: dict[str, str] = {}
    check(page, axe, "the question", found, js)
    fill_in_an_answer(page)
    if js:
        page.get_by_role("button", name="Check my answer").click()
        expect(page.locator("#feedback")).to_be_focused()
    else:
        with page.expect_navigation():
            page.get_by_role("button", name="Check my answer").click()
    expect(page.locator("#feedback")).to_contain_text("Correct answer")
    check(page, axe, "the feedback", found, js)
    assert not found, "\n".join(f"{where}:\n{what}" for where, what in found.items())


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("label", list(TYPE_LABELS.values()))
def test_every_type_fits_the_screen_with_javascript(page, axe, label, width):
    answer_and_check(page, axe, label, width, js=True)


@pytest.mark.parametrize("label", list(TYPE_LABELS.values()))
def test_every_type_is_answered_on_a_phone_without_javascript(nojs_page, axe, label):
    answer_and_check(nojs_page, axe, label, 320, js=False)
