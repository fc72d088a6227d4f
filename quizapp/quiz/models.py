"""Quiz attempts: the questions drawn, frozen in order and layout, and each response."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.bank.models import Document, QuestionVersion
from quizapp.extensions import Model
from quizapp.timeutil import utcnow

if TYPE_CHECKING:
    from quizapp.sets.models import Accommodation, QuizSet

MODES = ("practice", "test")
# An attempt played on another page, question by question as a room moves on (a live session,
# quizapp/live): it behaves as a test (no feedback on the way), and the quiz's own pages show
# where it is played instead of taking its answers (quiz.views.played_elsewhere).
LIVE_MODE = "live"


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
    # The set owner's comment on the whole attempt (quizapp.sets.services.comment_attempt).
    teacher_comment: Mapped[str | None] = mapped_column(Text)

    document: Mapped[Document | None] = relationship()
    # The teacher's set this attempt is at (None in self-study): its close time, archiving and
    # answer policy decide what the learner may still do and see (quizapp.quiz.services).
    quiz_set: Mapped[QuizSet | None] = relationship("QuizSet")
    questions: Mapped[list[AttemptQuestion]] = relationship(
        back_populates="attempt", order_by="AttemptQuestion.position", cascade="all, delete-orphan"
    )
    # The student's own rules for the set, if its owner gave any (a later close time...).
    accommodation: Mapped[Accommodation | None] = relationship(
        "Accommodation",
        primaryjoin="and_(Attempt.quiz_set_id == foreign(Accommodation.quiz_set_id), Attempt.user_id == foreign(Accommodation.user_id))",
        viewonly=True,
        uselist=False,
    )

    @property
    def mode_label(self) -> str:
        return mode_label(self.mode, self.quiz_set_id)

    @property
    def set_closes_at(self) -> datetime | None:
        """When the set closes for this student: their accommodation's close time, if they
        have one, else the set's current one (None in self-study)."""
        if self.quiz_set is None:
            return None
        if self.accommodation is not None and self.accommodation.closes_at is not None:
            return self.accommodation.closes_at
        return self.quiz_set.closes_at


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
    # A set owner's mark by hand (0..1), which replaces the automatic one, and their comment
    # on this question (quizapp.sets.services.override_mark; the history is in MarkChange).
    mark_override: Mapped[float | None]
    comment: Mapped[str | None] = mapped_column(Text)
    # "Flag for review": the learner's own marker, shown in the question navigator and listed on
    # the summary before Finish. Kept on the server so it follows the learner between devices.
    flagged: Mapped[bool] = mapped_column(default=False, server_default=false())

    attempt: Mapped[Attempt] = relationship(back_populates="questions")
    version: Mapped[QuestionVersion] = relationship()
    response: Mapped[Response | None] = relationship(back_populates="attempt_question", uselist=False)

    @property
    def mark(self) -> float:
        """The mark that counts: the owner's by hand if any, else the automatic one (0 when
        unanswered). An attempt's score is the sum of these."""
        if self.mark_override is not None:
            return self.mark_override
        return self.response.score if self.response is not None else 0.0

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


MARK_CHANGE_KINDS = ("override", "regrade", "comment")


class MarkChange(Model):
    """One change a set's owner made to a finished attempt's marking, kept forever: a mark set
    or cleared by hand ("override"), a mark recomputed after a question was fixed ("regrade"),
    or a comment on a question or the whole attempt ("comment"). ``attempt_question_id`` is
    None for the attempt's own comment. Marks are None where there was none (a mark cleared)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempt.id"), index=True)
    attempt_question_id: Mapped[int | None] = mapped_column(ForeignKey("attempt_question.id"))
    kind: Mapped[str] = mapped_column(String(20))
    old_mark: Mapped[float | None]
    new_mark: Mapped[float | None]
    comment: Mapped[str] = mapped_column(Text, default="")
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
