"""A class's gradebook, as a Moodle teacher looks for it: the class's students × the sets given
to it, each cell the score that counts by the set's own rule (highest, last or first) with the
attempt it comes from, blank where a student has not attempted, and the class's average per set.

Three statements whatever the size of the class or the number of sets (the roster, the sets,
and one row per student and set: the attempt that counts, picked by the database with the
rule of ``sets.stats.counted_attempt``, the one the set's results page applies).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select

from quizapp.classes.models import ClassMember, ClassSet, SchoolClass
from quizapp.classes.services import RosterRow, assigned_sets, roster
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, ScoredAttempt
from quizapp.quiz.services import close_overdue_attempts
from quizapp.sets.models import QuizSet

HEADER_TIME = "Last counted attempt finished ({zone})"  # the export's one time column, named with its zone


@dataclass(frozen=True)
class AttemptScore(ScoredAttempt):
    """One attempt, as the gradebook needs it (no questions, no answers)."""

    id: int
    user_id: int
    quiz_set_id: int | None  # always a set here (the query filters on it); typed as the column
    started_at: datetime
    finished_at: datetime | None
    score: float | None
    max_score: int


@dataclass(frozen=True)
class GradeCell:
    """A student's standing in one set: the attempt that counts (None before one is finished)
    and whether an attempt is in progress."""

    counted: AttemptScore | None
    in_progress: bool


@dataclass(frozen=True)
class GradebookRow:
    student: RosterRow
    cells: list[GradeCell | None]  # one per set, None: not attempted
    last_finished: datetime | None  # the latest of the counted attempts' finish times


@dataclass(frozen=True)
class SetAverage:
    """The mean of the counted percentages, over the students who have one."""

    percent: float | None
    counted: int


@dataclass(frozen=True)
class Gradebook:
    sets: list[QuizSet]
    rows: list[GradebookRow]
    averages: list[SetAverage]


def _counted_order() -> list[Any]:
    """``counted_attempt``'s rule as one ORDER BY for sets of every rule (a window over one
    student's attempts at one set, whose rule is the same on every row): finished attempts
    first; then the highest score (earliest among equals), the last or the first attempt. A
    CASE that does not apply to the set is NULL on every row of its window, so it orders nothing."""
    highest, last = QuizSet.grading == "highest", QuizSet.grading == "last"
    return [
        Attempt.finished_at.is_(None),
        case((highest, -func.coalesce(Attempt.score, 0.0)), else_=0.0),
        case((last, Attempt.started_at)).desc(),
        case((last, Attempt.id)).desc(),
        Attempt.started_at,
        Attempt.id,
    ]


def _cells(school_class: SchoolClass) -> list[tuple[AttemptScore, bool]]:
    """For each student of the class and set given to it that the student attempted: the
    attempt that counts (or, before any is finished, the one in progress) and whether an
    attempt is in progress. One statement; its rows are at most students × sets."""
    members = select(ClassMember.user_id).where(ClassMember.class_id == school_class.id)
    given = select(ClassSet.quiz_set_id).where(ClassSet.class_id == school_class.id)
    student_and_set = (Attempt.user_id, Attempt.quiz_set_id)
    ranked = (
        select(
            Attempt.id, Attempt.user_id, Attempt.quiz_set_id, Attempt.started_at, Attempt.finished_at, Attempt.score, Attempt.max_score,
            func.row_number().over(partition_by=student_and_set, order_by=_counted_order()).label("nth"),
            func.max(case((Attempt.finished_at.is_(None), 1), else_=0)).over(partition_by=student_and_set).label("open"),
        )
        .join(QuizSet, QuizSet.id == Attempt.quiz_set_id)
        .where(Attempt.user_id.in_(members), Attempt.quiz_set_id.in_(given))
        .subquery()
    )
    rows = db.session.connection().execute(select(ranked).where(ranked.c.nth == 1))
    return [(AttemptScore(*row[:7]), bool(row.open)) for row in rows]


def gradebook(school_class: SchoolClass, now: datetime) -> Gradebook:
    """The class's gradebook: students by name, sets in the order they were given.

    Attempts that are over (time limit, closing time, archived set) but were abandoned are
    closed first, as a set's results page does, so a timed-out attempt counts with the answers
    it holds instead of showing "in progress" until the student comes back."""
    given = select(ClassSet.quiz_set_id).where(ClassSet.class_id == school_class.id)
    close_overdue_attempts(now, quiz_set_ids=given)
    sets = list(reversed(assigned_sets(school_class)))
    students = roster(school_class)
    by_cell = {(attempt.user_id, attempt.quiz_set_id): GradeCell(attempt if attempt.is_finished else None, in_progress)
               for attempt, in_progress in _cells(school_class)}
    rows = []
    percents: list[list[float]] = [[] for _ in sets]
    for student in students:
        cells = [by_cell.get((student.user_id, quiz_set.id)) for quiz_set in sets]
        for column, cell in enumerate(cells):
            if cell is not None and cell.counted is not None and cell.counted.percent is not None:
                percents[column].append(cell.counted.percent)
        counted_times = [c.counted.finished_at for c in cells if c is not None and c.counted is not None and c.counted.finished_at]
        rows.append(GradebookRow(student, cells, max(counted_times, default=None)))
    averages = [SetAverage(sum(p) / len(p) if p else None, len(p)) for p in percents]
    return Gradebook(sets, rows, averages)


# ---------------------------------------------------------------- the export


def export_table(book: Gradebook) -> tuple[list[str], Iterator[list[Any]]]:
    """The gradebook as a table: a row per student, for each set the counted score and its
    percentage (empty where not attempted), the last time the student finished an attempt,
    then the class averages. ``{zone}`` in the header is filled in by ``sets.exports.in_zone``."""
    header = ["Student"]
    for quiz_set in book.sets:
        header += [f"{quiz_set.title} (score)", f"{quiz_set.title} (out of)", f"{quiz_set.title} (%)"]
    header.append(HEADER_TIME)

    def rows() -> Iterator[list[Any]]:
        for row in book.rows:
            line: list[Any] = [row.student.name]
            for cell in row.cells:
                counted = cell.counted if cell is not None else None
                if counted is None:
                    line += [None, None, None]
                else:
                    line += [_rounded(counted.score), counted.max_score, _rounded(counted.percent)]
            line.append(row.last_finished)
            yield line
        average: list[Any] = ["Class average"]
        for figure in book.averages:
            average += [None, None, _rounded(figure.percent)]
        yield [*average, None]

    return header, rows()


def _rounded(value: float | None) -> float | None:
    """Two decimals, as the pages show marks and percentages."""
    return None if value is None else round(value, 2)
