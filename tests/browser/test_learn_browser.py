"""What a learner sees in Chromium of issue 13's learner items: the progress-over-time charts
with their table at a phone's 320 px and a desktop's 1280 px (labels neither overlap nor
spill), the period picker swapping its region; and a deck of one's own made, filled and
studied with the keyboard alone, with and without JavaScript. axe-core finds nothing serious."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from tests.browser.test_charts_browser import check_charts
from tests.helpers.app import install_clock, make_user
from tests.helpers.browser import describe_violations, expect, sign_in
from tests.helpers.progress import answer, versions_by_topic

pytestmark = pytest.mark.browser

NOW = datetime(2026, 3, 31, 12, 0)


@pytest.fixture
def answerer(app) -> str:
    """A learner who answered questions on most of the last 30 days, one day 1,234 of them."""
    install_clock(app, NOW)
    user_id = make_user(app, "ana")
    versions = [v for vs in versions_by_topic(app).values() for v in vs[:2]]
    for day in range(30):
        count = 1234 if day == 10 else day % 5
        if count:
            answer(app, user_id, [(versions[n % len(versions)], NOW - timedelta(days=day, seconds=n + 1), float(n % 3 != 0)) for n in range(count)])
    return "ana"


@pytest.mark.parametrize("width", [320, 1280])
def test_progress_charts_render_with_their_table_at_phone_and_desktop_widths(page, answerer, axe, width):
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, answerer)
    page.goto("/quiz/progress")
    charts = check_charts(page, "#over-time svg.chart", 2)
    answered = next(c for c in charts if c["id"] == "answered-chart")
    texts = [label["text"] for label in answered["labels"]]
    assert "1234" in texts and "31 Mar" in texts and len(texts) >= 6, texts
    accuracy = next(c for c in charts if c["id"] == "accuracy-chart")
    assert "100" in [label["text"] for label in accuracy["labels"]]
    table = page.locator("#over-time-table")
    expect(table).to_be_visible()
    expect(table.locator("tbody tr")).to_have_count(30)
    expect(table.locator("tbody tr").nth(10)).to_contain_text("1234")
    violations = axe(page)
    assert not violations, describe_violations(violations)
    # Weeks instead of days: the region swaps in place, the address follows.
    page.get_by_label("Count per").select_option("week")
    page.get_by_role("button", name="Show").click()
    expect(page.locator("#over-time-table tbody tr")).to_have_count(12)
    expect(page.locator("#over-time-title")).to_be_focused()
    assert "period=week" in page.url
    check_charts(page, "#over-time svg.chart", 2)
    assert not page.problems.errors, page.problems.errors  # type: ignore[attr-defined]


def make_deck_and_card_by_keyboard(page: Any) -> None:
    """From the deck list, with the keyboard only: name a deck, then write one card."""
    page.goto("/cards/")
    page.get_by_label("Name of the deck").focus()
    page.keyboard.type("My verbs")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="My verbs", level=1)).to_be_visible()
    page.get_by_label("Front").focus()
    page.keyboard.type("hablar, yo")
    page.keyboard.press("Tab")
    page.keyboard.type("hablo")
    page.keyboard.press("Tab")  # the source document: left as "No source"
    page.keyboard.press("Tab")  # the paragraph: left empty
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # "Add the card"
    expect(page.locator("#own-cards")).to_contain_text("Cards in this deck (1)")
    expect(page.locator(".own-card-front")).to_have_text("hablar, yo")
    if page.context.browser is not None and page.evaluate("!!window.htmx"):
        expect(page.get_by_label("Front")).to_be_focused()  # ready for the next card
        expect(page.get_by_label("Front")).to_have_value("")


def test_own_deck_made_and_studied_by_keyboard(page, app, axe):
    install_clock(app, NOW)
    make_user(app, "ana")
    sign_in(page, "ana")
    make_deck_and_card_by_keyboard(page)
    violations = axe(page)
    assert not violations, describe_violations(violations)
    # A refused card: the message in place, the typed text kept, focus on the form's heading.
    page.get_by_label("Front").fill("only a front")
    page.get_by_role("button", name="Add the card").click()
    expect(page.locator("#own-cards")).to_contain_text("Write the back of the card")
    expect(page.get_by_label("Front")).to_have_value("only a front")
    expect(page.locator("#add-card-title")).to_be_focused()
    violations = axe(page)
    assert not violations, describe_violations(violations)
    page.get_by_role("link", name="Study now").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#study-heading")).to_have_text("hablar, yo")
    # The shortcuts are cards.js's (a deferred script): it marks the button when they work.
    expect(page.locator("[data-reveal]")).to_have_attribute("aria-keyshortcuts", "Space")
    page.keyboard.press("Space")
    expect(page.locator("#card-back")).to_be_focused()
    expect(page.locator("#card-back")).to_contain_text("hablo")
    violations = axe(page)
    assert not violations, describe_violations(violations)
    page.keyboard.press("3")
    expect(page.locator("#study-heading")).to_have_text("All done for now")
    page.goto("/cards/")
    expect(page.locator("tr.deck-own")).to_contain_text("My verbs")
    violations = axe(page)
    assert not violations, describe_violations(violations)
    # The one error the console saw is the refused card's 422, which the page showed.
    errors = [e for e in page.problems.errors if "status of 422" not in e]  # type: ignore[attr-defined]
    assert not errors, errors


def test_own_deck_without_javascript(nojs_page, app):
    page = nojs_page
    install_clock(app, NOW)
    make_user(app, "ana")
    sign_in(page, "ana")
    make_deck_and_card_by_keyboard(page)
    expect(page.locator(".flash")).to_contain_text("Card added.")
    page.get_by_role("button", name="Delete the card “hablar, yo”").click()
    expect(page.locator("#own-cards")).to_contain_text("No cards yet")
