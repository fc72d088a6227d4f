"""The header and the document title on a phone: a question page's first screen is for the
question, not the header (measured at 390 x 844, an iPhone 12 to 15), and no navigation link
breaks over two lines, at any width (each is one line box)."""
from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.app import make_user
from tests.helpers.browser import expect, sign_in, start_quiz

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
# Before: header and title took 37 % (guest) of the first screen; a quarter is the most we allow.
MOST_OF_FIRST_SCREEN = 0.25

HEADER_AND_TITLE = """() => {
  const header = document.querySelector('.site-header').getBoundingClientRect();
  const title = document.querySelector('h1').getBoundingClientRect();
  return {header: header.height, title: title.height, bottom: title.bottom + window.scrollY};
}"""

# Each link or button of the header, and how many line boxes it takes (an inline element that
# wraps has one client rectangle per line) and how tall it is against its own line height.
HEADER_LINKS = """() => [...document.querySelectorAll('.site-header a, .site-header button')].map((e) => {
  const style = getComputedStyle(e);
  const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
  const inner = document.createRange(); inner.selectNodeContents(e);
  return {text: e.textContent.trim(), lines: inner.getClientRects().length, height: inner.getBoundingClientRect().height, line};
})"""


def first_screen_share(page: Any) -> float:
    figures = page.evaluate(HEADER_AND_TITLE)
    print(f"header {figures['header']:.0f} px + title {figures['title']:.0f} px: bottom at {figures['bottom']:.0f} of {PHONE['height']}")
    return figures["bottom"] / PHONE["height"]


def assert_links_are_one_line(page: Any, where: str) -> None:
    for link in page.evaluate(HEADER_LINKS):
        assert link["lines"] == 1 and link["height"] <= link["line"] * 1.5, f"{where}: {link}"


@pytest.mark.parametrize("who", ["guest", "teacher_maria_fernanda"])
def test_a_question_page_header_and_title_leave_the_phone_screen_to_the_question(page, app, who):
    page.set_viewport_size(PHONE)
    if who != "guest":
        make_user(app, who)
        sign_in(page, who)
    start_quiz(page, count=1, types=["Put in order"])
    expect(page.locator("h1.quiz-title")).to_be_visible()
    # Measure the laid-out page, not one whose stylesheets are still arriving (CI's load).
    page.wait_for_load_state("load")
    share = first_screen_share(page)
    assert share <= MOST_OF_FIRST_SCREEN, f"header and title take {share:.0%} of the first screen"
    # The question itself starts on the first screen.
    assert page.locator("#q-prompt").bounding_box()["y"] < PHONE["height"] / 2


@pytest.mark.parametrize("width", [320, 390, 768, 1280])
@pytest.mark.parametrize("who", ["guest", "teacher_maria_fernanda"])
def test_no_navigation_link_wraps(page, app, width, who):
    if who != "guest":
        make_user(app, who)
        sign_in(page, who)
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("/")
    assert_links_are_one_line(page, f"{width} px, {who}")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), f"{width} px: the header is wider than the screen"
