"""What quizzes do when accounts (the layer below) announce something (quizapp.events).

Each receiver runs inside the sender's transaction and only changes rows: the sender commits.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update

from quizapp import events
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion, MarkChange, Response


def keep_guest_attempts(_sender: Any, *, guest_id: int, account_id: int, **_: Any) -> None:
    """A guest who signs in to an existing account keeps their quizzes."""
    db.session.execute(update(Attempt).where(Attempt.user_id == guest_id).values(user_id=account_id))


def delete_guest_attempts(_sender: Any, *, guest_ids: list[int], **_: Any) -> None:
    """Idle guests are deleted: their responses, attempt questions and attempts go first."""
    attempts = select(Attempt.id).where(Attempt.user_id.in_(guest_ids))
    questions = select(AttemptQuestion.id).where(AttemptQuestion.attempt_id.in_(attempts))
    db.session.execute(delete(MarkChange).where(MarkChange.attempt_id.in_(attempts)))
    db.session.execute(delete(Response).where(Response.attempt_question_id.in_(questions)))
    db.session.execute(delete(AttemptQuestion).where(AttemptQuestion.attempt_id.in_(attempts)))
    db.session.execute(delete(Attempt).where(Attempt.user_id.in_(guest_ids)))


def subscribe() -> None:
    """Connect the receivers above; called once the quiz blueprint is registered."""
    events.subscribe(events.guest_merged, keep_guest_attempts)
    events.subscribe(events.guests_deleting, delete_guest_attempts)
