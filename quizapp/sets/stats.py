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

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from sqlalchemy import select, tuple_
from sqlalchemy.orm import selectinload

from quizapp import qtypes
from quizapp.auth.models import User
from quizapp.bank.models import QuestionVersion, SourceParagraph
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion
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


@dataclass
class StudentRow:
    user_id: int
    name: str
    attempts: list[Attempt]
    counted: Attempt | None
    best: Attempt | None
    last: Attempt | None

    @property
    def finished(self) -> list[Attempt]:
        return [a for a in self.attempts if a.is_finished]


def counted_attempt(finished: list[Attempt], grading: str) -> Attempt | None:
    """The attempt that counts for a student under the set's rule (highest, last or first)."""
    if not finished:
        return None
    if grading == "last":
        return finished[-1]
    if grading == "first":
        return finished[0]
    return max(finished, key=lambda a: (a.score or 0, -finished.index(a)))


def set_attempts(quiz_set: QuizSet) -> list[Attempt]:
    """Every attempt at the set with its questions, versions and responses loaded in few queries."""
    return list(
        db.session.execute(
            select(Attempt)
            .where(Attempt.quiz_set_id == quiz_set.id)
            .options(
                selectinload(Attempt.questions).selectinload(AttemptQuestion.version).selectinload(QuestionVersion.question),
                selectinload(Attempt.questions).selectinload(AttemptQuestion.response),
            )
            .order_by(Attempt.started_at, Attempt.id)
        ).scalars()
    )


def student_rows(quiz_set: QuizSet, attempts: list[Attempt]) -> list[StudentRow]:
    by_user: dict[int, list[Attempt]] = defaultdict(list)
    for attempt in attempts:
        by_user[attempt.user_id].append(attempt)
    names = dict(db.session.execute(select(User.id, User.username).where(User.id.in_(list(by_user)))).all()) if by_user else {}
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


def first_attempts(attempts: list[Attempt]) -> list[Attempt]:
    """Each student's first finished attempt (the default basis of item analysis)."""
    seen: set[int] = set()
    firsts = []
    for attempt in attempts:
        if attempt.is_finished and attempt.user_id not in seen:
            seen.add(attempt.user_id)
            firsts.append(attempt)
    return firsts


def mark_sheet(attempt: Attempt) -> dict[int, float]:
    return {aq.version.question_id: (aq.response.score if aq.response else 0.0) for aq in attempt.questions}


@dataclass
class ItemRow:
    question_id: int
    number: int
    prompt: str
    type: str
    figures: ItemFigures
    options: list[tuple[str, int]] = field(default_factory=list)
    answered: int = 0

    @property
    def flag(self) -> str | None:
        return flag_for(self.figures.discrimination)


def item_rows(attempts: list[Attempt]) -> list[ItemRow]:
    """Item analysis over the given attempts, items in order of first appearance."""
    figures = analyse_items(mark_sheet(a) for a in attempts)
    rows: dict[int, ItemRow] = {}
    for attempt in attempts:
        for aq in attempt.questions:
            content = aq.version.content
            qid = aq.version.question_id
            row = rows.get(qid)
            if row is None:
                row = rows[qid] = ItemRow(qid, len(rows) + 1, content["prompt"], content["type"], figures[qid])
                row.options = _empty_options(content)
            if aq.response is not None:
                row.answered += 1
                _count_options(row, content, aq.response.given)
    return list(rows.values())


def _empty_options(content: dict) -> list[tuple[str, int]]:
    return [(text, 0) for text in qtypes.get(content["type"]).options(content)]


def _count_options(row: ItemRow, content: dict, given: dict) -> None:
    """Count chosen options by their text, so versions that reorder choices still add up."""
    picked = qtypes.get(content["type"]).picked(content, given)
    if not picked:
        return
    counts = dict(row.options)
    for text in picked:
        counts[text] = counts.get(text, 0) + 1
    row.options = list(counts.items())


@dataclass
class ParagraphRow:
    document_id: int
    number: int
    text: str
    mean: float
    n: int


def worst_paragraphs(attempts: list[Attempt], limit: int = 5) -> list[ParagraphRow]:
    """Source paragraphs by the class's mean mark on the questions citing them, worst first."""
    marks: dict[tuple[int, int], list[float]] = defaultdict(list)
    for attempt in attempts:
        for aq in attempt.questions:
            mark = aq.response.score if aq.response else 0.0
            document_id = aq.version.question.document_id or attempt.document_id
            if document_id is None:
                continue
            for number in aq.version.content.get("source") or []:
                marks[(document_id, number)].append(mark)
    ranked = sorted(marks.items(), key=lambda kv: (sum(kv[1]) / len(kv[1]), kv[0]))[:limit]
    keys = [key for key, _ in ranked]
    texts = {
        (p.document_id, p.number): p.text
        for p in db.session.execute(select(SourceParagraph).where(tuple_(SourceParagraph.document_id, SourceParagraph.number).in_(keys))).scalars()
    } if keys else {}
    return [ParagraphRow(d, n, texts.get((d, n), ""), sum(v) / len(v), len(v)) for (d, n), v in ranked]
