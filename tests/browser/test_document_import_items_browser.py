"""A question file imported into one's own document in Chromium: preview, confirm, then
paragraphs attached in place (a wrong number answered in the error slot, the review kept);
and the same without JavaScript."""
from __future__ import annotations

import re
from typing import Any

import pytest

from tests.documents.fixtures import ARTICLE
from tests.documents.test_import_items import GIFT
from tests.helpers.app import make_user
from tests.helpers.browser import describe_violations, expect, sign_in

pytestmark = pytest.mark.browser


def import_file_into_the_article(page: Any) -> None:
    page.get_by_role("link", name="My documents").click()
    page.get_by_label("A file").set_input_files({"name": "lighthouse.md", "mimeType": "text/markdown", "buffer": ARTICLE.encode()})
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The Lighthouse of Alexandria")
    page.get_by_role("link", name="Import questions from a file").click()
    page.get_by_label(re.compile("^File")).set_input_files({"name": "lighthouse.gift", "mimeType": "text/plain", "buffer": GIFT})
    page.get_by_role("button", name="Read the file").click()
    expect(page.locator("#document-import")).to_contain_text("3 item(s) can be imported, 1 cannot")
    page.get_by_label(re.compile("Skip the 1 item")).check()
    page.get_by_role("button", name="Import 3 item(s) as drafts").click()
    expect(page.get_by_role("heading", name="Imported items without a paragraph")).to_be_visible()


def test_import_then_attach_paragraphs_in_place(page, app, axe):
    make_user(app, "teacher")
    sign_in(page, "teacher")
    import_file_into_the_article(page)
    assert axe(page) == [], describe_violations(axe(page))
    architect = page.locator("[data-draft]", has_text="Who was the architect")
    expect(architect).to_contain_text("Unsourced")
    review_url = page.url

    architect.get_by_label(re.compile("Attach paragraphs")).fill("4")
    architect.get_by_role("button", name="Attach").click()
    expect(page.locator("#error-slot")).to_contain_text("Paragraph 4 is a heading")
    expect(page.locator("#paragraph-0 [data-draft]")).to_have_count(3)  # the review stays as it was

    architect.get_by_label(re.compile("Attach paragraphs")).fill("3")
    architect.get_by_role("button", name="Attach").click()
    expect(page.locator("#review")).to_contain_text("Paragraphs 3 attached.")
    moved = page.locator("#paragraph-3 [data-draft]", has_text="Who was the architect")
    expect(moved).to_contain_text("Cites paragraph 3.")
    expect(page.locator("#paragraph-0 [data-draft]")).to_have_count(2)
    expect(page.locator("#error-slot")).to_be_empty()
    moved.get_by_role("button", name="Accept").click()
    expect(page.locator("#paragraph-3 [data-draft]", has_text="Who was the architect")).to_have_class(re.compile("draft-accepted"))
    assert page.url == review_url
    # The one error the console reports is the refused heading (422), answered in the slot.
    assert [e for e in page.problems.errors if not re.search(r"Failed to load resource: .* 422 ", e)] == []


def test_attach_without_javascript(nojs_page, app):
    page = nojs_page
    make_user(app, "plain")
    sign_in(page, "plain")
    import_file_into_the_article(page)
    year = page.locator("[data-draft]", has_text="In which year")
    year.get_by_label(re.compile("Attach paragraphs")).fill("5")
    year.get_by_role("button", name="Attach").click()
    expect(page.locator(".flash")).to_contain_text("Paragraphs 5 attached.")
    expect(page.locator("#paragraph-5 [data-draft]", has_text="In which year")).to_contain_text("Cites paragraph 5.")
