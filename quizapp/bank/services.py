"""Loading a validated bank into the database, and the figures ``flask bank stats`` prints."""
from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import bindparam, delete, func, or_, select

from quizapp.bank.enemies import enemy_pairs
from quizapp.bank.models import Document, Flashcard, Question, QuestionEnemy, QuestionVersion, SourceParagraph, Topic
from quizapp.bank.parser import Bank
from quizapp.events import flashcards_moved
from quizapp.extensions import db
from quizapp.timeutil import utcnow
from quizapp.transactions import unit_of_work


@dataclass
class LoadReport:
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    retired: int = 0
    cards_added: int = 0
    cards_changed: int = 0
    cards_retired: int = 0
    enemy_pairs: int = 0

    def __str__(self) -> str:
        return (
            f"questions: {self.added} added, {self.changed} changed, {self.unchanged} unchanged, "
            f"{self.retired} retired; cards: {self.cards_added} added, {self.cards_changed} changed, "
            f"{self.cards_retired} retired; {self.enemy_pairs} enemy pairs"
        )


@unit_of_work
def load_banks(banks: Iterable[Bank]) -> list[LoadReport]:
    """Upsert every bank (``load_bank``), all in one transaction: either every bank is loaded
    or, on any error, none is and the database is as it was."""
    reports = [load_bank(bank) for bank in banks]
    db.session.commit()
    return reports


def load_bank(bank: Bank) -> LoadReport:
    """Upsert a validated bank by id, in the caller's transaction.

    A changed question gets a new version and earlier attempts keep pointing at the old one;
    an item no longer in the files is retired (never deleted), and comes back if restored.
    """
    report = LoadReport()
    document = db.session.execute(select(Document).filter_by(slug=bank.slug)).scalar_one_or_none()
    if document is None:
        document = Document(slug=bank.slug, paragraph_count=bank.paragraphs)
        db.session.add(document)
    document.title = bank.title
    document.description = bank.description
    document.language = bank.language
    document.source_description = bank.source_description
    document.paragraph_count = bank.paragraphs
    document.headings = list(bank.headings)
    db.session.flush()
    _load_source_paragraphs(document, bank)

    topics = {t.slug: t for t in db.session.execute(select(Topic).filter_by(document_id=document.id)).scalars()}
    for bank_topic in bank.topics:
        topic = topics.get(bank_topic.slug)
        if topic is None:
            topic = topics[bank_topic.slug] = Topic(document_id=document.id, slug=bank_topic.slug, title="")
            db.session.add(topic)
        topic.title = bank_topic.title
        topic.position = bank_topic.position
    db.session.flush()

    now = utcnow()
    existing = {q.bank_id: q for q in db.session.execute(select(Question).filter_by(document_id=document.id)).scalars()}
    hashes = dict(
        db.session.execute(
            select(Question.bank_id, QuestionVersion.content_hash)
            .join(QuestionVersion, (QuestionVersion.question_id == Question.id) & (QuestionVersion.number == Question.version))
            .where(Question.document_id == document.id)
        ).all()
    )
    for item in bank.questions:
        question = existing.pop(item.id, None)
        if question is None:
            question = Question(document_id=document.id, bank_id=item.id, version=1)
            db.session.add(question)
            report.added += 1
        elif hashes.get(item.id) != item.content_hash:
            question.version += 1
            report.changed += 1
        else:
            report.unchanged += 1
        question.topic_id = topics[item.topic].id
        question.type = item.type
        question.difficulty = item.difficulty
        question.retired_at = None
        if hashes.get(item.id) != item.content_hash:
            db.session.flush()
            db.session.add(
                QuestionVersion(
                    question_id=question.id, number=question.version, content=item.content, content_hash=item.content_hash
                )
            )
    for question in existing.values():
        if question.retired_at is None:
            question.retired_at = now
            report.retired += 1
    db.session.flush()
    report.enemy_pairs = _store_enemies(document, bank)

    cards = {c.bank_id: c for c in db.session.execute(select(Flashcard).filter_by(document_id=document.id)).scalars()}
    moved: dict[int, int] = {}  # flashcard id -> its new topic
    for bank_card in bank.cards:
        card = cards.pop(bank_card.id, None)
        if card is None:
            card = Flashcard(document_id=document.id, bank_id=bank_card.id)
            db.session.add(card)
            report.cards_added += 1
        elif card.content_hash != bank_card.content_hash:
            report.cards_changed += 1
        if card.id is not None and card.topic_id != topics[bank_card.topic].id:
            moved[card.id] = topics[bank_card.topic].id
        card.topic_id = topics[bank_card.topic].id
        card.front, card.back, card.source, card.tags = bank_card.front, bank_card.back, bank_card.source, bank_card.tags
        card.content_hash = bank_card.content_hash
        card.retired_at = None
    for card in cards.values():
        if card.retired_at is None:
            card.retired_at = now
            report.cards_retired += 1
    db.session.flush()
    if moved:  # learners' cards copy their flashcard's topic: cards (a layer above) follow
        flashcards_moved.send(None, moved=moved)
    return report


def _store_enemies(document: Document, bank: Bank) -> int:
    """Replace the document's enemy pairs by the bank's (detected and declared), both ways round."""
    ids = dict(db.session.execute(select(Question.bank_id, Question.id).where(Question.document_id == document.id)).all())
    db.session.execute(
        delete(QuestionEnemy).where(
            or_(QuestionEnemy.question_id.in_(ids.values()), QuestionEnemy.enemy_id.in_(ids.values()))
        )
    )
    pairs = enemy_pairs(bank)
    for pair in pairs:
        first, second = ids[pair.first], ids[pair.second]
        db.session.add(QuestionEnemy(question_id=first, enemy_id=second, reason=pair.reason))
        db.session.add(QuestionEnemy(question_id=second, enemy_id=first, reason=pair.reason))
    db.session.flush()
    return len(pairs)


def enemies_of(question_ids: Iterable[int]) -> dict[int, set[int]]:
    """The enemies of each of ``question_ids`` (only those that have any), in one query."""
    ids = list(question_ids)
    out: dict[int, set[int]] = {}
    if not ids:
        return out
    rows = db.session.execute(
        select(QuestionEnemy.question_id, QuestionEnemy.enemy_id).where(QuestionEnemy.question_id.in_(ids))
    ).all()
    for question_id, enemy_id in rows:
        out.setdefault(question_id, set()).add(enemy_id)
    return out


def enemy_pairs_among(question_ids: Sequence[int]) -> list[tuple[int, int, str]]:
    """Pairs of enemies within ``question_ids`` (each once, in the given order), with the reason."""
    position = {qid: i for i, qid in enumerate(question_ids)}
    if not position:
        return []
    rows = db.session.execute(
        select(QuestionEnemy.question_id, QuestionEnemy.enemy_id, QuestionEnemy.reason).where(
            QuestionEnemy.question_id.in_(position), QuestionEnemy.enemy_id.in_(position)
        )
    ).all()
    pairs = [(a, b, reason) for a, b, reason in rows if position[a] < position[b]]
    return sorted(pairs, key=lambda p: (position[p[0]], position[p[1]]))


Drawn = TypeVar("Drawn", bound=Question)


def draw_apart(candidates: Sequence[Drawn], count: int, rng: random.Random) -> list[Drawn]:
    """At most ``count`` of ``candidates`` at random, never two that are enemies.

    Greedy in a random order: a candidate whose enemy is already drawn is skipped, so fewer
    than ``count`` come back only when the candidates run out.
    """
    order = list(candidates)
    rng.shuffle(order)
    enemies = enemies_of(q.id for q in order)
    drawn: list[Drawn] = []
    barred: set[int] = set()
    for question in order:
        if len(drawn) >= count:
            break
        if question.id in barred:
            continue
        drawn.append(question)
        barred |= enemies.get(question.id, set())
    return drawn


def _load_source_paragraphs(document: Document, bank: Bank) -> None:
    """Keep the source's paragraphs when the document's file is at hand, to show cited passages."""
    if bank.source_file is None or not bank.source_file.is_file():
        return
    lines = bank.source_file.read_text(encoding="utf-8").splitlines()
    stored = {p.number: p for p in db.session.execute(select(SourceParagraph).filter_by(document_id=document.id)).scalars()}
    for number, text in enumerate(lines[: bank.paragraphs], start=1):
        paragraph = stored.get(number)
        if paragraph is None:
            db.session.add(SourceParagraph(document_id=document.id, number=number, text=text))
        elif paragraph.text != text:
            paragraph.text = text


@dataclass
class BankStats:
    by_type: Counter[str] = field(default_factory=Counter)
    by_topic: Counter[str] = field(default_factory=Counter)
    by_difficulty: Counter[int] = field(default_factory=Counter)
    by_paragraph: Counter[int] = field(default_factory=Counter)
    cards_by_topic: Counter[str] = field(default_factory=Counter)
    questions: int = 0
    cards: int = 0
    enemy_pairs: int = 0
    declared_enemy_pairs: int = 0


def bank_stats(bank: Bank) -> BankStats:
    stats = BankStats()
    titles = {t.slug: t.title for t in bank.topics}
    for q in bank.questions:
        stats.questions += 1
        stats.by_type[q.type] += 1
        stats.by_topic[titles[q.topic]] += 1
        stats.by_difficulty[q.difficulty] += 1
        stats.by_paragraph.update(q.content["source"])
    for c in bank.cards:
        stats.cards += 1
        stats.cards_by_topic[titles[c.topic]] += 1
    pairs = enemy_pairs(bank)
    stats.enemy_pairs = len(pairs)
    stats.declared_enemy_pairs = sum(p.declared for p in pairs)
    return stats


@dataclass
class DocumentSummary:
    document: Document
    topics: list[tuple[Topic, int, int]]
    questions: int
    cards: int


def document_summaries(viewer_id: int | None = None) -> list[DocumentSummary]:
    """Every document ``viewer_id`` may see, with its topics and how many live questions and
    cards each has (a user's unpublished bank only for its owner)."""
    from quizapp.bank.user_documents import visible_documents

    q_counts = dict(
        db.session.execute(
            select(Question.topic_id, func.count()).where(Question.retired_at.is_(None)).group_by(Question.topic_id)
        ).all()
    )
    c_counts = dict(
        db.session.execute(
            select(Flashcard.topic_id, func.count()).where(Flashcard.retired_at.is_(None)).group_by(Flashcard.topic_id)
        ).all()
    )
    summaries = []
    for document in db.session.execute(select(Document).where(visible_documents(viewer_id)).order_by(Document.title)).scalars():
        topics = [(t, q_counts.get(t.id, 0), c_counts.get(t.id, 0)) for t in document.topics]
        summaries.append(
            DocumentSummary(document, topics, sum(n for _, n, _ in topics), sum(n for _, _, n in topics))
        )
    return summaries


def source_passages(document_id: int | None, numbers: list[int]) -> list[Any]:
    """The cited paragraphs (``number``, ``text``) of a document as plain rows, in order (none
    for a question written in a set): shown with every answer's feedback and card back, where
    loading them as ORM objects cost more than the rest of the query (issue 15)."""
    if document_id is None or not numbers:
        return []
    connection = db.session.connection()
    if len(numbers) <= PASSAGES_BOUND_ONE_BY_ONE:
        parameters = {f"number_{i}": number for i, number in enumerate(numbers)}
        return list(connection.execute(_passages_statement(len(numbers)), {"document_id": document_id, **parameters}))
    return list(connection.execute(_passages_statement(), {"document_id": document_id, "numbers": list(numbers)}))


# Up to this many cited paragraphs (a question cites one to a few), the statement has one
# parameter per paragraph: with an "expanding" list parameter, SQLAlchemy rewrites the SQL text
# for the list at every execution (about 12 µs an answer's feedback, issue 15). More (an export
# asks for a whole bank's) take the list form.
PASSAGES_BOUND_ONE_BY_ONE = 8


@cache
def _passages_statement(count: int | None = None) -> Any:
    """``source_passages``' statement, built once (bound at execution; see issue 15): for
    ``count`` paragraphs bound one by one, or (None) for a list of any length."""
    table = SourceParagraph.__table__
    numbers = (
        [bindparam(f"number_{i}") for i in range(count)] if count is not None else bindparam("numbers", expanding=True)
    )
    return (
        select(table.c.number, table.c.text)
        .where(table.c.document_id == bindparam("document_id"), table.c.number.in_(numbers))
        .order_by(table.c.number)
    )
