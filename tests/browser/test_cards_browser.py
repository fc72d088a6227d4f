"""A learner studies a flashcard deck in Chromium with the keyboard only, then comes back
"tomorrow" and is shown exactly the cards that are due.

The live server runs in this process, so the test moves time through ``app.config["CLOCK"]``,
the hook the flashcard services read for "now" (see quizapp/cards/services.py).
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from quizapp.cards import services
from quizapp.extensions import db
from tests.helpers.app import install_clock

pytestmark = pytest.mark.browser

NOW = datetime(2026, 3, 10, 12, 0)
# The key pressed for the n-th card: Easy, Good, Again, Hard, … Only Easy sends a new card
# days away; the others leave it in learning, due again within minutes.
KEYS = ["4", "3", "1", "2"]


def describe_violations(violations: list[dict[str, Any]]) -> str:
    return "\n".join(
        f"[{v['impact']}] {v['id']}: {v['help']} at " + ", ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:5])
        for v in violations
    )


def expect(*args: Any) -> Any:
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(*args)


@pytest.fixture
def clock(app):
    """What the app takes for "now"; tests move it by setting ``clock.now``."""
    return install_clock(app, NOW)


@pytest.fixture
def small_deck(app) -> tuple[str, int]:
    """The topic deck with the fewest live flashcards (fewer than a day's new cards)."""
    with app.app_context():
        decks = [(n, deck.key) for deck, n in services.bank_decks() if deck.kind == "topic"]
        n, key = min(decks)
        assert n <= services.DEFAULT_NEW_PER_DAY
        return key, n


def focused_id(page: Any) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


def start_studying(page: Any) -> None:
    """A visitor without a session presses "Start studying" (that POST makes the guest)."""
    page.get_by_role("button", name="Start studying").click()
    expect(page.locator("#study .reveal")).to_be_visible()


def front_text(page: Any) -> str:
    return page.locator("#study-heading").inner_text().strip()


def test_keyboard_study_then_tomorrow_shows_exactly_the_due_cards(page, live_server, clock, small_deck, axe):
    key, size = small_deck
    page.goto(f"/cards/{key}")
    assert not axe(page), describe_violations(axe(page))
    page.goto(f"/cards/{key}/study")
    start_studying(page)
    expect(page.locator("#study .reveal")).to_be_visible()
    violations = axe(page)
    assert not violations, describe_violations(violations)

    rated: dict[str, str] = {}
    for n in range(size):
        front = front_text(page)
        assert front not in rated, "a card came back in the same session although the clock stood still"
        page.keyboard.press("Space")
        expect(page.locator("#card-back")).to_be_visible()
        expect(page.locator("#card-back")).to_be_focused()
        expect(page.locator("[data-rating='3'] .interval")).to_contain_text("10m")
        if n == 0:
            violations = axe(page)
            assert not violations, describe_violations(violations)
        key_pressed = KEYS[n % len(KEYS)]
        page.keyboard.press(key_pressed)
        rated[front] = key_pressed
        if n < size - 1:
            expect(page.locator("#study .reveal")).to_be_visible()
            expect(page.locator("#study-heading")).not_to_have_text(front)
            expect(page.locator("#study-heading")).to_be_focused()
    expect(page.locator("#study-heading")).to_have_text("All done for now")
    expect(page.locator("#study-heading")).to_be_focused()
    assert len(rated) == size

    # Typing digits in a form field must not rate anything: shortcuts live on the study page only.
    page.goto("/cards/settings")
    page.get_by_label("New cards per day").fill("34")
    assert page.get_by_label("New cards per day").input_value() == "34"

    # Tomorrow: exactly the cards not rated Easy are due; the Easy ones are days away.
    clock.now = NOW + timedelta(days=1)
    expected = {front for front, pressed in rated.items() if pressed != "4"}
    page.goto(f"/cards/{key}")
    expect(page.locator("#count-due")).to_have_text(str(len(expected)))
    page.goto(f"/cards/{key}/study")
    shown: list[str] = []
    while page.locator("#study .reveal").count():
        shown.append(front_text(page))
        page.keyboard.press("Space")
        expect(page.locator("#card-back")).to_be_focused()
        page.keyboard.press("3")
        expect(page.locator("#study-heading")).not_to_have_text(shown[-1])
    assert sorted(shown) == sorted(expected)
    expect(page.locator("#study-heading")).to_have_text("All done for now")

    page.goto("/cards/stats")
    expect(page.locator("svg[role=img]")).to_have_count(2)
    violations = axe(page)
    assert not violations, describe_violations(violations)
    for path in ("/cards/", "/cards/settings", "/cards/missed"):
        page.goto(path)
        violations = axe(page)
        assert not violations, f"{path}: {describe_violations(violations)}"
    assert not page.problems.errors, page.problems.errors  # type: ignore[attr-defined]


def test_undo_by_keyboard_brings_the_card_back(page, live_server, clock, small_deck):
    key, _ = small_deck
    page.goto(f"/cards/{key}/study")
    start_studying(page)
    front = front_text(page)
    page.keyboard.press("Space")
    expect(page.locator("#card-back")).to_be_focused()
    page.keyboard.press("4")
    expect(page.locator("#study-heading")).not_to_have_text(front)
    page.get_by_role("button", name="Undo the last rating").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#study-heading")).to_have_text(front)
    expect(page.locator("#study-heading")).to_be_focused()


def test_studying_without_javascript(nojs_page, live_server, clock, small_deck, app):
    key, _ = small_deck
    page = nojs_page
    page.goto(f"/cards/{key}/study")
    start_studying(page)
    front = front_text(page)
    page.get_by_role("button", name="Reveal the answer").click()
    expect(page.locator("#card-back")).to_be_visible()
    page.get_by_role("button", name="Good").click()
    expect(page.locator("#study-heading")).not_to_have_text(front)
    assert page.url.endswith(f"/cards/{key}/study")
    with app.app_context():
        from quizapp.cards.models import CardReview

        assert db.session.execute(select(func.count()).select_from(CardReview)).scalar_one() == 1
