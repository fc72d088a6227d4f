"""How well a learner knows each paragraph of a document.

Evidence for a paragraph is every settled answer to a question citing it (its mark, 0–1) and
every review of a card citing it (Good or Easy counts as recalled). The level is read from
the share right over all of it, with the thresholds written below and on the page, so a
learner can tell why a paragraph has the colour it has.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, func, select

from quizapp.bank.models import Document, Flashcard, Question, QuestionVersion, SourceParagraph, Topic
from quizapp.cards.models import CardReview, StudyCard
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion, Response
from quizapp.quiz.services import settled_marks

KNOWN_SHARE = 0.8  # right at least this often, on at least KNOWN_EVIDENCE answers and reviews
KNOWN_EVIDENCE = 2
LEARNING_SHARE = 0.5
RECALLED = 3  # fsrs.Rating.Good; Easy is 4

LEVELS = {
    "unasked": "Not asked yet",
    "weak": "Weak",
    "learning": "Learning",
    "known": "Known",
}


@dataclass
class ParagraphStanding:
    number: int
    text: str | None  # None when the document's text is not at hand
    is_heading: bool
    topics: list[str] = field(default_factory=list)
    questions: int = 0  # live questions citing it
    cards: list[tuple[str, str]] = field(default_factory=list)  # (deck key, topic title) of cards citing it
    card_count: int = 0
    answered: int = 0
    marks: float = 0.0
    reviews: int = 0
    recalled: int = 0

    @property
    def evidence(self) -> int:
        return self.answered + self.reviews

    @property
    def share(self) -> float | None:
        return (self.marks + self.recalled) / self.evidence if self.evidence else None

    @property
    def level(self) -> str:
        share = self.share
        if share is None:
            return "unasked"
        if share >= KNOWN_SHARE and self.evidence >= KNOWN_EVIDENCE:
            return "known"
        return "learning" if share >= LEARNING_SHARE else "weak"

    @property
    def level_label(self) -> str:
        return LEVELS[self.level]


def paragraph_standings(document: Document, user_id: int | None) -> list[ParagraphStanding]:
    """Every paragraph of ``document`` with what cites it and, for a learner, how they did."""
    texts = dict(
        db.session.execute(
            select(SourceParagraph.number, SourceParagraph.text).where(SourceParagraph.document_id == document.id)
        ).all()
    )
    headings = set(document.headings or [])
    rows = {
        n: ParagraphStanding(n, texts.get(n), n in headings) for n in range(1, document.paragraph_count + 1)
    }
    topic_titles = dict(db.session.execute(select(Topic.id, Topic.title).where(Topic.document_id == document.id)).all())

    for _qid, topic_id, content in db.session.execute(
        select(Question.id, Question.topic_id, QuestionVersion.content)
        .join(QuestionVersion, and_(QuestionVersion.question_id == Question.id, QuestionVersion.number == Question.version))
        .where(Question.document_id == document.id, Question.retired_at.is_(None))
    ):
        for n in _cited(content, rows):
            rows[n].questions += 1
            title = topic_titles.get(topic_id)
            if title and title not in rows[n].topics:
                rows[n].topics.append(title)

    for _fid, topic_id, source in db.session.execute(
        select(Flashcard.id, Flashcard.topic_id, Flashcard.source).where(
            Flashcard.document_id == document.id, Flashcard.retired_at.is_(None)
        )
    ):
        for n in _cited({"source": source}, rows):
            rows[n].card_count += 1
            deck = (f"topic-{topic_id}", topic_titles.get(topic_id, ""))
            if deck not in rows[n].cards:
                rows[n].cards.append(deck)

    if user_id is not None:
        _add_answers(document.id, user_id, rows)
        _add_reviews(document.id, user_id, rows)
    return list(rows.values())


def _cited(content: dict[str, Any], rows: dict[int, ParagraphStanding]) -> list[int]:
    return [n for n in dict.fromkeys(content.get("source") or []) if n in rows]


def _add_answers(document_id: int, user_id: int, rows: dict[int, ParagraphStanding]) -> None:
    """The learner's settled answers, summed per question version in SQL, then spread over the
    paragraphs each version cites: the work grows with the bank, not with the history."""
    per_version = db.session.execute(
        select(AttemptQuestion.question_version_id, func.count(Response.id), func.sum(Response.score))
        .join(Response, Response.attempt_question_id == AttemptQuestion.id)
        .join(Attempt, Attempt.id == AttemptQuestion.attempt_id)
        .join(QuestionVersion, QuestionVersion.id == AttemptQuestion.question_version_id)
        .join(Question, Question.id == QuestionVersion.question_id)
        .where(Attempt.user_id == user_id, Question.document_id == document_id, settled_marks())
        .group_by(AttemptQuestion.question_version_id)
    ).all()
    contents = _version_contents([version_id for version_id, _, _ in per_version])
    for version_id, count, total in per_version:
        for n in _cited(contents.get(version_id, {}), rows):
            rows[n].answered += count
            rows[n].marks += float(total or 0.0)


def _add_reviews(document_id: int, user_id: int, rows: dict[int, ParagraphStanding]) -> None:
    """Reviews of the learner's bank cards and missed-question cards of this document."""
    recalled = func.sum(case((CardReview.rating >= RECALLED, 1), else_=0))
    bank_cards = db.session.execute(
        select(Flashcard.source, func.count(CardReview.id), recalled)
        .select_from(CardReview)
        .join(StudyCard, StudyCard.id == CardReview.card_id)
        .join(Flashcard, Flashcard.id == StudyCard.flashcard_id)
        .where(CardReview.user_id == user_id, Flashcard.document_id == document_id)
        .group_by(Flashcard.id, Flashcard.source)
    ).all()
    for source, count, good in bank_cards:
        for n in _cited({"source": source}, rows):
            rows[n].reviews += count
            rows[n].recalled += int(good or 0)
    missed = db.session.execute(
        select(StudyCard.question_version_id, func.count(CardReview.id), recalled)
        .select_from(CardReview)
        .join(StudyCard, StudyCard.id == CardReview.card_id)
        .join(QuestionVersion, QuestionVersion.id == StudyCard.question_version_id)
        .join(Question, Question.id == QuestionVersion.question_id)
        .where(CardReview.user_id == user_id, Question.document_id == document_id)
        .group_by(StudyCard.question_version_id)
    ).all()
    contents = _version_contents([version_id for version_id, _, _ in missed])
    for version_id, count, good in missed:
        for n in _cited(contents.get(version_id, {}), rows):
            rows[n].reviews += count
            rows[n].recalled += int(good or 0)


def _version_contents(version_ids: list[int]) -> dict[int, dict[str, Any]]:
    if not version_ids:
        return {}
    grouped: dict[int, dict[str, Any]] = defaultdict(dict)
    for version_id, content in db.session.execute(
        select(QuestionVersion.id, QuestionVersion.content).where(QuestionVersion.id.in_(version_ids))
    ):
        grouped[version_id] = content
    return grouped


def level_counts(standings: list[ParagraphStanding]) -> dict[str, int]:
    counts = dict.fromkeys(LEVELS, 0)
    for row in standings:
        if not row.is_heading:
            counts[row.level] += 1
    return counts
