"""Kahoot's quiz spreadsheet: limits checked, items that do not fit listed, formulas defused."""
from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook

from quizapp.formats import FormatError, get
from quizapp.formats.kahoot import fits
from tests.formats.items import checked, contents, every_type, round_trip, shipped

KAHOOT = get("kahoot")


def test_the_shipped_bank_round_trips_what_fits_and_lists_the_rest():
    items = shipped()
    out = KAHOOT.export_items(items.questions, items.cards, title=items.title, topics=items.topics)
    fitting = [q for q in items.questions if not fits(q)]
    assert 10 < len(fitting) < len(items.questions)
    reasons = {n.item: n.message for n in out.lost}
    for q in items.questions:
        if fits(q):
            assert reasons[q["id"]] == fits(q)
    assert any("at most 120" in r for r in reasons.values()) and any("Kahoot quizzes have no “Put in order”" in r for r in reasons.values())
    assert all(
        "picks any one of them; here the learner must pick all of them" in reasons[q["id"]] for q in items.questions if q["type"] == "multiple_select"
    )
    back, _ = round_trip(KAHOOT, items)
    original = contents(checked(items))
    keys = ("type", "prompt", "choices", "answer")
    assert [{k: q.content.get(k) for k in keys} for q in back.questions] == [{k: original[q["id"]].get(k) for k in keys} for q in fitting]


def test_every_type_only_the_kahoot_types_are_written():
    back, _ = round_trip(KAHOOT, every_type())
    assert [q.type for q in back.questions] == ["single_choice", "true_false"]


def test_text_that_looks_like_a_formula_is_never_a_formula_and_comes_back_as_written():
    items = every_type()
    items.questions[0]["prompt"] = "=HYPERLINK(\"http://evil\",\"x\")"
    items.questions[0]["choices"][1]["text"] = "@SUM(1,2)"
    out = KAHOOT.export_items(items.questions[:1], [], title="+cmd", topics=items.topics)
    sheet = load_workbook(io.BytesIO(out.data)).active
    values = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "'=HYPERLINK(\"http://evil\",\"x\")" in values and "'@SUM(1,2)" in values and "'+cmd" in values
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    result = KAHOOT.import_items(out.data, "x.xlsx")
    assert result.questions[0]["prompt"] == "=HYPERLINK(\"http://evil\",\"x\")"
    assert result.questions[0]["choices"][1]["text"] == "@SUM(1,2)"


def _sheet(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_kahoots_template_rows_import_and_bad_rows_are_reported():
    data = _sheet([
        ["Quiz template"], [],
        ["", "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
         "Answer 3 - max 75 characters", "Answer 4 - max 75 characters", "Time limit (sec)", "Correct answer(s) - choose at least one"],
        [1, "Capital of Italy?", "Rome", "Milan", None, None, 20, 1],
        [2, "Primes?", "2", "3", "4", None, 30, "1,2"],
        [3, "Is water wet?", "True", "False", None, None, 5, "2"],
        [4, "Broken?", "a", "b", None, None, 20, "3"],
        [5, "Worse?", "a", "b", None, None, 20, "one"],
    ])
    result = KAHOOT.import_items(data, "quiz.xlsx")
    assert [(q["type"], q["prompt"]) for q in result.questions] == [("single_choice", "Capital of Italy?"), ("true_false", "Is water wet?")]
    assert result.questions[0]["choices"] == [{"text": "Rome", "correct": True}, {"text": "Milan", "correct": False}]
    assert result.questions[1]["answer"] is False
    assert [str(p) for p in result.problems] == [
        "quiz.xlsx: row 5: kahoot-002: several correct answers, and Kahoot gives full points for picking any one of them;"
        " Quizapp's “Multiple select” asks for all of them, so this question would score differently here: not imported",
        "quiz.xlsx: row 7: kahoot-004: the correct answer(s) must name answers that are filled in",
        "quiz.xlsx: row 8: kahoot-005: the correct answer(s) must be numbers 1–4, not 'one'",
    ]


@pytest.mark.parametrize("data, message", [(b"not a zip", "not an .xlsx"), (_sheet([["a", "b"]]), "no header row")])
def test_files_that_are_not_kahoot_spreadsheets_are_refused(data, message):
    with pytest.raises(FormatError, match=message):
        KAHOOT.import_items(data, "x.xlsx")
