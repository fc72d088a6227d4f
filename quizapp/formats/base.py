"""What every import/export format shares: the results, the loss notes, text helpers.

The common currency is the bank's own YAML shape (questions/README.md): a format reads a file
into lists of bank item dicts exactly as a topic file's ``questions:`` and ``cards:`` entries,
and writes such lists out. Nothing here knows a format; ``quizapp/formats/__init__.py``
registers them.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, ClassVar, Protocol

# An upload or a file to import is refused above this size, before it is parsed.
MAX_IMPORT_BYTES = 8 * 1024 * 1024


class FormatError(ValueError):
    """The file cannot be read at all (not XML, a hostile archive, too big); nothing is imported."""


def read_text_file(data: bytes) -> str:
    """A text format's upload as text: within the size limit, UTF-8 (a byte-order mark is
    dropped); FormatError with the reason otherwise."""
    if len(data) > MAX_IMPORT_BYTES:
        raise FormatError(f"the file is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FormatError("the file is not UTF-8 text") from None


@dataclass(frozen=True)
class Topic:
    """A topic as a format carries it: Moodle's category, GIFT's $CATEGORY, an Anki deck."""

    slug: str
    title: str


@dataclass(frozen=True)
class LossNote:
    """One thing an export could not carry: the item, and what of it was lost."""

    item: str
    message: str

    def __str__(self) -> str:
        return f"{self.item}: {self.message}"


@dataclass(frozen=True)
class Problem:
    """One thing an import could not read: where in the file, which item, what is wrong."""

    where: str
    item: str | None
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.item + ': ' if self.item else ''}{self.message}"


@dataclass
class ExportResult:
    data: bytes
    filename: str
    lost: list[LossNote] = field(default_factory=list)


@dataclass
class ImportResult:
    """Items read from a file, in the bank's YAML shape, with the topic of each (by item id) and
    where in the file each was read (``where``), plus every problem met on the way."""

    questions: list[dict[str, Any]] = field(default_factory=list)
    cards: list[dict[str, Any]] = field(default_factory=list)
    topics: dict[str, Topic] = field(default_factory=dict)
    where: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    title: str = ""
    # What was read for an item but cannot be kept with it (an enemy the file does not hold),
    # by item id: the item imports, and the import's preview says what it left behind.
    left_out: dict[str, list[str]] = field(default_factory=dict)

    def items(self) -> list[dict[str, Any]]:
        return self.questions + self.cards


class ExportFunction(Protocol):
    def __call__(
        self, questions: list[dict[str, Any]], cards: list[dict[str, Any]], *, title: str, topics: Mapping[str, Topic]
    ) -> ExportResult: ...


@dataclass(frozen=True)
class Format:
    """One format in the registry: how it is named, which files it reads, what it can do."""

    name: str
    label: str
    extensions: tuple[str, ...]
    export_items: ExportFunction | None
    import_items: Callable[[bytes, str], ImportResult] | None
    holds: str  # one line for the page: what the format carries
    # The export takes ``passages`` (paragraph number -> text) to quote the cited passages.
    quotes_passages: bool = False
    # The exported file is itself a zip (.apkg, .xlsx): no loss report can be put beside it.
    writes_archive: bool = False

    @property
    def can_import(self) -> bool:
        return self.import_items is not None

    @property
    def can_export(self) -> bool:
        return self.export_items is not None


# ---------------------------------------------------------------- text helpers


class _TextExtractor(HTMLParser):
    """Plain text out of HTML: tags dropped (scripts and styles with their content), block
    elements and <br> as line breaks, entities resolved."""

    BLOCKS: ClassVar[set[str]] = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(text: str) -> str:
    """Imported HTML as the plain text our question templates show (they escape everything):
    markup and scripts are dropped, never passed on; paragraphs become single lines."""
    if "<" not in text and "&" not in text:
        return " ".join(text.split())
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    return "\n".join(line for line in lines if line)


def text_to_html(text: str) -> str:
    """Our plain text as HTML for formats whose text is HTML (Moodle XML), one <p> a line."""
    return "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in text.split("\n"))


def slugify(text: str, fallback: str = "imported") -> str:
    """A bank slug (lowercase letters, digits, hyphens) from any title."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:60].strip("-")
    return slug or fallback


def item_id(text: str, fallback: str) -> str:
    """A bank item id (letters, digits, ``-``, ``_``) from a name a file gives, else ``fallback``."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ident = re.sub(r"[^A-Za-z0-9_-]+", "-", folded).strip("-_")[:60]
    return ident or fallback


def unique_ids(result: ImportResult) -> None:
    """Give repeated ids (two Moodle questions with one name) a suffix, keeping the first."""
    seen: set[str] = set()
    for item in result.items():
        base = item["id"]
        n = 1
        while item["id"] in seen:
            n += 1
            item["id"] = f"{base}-{n}"
        if item["id"] != base:
            result.topics[item["id"]] = result.topics.get(base, Topic("imported", "Imported"))
            result.where[item["id"]] = result.where.get(base, "")
        seen.add(item["id"])


SOURCE_LINE = re.compile(r"^Source: paragraphs? ([\d, ]+)\.?$", re.MULTILINE)


def citation_line(source: list[int]) -> str:
    """The citation as every text format writes it, and reads back with ``read_citation``."""
    if not source:
        return ""
    word = "paragraph" if len(source) == 1 else "paragraphs"
    return f"Source: {word} {', '.join(str(n) for n in source)}."


def read_citation(text: str) -> tuple[str, list[int]]:
    """The text without its "Source: paragraphs …" line, and the paragraphs cited."""
    match = SOURCE_LINE.search(text)
    if not match:
        return text.strip(), []
    numbers = sorted({int(n) for n in re.findall(r"\d+", match.group(1))})
    return (text[: match.start()] + text[match.end():]).strip(), numbers


def with_source(item: dict[str, Any], source: list[int]) -> dict[str, Any]:
    """Mark an imported item with its citations, or as unsourced when the file had none."""
    if source:
        item["source"] = source
    else:
        item["source"] = []
        item["unsourced"] = True
    return item


def normalised(item: dict[str, Any]) -> dict[str, Any]:
    """A question with the defaults a bank file may leave out filled in (``correct: false``,
    ``typos: false``, ``tolerance: 0``, ``unit: ""``), as the type modules expect them."""
    out = dict(item)
    if "choices" in out:
        out["choices"] = [{**c, "correct": bool(c.get("correct"))} for c in out["choices"]]
    if out.get("type") == "fill_in":
        out.setdefault("typos", False)
    if out.get("type") == "numeric":
        out.setdefault("tolerance", 0)
        out.setdefault("unit", "")
    if out.get("type") == "cloze":
        out["gaps"] = [
            {**g, "options": [{**o, "correct": bool(o.get("correct"))} for o in g["options"]]} if "options" in g else {"typos": False, **g}
            for g in out["gaps"]
        ]
    return out


def loss_report(format_label: str, questions: int, cards: int, lost: list[LossNote]) -> str:
    """The export's report as text: what was written, then every item's loss, one a line."""
    lines = [f"Exported to {format_label}: {questions} question(s), {cards} card(s).", ""]
    if lost:
        lines.append(f"Not carried by {format_label} ({len(lost)}):")
        lines += [f"  {note}" for note in lost]
    else:
        lines.append("Nothing was lost.")
    return "\n".join(lines) + "\n"


def with_report(result: ExportResult, report: str) -> ExportResult:
    """The export and its loss report in one zip (for formats that are not a zip already)."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(result.filename, result.data)
        archive.writestr("loss-report.txt", report)
    return ExportResult(data=out.getvalue(), filename=result.filename.rsplit(".", 1)[0] + ".zip", lost=result.lost)
