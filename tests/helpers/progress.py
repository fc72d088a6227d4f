"""A learner's answer history written straight into the database, for the progress pages."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from quizapp.bank.models import Question, QuestionVersion
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion, Response


def versions_by_topic(app) -> dict[int, list[int]]:
    """Question version ids of the shipped bank, by topic."""
    with app.app_context():
        rows = db.session.execute(
            select(Question.topic_id, QuestionVersion.id).join(QuestionVersion, QuestionVersion.question_id == Question.id).order_by(QuestionVersion.id)
        ).all()
    grouped: dict[int, list[int]] = {}
    for topic, version in rows:
        grouped.setdefault(topic, []).append(version)
    return grouped


def answer(app, user_id: int, answers: list[tuple[int, datetime, float]], finished: bool = True, mode: str = "practice") -> int:
    """One attempt holding ``answers``: (question version, answered at, score) each."""
    with app.app_context():
        first = min(at for _, at, _ in answers)
        attempt = Attempt(user_id=user_id, document_id=1, title="Quiz", mode=mode, settings={}, started_at=first - timedelta(minutes=1),
                          finished_at=(max(at for _, at, _ in answers) if finished else None), score=0.0, max_score=len(answers))
        db.session.add(attempt)
        db.session.flush()
        for position, (version, at, score) in enumerate(answers, start=1):
            aq = AttemptQuestion(attempt_id=attempt.id, position=position, question_version_id=version, layout={})
            db.session.add(aq)
            db.session.flush()
            db.session.add(Response(attempt_question_id=aq.id, given={}, score=score, is_correct=score == 1.0, answered_at=at))
        db.session.commit()
        return attempt.id
