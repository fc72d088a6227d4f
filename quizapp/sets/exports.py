"""Score exports as CSV and XLSX, wide (one row per attempt) or long (one row per response).

Rows come from one joined query read in batches (``yield_per``) as plain tuples, so nothing
accumulates in the session: memory stays flat however many attempts there are. The CSV is
streamed as it is produced; the XLSX is written by openpyxl's write-only workbook (rows go
to temporary files) and the finished file is streamed in chunks and then deleted.

Marks and scores are written rounded as every page shows them (the ``mark`` filter's rounding,
two decimals: 0.33, not 0.3333): numbers in the XLSX, and in the CSV the same text as the pages
("0.33", "1"). A teacher's spreadsheet then adds up to the figures on the results page.

Cells that begin with ``= + - @``, a tab or a carriage return are prefixed with ``'`` in
both formats, so a spreadsheet never runs a student's answer as a formula (openpyxl itself
would store a text beginning with ``=`` as a formula).
"""
from __future__ import annotations

import csv
import io
import os
import re
import tempfile
import textwrap
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, select
from sqlalchemy.sql.elements import ColumnElement

from quizapp.auth.models import User
from quizapp.bank.models import Question, QuestionVersion
from quizapp.extensions import db
from quizapp.qtypes import format_mark
from quizapp.quiz.grading import given_answer_text
from quizapp.quiz.models import Attempt, AttemptQuestion, Response
from quizapp.quiz.services import attempt_mark, settled_marks
from quizapp.sets.marking import set_history
from quizapp.sets.models import QuizSet
from quizapp.spreadsheets import neutralise
from quizapp.timeutil import UTC_ZONE, to_local

SHAPES = ("wide", "long")
SET_SHAPES = (*SHAPES, "changes")  # a set's exports add the history of marking changes
FORMATS = ("csv", "xlsx")
BATCH = 500
COLUMN_PROMPT_WIDTH = 48  # characters of a question's prompt in its column's header

# Times are written in the zone of whoever downloads the file, which the header names
# ("Started (America/Lima)"): ``{zone}`` is filled in by ``set_table`` and ``history_table``.
WIDE_HEADER = ["Student", "Attempt", "Quiz", "Started ({zone})", "Submitted ({zone})", "Duration (s)", "Score", "Out of", "Percent"]
LONG_HEADER = [
    "Student", "Attempt", "Quiz", "Question", "Question id", "Type", "Prompt", "Answer given", "Mark", "Correct", "Answered at ({zone})",
]
WIDE_TIMES = (3, 4)  # the columns of WIDE_HEADER and LONG_HEADER that hold times
LONG_TIMES = (10,)


# ---------------------------------------------------------------- rows


def _response_rows(scope: ColumnElement[bool]) -> Iterator[Any]:
    query = (
        select(
            Attempt.id, User.id, User.username, Attempt.title, Attempt.started_at, Attempt.finished_at, Attempt.score,
            Attempt.max_score, AttemptQuestion.position, QuestionVersion.id, Question.id, Question.bank_id,
            Response.given, attempt_mark(), Response.is_correct, Response.answered_at, AttemptQuestion.mark_override,
        )
        .select_from(Attempt)
        .join(User, User.id == Attempt.user_id)
        .join(AttemptQuestion, AttemptQuestion.attempt_id == Attempt.id)
        .join(QuestionVersion, QuestionVersion.id == AttemptQuestion.question_version_id)
        .join(Question, Question.id == QuestionVersion.question_id)
        .outerjoin(Response, Response.attempt_question_id == AttemptQuestion.id)
        .where(scope)
        .order_by(Attempt.started_at, Attempt.id, AttemptQuestion.position)
        .execution_options(yield_per=BATCH)
    )
    yield from db.session.execute(query)


class _Contents:
    """Question contents by version id, read once each (a set has few distinct versions)."""

    def __init__(self) -> None:
        self._cache: dict[int, dict[str, Any]] = {}

    def __getitem__(self, version_id: int) -> dict[str, Any]:
        if version_id not in self._cache:
            self._cache[version_id] = db.session.execute(
                select(QuestionVersion.content).where(QuestionVersion.id == version_id)
            ).scalar_one()
        return self._cache[version_id]


def student_name(user_id: int, username: str | None) -> str:
    return username or f"Guest #{user_id}"


def _percent(score: float | None, max_score: int) -> float | None:
    return None if score is None or not max_score else round(100.0 * score / max_score, 2)


def rounded_mark(value: float | None) -> float | None:
    """A mark or score rounded as the pages round it (``format_mark``: two decimals)."""
    return None if value is None else round(value, 2)


def _duration(started: datetime, finished: datetime | None) -> int | None:
    return None if finished is None else int((finished - started).total_seconds())


def long_rows(scope: ColumnElement[bool]) -> Iterator[list[Any]]:
    contents = _Contents()
    for (attempt_id, user_id, username, title, _s, _f, _sc, _m, position, version_id, _qid, bank_id,
         given, mark, is_correct, answered_at, by_hand) in _response_rows(scope):
        content = contents[version_id]
        if by_hand is not None:
            is_correct = by_hand >= 1  # a mark by hand decides, as it does the score
        yield [
            student_name(user_id, username), attempt_id, title, position, bank_id, content["type"], content["prompt"],
            "; ".join(given_answer_text(content, given)) if given is not None else "",
            rounded_mark(mark) if mark is not None else 0.0,
            "yes" if is_correct else "no", answered_at,
        ]


def wide_rows(scope: ColumnElement[bool], columns: list[Any], by_position: bool) -> Iterator[list[Any]]:
    """One row per attempt; ``columns`` are question ids (a set) or positions (a history)."""
    index = {key: i for i, key in enumerate(columns)}
    current: list[Any] | None = None
    current_id = None
    for (attempt_id, user_id, username, title, started, finished, score, max_score, position, _vid, question_id, _bank,
         _given, mark, _ok, _at, _by_hand) in _response_rows(scope):
        if attempt_id != current_id:
            if current is not None:
                yield current
            current_id = attempt_id
            current = [
                student_name(user_id, username), attempt_id, title, started, finished, _duration(started, finished),
                rounded_mark(score), max_score, _percent(score, max_score), *([None] * len(columns)),
            ]
        key = position if by_position else question_id
        if key in index and current is not None:  # always a row by now; mypy cannot tell
            current[len(WIDE_HEADER) + index[key]] = rounded_mark(mark) if mark is not None else 0.0
    if current is not None:
        yield current


def set_columns(quiz_set: QuizSet) -> tuple[list[int], list[str]]:
    """The set's questions as wide columns: its items in order, then any others drawn."""
    ids = [item.question_id for item in quiz_set.items]
    drawn = db.session.execute(
        select(QuestionVersion.question_id)
        .distinct()
        .join(AttemptQuestion, AttemptQuestion.question_version_id == QuestionVersion.id)
        .join(Attempt, Attempt.id == AttemptQuestion.attempt_id)
        .where(Attempt.quiz_set_id == quiz_set.id)
    ).scalars()
    ids += sorted(set(drawn) - set(ids))
    labels: dict[int, str] = {}
    if ids:
        current = db.session.execute(
            select(Question.id, Question.bank_id, QuestionVersion.content)
            .join(QuestionVersion, and_(QuestionVersion.question_id == Question.id, QuestionVersion.number == Question.version))
            .where(Question.id.in_(ids))
        ).all()
        labels = {qid: column_label(content.get("prompt", ""), bank_id) for qid, bank_id, content in current}
    return ids, [f"Q{n} {labels.get(qid, '')}".rstrip() for n, qid in enumerate(ids, start=1)]


def column_label(prompt: str, bank_id: str) -> str:
    """A question's column: its prompt, shortened to a spreadsheet column's width, then its
    id, so a teacher reads what was asked and can still find the item."""
    return f"{textwrap.shorten(prompt, width=COLUMN_PROMPT_WIDTH, placeholder='…')} [{bank_id}]"


def in_zone(header: list[str], rows: Iterator[list[Any]], times: tuple[int, ...], zone: ZoneInfo) -> tuple[list[str], Iterator[list[Any]]]:
    """The table with its time columns in ``zone`` and the zone named in their headers."""

    def converted() -> Iterator[list[Any]]:
        for row in rows:
            for i in times:
                if row[i] is not None:
                    row[i] = to_local(row[i], zone)
            yield row

    return [h.format(zone=zone.key) for h in header], converted()


def set_table(
    quiz_set: QuizSet, shape: str, zone: ZoneInfo = UTC_ZONE, students: Select[Any] | None = None
) -> tuple[list[str], Iterator[list[Any]]]:
    """A set's results, times in ``zone`` (the teacher's); only the attempts of ``students``
    (a subquery of user ids: a class) when given."""
    scope = Attempt.quiz_set_id == quiz_set.id
    if shape == "changes":
        return in_zone(CHANGES_HEADER, changes_rows(quiz_set, students), CHANGES_TIMES, zone)
    if students is not None:
        scope = and_(scope, Attempt.user_id.in_(students))
    if shape == "long":
        return in_zone(LONG_HEADER, long_rows(scope), LONG_TIMES, zone)
    ids, headers = set_columns(quiz_set)
    return in_zone(WIDE_HEADER + headers, wide_rows(scope, ids, by_position=False), WIDE_TIMES, zone)


CHANGES_HEADER = ["Student", "Attempt", "Question", "Question id", "Change", "Old mark", "New mark", "Comment", "Changed by", "Changed at ({zone})"]
CHANGES_TIMES = (9,)


def changes_rows(quiz_set: QuizSet, students: Select[Any] | None = None) -> Iterator[list[Any]]:
    """Every change to the marking of the set's attempts (quizapp.sets.marking), oldest first;
    only those of ``students`` (a class) when given."""
    for change in set_history(quiz_set, students):
        yield [
            change.student, change.attempt_id, change.position if change.position is not None else "whole attempt", change.bank_id or "",
            change.label, rounded_mark(change.old_mark), rounded_mark(change.new_mark), change.comment, change.changed_by, change.changed_at,
        ]


def history_table(
    user_id: int, shape: str, zone: ZoneInfo = UTC_ZONE, sets: Select[Any] | None = None
) -> tuple[list[str], Iterator[list[Any]]]:
    """A learner's own attempts, self-study and sets alike; wide columns are positions Q1…Qn;
    times in ``zone`` (the learner's); only attempts at ``sets`` (a subquery of set ids: the
    sets given to a class) when given.

    Only attempts whose marks the learner may already see (see ``settled_marks``).
    """
    scope = and_(Attempt.user_id == user_id, settled_marks())
    if sets is not None:
        scope = and_(scope, Attempt.quiz_set_id.in_(sets))
    if shape == "long":
        return in_zone(LONG_HEADER, long_rows(scope), LONG_TIMES, zone)
    longest = db.session.execute(select(db.func.max(Attempt.max_score)).where(scope)).scalar() or 0
    positions = list(range(1, longest + 1))
    return in_zone(WIDE_HEADER + [f"Q{n}" for n in positions], wide_rows(scope, positions, by_position=True), WIDE_TIMES, zone)


# ---------------------------------------------------------------- writers


def _csv_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, float):
        return format_mark(value)  # marks, scores and percentages: "0.33", "1", "66.67"
    if value is None:
        return ""
    return neutralise(value)


def csv_chunks(header: list[str], rows: Iterable[list[Any]], rows_per_chunk: int = 200) -> Iterator[str]:
    """The CSV as text chunks, starting with a byte-order mark so Excel reads it as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow([neutralise(h) for h in header])
    for n, row in enumerate(rows, start=1):
        writer.writerow([_csv_value(v) for v in row])
        if n % rows_per_chunk == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _illegal_characters() -> re.Pattern[str]:
    """openpyxl's pattern of the control characters a cell refuses.

    openpyxl (200 modules, 12 MB a worker) is imported by the first export, not with the app:
    most requests never write a spreadsheet."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE


def write_xlsx(header: list[str], rows: Iterable[list[Any]], title: str) -> str:
    """Write the table to a temporary .xlsx file with a write-only workbook; returns its path."""
    from openpyxl import Workbook

    illegal = _illegal_characters()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title(title))
    sheet.append([_xlsx_value(h, illegal) for h in header])
    for row in rows:
        sheet.append([_xlsx_value(v, illegal) for v in row])
    fd, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(fd)
    workbook.save(path)
    return path


def _xlsx_value(value: Any, illegal: re.Pattern[str]) -> Any:
    """A cell value openpyxl accepts: it refuses control characters (a student can type them,
    ``illegal``), which would make the whole file fail, so they are dropped."""
    if isinstance(value, str):
        value = illegal.sub("", value)
    return neutralise(value)


def file_chunks(path: str, size: int = 64 * 1024) -> Iterator[bytes]:
    """Stream a file and delete it once sent (or abandoned)."""
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(size):
                yield chunk
    finally:
        os.unlink(path)


SHEET_NAME_MAX = 31  # Excel's limit, in UTF-16 code units
SHEET_NAME_FORBIDDEN = set("[]:*?/\\")
RESERVED_SHEET_NAMES = {"history"}  # Excel keeps "History" for change tracking


def sheet_title(title: str, taken: Iterable[str] = ()) -> str:
    """A worksheet name Excel accepts, made from a set's title.

    Excel refuses names longer than 31 characters, holding any of ``[ ] : * ? / \\``, starting
    or ending with an apostrophe, empty, equal to "History", or equal (ignoring case) to
    another sheet's name in the workbook (``taken``); LibreOffice and openpyxl accept some of
    these, so a file that opens in one would be "repaired" or refused by the other.
    """
    cleaned = "".join(ch for ch in _illegal_characters().sub("", title) if ch not in SHEET_NAME_FORBIDDEN)
    name = _fit(" ".join(cleaned.split()).strip(" '"), SHEET_NAME_MAX) or "Scores"
    if name.casefold() in RESERVED_SHEET_NAMES:
        name = f"{name} scores"
    used = {t.casefold() for t in taken}
    candidate, n = name, 1
    while candidate.casefold() in used:
        n += 1
        suffix = f" ({n})"
        candidate = _fit(name, SHEET_NAME_MAX - len(suffix)) + suffix
    return candidate


def _fit(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` UTF-16 code units (never half a character), then trimmed so
    that it does not end with an apostrophe or a space (nor start with one)."""
    out, units = [], 0
    for ch in text:
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit:
            break
        out.append(ch)
    return "".join(out).strip(" '")
