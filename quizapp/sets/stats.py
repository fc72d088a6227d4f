"""Results of a set: a row per student, item analysis as Moodle computes it, score distribution.

Moodle's quiz statistics, on each student's first finished attempt by default:
- facility index = mean mark on the item / maximum mark (every item here is out of 1);
- discrimination index = Pearson correlation between the item's mark and the rest of the
  test (the attempt's score minus that item), over the attempts that contain the item.
An item whose discrimination is negative or below ``FLAG_BELOW`` is flagged: students who
did well overall did no better on it, so it may be ambiguous, mis-keyed or off-topic.
Unanswered questions count 0, as they do in the attempt's score.
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from collections.abc import Iterable

from sqlalchemy import Select, Text, cast, literal, select, tuple_
from sqlalchemy.sql.elements import ColumnElement

from quizapp import qtypes
from quizapp.auth.models import User
from quizapp.events import ClassScope
from quizapp.bank.models import QuestionVersion, SourceParagraph
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion, Response, ScoredAttempt
from quizapp.quiz.services import attempt_mark
from quizapp.sets.models import QuizSet

FLAG_BELOW = 0.1
BINS = 10


# ---------------------------------------------------------------- pure statistics


def pearson(xs: list[float], ys: list[float]) -> float | None:
    """The correlation of two equal-length series; None when either does not vary."""
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return sxy / math.sqrt(sxx * syy)


@dataclass
class ItemFigures:
    n: int
    facility: float
    discrimination: float | None


def analyse_items(sheets: Iterable[dict[int, float]], max_mark: float = 1.0) -> dict[int, ItemFigures]:
    """Facility and discrimination per item from mark sheets (one ``{item: mark}`` per attempt)."""
    pairs: dict[int, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    for sheet in sheets:
        total = sum(sheet.values())
        for item, mark in sheet.items():
            marks, rests = pairs[item]
            marks.append(mark)
            rests.append(total - mark)
    return {
        item: ItemFigures(n=len(marks), facility=sum(marks) / len(marks) / max_mark, discrimination=pearson(marks, rests))
        for item, (marks, rests) in pairs.items()
    }


def flag_for(discrimination: float | None) -> str | None:
    if discrimination is None:
        return None
    if discrimination < 0:
        return "Negative discrimination: stronger students did worse on this item. Check the key and wording."
    if discrimination < FLAG_BELOW:
        return "Near-zero discrimination: this item does not separate stronger from weaker students."
    return None


def histogram(percents: list[float], bins: int = BINS) -> list[int]:
    """Counts of percentages in ``bins`` equal bands; 100% falls in the top band."""
    counts = [0] * bins
    for p in percents:
        counts[min(bins - 1, max(0, int(p * bins // 100)))] += 1
    return counts


# ---------------------------------------------------------------- from the database
#
# The results page reads a class of any size without building ORM objects per attempt,
# question or response: attempts come as plain rows, and the analysis streams (attempt,
# question, mark, answer) tuples once, in the order the figures have always been computed in,
# so they are exactly those of the per-object code they replace (issue 15).


@dataclass(frozen=True)
class AttemptRow(ScoredAttempt):
    """An attempt as the results page shows it (no questions, no responses)."""

    id: int
    user_id: int
    document_id: int | None
    started_at: datetime
    finished_at: datetime | None
    score: float | None
    max_score: int


@dataclass
class StudentRow:
    user_id: int
    name: str
    attempts: list[AttemptRow]
    counted: AttemptRow | None
    best: AttemptRow | None
    last: AttemptRow | None

    @property
    def finished(self) -> list[AttemptRow]:
        return [a for a in self.attempts if a.is_finished]


def counted_attempt(finished: list[Any], grading: str) -> Any:
    """The attempt that counts for a student under the set's rule (highest, last or first)."""
    if not finished:
        return None
    if grading == "last":
        return finished[-1]
    if grading == "first":
        return finished[0]
    return max(finished, key=lambda a: (a.score or 0, -finished.index(a)))


def of_students(students: Select[Any] | None) -> list[ColumnElement[bool]]:
    """The condition keeping only the attempts of ``students`` (a subquery of user ids: a
    class, from ``events.class_scopes``), or none for everyone: ``.where(..., *of_students(s))``."""
    return [] if students is None else [Attempt.user_id.in_(students)]


def set_attempts(quiz_set: QuizSet, students: Select[Any] | None = None) -> list[AttemptRow]:
    """Every attempt at the set as a plain row, in the order they were started (one query);
    only those of ``students`` (a class) when given."""
    return [
        AttemptRow(*row)
        for row in db.session.connection().execute(
            select(Attempt.id, Attempt.user_id, Attempt.document_id, Attempt.started_at, Attempt.finished_at, Attempt.score, Attempt.max_score)
            .where(Attempt.quiz_set_id == quiz_set.id, *of_students(students))
            .order_by(Attempt.started_at, Attempt.id)
        ).all()
    ]


def student_rows(quiz_set: QuizSet, attempts: list[AttemptRow]) -> list[StudentRow]:
    by_user: dict[int, list[AttemptRow]] = defaultdict(list)
    for attempt in attempts:
        by_user[attempt.user_id].append(attempt)
    names = dict(
        db.session.execute(
            select(User.id, User.username).join(Attempt, Attempt.user_id == User.id).where(Attempt.quiz_set_id == quiz_set.id).distinct()
        ).all()
    ) if by_user else {}
    rows = []
    for user_id, own in by_user.items():
        finished = [a for a in own if a.is_finished]
        rows.append(
            StudentRow(
                user_id=user_id,
                name=names.get(user_id) or f"Guest #{user_id}",
                attempts=own,
                counted=counted_attempt(finished, quiz_set.grading),
                best=counted_attempt(finished, "highest"),
                last=finished[-1] if finished else None,
            )
        )
    return sorted(rows, key=lambda r: r.name.casefold())


def first_attempts(attempts: list[AttemptRow]) -> list[AttemptRow]:
    """Each student's first finished attempt (the default basis of item analysis)."""
    seen: set[int] = set()
    firsts = []
    for attempt in attempts:
        if attempt.is_finished and attempt.user_id not in seen:
            seen.add(attempt.user_id)
            firsts.append(attempt)
    return firsts


@dataclass
class ItemRow:
    question_id: int
    number: int
    prompt: str
    type: str
    figures: ItemFigures
    options: list[tuple[str, int]] = field(default_factory=list)
    answered: int = 0
    # Written answers (typed, number, cloze): the most frequent, as (text, students, right).
    top_answers: list[TopAnswer] = field(default_factory=list)

    @property
    def flag(self) -> str | None:
        return flag_for(self.figures.discrimination)


@dataclass(frozen=True)
class TopAnswer:
    text: str
    count: int
    right: bool


TOP_ANSWERS = 5  # written answers listed per question in item analysis


@dataclass
class ParagraphRow:
    document_id: int
    number: int
    text: str
    mean: float
    n: int


@dataclass
class Analysis:
    items: list[ItemRow]
    paragraphs: list[ParagraphRow]


def analyse(quiz_set: QuizSet, attempts: list[AttemptRow], worst: int = 5, students: Select[Any] | None = None) -> Analysis:
    """Item analysis and the worst-answered paragraphs over ``attempts``, in one streaming pass.

    The set's (attempt, version, mark, answer) tuples are read in attempt order (as given) and
    position order, a few thousand at a time; versions are loaded once each. What is kept is a
    mark sheet per attempt (a few numbers), running sums, and a count per distinct answer text:
    answers are decoded once per distinct text, not once per student, and never as ORM objects.
    """
    chosen = {a.id: a for a in attempts}
    versions: dict[int, tuple[int, dict, int | None]] = {}
    sheets: dict[int, dict[int, float]] = {a.id: {} for a in attempts}
    rows: dict[int, ItemRow] = {}
    option_counts: dict[int, dict[str, int]] = {}
    marks: dict[tuple[int, int], list] = {}
    answers: dict[tuple[int, str], int] = {}  # (version, answer as stored) -> how many, in order of first appearance
    answer_marks: dict[tuple[int, str], float] = {}  # the mark that answer earned (the same for every student)

    def version_of(version_id: int) -> tuple[int, dict, int | None]:
        if version_id not in versions:
            version = db.session.get(QuestionVersion, version_id)
            assert version is not None, version_id  # responses reference their version
            versions[version_id] = (version.question_id, version.content, version.question.document_id)
        return versions[version_id]

    # Core rows (the session's connection), not ORM result processing: 100,000 tuples cost a
    # few hundred milliseconds less that way.
    stream = db.session.connection().execute(
        select(AttemptQuestion.attempt_id, AttemptQuestion.question_version_id, Response.score, cast(Response.given, Text), attempt_mark())
        .join(Attempt, Attempt.id == AttemptQuestion.attempt_id)
        .outerjoin(Response, Response.attempt_question_id == AttemptQuestion.id)
        # ``students`` (a class) only narrows what is read: ``attempts`` already says which count.
        .where(Attempt.quiz_set_id == quiz_set.id, Attempt.finished_at.is_not(None), *of_students(students))
        .order_by(Attempt.started_at, Attempt.id, AttemptQuestion.position)
        .execution_options(yield_per=5000)
    )
    for attempt_id, version_id, score, given, counted in stream:
        attempt = chosen.get(attempt_id)
        if attempt is None:
            continue
        qid, content, question_document = version_of(version_id)
        mark = counted if counted is not None else 0.0  # a mark by hand counts, as in the score
        sheets[attempt_id][qid] = mark
        row = rows.get(qid)
        if row is None:
            row = rows[qid] = ItemRow(qid, len(rows) + 1, content["prompt"], content["type"], ItemFigures(0, 0.0, None))
            option_counts[qid] = dict(_empty_options(content))
        if score is not None:
            row.answered += 1
            key = (version_id, given)
            answers[key] = answers.get(key, 0) + 1
            answer_marks[key] = score
        document_id = question_document or attempt.document_id
        if document_id is not None:
            for number in content.get("source") or []:
                totals = marks.setdefault((document_id, number), [0.0, 0])
                totals[0] += mark
                totals[1] += 1
    written: dict[int, dict[str, list]] = {}  # question -> folded text -> [shown text, count, right]
    for (version_id, given), count in answers.items():
        qid, content, _ = version_of(version_id)
        answer = json.loads(given)
        question_type = qtypes.get(content["type"])
        for text in _picked(content, answer):
            option_counts[qid][text] = option_counts[qid].get(text, 0) + count
        if "written" in question_type.traits:
            shown = " · ".join(question_type.given_text(content, answer))
            entry = written.setdefault(qid, {}).setdefault(" ".join(shown.casefold().split()), [shown, 0, False])
            entry[1] += count
            entry[2] = entry[2] or answer_marks[(version_id, given)] >= 1.0
    figures = analyse_items(sheets[a.id] for a in attempts)
    for qid, row in rows.items():
        row.figures = figures[qid]
        row.options = list(option_counts[qid].items())  # only types with options report picks
        ranked = sorted(written.get(qid, {}).values(), key=lambda e: -e[1])[:TOP_ANSWERS]  # stable: first seen first among equals
        row.top_answers = [TopAnswer(text, count, right) for text, count, right in ranked]
    return Analysis(items=list(rows.values()), paragraphs=_worst(marks, worst))


def _worst(marks: dict[tuple[int, int], list], limit: int) -> list[ParagraphRow]:
    """Source paragraphs by the class's mean mark on the questions citing them, worst first."""
    ranked = sorted(marks.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0]))[:limit]
    keys = [key for key, _ in ranked]
    texts = {
        (p.document_id, p.number): p.text
        for p in db.session.execute(select(SourceParagraph).where(tuple_(SourceParagraph.document_id, SourceParagraph.number).in_(keys))).scalars()
    } if keys else {}
    return [ParagraphRow(d, n, texts.get((d, n), ""), total / count, count) for (d, n), (total, count) in ranked]


def _empty_options(content: dict) -> list[tuple[str, int]]:
    return [(text, 0) for text in qtypes.get(content["type"]).options(content)]


def _picked(content: dict, given: dict) -> list[str]:
    """The options an answer chose, by their text, so versions that reorder choices still add up."""
    return qtypes.get(content["type"]).picked(content, given)


def scopes_given(quiz_set: QuizSet, scopes: list[ClassScope]) -> list[ClassScope]:
    """Those of ``scopes`` (the teacher's classes) the set is given to, in their order: one
    query however many classes (a column per class saying whether the set is among its sets)."""
    if not scopes:
        return []
    flags = db.session.execute(select(*(literal(quiz_set.id).in_(scope.sets) for scope in scopes))).one()
    return [scope for scope, given in zip(scopes, flags, strict=True) if given]


@dataclass(frozen=True)
class KnownStudent:
    """A student the teacher may pick for an accommodation, and why they are offered."""

    username: str
    note: str  # "attempted", and/or the names of the classes given the set that they are in


def student_names(quiz_set: QuizSet, given: Iterable[ClassScope] = ()) -> list[KnownStudent]:
    """The students to pick from for an accommodation: those who have started the set and the
    members of the classes it is given to (``given``, from ``scopes_given``), by name; one
    query, and one more per class given the set."""
    notes: dict[str, list[str]] = defaultdict(list)
    for name in db.session.execute(
        select(User.username)
        .join(Attempt, Attempt.user_id == User.id)
        .where(Attempt.quiz_set_id == quiz_set.id, User.username.is_not(None))
        .distinct()
    ).scalars():
        if name is not None:
            notes[name].append("attempted")
    for scope in given:
        for name in db.session.execute(select(User.username).where(User.id.in_(scope.students), User.username.is_not(None))).scalars():
            if name is not None:
                notes[name].append(scope.name)
    return [KnownStudent(name, ", ".join(notes[name])) for name in sorted(notes, key=lambda n: (n.casefold(), n))]
