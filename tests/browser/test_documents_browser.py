"""A user imports a document of their own, reviews the drafts with the keyboard only,
publishes them and takes a quiz on the new bank, in Chromium; and the same review without
JavaScript."""
from __future__ import annotations

import re
from typing import Any

import pytest

from tests.documents.fixtures import ARTICLE
from tests.helpers.app import make_user
from tests.helpers.browser import (
    describe_violations,
    expect,
    fill_in_an_answer,
    sign_in,
)

pytestmark = pytest.mark.browser


def import_article(page: Any) -> None:
    page.get_by_role("link", name="My documents").click()
    page.get_by_label("A file").set_input_files({"name": "lighthouse.md", "mimeType": "text/markdown", "buffer": ARTICLE.encode()})
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The Lighthouse of Alexandria")
    expect(page.locator("ol.paragraphs > li")).to_have_count(7)
    page.get_by_role("button", name="Make the drafts").click()
    expect(page.get_by_role("heading", name="Review the drafts")).to_be_visible()


def test_import_review_by_keyboard_publish_and_take_a_quiz(page, app, axe):
    make_user(app, "reader")
    sign_in(page, "reader")
    import_article(page)

    drafts = page.locator("[data-draft]")
    total = drafts.count()
    assert total >= 2
    expect(page.locator("#review-progress")).to_contain_text(f"0 of {total} reviewed")
    expect(page.get_by_role("heading", name="Keyboard shortcuts")).to_be_visible()  # shown with JS only
    assert axe(page) == [], describe_violations(axe(page))

    # j goes to the first draft; a accepts it (the paragraph's region is swapped in place and
    # focus moves on to the next draft waiting); r rejects the next one.
    review_url = page.url
    page.keyboard.press("j")
    first_id = page.evaluate("document.activeElement.id")
    assert first_id == drafts.first.get_attribute("id")
    page.keyboard.press("a")
    expect(page.locator(f"#{first_id}")).to_have_class(re.compile(r"draft-accepted"))
    expect(page.locator("#review-progress")).to_contain_text(f"1 of {total} reviewed")
    expect(page.locator("[data-draft]:focus")).to_have_count(1)
    second_id = page.evaluate("document.activeElement.id")
    assert second_id != first_id
    page.keyboard.press("r")
    expect(page.locator(f"#{second_id}")).to_have_class(re.compile(r"draft-rejected"))
    expect(page.locator("#review-progress")).to_contain_text(f"2 of {total} reviewed")
    # n asks the drafter for another draft of the paragraph in focus; A accepts all of it
    page.keyboard.press("n")
    expect(drafts).to_have_count(total + 1)
    total += 1
    expect(page.locator("#review-progress")).to_contain_text(f"2 of {total} reviewed")
    page.locator("[data-draft].draft-pending").first.focus()
    page.keyboard.press("A")
    expect(page.locator("#review-progress")).to_contain_text(f"3 of {total} reviewed")
    # the rest: accept each with a, from wherever focus went
    for n in range(4, total + 1):
        page.keyboard.press("a")
        expect(page.locator("#review-progress")).to_contain_text(f"{n} of {total} reviewed")
    assert page.url == review_url  # all in place, no navigation
    assert page.problems.errors == []

    page.get_by_role("button", name="Publish the accepted items").click()
    expect(page.locator(".flash")).to_contain_text("Published for you")
    page.get_by_role("link", name="take a quiz on it").click()
    expect(page.get_by_role("heading", name="New quiz")).to_be_visible()
    page.get_by_label("Number of questions").fill("1")
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.locator("#progress-label")).to_contain_text("Question 1 of 1")
    fill_in_an_answer(page)
    page.locator("form.answer-form").get_by_role("button", name=re.compile("Check|Submit|Answer")).first.click()
    expect(page.locator("#main")).to_contain_text("Alexandria")  # the cited passage beside the answer
    assert page.problems.errors == []


def test_review_without_javascript(nojs_page, app):
    page = nojs_page
    make_user(app, "plain")
    sign_in(page, "plain")
    import_article(page)
    total = page.locator("[data-draft]").count()
    expect(page.get_by_role("heading", name="Keyboard shortcuts")).to_be_hidden()
    page.locator("[data-draft]").first.get_by_role("button", name="Accept").click()
    expect(page.locator("#review-progress")).to_contain_text(f"1 of {total} reviewed")
    waiting = page.locator(".review-group", has=page.locator(".draft-pending")).first
    waiting.get_by_role("button", name=re.compile("Accept all")).click()
    expect(page.locator("#review-progress")).to_contain_text(f"2 of {total} reviewed")
