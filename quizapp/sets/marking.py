"""A set owner's marking of finished attempts: a question's mark set by hand with a comment, a
comment on the whole attempt, and the history of every such change.

The automatic mark stays in ``Response.score`` (what the grader gave the stored answer); a mark
by hand is kept beside it in ``AttemptQuestion.mark_override`` and counts instead of it. An
attempt's score is recomputed in SQL as the sum of the marks that count, in the transaction
that changes one, so it always equals what the pages and exports add up. Every change is a
``MarkChange`` row (who, when, old and new mark, comment), never updated or deleted.

Every function that depends on the time takes ``now`` (naive UTC), so tests move the clock.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import aliased

from quizapp.auth.models import User
from quizapp.bank.models import Question, QuestionVersion
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion, MarkChange, Response
from quizapp.quiz.services import attempt_mark
from quizapp.sets.models import QuizSet
from quizapp.sets.services import SetError
from quizapp.transactions import unit_of_work

MAX_COMMENT_CHARS = 2000
CHANGE_LABELS = {"override": "Mark set by hand", "regrade": "Regraded", "comment": "Comment"}


def parse_mark(raw: str) -> float | None:
    """A mark as a teacher types it: 0 to 1 ("0.5", "0,5", "1/2") or a percentage ("50%").
    Empty means "no mark by hand". SetError (422) for anything else."""
    text = raw.strip().replace(",", ".")
    if not text:
        return None
    value: float | None = None
    try:
        if text.endswith("%"):
            value = float(text[:-1]) / 100
        elif match := re.fullmatch(r"(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)", text):
            value = float(match[1]) / float(match[2]) if float(match[2]) else None
        else:
            value = float(text)
    except ValueError:
        value = None
    if value is None or not math.isfinite(value) or not 0 <= value <= 1:
        raise SetError(f"“{raw.strip()[:20]}” is not a mark: give one from 0 to 1 (such as 0.5), or a percentage (50%).")
    return round(value, 4)


def _clean_comment(text: str) -> str:
    comment = text.strip()
    if len(comment) > MAX_COMMENT_CHARS:
        raise SetError(f"A comment holds at most {MAX_COMMENT_CHARS:,} characters; this one has {len(comment):,}.")
    return comment


def _check_markable(attempt: Attempt) -> None:
    if not attempt.is_finished:
        raise SetError("The student has not finished this attempt yet: mark it once it is finished.", 409)


def recompute_score(attempt_id: int) -> None:
    """Set a finished attempt's score to the sum of the marks that count (by hand, else
    automatic; unanswered 0). In the caller's transaction."""
    total = (
        select(func.coalesce(func.sum(attempt_mark()), 0.0))
        .select_from(AttemptQuestion)
        .outerjoin(Response, Response.attempt_question_id == AttemptQuestion.id)
        .where(AttemptQuestion.attempt_id == attempt_id)
        .scalar_subquery()
    )
    db.session.execute(
        update(Attempt)
        .where(Attempt.id == attempt_id, Attempt.finished_at.is_not(None))
        .values(score=total)
        .execution_options(synchronize_session=False)
    )


@unit_of_work
def mark_question(attempt: Attempt, attempt_question_id: int, mark: float | None, comment: str, by: int, now: datetime) -> bool:
    """Set (or, with ``mark`` None, clear) the owner's mark for one question of a finished
    attempt, and its comment; the attempt's score follows. True when anything changed.

    One history row per change: the mark (old and new marks that count, with the comment
    given), or the comment alone when only it changed.
    """
    _check_markable(attempt)
    aq = next((q for q in attempt.questions if q.id == attempt_question_id), None)
    if aq is None:
        raise SetError("That question is not part of this attempt.", 404)
    comment = _clean_comment(comment)
    old_mark = aq.mark
    mark_changes = mark != aq.mark_override
    comment_changes = comment != (aq.comment or "")
    if not mark_changes and not comment_changes:
        return False
    aq.mark_override = mark
    aq.comment = comment or None
    new_mark = aq.mark
    db.session.add(
        MarkChange(
            attempt_id=attempt.id,
            attempt_question_id=aq.id,
            kind="override" if mark_changes else "comment",
            old_mark=old_mark if mark_changes else None,
            new_mark=new_mark if mark_changes else None,
            comment=comment,
            changed_by=by,
            changed_at=now,
        )
    )
    db.session.flush()
    recompute_score(attempt.id)
    db.session.commit()
    return True


@unit_of_work
def comment_attempt(attempt: Attempt, comment: str, by: int, now: datetime) -> bool:
    """The owner's comment on the whole attempt (empty removes it); True when it changed."""
    _check_markable(attempt)
    comment = _clean_comment(comment)
    if comment == (attempt.teacher_comment or ""):
        return False
    attempt.teacher_comment = comment or None
    db.session.add(MarkChange(attempt_id=attempt.id, kind="comment", comment=comment, changed_by=by, changed_at=now))
    db.session.commit()
    return True


@dataclass(frozen=True)
class ChangeRow:
    """One change as the history lists it."""

    attempt_id: int
    student: str
    position: int | None  # None: the attempt's own comment
    bank_id: str | None
    kind: str
    old_mark: float | None
    new_mark: float | None
    comment: str
    changed_by: str
    changed_at: datetime

    @property
    def label(self) -> str:
        return CHANGE_LABELS.get(self.kind, self.kind)


def _change_rows(where: Any) -> Iterator[ChangeRow]:
    student, teacher = aliased(User), aliased(User)
    query = (
        select(
            MarkChange.attempt_id, student.id, student.username, AttemptQuestion.position, Question.bank_id, MarkChange.kind,
            MarkChange.old_mark, MarkChange.new_mark, MarkChange.comment, teacher.username, MarkChange.changed_at,
        )
        .join(Attempt, Attempt.id == MarkChange.attempt_id)
        .join(student, student.id == Attempt.user_id)
        .outerjoin(teacher, teacher.id == MarkChange.changed_by)
        .outerjoin(AttemptQuestion, AttemptQuestion.id == MarkChange.attempt_question_id)
        .outerjoin(QuestionVersion, QuestionVersion.id == AttemptQuestion.question_version_id)
        .outerjoin(Question, Question.id == QuestionVersion.question_id)
        .where(where)
        .order_by(MarkChange.changed_at, MarkChange.id)
        .execution_options(yield_per=500)
    )
    for attempt_id, student_id, username, position, bank_id, kind, old, new, comment, by, at in db.session.execute(query):
        yield ChangeRow(attempt_id, username or f"Guest #{student_id}", position, bank_id, kind, old, new, comment, by or "?", at)


def attempt_history(attempt: Attempt) -> list[ChangeRow]:
    """Every change to this attempt's marking, oldest first (one query)."""
    return list(_change_rows(MarkChange.attempt_id == attempt.id))


def set_history(quiz_set: QuizSet) -> Iterator[ChangeRow]:
    """Every change to the marking of the set's attempts, oldest first, streamed."""
    return _change_rows(Attempt.quiz_set_id == quiz_set.id)
