"""Import and export of a quiz set: its items out in any format, a file's questions into it
(previewed, stored only when confirmed).

A preview stores nothing: the items read are carried to the confirming POST in a signed token
(the server's secret key; a changed token is refused) and checked again there, by the same
validator as a teacher's written question and ``flask bank check``.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer

from quizapp import qtypes
from quizapp.extensions import db
from quizapp.formats.bankio import BankItems, check_import, cue_findings
from quizapp.formats.base import ImportResult, Topic, normalised
from quizapp.formats.services import (
    NOT_IN_A_SET,
    UPLOAD_LIMIT,
    WRITTEN_TOPIC,
    ImportRefused,
    cited_passages,
    document_items,
    export,
    read_upload,
)
from quizapp.quiz.services import current_versions
from quizapp.sets.models import QuizSet, QuizSetItem

def set_items(quiz_set: QuizSet) -> tuple[BankItems, dict[int, str]]:
    """The set's questions (their current versions, in the set's order), with the cited
    passages when they all come from one document."""
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
    return items, cited_passages(document.id if document else None, cited)


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

    chosen, result = read_upload(data, filename, format_name)
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


__all__ = ["UPLOAD_LIMIT", "ImportPreview", "ImportRefused", "confirm_import", "document_items", "export", "preview_import", "set_items"]
