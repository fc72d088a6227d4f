"""In Chromium: the question navigator, flag for review, the summary before Finish and the
time-up page (issue 13), by keyboard, with JavaScript on and off, at 320 and 1280 px, axe-clean."""
from __future__ import annotations

import re
from typing import Any

import pytest

from tests.helpers.app import install_clock, make_user
from tests.helpers.browser import describe_violations, expect, fill_in_an_answer, sign_in, start_quiz
from tests.helpers.sets import T0, join_code, make_set, question_ids

pytestmark = pytest.mark.browser

WIDTHS = [320, 1280]


def navigator(page: Any) -> Any:
    return page.get_by_role("navigation", name="Questions of this quiz")


def entry(page: Any, position: int) -> Any:
    """A navigator link, found by the name a screen reader reads ("Question 3: answered, …")."""
    return navigator(page).get_by_role("link", name=re.compile(rf"^Question {position}:"))


def assert_axe_clean(page: Any, axe: Any) -> None:
    violations = axe(page)
    assert violations == [], describe_violations(violations)


def assert_no_sideways_scroll(page: Any) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow} px"


@pytest.mark.parametrize("width", WIDTHS)
def test_keyboard_through_the_navigator_flag_summary_and_jump_back(page, app, axe, width):
    page.set_viewport_size({"width": width, "height": 900})
    start_quiz(page, count=4, mode="Test", types=["True or false"])
    page.evaluate("window.__marker = 1")
    expect(navigator(page).get_by_role("link")).to_have_count(4 + 1)  # four questions and "Summary and finish"
    expect(entry(page, 1)).to_have_attribute("aria-current", "page")
    assert_axe_clean(page, axe)
    assert_no_sideways_scroll(page)

    # By keyboard: from the first entry, Tab twice to the third, Enter. htmx swaps the card.
    entry(page, 1).focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(entry(page, 3)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#progress-label")).to_contain_text("Question 3 of 4")
    expect(page).to_have_url(re.compile(r"/q/3$"))
    expect(page.locator("#q-prompt")).to_be_focused()
    assert page.evaluate("window.__marker") == 1, "the navigator reloaded the page instead of swapping the card"
    expect(entry(page, 3)).to_have_attribute("aria-current", "page")
    expect(entry(page, 1)).not_to_have_attribute("aria-current", "page")

    # Answer it: the navigator says "answered" and nothing about right or wrong (a test).
    fill_in_an_answer(page)
    page.get_by_role("button", name="Save my answer").click()
    expect(page.locator("#feedback")).to_contain_text("Answer saved")
    expect(entry(page, 3)).to_have_accessible_name(re.compile(r"^Question 3: answered, current question$"))

    # Flag it by keyboard: the button and the entry change in place; focus stays on the button.
    flag = page.get_by_role("button", name="Flag for review")
    flag.focus()
    page.keyboard.press("Enter")
    remove = page.get_by_role("button", name=re.compile("Remove the flag"))
    expect(remove).to_be_focused()
    expect(entry(page, 3)).to_have_accessible_name(re.compile(r"^Question 3: answered, flagged for review"))
    expect(page.locator("#nav-q-3 .nav-flag")).to_be_visible()  # seen, not only read
    assert page.evaluate("window.__marker") == 1
    assert_axe_clean(page, axe)

    # The summary lists it as flagged, and the others as unanswered, each a link.
    navigator(page).get_by_role("link", name="Summary and finish").click()
    expect(page.get_by_role("heading", name=re.compile("^Summary before you finish"))).to_be_visible()
    expect(page.locator(".summary-count")).to_have_text("1 of 4 questions answered; 1 flagged for review.")
    flagged = page.locator("h2#flagged-title + ul")
    expect(flagged.get_by_role("link")).to_have_text(["Question 3"])
    unanswered = page.locator("h2#unanswered-title + ul")
    expect(unanswered.get_by_role("link")).to_have_text(["Question 1", "Question 2", "Question 4"])
    assert_axe_clean(page, axe)
    assert_no_sideways_scroll(page)

    # Jump from the summary to a question, by keyboard.
    unanswered.get_by_role("link", name="Question 2").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#progress-label")).to_contain_text("Question 2 of 4")
    expect(entry(page, 2)).to_have_attribute("aria-current", "page")
    expect(entry(page, 3)).to_have_accessible_name(re.compile("flagged for review"))

    # Finish from the summary.
    navigator(page).get_by_role("link", name="Summary and finish").click()
    page.get_by_role("button", name="Finish and submit").click()
    expect(page.get_by_role("heading", name=re.compile("^Results"))).to_be_visible()
    assert page.problems.errors == [], page.problems.errors


def test_previous_and_next_move_through_the_questions(page):
    start_quiz(page, count=3, mode="Practice", types=["True or false"])
    page.get_by_role("link", name="Skip for now").click()
    expect(page.locator("#progress-label")).to_contain_text("Question 2 of 3")
    page.get_by_role("link", name="Previous question").click()
    expect(page.locator("#progress-label")).to_contain_text("Question 1 of 3")
    expect(page).to_have_url(re.compile(r"/q/1$"))
    # Practice: how an answer went shows in the navigator, in words and marks, at once.
    page.get_by_role("radio").first.check()
    page.get_by_role("button", name="Check my answer").click()
    expect(entry(page, 1)).to_have_accessible_name(re.compile(r"^Question 1: answered, (right|wrong)"))
    expect(page.locator("#nav-q-1 .nav-mark")).to_be_visible()


@pytest.mark.parametrize("width", WIDTHS)
def test_without_javascript_flag_summary_and_jump_still_work(nojs_page, axe, width):
    page = nojs_page
    page.set_viewport_size({"width": width, "height": 900})
    start_quiz(page, count=3, mode="Test", types=["True or false"])
    with page.expect_navigation():
        entry(page, 2).click()
    expect(page.locator("#progress-label")).to_contain_text("Question 2 of 3")
    with page.expect_navigation():
        page.get_by_role("button", name="Flag for review").click()
    expect(page).to_have_url(re.compile(r"/q/2$"))  # back on the question after the 303
    expect(page.get_by_role("button", name=re.compile("Remove the flag"))).to_be_visible()
    expect(entry(page, 2)).to_have_accessible_name(re.compile("not answered, flagged for review"))
    assert_no_sideways_scroll(page)
    with page.expect_navigation():
        navigator(page).get_by_role("link", name="Summary and finish").click()
    expect(page.locator("h2#flagged-title + ul").get_by_role("link")).to_have_text(["Question 2"])
    with page.expect_navigation():
        page.locator("h2#flagged-title + ul").get_by_role("link", name="Question 2").click()
    expect(page.locator("#progress-label")).to_contain_text("Question 2 of 3")
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("Remove the flag")).click()
    expect(page.get_by_role("button", name="Flag for review")).to_be_visible()
    expect(entry(page, 2)).to_have_accessible_name(re.compile(r"^Question 2: not answered, current question$"))


def timed_exam(app, minutes: int = 5) -> tuple[Any, str]:
    clock = install_clock(app, T0)
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 2), mode="exam", time_limit_minutes=minutes, attempts_allowed=2)
    make_user(app, "student")
    return clock, join_code(app, set_id)


@pytest.mark.parametrize("width", WIDTHS)
def test_an_answer_after_time_is_up_shows_the_time_up_page_in_place(page, app, axe, width):
    clock, code = timed_exam(app)
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, "student")
    page.goto(f"/join/{code}")
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#progress-label")).to_contain_text("Question 1 of 2")
    expect(page.locator(".countdown")).to_be_visible()
    page.get_by_role("radio", name="True").check()
    clock.advance(minutes=5, seconds=1)
    page.get_by_role("button", name="Save my answer").click()
    heading = page.get_by_role("heading", name="Time is up")
    expect(heading).to_be_focused()  # swapped in place of the card, and announced by focus
    expect(page.locator("#question-card")).to_have_count(0)
    expect(page.locator("form.answer-form")).to_have_count(0)
    expect(page.locator("#attempt-over")).to_contain_text("You have used 1 of 2 attempts: 1 left.")
    expect(page.get_by_role("link", name="See my results")).to_be_visible()
    assert_axe_clean(page, axe)
    assert_no_sideways_scroll(page)
    # The same page in full, where the question was (axe cannot run with JavaScript off).
    page.reload()
    expect(page.get_by_role("heading", name="Time is up")).to_be_visible()
    assert_axe_clean(page, axe)
    page.get_by_role("link", name=re.compile("^Back to the set")).click()
    expect(page.get_by_role("button", name="Start another attempt")).to_be_visible()


def test_a_question_opened_after_time_is_up_without_javascript_shows_the_time_up_page(nojs_page, app):
    page = nojs_page
    clock, code = timed_exam(app)
    sign_in(page, "student")
    page.goto(f"/join/{code}")
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#progress-label")).to_contain_text("Question 1 of 2")
    page.get_by_role("radio", name="True").check()
    clock.advance(minutes=6)
    with page.expect_navigation():
        page.get_by_role("button", name="Save my answer").click()
    expect(page.get_by_role("heading", name="Time is up")).to_be_visible()
    expect(page.locator("form.answer-form")).to_have_count(0)
    page.goto(page.url.rsplit("/q/", 1)[0] + "/q/2")
    expect(page.get_by_role("heading", name="Time is up")).to_be_visible()
    with page.expect_navigation():
        page.get_by_role("link", name="See my results").click()
    expect(page.get_by_role("heading", name=re.compile("^Results"))).to_be_visible()


def test_when_the_countdown_runs_out_the_page_turns_into_the_time_up_page_by_itself(page, app, axe):
    clock, code = timed_exam(app)
    sign_in(page, "student")
    page.goto(f"/join/{code}")
    page.get_by_role("button", name="Start").click()
    expect(page).to_have_url(re.compile(r"/q/1$"))  # the start's redirect has landed: reload only then
    page.wait_for_load_state()
    clock.advance(minutes=4, seconds=57)
    page.reload()
    expect(page.locator("[data-seconds-left]")).to_have_attribute("data-seconds-left", "3")
    page.evaluate("window.__marker = 1")
    clock.advance(seconds=30)  # the server's time is past the limit when the page asks again
    # No click: once the countdown is over, the page asks the server and shows what it says.
    expect(page.get_by_role("heading", name="Time is up")).to_be_visible()
    expect(page.locator("form.answer-form")).to_have_count(0)
    assert page.evaluate("window.__marker") == 1, "swapped in place, not reloaded"
    expect(page).to_have_url(re.compile(r"/q/1$"))
    assert_axe_clean(page, axe)
