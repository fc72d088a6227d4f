"""Classes as stored: a teacher's class, who joined it, and which quiz sets it is given.

A class is a roster, not a copy of anything: its students take the class's sets through the
sets' own join pages, and their attempts stay ordinary set attempts. The class only says who
belongs together (to filter a set's results and exports) and what each student is given.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.auth.models import User
from quizapp.extensions import Model
from quizapp.sets.models import QuizSet
from quizapp.timeutil import utcnow


class SchoolClass(Model):
    """A teacher's class. Only ``owner`` sees its roster, renames, archives or assigns to it.

    Students join it once with ``join_code``, which is longer than any set's code so the two
    can never be mistaken for each other. An archived class takes no new students and is no
    longer listed for its students; its roster and assignments are kept (restoring undoes it).
    """

    __tablename__ = "school_class"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    join_code: Mapped[str] = mapped_column(String(16), unique=True)
    archived_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    owner: Mapped[User] = relationship()

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None


class ClassMember(Model):
    """A student in a class: joined once (the pair is unique), removed by the teacher."""

    __tablename__ = "class_member"
    __table_args__ = (UniqueConstraint("class_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("school_class.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)

    user: Mapped[User] = relationship()


class ClassSet(Model):
    """A quiz set given to a class (many sets per class, many classes per set)."""

    __tablename__ = "class_set"
    __table_args__ = (UniqueConstraint("class_id", "quiz_set_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("school_class.id", ondelete="CASCADE"), index=True)
    quiz_set_id: Mapped[int] = mapped_column(ForeignKey("quiz_set.id", ondelete="CASCADE"), index=True)
    assigned_at: Mapped[datetime] = mapped_column(default=utcnow)

    quiz_set: Mapped[QuizSet] = relationship()
