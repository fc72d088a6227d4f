"""Quizlet's import and export text: one card a line, term ⇥ definition.

Quizlet holds a term and a definition and nothing else: questions, citations, tags and topics
are listed as lost on export. Line breaks inside a side become spaces (a line is a card).
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from quizapp.formats.base import (
    read_text_file,
    ExportResult,
    ImportResult,
    LossNote,
    Problem,
    Topic,
    slugify,
    with_source,
)
from quizapp.formats.meta import left_behind, no_room


def _one_line(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def export_items(
    questions: list[dict[str, Any]], cards: list[dict[str, Any]], *, title: str, topics: Mapping[str, Topic]
) -> ExportResult:
    lost = [LossNote(q["id"], "Quizlet holds flashcards only: this question is not written") for q in questions]
    lines = []
    for card in cards:
        lines.append(f"{_one_line(card['front'])}\t{_one_line(card['back'])}")
        lost.append(LossNote(card["id"], no_room("Quizlet", left_behind(card))))
    return ExportResult(data=("\n".join(lines) + "\n").encode("utf-8"), filename=f"{slugify(title)}.quizlet.txt", lost=lost)


def import_items(data: bytes, filename: str) -> ImportResult:
    """Every ``term⇥definition`` line as a flashcard, located as ``file:line``."""
    text = read_text_file(data)
    result = ImportResult()
    stem = filename.rsplit(".", 1)[0].removesuffix(".quizlet") or "Imported"
    topic = Topic(slugify(stem), stem)
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        ident = f"quizlet-{n:03d}"
        term, tab, definition = line.partition("\t")
        if not tab or not term.strip() or not definition.strip():
            result.problems.append(Problem(f"{filename}:{n}", ident, "a line needs a term, a tab and a definition"))
            continue
        result.cards.append(with_source({"id": ident, "front": term.strip(), "back": definition.strip()}, []))
        result.topics[ident] = topic
        result.where[ident] = f"{filename}:{n}"
    return result
