"""Reading a learner's form into an answer, grading it, and showing it back: the exact
messages, the limits on both sides of each boundary, and the text of every question type.

These call the public functions of ``quizapp.quiz.grading`` directly, so they are fast; the
mutation script (tests/benchmarks/mutation.py) runs them against every planted bug.
"""
from __future__ import annotations

import random

import pytest
from werkzeug.datastructures import MultiDict

from quizapp.quiz.grading import (
    AnswerError,
    correct_answer_text,
    given_answer_text,
    grade,
    make_layout,
    parse_number,
    read_answer,
    typed_answer_matches,
)
from quizapp.quiz.numbers import NumberError, read_number

SINGLE = {"type": "single_choice", "choices": [{"text": "Lima", "correct": True}, {"text": "Cusco", "correct": False}]}
MULTI = {
    "type": "multiple_select",
    "choices": [{"text": "Lima", "correct": True}, {"text": "Callao", "correct": True}, {"text": "Quito", "correct": False},
                {"text": "Arequipa", "correct": True}],
}
TF = {"type": "true_false", "answer": True}
FILL = {"type": "fill_in", "accept": ["Balcázar", "Jose Balcazar"], "typos": True}
NUMERIC = {"type": "numeric", "answer": 14.6, "tolerance": 0.5, "unit": "%"}
EXACT_NUMBER = {"type": "numeric", "answer": 4}
ORDERING = {"type": "ordering", "items": ["First", "Second", "Third"]}
MATCHING = {"type": "matching", "pairs": [{"left": "Lima", "right": "Peru"}, {"left": "Quito", "right": "Ecuador"}]}
IDENTITY = {"choices": [0, 1, 2, 3], "items": [0, 1, 2], "lefts": [0, 1], "rights": [0, 1]}


def refused(content, form, layout=IDENTITY, language=None) -> str:
    with pytest.raises(AnswerError) as excinfo:
        read_answer(content, layout, form, language)
    return str(excinfo.value)


@pytest.mark.parametrize(
    ("content", "form", "message"),
    [
        (SINGLE, {}, "Choose one answer."),
        (SINGLE, {"choice": "4"}, "Choose one answer."),  # one past the last choice shown
        (MULTI, MultiDict(), "Tick at least one answer."),
        (MULTI, MultiDict([("choice", "0"), ("choice", "9")]), "Tick at least one answer."),
        (TF, {"answer": "yes"}, "Choose True or False."),
        (FILL, {"text": "   "}, "Type an answer."),
        (FILL, {}, "Type an answer."),
        (FILL, {"text": "x" * 501}, "That answer is too long (500 characters at most)."),
        (FILL, {"text": "x" * 1001}, "That answer is too long (1,000 characters at most)."),
        (ORDERING, {"position-0": "1", "position-1": "1", "position-2": "2"}, "Give each item a different position."),
        (ORDERING, {"position-0": "1", "position-1": "2", "position-2": "4"}, "Give every item a position from 1 to 3."),
        (MATCHING, {"match-0": "0"}, "Choose a match for every item."),
        ({"type": "essay"}, {}, "This question type cannot be answered here."),
    ],
)
def test_unusable_forms_are_refused_with_a_message_that_says_what_to_do(content, form, message):
    assert refused(content, form) == message


def test_the_limits_themselves_are_accepted():
    assert read_answer(FILL, IDENTITY, {"text": "x" * 500}) == {"text": "x" * 500}
    # any field may hold up to 1,000 characters, one more is refused, in a plain dict or a MultiDict
    assert read_answer(SINGLE, IDENTITY, {"choice": "1", "note": "n" * 1000}) == {"choice": 1}
    assert refused(SINGLE, {"choice": "1", "note": "n" * 1001}).startswith("That answer is too long")
    assert refused(SINGLE, MultiDict([("choice", "1"), ("note", "n"), ("note", "n" * 1001)])).startswith("That answer is too long")
    assert read_answer(SINGLE, IDENTITY, {"choice": "3"}) == {"choice": 3}  # the last one shown


def test_choices_are_read_in_the_order_they_were_shown():
    layout = {"choices": [2, 0, 3, 1]}
    assert read_answer(SINGLE, layout, {"choice": "1"}) == {"choice": 0}
    assert read_answer(MULTI, layout, MultiDict([("choice", "2"), ("choice", "0")])) == {"choices": [2, 3]}
    # a plain dict (not a browser form) holds one value per field
    assert read_answer(MULTI, layout, {"choice": "3"}) == {"choices": [1]}
    assert refused(MULTI, {}, layout) == "Tick at least one answer."


def test_other_types_are_read_into_bank_terms():
    assert read_answer(TF, IDENTITY, {"answer": "false"}) == {"value": False}
    assert read_answer(FILL, IDENTITY, {"text": "  Balcazar "}) == {"text": "Balcazar"}
    assert read_answer(NUMERIC, IDENTITY, {"number": " 14.6 % "}, "en") == {"value": 14.6, "text": "14.6 %"}
    assert read_answer(NUMERIC, IDENTITY, {"number": "1.800"}, "es") == {"value": 1800.0, "text": "1.800"}
    # a scale word in an answer to a question without a unit
    assert read_answer(EXACT_NUMBER, IDENTITY, {"number": "2 million"}, "en") == {"value": 2_000_000.0, "text": "2 million"}
    assert read_answer(ORDERING, {"items": [2, 0, 1]}, {"position-0": "3", "position-1": "1", "position-2": "2"}) == {"order": [0, 1, 2]}
    assert read_answer(MATCHING, {"lefts": [1, 0], "rights": [1, 0]}, {"match-0": "1", "match-1": "0"}) == {"matches": {"0": 0, "1": 1}}


def test_an_empty_number_asks_for_a_number():
    for form in ({}, {"number": ""}, {"number": "  "}):
        assert refused(NUMERIC, form, language="en").startswith("Enter a number: write it with a point for decimals")


@pytest.mark.parametrize(
    ("content", "answer", "score"),
    [
        (SINGLE, {"choice": 0}, 1.0), (SINGLE, {"choice": 1}, 0.0),
        (MULTI, {"choices": [0, 1, 3]}, 1.0), (MULTI, {"choices": [0]}, 0.3333), (MULTI, {"choices": [0, 2]}, 0.0),
        (TF, {"value": True}, 1.0), (TF, {"value": False}, 0.0),
        (FILL, {"text": "jose balcazar"}, 1.0), (FILL, {"text": "Balcazr"}, 1.0), (FILL, {"text": "Lima"}, 0.0),
        (NUMERIC, {"value": 15.1}, 1.0), (NUMERIC, {"value": 14.1}, 1.0), (NUMERIC, {"value": 15.2}, 0.0),
        (EXACT_NUMBER, {"value": 4.0}, 1.0), (EXACT_NUMBER, {"value": 4.5}, 0.0), (EXACT_NUMBER, {"value": 3.5}, 0.0),
        (ORDERING, {"order": [0, 1, 2]}, 1.0), (ORDERING, {"order": [1, 0, 2]}, 0.3333),
        (MATCHING, {"matches": {"0": 0, "1": 1}}, 1.0), (MATCHING, {"matches": {"0": 1, "1": 0}}, 0.0),
    ],
)
def test_scores_are_fractions_of_one(content, answer, score):
    result = grade(content, answer)
    assert result.score == score and result.is_correct == (score == 1.0)


def test_typed_answers_need_a_letter_and_default_to_english_words():
    assert not typed_answer_matches(FILL, "!!!")
    assert not typed_answer_matches({"type": "fill_in", "accept": ["!!"]}, "?")
    # "fool" is an English word, so not a misspelt "foil" (the default language is English)
    foil = {"type": "fill_in", "accept": ["foil"], "typos": True}
    assert grade(foil, {"text": "fool"}).score == 0.0 and not typed_answer_matches(foil, "fool")
    assert typed_answer_matches(foil, "foi l") and not typed_answer_matches({**foil, "typos": False}, "foul")


def test_layouts_keep_the_bank_order_when_not_shuffled():
    rng = random.Random(1)
    assert make_layout(ORDERING, rng, shuffle=False) == {"items": [0, 1, 2]}
    assert make_layout(MATCHING, rng, shuffle=False) == {"lefts": [0, 1], "rights": [0, 1]}
    shuffled = make_layout(MATCHING, random.Random(3))
    assert sorted(shuffled["lefts"]) == sorted(shuffled["rights"]) == [0, 1]


@pytest.mark.parametrize(
    ("content", "answer", "correct", "given"),
    [
        (SINGLE, {"choice": 1}, ["Lima"], ["Cusco"]),
        (MULTI, {"choices": [0, 2]}, ["Lima", "Callao", "Arequipa"], ["Lima", "Quito"]),
        (TF, {"value": False}, ["True"], ["False"]),
        ({**TF, "answer": False}, {"value": True}, ["False"], ["True"]),
        (FILL, {"text": "Balcazr"}, ["Balcázar"], ["Balcazr"]),
        (NUMERIC, {"value": 15.0}, ["14.6 (± 0.5) %"], ["15 %"]),
        (EXACT_NUMBER, {"value": 2500000.0}, ["4"], ["2,500,000"]),
        (EXACT_NUMBER, {"value": 1_000_000.0}, ["4"], ["1,000,000"]),  # a million is written out, not 1e+06
        (EXACT_NUMBER, {"value": 999_999.0}, ["4"], ["999999"]),
        ({"type": "numeric", "answer": 1200000, "unit": "soles"}, {"value": 12.5}, ["1,200,000 soles"], ["12.5 soles"]),
        (ORDERING, {"order": [2, 0, 1]}, ["1. First", "2. Second", "3. Third"], ["1. Third", "2. First", "3. Second"]),
        (MATCHING, {"matches": {"0": 1, "1": 0}}, ["Lima → Peru", "Quito → Ecuador"], ["Lima → Ecuador", "Quito → Peru"]),
        ({"type": "essay"}, {"text": "x"}, [], []),
    ],
)
def test_answers_are_shown_back_as_text(content, answer, correct, given):
    assert correct_answer_text(content) == correct
    assert given_answer_text(content, answer) == given
    assert given_answer_text(content, None) == []


def test_parse_number_reads_in_the_documents_language_and_unit():
    assert parse_number("1.800", "es") == 1800.0 and parse_number("1.800") == 1.8
    assert parse_number("2 millones de soles", "es", "millones de soles") == 2.0
    assert parse_number("2 millones de soles", "es") == 2_000_000.0
    assert parse_number("nothing") is None


def test_numbers_read_with_regional_language_tags_and_length_limits():
    assert read_number("1.800", "es_PE") == 1800.0 and read_number("1.800", "es-PE") == 1800.0
    assert read_number("9" * 60) == float("9" * 60)
    # a scale word only when no letter follows it: "70 k" is 70,000, "70 km/h" is 70
    assert (read_number("70 k"), read_number("70 km/h"), read_number("70 km")) == (70_000.0, 70.0, 70.0)
    with pytest.raises(NumberError, match=r"^That number is too long\.$"):
        read_number("9" * 61)
    with pytest.raises(NumberError, match=r"^Write the number with the digits 0 to 9: "):
        read_number("\u0663")  # an Arabic-Indic three, and no ASCII digit
    with pytest.raises(NumberError, match="cannot be read as a number in English"):
        read_number("1234,567")
