"""Finish racing an answer: whichever wins, an attempt's score is the sum of its stored marks.

These run real threads against the app on a file-based SQLite database (the ``app`` fixture),
as gunicorn's workers would: one thread posts an answer while another posts Finish.
"""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from quizapp.extensions import db
from quizapp.quiz import services
from quizapp.quiz.models import Attempt, AttemptQuestion, Response
from tests.helpers.app import PASSWORD, PG_URL, make_user
from tests.helpers.quiz import attempt_id_of, right_form, start_quiz

TRIALS = 30


def score_and_marks(app, attempt_id: int) -> tuple[float | None, float, int]:
    """The attempt's fixed score, the sum of its stored marks and how many answers it holds."""
    with app.app_context():
        score = db.session.get(Attempt, attempt_id).score
        marks, answers = db.session.execute(
            select(func.coalesce(func.sum(Response.score), 0.0), func.count(Response.id))
            .join(AttemptQuestion, AttemptQuestion.id == Response.attempt_question_id)
            .where(AttemptQuestion.attempt_id == attempt_id)
        ).one()
        return score, float(marks), answers


@pytest.fixture(params=["sqlite", "postgresql"])
def race_app(request):
    """The app on a file-based SQLite database, and on PostgreSQL when one is given
    (QUIZAPP_TEST_POSTGRES_URL, as tests/test_postgres.py): the lock differs (SQLite's one
    writer, PostgreSQL's row lock), the invariant must not."""
    if request.param == "sqlite":
        return request.getfixturevalue("app")
    if not PG_URL:
        pytest.skip("set QUIZAPP_TEST_POSTGRES_URL to an empty PostgreSQL database to race on PostgreSQL too")
    return request.getfixturevalue("pg_app")


def signed_in(app, username: str):
    """A browser of ``username`` (its own cookies), signed in."""
    browser = app.test_client()
    assert browser.post("/auth/login", data={"username": username, "password": PASSWORD}).status_code == 303
    return browser


def test_thirty_finish_versus_answer_races_leave_score_equal_to_marks(race_app):
    """Two browsers of one learner: one sends the last answer while the other clicks Finish,
    at the same moment, thirty times. Every score equals the sum of the marks stored."""
    app = race_app
    make_user(app, "racer")
    answering, finishing = signed_in(app, "racer"), signed_in(app, "racer")
    outcomes = {"answer counted": 0, "answer refused": 0}
    for _ in range(TRIALS):
        attempt_id = attempt_id_of(start_quiz(answering, app, count=2, mode="test", types=["true_false"]))
        assert answering.post(f"/quiz/{attempt_id}/q/1", data=right_form(app, attempt_id, 1)).status_code == 303
        last = right_form(app, attempt_id, 2)
        start = threading.Barrier(2)
        statuses: dict[str, int] = {}

        def answer() -> None:
            start.wait()
            statuses["answer"] = answering.post(f"/quiz/{attempt_id}/q/2", data=last).status_code

        def finish() -> None:
            start.wait()
            statuses["finish"] = finishing.post(f"/quiz/{attempt_id}/finish").status_code

        threads = [threading.Thread(target=answer), threading.Thread(target=finish)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert statuses["finish"] == 303
        # Stored and acknowledged (303), or refused with the question and a message (422).
        assert statuses["answer"] in (303, 422), statuses
        score, marks, answers = score_and_marks(app, attempt_id)
        assert score == marks, f"attempt {attempt_id}: score {score} but marks sum to {marks}"
        assert answers == (2 if statuses["answer"] == 303 else 1)
        outcomes["answer counted" if answers == 2 else "answer refused"] += 1
    assert sum(outcomes.values()) == TRIALS


def test_a_finish_waits_for_an_answer_being_stored_and_counts_it(race_app, monkeypatch):
    """The other order, held open on purpose: the answer has the attempt's lock and is about
    to commit when Finish arrives. Finish waits for it and the score includes it."""
    app = race_app
    make_user(app, "steady")
    browser = signed_in(app, "steady")
    attempt_id = attempt_id_of(start_quiz(browser, app, count=2, mode="test", types=["true_false"]))
    form = right_form(app, attempt_id, 2)
    locked, proceed = threading.Event(), threading.Event()
    real_insert = services._insert_response

    def insert_then_pause(*args):  # the answer's write started (SQLite's write lock, PostgreSQL's row lock)
        written = real_insert(*args)
        if threading.current_thread().name == "answer":
            locked.set()
            assert proceed.wait(timeout=30)
        return written

    monkeypatch.setattr(services, "_insert_response", insert_then_pause)

    def answer() -> None:
        from werkzeug.datastructures import MultiDict

        with app.app_context():
            aq = db.session.execute(select(AttemptQuestion).filter_by(attempt_id=attempt_id, position=2)).scalar_one()
            services.record_answer(aq, MultiDict(form))

    def finish() -> None:
        with app.app_context():
            services.finish_attempt(db.session.get(Attempt, attempt_id))

    answering = threading.Thread(target=answer, name="answer")
    answering.start()
    assert locked.wait(timeout=30)
    finishing = threading.Thread(target=finish, name="finish")
    finishing.start()
    finishing.join(timeout=0.5)
    assert finishing.is_alive()  # waiting for the answer's lock
    proceed.set()
    answering.join(timeout=30)
    finishing.join(timeout=30)
    assert score_and_marks(app, attempt_id) == (1.0, 1.0, 1)


def test_an_answer_graded_while_finish_commits_is_refused_not_lost(app, auth, client, monkeypatch):
    """The window the audit hit, held open on purpose: the answer has passed the "finished?"
    check and is being graded when Finish fixes the score. It must be refused (nothing
    stored), not stored after the score was fixed."""
    auth.create_and_login("slow")
    attempt_id = attempt_id_of(start_quiz(client, app, count=2, mode="test", types=["true_false"]))
    form = right_form(app, attempt_id, 2)
    graded, finished = threading.Event(), threading.Event()
    real_grade = services.grade

    def slow_grade(content, answer, *language):
        result = real_grade(content, answer, *language)
        graded.set()
        assert finished.wait(timeout=30)
        return result

    monkeypatch.setattr(services, "grade", slow_grade)
    errors: list[str] = []

    def answer() -> None:
        from werkzeug.datastructures import MultiDict

        with app.app_context():
            aq = db.session.execute(select(AttemptQuestion).filter_by(attempt_id=attempt_id, position=2)).scalar_one()
            try:
                services.record_answer(aq, MultiDict(form))
            except services.QuizError as exc:
                errors.append(str(exc))

    thread = threading.Thread(target=answer)
    thread.start()
    assert graded.wait(timeout=30)
    with app.app_context():
        services.finish_attempt(db.session.get(Attempt, attempt_id))
    finished.set()
    thread.join(timeout=30)
    assert errors == [services.FINISHED_FIRST]
    assert score_and_marks(app, attempt_id) == (0.0, 0.0, 0)


def test_a_refused_late_answer_shows_the_question_with_a_message(app, auth, client):
    auth.create_and_login("late")
    attempt_id = attempt_id_of(start_quiz(client, app, count=2, mode="test", types=["true_false"]))
    assert client.post(f"/quiz/{attempt_id}/finish").status_code == 303
    response = client.post(f"/quiz/{attempt_id}/q/2", data=right_form(app, attempt_id, 2), headers={"HX-Request": "true"})
    assert response.status_code == 422
    assert "finished" in response.text and "answer-form" not in response.text
    assert f"/quiz/{attempt_id}/results" in response.text
    assert score_and_marks(app, attempt_id) == (0.0, 0.0, 0)


@pytest.mark.parametrize("mode", ["practice", "test"])
def test_finishing_twice_at_once_fixes_one_score(app, auth, client, mode):
    auth.create_and_login("twice")
    attempt_id = attempt_id_of(start_quiz(client, app, count=2, mode=mode, types=["true_false"]))
    client.post(f"/quiz/{attempt_id}/q/1", data=right_form(app, attempt_id, 1))
    start = threading.Barrier(2)
    statuses: list[int] = []

    def finish() -> None:
        start.wait()
        statuses.append(client.post(f"/quiz/{attempt_id}/finish").status_code)

    threads = [threading.Thread(target=finish) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert statuses == [303, 303]
    assert score_and_marks(app, attempt_id) == (1.0, 1.0, 1)
