"""In Chromium, at a phone's 320 px and a desktop's 1280 px: a teacher gives one student a
later close time and only that student can still answer after the set's close; a teacher
marks an answer by hand with a comment, which the student sees and the CSV carries. axe-core
finds nothing serious on any of these pages.

The live server runs in this process, so the test moves time through ``app.config["CLOCK"]``.
"""
from __future__ import annotations

import csv
import io
from datetime import timedelta
from typing import Any

import pytest

from tests.helpers.app import install_clock, make_user
from tests.helpers.browser import describe_violations, sign_in, sign_out
from tests.helpers.sets import T0, join_code, make_set, question_ids, take

pytestmark = pytest.mark.browser

WIDTHS = [320, 1280]


def expect(*args: Any) -> Any:
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(*args)


def _clean(axe: Any, page: Any) -> None:
    violations = axe(page)
    assert violations == [], describe_violations(violations)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_later_close_time_is_enforced_after_the_normal_deadline(page, app, axe, width):
    page.set_viewport_size({"width": width, "height": 900})
    clock = install_clock(app, T0)
    teacher = make_user(app, "teacher")
    make_user(app, "ana")
    make_user(app, "ben")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), closes_at=T0 + timedelta(hours=1))
    code = join_code(app, set_id)

    sign_in(page, "teacher")
    page.goto(f"/sets/{set_id}")
    page.get_by_role("link", name="Accommodations").click()
    expect(page.get_by_role("heading", name="Accommodations: Chapter 1 check")).to_be_visible()
    url = page.url
    page.get_by_label("Student's username").fill("ana")
    page.get_by_label("Closes for this student at").fill("2026-03-02T12:30")
    page.get_by_role("button", name="Save the accommodation").click()
    expect(page.get_by_role("status").filter(has_text="Accommodation saved for ana.")).to_be_visible()
    expect(page.locator("#accommodations-table")).to_contain_text("closes 2026-03-02 12:30")
    assert page.url == url  # swapped in place
    _clean(axe, page)
    page.goto(f"/sets/{set_id}/results")
    expect(page.locator("#accommodation-summary")).to_contain_text("ana: closes 2026-03-02 12:30")
    sign_out(page)

    clock.now = T0 + timedelta(hours=2)  # the set closed an hour ago
    sign_in(page, "ben")
    page.goto(f"/join/{code}")
    expect(page.get_by_text("This set closed on 2026-03-02 at 10:00")).to_be_visible()
    expect(page.get_by_role("button", name="Start")).to_have_count(0)
    sign_out(page)

    sign_in(page, "ana")
    page.goto(f"/join/{code}")
    expect(page.get_by_text("Your teacher has given you an accommodation")).to_be_visible()
    _clean(axe, page)
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#progress-label")).to_contain_text("Question 1 of 2")
    page.get_by_role("radio", name="True").check()
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator("#feedback")).to_be_visible()  # accepted after the set's own close
    expect(page.locator("#progress-label")).to_contain_text("1 answered")
    _clean(axe, page)
    assert page.problems.errors == []


@pytest.mark.parametrize("width", WIDTHS)
def test_a_mark_by_hand_and_comment_reach_the_student_and_the_csv(page, app, axe, width):
    page.set_viewport_size({"width": width, "height": 900})
    install_clock(app, T0 + timedelta(hours=1))
    teacher = make_user(app, "teacher")
    ana = make_user(app, "ana")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), answers_visible="immediately")
    attempt_id = take(app, set_id, ana, [False, True], now=T0)

    sign_in(page, "teacher")
    page.goto(f"/sets/{set_id}/results")
    page.locator("#students-table").get_by_role("link").first.click()
    expect(page.get_by_role("heading", name="ana: Chapter 1 check")).to_be_visible()
    url = page.url
    page.get_by_label("Mark by hand, 0 to 1 for question 1").fill("1")
    page.get_by_label("Comment for the student on question 1").fill("Accepted: the statement was ambiguous.")
    page.get_by_role("button", name="Save mark and comment for question 1").click()
    expect(page.get_by_role("status").filter(has_text="Mark and comment saved")).to_be_visible()
    expect(page.locator("#attempt-detail")).to_contain_text("score 2 / 2")
    expect(page.locator("#history-table")).to_contain_text("Mark set by hand")
    assert page.url == url
    page.get_by_label("Comment on the whole attempt").fill("Good work overall.")
    page.get_by_role("button", name="Save the comment").click()
    expect(page.get_by_role("status").filter(has_text="Comment saved.")).to_be_visible()
    _clean(axe, page)

    page.goto(f"/sets/{set_id}/results")
    with page.expect_download() as info:
        page.locator(f"a[href='/sets/{set_id}/export/changes.csv']").click()
    rows = list(csv.reader(io.StringIO(info.value.path().read_text(encoding="utf-8-sig"))))
    assert rows[1][0] == "ana" and rows[1][4:8] == ["Mark set by hand", "0", "1", "Accepted: the statement was ambiguous."]
    assert rows[2][2] == "whole attempt" and rows[2][7] == "Good work overall."
    sign_out(page)

    sign_in(page, "ana")
    page.goto(f"/quiz/{attempt_id}/results")
    expect(page.locator(".score-card")).to_contain_text("2 / 2")
    expect(page.get_by_text("Marked by your teacher — 1 / 1")).to_be_visible()
    expect(page.get_by_text("Accepted: the statement was ambiguous.")).to_be_visible()
    expect(page.locator("#attempt-comment")).to_contain_text("Good work overall.")
    _clean(axe, page)
    assert page.problems.errors == []


@pytest.mark.parametrize("javascript", [True, False])
def test_regrade_is_previewed_then_confirmed_and_the_student_sees_the_new_mark(browser, live_server, app, axe, javascript):
    """Without JavaScript the same flow is plain form posts and redirects."""
    context = browser.new_context(base_url=live_server, java_script_enabled=javascript)
    try:
        _regrade_flow(context, app, axe, javascript)
    finally:
        context.close()


def _regrade_flow(context: Any, app: Any, axe: Any, javascript: bool) -> None:
    from tests.browser.conftest import TIMEOUT_MS, BrowserPage, _route_offline

    from quizapp.extensions import db
    from quizapp.quiz.models import Attempt
    from quizapp.quiz.services import finish_attempt, record_answer
    from quizapp.sets import services
    from quizapp.sets.models import QuizSet

    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.problems = BrowserPage(page)
    _route_offline(context, page.problems.blocked)
    install_clock(app, T0 + timedelta(hours=1))
    make_user(app, "teacher")
    ana = make_user(app, "ana")
    sign_in(page, "teacher")
    page.goto("/sets/new")
    page.get_by_label("Title").fill("Founding")
    page.get_by_role("button", name="Save the set").click()
    page.get_by_role("link", name="Write a new question").click()
    form = page.locator("#question-form")
    form.get_by_label("Type").select_option(label="Number")
    form.get_by_label("Prompt").fill("In which year was Lima founded?")
    form.get_by_label("Correct number").fill("1534")
    form.get_by_label("Explanation").fill("Pizarro founded it in 1535.")
    form.get_by_role("button", name="Save the question").click()
    expect(page.locator("#set-items")).to_contain_text("Questions in this set (1)")
    edit_url = page.locator("#set-items a", has_text="Edit").first.get_attribute("href")
    set_id = int(edit_url.split("/")[2])
    with app.app_context():
        attempt = services.start_set_attempt(db.session.get(QuizSet, set_id), ana, now=T0)
        record_answer(attempt.questions[0], {"number": "1535"}, now=T0 + timedelta(minutes=1))
        finish_attempt(db.session.get(Attempt, attempt.id), now=T0 + timedelta(minutes=2))
        attempt_id = attempt.id

    page.goto(edit_url)
    expect(page.get_by_text("saving first shows which answers' marks would change")).to_be_visible()
    page.locator("#question-form").get_by_label("Correct number").fill("1535")
    page.get_by_role("button", name="Save the question").click()
    expect(page.get_by_role("heading", name="Check the regrade before saving")).to_be_visible()
    expect(page.locator("#regrade-table")).to_contain_text("ana")
    expect(page.locator("#regrade-table")).to_contain_text("0 → 1 (+1)")
    if javascript:
        _clean(axe, page)
    page.get_by_role("button", name="Save and regrade").click()
    expect(page.get_by_text("Question saved as version 2. 1 answer regraded.")).to_be_visible()
    page.goto(f"/sets/{set_id}/results/{attempt_id}")
    expect(page.locator("#history-table")).to_contain_text("Regraded")
    sign_out(page)
    sign_in(page, "ana")
    page.goto(f"/quiz/{attempt_id}/results")
    expect(page.locator(".score-card")).to_contain_text("1 / 1")
    assert page.problems.errors == []
