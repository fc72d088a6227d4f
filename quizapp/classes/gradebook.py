"""A class's gradebook, as a Moodle teacher looks for it: the class's students × the sets given
to it, each cell the score that counts by the set's own rule (highest, last or first) with the
attempt it comes from, blank where a student has not attempted, and the class's average per set.

Three statements whatever the size of the class or the number of sets (the roster, the sets,
and the class's attempts at them as plain rows); the counted attempt is picked in Python by
``sets.stats.counted_attempt``, the same rule as the set's results page.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from quizapp.classes.models import ClassMember, ClassSet, SchoolClass
from quizapp.classes.services import RosterRow, assigned_sets, roster
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, ScoredAttempt
from quizapp.sets.models import QuizSet
from quizapp.sets.stats import counted_attempt

HEADER_TIME = "Last finished ({zone})"  # the export's one time column, named with its zone


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
    last_finished: datetime | None


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


def _attempts(school_class: SchoolClass) -> list[AttemptScore]:
    """The class's students' attempts at the class's sets, oldest first (one statement)."""
    members = select(ClassMember.user_id).where(ClassMember.class_id == school_class.id)
    given = select(ClassSet.quiz_set_id).where(ClassSet.class_id == school_class.id)
    rows = db.session.connection().execute(
        select(Attempt.id, Attempt.user_id, Attempt.quiz_set_id, Attempt.started_at, Attempt.finished_at, Attempt.score, Attempt.max_score)
        .where(Attempt.user_id.in_(members), Attempt.quiz_set_id.in_(given))
        .order_by(Attempt.started_at, Attempt.id)
    )
    return [AttemptScore(*row) for row in rows]


def gradebook(school_class: SchoolClass) -> Gradebook:
    """The class's gradebook: students by name, sets in the order they were given."""
    sets = list(reversed(assigned_sets(school_class)))
    students = roster(school_class)
    by_cell: dict[tuple[int, int | None], list[AttemptScore]] = defaultdict(list)
    for attempt in _attempts(school_class):
        by_cell[(attempt.user_id, attempt.quiz_set_id)].append(attempt)
    rows = []
    percents: list[list[float]] = [[] for _ in sets]
    for student in students:
        cells: list[GradeCell | None] = []
        finished_times = []
        for column, quiz_set in enumerate(sets):
            own = by_cell.get((student.user_id, quiz_set.id))
            if not own:
                cells.append(None)
                continue
            finished = [a for a in own if a.is_finished]
            finished_times += [a.finished_at for a in finished if a.finished_at is not None]
            counted = counted_attempt(finished, quiz_set.grading)
            if counted is not None and counted.percent is not None:
                percents[column].append(counted.percent)
            cells.append(GradeCell(counted, in_progress=len(finished) < len(own)))
        rows.append(GradebookRow(student, cells, max(finished_times, default=None)))
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
