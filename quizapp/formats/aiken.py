"""Aiken: single-choice questions as plain text, one question a block::

    Who became interim president?
    A. José María Balcázar
    B. Dina Boluarte
    ANSWER: A

The prompt is one line, then lettered choices (``A.`` or ``A)``), then ``ANSWER:`` and the
letter. Aiken holds nothing else: every other type, flashcards, explanations, citations, tags,
difficulty and kind are listed as lost on export, and imported items get the import defaults.
"""
from __future__ import annotations

import re
import string
from collections.abc import Mapping
from typing import Any

from quizapp import qtypes
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
from quizapp.formats.meta import apply_meta, default_explanation, left_behind, no_room

LETTERS = string.ascii_uppercase
CHOICE = re.compile(r"^([A-Z])[.)]\s+(.*)$")
ANSWER = re.compile(r"^ANSWER:\s*([A-Z])\s*$")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def export_items(
    questions: list[dict[str, Any]], cards: list[dict[str, Any]], *, title: str, topics: Mapping[str, Topic]
) -> ExportResult:
    blocks, lost = [], []
    for item in questions:
        if item["type"] != "single_choice":
            label = qtypes.get(item["type"]).label
            lost.append(LossNote(item["id"], f"“{label}” questions cannot be written in Aiken (single choice only): not written"))
            continue
        if len(item["choices"]) > len(LETTERS):
            lost.append(LossNote(item["id"], f"Aiken letters the choices A to Z, and this question has {len(item['choices'])}: not written"))
            continue
        lines = [_one_line(item["prompt"])]
        lines += [f"{LETTERS[i]}. {_one_line(c['text'])}" for i, c in enumerate(item["choices"])]
        lines.append(f"ANSWER: {LETTERS[next(i for i, c in enumerate(item['choices']) if c.get('correct'))]}")
        blocks.append("\n".join(lines))
        lost.append(LossNote(item["id"], no_room("Aiken", left_behind(item))))
    for card in cards:
        lost.append(LossNote(card["id"], "flashcards cannot be written in Aiken: not written"))
    return ExportResult(data=("\n\n".join(blocks) + "\n").encode("utf-8"), filename=f"{slugify(title)}.aiken.txt", lost=lost)


def import_items(data: bytes, filename: str) -> ImportResult:
    """Every Aiken question of the file, each located as ``file:line`` of its prompt."""
    text = read_text_file(data)
    result = ImportResult()
    topic = Topic(slugify(filename.rsplit(".", 1)[0]), filename.rsplit(".", 1)[0] or "Imported")
    block: list[tuple[int, str]] = []
    number = 0
    for n, line in enumerate([*text.splitlines(), ""], start=1):
        if line.strip():
            block.append((n, line.strip()))
            if not ANSWER.match(line.strip()):
                continue
        if not block:
            continue
        number += 1
        _read_block(block, number, filename, topic, result)
        block = []
    return result


def _read_block(block: list[tuple[int, str]], number: int, filename: str, topic: Topic, result: ImportResult) -> None:
    where = f"{filename}:{block[0][0]}"
    item_id = f"aiken-{number:03d}"
    *body, (answer_line, last) = block
    answer = ANSWER.match(last)
    if not answer:
        result.problems.append(Problem(f"{filename}:{answer_line}", item_id, "the question does not end with 'ANSWER: <letter>'"))
        return
    prompt: list[str] = []
    choices: list[tuple[str, str]] = []
    for n, line in body:
        match = CHOICE.match(line)
        if match and ((not choices and prompt) or choices):
            choices.append((match.group(1), match.group(2).strip()))
        elif choices:
            result.problems.append(Problem(f"{filename}:{n}", item_id, f"'{line}' is neither a choice (A. …) nor the ANSWER line"))
            return
        else:
            prompt.append(line)
    if [letter for letter, _ in choices] != list(LETTERS[: len(choices)]):
        result.problems.append(Problem(where, item_id, "choices must be lettered A, B, C … in order"))
        return
    key = answer.group(1)
    if key not in LETTERS[: len(choices)]:
        result.problems.append(Problem(f"{filename}:{answer_line}", item_id, f"ANSWER: {key} names no choice"))
        return
    item: dict[str, Any] = {
        "id": item_id,
        "type": "single_choice",
        "prompt": " ".join(prompt),
        "choices": [{"text": text, "correct": letter == key} for letter, text in choices],
    }
    apply_meta(item, {})
    item["explanation"] = default_explanation(item)
    result.questions.append(with_source(item, []))
    result.topics[item_id] = topic
    result.where[item_id] = where
