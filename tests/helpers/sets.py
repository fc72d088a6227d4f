"""Helpers for quiz-set tests: a teacher's set built through the services, students' attempts."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from quizapp.bank.models import Question
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion
from quizapp.quiz.services import finish_attempt, record_answer
from quizapp.sets import services
from quizapp.sets.models import QuizSet

T0 = datetime(2026, 3, 2, 9, 0, 0)


def question_ids(app, qtype: str | None = None, n: int = 3) -> list[int]:
    with app.app_context():
        query = select(Question.id).where(Question.retired_at.is_(None)).order_by(Question.id)
        if qtype:
            query = query.where(Question.type == qtype)
        return list(db.session.execute(query.limit(n)).scalars())


def make_set(app, owner_id: int, qids: list[int], **settings) -> int:
    with app.app_context():
        quiz_set = services.create_set(owner_id, {"title": "Chapter 1 check", "shuffle_choices": True, **settings})
        for qid in qids:
            services.add_question(quiz_set, qid)
        return quiz_set.id


def join_code(app, set_id: int) -> str:
    with app.app_context():
        return db.session.get(QuizSet, set_id).join_code


def answer_form(aq: AttemptQuestion, right: bool) -> dict:
    """The form a learner sends for a choice or true/false question, right or wrong."""
    c, layout = aq.version.content, aq.layout
    if c["type"] == "true_false":
        return {"answer": "true" if c["answer"] == right else "false"}
    shown = [i for i, b in enumerate(layout["choices"]) if c["choices"][b]["correct"] == right]
    return {"choice": [str(shown[0])]} if c["type"] == "single_choice" else {"choice": [str(i) for i in shown]}


def take(app, set_id: int, user_id: int, pattern: list[bool | None], now: datetime = T0) -> int:
    """A finished attempt by ``user_id`` answering each question right (True), wrong or not at all."""
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        attempt = services.start_set_attempt(quiz_set, user_id, now=now)
        for aq, right in zip(attempt.questions, pattern):
            if right is not None:
                record_answer(aq, _multi(answer_form(aq, right)), now=now + timedelta(minutes=1))
        finish_attempt(attempt, now=now + timedelta(minutes=2))
        return attempt.id


def _multi(form: dict):
    from werkzeug.datastructures import MultiDict

    return MultiDict([(k, v) for k, vs in form.items() for v in (vs if isinstance(vs, list) else [vs])])


def attempt_of(app, attempt_id: int) -> Attempt:
    with app.app_context():
        return db.session.get(Attempt, attempt_id)
