"""Quiz sets as stored: the set and its settings, its ordered items, and failed join codes.

A student's attempt at a set is an ordinary ``quiz.Attempt`` whose ``quiz_set_id`` points
here: the questions it drew are frozen in ``AttemptQuestion`` rows, exactly as in self-study.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.auth.models import User
from quizapp.bank.models import Question
from quizapp.extensions import Model
from quizapp.timeutil import utcnow

SET_MODES = ("practice", "exam")
GRADING = ("highest", "last", "first")
ANSWER_VISIBILITY = ("immediately", "after_close", "never")


class QuizSet(Model):
    """A teacher's quiz set. Only ``owner`` may edit it, see its results or export them.

    Questions are either the ordered ``items`` or, when ``random_count`` is set, that many
    questions drawn per student from ``random_topic_ids`` and frozen in their attempt.
    """

    __tablename__ = "quiz_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    mode: Mapped[str] = mapped_column(String(20), default="practice")
    time_limit_minutes: Mapped[int | None]
    attempts_allowed: Mapped[int | None]
    grading: Mapped[str] = mapped_column(String(10), default="highest")
    shuffle_questions: Mapped[bool] = mapped_column(default=False)
    shuffle_choices: Mapped[bool] = mapped_column(default=True)
    opens_at: Mapped[datetime | None]
    closes_at: Mapped[datetime | None]
    answers_visible: Mapped[str] = mapped_column(String(20), default="immediately")
    # Until the set closes (or is archived), its bank questions are left out of self-study and
    # of other owners' sets, where their answers would be shown (quiz.services.hidden_bank_questions).
    hide_bank_questions: Mapped[bool] = mapped_column(default=False, server_default=false())
    random_count: Mapped[int | None]
    random_topic_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    join_code: Mapped[str] = mapped_column(String(16), unique=True)
    archived_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    owner: Mapped[User] = relationship()
    accommodations: Mapped[list[Accommodation]] = relationship(
        back_populates="quiz_set", order_by="Accommodation.id", cascade="all, delete-orphan"
    )
    items: Mapped[list[QuizSetItem]] = relationship(
        back_populates="quiz_set", order_by="QuizSetItem.position", cascade="all, delete-orphan"
    )

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None

    @property
    def uses_rule(self) -> bool:
        return self.random_count is not None

    @property
    def answers_open_at(self) -> datetime | None:
        """When "after the set closes" answers open: once the set has closed for *everyone*,
        students given a later close time included, so no answer is shown while anyone may
        still answer. None when the set has no closing time."""
        if self.closes_at is None:
            return None
        return max([self.closes_at, *(a.closes_at for a in self.accommodations if a.closes_at is not None)])


class QuizSetItem(Model):
    """A bank question chosen for a set, at a position. Attempts freeze its version."""

    __tablename__ = "quiz_set_item"
    __table_args__ = (UniqueConstraint("quiz_set_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_set_id: Mapped[int] = mapped_column(ForeignKey("quiz_set.id"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), index=True)
    position: Mapped[int]

    quiz_set: Mapped[QuizSet] = relationship(back_populates="items")
    question: Mapped[Question] = relationship()


class JoinFailure(Model):
    """One wrong join code, keyed by a keyed hash of the client address (never the address).

    Kept in the database rather than in memory so that every gunicorn worker sees the same
    count; old rows are pruned as new ones are written.
    """

    __tablename__ = "join_failure"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_key: Mapped[str] = mapped_column(String(64), index=True)
    failed_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class Accommodation(Model):
    """Moodle's "user override": one student's own rules for a set, given by its owner.

    Each part is optional: ``extra_minutes`` added to the time limit, ``extra_attempts`` added
    to the attempts allowed, and ``closes_at`` replacing the set's closing time for this
    student (later or earlier). The server enforces them wherever the set's own rules are
    (``sets.services``, ``quiz.services``).
    """

    __tablename__ = "set_accommodation"
    __table_args__ = (UniqueConstraint("quiz_set_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_set_id: Mapped[int] = mapped_column(ForeignKey("quiz_set.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    extra_minutes: Mapped[int | None]
    extra_attempts: Mapped[int | None]
    closes_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    quiz_set: Mapped[QuizSet] = relationship(back_populates="accommodations")
    user: Mapped[User] = relationship()
