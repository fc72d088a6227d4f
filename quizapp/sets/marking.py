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

import hashlib
import math
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, bindparam, func, insert, select, update
from sqlalchemy.orm import aliased

from quizapp.auth.models import User
from quizapp.bank.models import Document, Question, QuestionVersion
from quizapp.bank.parser import content_hash
from quizapp.extensions import db
from quizapp.quiz.grading import given_answer_text, grade, make_layout
from quizapp.quiz.models import Attempt, AttemptQuestion, MarkChange, Response
from quizapp.events import answers_regraded
from quizapp.quiz.services import AttemptRow, SetRules, attempt_mark, outcome_visibility
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
    recompute_scores([attempt_id])


def recompute_scores(attempt_ids: list[int]) -> None:
    """``recompute_score`` for many attempts in one UPDATE (a correlated sum per attempt). In
    the caller's transaction."""
    if not attempt_ids:
        return
    total = (
        select(func.coalesce(func.sum(attempt_mark()), 0.0))
        .select_from(AttemptQuestion)
        .outerjoin(Response, Response.attempt_question_id == AttemptQuestion.id)
        .where(AttemptQuestion.attempt_id == Attempt.id)
        .correlate(Attempt)
        .scalar_subquery()
    )
    db.session.execute(
        update(Attempt)
        .where(Attempt.id.in_(attempt_ids), Attempt.finished_at.is_not(None))
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


def set_history(quiz_set: QuizSet, students: Select[Any] | None = None) -> Iterator[ChangeRow]:
    """Every change to the marking of the set's attempts, oldest first, streamed; only the
    attempts of ``students`` (a subquery of user ids: a class) when given, as the other exports."""
    scope = Attempt.quiz_set_id == quiz_set.id
    if students is not None:
        scope = and_(scope, Attempt.user_id.in_(students))
    return _change_rows(scope)


# ---------------------------------------------------------------- regrading a fixed question
#
# A question written for a set may be fixed after students answered it. The fix is a new
# version (versions never change); the students' stored answers stay exactly as given, each
# attempt's question moves to the new version, and the automatic marks are recomputed against
# its key. A mark set by hand is the teacher's own decision and stands: the regrade changes
# the automatic mark beneath it (logged, and shown in the preview), never the mark by hand.

SHAPE_MESSAGE = (
    "Students have answered this question, so you can fix its wording, key, accepted answers and "
    "explanation, but not its type or how many choices, items or gaps it has: their stored answers "
    "refer to those. Duplicate the set to make a changed copy."
)


class PreviewChanged(SetError):
    """The regrade preview the teacher confirmed is no longer what saving would do."""

    def __init__(self) -> None:
        super().__init__("Answers or marks changed since you looked at the preview: check it again before saving.", 409)


@dataclass(frozen=True)
class RegradeRow:
    """One student's answer to the question, with its mark now and after the fix."""

    attempt_id: int
    student: str
    given: list[str]
    old_mark: float  # the automatic mark now
    new_mark: float  # the automatic mark against the fixed key
    by_hand: float | None  # a mark by hand, which stands
    old_score: float | None  # the attempt's score now (None while unfinished)
    new_score: float | None

    @property
    def changes(self) -> bool:
        return self.new_mark != self.old_mark

    @property
    def score_changes(self) -> bool:
        return self.old_score != self.new_score


@dataclass(frozen=True)
class RegradePreview:
    """What saving a fixed question would do; nothing is stored to make it."""

    content: dict[str, Any]
    rows: list[RegradeRow]
    from_version: int
    to_version: int

    @property
    def changed(self) -> list[RegradeRow]:
        return [row for row in self.rows if row.changes]

    @property
    def kept_by_hand(self) -> list[RegradeRow]:
        return [row for row in self.changed if row.by_hand is not None]

    @property
    def fingerprint(self) -> str:
        """What the teacher was shown, in a few characters: the confirm form carries it, so a
        confirmation made while new answers came in shows the preview again instead."""
        seen = ";".join(f"{r.attempt_id}:{r.old_mark}:{r.new_mark}:{r.by_hand}" for r in self.rows)
        return hashlib.sha256(f"{self.from_version}|{seen}".encode()).hexdigest()[:16]


def _same_shape(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """True when the stored answers to ``old`` mean the same in ``new``: the same type, and
    the same unshuffled layout (as many choices, items, pairs and gaps, in bank order)."""
    return old["type"] == new["type"] and make_layout(old, random.Random(0), shuffle=False) == make_layout(
        new, random.Random(0), shuffle=False
    )


def _hold_answers(question: Question) -> None:
    """Take the lock that answering takes (``quiz.services._lock_open_attempt``) on every
    unfinished attempt holding a version of ``question``, for the rest of the regrade's
    transaction. In the caller's transaction.

    An answer being stored into one of them has either committed before (the regrade, reading
    after this, sees it and regrades it) or waits until the regrade has committed, and then
    finds its question on the fixed version and is graded against it (``_response_insert``).
    On SQLite this UPDATE starts the one write transaction; on PostgreSQL it locks the rows.
    """
    holding = (
        select(AttemptQuestion.attempt_id)
        .join(QuestionVersion, QuestionVersion.id == AttemptQuestion.question_version_id)
        .where(QuestionVersion.question_id == question.id)
    )
    db.session.execute(
        update(Attempt)
        .where(Attempt.id.in_(holding), Attempt.finished_at.is_(None))
        .values(finished_at=None)
        .execution_options(synchronize_session=False)
    )


def _answered_rows(question: Question) -> list[Any]:
    """Every attempt question holding a version of ``question``: the answer, marks and the
    attempt's score and language, one query (a set's class is read at once, not per row)."""
    return list(
        db.session.execute(
            select(
                AttemptQuestion.id, AttemptQuestion.attempt_id, Attempt.user_id, User.username, AttemptQuestion.mark_override,
                Response.id, Response.given, Response.score, Attempt.score, Attempt.finished_at, Document.language,
                Response.is_correct, Attempt.mode, Attempt.started_at,
            )
            .join(QuestionVersion, QuestionVersion.id == AttemptQuestion.question_version_id)
            .join(Attempt, Attempt.id == AttemptQuestion.attempt_id)
            .join(User, User.id == Attempt.user_id)
            .outerjoin(Document, Document.id == Attempt.document_id)
            .outerjoin(Response, Response.attempt_question_id == AttemptQuestion.id)
            .where(QuestionVersion.question_id == question.id)
            .order_by(Attempt.started_at, Attempt.id)
        ).all()
    )


def regrade_preview(quiz_set: QuizSet, question: Question, content: dict[str, Any]) -> RegradePreview:
    """Which answers' marks, and which attempts' scores, the fixed ``content`` would change.

    SetError (409) when the fix changes the question's shape (``SHAPE_MESSAGE``)."""
    if question.quiz_set_id != quiz_set.id:
        raise SetError("That question was not written for this set.", 404)
    current = question.current
    if current is None or not _same_shape(current.content, content):
        raise SetError(SHAPE_MESSAGE, 409)
    rows: list[RegradeRow] = []
    for (_aq, attempt_id, user_id, username, by_hand, response_id, given, score, attempt_score, finished_at,
         language, *_rest) in _answered_rows(question):
        if response_id is None:
            continue
        new_mark = grade(content, given, language or "en").score
        counted_before = by_hand if by_hand is not None else score
        counted_after = by_hand if by_hand is not None else new_mark
        new_score = None if finished_at is None else round((attempt_score or 0.0) - counted_before + counted_after, 4)
        rows.append(
            RegradeRow(
                attempt_id, username or f"Guest #{user_id}", given_answer_text(content, given), score, new_mark, by_hand,
                attempt_score if finished_at is not None else None, new_score,
            )
        )
    return RegradePreview(content, rows, current.number, question.version + 1)


@unit_of_work
def regrade(
    quiz_set: QuizSet, question: Question, content: dict[str, Any], by: int, now: datetime, seen: str | None = None
) -> RegradePreview:
    """Save the fixed question as a new version and regrade every answer to it: the answers
    stay as given, each attempt's question moves to the new version, changed automatic marks
    are stored and logged ("regrade"), finished attempts' scores are recomputed. Marks by hand
    stand. Worked out afresh here; when ``seen`` (the preview's fingerprint) no longer matches,
    because answers came in or marks changed since, nothing is stored and SetError (409) says
    to check the preview again.

    Answers and the regrade agree: the preview is worked out, and every answer regraded, while
    the regrade holds the lock answering takes (``_hold_answers``), so an answer sent at the
    moment of confirmation is either in the preview (and the confirmation, if it changes what
    was shown, refused) or graded against the fixed key once this commits. Missed-question
    cards follow the new marks (``events.answers_regraded``)."""
    _hold_answers(question)
    preview = regrade_preview(quiz_set, question, content)
    if seen is not None and seen != preview.fingerprint:
        raise PreviewChanged()
    question.version += 1
    question.type = content["type"]
    question.difficulty = content["difficulty"]
    version = QuestionVersion(question_id=question.id, number=question.version, content=content, content_hash=content_hash(content))
    db.session.add(version)
    db.session.flush()
    # In bulk: one UPDATE moves every attempt to the new version, one executemany stores the
    # changed marks, one INSERT logs them, one UPDATE recomputes the scores (a class of 2,000
    # is a handful of statements, not thousands).
    rows = _answered_rows(question)
    db.session.execute(
        update(AttemptQuestion)
        .where(AttemptQuestion.id.in_([row[0] for row in rows]))
        .values(question_version_id=version.id)
        .execution_options(synchronize_session=False)
    )
    note = f"Question fixed (version {preview.from_version} → {version.number}); the answer is marked against the new key."
    marks: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    touched: set[int] = set()
    seen_rules = SetRules(None, quiz_set.archived_at, quiz_set.answers_visible, quiz_set.answers_open_at)
    visible_wrong: dict[int, bool] = {}  # student -> holds an answer now wrong that they may see corrected
    correctness_changed: set[int] = set()
    for (aq_id, attempt_id, user_id, _name, by_hand, response_id, given, score, _score, finished_at, language,
         was_correct, mode, started_at) in rows:
        if response_id is None:
            continue
        result = grade(content, given, language or "en")
        seen_attempt = AttemptRow(attempt_id, user_id, "", mode, started_at, finished_at, None, quiz_set.id, None, None, 0, seen_rules)
        visible_wrong[user_id] = visible_wrong.get(user_id, False) or (
            not result.is_correct and outcome_visibility(seen_attempt, now).answers
        )
        if bool(was_correct) != result.is_correct:
            correctness_changed.add(user_id)
        if result.score == score:
            continue
        marks.append({"response_id": response_id, "new_score": result.score, "new_correct": result.is_correct})
        changes.append({
            "attempt_id": attempt_id, "attempt_question_id": aq_id, "kind": "regrade", "old_mark": score, "new_mark": result.score,
            "comment": note + (" The mark by hand stands." if by_hand is not None else ""), "changed_by": by, "changed_at": now,
        })
        if finished_at is not None:
            touched.add(attempt_id)
    if marks:
        table = Response.__table__
        db.session.connection().execute(
            table.update()
            .where(table.c.id == bindparam("response_id"))
            .values(score=bindparam("new_score"), is_correct=bindparam("new_correct")),
            marks,
        )
        db.session.execute(insert(MarkChange), changes)
    recompute_scores(sorted(touched))
    # The cards follow, as missed-question cards are made: a student holding an answer now
    # wrong that they may see corrected has one (on the fixed version); one whose answers are
    # now all right, or not yet to be seen corrected, no longer has one made from the old key.
    answers_regraded.send(
        question_id=question.id, version_id=version.id,
        missed=sorted(user for user, wrong in visible_wrong.items() if wrong),
        cleared=sorted(user for user in correctness_changed if not visible_wrong[user]),
        now=now,
    )
    db.session.commit()
    db.session.expire_all()
    return preview
