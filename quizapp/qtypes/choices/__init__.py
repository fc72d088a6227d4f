"""What single choice and multiple select share: a list of options, each right or wrong,
shown shuffled, one fieldset in the teacher's form. Each type is its own package beside this."""
from __future__ import annotations

import random
from typing import Any, ClassVar

from wtforms import BooleanField, Form, FormField, StringField

from quizapp.qtypes.base import Checker, QuestionType, duplicates, shown_order
from quizapp.qtypes.formfields import RowList

CHOICE_ROWS = 6


class ChoiceRow(Form):
    """One choice of a single-choice or multiple-select question (a plain subform: no CSRF)."""

    text = StringField("Choice")
    correct = BooleanField("Correct")


class ChoiceType(QuestionType):
    """Options marked correct or not; subclasses say how many may be correct and how it is graded."""

    fields = frozenset({"choices"})
    form_fields: ClassVar[dict[str, Any]] = {
        "choices": RowList(FormField(ChoiceRow), label="Choices", min_entries=CHOICE_ROWS, max_entries=CHOICE_ROWS)
    }
    form_template = "qtypes/choices/form.html"

    def check_correct_count(self, n_correct: int, n_choices: int) -> str | None:
        """The problem with this many correct choices, if any."""
        raise NotImplementedError

    def read(self, raw: dict[str, Any], item_id: str, check: Checker) -> dict[str, Any] | None:
        choices = raw.get("choices")
        line = check.line_of(raw, "choices")
        if not isinstance(choices, list) or not all(isinstance(c, dict) for c in choices):
            check.add(line, item_id, "choices must be a list of {text, correct}", "choices")
            return None
        out: list[dict[str, Any]] = []
        for choice in choices:
            check.fields(choice, {"text", "correct"}, {"text"}, item_id, field="choices")
            text = check.text(choice, "text", item_id, required=False, field="choices")
            correct = choice.get("correct", False)
            if not isinstance(correct, bool):
                check.add(check.line_of(choice, "correct"), item_id, "correct must be true or false", "choices")
            if text is not None:
                out.append({"text": text, "correct": bool(correct)})
        if len(out) != len(choices):
            return None
        if len(out) < 2:
            check.add(line, item_id, "needs at least two choices", "choices")
        for dupe in duplicates([c["text"] for c in out]):
            check.add(line, item_id, f"duplicate choice '{dupe}'", "choices")
        problem = self.check_correct_count(sum(c["correct"] for c in out), len(out))
        if problem:
            check.add(line, item_id, problem, "choices")
        return {"choices": out}

    def layout(self, content: dict[str, Any], rng: random.Random, shuffle: bool) -> dict[str, Any]:
        return {"choices": shown_order(len(content["choices"]), rng, shuffle)}

    def correct_text(self, content: dict[str, Any]) -> list[str]:
        return [c["text"] for c in content["choices"] if c["correct"]]

    def options(self, content: dict[str, Any]) -> list[str]:
        return [c["text"] for c in content["choices"]]

    def picked(self, content: dict[str, Any], answer: dict[str, Any]) -> list[str]:
        return self.given_text(content, answer)

    def key_texts(self, content: dict[str, Any]) -> list[str]:
        return self.correct_text(content)

    def form_raw(self, form: Form) -> dict[str, Any]:
        return {
            "choices": [
                {"text": row.text.data or "", "correct": bool(row.correct.data)}
                for row in form.choices
                if (row.text.data or "").strip() or row.correct.data
            ]
        }

    def form_data(self, content: dict[str, Any]) -> dict[str, Any]:
        return {"choices": content["choices"]}
