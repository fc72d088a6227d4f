"""Live sessions as stored: a set played together, question by question, and its players.

The state lives in the database alone (never in a worker's memory), so every gunicorn worker,
and every machine on PostgreSQL, draws the same page for the same moment; ``version`` grows by
one on every change the students' pages must show, which is what the event hub watches.
A player's answers are ordinary ``Response`` rows of their ``Attempt`` at the set; the points
a live game adds (right and fast) are kept beside them in ``LiveAnswer``.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.extensions import Model
from quizapp.sets.models import QuizSet
from quizapp.timeutil import utcnow

# lobby: players join; question: the current question takes answers until closes_at;
# reveal: its answers and distribution are shown; leaderboard: the ranking; ended: over.
STATES = ("lobby", "question", "reveal", "leaderboard", "ended")


class LiveSession(Model):
    """One playing of a quiz set, led by its owner; students join it with ``code``."""

    __tablename__ = "live_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_set_id: Mapped[int] = mapped_column(ForeignKey("quiz_set.id"), index=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    state: Mapped[str] = mapped_column(String(12), default="lobby")
    # The question being played, 1-based (0 in the lobby), among the versions frozen at start.
    position: Mapped[int] = mapped_column(default=0)
    version_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    seconds_per_question: Mapped[int] = mapped_column(default=20)
    # Set on the server when a question opens; answers are timed from opened_at and refused
    # from closes_at on (the client's clock plays no part).
    opened_at: Mapped[datetime | None]
    closes_at: Mapped[datetime | None]
    show_leaderboard: Mapped[bool] = mapped_column(default=True)
    hide_names: Mapped[bool] = mapped_column(default=False)
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]

    quiz_set: Mapped[QuizSet] = relationship()

    @property
    def question_count(self) -> int:
        return len(self.version_ids or [])

    @property
    def is_ended(self) -> bool:
        return self.state == "ended"


class LivePlayer(Model):
    """A student in a live session: the name the room sees, their attempt, their points."""

    __tablename__ = "live_player"
    __table_args__ = (
        UniqueConstraint("session_id", "user_id"),
        Index("ix_live_player_session_id_total_points", "session_id", "total_points"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("live_session.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    display_name: Mapped[str] = mapped_column(String(40))
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempt.id"), index=True)
    total_points: Mapped[int] = mapped_column(default=0)
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)


class LiveAnswer(Model):
    """The points one player's answer to one question earned, fixed when the question closed,
    and the server-measured time from the question opening to the answer arriving."""

    __tablename__ = "live_answer"
    __table_args__ = (UniqueConstraint("player_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    player_id: Mapped[int] = mapped_column(ForeignKey("live_player.id"))
    position: Mapped[int]
    points: Mapped[int]
    response_ms: Mapped[int]
