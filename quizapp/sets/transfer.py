"""Import and export of a quiz set: its items out in any format, a file's questions into it
(previewed, stored only when confirmed).

A preview stores nothing: the items read are carried to the confirming POST in a signed token
(the server's secret key; a changed token is refused) and checked again there, by the same
validator as a teacher's written question and ``flask bank check``.
"""
from __future__ import annotations

import copy
from typing import Any

from quizapp import qtypes
from quizapp.extensions import db
from quizapp.formats.bankio import BankItems, check_import, cue_findings
from quizapp.formats.base import ImportResult, Topic, normalised
from quizapp.formats.preview import Destination, Entry, ImportPreview, PreviewRow, preview_upload, read_with
from quizapp.formats.preview import preview_from_token as shared_preview_from_token
from quizapp.formats.services import (
    NOT_IN_A_SET,
    UPLOAD_LIMIT,
    WRITTEN_TOPIC,
    ImportRefused,
    cited_passages,
    document_items,
    export,
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

# What a set's own written question has no place for, in words, by field.
NOT_IN_A_SET_WHY = {
    "enemies": "not kept, questions written for a set carry no such rule",
    "lint_ok": "not kept, questions written for a set keep no waivers (the cue check's findings are shown as they are)",
}


def _rows(quiz_set: QuizSet, entries: list[Entry], left_out: dict[str, list[str]]) -> list[PreviewRow]:
    """Every entry checked as the set's written question (exactly as a teacher's, and as
    ``flask bank check``), with the cue checks' findings; each row says what came with the item
    and whether the set keeps it."""
    from quizapp.sets.services import check_written_question, source_span

    span = source_span(quiz_set)
    cues = _findings([item for _, kind, item in entries if kind == "question"])
    labels = qtypes.labels()
    rows = []
    for where, _, item in entries:
        raw = {k: v for k, v in item.items() if k not in NOT_IN_A_SET}
        said = read_with(item)
        kept: list[str] = []
        not_kept = [f"{said[name]}: {why}" for name, why in NOT_IN_A_SET_WHY.items() if name in said]
        not_kept += left_out.get(str(item.get("id")), [])
        if not raw.get("source"):
            raw.pop("source", None)
        elif span.paragraphs == 0:
            raw.pop("source")
            not_kept.insert(0, f"{said['source']}: not kept, this set uses no document")
        else:
            kept.append(f"{said['source']}: kept, as paragraphs of the set's document")
        check = check_written_question(quiz_set, raw)
        problems = [f"{name}: {message}" if name else message for name, messages in check.problems.items() for message in messages]
        try:
            answer = qtypes.get(raw["type"]).correct_text(normalised(raw)) if check.ok else []
        except (KeyError, IndexError, StopIteration, TypeError):
            answer = []
        row = PreviewRow(
            where, "question", labels.get(str(raw.get("type")), str(raw.get("type"))), str(raw.get("prompt", "")), answer, problems,
            dict(check.content or {}), [f"Cue check: {f}" for f in cues.get(str(item.get("id")), [])], kept, not_kept, str(item.get("id", "")),
        )
        rows.append(row)
    return rows


def _findings(questions: list[dict[str, Any]]) -> dict[str, list[str]]:
    """The lint findings on the items that pass the bank checker (a scratch bank of a copy),
    without the file's waivers, which a set does not keep."""
    scratch = [{k: v for k, v in q.items() if k != "lint_ok"} for q in copy.deepcopy(questions)]
    bank = check_import(ImportResult(questions=scratch), format_name="preview", filename="preview")
    return cue_findings(bank) if bank is not None else {}


def _destination(quiz_set: QuizSet) -> Destination:
    return Destination(
        "set", quiz_set.id, lambda entries, left_out: _rows(quiz_set, entries, left_out),
        refuses={"card": "a flashcard (a quiz set holds questions)"},
    )


def preview_import(quiz_set: QuizSet, data: bytes, filename: str, format_name: str | None) -> ImportPreview:
    """What the file holds for this set: every question checked, nothing stored."""
    return preview_upload(_destination(quiz_set), data, filename, format_name)


def preview_from_token(quiz_set: QuizSet, token: str) -> ImportPreview:
    """The preview a confirming form carries, checked again; ImportRefused when the token was
    changed or made for another set."""
    return shared_preview_from_token(_destination(quiz_set), token)


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
        position += 1
        quiz_set.items.append(QuizSetItem(question=_new_written_question(quiz_set, row.stored), position=position))
    db.session.commit()
    return len(preview.good)


__all__ = ["UPLOAD_LIMIT", "ImportPreview", "ImportRefused", "confirm_import", "document_items", "export", "preview_import", "set_items"]
