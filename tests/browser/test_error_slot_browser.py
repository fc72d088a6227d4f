"""In Chromium: an error answering an htmx request is announced in the layout's error slot and
leaves the page usable; a page fetched by htmx with its URL pushed brings its own title."""
from __future__ import annotations

import re

import pytest

from quizapp.bank.models import Question
from quizapp.extensions import db
from quizapp.timeutil import utcnow
from tests.helpers.app import make_user
from tests.helpers.browser import expect, sign_in, start_quiz
from tests.helpers.sets import make_set, question_ids, take

pytestmark = pytest.mark.browser


def test_a_422_and_a_409_in_the_set_builder_leave_it_usable(page, app, axe):
    teacher_id = make_user(app, "teacher")
    student_id = make_user(app, "student")
    in_set = question_ids(app, qtype="true_false", n=2)
    set_id = make_set(app, teacher_id, in_set)
    sign_in(page, "teacher")
    page.goto(f"/sets/{set_id}")
    items = page.locator("#set-items")
    expect(items).to_contain_text("Questions in this set (2)")
    slot = page.get_by_role("alert")
    expect(slot).to_be_empty()
    first_prompt = items.locator(".item-prompt").first.inner_text()

    # 422: the question picked was retired from the bank after the page was drawn
    listed = [int(v) for v in page.locator("#picker-results input[name=question_id]").evaluate_all("els => els.map(e => e.value)")]
    picked = next(qid for qid in listed if qid not in in_set)
    row = page.locator(f"#picker-q-{picked}")
    with app.app_context():
        db.session.get(Question, picked).retired_at = utcnow()
        db.session.commit()
    add = row.get_by_role("button", name=re.compile("^Add"))
    add.click()
    expect(slot).to_contain_text("That question is not in the bank.")
    expect(slot).to_contain_text("(422)")
    expect(items).to_contain_text("Questions in this set (2)")  # the list the Add aimed at stays
    expect(add).to_be_focused()  # focus stays where the user was
    assert axe(page) == []

    # 409: a student answered the set after the page was drawn, so removing is refused
    take(app, set_id, student_id, [True, False])
    items.get_by_role("button", name=re.compile("^Remove")).first.click()
    expect(slot).to_contain_text("(409)")
    expect(slot).to_contain_text("answered")
    expect(items).to_contain_text("Questions in this set (2)")
    expect(items.locator(".item-prompt").first).to_have_text(first_prompt)

    # then an action that is still allowed works on the same list, and the slot empties
    items.get_by_role("button", name=re.compile("^Down")).first.click()
    expect(items.locator(".item-prompt").nth(1)).to_have_text(first_prompt)
    expect(slot).to_be_empty()
    assert page.url.endswith(f"/sets/{set_id}")
    # Chromium logs every 4xx response; nothing else went wrong in the page.
    assert [e for e in page.problems.errors if not re.search(r"Failed to load resource: .* (422|409) ", e)] == []


def test_dismissing_the_error_empties_the_slot(page, app):
    teacher_id = make_user(app, "teacher")
    student_id = make_user(app, "student")
    set_id = make_set(app, teacher_id, question_ids(app, qtype="true_false", n=2))
    sign_in(page, "teacher")
    page.goto(f"/sets/{set_id}")
    take(app, set_id, student_id, [True, True])
    page.locator("#set-items").get_by_role("button", name=re.compile("^Remove")).first.click()
    slot = page.get_by_role("alert")
    expect(slot).to_contain_text("(409)")
    slot.get_by_role("button", name=re.compile("^Dismiss")).click()
    expect(slot).to_be_empty()


def test_the_next_question_fetched_by_htmx_gets_its_own_title_and_address(page):
    start_quiz(page, count=2, types=["True or false"])
    expect(page).to_have_title(re.compile(r"^Question 1 of 2 — .* · Quizapp$"))
    page.get_by_role("radio", name="True").check()
    page.get_by_role("button", name="Check my answer").click()
    page.get_by_role("link", name="Next question").click()
    expect(page.locator("#progress-label")).to_contain_text("Question 2 of 2")
    expect(page).to_have_url(re.compile(r"/quiz/\d+/q/2$"))
    expect(page).to_have_title(re.compile(r"^Question 2 of 2 — .* · Quizapp$"))
    page.go_back()
    expect(page.locator("#progress-label")).to_contain_text("Question 1 of 2")
    expect(page).to_have_title(re.compile(r"^Question 1 of 2 — .* · Quizapp$"))
    assert page.problems.errors == []
