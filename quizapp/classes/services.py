"""The rules of classes: creating and archiving them, joining once by code, the roster, the
sets given to a class, and what each student sees of them.

Every function that depends on the time takes ``now`` (naive UTC), so tests move the clock.
Lists are read in a fixed number of queries however many classes, students or sets there are.
"""
from __future__ import annotations

import secrets
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from quizapp.auth.models import User
from quizapp.classes.models import ClassMember, ClassSet, SchoolClass
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, ScoredAttempt
from quizapp.quiz.services import outcome_visibility
from quizapp.sets.models import QuizSet, QuizSetItem
from quizapp.sets.services import JOIN_ALPHABET, JOIN_CODE_LENGTH, normalise_code
from quizapp.sets.stats import counted_attempt
from quizapp.transactions import unit_of_work

# One character longer than a set's code (JOIN_CODE_LENGTH): a class code can never be a set's
# code, so a code read from the board is for one thing only. Same alphabet (no 0/O, 1/I/L).
CLASS_CODE_LENGTH = JOIN_CODE_LENGTH + 1
NAME_MAX = 120


class ClassError(ValueError):
    """The action cannot be done; ``status`` is the HTTP status, the message says why."""

    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


# ---------------------------------------------------------------- codes


def new_class_code() -> str:
    """A fresh, unused class code drawn with ``secrets``."""
    while True:
        code = "".join(secrets.choice(JOIN_ALPHABET) for _ in range(CLASS_CODE_LENGTH))
        if db.session.execute(select(SchoolClass.id).filter_by(join_code=code)).first() is None:
            return code


def spaced_code(code: str) -> str:
    """The code in groups of three ("ABC-DEF-GHJ"), easier to read aloud and to copy from a
    board; joining ignores the dashes."""
    return "-".join(code[i : i + 3] for i in range(0, len(code), 3))


def find_by_code(raw: str) -> SchoolClass | None:
    """The class with this code as people type it (case, spaces and dashes do not matter)."""
    code = normalise_code(raw)
    if len(code) != CLASS_CODE_LENGTH:
        return None
    return db.session.execute(select(SchoolClass).filter_by(join_code=code)).scalar_one_or_none()


# ---------------------------------------------------------------- the teacher's classes


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ClassError("Give the class a name.")
    if len(cleaned) > NAME_MAX:
        raise ClassError(f"A class name has at most {NAME_MAX} characters.")
    return cleaned


@unit_of_work
def create_class(owner_id: int, name: str) -> SchoolClass:
    school_class = SchoolClass(owner_id=owner_id, name=_clean_name(name), join_code=new_class_code())
    db.session.add(school_class)
    db.session.commit()
    return school_class


@unit_of_work
def rename_class(school_class: SchoolClass, name: str) -> None:
    school_class.name = _clean_name(name)
    db.session.commit()


@unit_of_work
def set_archived(school_class: SchoolClass, archived: bool, now: datetime) -> None:
    """Archive (or restore) a class: archived, it takes no new students and its students no
    longer see it; the roster and the sets given to it are kept."""
    school_class.archived_at = now if archived else None
    db.session.commit()


@dataclass(frozen=True)
class ClassSummary:
    school_class: SchoolClass
    students: int
    sets: int


def classes_owned_by(owner_id: int) -> list[ClassSummary]:
    """The owner's classes, active first then by name, with their counts (three queries)."""
    classes = list(
        db.session.execute(
            select(SchoolClass)
            .filter_by(owner_id=owner_id)
            .order_by(SchoolClass.archived_at.is_not(None), func.lower(SchoolClass.name), SchoolClass.id)
        ).scalars()
    )
    students = _counts(ClassMember.class_id, owner_id)
    sets = _counts(ClassSet.class_id, owner_id)
    return [ClassSummary(c, students.get(c.id, 0), sets.get(c.id, 0)) for c in classes]


def _counts(class_column, owner_id: int) -> dict[int, int]:
    """Rows per class of the owner in the table of ``class_column``."""
    rows = db.session.execute(
        select(class_column, func.count())
        .join(SchoolClass, SchoolClass.id == class_column)
        .where(SchoolClass.owner_id == owner_id)
        .group_by(class_column)
    )
    return {class_id: count for class_id, count in rows}  # noqa: C416  (rows are Row objects, not pairs, to mypy)


@dataclass(frozen=True)
class RosterRow:
    member_id: int
    user_id: int
    name: str
    joined_at: datetime


def roster(school_class: SchoolClass) -> list[RosterRow]:
    """The class's students by name (one query)."""
    rows = db.session.execute(
        select(ClassMember.id, User.id, User.username, ClassMember.joined_at)
        .join(User, User.id == ClassMember.user_id)
        .where(ClassMember.class_id == school_class.id)
    ).all()
    return sorted(
        (RosterRow(member_id, user_id, username or f"Guest #{user_id}", joined) for member_id, user_id, username, joined in rows),
        key=lambda r: (r.name.casefold(), r.user_id),
    )


@unit_of_work
def remove_member(school_class: SchoolClass, member_id: int) -> str:
    """Take a student off the roster; returns their name. Their attempts stay the set's."""
    row = db.session.execute(
        select(ClassMember, User.username)
        .join(User, User.id == ClassMember.user_id)
        .where(ClassMember.id == member_id, ClassMember.class_id == school_class.id)
    ).first()
    if row is None:
        raise ClassError("That student is not in this class.", 404)
    member, username = row
    db.session.delete(member)
    db.session.commit()
    return username or f"Guest #{member.user_id}"


# ---------------------------------------------------------------- joining


@dataclass(frozen=True)
class Joined:
    school_class: SchoolClass
    already: bool  # the student was in the class before: joining is once


@unit_of_work
def join_class(school_class: SchoolClass, user_id: int, now: datetime) -> Joined:
    """Put the student on the class's roster, once: joining again changes nothing."""
    if school_class.owner_id == user_id:
        raise ClassError("You teach this class: your students join it with this code.", 409)
    if is_member(school_class, user_id):
        return Joined(school_class, already=True)
    if school_class.is_archived:
        raise ClassError("This class has been archived by its teacher and takes no new students.", 409)
    db.session.add(ClassMember(class_id=school_class.id, user_id=user_id, joined_at=now))
    try:
        db.session.commit()
    except IntegrityError:  # the same student joining twice at the same moment: once is enough
        db.session.rollback()
        return Joined(school_class, already=True)
    return Joined(school_class, already=False)


@unit_of_work
def leave_class(school_class: SchoolClass, user_id: int) -> None:
    """The student takes themselves off the roster. Their attempts stay the sets' (the teacher
    still sees them); joining again with the code puts them back, unless the class is archived."""
    result = db.session.execute(delete(ClassMember).where(ClassMember.class_id == school_class.id, ClassMember.user_id == user_id))
    if not result.rowcount:  # type: ignore[attr-defined]  # a DML result has rowcount
        raise ClassError("You are not in this class.", 404)
    db.session.commit()


def is_member(school_class: SchoolClass, user_id: int) -> bool:
    return db.session.execute(select(ClassMember.id).filter_by(class_id=school_class.id, user_id=user_id)).first() is not None


# ---------------------------------------------------------------- sets given to classes


def assigned_sets(school_class: SchoolClass) -> list[QuizSet]:
    """The sets given to the class, newest assignment first (one query)."""
    return list(
        db.session.execute(
            select(QuizSet)
            .join(ClassSet, ClassSet.quiz_set_id == QuizSet.id)
            .where(ClassSet.class_id == school_class.id)
            .order_by(ClassSet.assigned_at.desc(), ClassSet.id.desc())
        ).scalars()
    )


@dataclass(frozen=True)
class ClassChoice:
    school_class: SchoolClass
    assigned: bool


def classes_for_set(quiz_set: QuizSet) -> list[ClassChoice]:
    """The set owner's classes, each saying whether the set is given to it (two queries)."""
    given = set(db.session.execute(select(ClassSet.class_id).where(ClassSet.quiz_set_id == quiz_set.id)).scalars())
    return [ClassChoice(summary.school_class, summary.school_class.id in given) for summary in _owned(quiz_set.owner_id)]


def _owned(owner_id: int) -> list[ClassSummary]:
    classes = db.session.execute(
        select(SchoolClass).filter_by(owner_id=owner_id).order_by(SchoolClass.archived_at.is_not(None), func.lower(SchoolClass.name), SchoolClass.id)
    ).scalars()
    return [ClassSummary(c, 0, 0) for c in classes]


@unit_of_work
def give_set_to_classes(quiz_set: QuizSet, class_ids: set[int], now: datetime) -> tuple[int, int]:
    """Give the set to exactly these classes of its owner (added and taken away as needed);
    returns (added, removed). A class that is not the owner's is refused and nothing changes."""
    owned = set(db.session.execute(select(SchoolClass.id).filter_by(owner_id=quiz_set.owner_id)).scalars())
    if not class_ids <= owned:
        raise ClassError("There is no such class among yours.", 404)
    given = set(db.session.execute(select(ClassSet.class_id).where(ClassSet.quiz_set_id == quiz_set.id)).scalars())
    for class_id in sorted(class_ids - given):
        db.session.add(ClassSet(class_id=class_id, quiz_set_id=quiz_set.id, assigned_at=now))
    if removed := given - class_ids:
        db.session.execute(delete(ClassSet).where(ClassSet.quiz_set_id == quiz_set.id, ClassSet.class_id.in_(removed)))
    db.session.commit()
    return len(class_ids - given), len(removed)


@unit_of_work
def give_set(school_class: SchoolClass, set_id: int, now: datetime) -> QuizSet:
    """Give one of the teacher's sets to the class (from the class's page); giving it twice
    changes nothing."""
    quiz_set = db.session.get(QuizSet, set_id)
    if quiz_set is None or quiz_set.owner_id != school_class.owner_id:
        raise ClassError("There is no such set among yours.", 404)
    exists = db.session.execute(select(ClassSet.id).filter_by(class_id=school_class.id, quiz_set_id=set_id)).first()
    if exists is None:
        db.session.add(ClassSet(class_id=school_class.id, quiz_set_id=set_id, assigned_at=now))
        db.session.commit()
    return quiz_set


@unit_of_work
def take_set_back(school_class: SchoolClass, set_id: int) -> None:
    """Stop giving a set to the class. Attempts already made stay the set's."""
    result = db.session.execute(delete(ClassSet).where(ClassSet.class_id == school_class.id, ClassSet.quiz_set_id == set_id))
    if not result.rowcount:  # type: ignore[attr-defined]  # a DML result has rowcount
        raise ClassError("That set is not given to this class.", 404)
    db.session.commit()


# ---------------------------------------------------------------- what a student sees


@dataclass(frozen=True)
class CountedScore(ScoredAttempt):
    """The student's attempt that counts for a set (by its grading rule): its score, and the
    attempt whose results page the student opens."""

    attempt_id: int
    score: float | None
    max_score: int
    finished_at: datetime | None


@dataclass(frozen=True)
class SetForStudent:
    """A set given to the student's class, with what the student may do with it now."""

    quiz_set: QuizSet
    used: int  # attempts started
    in_progress: bool
    has_questions: bool
    state: str  # "open", "in_progress", "not_open", "closed", "archived", "used_up", "empty"
    counted: CountedScore | None = None  # only where the set lets the student see the marks


@dataclass(frozen=True)
class StudentClass:
    school_class: SchoolClass
    teacher: str
    sets: list[SetForStudent]


def classes_giving_set(user_id: int, quiz_set_id: int) -> list[SchoolClass]:
    """The student's active classes that were given this set (one query): the way back from
    the set's results to "My classes"."""
    return list(
        db.session.execute(
            select(SchoolClass)
            .join(ClassMember, ClassMember.class_id == SchoolClass.id)
            .join(ClassSet, ClassSet.class_id == SchoolClass.id)
            .where(ClassMember.user_id == user_id, ClassSet.quiz_set_id == quiz_set_id, SchoolClass.archived_at.is_(None))
            .order_by(func.lower(SchoolClass.name), SchoolClass.id)
        ).scalars()
    )


def set_state(quiz_set: QuizSet, used: int, in_progress: bool, has_questions: bool, now: datetime) -> str:
    """What a student may do with a set now, by the rules of ``sets.services.unavailable_reason``
    (an attempt in progress can always be resumed, as the set's page lets it)."""
    if quiz_set.is_archived:
        return "archived"
    if in_progress:
        return "in_progress"
    if quiz_set.opens_at is not None and now < quiz_set.opens_at:
        return "not_open"
    if quiz_set.closes_at is not None and now >= quiz_set.closes_at:
        return "closed"
    if not has_questions:
        return "empty"
    if quiz_set.attempts_allowed is not None and used >= quiz_set.attempts_allowed:
        return "used_up"
    return "open"


def _counted(own: list[Attempt], quiz_set: QuizSet, now: datetime) -> CountedScore | None:
    """The attempt that counts by the set's grading rule among the finished ones whose marks
    the student may see (``quiz.services.outcome_visibility``, the one rule for every page)."""
    seen = [a for a in own if a.is_finished and outcome_visibility(a, now).marks]
    attempt = counted_attempt(seen, quiz_set.grading)
    return None if attempt is None else CountedScore(attempt.id, attempt.score, attempt.max_score, attempt.finished_at)


def student_classes(user_id: int, now: datetime) -> list[StudentClass]:
    """The active classes the student is in, each with its sets, their state and the score
    that counts (where the set lets its marks be seen), in five queries however many classes
    and sets: a student in two classes sees each class's sets."""
    classes = db.session.execute(
        select(SchoolClass, User.username)
        .join(ClassMember, ClassMember.class_id == SchoolClass.id)
        .join(User, User.id == SchoolClass.owner_id)
        .where(ClassMember.user_id == user_id, SchoolClass.archived_at.is_(None))
        .order_by(func.lower(SchoolClass.name), SchoolClass.id)
    ).all()
    if not classes:
        return []
    class_ids = [c.id for c, _ in classes]
    given = db.session.execute(
        select(ClassSet.class_id, QuizSet)
        .join(QuizSet, QuizSet.id == ClassSet.quiz_set_id)
        .where(ClassSet.class_id.in_(class_ids))
        .order_by(ClassSet.assigned_at.desc(), ClassSet.id.desc())
        # When "after the set closes" answers open depends on every student's close time.
        .options(selectinload(QuizSet.accommodations))
    ).all()
    set_ids = {s.id for _, s in given}
    attempts: dict[int, list[Attempt]] = defaultdict(list)
    item_counts: dict[int, int] = {}
    if set_ids:
        # The student's own attempts at these sets (a handful per set: the attempts allowed),
        # for what they may do now and the score that counts. Their set is the one read above
        # (the session's identity map), so the marks' visibility costs no query.
        for attempt in db.session.execute(
            select(Attempt)
            .where(Attempt.user_id == user_id, Attempt.quiz_set_id.in_(set_ids))
            .order_by(Attempt.started_at, Attempt.id)
        ).scalars():
            if attempt.quiz_set_id is not None:  # the filter above: always a set's attempt
                attempts[attempt.quiz_set_id].append(attempt)
        item_counts = dict(
            db.session.execute(
                select(QuizSetItem.quiz_set_id, func.count()).where(QuizSetItem.quiz_set_id.in_(set_ids)).group_by(QuizSetItem.quiz_set_id)
            ).all()
        )
    by_class: dict[int, list[SetForStudent]] = defaultdict(list)
    for class_id, quiz_set in given:
        own = attempts.get(quiz_set.id, [])
        in_progress = any(not a.is_finished for a in own)
        has_questions = quiz_set.uses_rule or item_counts.get(quiz_set.id, 0) > 0
        state = set_state(quiz_set, len(own), in_progress, has_questions, now)
        by_class[class_id].append(SetForStudent(quiz_set, len(own), in_progress, has_questions, state, _counted(own, quiz_set, now)))
    return [StudentClass(c, teacher or "?", by_class.get(c.id, [])) for c, teacher in classes]
