"""In Chromium: a teacher imports a GIFT file into a set, with htmx (the preview and the result
swap in place) and with JavaScript off (plain form posts), and exports the set's questions."""
from __future__ import annotations

import re
from typing import Any

import pytest

from tests.helpers.app import make_user
from tests.helpers.browser import sign_in
from tests.helpers.sets import make_set

pytestmark = pytest.mark.browser

GIFT = b"""::cap-1::The capital of Italy? {=Rome ~Milan ~Turin}

::cap-2::Match France {=France -> Paris}

::cap-3::Water boils at 100 degrees Celsius at sea level. {T}
"""


def expect(*args: Any) -> Any:
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(*args)


def _import(page: Any, set_id: int, js: bool = True) -> None:
    page.goto(f"/sets/{set_id}")
    page.get_by_role("link", name="Import questions").click()
    if js:
        page.evaluate("window.stillTheSamePage = true")  # gone if the browser navigates
    page.locator("#import-file").set_input_files(files=[{"name": "capitals.gift", "mimeType": "text/plain", "buffer": GIFT}])
    page.get_by_role("button", name="Read the file").click()
    expect(page.locator("#set-import")).to_contain_text("2 question(s) can be imported, 1 cannot")
    expect(page.locator("#set-import tr.problem")).to_contain_text("needs at least two pairs")


def test_a_teacher_imports_a_file_with_htmx_swapping_the_preview_in_place(page, app, axe):
    set_id = make_set(app, make_user(app, "teacher"), [])
    sign_in(page, "teacher")
    _import(page, set_id)
    assert page.evaluate("window.stillTheSamePage === true")  # the upload was sent by htmx and swapped in place
    assert axe(page) == []
    page.get_by_role("button", name="Import 2 question(s)").click()
    expect(page.locator("#set-import .error")).to_contain_text("tick “skip the bad questions”")  # a 422 swapped in
    assert page.evaluate("window.stillTheSamePage === true")
    page.get_by_label(re.compile("Skip the 1 question")).check()
    page.get_by_role("button", name="Import 2 question(s)").click()
    expect(page.locator("#set-items")).to_contain_text("Questions in this set (2)")
    expect(page.locator(".flash")).to_contain_text("2 question(s) imported from “capitals.gift”")

    page.get_by_role("link", name="Export questions").click()
    page.get_by_label("Format").select_option("aiken")
    page.get_by_role("button", name="Show what it keeps").click()
    expect(page.locator(".loss-report")).to_contain_text("“True or false” questions cannot be written in Aiken")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download", exact=True).click()
    assert download.value.suggested_filename == "chapter-1-check.aiken.txt"


def test_the_same_import_works_with_javascript_off(nojs_page, app):
    set_id = make_set(app, make_user(app, "teacher"), [])
    sign_in(nojs_page, "teacher")
    _import(nojs_page, set_id, js=False)
    nojs_page.get_by_label(re.compile("Skip the 1 question")).check()
    nojs_page.get_by_role("button", name="Import 2 question(s)").click()
    expect(nojs_page.locator("#set-items")).to_contain_text("Questions in this set (2)")
    assert nojs_page.url.endswith(f"/sets/{set_id}#set-items")
