"""In Chromium: the reader view fits a phone and a desktop, passes axe-core, and starts a quiz
on one paragraph."""
from __future__ import annotations

import pytest

from tests.helpers.browser import expect

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [320, 1280])
def test_reader_view_fits_and_starts_a_paragraph_quiz(page, axe, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("/")
    page.get_by_role("link", name="Read it, paragraph by paragraph").first.click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert axe(page) == []
    page.locator(".reader-paragraph").first.get_by_role("button", name="Quiz me on this paragraph").click()
    expect(page.locator("#progress-label")).to_contain_text("Question 1 of")
