"""Single choice: one right option among several; 1 or 0."""
from __future__ import annotations

from typing import Any
from collections.abc import Mapping

from quizapp.qtypes.base import choice_at
from quizapp.qtypes.choices import ChoiceType


class SingleChoice(ChoiceType):
    name = "single_choice"
    label = "Single choice"
    traits = frozenset({"choices", "one_key"})
    input_type = "radio"
    question_template = "qtypes/choices/question.html"

    def check_correct_count(self, n_correct: int, n_choices: int) -> str | None:
        if n_correct != 1:
            return f"a single-choice question needs exactly one correct choice, not {n_correct}"
        return None

    def read_answer(self, content: dict[str, Any], layout: dict[str, Any], form: Mapping[str, Any], language: str | None) -> dict[str, Any]:
        return {"choice": choice_at(layout["choices"], form.get("choice"), "Choose one answer.")}

    def score(self, content: dict[str, Any], answer: dict[str, Any], language: str | None) -> float:
        return 1.0 if content["choices"][answer["choice"]]["correct"] else 0.0

    def given_text(self, content: dict[str, Any], answer: dict[str, Any]) -> list[str]:
        return [content["choices"][answer["choice"]]["text"]]
