"""Grading rules for every question type, called directly as plain functions."""
from __future__ import annotations

import random

import pytest
from werkzeug.datastructures import MultiDict

from quizapp.quiz.grading import (
    AnswerError,
    correct_answer_text,
    fold_text,
    grade,
    make_layout,
    parse_number,
    read_answer,
)

SINGLE = {"type": "single_choice", "choices": [{"text": "A", "correct": False}, {"text": "B", "correct": True}, {"text": "C", "correct": False}]}
MULTI = {
    "type": "multiple_select",
    "choices": [
        {"text": "A", "correct": True},
        {"text": "B", "correct": True},
        {"text": "C", "correct": False},
        {"text": "D", "correct": False},
    ],
}
FILL = {"type": "fill_in", "accept": ["José María Balcázar", "Balcázar"], "typos": True}
FILL_STRICT = {"type": "fill_in", "accept": ["CGTP"], "typos": False}
NUMERIC = {"type": "numeric", "answer": 14.6, "tolerance": 0.05, "unit": "percent"}
ORDERING = {"type": "ordering", "items": ["first", "second", "third", "fourth"]}
MATCHING = {"type": "matching", "pairs": [{"left": "L0", "right": "R0"}, {"left": "L1", "right": "R1"}, {"left": "L2", "right": "R2"}]}


def answer(content, layout, **fields):
    return grade(content, read_answer(content, layout, MultiDict(fields)))


def test_single_choice_uses_the_shown_position_not_the_bank_index():
    layout = {"choices": [2, 1, 0]}  # B is shown second
    assert answer(SINGLE, layout, choice="1").is_correct
    assert not answer(SINGLE, layout, choice="0").is_correct


@pytest.mark.parametrize(
    "ticked, expected",
    [(["0", "1"], 1.0), (["0"], 0.5), (["0", "2"], 0.0), (["0", "1", "2"], 0.5), (["2", "3"], 0.0)],
)
def test_multiple_select_partial_credit(ticked, expected):
    layout = {"choices": [0, 1, 2, 3]}
    result = grade(MULTI, read_answer(MULTI, layout, MultiDict([("choice", v) for v in ticked])))
    assert result.score == expected
    assert result.is_correct is (expected == 1.0)


def test_true_false():
    content = {"type": "true_false", "answer": False}
    assert answer(content, {}, answer="false").is_correct
    assert not answer(content, {}, answer="true").is_correct


@pytest.mark.parametrize(
    "typed, ok",
    [
        ("Balcazar", True),
        ("  balcázar. ", True),
        ("JOSE MARIA BALCAZAR", True),
        ("José-María Balcázar!", True),
        ("Balcazr", True),  # one typo in a 8-letter answer
        ("Blacazar", True),  # a transposition
        ("Bolcozor", False),  # two typos in an 8-letter answer
        ("Boluarte", False),
    ],
)
def test_typed_answers_ignore_case_accents_punctuation_and_small_typos(typed, ok):
    assert answer(FILL, {}, text=typed).is_correct is ok


def test_typos_are_refused_where_the_item_does_not_allow_them():
    assert answer(FILL_STRICT, {}, text="cgtp").is_correct
    assert not answer(FILL_STRICT, {}, text="cgpt").is_correct


@pytest.mark.parametrize("typed, ok", [("14.6", True), ("14.65", True), ("14.6 %", True), ("14.7", False), ("15", False)])
def test_numbers_within_tolerance(typed, ok):
    assert answer(NUMERIC, {}, number=typed).is_correct is ok


@pytest.mark.parametrize("raw, value", [("6,000", 6000.0), ("US$ 1.5", 1.5), ("-3", -3.0), (".5", 0.5), ("83 years", 83.0)])
def test_parse_number_reads_numbers_as_people_type_them(raw, value):
    assert parse_number(raw) == value


@pytest.mark.parametrize("raw", ["", "abc", "1.2.3", "1e999", "twelve", "12 and 13"])
def test_parse_number_refuses_what_is_not_one_number(raw):
    assert parse_number(raw) is None


def test_ordering_partial_credit_is_the_share_of_items_in_place():
    layout = {"items": [3, 2, 1, 0]}  # shown reversed
    right = answer(ORDERING, layout, **{"position-0": "4", "position-1": "3", "position-2": "2", "position-3": "1"})
    assert right.score == 1.0 and right.is_correct
    half = answer(ORDERING, layout, **{"position-0": "4", "position-1": "3", "position-2": "1", "position-3": "2"})
    assert half.score == 0.5 and not half.is_correct


def test_matching_partial_credit():
    layout = {"lefts": [0, 1, 2], "rights": [2, 0, 1]}  # R2 shown first, R0 second, R1 third
    full = answer(MATCHING, layout, **{"match-0": "1", "match-1": "2", "match-2": "0"})
    assert full.is_correct
    one = answer(MATCHING, layout, **{"match-0": "1", "match-1": "0", "match-2": "2"})
    assert one.score == pytest.approx(1 / 3, abs=1e-3)


@pytest.mark.parametrize(
    "content, layout, fields, message",
    [
        (SINGLE, {"choices": [0, 1, 2]}, {}, "Choose one answer."),
        (SINGLE, {"choices": [0, 1, 2]}, {"choice": "7"}, "Choose one answer."),
        (SINGLE, {"choices": [0, 1, 2]}, {"choice": "-1"}, "Choose one answer."),
        (MULTI, {"choices": [0, 1, 2, 3]}, {}, "Tick at least one answer."),
        ({"type": "true_false", "answer": True}, {}, {"answer": "maybe"}, "Choose True or False."),
        (FILL, {}, {"text": "   "}, "Type an answer."),
        (NUMERIC, {}, {"number": "lots"}, "Enter a number"),
        (ORDERING, {"items": [0, 1, 2, 3]}, {"position-0": "1", "position-1": "1", "position-2": "2", "position-3": "3"}, "different position"),
        (ORDERING, {"items": [0, 1, 2, 3]}, {"position-0": "9"}, "from 1 to 4"),
        (MATCHING, {"lefts": [0, 1, 2], "rights": [0, 1, 2]}, {"match-0": "0"}, "match for every item"),
    ],
)
def test_unusable_answers_are_refused_with_a_message(content, layout, fields, message):
    with pytest.raises(AnswerError, match=message):
        read_answer(content, layout, MultiDict(fields))


def test_layouts_are_permutations_and_ordering_is_never_shown_solved():
    rng = random.Random(1)
    for _ in range(50):
        layout = make_layout({"type": "ordering", "items": ["a", "b"]}, rng)
        assert layout["items"] == [1, 0]
        choices = make_layout(MULTI, rng)["choices"]
        assert sorted(choices) == [0, 1, 2, 3]


def test_matching_never_starts_with_every_row_already_paired_right():
    """The draggable matching shows row i's left item beside the i-th right-hand text; if every
    row were a right pair, the learner would see the answer before giving it."""
    rng = random.Random(3)
    content = {"type": "matching", "pairs": [{"left": f"l{i}", "right": f"r{i}"} for i in range(3)]}
    for _ in range(200):
        layout = make_layout(content, rng)
        assert sorted(layout["rights"]) == sorted(layout["lefts"]) == [0, 1, 2]
        assert layout["rights"] != layout["lefts"]


def test_fold_text():
    assert fold_text("  López-Chau! ") == fold_text("lopez chau")


def test_correct_answer_text_shows_units_and_order():
    assert correct_answer_text(NUMERIC) == ["14.6 (± 0.05) percent"]
    assert correct_answer_text(ORDERING)[0] == "1. first"


@pytest.mark.parametrize(
    "accepted, typed, ok",
    [
        ("Kzt", "Kzx", False),  # up to three letters: no typo is forgiven
        ("Qrvn", "Qrvx", True),  # four to eight letters: one edit
        ("Qrvn", "Qxvx", False),
        ("Balcázar", "Balcazr", True),  # eight letters, one edit
        ("Balcázar", "Bolcazor", False),  # eight letters, two edits
        ("Kravtsoni", "Krovtsoli", True),  # nine letters: two edits
        ("Kravtsoni", "Krovtsolu", False),  # nine letters, three edits
    ],
)
def test_typo_allowance_grows_with_the_answer_at_its_boundaries(accepted, typed, ok):
    content = {"type": "fill_in", "accept": [accepted], "typos": True}
    assert answer(content, {}, text=typed).is_correct is ok
