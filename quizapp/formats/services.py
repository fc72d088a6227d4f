"""Import and export on the web: a set's or a document's items out in any format, a file's
questions into a set (previewed, stored only when confirmed), a learner's deck as an .apkg.

A preview stores nothing: the items read are carried to the confirming POST in a signed token
(the server's secret key; a changed token is refused) and checked again there, by the same
validator as a teacher's written question and ``flask bank check``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import select

from quizapp import formats, qtypes
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
    normalised,
    slugify,
    with_report,
)

if TYPE_CHECKING:  # quizapp.sets imports this module's views; only the type is needed here
    from quizapp.sets.models import QuizSet

# The largest upload the import page takes (a set holds at most 100 questions: a Moodle XML
# file of 100 questions with long feedback is far below this).
UPLOAD_LIMIT = 4 * 1024 * 1024
WRITTEN_TOPIC = Topic("written", "Written for the set")
NOT_IN_A_SET = ("id", "unsourced", "enemies", "lint_ok")


class ImportRefused(ValueError):
    """The upload cannot be previewed or imported; the message says why."""


# ---------------------------------------------------------------- items out


def _passages(document_id: int | None, numbers: set[int]) -> dict[int, str]:
    if document_id is None:
        return {}
    return {p.number: p.text for p in source_passages(document_id, sorted(numbers))}


def set_items(quiz_set: QuizSet) -> tuple[BankItems, dict[int, str]]:
    """The set's questions (their current versions, in the set's order), with the cited
    passages when they all come from one document."""
    from quizapp.quiz.services import current_versions
    from quizapp.sets.services import set_document

    items = BankItems(title=quiz_set.title)
    ordered = sorted(quiz_set.items, key=lambda i: i.position)
    versions = current_versions([i.question_id for i in ordered])
    for entry in ordered:
        question = entry.question
        content = dict(versions[question.id].content)
        items.questions.append({"id": question.bank_id, **content})
        topic = question.topic
        items.topics[question.bank_id] = Topic(topic.slug, topic.title) if topic is not None else WRITTEN_TOPIC
    document = set_document(quiz_set)
    cited = {n for q in items.questions for n in q.get("source") or []}
    return items, _passages(document.id if document else None, cited)


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
    return items, _passages(document.id, cited)


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


def deck_package(deck: Any, user_id: int | None) -> tuple[bytes, str]:
    """A learner's deck (a document's or topic's flashcards, or their missed questions) as an
    .apkg, each card's Source field with the citation and the cited passages; and its name."""
    from quizapp.cards.models import KIND_MISSED, StudyCard
    from quizapp.cards.services import _bank_condition, card_face
    from quizapp.formats.anki import build_apkg

    cards: list[dict[str, Any]] = []
    cited: dict[str, tuple[int | None, list[int]]] = {}
    if deck.is_missed:
        assert user_id is not None
        rows = db.session.execute(
            select(StudyCard).where(StudyCard.user_id == user_id, StudyCard.kind == KIND_MISSED).order_by(StudyCard.id)
        ).scalars()
        for card in rows:
            face = card_face(card)
            question = card.question_version.question if card.question_version is not None else None
            ident = question.bank_id if question is not None else f"missed-{card.id}"
            back = [*face.back, face.explanation] if face.explanation else face.back
            cards.append({"id": ident, "front": face.front, "back": "\n".join(back), "source": face.source, "tags": ["missed"]})
            cited[ident] = (question.document_id if question is not None else None, face.source)
        parts = ["Quizapp", "My missed questions"]
    else:
        for flashcard in db.session.execute(select(Flashcard).where(_bank_condition(deck)).order_by(Flashcard.topic_id, Flashcard.id)).scalars():
            cards.append({"id": flashcard.bank_id, "front": flashcard.front, "back": flashcard.back, "source": list(flashcard.source), "tags": list(flashcard.tags)})
            cited[flashcard.bank_id] = (flashcard.document_id, list(flashcard.source))
        parts = ["Quizapp", *([deck.parent] if deck.parent else []), deck.title]
    by_document: dict[int, set[int]] = {}
    for document_id, numbers in cited.values():
        if document_id is not None:
            by_document.setdefault(document_id, set()).update(numbers)
    texts = {d: _passages(d, numbers) for d, numbers in by_document.items()}
    passages_of = {ident: {n: texts[d][n] for n in numbers if n in texts[d]} for ident, (d, numbers) in cited.items() if d is not None}
    name = "::".join(p.replace("::", ":") for p in parts)  # "::" nests decks in Anki
    data = build_apkg(cards, {c["id"]: name for c in cards}, passages_of=passages_of)
    return data, f"{slugify(deck.title)}.apkg"


# ---------------------------------------------------------------- a file into a set


@dataclass
class PreviewRow:
    """One item read from the file: where, what, and the problems that keep it out (if any)."""

    where: str
    type_label: str
    prompt: str
    answer: list[str]
    problems: list[str] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)
    content: dict[str, Any] | None = None
    findings: list[str] = field(default_factory=list)  # flask bank lint's cues, shown, never hidden

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class ImportPreview:
    filename: str
    format_label: str
    rows: list[PreviewRow] = field(default_factory=list)
    not_read: list[str] = field(default_factory=list)  # file-level problems, and what a set cannot hold
    citations_dropped: int = 0
    token: str = ""

    @property
    def good(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.ok]

    @property
    def bad(self) -> list[PreviewRow]:
        return [r for r in self.rows if not r.ok]


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(str(current_app.config["SECRET_KEY"]), salt="quizapp-set-import")


def _check_rows(quiz_set: QuizSet, entries: list[tuple[str, dict[str, Any]]]) -> list[PreviewRow]:
    from quizapp.sets.services import check_written_question

    rows = []
    labels = qtypes.labels()
    for where, raw in entries:
        check = check_written_question(quiz_set, raw)
        problems = [f"{name}: {message}" if name else message for name, messages in check.problems.items() for message in messages]
        try:
            answer = qtypes.get(raw["type"]).correct_text(normalised(raw)) if check.ok else []
        except (KeyError, IndexError, StopIteration, TypeError):
            answer = []
        rows.append(
            PreviewRow(where, labels.get(str(raw.get("type")), str(raw.get("type"))), str(raw.get("prompt", "")), answer, problems, raw, check.content)
        )
    return rows


def preview_import(quiz_set: QuizSet, data: bytes, filename: str, format_name: str | None) -> ImportPreview:
    """What the file holds for this set: every question checked, nothing stored."""
    from quizapp.sets.services import source_span

    chosen = formats.get(format_name) if format_name in formats.names(can_import=True) else formats.guess(filename)
    if chosen is None or chosen.import_items is None:
        raise ImportRefused(f"Choose the file's format: “{filename}” could be one of several, or none Quizapp reads.")
    if not data:
        raise ImportRefused("The file is empty.")
    try:
        result = chosen.import_items(data, filename)
    except FormatError as exc:
        raise ImportRefused(f"“{filename}” cannot be read as {chosen.label}: {exc}.") from None
    preview = ImportPreview(filename=filename, format_label=chosen.label)
    preview.not_read = [str(p) for p in result.problems]
    preview.not_read += [f"{result.where.get(c['id'], filename)}: a flashcard (a quiz set holds questions)" for c in result.cards]
    span = source_span(quiz_set)
    entries = []
    for item in result.questions:
        raw = {k: v for k, v in item.items() if k not in NOT_IN_A_SET}
        if not raw.get("source"):
            raw.pop("source", None)
        elif span.paragraphs == 0:
            raw.pop("source")
            preview.citations_dropped += 1
        entries.append((result.where.get(item["id"], filename), raw))
    preview.rows = _check_rows(quiz_set, entries)
    findings = _findings(result)
    for row, item in zip(preview.rows, result.questions):
        row.findings = findings.get(item["id"], [])
    preview.token = _serializer().dumps({"set": quiz_set.id, "file": filename, "format": chosen.label, "items": entries})
    return preview


def _findings(result: ImportResult) -> dict[str, list[str]]:
    """The lint findings on the items that pass the bank checker (a scratch bank of a copy)."""
    import copy

    from quizapp.formats.bankio import check_import, cue_findings

    scratch = ImportResult(questions=copy.deepcopy(result.questions), topics=dict(result.topics), where=dict(result.where))
    bank = check_import(scratch, format_name="preview", filename="preview")
    return cue_findings(bank) if bank is not None else {}


def preview_from_token(quiz_set: QuizSet, token: str) -> ImportPreview:
    """The preview a confirming form carries, checked again; ImportRefused when the token was
    changed or made for another set."""
    try:
        state = _serializer().loads(token)
    except BadSignature:
        raise ImportRefused("The preview was changed or has expired: upload the file again.") from None
    if not isinstance(state, dict) or state.get("set") != quiz_set.id:
        raise ImportRefused("That preview was made for another set: upload the file again.")
    entries = [(str(where), dict(raw)) for where, raw in state["items"]]
    preview = ImportPreview(filename=str(state["file"]), format_label=str(state["format"]), token=token)
    preview.rows = _check_rows(quiz_set, entries)
    return preview


def confirm_import(quiz_set: QuizSet, preview: ImportPreview, skip_bad: bool) -> int:
    """Store the previewed questions as the set's own, all in one transaction. Refused (with
    the reason) when some are bad and the teacher did not choose to skip them, when none is
    good, or when the set would pass its size limit. Returns how many were added."""
    from quizapp.sets.models import QuizSetItem
    from quizapp.sets.services import (
        MAX_SET_QUESTIONS,
        SetError,
        _check_unlocked,
        _new_written_question,
    )

    if preview.bad and not skip_bad:
        raise SetError(f"{len(preview.bad)} question(s) cannot be imported. Fix the file, or tick “skip the bad questions”.", 422)
    if not preview.good:
        raise SetError("The file has no question that can be imported.", 422)
    _check_unlocked(quiz_set)
    if len(quiz_set.items) + len(preview.good) > MAX_SET_QUESTIONS:
        raise SetError(f"A set holds at most {MAX_SET_QUESTIONS} questions: this one has {len(quiz_set.items)}, the file {len(preview.good)}.", 422)
    position = len(quiz_set.items)
    for row in preview.good:
        assert row.content is not None
        position += 1
        quiz_set.items.append(QuizSetItem(question=_new_written_question(quiz_set, row.content), position=position))
    db.session.commit()
    return len(preview.good)


__all__ = ["UPLOAD_LIMIT", "ImportPreview", "ImportRefused", "confirm_import", "deck_package", "document_items", "export", "preview_import", "set_items"]
