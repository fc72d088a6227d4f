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
    # n asks the drafter for other drafts of the paragraph in focus (one or more)
    page.keyboard.press("n")
    expect(drafts).not_to_have_count(total)
    assert drafts.count() > total
    total = drafts.count()
    expect(page.locator("#review-progress")).to_contain_text(f"2 of {total} reviewed")
    # A accepts all the ready drafts waiting in the paragraph of a ready draft in focus
    ready = page.locator("[data-draft].draft-pending:not(.not-ready)").first
    group = page.locator(".review-group", has=ready).first
    group_ready = group.locator("[data-draft].draft-pending:not(.not-ready)").count()
    ready.focus()
    page.keyboard.press("A")
    reviewed = 2 + group_ready
    expect(page.locator("#review-progress")).to_contain_text(f"{reviewed} of {total} reviewed")
    # the rest, from wherever focus went (always a draft still waiting): a accepts a ready
    # draft, r rejects one that failed a check (it has no Accept)
    while reviewed < total:
        focused = page.locator("[data-draft]:focus")
        expect(focused).to_have_class(re.compile(r"draft-pending"))
        page.keyboard.press("r" if "not-ready" in (focused.get_attribute("class") or "") else "a")
        reviewed += 1
        expect(page.locator("#review-progress")).to_contain_text(f"{reviewed} of {total} reviewed")
    assert page.locator("[data-draft].draft-accepted").count() > 1
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
    # a paragraph with a ready draft still waiting (drafts that failed a check are not accepted)
    waiting = page.locator(".review-group", has=page.locator(".draft-pending:not(.not-ready)")).first
    ready = waiting.locator(".draft-pending:not(.not-ready)").count()
    waiting.get_by_role("button", name=re.compile("Accept all")).click()
    expect(page.locator("#review-progress")).to_contain_text(f"{1 + ready} of {total} reviewed")
    expect(page.locator(".not-ready.draft-accepted")).to_have_count(0)
