"""Multiple select: tick every right option. Partial credit: (right ticked - wrong ticked) /
right choices, never below 0, so ticking everything earns nothing."""
from __future__ import annotations

from typing import Any
from collections.abc import Mapping

from quizapp.qtypes.base import AnswerError, MarkedPart, choice_at
from quizapp.qtypes.choices import ChoiceType


class MultipleSelect(ChoiceType):
    name = "multiple_select"
    label = "Multiple select"
    traits = frozenset({"choices"})
    input_type = "checkbox"
    question_template = "qtypes/choices/question.html"

    def check_correct_count(self, n_correct: int, n_choices: int) -> str | None:
        if not 1 <= n_correct < n_choices:
            return "a multiple-select question needs at least one correct and one wrong choice"
        return None

    def read_answer(self, content: dict[str, Any], layout: dict[str, Any], form: Mapping[str, Any], language: str | None) -> dict[str, Any]:
        getlist = getattr(form, "getlist", lambda key: [form[key]] if key in form else [])
        values = getlist("choice")
        if not values:
            raise AnswerError("Tick at least one answer.")
        picked = {choice_at(layout["choices"], v, "Tick at least one answer.") for v in values}
        return {"choices": sorted(picked)}

    def score(self, content: dict[str, Any], answer: dict[str, Any], language: str | None) -> float:
        right = {i for i, c in enumerate(content["choices"]) if c["correct"]}
        picked = set(answer["choices"])
        return max(0.0, (len(picked & right) - len(picked - right)) / len(right))

    def given_text(self, content: dict[str, Any], answer: dict[str, Any]) -> list[str]:
        return [content["choices"][i]["text"] for i in answer["choices"]]

    def marked_parts(self, content: dict[str, Any], answer: dict[str, Any], language: str | None = "en") -> list[MarkedPart]:
        """Each ticked option, right or wrong, then each right option left unticked."""
        choices, ticked = content["choices"], answer["choices"]
        parts = [
            MarkedPart(choices[i]["text"], choices[i]["correct"], "" if choices[i]["correct"] else "not a right answer")
            for i in ticked
        ]
        parts += [MarkedPart(c["text"], False, "a right answer, not ticked") for i, c in enumerate(choices) if c["correct"] and i not in ticked]
        return parts
