"""Anki: ``.apkg`` packages (written with genanki, read here) and Anki's "Notes in Plain Text".

Written: one deck per topic (``Bank title::Topic title``), one note per card of the note type
"Quizapp card" (fields Front, Back, Source, Quizapp id, Quizapp bank fields; the Source field
holds the citation and, where the document is at hand, the cited passages; the last a card's
lint waivers). A question becomes a flashcard (its prompt, with the choices where it has some;
the answer and the explanation on the back): it can be studied in Anki but not answered and
graded, and its enemies and waivers, which are about the question, stay behind; the loss report
says both.

Read: the notes of an ``.apkg`` (old ``collection.anki2``/``.anki21`` and the current
zstd-compressed ``collection.anki21b``) and of a plain-text export, as flashcards, with their
decks as topics. An ``.apkg`` is untrusted: its zip is checked (size, number of members, no
absolute or ``..`` paths) before anything is read, only the collection is extracted, with a
cap on its size, and the SQLite file is opened read-only.
"""
from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Mapping
from functools import cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from quizapp import qtypes
from quizapp.formats.base import (
    read_text_file,
    MAX_IMPORT_BYTES,
    ExportResult,
    FormatError,
    ImportResult,
    LossNote,
    Problem,
    Topic,
    citation_line,
    html_to_text,
    item_id,
    normalised,
    read_citation,
    slugify,
    unique_ids,
    with_source,
)
from quizapp.formats.meta import bank_field_words, bank_tags, read_bank_tags

if TYPE_CHECKING:
    import genanki

# Fixed ids, so that a second download updates the same note type in Anki, not a new one.
MODEL_ID = 1_607_392_319
MAX_MEMBERS = 2_000  # collection, media list and media files
MAX_COLLECTION_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
CSS = ".card { font-family: sans-serif; font-size: 20px; text-align: left; } .source { font-size: 14px; color: #555; }"

# A card's lint waivers, one ``quizapp:lint_ok=<code>: <reason>`` line each (as Moodle XML's
# tags): a field, not Anki tags, because an Anki tag cannot hold a space and a reason has them.
# The card templates do not show it; Anki's browser does, and it comes back on import.
BANK_FIELDS = "Quizapp bank fields"

@cache
def card_model() -> genanki.Model:
    """The note type of every card. genanki (with chevron, 40 modules) is imported by the first
    .apkg written, not with the app."""
    import genanki

    return genanki.Model(
        MODEL_ID,
        "Quizapp card",
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}, {"name": "Quizapp id"}, {"name": BANK_FIELDS}],
        templates=[
            {
                "name": "Card 1",
                "qfmt": "{{Front}}",
                "afmt": '{{FrontSide}}<hr id="answer">{{Back}}<div class="source">{{Source}}</div>',
            }
        ],
        css=CSS,
    )


# ---------------------------------------------------------------- export


def _html(text: str) -> str:
    return "<br>".join(html.escape(line, quote=False) for line in text.split("\n"))


def question_as_card(item: dict[str, Any]) -> dict[str, Any]:
    """A question as a flashcard: the prompt (with what to choose from), and on the back the
    right answer and the explanation."""
    item = normalised(item)
    kind = qtypes.get(item["type"])
    front = [item["prompt"]]
    if "choices" in item:
        front += [f"• {c['text']}" for c in item["choices"]]
    elif item["type"] == "cloze":
        front.append(re.sub(r"\{\d+\}", "_____", item["passage"]))
    elif item["type"] == "matching":
        front += [f"• {p['left']}" for p in item["pairs"]]
    back = [*kind.correct_text(item), item.get("explanation") or ""]
    return {
        "id": item["id"],
        "front": "\n".join(front),
        "back": "\n".join(line for line in back if line),
        "source": item.get("source") or [],
        "tags": item.get("tags") or [],
    }


def _deck_id(name: str) -> int:
    return 1 + int(hashlib.sha256(name.encode()).hexdigest()[:12], 16) % (2**31)


def _source_field(source: list[int], passages: Mapping[int, str]) -> str:
    parts = [html.escape(citation_line(source), quote=False)] if source else []
    parts += [f"¶{n} {html.escape(passages[n], quote=False)}" for n in source if n in passages]
    return "<br>".join(parts)


def build_apkg(
    cards: list[dict[str, Any]],
    deck_of: Mapping[str, str],
    passages: Mapping[int, str] | None = None,
    passages_of: Mapping[str, Mapping[int, str]] | None = None,
) -> bytes:
    """An .apkg of ``cards`` (front, back, source, tags, id), each in the deck ``deck_of`` names;
    the Source field quotes ``passages`` (or the card's own, ``passages_of[id]``)."""
    import genanki

    passages = passages or {}
    passages_of = passages_of or {}
    decks: dict[str, genanki.Deck] = {}
    for card in cards:
        name = deck_of[card["id"]]
        deck = decks.get(name) or decks.setdefault(name, genanki.Deck(_deck_id(name), name))
        deck.add_note(
            genanki.Note(
                model=card_model(),
                fields=[
                    _html(card["front"]),
                    _html(card["back"]),
                    _source_field(card.get("source") or [], passages_of.get(card["id"], passages)),
                    card["id"],
                    _html("\n".join(bank_tags({"lint_ok": card.get("lint_ok")}))),
                ],
                tags=[re.sub(r"\s+", "_", t) for t in card.get("tags") or []],
                guid=genanki.guid_for("quizapp", card["id"]),
            )
        )
    with tempfile.TemporaryDirectory(prefix="quizapp-apkg-") as scratch:
        path = Path(scratch) / "collection.anki2"
        connection = sqlite3.connect(path)
        try:
            genanki.Package(list(decks.values())).write_to_db(connection.cursor(), 1_700_000_000.0, _ids())
            connection.commit()
        finally:
            connection.close()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(path, "collection.anki2")
            archive.writestr("media", "{}")
        return out.getvalue()


def _ids() -> Any:
    import itertools

    return itertools.count(1_700_000_000_000)


def _as_card_note(question: dict[str, Any]) -> str:
    note = "becomes a flashcard (prompt on the front, answer and explanation on the back): studied in Anki, not graded"
    about = bank_field_words(question)
    if about:
        note += f"; {' and '.join(about)} stay behind: they are about the question, not a flashcard"
    return note


def export_items(
    questions: list[dict[str, Any]],
    cards: list[dict[str, Any]],
    *,
    title: str,
    topics: Mapping[str, Topic],
    passages: Mapping[int, str] | None = None,
) -> ExportResult:
    lost = [LossNote(q["id"], _as_card_note(q)) for q in questions]
    every = [*cards, *(question_as_card(q) for q in questions)]
    deck_of = {c["id"]: f"{title.replace('::', ':')}::{topics.get(c['id'], Topic('imported', 'Imported')).title.replace('::', ':')}" for c in every}
    return ExportResult(data=build_apkg(every, deck_of, passages), filename=f"{slugify(title)}.apkg", lost=lost)


# ---------------------------------------------------------------- import


def _safe_members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise FormatError(f"the package holds {len(members)} files (at most {MAX_MEMBERS})")
    for info in members:
        path = PurePosixPath(info.filename.replace("\\", "/"))
        if path.is_absolute() or ".." in path.parts or re.match(r"^[A-Za-z]:", info.filename):
            raise FormatError(f"the package holds a file with an unsafe path ({info.filename!r}); nothing was read")
    if sum(i.file_size for i in members) > MAX_TOTAL_BYTES:
        raise FormatError("the package unpacks to more than 256 MB")
    return members


def _read_capped(stream: Any, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise FormatError(f"the collection unpacks to more than {limit // (1024 * 1024)} MB")
    return bytes(data)


def _collection(data: bytes) -> bytes:
    """The SQLite collection inside an .apkg, after the checks above."""
    if len(data) > MAX_IMPORT_BYTES:
        raise FormatError(f"the file is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise FormatError("not an Anki package (an .apkg is a zip file)") from None
    with archive:
        members = {i.filename: i for i in _safe_members(archive)}
        for name in ("collection.anki21b", "collection.anki21", "collection.anki2"):
            if name in members:
                try:
                    with archive.open(members[name]) as stream:
                        raw = _read_capped(stream, MAX_COLLECTION_BYTES)
                except (zipfile.BadZipFile, OSError, NotImplementedError) as exc:
                    raise FormatError(f"the package is damaged ({exc})") from None
                if name.endswith("b"):
                    import zstandard

                    try:
                        with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(raw)) as reader:
                            raw = _read_capped(reader, MAX_COLLECTION_BYTES)
                    except zstandard.ZstdError as exc:
                        raise FormatError(f"the collection cannot be decompressed ({exc})") from None
                if not raw.startswith(b"SQLite format 3\x00"):
                    raise FormatError("the package's collection is not an SQLite database")
                return raw
    raise FormatError("not an Anki package (no collection inside)")


def _notes(raw: bytes) -> tuple[list[tuple[str, list[str], list[str], str]], str]:
    """(note guid, field names, field values, deck name) of every note, and the tags column."""
    with tempfile.TemporaryDirectory(prefix="quizapp-apkg-") as scratch:
        path = Path(scratch) / "collection.sqlite"
        path.write_bytes(raw)
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return _read_notes(connection)
        except (sqlite3.DatabaseError, ValueError, KeyError, TypeError) as exc:
            raise FormatError(f"the collection cannot be read ({exc})") from None
        finally:
            connection.close()


def _read_notes(connection: sqlite3.Connection) -> tuple[list[tuple[str, list[str], list[str], str]], str]:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    field_names: dict[int, list[str]] = {}
    deck_names: dict[int, str] = {}
    if "notetypes" in tables:  # the current schema
        for ntid, _, name in connection.execute("SELECT ntid, ord, name FROM fields ORDER BY ntid, ord"):
            field_names.setdefault(int(ntid), []).append(str(name))
        deck_names = {int(i): str(n).replace("\x1f", "::") for i, n in connection.execute("SELECT id, name FROM decks")}
    else:  # the schema of Anki 2.1 and genanki: models and decks as JSON in col
        models, decks = connection.execute("SELECT models, decks FROM col").fetchone()
        for mid, model in json.loads(models).items():
            field_names[int(mid)] = [f["name"] for f in sorted(model["flds"], key=lambda f: f["ord"])]
        deck_names = {int(i): d["name"] for i, d in json.loads(decks).items()}
    deck_of = {int(nid): deck_names.get(int(did), "Default") for nid, did in connection.execute("SELECT nid, did FROM cards ORDER BY ord DESC")}
    notes = []
    tags = {}
    for nid, guid, mid, note_tags, fields in connection.execute("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id"):
        notes.append((str(guid), field_names.get(int(mid), []), str(fields).split("\x1f"), deck_of.get(int(nid), "Default")))
        tags[str(guid)] = str(note_tags)
    return notes, json.dumps(tags)


def _field(names: list[str], values: list[str], wanted: tuple[str, ...], fallback: int | None) -> str:
    lowered = [n.strip().lower() for n in names]
    for name in wanted:
        if name in lowered and lowered.index(name) < len(values):
            return values[lowered.index(name)]
    return values[fallback] if fallback is not None and fallback < len(values) else ""


def _text(value: str) -> str:
    return html_to_text(re.sub(r"\[sound:[^\]]*\]", "", value))


def _card(
    number: int, guid: str, names: list[str], values: list[str], deck: str, tags: str, where: str, result: ImportResult
) -> None:
    """One note as a flashcard of ``result`` (or a problem)."""
    front_raw = _field(names, values, ("front", "question", "term"), 0)
    if re.search(r"\{\{c\d+::", front_raw):
        result.problems.append(Problem(where, None, "a cloze note: Quizapp's flashcards have a front and a back"))
        return
    front = _text(front_raw)
    back = _text(_field(names, values, ("back", "answer", "definition"), 1))
    _, source = read_citation(_text(_field(names, values, ("source",), None)))
    ident = item_id(_text(_field(names, values, ("quizapp id",), None)), f"anki-{number:03d}")
    if not front or not back:
        result.problems.append(Problem(where, ident, "a note needs a front and a back"))
        return
    card: dict[str, Any] = {"id": ident, "front": front, "back": back}
    plain = [t.lower() for t in tags.split() if t.strip()]
    if plain:
        card["tags"] = plain
    _, fields = read_bank_tags(_text(_field(names, values, (BANK_FIELDS.lower(),), None)).split("\n"))
    if "lint_ok" in fields:  # a card takes waivers, never enemies
        card["lint_ok"] = fields["lint_ok"]
    result.cards.append(with_source(card, source))
    parts = [p.strip() for p in deck.split("::") if p.strip()]
    title = parts[-1] if parts else "Imported"
    if len(parts) > 1 and not result.title:
        result.title = parts[0]
    result.topics[ident] = Topic(slugify(title), title)
    result.where[ident] = where


def import_items(data: bytes, filename: str) -> ImportResult:
    """Every note of an .apkg as a flashcard, located as ``file: note N``."""
    notes, tags_json = _notes(_collection(data))
    tags = json.loads(tags_json)
    result = ImportResult()
    for number, (guid, names, values, deck) in enumerate(notes, start=1):
        _card(number, guid, names, values, deck, tags.get(guid, ""), f"{filename}: note {number}", result)
    unique_ids(result)
    return result


# ---------------------------------------------------------------- Anki's "Notes in Plain Text"

SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|", "colon": ":"}


def import_text(data: bytes, filename: str) -> ImportResult:
    """Anki's text export: ``#key:value`` header lines (separator, html, the guid, notetype,
    deck and tags columns), then one note a row; the first field is the front, the second the
    back, a third (our Source field) the citation."""
    text = read_text_file(data)
    lines = text.splitlines(keepends=True)
    header: dict[str, str] = {}
    skip = 0
    for line in lines:
        found = re.match(r"^#([a-z ]+):(.*)$", line.rstrip("\r\n"))
        if not found:
            break
        header[found.group(1).strip()] = found.group(2).strip()
        skip += 1
    separator = header.get("separator", "tab")
    separator = SEPARATORS.get(separator.lower(), separator[:1] or "\t")
    is_html = header.get("html", "false").lower() == "true"
    special = {}
    for key in ("guid", "notetype", "deck", "tags"):
        if f"{key} column" in header and header[f"{key} column"].isdigit():
            special[int(header[f"{key} column"]) - 1] = key
    result = ImportResult()
    reader = csv.reader(io.StringIO("".join(lines[skip:])), delimiter=separator, quotechar='"')
    for number, row in enumerate(reader, start=1):
        line_no = skip + reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        named = {special[i]: cell for i, cell in enumerate(row) if i in special}
        fields = [cell if is_html else html.escape(cell) for i, cell in enumerate(row) if i not in special]
        names = ["Front", "Back", "Source", "Quizapp id", BANK_FIELDS][: len(fields)] if len(fields) <= 5 else []
        _card(number, named.get("guid", str(number)), names, fields, named.get("deck", "Imported"), named.get("tags", ""), f"{filename}:{line_no}", result)
    unique_ids(result)
    return result
