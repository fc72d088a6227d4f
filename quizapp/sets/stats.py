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

from sqlalchemy import Select, Text, cast, func, literal, select, tuple_
from sqlalchemy.sql.elements import ColumnElement

from quizapp import qtypes
from quizapp.auth.models import User
from quizapp.bank.models import Question, QuestionVersion, SourceParagraph
from quizapp.events import ClassScope
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
# The results page costs what it shows, whatever the size of the class (issue 15): the
# students' table reads the names of every student (to sort them) but the attempts of one page
# only; the score distribution and the item analysis are aggregates computed by the database,
# returned as a few rows per question (per question version, attempt document and distinct
# answer), never as a row per student or per answer.


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


def _counted_order(grading: str) -> list[Any]:
    """``counted_attempt``'s rule as an ORDER BY over a student's finished attempts: the first
    row is the attempt that counts (highest: the best score, the earliest among equals)."""
    if grading == "last":
        return [Attempt.started_at.desc(), Attempt.id.desc()]
    if grading == "first":
        return [Attempt.started_at, Attempt.id]
    return [func.coalesce(Attempt.score, 0.0).desc(), Attempt.started_at, Attempt.id]


@dataclass(frozen=True)
class StudentPage:
    """One page of the students' table, and how many students there are in all."""

    rows: list[StudentRow]
    students: int


def of_students(students: Select[Any] | None) -> list[ColumnElement[bool]]:
    """The condition keeping only the attempts of ``students`` (a subquery of user ids: a
    class, from ``events.class_scopes``), or none for everyone: ``.where(..., *of_students(s))``."""
    return [] if students is None else [Attempt.user_id.in_(students)]


def student_page(quiz_set: QuizSet, page: int, per_page: int, students: Select[Any] | None = None) -> StudentPage:
    """The students on page ``page`` (from 1) of the set's results, sorted by name, with all
    their attempts at the set; three statements whatever the class size (a page past the end
    is empty); only ``students`` (a class) when given."""
    names = db.session.connection().execute(
        select(Attempt.user_id, User.username)
        .join(User, User.id == Attempt.user_id)
        .where(Attempt.quiz_set_id == quiz_set.id, *of_students(students))
        .group_by(Attempt.user_id, User.username)
        .order_by(func.min(Attempt.started_at), func.min(Attempt.id))  # first attempt first, as ties stay
    ).all()
    ordered = sorted(((user_id, username or f"Guest #{user_id}") for user_id, username in names), key=lambda s: s[1].casefold())
    shown = ordered[(page - 1) * per_page : page * per_page]
    by_user: dict[int, list[AttemptRow]] = {user_id: [] for user_id, _ in shown}
    if by_user:
        for row in db.session.connection().execute(
            select(Attempt.id, Attempt.user_id, Attempt.document_id, Attempt.started_at, Attempt.finished_at, Attempt.score, Attempt.max_score)
            .where(Attempt.quiz_set_id == quiz_set.id, Attempt.user_id.in_(list(by_user)))
            .order_by(Attempt.started_at, Attempt.id)
        ):
            by_user[row.user_id].append(AttemptRow(*row))
    rows = []
    for user_id, name in shown:
        own = by_user[user_id]
        finished = [a for a in own if a.is_finished]
        rows.append(
            StudentRow(
                user_id=user_id,
                name=name,
                attempts=own,
                counted=counted_attempt(finished, quiz_set.grading),
                best=counted_attempt(finished, "highest"),
                last=finished[-1] if finished else None,
            )
        )
    return StudentPage(rows=rows, students=len(ordered))


@dataclass(frozen=True)
class _Score(ScoredAttempt):
    """A counted attempt's score, whose percentage is worked out as every other attempt's is."""

    score: float | None
    max_score: int
    finished_at: datetime | None = datetime.min


@dataclass(frozen=True)
class ClassScores:
    """The score distribution of the attempts that count, and how many attempts are finished."""

    bins: list[int]  # histogram() of the counted attempts' percentages
    counted: int  # students with a finished attempt (each has one counted attempt)
    finished: int  # finished attempts in all


def class_scores(quiz_set: QuizSet, students: Select[Any] | None = None) -> ClassScores:
    """Each student's counted attempt (by the set's grading rule) in one aggregate statement:
    the rows are the distinct (score, maximum) pairs, so their number does not grow with the
    class; only ``students`` (a class) when given."""
    finished = (
        select(
            Attempt.score,
            Attempt.max_score,
            func.count().over(partition_by=Attempt.user_id).label("finished"),
            func.row_number().over(partition_by=Attempt.user_id, order_by=_counted_order(quiz_set.grading)).label("nth"),
        )
        .where(Attempt.quiz_set_id == quiz_set.id, Attempt.finished_at.is_not(None), *of_students(students))
        .subquery()
    )
    percents: list[float] = []
    total_finished = 0
    for score, max_score, counted, attempts in db.session.connection().execute(
        select(finished.c.score, finished.c.max_score, func.count(), func.sum(finished.c.finished))
        .where(finished.c.nth == 1)
        .group_by(finished.c.score, finished.c.max_score)
    ):
        percents += [_Score(score, max_score).percent or 0.0] * counted
        total_finished += int(attempts)
    return ClassScores(bins=histogram(percents), counted=len(percents), finished=total_finished)


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


@dataclass
class _Sums:
    """Running sums over (mark x, rest of the test y) pairs: all Pearson's r needs."""

    n: int = 0
    x: float = 0.0
    xx: float = 0.0
    y: float = 0.0
    yy: float = 0.0
    xy: float = 0.0

    def add(self, n: int, x: float, xx: float, y: float, yy: float, xy: float) -> None:
        self.n += n
        self.x += x
        self.xx += xx
        self.y += y
        self.yy += yy
        self.xy += xy

    def figures(self, max_mark: float = 1.0) -> ItemFigures:
        """What ``analyse_items`` computes from the pairs themselves, from their sums."""
        n = self.n
        facility = self.x / n / max_mark
        if n < 2:
            return ItemFigures(n=n, facility=facility, discrimination=None)
        sxx = self.xx - self.x * self.x / n
        syy = self.yy - self.y * self.y / n
        if sxx <= 1e-12 or syy <= 1e-12:
            return ItemFigures(n=n, facility=facility, discrimination=None)
        r = (self.xy - self.x * self.y / n) / math.sqrt(sxx * syy)
        # Sums lose the last bits that the two-pass formula keeps: a correlation that is 0 up
        # to rounding is 0, not a "negative" one.
        return ItemFigures(n=n, facility=facility, discrimination=0.0 if abs(r) < 1e-9 else max(-1.0, min(1.0, r)))


ANALYSIS_BASES = ("first", "all")
# Orders (attempt, position) pairs as one integer: attempt's rank × this + position.
_POSITIONS = 1_000_000


def analysis_basis(quiz_set: QuizSet, basis: str, students: Select[Any] | None = None) -> Any:
    """The attempts item analysis is on, as a subquery (id, document_id, score, ord): each student's
    first finished attempt (Moodle's default) or every finished attempt; ``ord`` ranks them in
    the order they were started."""
    if basis not in ANALYSIS_BASES:
        raise ValueError(basis)
    ranked = select(
        Attempt.id,
        Attempt.document_id,
        Attempt.score,
        func.row_number().over(order_by=[Attempt.started_at, Attempt.id]).label("ord"),
        func.row_number().over(partition_by=Attempt.user_id, order_by=[Attempt.started_at, Attempt.id]).label("nth"),
    ).where(Attempt.quiz_set_id == quiz_set.id, Attempt.finished_at.is_not(None), *of_students(students))
    if basis == "all":
        return ranked.subquery("basis")
    first = ranked.subquery("ranked")
    return select(first.c.id, first.c.document_id, first.c.score, first.c.ord).where(first.c.nth == 1).subquery("basis")


def analyse(quiz_set: QuizSet, basis: str = "first", worst: int = 5, students: Select[Any] | None = None) -> Analysis:
    """Item analysis and the worst-answered paragraphs over the ``basis`` attempts, in one
    aggregate statement.

    The database groups the basis attempts' questions by (question version, attempt document,
    answer as stored) and returns, per group: how many, the sums Pearson's r needs (the mark,
    unanswered counting 0, and the rest of the test: the attempt's score, which finishing made
    the sum of its marks, minus the mark) and
    where the group was first seen (attempt rank, position). Questions are numbered, answers
    listed and ties broken in that first-seen order (only ``students``, a class, when given), as the per-answer code this replaces did;
    answers are decoded once per distinct text; versions are loaded once each.
    """
    attempts = analysis_basis(quiz_set, basis, students)
    mark = func.coalesce(attempt_mark(), 0.0)  # a mark by hand counts, as in the score
    per_answer = (
        select(
            AttemptQuestion.question_version_id.label("version_id"),
            attempts.c.document_id,
            cast(Response.given, Text).label("given"),
            (attempts.c.ord * _POSITIONS + AttemptQuestion.position).label("seen"),
            mark.label("x"),
            (func.coalesce(attempts.c.score, 0.0) - mark).label("y"),
            Response.score,
        )
        .select_from(attempts)
        .join(AttemptQuestion, AttemptQuestion.attempt_id == attempts.c.id)
        .outerjoin(Response, Response.attempt_question_id == AttemptQuestion.id)
        .subquery("per_answer")
    )
    c = per_answer.c
    groups = db.session.connection().execute(
        select(
            c.version_id, c.document_id, c.given, func.min(c.seen), func.count(),
            func.sum(c.x), func.sum(c.x * c.x), func.sum(c.y), func.sum(c.y * c.y), func.sum(c.x * c.y), func.max(c.score),
        )
        .group_by(c.version_id, c.document_id, c.given)
        .order_by(func.min(c.seen))
    ).all()

    versions = {
        row.id: (row.question_id, row.content, row.document_id)
        for row in db.session.execute(
            select(QuestionVersion.id, QuestionVersion.question_id, QuestionVersion.content, Question.document_id)
            .join(Question, Question.id == QuestionVersion.question_id)
            .where(QuestionVersion.id.in_({g.version_id for g in groups}))
        )
    } if groups else {}
    rows: dict[int, ItemRow] = {}
    sums: dict[int, _Sums] = {}
    option_counts: dict[int, dict[str, int]] = {}
    marks: dict[tuple[int, int], list] = {}
    written: dict[int, dict[str, list]] = {}  # question -> folded text -> [shown text, count, right]
    for version_id, attempt_document, given, _seen, n, x, xx, y, yy, xy, best in groups:
        qid, content, question_document = versions[version_id]
        row = rows.get(qid)
        if row is None:  # first seen: numbered in the order the class met the questions
            row = rows[qid] = ItemRow(qid, len(rows) + 1, content["prompt"], content["type"], ItemFigures(0, 0.0, None))
            option_counts[qid] = dict(_empty_options(content))
            sums[qid] = _Sums()
        sums[qid].add(n, x, xx, y, yy, xy)
        document_id = question_document or attempt_document
        if document_id is not None:
            for number in content.get("source") or []:
                totals = marks.setdefault((document_id, number), [0.0, 0])
                totals[0] += x
                totals[1] += n
        if given is None:  # not answered
            continue
        row.answered += n
        answer = json.loads(given)
        question_type = qtypes.get(content["type"])
        for text in _picked(content, answer):
            option_counts[qid][text] = option_counts[qid].get(text, 0) + n
        if "written" in question_type.traits:
            shown = " · ".join(question_type.given_text(content, answer))
            entry = written.setdefault(qid, {}).setdefault(" ".join(shown.casefold().split()), [shown, 0, False])
            entry[1] += n
            entry[2] = entry[2] or best >= 1.0
    for qid, row in rows.items():
        row.figures = sums[qid].figures()
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
