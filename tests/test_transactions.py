"""What a learner expects to be all-or-nothing is one transaction (docs/ARCHITECTURE.md, rule 2).

Each test makes the *second* write of a unit of work fail, as a full disk or a lost connection
would, and checks through the app that the first write is not stored either; then that the same
action, tried again once the fault is gone, stores both.
"""
from __future__ import annotations

import ast

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from quizapp import PROJECT_DIR
from quizapp.auth.models import User
from quizapp.cards.models import StudyCard
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion, Response
from quizapp.sets.models import QuizSet
from tests.helpers.app import PG_URL, AuthActions
from tests.helpers.quiz import attempt_id_of, start_quiz, wrong_form

DISK_FULL = OperationalError("INSERT INTO study_card …", {}, Exception("database or disk is full"))


@pytest.fixture(params=["sqlite", "postgresql"])
def db_app(request):
    """The app on SQLite, and on PostgreSQL when QUIZAPP_TEST_POSTGRES_URL names a scratch
    database: the card is written by a different upsert on each."""
    if request.param == "sqlite":
        return request.getfixturevalue("app")
    if not PG_URL:
        pytest.skip("set QUIZAPP_TEST_POSTGRES_URL to an empty PostgreSQL database to run these on PostgreSQL too")
    return request.getfixturevalue("pg_app")


@pytest.fixture
def client_and_auth(db_app):
    client = db_app.test_client()
    return client, AuthActions(db_app, client)


def fail_the_card_write(monkeypatch: pytest.MonkeyPatch) -> None:
    """The missed-question card cannot be written (the receiver of the answer/finish signals)."""

    def disk_full(*args: object, **kwargs: object) -> None:
        raise DISK_FULL

    monkeypatch.setattr("quizapp.cards.subscribers.stage_missed_question", disk_full)  # at Finish
    monkeypatch.setattr("quizapp.cards.subscribers.stage_missed_card", disk_full)  # on an answer


def count(app, model, **where) -> int:
    with app.app_context():
        return db.session.execute(select(func.count()).select_from(model).filter_by(**where)).scalar_one()


def stored_answers(app, attempt_id: int) -> int:
    with app.app_context():
        return db.session.execute(
            select(func.count(Response.id))
            .join(AttemptQuestion, AttemptQuestion.id == Response.attempt_question_id)
            .where(AttemptQuestion.attempt_id == attempt_id)
        ).scalar_one()


def test_an_answer_whose_missed_card_cannot_be_written_is_not_stored_either(db_app, client_and_auth, monkeypatch):
    app = db_app
    client, auth = client_and_auth
    user_id = auth.create_and_login()
    attempt_id = attempt_id_of(start_quiz(client, app, count=2, mode="practice", types=["true_false"]))
    with monkeypatch.context() as patch:
        fail_the_card_write(patch)
        with pytest.raises(OperationalError):
            client.post(f"/quiz/{attempt_id}/q/1", data=wrong_form(app, attempt_id, 1))
    assert stored_answers(app, attempt_id) == 0
    assert count(app, StudyCard, user_id=user_id) == 0
    page = client.get(f"/quiz/{attempt_id}/q/1")
    assert page.status_code == 200 and "Check my answer" in page.text  # still open to answer

    again = client.post(f"/quiz/{attempt_id}/q/1", data=wrong_form(app, attempt_id, 1))
    assert again.status_code == 303
    assert stored_answers(app, attempt_id) == 1
    assert count(app, StudyCard, user_id=user_id, kind="missed") == 1


def test_finishing_whose_missed_cards_cannot_be_written_does_not_finish(db_app, client_and_auth, monkeypatch):
    app = db_app
    client, auth = client_and_auth
    """A self-study test reveals the answers, and so makes the missed cards, at Finish."""
    user_id = auth.create_and_login()
    attempt_id = attempt_id_of(start_quiz(client, app, count=2, mode="test", types=["true_false"]))
    for position in (1, 2):
        assert client.post(f"/quiz/{attempt_id}/q/{position}", data=wrong_form(app, attempt_id, position)).status_code == 303
    assert count(app, StudyCard, user_id=user_id) == 0  # nothing revealed mid-test

    with monkeypatch.context() as patch:
        fail_the_card_write(patch)
        with pytest.raises(OperationalError):
            client.post(f"/quiz/{attempt_id}/finish")
    with app.app_context():
        assert db.session.get(Attempt, attempt_id).finished_at is None
    assert count(app, StudyCard, user_id=user_id) == 0

    finished = client.post(f"/quiz/{attempt_id}/finish")
    assert finished.status_code == 303
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        assert attempt.finished_at is not None and attempt.score == 0
    assert count(app, StudyCard, user_id=user_id, kind="missed") == 2


def test_a_guest_signing_in_keeps_everything_or_nothing(db_app, client_and_auth, monkeypatch):
    app = db_app
    client, auth = client_and_auth
    """Signing in moves the guest's quizzes and cards and deletes the guest: one transaction."""
    account_id = auth.create("alice")
    attempt_id = attempt_id_of(start_quiz(client, app, count=1, mode="practice", types=["true_false"]))  # as a guest
    client.post(f"/quiz/{attempt_id}/q/1", data=wrong_form(app, attempt_id, 1))
    with app.app_context():
        guest_id = db.session.get(Attempt, attempt_id).user_id
    assert guest_id != account_id and count(app, StudyCard, user_id=guest_id) == 1

    def disk_full(*args: object, **kwargs: object) -> None:
        raise DISK_FULL

    with monkeypatch.context() as patch:
        patch.setattr("quizapp.cards.subscribers.merge_guest_cards", disk_full)
        with pytest.raises(OperationalError):
            auth.login("alice")
    with app.app_context():
        assert db.session.get(User, guest_id) is not None
        assert db.session.get(Attempt, attempt_id).user_id == guest_id  # the attempt did not move alone
    assert count(app, StudyCard, user_id=guest_id) == 1

    assert auth.login("alice").status_code == 303
    with app.app_context():
        assert db.session.get(User, guest_id) is None
        assert db.session.get(Attempt, attempt_id).user_id == account_id
    assert count(app, StudyCard, user_id=account_id, kind="missed") == 1


def test_a_refused_change_leaves_nothing_behind_for_the_view(app, client, auth):
    """A service that refuses rolls back what it changed itself; the view never touches the session."""
    from quizapp.sets import services as set_services

    owner_id = auth.create_and_login("teacher")
    with app.app_context():
        quiz_set = set_services.create_set(owner_id, {"title": "Week 1"})
        set_id = quiz_set.id

        def refuse_after_changing(quiz_set: QuizSet, settings: dict) -> QuizSet:
            quiz_set.title = "changed, then refused"
            db.session.flush()
            raise set_services.SetError("refused", 409)

        with pytest.raises(set_services.SetError):
            set_services.unit_of_work(refuse_after_changing)(quiz_set, {})
        assert db.session.get(QuizSet, set_id).title == "Week 1"  # same session, as the view would see it
    assert count(app, QuizSet, title="Week 1") == 1


def views_that_touch_the_transaction(source: str) -> list[int]:
    """Lines of ``source`` that call ``….commit()`` or ``….rollback()``."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("commit", "rollback")
    ]


def test_views_never_commit_or_roll_back():
    """Services own their unit of work; a view parses, calls a service and renders."""
    touching = {
        str(path.relative_to(PROJECT_DIR)): lines
        for path in sorted((PROJECT_DIR / "quizapp").rglob("views.py"))
        if (lines := views_that_touch_the_transaction(path.read_text(encoding="utf-8")))
    }
    assert touching == {}


def test_the_view_check_finds_a_commit_and_a_rollback():
    source = "def view():\n    services.save()\n    db.session.commit()\n\ndef other():\n    db.session.rollback()\n"
    assert views_that_touch_the_transaction(source) == [3, 6]
