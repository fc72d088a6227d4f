"""One import preview for every destination (a quiz set, one's own document): what a file
holds, row by row, checked by the destination, and carried to the confirming POST in a signed
token. Nothing here knows a destination: each passes in its own check of the rows
(``RowCheck``), and renders the rows with ``formats/_preview_rows.html``.

A preview stores nothing. The items read travel in the token (signed with the server's secret
key, bound to the destination's id; a changed token or another destination's is refused) and
are checked again by the destination when the import is confirmed.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Request, current_app
from itsdangerous import BadSignature, URLSafeSerializer

from quizapp.formats.meta import enemy_words
from quizapp.formats.services import ImportRefused, read_upload

# One item as read from the file, as the token carries it: where in the file, "question" or
# "card", and the item in the bank's YAML shape (its id in the file, citation, enemies, waivers).
Entry = tuple[str, str, dict[str, Any]]


@dataclass
class PreviewRow:
    """One item read from the file: where, what, and what keeps it out (if anything).

    ``kept`` and ``not_kept`` say, in words and each with the reason, what the file gave with
    the item beside its content (its citation, the questions it must never share a quiz with, its lint waivers)
    and whether the destination keeps each; ``stored`` is what the destination will store."""

    where: str
    kind: str  # "question" or "card"
    type_label: str
    prompt: str
    answer: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    stored: dict[str, Any] = field(default_factory=dict)
    findings: list[str] = field(default_factory=list)  # the destination's checks: shown, never hidden
    kept: list[str] = field(default_factory=list)
    not_kept: list[str] = field(default_factory=list)
    file_id: str = ""  # the item's id in the file (enemies name these)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class ImportPreview:
    """What a file holds for one destination; ``token`` carries it to the confirming POST."""

    filename: str
    format_label: str
    rows: list[PreviewRow] = field(default_factory=list)
    not_read: list[str] = field(default_factory=list)  # file-level problems, and what the destination cannot hold
    token: str = ""

    @property
    def good(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.ok]

    @property
    def bad(self) -> list[PreviewRow]:
        return [r for r in self.rows if not r.ok]


# The destination's check: the entries it holds, and what the file read of each but could not
# keep (an enemy the file does not hold, by item id), as preview rows in the same order.
RowCheck = Callable[[list[Entry], dict[str, list[str]]], list[PreviewRow]]


@dataclass(frozen=True)
class Destination:
    """Where an import goes: its kind in words ("set", "document"), its id (a token is bound to
    it), the check of its rows, and why it holds no item of a kind (e.g. a set's flashcards)."""

    kind: str
    id: int
    check: RowCheck
    refuses: dict[str, str] = field(default_factory=dict)  # item kind -> why not held

    def serializer(self) -> URLSafeSerializer:
        return URLSafeSerializer(str(current_app.config["SECRET_KEY"]), salt=f"quizapp-{self.kind}-import")


def preview_upload(destination: Destination, data: bytes, filename: str, format_name: str | None) -> ImportPreview:
    """What the uploaded file holds for ``destination``: every item checked by it, nothing
    stored; ImportRefused (with the reason) for a file that cannot be read or holds no item."""
    chosen, result = read_upload(data, filename, format_name)
    preview = ImportPreview(filename=filename, format_label=chosen.label)
    preview.not_read = [str(p) for p in result.problems]
    entries: list[Entry] = []
    for kind, items in (("question", result.questions), ("card", result.cards)):
        for item in items:
            where = result.where.get(item["id"], filename)
            if kind in destination.refuses:
                preview.not_read.append(f"{where}: {destination.refuses[kind]}")
            else:
                entries.append((where, kind, item))
    if not entries and not preview.not_read:
        raise ImportRefused(f"“{filename}” holds no question or flashcard.")
    held = {item["id"] for _, _, item in entries}
    left_out = {k: v for k, v in result.left_out.items() if k in held}
    preview.rows = destination.check(entries, left_out)
    state = {"to": destination.id, "file": filename, "format": chosen.label, "items": entries, "left_out": left_out}
    preview.token = destination.serializer().dumps(state)
    return preview


def preview_from_token(destination: Destination, token: str) -> ImportPreview:
    """The preview a confirming form carries, checked again by ``destination``; ImportRefused
    when the token was changed or made for another destination."""
    try:
        state = destination.serializer().loads(token)
    except BadSignature:
        raise ImportRefused("The preview was changed or has expired: upload the file again.") from None
    if not isinstance(state, dict) or state.get("to") != destination.id:
        raise ImportRefused(f"That preview was made for another {destination.kind}: upload the file again.")
    entries: list[Entry] = [(str(where), str(kind), dict(item)) for where, kind, item in state["items"]]
    left_out = {str(k): [str(line) for line in v] for k, v in dict(state.get("left_out") or {}).items()}
    preview = ImportPreview(filename=str(state["file"]), format_label=str(state["format"]), token=token)
    preview.rows = destination.check(entries, left_out)
    return preview


def uploaded(request: Request) -> tuple[bytes, str, str | None]:
    """The upload form's file (its bytes and name) and chosen format, for ``preview_upload``;
    ImportRefused when no file was chosen."""
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        raise ImportRefused("Choose a file to import.")
    return upload.read(), upload.filename, request.form.get("format") or None


# ---------------------------------------------------------------- what came with an item, in words


def citation_words(source: list[int]) -> str:
    return f"cites paragraph{'s' if len(source) > 1 else ''} {', '.join(str(n) for n in source)}"


def read_with(item: dict[str, Any]) -> dict[str, str]:
    """What the file gave with ``item`` beside its content, in words, by field (``source``,
    ``enemies``, ``lint_ok``): the destination says of each whether it keeps it."""
    said = {}
    if item.get("source"):
        said["source"] = citation_words(list(item["source"]))
    if item.get("enemies"):
        said["enemies"] = enemy_words(list(item["enemies"]))
    if item.get("lint_ok"):
        waivers = dict(item["lint_ok"])
        plural = "s" if len(waivers) > 1 else ""
        said["lint_ok"] = f"the cue-check warning{plural} marked as acceptable: " + "; ".join(f"{code} (“{reason}”)" for code, reason in waivers.items())
    return said


__all__ = [
    "Destination", "Entry", "ImportPreview", "ImportRefused", "PreviewRow", "RowCheck",
    "citation_words", "preview_from_token", "preview_upload", "read_with", "uploaded",
]
