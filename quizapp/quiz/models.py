"""Quiz attempts: the questions drawn, frozen in order and layout, and each response."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.bank.models import Document, QuestionVersion
from quizapp.extensions import Model
from quizapp.timeutil import utcnow

if TYPE_CHECKING:
    from quizapp.sets.models import QuizSet

MODES = ("practice", "test")


def mode_label(mode: str, quiz_set_id: int | None) -> str:
    """The mode's name as the learner knows it: a teacher's set taken without feedback is the
    exam the teacher chose (stored as the self-study "test" mode it behaves as)."""
    return "exam" if mode == "test" and quiz_set_id is not None else mode


class ScoredAttempt:
    """What every view of an attempt (the model, and the plain rows of lists and results)
    derives from its finish time and score, defined once. The class using it has
    ``finished_at``, ``score`` and ``max_score``."""

    if TYPE_CHECKING:  # provided by the class that uses the mixin
        finished_at: datetime | None
        score: float | None
        max_score: float | None

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    @property
    def percent(self) -> float | None:
        if self.score is None or not self.max_score:
            return None
        return 100.0 * self.score / self.max_score


class Attempt(ScoredAttempt, Model):
    """One sitting of a quiz. ``settings`` keeps what the learner asked for, to retry alike."""

    __table_args__ = (
        # At most one unfinished attempt per student and quiz set, even when two "Start"
        # requests race past the attempts-allowed check (a partial index, as both SQLite and
        # PostgreSQL support).
        Index(
            "uq_attempt_open_per_set",
            "user_id",
            "quiz_set_id",
            unique=True,
            sqlite_where=text("finished_at IS NULL AND quiz_set_id IS NOT NULL"),
            postgresql_where=text("finished_at IS NULL AND quiz_set_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    title: Mapped[str] = mapped_column(String(200))
    mode: Mapped[str] = mapped_column(String(20))
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    score: Mapped[float | None]
    max_score: Mapped[int] = mapped_column(default=0)
    # Set only for attempts at a teacher's quiz set (quizapp.sets); self-study leaves both None.
    quiz_set_id: Mapped[int | None] = mapped_column(ForeignKey("quiz_set.id"), index=True)
    deadline_at: Mapped[datetime | None]

    document: Mapped[Document | None] = relationship()
    # The teacher's set this attempt is at (None in self-study): its close time, archiving and
    # answer policy decide what the learner may still do and see (quizapp.quiz.services).
    quiz_set: Mapped[QuizSet | None] = relationship("QuizSet")
    questions: Mapped[list[AttemptQuestion]] = relationship(
        back_populates="attempt", order_by="AttemptQuestion.position", cascade="all, delete-orphan"
    )

    @property
    def mode_label(self) -> str:
        return mode_label(self.mode, self.quiz_set_id)


class AttemptQuestion(Model):
    """A question as drawn into an attempt: which version, at which position, laid out how.

    ``layout`` freezes the shuffled order of choices, ordering items or matching answers, so a
    reload never reshuffles and the form values never reveal which choice is right.
    """

    __table_args__ = (UniqueConstraint("attempt_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempt.id"), index=True)
    position: Mapped[int]
    question_version_id: Mapped[int] = mapped_column(ForeignKey("question_version.id"), index=True)
    layout: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # "Flag for review": the learner's own marker, shown in the question navigator and listed on
    # the summary before Finish. Kept on the server so it follows the learner between devices.
    flagged: Mapped[bool] = mapped_column(default=False, server_default=false())

    attempt: Mapped[Attempt] = relationship(back_populates="questions")
    version: Mapped[QuestionVersion] = relationship()
    response: Mapped[Response | None] = relationship(back_populates="attempt_question", uselist=False)

    @property
    def content(self) -> dict[str, Any]:
        """The frozen version's content (``QuestionRow.content`` of the plain answer path)."""
        return self.version.content

    @property
    def language(self) -> str:
        """The language the question is written in, which says how its numbers are read.

        A bank question's is its document's; a question written in a quiz set has no document,
        so the attempt's document (if any) decides, and English otherwise.
        """
        document = self.version.question.document or self.attempt.document
        return document.language if document is not None else "en"


class Response(Model):
    """A learner's answer to one question of an attempt; at most one, so nothing counts twice."""

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_question_id: Mapped[int] = mapped_column(ForeignKey("attempt_question.id"), unique=True)
    given: Mapped[dict[str, Any]] = mapped_column(JSON)
    score: Mapped[float]
    is_correct: Mapped[bool]
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)

    attempt_question: Mapped[AttemptQuestion] = relationship(back_populates="response")
