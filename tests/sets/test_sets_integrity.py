"""Closing, archiving and abandoned attempts: a set's rules hold for attempts already open."""
from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.quiz.grading import correct_answer_text
from quizapp.quiz.models import Attempt
from quizapp.quiz.services import SET_ARCHIVED, SET_CLOSED, TIME_UP, outcome_visibility
from quizapp.sets.models import QuizSet
from tests.helpers.app import HX, make_user
from tests.helpers.sets import T0, answer_form, join_code, make_set, question_ids


def start(client, app, set_id: int) -> int:
    location = client.post(f"/join/{join_code(app, set_id)}/start").headers["Location"]
    return int(re.search(r"/quiz/(\d+)/", location).group(1))


def forms_and_answers(app, attempt_id: int, right: bool) -> list[tuple[dict, list[str]]]:
    with app.app_context():
        return [(answer_form(aq, right), correct_answer_text(aq.version.content)) for aq in db.session.get(Attempt, attempt_id).questions]


def attempt_state(app, attempt_id: int) -> tuple:
    with app.app_context():
        a = db.session.get(Attempt, attempt_id)
        return a.finished_at, a.score, sum(1 for aq in a.questions if aq.response is not None)


def move_closing_time(app, set_id: int, closes_at) -> None:
    with app.app_context():
        db.session.get(QuizSet, set_id).closes_at = closes_at
        db.session.commit()


def test_an_answer_after_the_sets_current_closing_time_is_refused_and_closes_the_attempt(client, auth, app, clock):
    """The teacher brings the closing time forward while a student is mid-exam: the student's
    next answer is refused with a message, nothing is stored, and the attempt ends at the
    new closing time with the marks it held."""
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), mode="exam", closes_at=T0 + timedelta(hours=2))
    auth.create_and_login("sam")
    attempt_id = start(client, app, set_id)
    (first, _), (second, _) = forms_and_answers(app, attempt_id, right=True)
    assert client.post(f"/quiz/{attempt_id}/q/1", data=first).status_code == 303
    move_closing_time(app, set_id, T0 + timedelta(minutes=30))
    clock.advance(minutes=40)
    late = client.post(f"/quiz/{attempt_id}/q/2", data=second, headers=HX)
    assert late.status_code == 422 and SET_CLOSED in late.text
    assert "answer-form" not in late.text and f"/quiz/{attempt_id}/results" in late.text
    assert attempt_state(app, attempt_id) == (T0 + timedelta(minutes=30), 1.0, 1)


def test_the_countdown_follows_a_closing_time_brought_forward(client, auth, app, clock):
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1), time_limit_minutes=60)
    auth.create_and_login("sam")
    attempt_id = start(client, app, set_id)
    assert 'data-seconds-left="3600"' in client.get(f"/quiz/{attempt_id}/q/1").text
    move_closing_time(app, set_id, T0 + timedelta(minutes=10))
    assert 'data-seconds-left="600"' in client.get(f"/quiz/{attempt_id}/q/1").text


def test_archiving_closes_open_attempts_and_refuses_their_answers(client, auth, app, clock):
    teacher_id = make_user(app, "teacher")
    set_id = make_set(app, teacher_id, question_ids(app, "true_false", 2), mode="exam")
    auth.create_and_login("sam")
    attempt_id = start(client, app, set_id)
    (first, _), (second, _) = forms_and_answers(app, attempt_id, right=True)
    assert client.post(f"/quiz/{attempt_id}/q/1", data=first).status_code == 303
    teacher = app.test_client()
    teacher.post("/auth/login", data={"username": "teacher", "password": "correct horse battery"})
    clock.advance(minutes=5)
    assert teacher.post(f"/sets/{set_id}/archive", data={"archived": "1"}).status_code == 303
    assert attempt_state(app, attempt_id) == (T0 + timedelta(minutes=5), 1.0, 1)  # closed at once
    late = client.post(f"/quiz/{attempt_id}/q/2", data=second)
    # The page says why, in place of the question whose form would be refused again.
    assert late.status_code == 422 and "This quiz set is archived" in late.text and SET_ARCHIVED in late.text
    assert "answer-form" not in late.text
    assert attempt_state(app, attempt_id)[2] == 1


def test_an_attempt_at_an_archived_set_is_closed_when_next_touched(app, clock):
    """Archived some other way than the archive button (or restored and archived again):
    the next answer is refused and says why."""
    from werkzeug.datastructures import MultiDict

    from quizapp.quiz.services import QuizError, record_answer

    teacher = make_user(app, "teacher")
    student = make_user(app, "sam")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1))
    with app.app_context():
        from quizapp.sets.services import start_set_attempt

        quiz_set = db.session.get(QuizSet, set_id)
        attempt = start_set_attempt(quiz_set, student, now=T0)
        quiz_set.archived_at = T0 + timedelta(minutes=1)
        db.session.commit()
        aq = attempt.questions[0]
        try:
            record_answer(aq, MultiDict(answer_form(aq, True)), now=T0 + timedelta(minutes=2))
        except QuizError as exc:
            assert str(exc) == SET_ARCHIVED
        else:
            raise AssertionError("an answer to an archived set was accepted")
        attempt = db.session.get(Attempt, attempt.id)
        assert attempt.finished_at == T0 + timedelta(minutes=1) and attempt.score == 0.0


def test_answers_after_close_are_never_shown_to_a_student_still_answering(client, auth, app, clock):
    """A practice set whose answers show "after the set closes": the teacher brings the close
    forward while a student is still answering. Their open attempt shows no answer; opening
    any of its pages closes it first, and only then are the answers shown."""
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), mode="practice", answers_visible="after_close",
                      closes_at=T0 + timedelta(hours=2))
    student = auth.create_and_login("sam")
    attempt_id = start(client, app, set_id)
    (first, _correct), _ = forms_and_answers(app, attempt_id, right=False)
    saved = client.post(f"/quiz/{attempt_id}/q/1", data=first, headers=HX)
    assert "Answer saved" in saved.text and "Correct answer" not in saved.text
    move_closing_time(app, set_id, T0 + timedelta(minutes=30))
    clock.advance(minutes=40)
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        assert not attempt.is_finished
        assert not outcome_visibility(attempt, T0 + timedelta(minutes=40)).answers
    page = client.get(f"/quiz/{attempt_id}/q/1", headers=HX)
    # In place of the question: why it is over, and the results now open.
    assert page.status_code == 200 and SET_CLOSED in page.text and "answer-form" not in page.text
    assert f'href="/quiz/{attempt_id}/results"' in page.text
    assert attempt_state(app, attempt_id)[0] == T0 + timedelta(minutes=30)
    results = client.get(f"/quiz/{attempt_id}/results")
    assert "Correct answer" in results.text
    with app.app_context():
        from quizapp.cards.models import StudyCard

        assert db.session.execute(select(StudyCard).where(StudyCard.user_id == student)).first() is not None


def abandoned_timed_attempt(client, auth, app, username: str, set_id: int) -> int:
    auth.create_and_login(username)
    attempt_id = start(client, app, set_id)
    (first, _), _ = forms_and_answers(app, attempt_id, right=True)
    assert client.post(f"/quiz/{attempt_id}/q/1", data=first).status_code == 303
    auth.logout()
    return attempt_id


@pytest.mark.parametrize("first_look", ["/sets/{id}/results", "/sets/{id}/export/wide.csv", "/sets/{id}/export/long.xlsx"])
def test_abandoned_timed_attempts_show_as_finished_in_results_exports_and_item_analysis(client, auth, app, clock, first_look):
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), mode="exam", time_limit_minutes=10)
    attempt_id = abandoned_timed_attempt(client, auth, app, "sam", set_id)
    clock.advance(minutes=30)
    assert attempt_state(app, attempt_id)[0] is None  # nobody has looked yet
    auth.login("teacher")
    assert client.get(first_look.format(id=set_id)).status_code == 200
    assert attempt_state(app, attempt_id) == (T0 + timedelta(minutes=10), 1.0, 1)  # that look closed it
    export = client.get(f"/sets/{set_id}/export/wide.csv")
    rows = list(csv.reader(io.StringIO(export.data.decode("utf-8-sig"))))
    assert rows[1][4] == str(T0 + timedelta(minutes=10)) and rows[1][6] == "1"  # written as the pages show it
    results = client.get(f"/sets/{set_id}/results").text
    assert "in progress" not in results and "1 / 2 (50%)" in results
    assert "(1 attempt)" in results  # item analysis counts it
    assert attempt_state(app, attempt_id) == (T0 + timedelta(minutes=10), 1.0, 1)


def test_the_student_sees_an_abandoned_attempt_finished_on_my_progress_and_the_join_page(client, auth, app, clock):
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), mode="exam", time_limit_minutes=10, attempts_allowed=2)
    attempt_id = abandoned_timed_attempt(client, auth, app, "sam", set_id)
    clock.advance(minutes=30)
    auth.login("sam")
    progress = client.get("/quiz/progress").text
    assert "In progress" not in progress and "1 / 2 (50%)" in progress
    join = client.get(f"/join/{join_code(app, set_id)}").text
    assert "Resume my attempt" not in join and "Start another attempt" in join
    assert attempt_state(app, attempt_id)[0] == T0 + timedelta(minutes=10)
    assert TIME_UP.startswith("Time is up")


def test_flask_attempts_close_overdue_closes_abandoned_attempts_for_cron(client, auth, app, clock, runner):
    teacher = make_user(app, "teacher")
    timed = make_set(app, teacher, question_ids(app, "true_false", 2), mode="exam", time_limit_minutes=10)
    closing = make_set(app, teacher, question_ids(app, "true_false", 2), closes_at=T0 + timedelta(hours=1))
    overdue = abandoned_timed_attempt(client, auth, app, "sam", timed)
    after_close = abandoned_timed_attempt(client, auth, app, "ana", closing)
    clock.advance(minutes=20)
    still_open = abandoned_timed_attempt(client, auth, app, "eve", timed)
    self_study_user = make_user(app, "solo")
    with app.app_context():
        db.session.add(Attempt(user_id=self_study_user, title="Self-study", mode="test", started_at=T0))
        db.session.commit()
    result = runner.invoke(args=["attempts", "close-overdue"])
    assert result.exit_code == 0 and "1 attempt closed." in result.output
    assert attempt_state(app, overdue) == (T0 + timedelta(minutes=10), 1.0, 1)
    assert attempt_state(app, after_close)[0] is None and attempt_state(app, still_open)[0] is None
    clock.advance(hours=1)
    result = runner.invoke(args=["attempts", "close-overdue"])
    assert "2 attempts closed." in result.output
    assert attempt_state(app, after_close) == (T0 + timedelta(hours=1), 1.0, 1)
    assert attempt_state(app, still_open) == (T0 + timedelta(minutes=30), 1.0, 1)
    assert "0 attempts closed." in runner.invoke(args=["attempts", "close-overdue"]).output


def test_resume_from_the_join_page_with_every_question_answered_lands_on_finish(client, auth, app):
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), mode="exam")
    auth.create_and_login("sam")
    attempt_id = start(client, app, set_id)
    for position, (form, _) in enumerate(forms_and_answers(app, attempt_id, right=True), start=1):
        assert client.post(f"/quiz/{attempt_id}/q/{position}", data=form).status_code == 303
    assert "Resume my attempt" in client.get(f"/join/{join_code(app, set_id)}").text
    resumed = client.post(f"/join/{join_code(app, set_id)}/start")
    assert resumed.headers["Location"] == f"/quiz/{attempt_id}/q/2"
    assert "See my results" in client.get(resumed.headers["Location"]).text
