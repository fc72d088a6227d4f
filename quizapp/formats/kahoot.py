"""Kahoot's quiz spreadsheet (.xlsx): question, up to four answers, time limit, correct answer(s).

Kahoot's template has a header row (Question, Answer 1 … Answer 4, Time limit, Correct
answer(s)) and a question a row. Its limits are checked, never worked around by cutting text:
a question of at most 120 characters, 2 to 4 answers of at most 75, a time limit of 5, 10, 20,
30, 60, 90, 120 or 240 seconds. Single choice and true/false can be written (true/false as
the answers True and False). Kahoot's "several correct answers" accept any one of them, which
is not our multiple select (all of them): such items are listed, never changed. Every other
type, flashcards and any item over a limit are listed as lost, as are explanations, citations,
tags, enemies and lint waivers, which Kahoot has no column for.

Cells starting with ``= + - @``, a tab or a carriage return are prefixed with ``'`` (the score
exports' helper), so a spreadsheet never runs an item's text as a formula; the prefix is taken
off again on import. A spreadsheet to import is checked as a zip (size, members, paths) before
openpyxl reads it; openpyxl then parses its XML with defusedxml, which is installed.
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from typing import Any

from quizapp import qtypes
from quizapp.formats.anki import _safe_members
from quizapp.formats.base import (
    MAX_IMPORT_BYTES,
    ExportResult,
    FormatError,
    ImportResult,
    LossNote,
    Problem,
    Topic,
    slugify,
    with_source,
)
from quizapp.formats.meta import apply_meta, default_explanation, left_behind, no_room
from quizapp.spreadsheets import DANGEROUS, neutralise

MAX_QUESTION = 120
MAX_ANSWER = 75
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
DEFAULT_TIME = 20
# Kahoot's "several correct answers" gives full points for any one of them; our multiple
# select wants all of them and none of the wrong ones. Said so in words a teacher uses.
MULTIPLE_SELECT = (
    "in Kahoot, a question with several correct answers gives full points to a player who picks any one of them;"
    " here the learner must pick all of them. Written to Kahoot it would score a half-right answer as right: not written"
)
SEVERAL_CORRECT = (
    "several correct answers, and Kahoot gives full points for picking any one of them; Quizapp's “Multiple select”"
    " asks for all of them, so this question would score differently here: not imported"
)
HEADER = ["#", "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
          "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
          "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one"]


def _answers(item: dict[str, Any]) -> tuple[list[str], list[int]] | None:
    if item["type"] == "true_false":
        return ["True", "False"], [1 if item["answer"] else 2]
    if item["type"] == "single_choice":
        return [c["text"] for c in item["choices"]], [i for i, c in enumerate(item["choices"], start=1) if c.get("correct")]
    return None


def fits(item: dict[str, Any]) -> str:
    """Why ``item`` does not fit Kahoot's limits ("" when it does)."""
    shape = _answers(item)
    if shape is None:
        if item["type"] == "multiple_select":
            return MULTIPLE_SELECT
        return f"Kahoot quizzes have no “{qtypes.get(item['type']).label}” questions: not written"
    answers, _ = shape
    if len(item["prompt"]) > MAX_QUESTION:
        return f"the question has {len(item['prompt'])} characters and Kahoot takes at most {MAX_QUESTION} (shorten it to export it): not written"
    if not 2 <= len(answers) <= 4:
        return f"the question has {len(answers)} answers and Kahoot takes 2 to 4: not written"
    long = [a for a in answers if len(a) > MAX_ANSWER]
    if long:
        return f"an answer has {len(long[0])} characters and Kahoot takes at most {MAX_ANSWER} ('{long[0][:40]}…'): not written"
    return ""


def export_items(
    questions: list[dict[str, Any]], cards: list[dict[str, Any]], *, title: str, topics: Mapping[str, Topic]
) -> ExportResult:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Kahoot"
    sheet.append([neutralise(title)])
    sheet.append(["Exported from Quizapp for Kahoot's quiz spreadsheet import."])
    sheet.append([])
    sheet.append(HEADER)
    lost: list[LossNote] = []
    number = 0
    for item in questions:
        reason = fits(item)
        if reason:
            lost.append(LossNote(item["id"], reason))
            continue
        shape = _answers(item)
        assert shape is not None
        answers, right = shape
        number += 1
        cells = [neutralise(a) for a in answers] + [None] * (4 - len(answers))
        sheet.append([number, neutralise(item["prompt"]), *cells, DEFAULT_TIME, ",".join(str(n) for n in right)])
        lost.append(LossNote(item["id"], no_room("Kahoot", left_behind(item))))
    lost += [LossNote(c["id"], "Kahoot quizzes have no flashcards: not written") for c in cards]
    out = io.BytesIO()
    book.save(out)
    return ExportResult(data=out.getvalue(), filename=f"{slugify(title)}.kahoot.xlsx", lost=lost)


def _cell_text(value: Any) -> str:
    text = "" if value is None else str(value).strip()
    if len(text) > 1 and text[0] == "'" and text[1:2] in DANGEROUS:
        text = text[1:]  # our own guard against formulas, taken off
    return text


def import_items(data: bytes, filename: str) -> ImportResult:
    """Every question row below the header row, located as ``file: row N``."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if len(data) > MAX_IMPORT_BYTES:
        raise FormatError(f"the file is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _safe_members(archive)
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        if isinstance(exc, FormatError):
            raise
        raise FormatError("not an .xlsx spreadsheet") from None
    try:
        sheet = book.worksheets[0]
        rows = list(sheet.iter_rows(max_row=5_000, max_col=12, values_only=True))
    finally:
        book.close()
    header_at = next((i for i, row in enumerate(rows[:30]) if any(_cell_text(c).lower().startswith("question") for c in row)), None)
    if header_at is None:
        raise FormatError("no header row with a 'Question' column (is this Kahoot's quiz template?)")
    header = [_cell_text(c).lower() for c in rows[header_at]]
    column = {name: next((i for i, h in enumerate(header) if h.startswith(name)), -1) for name in ("question", "answer 1", "answer 2", "answer 3", "answer 4", "time limit", "correct")}
    if min(column["question"], column["answer 1"], column["answer 2"], column["correct"]) < 0:
        raise FormatError("the header row needs Question, Answer 1, Answer 2 and Correct answer(s) columns")
    result = ImportResult()
    stem = filename.rsplit(".", 1)[0].removesuffix(".kahoot") or "Imported"
    topic = Topic(slugify(stem), stem)
    for n, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        cells = [_cell_text(c) for c in row] + [""] * 12
        prompt = cells[column["question"]]
        if not prompt:
            continue
        ident, where = f"kahoot-{len(result.questions) + len(result.problems) + 1:03d}", f"{filename}: row {n}"
        answers = [cells[column[f"answer {k}"]] for k in range(1, 5) if column[f"answer {k}"] >= 0]
        try:
            right = sorted({int(x) for x in cells[column["correct"]].replace(";", ",").split(",") if x.strip()})
        except ValueError:
            result.problems.append(Problem(where, ident, f"the correct answer(s) must be numbers 1–4, not '{cells[column['correct']]}'"))
            continue
        filled = [(k, a) for k, a in enumerate(answers, start=1) if a]
        if not right or any(k not in dict(filled) for k in right):
            result.problems.append(Problem(where, ident, "the correct answer(s) must name answers that are filled in"))
            continue
        if len(right) > 1:
            result.problems.append(Problem(where, ident, SEVERAL_CORRECT))
            continue
        item: dict[str, Any] = {"id": ident, "type": "single_choice", "prompt": prompt}
        if [a for _, a in filled] == ["True", "False"]:
            item = {"id": ident, "type": "true_false", "prompt": prompt, "answer": right == [1]}
        else:
            item["choices"] = [{"text": a, "correct": k in right} for k, a in filled]
        apply_meta(item, {})
        item["explanation"] = default_explanation(item)
        result.questions.append(with_source(item, []))
        result.topics[ident] = topic
        result.where[ident] = where
    return result
