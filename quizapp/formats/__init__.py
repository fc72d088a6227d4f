"""Import and export of question banks: one module per format, registered here.

Every format converts to and from lists of bank item dicts, exactly as a topic file's
``questions:`` and ``cards:`` entries (questions/README.md): ``export_items(questions, cards,
*, title, topics)`` returns the file and a ``LossNote`` for everything it could not carry;
``import_items(data, filename)`` returns the items, the topic of each and a ``Problem`` for
everything it could not read. ``quizapp.formats.bankio`` checks imported items with the bank's
own validator and writes bank folders. The command line (``flask bank import|export``) and the
web pages ask this registry and never name a format.
"""
from __future__ import annotations

from quizapp.formats import aiken, anki, gift, kahoot, moodle_xml, qti, quizlet
from quizapp.formats.base import (
    ExportResult,
    Format,
    FormatError,
    ImportResult,
    LossNote,
    Problem,
    Topic,
)

_FORMATS: tuple[Format, ...] = (
    Format(
        "moodle-xml", "Moodle XML", (".xml",), moodle_xml.export_items, moodle_xml.import_items,
        "every question type and flashcards, topics as categories, citations in the general feedback, enemies and lint waivers as tags",
        quotes_passages=True,
    ),
    Format(
        "gift", "GIFT (Moodle text)", (".gift", ".txt"), gift.export_items, gift.import_items,
        "choice, true/false, typed, number and matching questions; not ordering, cloze or flashcards",
    ),
    Format(
        "aiken", "Aiken", (".aiken", ".txt"), aiken.export_items, aiken.import_items,
        "single-choice questions only",
    ),
    Format(
        "anki", "Anki package (.apkg)", (".apkg",), anki.export_items, anki.import_items,
        "flashcards in a deck per topic with a Source field; questions become flashcards",
        quotes_passages=True,
        writes_archive=True,
    ),
    Format("anki-text", "Anki notes in plain text", (".txt",), None, anki.import_text, "flashcards (read only)"),
    Format(
        "quizlet", "Quizlet (term ⇥ definition)", (".tsv", ".txt"), quizlet.export_items, quizlet.import_items,
        "flashcards only: a term and a definition each",
    ),
    Format(
        "qti", "QTI 1.2 (Canvas, Blackboard)", (".qti.zip", ".zip"), qti.export_items, qti.import_items,
        "choice, true/false, typed, number and matching questions, a section per topic; not ordering, cloze or flashcards",
        writes_archive=True,
    ),
    Format(
        "kahoot", "Kahoot spreadsheet (.xlsx)", (".xlsx",), kahoot.export_items, kahoot.import_items,
        "single choice and true/false within Kahoot's limits (question ≤ 120 characters, 2–4 answers ≤ 75)",
    ),
)
REGISTRY: dict[str, Format] = {f.name: f for f in _FORMATS}


def get(name: str) -> Format:
    """The format called ``name``; KeyError for any other."""
    return REGISTRY[name]


def names(*, can_import: bool = False, can_export: bool = False) -> list[str]:
    return [f.name for f in _FORMATS if (f.can_import or not can_import) and (f.can_export or not can_export)]


def guess(filename: str) -> Format | None:
    """The one format that reads files ending like ``filename`` (None when none or several do)."""
    lowered = filename.lower()
    found = [f for f in _FORMATS if f.can_import and any(lowered.endswith(e) for e in f.extensions)]
    return found[0] if len(found) == 1 else None


__all__ = ["REGISTRY", "ExportResult", "Format", "FormatError", "ImportResult", "LossNote", "Problem", "Topic", "get", "guess", "names"]
