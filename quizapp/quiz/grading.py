"""Reading a learner's answer from a form and grading it against a question version.

Everything here is a plain function of the question's content, the attempt's frozen layout
and the submitted form, so it can be tested without a request. Form values are positions in
the shuffled layout, never bank indices, so the page does not reveal which choice is right.

What each type reads, how it grades and what partial credit it gives live in its own module
(quizapp/qtypes/<type>/, see README.md for the partial-credit rules); this module asks the
registry and applies what holds for every type: the length cap on every value, marks rounded
to four places, and "correct" only with full marks.
"""
from __future__ import annotations

import random
from typing import Any
from collections.abc import Mapping

from quizapp import qtypes
from quizapp.qtypes.base import MAX_ANSWER_CHARS, AnswerError, Grade, MarkedPart
from quizapp.qtypes.typed import allowed_typos, fold_text, typed_answer_matches
from quizapp.quiz.numbers import NumberError, read_number


def make_layout(content: dict[str, Any], rng: random.Random, shuffle: bool = True) -> dict[str, Any]:
    """Freeze the display order of whatever the question type shuffles."""
    return qtypes.get(content["type"]).layout(content, rng, shuffle)


def read_answer(
    content: dict[str, Any], layout: dict[str, Any], form: Mapping[str, Any], language: str | None = None
) -> dict[str, Any]:
    """Turn the form into a canonical answer in bank terms; raise AnswerError when unusable.

    ``language`` is the document's (document.yaml ``language``): numbers are read in its
    conventions ("1.800" is 1800 in Spanish and 1.8 in English).
    """
    values = form.values() if not hasattr(form, "lists") else (v for _, vs in form.lists() for v in vs)
    if any(isinstance(v, str) and len(v) > MAX_ANSWER_CHARS for v in values):
        raise AnswerError(f"That answer is too long ({MAX_ANSWER_CHARS:,} characters at most).")
    question_type = qtypes.REGISTRY.get(content["type"])
    if question_type is None:
        raise AnswerError("This question type cannot be answered here.")
    return question_type.read_answer(content, layout, form, language)


def parse_number(raw: str, language: str | None = None, unit: str = "") -> float | None:
    """A number as people type it ('42', '6,000', 'US$ 1.5', '14.6 %'), or None; see quiz/numbers.py."""
    try:
        return read_number(raw, language, unit)
    except NumberError:
        return None


def grade(content: dict[str, Any], answer: dict[str, Any], language: str | None = "en") -> Grade:
    """``language`` is the document's (``document.yaml``): a typo is never another real word of it."""
    score = round(qtypes.get(content["type"]).score(content, answer, language), 4)
    return Grade(score=score, is_correct=score >= 1.0)


def correct_answer_text(content: dict[str, Any]) -> list[str]:
    """The right answer as lines of text, for feedback and results."""
    question_type = qtypes.REGISTRY.get(content["type"])
    return question_type.correct_text(content) if question_type else []


def given_answer_text(content: dict[str, Any], answer: dict[str, Any] | None) -> list[str]:
    """What the learner answered, as lines of text."""
    question_type = qtypes.REGISTRY.get(content["type"])
    if answer is None or question_type is None:
        return []
    return question_type.given_text(content, answer)


__all__ = [
    "MAX_ANSWER_CHARS",
    "AnswerError",
    "Grade",
    "MarkedPart",
    "allowed_typos",
    "correct_answer_text",
    "fold_text",
    "given_answer_text",
    "grade",
    "make_layout",
    "parse_number",
    "read_answer",
    "typed_answer_matches",
]
