"""Aiken: single choice only; everything else is listed as lost."""
from __future__ import annotations

from quizapp.formats import get
from tests.formats.items import checked, every_type, round_trip, shipped

AIKEN = get("aiken")

# The example of Moodle's Aiken page, with a ")" letter and a two-line prompt.
DOCS = b"""What is the correct answer to this question?
A. Is it this one?
B. Maybe this answer?
C. Possibly this one?
D. Must be this one!
ANSWER: D

Which LMS has the most quiz import formats?
A) Moodle
B) ATutor
C) Claroline
ANSWER: A
"""


def _keys(items):
    return [(q["prompt"], [(c["text"], bool(c.get("correct"))) for c in q["choices"]]) for q in items]


def test_single_choice_questions_come_back_and_everything_else_is_listed():
    items = shipped()
    out = AIKEN.export_items(items.questions, items.cards, title=items.title, topics=items.topics)
    singles = [q for q in items.questions if q["type"] == "single_choice"]
    back, _ = round_trip(AIKEN, items)
    assert _keys([{"prompt": q.content["prompt"], "choices": q.content["choices"]} for q in back.questions]) == _keys(singles)
    lost = {n.item for n in out.lost if "single choice only" in n.message or "flashcards" in n.message}
    assert lost == {q["id"] for q in items.questions if q["type"] != "single_choice"} | {c["id"] for c in items.cards}
    assert all(any(n.item == q["id"] and "explanation" in n.message for n in out.lost) for q in singles)


def test_every_type_only_single_choice_is_written():
    items = every_type()
    back, _ = round_trip(AIKEN, items)
    assert [q.type for q in back.questions] == ["single_choice"]
    assert back.questions[0].content["choices"] == checked(items).questions[0].content["choices"]


def test_moodles_example_imports_unsourced_with_the_defaults():
    result = AIKEN.import_items(DOCS, "docs.txt")
    assert not result.problems
    first, second = result.questions
    assert first["choices"][3] == {"text": "Must be this one!", "correct": True}
    assert [c["correct"] for c in second["choices"]] == [True, False, False]
    assert first["unsourced"] and first["source"] == [] and first["difficulty"] == 2 and first["kind"] == "fact"
    assert result.where[second["id"]] == "docs.txt:8"


def test_a_broken_question_is_reported_with_its_line_and_the_rest_is_read():
    text = b"Q1?\nA. a\nB. b\nANSWER: C\n\nQ2?\nA. a\nC. c\nANSWER: A\n\nQ3?\nA. a\nB. b\nANSWER: B\n\nQ4?\nA. a\nB. b\n"
    result = AIKEN.import_items(text, "x.txt")
    assert [str(p) for p in result.problems] == [
        "x.txt:4: aiken-001: ANSWER: C names no choice",
        "x.txt:6: aiken-002: choices must be lettered A, B, C … in order",
        "x.txt:18: aiken-004: the question does not end with 'ANSWER: <letter>'",
    ]
    assert [q["prompt"] for q in result.questions] == ["Q3?"]
