"""Keyboard-shortcut hints appear only where the shortcuts work: with JavaScript on, the study
page shows its "Keys:" line and its buttons announce their keys (aria-keyshortcuts); with
JavaScript off, where Space and 1–4 do nothing, neither is there."""
from __future__ import annotations

import pytest

from quizapp.cards import services
from tests.helpers.browser import expect

pytestmark = pytest.mark.browser


@pytest.fixture
def deck_key(app) -> str:
    with app.app_context():
        return next(deck.key for deck, _ in services.bank_decks() if deck.kind == "topic")


def test_with_javascript_the_study_page_tells_its_keys(page, live_server, deck_key):
    page.goto(f"/cards/{deck_key}/study")
    page.get_by_role("button", name="Start studying").click()
    reveal = page.get_by_role("button", name="Reveal the answer")
    expect(reveal).to_have_attribute("aria-keyshortcuts", "Space")
    expect(page.locator("p.keys")).to_be_visible()
    page.keyboard.press("Space")
    expect(page.locator("#card-back")).to_be_visible()  # swapped in by htmx: its buttons are announced too
    for key, name in (("1", "Again"), ("4", "Easy")):
        expect(page.locator(f'#study [data-rating="{key}"]')).to_have_attribute("aria-keyshortcuts", key)
        expect(page.locator(f'#study [data-rating="{key}"]')).to_contain_text(name)
    assert not page.problems.errors, page.problems.errors  # type: ignore[attr-defined]


def test_without_javascript_no_key_is_promised(nojs_page, live_server, deck_key):
    page = nojs_page
    page.goto(f"/cards/{deck_key}/study")
    page.get_by_role("button", name="Start studying").click()
    reveal = page.get_by_role("button", name="Reveal the answer")
    expect(reveal).to_be_visible()
    expect(page.locator("p.keys")).to_be_hidden()
    assert reveal.get_attribute("aria-keyshortcuts") is None
    reveal.click()
    expect(page.locator("#card-back")).to_be_visible()
    assert page.locator("[aria-keyshortcuts]").count() == 0
