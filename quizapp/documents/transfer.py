"""A question file into one of the user's own documents, and paragraphs attached to what it brought.

The same preview, confirm and skip-the-bad-ones flow as a set's import (``quizapp/sets/transfer.py``),
read through the formats registry (``quizapp/formats``): nothing is stored by the preview, whose
items travel to the confirming POST in a signed token and are checked again there. The items
arrive as drafts of the document, marked ``unsourced`` (they cite no paragraph of it), with the
cue checks' and grounding's findings shown beside them. The owner then attaches paragraphs of the
document to each: the numbers are checked against the document's paragraphs, and grounding runs
against the paragraphs attached (a key they do not hold keeps the draft from being accepted).
"""
from __future__ import annotations

import hashlib
import json
import re
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from quizapp import qtypes
from quizapp.bank.lint import CHECKS
from quizapp.bank.parser import SourceSpan, check_question
from quizapp.bank.user_documents import DocumentDraft, DocumentParagraph, UserDocument
from quizapp.documents.services import DocumentError, _unique_id, paragraphs_of, source_span
from quizapp.extensions import db
from quizapp.formats.base import normalised
from quizapp.formats.bankio import BANK_ONLY
from quizapp.formats.meta import enemy_words
from quizapp.formats.preview import Destination, Entry, ImportPreview, ImportRefused, PreviewRow, preview_upload, read_with
from quizapp.formats.preview import preview_from_token as shared_preview_from_token
from quizapp.formats.services import UPLOAD_LIMIT
from quizapp.transactions import unit_of_work

if TYPE_CHECKING:
    from quizapp.derive import Draft

# An imported draft cites no paragraph yet: it is listed under this number, before paragraph 1.
UNSOURCED = 0
# A file's own citations name paragraphs of *its* source, not of this document.
NOT_KEPT = ("id", "source", "unsourced", *BANK_ONLY)


# ---------------------------------------------------------------- checks


def _as_draft(kind: str, item: dict[str, Any], source: list[int]) -> Draft:
    """An item as the drafter's checks take it (``quizapp.derive.checks``)."""
    # The drafter (its word tables, 30 MB a worker) is imported when an import is checked,
    # not with the app: a question page never needs it.
    from quizapp.derive import Draft

    cited = {**item, "id": "imported", "source": source}
    return Draft("imported", kind, cited, source[0] if source else UNSOURCED, None, 0.0)


def _check_item(kind: str, raw: dict[str, Any], span: SourceSpan) -> tuple[dict[str, Any] | None, list[str]]:
    """The item as a draft stores it (a question's content as the bank checker fills it in),
    or the problems that keep it out."""
    if kind == "card":
        card: dict[str, Any] = {k: raw[k] for k in ("front", "back", "tags") if k in raw}
        problems = [f"the card's {name} is empty" for name in ("front", "back") if not str(card.get(name) or "").strip()]
        return (None, problems) if problems else (card, [])
    checked = check_question(raw, span, optional=("id", "source"))
    if checked.content is None:
        return None, [f"{name}: {message}" if name else message for name, messages in checked.problems.items() for message in messages]
    return {k: v for k, v in checked.content.items() if k not in NOT_KEPT}, []


def findings(document: UserDocument, kind: str, item: dict[str, Any], paragraphs: list[DocumentParagraph]) -> list[str]:
    """What the cue checks and grounding say of an unsourced item: the cue findings of a
    question, then whether its key is anywhere in the document, and where."""
    from quizapp.derive.checks import grounding, lint_findings

    language = document.language
    found = lint_findings(_as_draft(kind, item, [1]), language) if kind == "question" else []
    content = [p for p in paragraphs if not p.is_heading]
    whole = "\n".join(p.text for p in content)
    missing = grounding(_as_draft(kind, item, []), whole, language)
    if missing:
        found += [f"grounding: {m.replace('the cited paragraph', 'this document')}" for m in missing]
    else:
        holding = [p.number for p in content if not grounding(_as_draft(kind, item, [p.number]), p.text, language)]
        if holding:
            found.append(f"grounding: the key is in paragraph {', '.join(str(n) for n in holding[:5])}{' …' if len(holding) > 5 else ''}: attach the ones that settle it")
        else:
            found.append("grounding: the key's words are in this document, but in no single paragraph: attach the paragraphs that settle it")
    return found


def _check_waivers(raw: Any) -> tuple[dict[str, str], list[str]]:
    """The file's lint waivers a draft can keep (a known finding code, a written reason), and
    why each other one cannot be kept."""
    kept: dict[str, str] = {}
    refused: list[str] = []
    for code, reason in dict(raw or {}).items():
        if code not in CHECKS:
            refused.append(f"the waiver of “{code}”: not kept, Quizapp's cue check has no such finding")
        elif not str(reason).strip():
            refused.append(f"the waiver of “{code}”: not kept, it gives no reason")
        else:
            kept[str(code)] = str(reason).strip()
    return kept, refused


def _rows(document: UserDocument, entries: list[Entry], left_out: dict[str, list[str]]) -> list[PreviewRow]:
    """Every entry checked as a draft of ``document``: its content as the bank checker takes it,
    its lint waivers, and its enemies among the file's items that can be imported (as file ids:
    the confirm gives them the drafts' ids). Each row says what came with the item and whether
    the draft keeps it."""
    span = source_span(document)
    paragraphs = paragraphs_of(document)
    labels = qtypes.labels()
    rows = []
    for where, kind, raw in entries:
        content = {k: v for k, v in raw.items() if k not in NOT_KEPT}
        item, problems = _check_item(kind, content, span)
        if kind == "card":
            type_label, prompt, answer = "Flashcard", str(raw.get("front", "")), [str(raw.get("back", ""))]
        else:
            type_label, prompt = labels.get(str(raw.get("type")), str(raw.get("type"))), str(raw.get("prompt", ""))
            answer = qtypes.get(item["type"]).correct_text(normalised(item)) if item is not None else []
        row = PreviewRow(where, kind, type_label, prompt, answer if not problems else [], problems, item or {}, file_id=str(raw.get("id", "")))
        said = read_with(raw)
        if "source" in said:
            row.not_kept.append(
                f"{said['source']} of the file's own source: not kept, they are not this document's paragraphs"
                " (attach this document's after importing)"
            )
        waivers, refused = _check_waivers(raw.get("lint_ok"))
        if waivers:
            row.stored["lint_ok"] = waivers
            row.kept.append(read_with({"lint_ok": waivers})["lint_ok"] + ": kept")
        row.not_kept += refused
        row.not_kept += left_out.get(row.file_id, [])
        if item is not None:
            row.findings = [_waived(f, waivers) for f in findings(document, kind, item, paragraphs)]
        rows.append(row)
    importable = {r.file_id for r in rows if r.ok and r.kind == "question"}
    for row, (_, _, raw) in zip(rows, entries):
        enemies = [str(e) for e in raw.get("enemies") or []] if row.kind == "question" else []
        kept = [e for e in enemies if e in importable and e != row.file_id]
        dropped = [e for e in enemies if e not in kept]
        if kept and row.ok:
            row.stored["enemies"] = kept
            row.kept.append(f"{enemy_words(kept)}: kept")
        if dropped:
            row.not_kept.append(f"{enemy_words(dropped)}: not kept, {'that item' if len(dropped) == 1 else 'those items'} cannot be imported")
    return rows


def _waived(finding: str, waivers: dict[str, str]) -> str:
    code = finding.split(":", 1)[0]
    return f"{finding} (waived in the file: {waivers[code]})" if code in waivers else finding


def _destination(document: UserDocument) -> Destination:
    return Destination("document", document.id, lambda entries, left_out: _rows(document, entries, left_out))


# ---------------------------------------------------------------- preview and confirm


def preview_import(document: UserDocument, data: bytes, filename: str, format_name: str | None) -> ImportPreview:
    """What the file holds for this document: every item checked, nothing stored."""
    return preview_upload(_destination(document), data, filename, format_name)


def preview_from_token(document: UserDocument, token: str) -> ImportPreview:
    """The preview a confirming form carries, checked again; ImportRefused when the token was
    changed or made for another document."""
    return shared_preview_from_token(_destination(document), token)


def _key(row: PreviewRow) -> str:
    """The same item imported twice has one key: its content, not the ids its enemies name."""
    content = {k: v for k, v in row.stored.items() if k not in BANK_ONLY}
    return "import-" + hashlib.sha256(json.dumps([row.kind, content], sort_keys=True).encode()).hexdigest()[:16]


@unit_of_work
def confirm_import(document: UserDocument, preview: ImportPreview, skip_bad: bool) -> int:
    """Store the previewed items as the document's drafts (unsourced, waiting for review), all in
    one transaction, with their lint waivers and their enemies (named by the drafts' ids).
    Refused when some are bad and the owner did not choose to skip them, or when none is good.
    Importing the same file twice adds nothing the second time."""
    if preview.bad and not skip_bad:
        raise DocumentError(f"{len(preview.bad)} item(s) cannot be imported. Fix the file, or tick “skip the items that cannot be imported”.")
    if not preview.good:
        raise DocumentError("The file has no item that can be imported.")
    existing = db.session.execute(select(DocumentDraft.key, DocumentDraft.item).filter_by(document_id=document.id)).all()
    id_of_key = {str(key): str(item.get("id")) for key, item in existing}
    ids = set(id_of_key.values())
    position = db.session.execute(select(func.coalesce(func.max(DocumentDraft.position), 0)).filter_by(document_id=document.id)).scalar() or 0
    # Every good row's draft id first (an item imported before keeps its draft's), so that
    # enemies can name the drafts.
    new: list[tuple[PreviewRow, str, str]] = []
    draft_id: dict[str, str] = {}
    for row in preview.good:
        key = _key(row)
        if key not in id_of_key:
            id_of_key[key] = _unique_id(f"imp-{row.stored.get('type', 'card')}-{len(ids) + 1}", ids)
            ids.add(id_of_key[key])
            new.append((row, key, id_of_key[key]))
        draft_id[row.file_id] = id_of_key[key]
    for row, key, ident in new:
        item = {"id": ident, **row.stored, "source": [], "unsourced": True}
        if "enemies" in item:
            item["enemies"] = [draft_id[e] for e in item["enemies"] if e in draft_id and draft_id[e] != ident]
            if not item["enemies"]:
                del item["enemies"]
        position += 1
        db.session.add(
            DocumentDraft(
                document_id=document.id, key=key, kind=row.kind, item=item, paragraph=UNSOURCED, answer_span=None,
                score=0.0, problems=[], findings=row.findings, state="pending", variant=0, position=position,
            )
        )
    db.session.commit()
    return len(new)


# ---------------------------------------------------------------- attaching paragraphs


def read_paragraph_numbers(document: UserDocument, text: str) -> list[int]:
    """"3, 7" (or "3 7", "3-5") as paragraph numbers of the document; DocumentError saying which
    number is not a content paragraph of it."""
    paragraphs = {p.number: p for p in paragraphs_of(document)}
    numbers: list[int] = []
    for part in re.split(r"[,;\s]+", text.strip()):
        if not part:
            continue
        span = re.fullmatch(r"(\d+)(?:[-–](\d+))?", part)
        if span is None:
            raise DocumentError(f"“{part}” is not a paragraph number: write numbers such as 3, 7 or 3-5.")
        first, last = int(span.group(1)), int(span.group(2) or span.group(1))
        if last < first or last - first > 20:
            raise DocumentError(f"“{part}” is not a range of paragraphs this item can cite.")
        numbers += range(first, last + 1)
    if not numbers:
        raise DocumentError("Write the numbers of the paragraphs that settle the answer, e.g. 3, 7.")
    for number in numbers:
        if number not in paragraphs:
            raise DocumentError(f"There is no paragraph {number}: this document has {len(paragraphs)}.")
        if paragraphs[number].is_heading:
            raise DocumentError(f"Paragraph {number} is a heading: cite the paragraphs under it.")
    return sorted(set(numbers))


@unit_of_work
def attach_paragraphs(document: UserDocument, draft: DocumentDraft, text: str) -> list[str]:
    """Cite paragraphs of the document for an imported draft (replacing any it cited), and run
    grounding against them. Returns grounding's problems: when there are any, the draft waits
    for review and cannot be accepted until it is edited or other paragraphs are attached."""
    from quizapp.derive.checks import grounding, lint_findings

    if not str(draft.key).startswith("import-"):
        raise DocumentError("Only imported items get their paragraphs attached: edit a drafted item instead.")
    numbers = read_paragraph_numbers(document, text)
    by_number = {p.number: p for p in paragraphs_of(document)}
    cited = "\n".join(by_number[n].text for n in numbers)
    item = {k: v for k, v in draft.item.items() if k != "unsourced"}
    item["source"] = numbers
    problems = grounding(_as_draft(draft.kind, item, numbers), cited, document.language)
    draft.item = item
    draft.paragraph = numbers[0]
    draft.problems = problems
    draft.findings = lint_findings(_as_draft(draft.kind, item, numbers), document.language) if draft.kind == "question" else []
    if problems:
        draft.state = "pending"
    draft.note = ""
    db.session.commit()
    return problems


__all__ = [
    "UNSOURCED", "UPLOAD_LIMIT", "ImportPreview", "ImportRefused", "attach_paragraphs", "confirm_import",
    "findings", "preview_from_token", "preview_import", "read_paragraph_numbers",
]
