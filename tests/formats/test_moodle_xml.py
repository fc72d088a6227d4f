"""Moodle XML: lossless round trips, files written to Moodle's documented syntax, hostile XML."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from quizapp.formats import FormatError, get, moodle_xml
from quizapp.formats.bankio import check_import
from tests.formats.items import checked, contents, every_type, round_trip, shipped

FIXTURES = Path(__file__).parent / "fixtures"
MOODLE = get("moodle-xml")


def test_every_type_and_a_card_come_back_equal_in_content():
    items = every_type()
    back, result = round_trip(MOODLE, items)
    assert contents(back) == contents(checked(items))
    assert {t.title for t in result.topics.values()} == {"All / types"}  # a slash in a category name survives


def test_the_whole_shipped_bank_comes_back_equal_with_its_topics():
    items = shipped()
    back, _ = round_trip(MOODLE, items)
    original = checked(items)
    assert contents(back) == contents(original)
    assert len(back.questions) == 183 and len(back.cards) == 74
    assert [(t.slug, t.title) for t in back.topics] == [(t.slug, t.title) for t in original.topics]


def test_the_whole_shipped_bank_loses_nothing_not_even_its_enemies():
    items = shipped()
    out = MOODLE.export_items(items.questions, items.cards, title=items.title, topics=items.topics)
    assert out.lost == []
    back, _ = round_trip(MOODLE, items)
    original = checked(items)
    declared = {q.id: q.enemies for q in original.questions if q.enemies}
    assert len(declared) == 36  # the shipped bank's declared pairs, e.g. pres-q-003 and pres-q-048
    assert {q.id: q.enemies for q in back.questions if q.enemies} == declared


def test_lint_waivers_of_questions_and_cards_come_back_and_a_long_one_is_reported():
    """A waiver travels as the tag ``quizapp:lint_ok=<code>: <reason>``. Moodle cuts a tag to 50
    characters when it imports a file: a longer waiver is written whole, and listed."""
    items = every_type()
    short = {"cue-longest": "a law's name"}
    long = {"cue-stem-overlap": "the prompt must name the scandal to be understood at all"}
    items.questions[0]["lint_ok"] = short
    items.questions[1]["lint_ok"] = long
    items.cards[0]["lint_ok"] = short
    items.questions[0]["enemies"] = ["ex-002"]
    items.questions[1]["enemies"] = ["ex-001"]
    out = MOODLE.export_items(items.questions, items.cards, title=items.title, topics=items.topics)
    assert "<text>quizapp:lint_ok=cue-longest: a law's name</text>" in out.data.decode()
    assert [(n.item, "50 characters" in n.message) for n in out.lost] == [("ex-002", True)]
    back, _ = round_trip(MOODLE, items)
    questions = {q.id: q for q in back.questions}
    assert questions["ex-001"].lint_ok == short and questions["ex-002"].lint_ok == long
    assert questions["ex-001"].enemies == ["ex-002"] and questions["ex-002"].enemies == ["ex-001"]
    assert back.cards[0].lint_ok == short
    assert contents(back) == contents(checked(items))  # the tags are not read back as the item's own


def test_an_enemy_outside_the_exported_part_is_left_out_and_the_rest_imports():
    """An export of part of a bank: a pairing with a question the file does not hold pairs
    nothing in the bank made from it (an enemy must be a question of the same bank)."""
    items = every_type()
    items.questions[0]["enemies"] = ["ex-002", "pres-q-048"]
    items.questions[1]["enemies"] = ["ex-001"]
    out = MOODLE.export_items(items.questions, items.cards, title=items.title, topics=items.topics)
    result = MOODLE.import_items(out.data, out.filename)
    by_id = {q["id"]: q for q in result.questions}
    assert by_id["ex-001"]["enemies"] == ["ex-002"]
    bank = check_import(result, format_name="moodle-xml", filename=out.filename)
    assert bank is not None and not result.problems and len(bank.questions) == len(items.questions)


def test_the_citation_and_the_cited_passage_go_in_the_general_feedback():
    items = every_type()
    out = moodle_xml.export_items(items.questions, items.cards, title="T", topics=items.topics, passages={2: "Congress chose Balcázar."})
    text = out.data.decode()
    assert "Source: paragraph 2." in text and "¶2 Congress chose Balcázar." in text
    result = MOODLE.import_items(out.data, out.filename)
    assert all("Congress chose" not in q["explanation"] for q in result.questions)  # the quote is not read back as explanation


def test_a_file_written_to_moodles_documented_syntax_imports():
    result = MOODLE.import_items((FIXTURES / "moodle_docs.xml").read_bytes(), "docs.xml")
    by_id = {i["id"]: i for i in result.items()}
    assert by_id["Name-of-question"]["choices"][0] == {"text": "The correct answer", "correct": True}
    assert by_id["Name-of-question"]["explanation"] == "The right answer is the correct one."  # no <script>, no tags
    assert by_id["Name-of-question"]["tags"] == ["capitals"]
    assert [c["correct"] for c in by_id["Several-right"]["choices"]] == [True, True, False]
    assert by_id["TF"]["answer"] is True
    assert by_id["Short"]["accept"] == ["The correct answer", "An alternative answer"]  # 50 % is not accepted
    assert (by_id["Numerical"]["answer"], by_id["Numerical"]["tolerance"], by_id["Numerical"]["unit"]) == (1822, 5, "AD")
    assert by_id["Matching"]["pairs"][0] == {"left": "Canada", "right": "Ottawa"}
    assert by_id["myid"]["items"] == ["Modular", "Object", "Oriented"]  # by fraction, not file order
    cloze = by_id["Cloze"]
    assert cloze["passage"] == "San Francisco: {1} and Tucson: {2}. The capital of France is {3}."
    assert cloze["gaps"][1]["options"] == [{"text": "California", "correct": False}, {"text": "Arizona", "correct": True}]
    assert cloze["gaps"][2] == {"accept": ["Paris"], "typos": False}
    assert by_id["Essay"]["back"] == "The city where a government sits."
    assert all(i["unsourced"] and i["source"] == [] for i in result.items())
    assert {t.title for t in result.topics.values()} == {"Capitals", "Cards"} and result.title == "Defaults for Docs"
    assert [str(p) for p in result.problems] == [
        "docs.xml: question 12: Description: a description is text, not a question",
        "docs.xml: question 13: Calculated: Moodle's 'calculated' questions have no Quizapp type",
    ]
    check_import(result, format_name="moodle-xml", filename="docs.xml")
    assert len(result.problems) == 2 and len(result.items()) == 9  # every item read passes the bank checker


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<quiz><question type="truefalse"><name><text>&lol9;</text></name></question></quiz>"""
EXTERNAL = b"""<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]><quiz><question type="essay"><questiontext><text>&x;</text></questiontext></question></quiz>"""


@pytest.mark.parametrize(
    "data, message",
    [
        (BILLION_LAUGHS, "DTD"),
        (EXTERNAL, "DTD"),
        (b"<quiz><question>", "not well-formed"),
        (b"\x00\xff binary", "not well-formed"),
        (b"<html><body/></html>", "not Moodle XML"),
        (b"<quiz>" + b" " * (9 * 1024 * 1024) + b"</quiz>", "larger than"),
    ],
)
def test_hostile_and_malformed_files_are_refused_quickly_with_a_message(data, message):
    started = time.perf_counter()
    with pytest.raises(FormatError, match=message):
        MOODLE.import_items(data, "bad.xml")
    assert time.perf_counter() - started < 1
