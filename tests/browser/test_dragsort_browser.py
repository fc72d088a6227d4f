"""Ordering and matching answered by dragging (mouse and touch), by the keyboard alone, and
without JavaScript, on a phone (320 px) and a desktop (1280 px): the right answer given each
way is graded right, every move is announced and keeps the focus on what moved, the page is
never wider than the screen and axe-core finds nothing serious."""
from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.quiz.models import AttemptQuestion
from tests.helpers.browser import describe_violations, expect, start_quiz

pytestmark = pytest.mark.browser

FITS = "document.documentElement.scrollWidth <= window.innerWidth"
WIDTHS = [320, 1280]
LABELS = {"ordering": "Put in order", "matching": "Matching"}


def open_question(page: Any, qtype: str, width: int) -> int:
    """Start a one-question quiz of ``qtype`` at ``width`` px; return the attempt's id."""
    page.set_viewport_size({"width": width, "height": 800})
    start_quiz(page, count=1, types=[LABELS[qtype]])
    match = re.search(r"/quiz/(\d+)/", page.url)
    assert match, page.url
    return int(match.group(1))


def right_answer(app: Any, attempt_id: int) -> Any:
    """What a learner who knows the answer would do: the items first to last (ordering), or
    each left-hand text with its right-hand partner (matching)."""
    with app.app_context():
        aq = db.session.execute(select(AttemptQuestion).filter_by(attempt_id=attempt_id, position=1)).scalar_one()
        content = aq.version.content
    if content["type"] == "ordering":
        return list(content["items"])
    return {pair["left"]: pair["right"] for pair in content["pairs"]}


def assert_fits_and_is_clean(page: Any, axe: Any, where: str) -> None:
    assert page.evaluate(FITS), f"{where}: the page is wider than the screen " + page.evaluate(
        "`${document.documentElement.scrollWidth} > ${window.innerWidth}`"
    )
    violations = axe(page)
    assert not violations, f"{where}:\n{describe_violations(violations)}"


def shown_order(page: Any) -> list[str]:
    return [text.strip() for text in page.locator(".order-row label").all_inner_texts()]


def shown_matches(page: Any) -> dict[str, str]:
    rows = page.locator(".match-row").all()
    return {row.locator("label").inner_text().strip(): row.locator(".match-text").inner_text().strip() for row in rows}


def status(page: Any) -> Any:
    return page.locator("fieldset [role=status]")


def points_in_view(page: Any, source: Any, target: Any) -> tuple[dict[str, float], dict[str, float]]:
    """Wait for a moved item to settle, scroll both on the screen; their boxes."""
    # SortableJS ignores a press on an item while it still slides into its new place
    # (``animated``, 150 ms after a move), as a hand would wait for it to settle.
    page.wait_for_function("() => ![...document.querySelectorAll('.match-card, .order-row')].some((e) => e.animated)")
    # Both in sight (a finger cannot reach what is off the screen), centred, away from the
    # edges where SortableJS would scroll the page under the pointer.
    page.evaluate(
        """([a, b]) => { const ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
        const middle = (Math.min(ra.top, rb.top) + Math.max(ra.bottom, rb.bottom)) / 2;
        window.scrollBy(0, middle - window.innerHeight / 2); }""",
        [source.element_handle(), target.element_handle()],
    )
    start = source.bounding_box()
    end = target.bounding_box()
    assert start and end
    height = page.viewport_size["height"]
    assert min(start["y"], end["y"]) >= 40 and max(start["y"] + start["height"], end["y"] + end["height"]) <= height - 40, (
        "cannot show both on the screen"
    )
    return start, end


def drag(page: Any, source: Any, target: Any) -> None:
    """Press on ``source``, move in steps (as a hand does) onto ``target``, release.

    Lands in the upper third of the target: SortableJS puts an item dragged upwards before
    the one it is dropped on."""
    start, end = points_in_view(page, source, target)
    x0, y0 = start["x"] + 12, start["y"] + start["height"] / 2
    x1 = end["x"] + 12
    y1 = end["y"] + end["height"] * 0.3
    page.mouse.move(x0, y0)
    page.mouse.down()
    for step in range(1, 11):
        page.mouse.move(x0 + (x1 - x0) * step / 10, y0 + (y1 - y0) * step / 10)
    # A hand rests a moment on the target before letting go; SortableJS ignores the pointer
    # for a few milliseconds after it has moved something, so an instant release can miss.
    for nudge in (1, 2, 3):
        page.wait_for_timeout(60)
        page.mouse.move(x1 + nudge, y1)
    page.mouse.up()


def check_my_answer(page: Any) -> Any:
    page.get_by_role("button", name="Check my answer").click()
    feedback = page.locator("#feedback")
    expect(feedback).to_be_focused()
    return feedback


# -- with the mouse --------------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_ordering_dragged_into_the_right_order_is_graded_right(page, axe, app, width):
    attempt_id = open_question(page, "ordering", width)
    expect(page.locator("fieldset.ordering.is-draggable")).to_be_visible()
    expect(page.locator(".ordering select").first).to_be_hidden()
    assert_fits_and_is_clean(page, axe, "the question")
    items = right_answer(app, attempt_id)
    assert shown_order(page) != items, "shown in the right order already: nothing to drag"
    # Selection sort by hand: the item that belongs at place i is dragged up onto place i.
    for place, text in enumerate(items):
        if shown_order(page).index(text) == place:
            continue
        rows = page.locator(".order-row")
        drag(page, rows.filter(has_text=text).first, rows.nth(place))
        assert shown_order(page)[place] == text, f"dragging {text!r} to place {place + 1}: {shown_order(page)}"
        expect(status(page)).to_have_text(f"“{text}” moved to position {place + 1} of {len(items)}.")
    # The places the learner sees are the ones the form sends.
    positions = page.locator(".order-row .order-position").all_inner_texts()
    assert positions == [f"{i}." for i in range(1, len(items) + 1)]
    assert_fits_and_is_clean(page, axe, "the question, dragged")
    feedback = check_my_answer(page)
    expect(feedback.get_by_role("heading")).to_have_text("Right!")
    assert_fits_and_is_clean(page, axe, "the feedback")
    assert not page.problems.errors, page.problems.errors


@pytest.mark.parametrize("width", WIDTHS)
def test_matching_dragged_into_the_right_pairs_is_graded_right(page, axe, app, width):
    attempt_id = open_question(page, "matching", width)
    expect(page.locator("fieldset.matching.is-draggable")).to_be_visible()
    expect(page.locator(".matching select").first).to_be_hidden()
    assert_fits_and_is_clean(page, axe, "the question")
    pairs = right_answer(app, attempt_id)
    assert shown_matches(page) != pairs
    lefts = list(shown_matches(page))
    for row_index, left in enumerate(lefts):
        if shown_matches(page)[left] == pairs[left]:
            continue
        right = pairs[left]
        before = shown_matches(page)
        displaced = before[left]
        drag(page, page.locator(".match-card").filter(has_text=right).first, page.locator(".match-slot").nth(row_index))
        after = shown_matches(page)
        assert after[left] == right, f"dropping {right!r} on {left!r}: {after}"
        # Swapped, not shared: the partner it displaced went where the dragged one was.
        assert sorted(after.values()) == sorted(before.values())
        assert displaced in after.values()
        expect(status(page)).to_contain_text(f"“{right}” now matches “{left}”.")
    assert shown_matches(page) == pairs
    assert_fits_and_is_clean(page, axe, "the question, dragged")
    feedback = check_my_answer(page)
    expect(feedback.get_by_role("heading")).to_have_text("Right!")
    assert_fits_and_is_clean(page, axe, "the feedback")
    assert not page.problems.errors, page.problems.errors


# -- with the keyboard alone ----------------------------------------------------------------


def tab_to(page: Any, locator: Any, limit: int = 60) -> None:
    """Press Tab until ``locator`` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if locator.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {locator}")


def start_from_the_prompt(page: Any) -> None:
    page.locator("#q-prompt").focus()


@pytest.mark.parametrize("width", WIDTHS)
def test_ordering_by_keyboard_alone_is_graded_right(page, axe, app, width):
    attempt_id = open_question(page, "ordering", width)
    items = right_answer(app, attempt_id)
    n = len(items)
    for place, text in enumerate(items):
        start_from_the_prompt(page)
        row = page.locator(".order-row").filter(has_text=text).first
        now = shown_order(page).index(text)
        if now == place:
            continue
        if place == 0:
            # The Move up button, pressed with Enter: the focus stays on it as the row moves.
            button = row.get_by_role("button", name=f"Move “{text}” up")
            tab_to(page, button)
            for _ in range(now - place):
                page.keyboard.press("Enter")
            expect(button).to_be_focused()
        else:
            tab_to(page, row)
            for _ in range(now - place):
                page.keyboard.press("ArrowUp")
            expect(row).to_be_focused()
        assert shown_order(page)[place] == text
        expect(status(page)).to_have_text(f"“{text}” moved to position {place + 1} of {n}.")
    assert shown_order(page) == items
    # Past the end, nothing moves and the learner is told why.
    last = page.locator(".order-row").last
    tab_to(page, last)
    page.keyboard.press("ArrowDown")
    expect(status(page)).to_have_text(f"“{items[-1]}” is already last.")
    expect(last).to_be_focused()
    assert_fits_and_is_clean(page, axe, "the question, moved by keyboard")
    tab_to(page, page.get_by_role("button", name="Check my answer"))
    page.keyboard.press("Enter")
    expect(page.locator("#feedback")).to_be_focused()
    expect(page.locator("#feedback").get_by_role("heading")).to_have_text("Right!")
    assert not page.problems.errors, page.problems.errors


@pytest.mark.parametrize("width", WIDTHS)
def test_matching_by_keyboard_alone_is_graded_right(page, axe, app, width):
    attempt_id = open_question(page, "matching", width)
    pairs = right_answer(app, attempt_id)
    lefts = list(shown_matches(page))
    used_button = False
    for row_index, left in enumerate(lefts):
        right = pairs[left]
        now = [shown_matches(page)[name] for name in lefts].index(right)
        if now == row_index:
            continue
        start_from_the_prompt(page)
        card = page.locator(".match-card").filter(has_text=right).first
        if not used_button:
            button = card.get_by_role("button", name=f"Move “{right}” up")
            tab_to(page, button)
            for _ in range(now - row_index):
                page.keyboard.press("Enter")
            expect(button).to_be_focused()
            used_button = True
        else:
            tab_to(page, card)
            for _ in range(now - row_index):
                page.keyboard.press("ArrowUp")
            expect(card).to_be_focused()
        assert shown_matches(page)[left] == right
        expect(status(page)).to_contain_text(f"“{right}” now matches “{left}”.")
    assert shown_matches(page) == pairs
    assert_fits_and_is_clean(page, axe, "the question, moved by keyboard")
    tab_to(page, page.get_by_role("button", name="Check my answer"))
    page.keyboard.press("Enter")
    expect(page.locator("#feedback")).to_be_focused()
    expect(page.locator("#feedback").get_by_role("heading")).to_have_text("Right!")
    assert not page.problems.errors, page.problems.errors


# -- without JavaScript ---------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("qtype", ["ordering", "matching"])
def test_drop_downs_without_javascript_are_graded_right(nojs_page, app, qtype, width):
    """No script runs: the drop-downs are the answer, as before. (Width and axe-core run
    scripts in the page; the tests above measure the page with JavaScript on.)"""
    page = nojs_page
    attempt_id = open_question(page, qtype, width)
    answer = right_answer(app, attempt_id)
    expect(page.locator(".move-button")).to_have_count(0)
    if qtype == "ordering":
        for row in page.locator(".order-row").all():
            row.locator("select").select_option(str(answer.index(row.locator("label").inner_text().strip()) + 1))
    else:
        for row in page.locator(".match-row").all():
            row.locator("select").select_option(label=answer[row.locator("label").inner_text().strip()])
    with page.expect_navigation():
        page.get_by_role("button", name="Check my answer").click()
    expect(page.locator("#feedback").get_by_role("heading")).to_have_text("Right!")


# -- with a finger -----------------------------------------------------------------------------


@pytest.fixture
def touch_page(browser: Any, live_server: str) -> Any:
    """A phone: a touch screen, 320 px wide, JavaScript on."""
    from tests.browser.conftest import _new_page

    yield from _new_page(browser, live_server, has_touch=True, is_mobile=True, viewport={"width": 320, "height": 640})


def touch_drag(page: Any, source: Any, target: Any) -> None:
    """Press and hold on ``source`` (a short press starts a drag on touch; a swipe scrolls),
    slide onto the upper third of ``target``, lift the finger: real touch events, through
    Chromium's DevTools protocol."""
    start, end = points_in_view(page, source, target)
    x0, y0 = start["x"] + 12, start["y"] + start["height"] / 2
    x1, y1 = end["x"] + 12, end["y"] + end["height"] * 0.3
    cdp = page.context.new_cdp_session(page)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x0, "y": y0}]})
    page.wait_for_timeout(300)
    for step in range(1, 11):
        point = {"x": x0 + (x1 - x0) * step / 10, "y": y0 + (y1 - y0) * step / 10}
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [point]})
    for nudge in (1, 2, 3):
        page.wait_for_timeout(60)
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x1 + nudge, "y": y1}]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()


def test_ordering_dragged_with_a_finger_on_a_phone_is_graded_right(touch_page, app):
    page = touch_page
    start_quiz(page, count=1, types=[LABELS["ordering"]])
    match = re.search(r"/quiz/(\d+)/", page.url)
    assert match
    items = right_answer(app, int(match.group(1)))
    expect(page.locator("fieldset.ordering.is-draggable")).to_be_visible()
    for place, text in enumerate(items):
        if shown_order(page).index(text) == place:
            continue
        rows = page.locator(".order-row")
        touch_drag(page, rows.filter(has_text=text).first, rows.nth(place))
        assert shown_order(page)[place] == text, f"dragging {text!r} to place {place + 1}: {shown_order(page)}"
    page.get_by_role("button", name="Check my answer").tap()
    expect(page.locator("#feedback").get_by_role("heading")).to_have_text("Right!")
    assert page.evaluate(FITS)
    assert not page.problems.errors, page.problems.errors


def test_the_next_question_swapped_in_by_htmx_is_draggable_too(page):
    """dragsort.js enhances what htmx swaps in, not only the page it was loaded with."""
    page.set_viewport_size({"width": 1280, "height": 800})
    start_quiz(page, count=2, types=[LABELS["ordering"]])
    page.evaluate("window.__samePage = true")
    expect(page.locator("fieldset.ordering.is-draggable")).to_be_visible()
    # Untouched, the list as shown is a whole answer: the hidden drop-downs hold 1..n.
    check_my_answer(page)
    page.get_by_role("link", name="Next question").click()
    expect(page.locator("#progress-label")).to_contain_text("Question 2 of 2")
    assert page.evaluate("window.__samePage === true"), "the next question was a page load, not a swap"
    expect(page.locator("fieldset.ordering.is-draggable")).to_be_visible()
    n = page.locator(".order-row").count()
    expect(page.locator(".order-row .order-position")).to_have_text([f"{i}." for i in range(1, n + 1)])
    row = page.locator(".order-row").last
    row.focus()
    page.keyboard.press("ArrowUp")
    expect(status(page)).to_contain_text(f"moved to position {n - 1} of {n}.")
    assert not page.problems.errors, page.problems.errors
