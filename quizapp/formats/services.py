"""Exports on the web, below the pages that offer them: a document's items in any format
with the cited passages, and the loss report. A set's import and export live in
``quizapp/sets/transfer.py``, a deck's .apkg in ``quizapp/cards/transfer.py``: both build on
this, and nothing here knows of sets or decks."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from quizapp import formats
from quizapp.bank.models import Document, Flashcard, Question, QuestionVersion
from quizapp.bank.services import source_passages
from quizapp.extensions import db
from quizapp.formats.bankio import BankItems
from quizapp.formats.base import (
    ExportResult,
    FormatError,
    ImportResult,
    Topic,
    loss_report,
    with_report,
)

# The largest upload the import page takes (a set holds at most 100 questions: a Moodle XML
# file of 100 questions with long feedback is far below this).
UPLOAD_LIMIT = 4 * 1024 * 1024
WRITTEN_TOPIC = Topic("written", "Written for the set")
NOT_IN_A_SET = ("id", "unsourced", "enemies", "lint_ok")


class ImportRefused(ValueError):
    """The upload cannot be previewed or imported; the message says why."""


def read_upload(data: bytes, filename: str, format_name: str | None) -> tuple[formats.Format, ImportResult]:
    """An uploaded file read in the format chosen (or the one its name says), for the web
    imports (a set's, a document's); ImportRefused saying why it cannot be."""
    chosen = formats.get(format_name) if format_name in formats.names(can_import=True) else formats.guess(filename)
    if chosen is None or chosen.import_items is None:
        raise ImportRefused(f"Choose the file's format: “{filename}” could be one of several, or none Quizapp reads.")
    if not data:
        raise ImportRefused("The file is empty.")
    try:
        return chosen, chosen.import_items(data, filename)
    except FormatError as exc:
        raise ImportRefused(f"“{filename}” cannot be read as {chosen.label}: {exc}.") from None


# ---------------------------------------------------------------- items out


def cited_passages(document_id: int | None, numbers: set[int]) -> dict[int, str]:
    if document_id is None:
        return {}
    return {p.number: p.text for p in source_passages(document_id, sorted(numbers))}


def document_items(document: Document) -> tuple[BankItems, dict[int, str]]:
    """A document's live questions and flashcards, by topic, with the cited passages."""
    items = BankItems(title=document.title)
    topics = {t.id: Topic(t.slug, t.title) for t in document.topics}
    order = {t.id: t.position for t in document.topics}
    rows = db.session.execute(
        select(Question, QuestionVersion)
        .join(QuestionVersion, (QuestionVersion.question_id == Question.id) & (QuestionVersion.number == Question.version))
        .where(Question.document_id == document.id, Question.retired_at.is_(None))
        .order_by(Question.id)
    ).all()
    for question, version in sorted(rows, key=lambda r: (order.get(r[0].topic_id or 0, 0), r[0].id)):
        items.questions.append({"id": question.bank_id, **version.content})
        items.topics[question.bank_id] = topics.get(question.topic_id or 0, WRITTEN_TOPIC)
    cards = db.session.execute(
        select(Flashcard).where(Flashcard.document_id == document.id, Flashcard.retired_at.is_(None)).order_by(Flashcard.id)
    ).scalars()
    for card in sorted(cards, key=lambda c: (order.get(c.topic_id, 0), c.id)):
        items.cards.append({"id": card.bank_id, "front": card.front, "back": card.back, "source": list(card.source), "tags": list(card.tags)})
        items.topics[card.bank_id] = topics[card.topic_id]
    cited = {n for i in items.questions + items.cards for n in i.get("source") or []}
    return items, cited_passages(document.id, cited)


def export(format_name: str, items: BankItems, passages: dict[int, str], *, zipped: bool = False) -> tuple[ExportResult, str]:
    """The file in ``format_name`` and its loss report; ``zipped`` puts both in one zip."""
    chosen = formats.get(format_name)
    assert chosen.export_items is not None
    options: dict[str, Any] = {"passages": passages} if chosen.quotes_passages else {}
    result = chosen.export_items(items.questions, items.cards, title=items.title, topics=items.topics, **options)
    report = loss_report(chosen.label, len(items.questions), len(items.cards), result.lost)
    if zipped and not chosen.writes_archive:
        result = with_report(result, report)
    return result, report


