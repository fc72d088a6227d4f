"""Helpers for live-session tests: sessions and players made through the services, and the
form a phone sends for a right or a wrong answer."""
from __future__ import annotations

from datetime import datetime

from quizapp.bank.models import QuestionVersion
from quizapp.extensions import db
from quizapp.live import services
from quizapp.live.models import LivePlayer, LiveSession
from quizapp.quiz.models import AttemptQuestion
from quizapp.sets.models import QuizSet


def start(app, set_id: int, **options) -> int:
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        return services.start_session(quiz_set, quiz_set.owner_id, **options).id


def code_of(app, session_id: int) -> str:
    with app.app_context():
        return db.session.get(LiveSession, session_id).code


def act(app, session_id: int, action: str, now: datetime) -> None:
    """The teacher's button ``action`` (next, reveal, leaderboard, end), through the services."""
    with app.app_context():
        session = db.session.get(LiveSession, session_id)
        if action == "next":
            services.next_question(session, now)
        elif action == "reveal":
            services.reveal(session, now)
        elif action == "leaderboard":
            services.show_leaderboard(session)
        else:
            services.end_session(session, now)


def join(app, session_id: int, user_id: int, name: str, now: datetime) -> int:
    with app.app_context():
        return services.join(db.session.get(LiveSession, session_id), user_id, name, now).id


def phone_form(app, session_id: int, user_id: int, right: bool) -> dict:
    """What the phone of ``user_id`` sends to answer the open question right or wrong."""
    with app.app_context():
        session = db.session.get(LiveSession, session_id)
        player = services.player_in(session, user_id)
        aq = db.session.execute(
            db.select(AttemptQuestion).filter_by(attempt_id=player.attempt_id, position=session.position)
        ).scalar_one()
        content = db.session.get(QuestionVersion, aq.question_version_id).content
        if content["type"] == "true_false":
            return {"answer": "true" if content["answer"] == right else "false"}
        shown = [i for i, b in enumerate(aq.layout["choices"]) if content["choices"][b]["correct"] == right]
        return {"choice": str(shown[0])}


def answer(app, session_id: int, user_id: int, right: bool, now: datetime):
    form = phone_form(app, session_id, user_id, right)
    with app.app_context():
        session = db.session.get(LiveSession, session_id)
        return services.submit_answer(session, services.player_in(session, user_id), form, now)


def points(app, session_id: int) -> dict[str, int]:
    with app.app_context():
        rows = db.session.execute(db.select(LivePlayer.display_name, LivePlayer.total_points).filter_by(session_id=session_id))
        return dict(rows.all())
