"""A learner takes a quiz in a real browser: with htmx, without JavaScript, by keyboard.

These tests check what a person notices: the feedback appears in place, focus follows it,
the address bar follows the quiz, the answer is not in the page before it is given, the
score lands in "My progress", and axe-core finds nothing serious on the way.
"""
from __future__ import annotations

import re
from typing import Any

import pytest

from quizapp.quiz.forms import TYPE_LABELS
from tests.helpers.browser import COUNT, describe_violations, expect, fill_in_an_answer, start_quiz

pytestmark = pytest.mark.browser

def position_in_url(page: Any) -> int:
    match = re.search(r"/q/(\d+)$", page.url)
    assert match, f"not on a question page: {page.url}"
    return int(match.group(1))


def score_out_of(count: int) -> re.Pattern[str]:
    return re.compile(rf"\d+(?:\.\d+)? / {count}\b")


def finish_and_read_score(page: Any, count: int = COUNT) -> str:
    """Finish the quiz; return the score the results page shows, such as "3 / 5"."""
    page.get_by_role("button", name="See my results").click()
    expect(page.get_by_role("heading", name=re.compile("^Results"))).to_be_visible()
    score = score_out_of(count).search(page.locator(".score").inner_text())
    assert score, page.locator(".score").inner_text()
    return score.group(0)


def progress_row_score(page: Any) -> str:
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My progress").click()
    expect(page.get_by_role("heading", name="My progress")).to_be_visible()
    rows = page.get_by_role("table").last.locator("tbody tr")
    expect(rows).to_have_count(1)
    score = score_out_of(COUNT).search(rows.first.inner_text())
    assert score, rows.first.inner_text()
    return score.group(0)


def take_quiz_with_htmx(page: Any) -> str:
    """Answer every question through htmx swaps, checking each step; return the score shown."""
    start_quiz(page)
    page.evaluate("window.__marker = 1")
    for n in range(1, COUNT + 1):
        expect(page.locator("#progress-label")).to_contain_text(f"Question {n} of {COUNT}")
        assert position_in_url(page) == n
        assert "Correct answer" not in page.content(), "the answer is in the page before it was given"
        fill_in_an_answer(page)
        page.get_by_role("button", name="Check my answer").click()

        feedback = page.locator("#feedback")
        expect(feedback).to_be_visible()
        assert page.evaluate("window.__marker") == 1, "answering reloaded the page instead of swapping the card"
        expect(feedback).to_be_focused()
        expect(feedback).to_contain_text("Correct answer")

        if n < COUNT:
            page.get_by_role("link", name="Next question").click()
            expect(page.locator("#progress-label")).to_contain_text(f"Question {n + 1} of {COUNT}")
            assert page.evaluate("window.__marker") == 1, "'Next question' reloaded the page"
            expect(page).to_have_url(re.compile(rf"/q/{n + 1}$"))
            expect(page.locator("#q-prompt")).to_be_focused()
    assert page.problems.errors == [], page.problems.errors
    assert page.problems.blocked == [], page.problems.blocked
    return finish_and_read_score(page)


def test_htmx_loads_from_the_pinned_cdn_url_and_passes_its_integrity_check(page):
    page.goto("/")  # returns after the load event, so the deferred script has run (or failed)
    version = page.evaluate("typeof htmx !== 'undefined' && htmx.version")
    assert str(version).startswith("4.0.1"), f"htmx did not load: {page.problems.errors}"
    assert page.problems.errors == [], page.problems.errors


def test_practice_quiz_with_htmx_gives_feedback_in_place_and_records_the_score(page):
    score = take_quiz_with_htmx(page)
    assert progress_row_score(page) == score


def test_practice_quiz_without_javascript_posts_redirects_and_shows_feedback(nojs_page):
    page = nojs_page
    start_quiz(page)
    for n in range(1, COUNT + 1):
        expect(page.locator("#progress-label")).to_contain_text(f"Question {n} of {COUNT}")
        assert "Correct answer" not in page.content()
        fill_in_an_answer(page)
        with page.expect_navigation():
            page.get_by_role("button", name="Check my answer").click()
        assert position_in_url(page) == n, "after the answer the page should show the same question"
        expect(page.locator("#feedback")).to_contain_text("Correct answer")
        if n < COUNT:
            with page.expect_navigation():
                page.get_by_role("link", name="Next question").click()
    score = finish_and_read_score(page)
    assert progress_row_score(page) == score


def test_a_single_choice_question_can_be_answered_with_the_keyboard_alone(page):
    start_quiz(page, count=1, types=["Single choice"])
    expect(page.get_by_role("group", name="Choose one answer")).to_be_visible()
    page.locator("#q-prompt").focus()

    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.type, document.activeElement.name]")
    assert focused == ["radio", "choice"], focused
    page.keyboard.press("Space")
    assert page.evaluate("document.activeElement.checked") is True

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Check my answer"
    page.keyboard.press("Enter")

    expect(page.locator("#feedback")).to_be_focused()
    expect(page.locator("#feedback")).to_contain_text("Correct answer")


def test_a_guest_who_registers_keeps_the_quiz_they_took(page):
    score = take_quiz_with_htmx(page)
    expect(page.get_by_text("Studying as a guest")).to_be_visible()

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Register").click()
    expect(page.get_by_text("Everything you have done as a guest stays yours.")).to_be_visible()
    page.get_by_label("Username").fill("maria")
    page.get_by_label("Password", exact=True).fill("a long enough password")
    page.get_by_label("Repeat the password").fill("a long enough password")
    page.get_by_role("button", name="Create account").click()

    expect(page.get_by_text("Signed in as maria")).to_be_visible()
    assert progress_row_score(page) == score


@pytest.mark.parametrize("path", ["/", "/quiz/new", "/quiz/progress", "/auth/login", "/auth/register"])
def test_pages_have_no_serious_accessibility_violations(page, axe, path):
    page.goto(path)
    violations = axe(page)
    assert violations == [], f"axe on {path}:\n{describe_violations(violations)}"


@pytest.mark.parametrize("question_type", list(TYPE_LABELS.values()))
def test_every_question_type_can_be_answered_in_place_without_accessibility_violations(page, axe, question_type):
    found = {}
    start_quiz(page, count=1, types=[question_type])
    expect(page.locator(".qtype")).to_contain_text(question_type, ignore_case=True)
    found["the question, unanswered"] = axe(page)
    fill_in_an_answer(page)
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator("#feedback")).to_be_focused()
    expect(page.locator("#feedback")).to_contain_text("Correct answer")
    page.locator("#feedback summary").first.click()  # open a cited paragraph, so axe sees it too
    found["the question with its feedback, after the htmx swap"] = axe(page)
    report = "\n".join(f"axe on {where}:\n{describe_violations(v)}" for where, v in found.items() if v)
    assert not report, report


def test_results_and_progress_have_no_serious_accessibility_violations(page, axe):
    found = {}
    start_quiz(page, count=1)
    fill_in_an_answer(page)
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator("#feedback")).to_be_visible()
    finish_and_read_score(page, count=1)
    found["results"] = axe(page)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My progress").click()
    found["progress with a quiz in it"] = axe(page)

    report = "\n".join(f"axe on {where}:\n{describe_violations(v)}" for where, v in found.items() if v)
    assert not report, report
