"""The Content-Security-Policy breaks nothing: every main page, visited in Chromium with the
policy enforced, reports no violation, and the htmx swaps still happen in place.

Violations are caught two ways: a ``securitypolicyviolation`` listener installed before any
page script runs (it reports through a Playwright binding, so it survives navigation), and
Chromium's console, which logs every refused script, style or frame as an error.
"""
from __future__ import annotations

import re
from typing import Any

import pytest

from quizapp.quiz.forms import TYPE_LABELS
from tests.helpers.app import make_user
from tests.helpers.browser import fill_in_an_answer, sign_in, sign_out, start_quiz

pytestmark = pytest.mark.browser

REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.reportCspViolation(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber} on ${location.pathname}`
  );
});
"""


def expect(*args: Any) -> Any:
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(*args)


@pytest.fixture
def csp_page(page: Any) -> Any:
    """The ``page`` fixture, recording CSP violations in ``page.csp_violations``."""
    page.csp_violations = []
    page.expose_function("reportCspViolation", lambda text: page.csp_violations.append(text))
    page.add_init_script(REPORT_VIOLATIONS)
    return page


def visit(page: Any, path: str) -> None:
    """Go to ``path`` and check that the policy came with it."""
    response = page.goto(path)
    assert response is not None and response.ok, f"{path}: {response and response.status}"
    csp = response.headers.get("content-security-policy", "")
    assert "script-src 'self' https://cdn.jsdelivr.net/" in csp, path
    assert page.evaluate("typeof htmx") == "object", f"htmx did not load on {path}"


def answer_with_htmx(page: Any) -> None:
    """Answer the question shown; the feedback must be swapped in without a page load."""
    url = page.url
    page.evaluate("window.__sameDocument = true")
    fill_in_an_answer(page)
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator("#feedback")).to_be_visible()
    assert page.url == url and page.evaluate("window.__sameDocument === true"), "the answer was not swapped in place"


def test_no_page_reports_a_csp_violation_and_htmx_still_swaps(csp_page, app):
    page = csp_page
    make_user(app, "teacher")
    make_user(app, "student")

    for path in ("/", "/auth/login", "/auth/register", "/quiz/new", "/quiz/progress", "/cards/", "/sets/", "/join"):
        visit(page, path)

    # A question of each type, answered through htmx, then the results.
    for label in TYPE_LABELS.values():
        start_quiz(page, count=1, types=[label])
        if label == "Number":  # a refused answer swaps its message in place (a 422)
            page.evaluate("window.__sameDocument = true")
            page.locator("input[name=number]").fill("5,3")
            page.get_by_role("button", name="Check my answer").click()
            expect(page.locator("#answer-error")).to_contain_text("cannot be read as a number in English")
            assert page.evaluate("window.__sameDocument === true")
        answer_with_htmx(page)
        page.get_by_role("button", name="See my results").click()
        expect(page.get_by_role("heading", name=re.compile("^Results"))).to_be_visible()
    visit(page, "/quiz/progress")

    # Flashcards: decks, a deck, studying (reveal and rate swap in place), statistics, settings.
    visit(page, "/cards/")
    deck_path = page.locator("table a").nth(1).get_attribute("href")  # the whole document's deck
    visit(page, deck_path)
    visit(page, deck_path.rstrip("/") + "/study")
    # Opening a deck writes nothing: the learner starts studying it with a POST (issue 15).
    page.get_by_role("button", name="Start studying").click()
    expect(page.get_by_role("button", name="Reveal the answer")).to_be_visible()
    page.evaluate("window.__sameDocument = true")
    page.get_by_role("button", name="Reveal the answer").click()
    expect(page.locator("#card-back")).to_be_visible()
    page.locator("button[data-rating='3']").click()
    expect(page.locator("#study-heading")).to_be_visible()
    assert page.evaluate("window.__sameDocument === true"), "studying left the page"
    visit(page, "/cards/stats")
    visit(page, "/cards/settings")

    # Quiz sets: the teacher builds one (the picker narrows and Add swaps in place) ...
    sign_in(page, "teacher")
    visit(page, "/sets/new")
    page.get_by_label("Title").fill("CSP check")
    page.get_by_role("button", name="Save the set").click()
    expect(page.get_by_role("heading", name="CSP check")).to_be_visible()
    builder_url = page.url
    # htmx wires the picker once the page has loaded; under CI's load a change made earlier
    # would go unseen (and no request would ever come).
    page.wait_for_load_state("load")
    page.wait_for_function("!!window.htmx")
    with page.expect_response(lambda r: "/picker" in r.url and "type=true_false" in r.url):
        page.get_by_label("Type").select_option(label="True or false")
    page.locator("#picker-results button", has_text="Add").first.click()
    expect(page.locator("#set-items")).to_contain_text("Questions in this set (1)")
    assert page.url == builder_url
    code = page.locator("#join-code").inner_text()
    set_id = re.search(r"/sets/(\d+)", builder_url).group(1)
    sign_out(page)
    # ... a student takes it ...
    sign_in(page, "student")
    visit(page, "/join")
    page.get_by_label("Join code").fill(code)
    page.get_by_role("button", name="Join").click()
    page.get_by_role("button", name="Start").click()
    page.get_by_role("radio", name="True").check()
    page.get_by_role("button", name="Check my answer").click()
    page.get_by_role("button", name="See my results").click()
    expect(page.get_by_role("heading", name=re.compile("Results"))).to_be_visible()
    sign_out(page)
    # ... and the teacher reads the results, with the score chart.
    sign_in(page, "teacher")
    visit(page, f"/sets/{set_id}/results")
    expect(page.get_by_role("img", name="Distribution of counted scores")).to_be_visible()
    chart_width = page.get_by_role("img", name="Distribution of counted scores").bounding_box()["width"]
    assert chart_width <= 421, "the chart's width is no longer limited (its CSS moved out of a style attribute)"
    visit(page, "/cards/")
    sign_out(page)

    assert page.csp_violations == []
    refused = [e for e in page.problems.errors if "Content Security Policy" in e or "Refused to" in e]
    assert refused == []
    unexpected = [e for e in page.problems.errors if "status of 422" not in e]
    assert unexpected == []
