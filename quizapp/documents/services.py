"""The rules of a user's documents: import, paragraph edits, versions, review, publish.

Everything here is a plain function of the database session that tests call directly; the views
only parse requests and render. Publishing writes the accepted items as a bank folder (the very
format of ``questions/``), reads it back with the bank's own reader and loads it with the bank's
own loader, so a user's bank obeys exactly the rules ``flask bank check`` enforces and keeps its
history as a shipped bank does.
"""
from __future__ import annotations

import io
import re
from collections import Counter
import tempfile
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from sqlalchemy import func, select

from quizapp.bank.models import Document
from quizapp.bank.parser import (
    ITEM_ID,
    BankError,
    Problem,
    QuestionCheck,
    SourceSpan,
    check_question,
    read_bank,
)
from quizapp.bank.services import LoadReport, load_bank
from quizapp.bank.user_documents import (
    DocumentDraft,
    DocumentParagraph,
    DocumentVersion,
    UserDocument,
)
from quizapp.documents.reading import LANGUAGES, Block, ReadDocument, clean
from quizapp.extensions import db
from quizapp.transactions import unit_of_work

if TYPE_CHECKING:
    from quizapp.derive import Draft, Paragraph

SOURCE_FILE = "source.txt"


class DocumentError(Exception):
    """A request that cannot be done as asked; nothing was changed. ``status`` for the response."""

    def __init__(self, message: str, status: int = 422, problems: Sequence[str] = ()):
        super().__init__(message)
        self.status = status
        self.problems = list(problems)


# ---------------------------------------------------------------- access


def may_see(document: UserDocument, user_id: int | None) -> bool:
    """The owner always; anyone else only once it is published."""
    return document.owner_id == user_id or document.published


def documents_owned_by(owner_id: int) -> list[UserDocument]:
    return list(
        db.session.execute(select(UserDocument).filter_by(owner_id=owner_id).order_by(UserDocument.created_at.desc(), UserDocument.id.desc())).scalars()
    )


# ---------------------------------------------------------------- import and versions


def current_version(document: UserDocument) -> DocumentVersion:
    return db.session.execute(select(DocumentVersion).filter_by(document_id=document.id, number=document.version)).scalar_one()


def paragraphs_of(document: UserDocument) -> list[DocumentParagraph]:
    return list(current_version(document).paragraphs)


@unit_of_work
def import_document(owner_id: int, read: ReadDocument, origin: str, language: str) -> UserDocument:
    """A new document, version 1, from what a reader made of a file or pasted text."""
    document = UserDocument(owner_id=owner_id, title=read.title[:200] or "Untitled", language=language, version=1)
    db.session.add(document)
    db.session.flush()
    _add_version(document, 1, read.blocks, origin)
    db.session.commit()
    return document


def _add_version(document: UserDocument, number: int, blocks: Sequence[Block], origin: str) -> DocumentVersion:
    version = DocumentVersion(document_id=document.id, number=number, origin=origin[:200])
    db.session.add(version)
    db.session.flush()
    for position, block in enumerate(blocks, start=1):
        db.session.add(
            DocumentParagraph(version_id=version.id, number=position, text=block.text, is_heading=block.is_heading, is_list_item=block.is_list_item)
        )
    db.session.flush()
    db.session.expire(version, ["paragraphs"])
    return version


def _blocks(paragraphs: Sequence[DocumentParagraph]) -> list[Block]:
    return [Block(p.text, p.is_heading, p.is_list_item) for p in paragraphs]


def _has_drafts(document: UserDocument) -> bool:
    return bool(db.session.execute(select(func.count()).select_from(DocumentDraft).filter_by(document_id=document.id)).scalar())


@dataclass
class VersionReport:
    """What a new text did to the document: a new version or not, and the drafts it touched."""

    new_version: bool
    kept: int = 0  # drafts whose paragraphs are unchanged (renumbered if they moved)
    flagged: int = 0  # accepted drafts citing a changed paragraph: to review again
    dropped: int = 0  # pending or rejected drafts citing a changed paragraph: gone


def replace_paragraphs(document: UserDocument, blocks: Sequence[Block], origin: str) -> VersionReport:
    """Give the document new paragraphs (a re-import, a merge, a split, a heading mark).

    Before any draft exists the current version is simply rewritten. Afterwards a new version
    is made: drafts whose cited paragraphs are all still there (the same text, wherever it
    moved) keep their state and are renumbered; accepted drafts citing a changed paragraph are
    flagged for review (their published history stays as it is until the next publish); other
    drafts citing a changed paragraph are dropped, since deriving again replaces them.

    One step of the callers' unit of work (re-import, merge, split, heading): it does not commit.
    """
    old = paragraphs_of(document)
    if _blocks(old) == list(blocks):
        return VersionReport(new_version=False)
    if not _has_drafts(document):
        version = current_version(document)
        for paragraph in old:
            db.session.delete(paragraph)
        db.session.flush()
        for position, block in enumerate(blocks, start=1):
            db.session.add(DocumentParagraph(version_id=version.id, number=position, text=block.text, is_heading=block.is_heading, is_list_item=block.is_list_item))
        if origin:
            version.origin = origin[:200]
        db.session.flush()
        db.session.expire(version, ["paragraphs"])
        return VersionReport(new_version=False)

    mapping = _paragraph_mapping(old, blocks)
    document.version += 1
    _add_version(document, document.version, blocks, origin or "paragraphs edited")
    report = VersionReport(new_version=True)
    for draft in db.session.execute(select(DocumentDraft).filter_by(document_id=document.id)).scalars():
        if draft.item.get("unsourced"):
            report.kept += 1  # an imported item citing no paragraph: no edit of them touches it
            continue
        source = list(draft.item.get("source") or [draft.paragraph])
        if all(n in mapping for n in source) and draft.paragraph in mapping:
            item = dict(draft.item)
            item["source"] = [mapping[n] for n in source]
            draft.item = item
            draft.paragraph = mapping[draft.paragraph]
            report.kept += 1
        elif draft.state in ("accepted", "flagged"):
            changed = ", ".join(str(n) for n in source if n not in mapping)
            draft.state = "flagged"
            draft.note = f"Paragraph {changed} changed in version {document.version}: check this item against the new text."
            report.flagged += 1
        else:
            db.session.delete(draft)
            report.dropped += 1
    db.session.flush()
    return report


def _paragraph_mapping(old: Sequence[DocumentParagraph], new: Sequence[Block]) -> dict[int, int]:
    """Old paragraph number -> new number, for content paragraphs whose text is unchanged.

    Equal texts are paired in order, so a repeated paragraph maps to its own repetition."""
    positions: dict[str, list[int]] = {}
    for number, block in enumerate(new, start=1):
        if not block.is_heading:  # a paragraph now marked a heading can no longer be cited
            positions.setdefault(block.text, []).append(number)
    mapping: dict[int, int] = {}
    for paragraph in old:
        free = positions.get(paragraph.text)
        if free:
            mapping[paragraph.number] = free.pop(0)
    return mapping


@unit_of_work
def reimport(document: UserDocument, read: ReadDocument, origin: str) -> VersionReport:
    report = replace_paragraphs(document, read.blocks, origin)
    db.session.commit()
    return report


def _paragraph(paragraphs: Sequence[DocumentParagraph], number: int) -> DocumentParagraph:
    for paragraph in paragraphs:
        if paragraph.number == number:
            return paragraph
    raise DocumentError(f"There is no paragraph {number}.", 404)


@unit_of_work
def merge_with_next(document: UserDocument, number: int) -> VersionReport:
    """Paragraph ``number`` and the next become one (an import that split a paragraph)."""
    paragraphs = paragraphs_of(document)
    first = _paragraph(paragraphs, number)
    if number >= len(paragraphs):
        raise DocumentError("The last paragraph has no next paragraph to merge with.")
    second = paragraphs[number]
    blocks = _blocks(paragraphs)
    blocks[number - 1 : number + 1] = [Block(clean(f"{first.text} {second.text}"), first.is_heading and second.is_heading, first.is_list_item)]
    report = replace_paragraphs(document, blocks, "")
    db.session.commit()
    return report


@unit_of_work
def split_paragraph(document: UserDocument, number: int, text: str) -> VersionReport:
    """Split a paragraph where the user put blank lines in its text (and nowhere else: the words
    must stay the same, so that an edit never changes what the document says)."""
    paragraphs = paragraphs_of(document)
    paragraph = _paragraph(paragraphs, number)
    parts = [clean(part) for part in re.split(r"\n\s*\n|\r\n\s*\r\n", text.replace("\r\n", "\n")) if clean(part)]
    if len(parts) < 2:
        raise DocumentError("Put an empty line where the paragraph should be split.")
    if clean(" ".join(parts)) != paragraph.text:
        raise DocumentError("Only add empty lines: the words of the paragraph must stay as they are.")
    blocks = _blocks(paragraphs)
    blocks[number - 1 : number] = [Block(part, False, paragraph.is_list_item) for part in parts]
    report = replace_paragraphs(document, blocks, "")
    db.session.commit()
    return report


@unit_of_work
def toggle_heading(document: UserDocument, number: int) -> VersionReport:
    """Mark a paragraph as a heading (never cited, opens a topic) or unmark it."""
    paragraphs = paragraphs_of(document)
    paragraph = _paragraph(paragraphs, number)
    blocks = _blocks(paragraphs)
    blocks[number - 1] = Block(paragraph.text, not paragraph.is_heading, paragraph.is_list_item)
    report = replace_paragraphs(document, blocks, "")
    db.session.commit()
    return report


@unit_of_work
def update_details(document: UserDocument, title: str, language: str) -> None:
    title = clean(title)
    if not title:
        raise DocumentError("Give the document a title.")
    if language not in LANGUAGES:
        raise DocumentError("Choose one of the languages listed.")
    document.title = title[:200]
    document.language = language
    db.session.commit()


# ---------------------------------------------------------------- drafts


def derive_paragraphs(document: UserDocument) -> list[Paragraph]:
    # The drafter (its word tables, 30 MB a worker) is imported when a document is drafted,
    # not with the app: a question page never needs it.
    from quizapp.derive import Paragraph

    return [Paragraph(p.number, p.text, p.is_heading, p.is_list_item) for p in paragraphs_of(document)]


def derive_drafts(paragraphs: Sequence[Paragraph], language: str, *, variant: int = 0) -> list[Draft]:
    """The drafter's drafts (``quizapp.derive.derive_drafts``), the drafter imported here."""
    from quizapp.derive import derive_drafts as drafter

    return drafter(paragraphs, language, variant=variant)


@unit_of_work
def derive(document: UserDocument, variant: int = 0, paragraph: int | None = None, per_paragraph: int | None = None) -> int:
    """Ask the drafter for drafts (of one paragraph, or all) and keep the new ones; returns how many.

    ``per_paragraph`` keeps only that many of each paragraph's drafts, the best ranked first.
    A draft whose key is already stored is the same draft again and is skipped, so deriving
    twice changes nothing."""
    added = _derive(document, variant, paragraph, per_paragraph)
    db.session.commit()
    return added


def _derive(document: UserDocument, variant: int, paragraph: int | None, per_paragraph: int | None) -> int:
    """``derive`` without the commit, for callers that derive more than once in one unit."""
    drafts = derive_drafts(derive_paragraphs(document), document.language, variant=variant)
    if paragraph is not None:
        drafts = [d for d in drafts if d.paragraph == paragraph]
    if per_paragraph is not None:
        counts: Counter[int] = Counter()
        best = []
        for draft in sorted(drafts, key=lambda d: -d.score):  # stable: the drafter's order among equals
            if counts[draft.paragraph] < per_paragraph:
                counts[draft.paragraph] += 1
                best.append(draft)
        drafts = best
    known = set(db.session.execute(select(DocumentDraft.key).filter_by(document_id=document.id)).scalars())
    ids = {d.item.get("id") for d in db.session.execute(select(DocumentDraft).filter_by(document_id=document.id)).scalars()}
    position = db.session.execute(select(func.coalesce(func.max(DocumentDraft.position), 0)).filter_by(document_id=document.id)).scalar() or 0
    added = 0
    for draft in drafts:
        if draft.key in known:
            continue
        item = dict(draft.item)
        item["id"] = _unique_id(str(item.get("id") or draft.key), ids)
        ids.add(item["id"])
        position += 1
        db.session.add(
            DocumentDraft(
                document_id=document.id, key=draft.key[:200], kind=draft.kind, item=item, paragraph=draft.paragraph,
                answer_span=list(draft.answer_span) if draft.answer_span else None, score=draft.score,
                problems=list(draft.problems), state="pending", variant=variant, position=position,
            )
        )
        known.add(draft.key)
        added += 1
    db.session.flush()
    return added


def _unique_id(wanted: str, taken: set[Any]) -> str:
    base = re.sub(r"[^A-Za-z0-9_-]+", "-", wanted).strip("-_")[:70] or "item"
    if not ITEM_ID.match(base):
        base = f"d-{base}"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


@unit_of_work
def another_draft(document: UserDocument, paragraph: int) -> int:
    """New drafts of one paragraph: the drafter's next variant that gives anything new."""
    numbers = {p.number: p for p in paragraphs_of(document)}
    if paragraph not in numbers or numbers[paragraph].is_heading:
        raise DocumentError("Drafts are made from content paragraphs only.", 404 if paragraph not in numbers else 422)
    used = db.session.execute(
        select(func.coalesce(func.max(DocumentDraft.variant), 0)).filter_by(document_id=document.id, paragraph=paragraph)
    ).scalar() or 0
    added = 0
    for variant in range(used + 1, used + 4):
        added = _derive(document, variant, paragraph, None)
        if added:
            break
    db.session.commit()
    return added


def drafts_of(document: UserDocument) -> list[DocumentDraft]:
    return list(
        db.session.execute(
            select(DocumentDraft).filter_by(document_id=document.id).order_by(DocumentDraft.paragraph, DocumentDraft.score.desc(), DocumentDraft.position)
        ).scalars()
    )


def get_draft(document: UserDocument, draft_id: int) -> DocumentDraft:
    draft = db.session.get(DocumentDraft, draft_id)
    if draft is None or draft.document_id != document.id:
        raise DocumentError("There is no such draft.", 404)
    return draft


REVIEW_ACTIONS = {"accept": "accepted", "reject": "rejected", "undo": "pending"}


@unit_of_work
def review(draft: DocumentDraft, action: str) -> None:
    """Accept, reject or take back a decision. A draft that failed a check cannot be accepted
    as it is: edit it (the edit is validated) or reject it."""
    if action not in REVIEW_ACTIONS:
        raise DocumentError("Unknown action.", 400)
    if action == "accept" and not draft.ready:
        raise DocumentError("This draft failed a check (see why below it): edit it or reject it.")
    draft.state = REVIEW_ACTIONS[action]
    draft.note = ""
    db.session.commit()


@unit_of_work
def accept_all(document: UserDocument, paragraph: int) -> int:
    """Accept every ready draft of a paragraph that is still waiting; returns how many."""
    count = 0
    for draft in db.session.execute(select(DocumentDraft).filter_by(document_id=document.id, paragraph=paragraph)).scalars():
        if draft.state in ("pending", "flagged") and draft.ready:
            draft.state, draft.note = "accepted", ""
            count += 1
    db.session.commit()
    return count


def source_span(document: UserDocument) -> SourceSpan:
    paragraphs = paragraphs_of(document)
    return SourceSpan(paragraphs=len(paragraphs), headings=tuple(p.number for p in paragraphs if p.is_heading))


def editable_content(document: UserDocument, draft: DocumentDraft) -> dict[str, Any]:
    """A question draft as stored content, to fill in the teacher's form.

    A drafter writes items as a bank file holds them, so optional fields (a number's ``unit``,
    say) may be left out; each question type's ``form_data`` reads stored content, with every
    field. The bank's own check (through the question-type registry) fills them in. A draft
    whose citation the check refuses (its paragraph became a heading, say) is read without
    its source so the form still opens, showing the citation as it was to be corrected."""
    span = source_span(document)
    checked = check_question(draft.item, span)
    if checked.content is None:
        uncited = {k: v for k, v in draft.item.items() if k != "source"}
        checked = check_question(uncited, span, optional=("source",))
    if checked.content is None:
        return dict(draft.item)
    return {**checked.content, "id": draft.item["id"], "source": list(draft.item.get("source") or [])}


@unit_of_work
def edit_question_draft(document: UserDocument, draft: DocumentDraft, raw: dict[str, Any]) -> QuestionCheck:
    """Replace a question draft by the reviewer's version (checked as a bank file is) and accept it."""
    raw = {**raw, "id": draft.item["id"], "kind": draft.item.get("kind", "fact")}
    result = check_question(raw, source_span(document))
    if result.ok and result.content is not None:
        item = {"id": draft.item["id"], **{k: v for k, v in result.content.items() if k != "id"}}
        # The bank's own fields an imported draft brought (enemies, lint waivers) are not on the form: kept.
        item.update({k: draft.item[k] for k in ("enemies", "lint_ok") if k in draft.item})
        draft.item = item
        draft.paragraph = item["source"][0] if item.get("source") else draft.paragraph
        draft.answer_span = None  # the reviewer's answer may no longer be where the drafter found it
        draft.problems = []
        draft.findings = []  # they were of the item as imported, and it is replaced
        draft.state, draft.note = "accepted", ""
        db.session.commit()
    return result


@unit_of_work
def edit_card_draft(document: UserDocument, draft: DocumentDraft, front: str, back: str) -> list[str]:
    front, back = clean(front), clean(back)
    problems = [m for m, bad in (("Write the front of the card.", not front), ("Write the back of the card.", not back)) if bad]
    if not problems:
        draft.item = {**draft.item, "front": front, "back": back}
        draft.answer_span = None
        draft.problems = []
        draft.findings = []
        draft.state, draft.note = "accepted", ""
        db.session.commit()
    return problems


@dataclass
class Progress:
    reviewed: int
    total: int
    accepted: int
    ready: int

    def __str__(self) -> str:
        return f"{self.reviewed} of {self.total} reviewed"


def progress(drafts: Sequence[DocumentDraft]) -> Progress:
    return Progress(
        reviewed=sum(d.state in ("accepted", "rejected") for d in drafts),
        total=len(drafts),
        accepted=sum(d.state == "accepted" for d in drafts),
        ready=sum(d.ready for d in drafts),
    )


# ---------------------------------------------------------------- publish


def bank_slug(document: UserDocument) -> str:
    """Stable for the document's life: the bank keeps the slug of its first publish."""
    if document.bank_document_id is not None:
        bank = db.session.get(Document, document.bank_document_id)
        if bank is not None:
            return bank.slug
    words = unicodedata.normalize("NFKD", document.title).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9]+", "-", words).strip("-")[:50].strip("-")
    return f"my-{document.id}" + (f"-{words}" if words else "")


def write_bank_folder(document: UserDocument, folder: Path) -> Path:
    """The accepted items as a bank folder (``questions/README.md``): document.yaml, the source
    text (one paragraph a line) and one topic file per section of the document."""
    paragraphs = paragraphs_of(document)
    accepted = [d for d in drafts_of(document) if d.state == "accepted"]
    if not accepted:
        raise DocumentError("Accept at least one draft before publishing.")
    slug = bank_slug(document)
    folder = folder / slug
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SOURCE_FILE).write_text("".join(p.text.replace("\n", " ") + "\n" for p in paragraphs), encoding="utf-8")
    version = current_version(document)
    meta = {
        "slug": slug,
        "title": document.title,
        "description": f"Imported by its owner ({version.origin or 'pasted text'}, version {version.number}).",
        "language": document.language,
        "source": {
            "description": f"{len(paragraphs)} paragraphs, {sum(p.is_heading for p in paragraphs)} of them headings.",
            "paragraphs": len(paragraphs),
            "headings": [p.number for p in paragraphs if p.is_heading],
            "file": SOURCE_FILE,
        },
    }
    if any(d.item.get("unsourced") for d in accepted):
        # Only an imported bank may hold items citing no paragraph (questions/README.md).
        meta["imported"] = {"format": "question files imported into the document", "file": version.origin or "pasted text"}
    _dump(folder / "document.yaml", meta)
    sections = _sections(paragraphs, document.title)
    published = {str(d.item.get("id")) for d in accepted if d.kind != "card"}
    by_section: dict[int, list[DocumentDraft]] = {}
    for draft in accepted:
        by_section.setdefault(_section_of(draft.paragraph, sections), []).append(draft)
    for index, (_, title) in enumerate(sections):
        drafts = by_section.get(index)
        if not drafts:
            continue
        data: dict[str, Any] = {"topic": {"slug": f"part-{index + 1}", "title": title}}
        questions = [_with_published_enemies(d.item, published) for d in drafts if d.kind != "card"]
        cards = [d.item for d in drafts if d.kind == "card"]
        if questions:
            data["questions"] = questions
        if cards:
            data["cards"] = cards
        _dump(folder / f"{index + 1:03d}-part.yaml", data)
    return folder


def _with_published_enemies(item: dict[str, Any], published: set[str]) -> dict[str, Any]:
    """An imported draft's enemies name other drafts: those not accepted are not in the bank,
    and an enemy must be a question of the bank (``flask bank check``)."""
    if "enemies" not in item:
        return item
    enemies = [e for e in item["enemies"] if e in published]
    return {**{k: v for k, v in item.items() if k != "enemies"}, **({"enemies": enemies} if enemies else {})}


def _dump(path: Path, data: dict[str, Any]) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")


def _sections(paragraphs: Sequence[DocumentParagraph], title: str) -> list[tuple[int, str]]:
    """(first paragraph, title) of each section: the start, then each heading."""
    sections = [(1, title[:200] or "Introduction")]
    for paragraph in paragraphs:
        if paragraph.is_heading:
            if paragraph.number == 1:
                sections = []
            sections.append((paragraph.number, paragraph.text[:200]))
    return sections


def _section_of(number: int, sections: list[tuple[int, str]]) -> int:
    index = 0
    for i, (start, _) in enumerate(sections):
        if start <= number:
            index = i
    return index


@unit_of_work
def publish(document: UserDocument, listed: bool) -> LoadReport:
    """Make (or update) the document's bank from the accepted drafts, in one transaction.

    ``listed``: whether others may see and study it. Raises ``DocumentError`` with every problem
    when the bank's rules refuse an item; then nothing is changed."""
    with tempfile.TemporaryDirectory(prefix="quizapp-publish-") as tmp:
        folder = write_bank_folder(document, Path(tmp))
        try:
            bank = read_bank(folder)
        except BankError as exc:
            raise DocumentError("The bank could not be published:", 422, [_problem_text(p) for p in exc.problems]) from None
        report = load_bank(bank)
    bank_document = db.session.execute(select(Document).filter_by(slug=bank.slug)).scalar_one()
    document.published = listed
    document.bank_document_id = bank_document.id
    db.session.commit()
    return report


def _problem_text(problem: Problem) -> str:
    return f"{problem.item_id}: {problem.message}"


def bank_zip(document: UserDocument) -> tuple[str, bytes]:
    """The published bank as a zip of its folder (the file name, the bytes)."""
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="quizapp-zip-") as tmp:
        folder = write_bank_folder(document, Path(tmp))
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.iterdir()):
                archive.write(path, f"{folder.name}/{path.name}")
        return f"{folder.name}.zip", buffer.getvalue()
