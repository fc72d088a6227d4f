"""A one-question test or exam goes through the summary before Finish (issue 13, left over):
its one answer, once saved, is the whole attempt, and one press must not end it unseen."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion
from tests.helpers.app import HX, make_user
from tests.helpers.quiz import attempt_id_of, right_form, start_quiz
from tests.helpers.sets import answer_form, join_code, make_set, question_ids


def _finish_controls(page: str) -> tuple[bool, bool]:
    """(offers the summary, offers a bare Finish) in the question card's bottom bar."""
    bar = page.split('class="quiz-nav"')[1]
    return "Review and finish" in bar, "/finish" in bar


@pytest.mark.parametrize("headers", [{}, HX])
def test_a_one_question_set_exam_offers_the_summary_not_a_bare_finish(client, auth, app, headers):
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 1), mode="exam", answers_visible="never")
    auth.create_and_login("sam")
    attempt_id = attempt_id_of(client.post(f"/join/{join_code(app, set_id)}/start").headers["Location"])
    with app.app_context():
        form = answer_form(db.session.execute(select(AttemptQuestion).filter_by(attempt_id=attempt_id)).scalar_one(), True)
    answered = client.post(f"/quiz/{attempt_id}/q/1", data=form, headers=headers)
    page = answered.text if headers else client.get(answered.headers["Location"]).text
    assert "Answer saved" in page
    assert _finish_controls(page) == (True, False)
    summary = client.get(f"/quiz/{attempt_id}/summary")
    assert summary.status_code == 200 and "1 of 1 questions answered" in summary.text
    assert f'action="/quiz/{attempt_id}/finish"' in summary.text
    with app.app_context():
        assert db.session.get(Attempt, attempt_id).finished_at is None  # nothing finished it on the way
    assert client.post(f"/quiz/{attempt_id}/finish").headers["Location"].endswith(f"/quiz/{attempt_id}/results")


def test_a_one_question_self_study_test_goes_through_the_summary_and_practice_stays_one_press(client, app):
    test_id = attempt_id_of(start_quiz(client, app, count=1, mode="test", types=["true_false"]))
    client.post(f"/quiz/{test_id}/q/1", data=right_form(app, test_id, 1))
    assert _finish_controls(client.get(f"/quiz/{test_id}/q/1").text) == (True, False)
    practice_id = attempt_id_of(start_quiz(client, app, count=1, types=["true_false"]))
    client.post(f"/quiz/{practice_id}/q/1", data=right_form(app, practice_id, 1))
    assert _finish_controls(client.get(f"/quiz/{practice_id}/q/1").text) == (False, True)
