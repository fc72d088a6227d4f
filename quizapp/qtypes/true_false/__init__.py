"""True or false: the prompt is a statement to judge; 1 or 0."""
from __future__ import annotations

import re
from typing import Any, ClassVar
from collections.abc import Mapping

from wtforms import Form, RadioField, SelectChoice

from quizapp.qtypes.base import AnswerError, Checker, QuestionType


class TrueFalse(QuestionType):
    name = "true_false"
    label = "True or false"
    fields = frozenset({"answer"})
    traits = frozenset({"statement"})
    form_fields: ClassVar[dict[str, Any]] = {
        "answer": RadioField("The statement is", choices=[SelectChoice("true", "True"), SelectChoice("false", "False")], validate_choice=False)
    }
    form_template = "qtypes/true_false/form.html"

    def read(self, raw: dict[str, Any], item_id: str, check: Checker) -> dict[str, Any] | None:
        if not isinstance(raw.get("answer"), bool):
            check.add(check.line_of(raw, "answer"), item_id, "answer must be true or false", "answer")
            return None
        return {"answer": raw["answer"]}

    def read_answer(self, content: dict[str, Any], layout: dict[str, Any], form: Mapping[str, Any], language: str | None) -> dict[str, Any]:
        value = form.get("answer")
        if value not in ("true", "false"):
            raise AnswerError("Choose True or False.")
        return {"value": value == "true"}

    def score(self, content: dict[str, Any], answer: dict[str, Any], language: str | None) -> float:
        return 1.0 if answer["value"] is content["answer"] else 0.0

    def correct_text(self, content: dict[str, Any]) -> list[str]:
        return ["True" if content["answer"] else "False"]

    def given_text(self, content: dict[str, Any], answer: dict[str, Any]) -> list[str]:
        return ["True" if answer["value"] else "False"]

    def options(self, content: dict[str, Any]) -> list[str]:
        return ["True", "False"]

    def picked(self, content: dict[str, Any], answer: dict[str, Any]) -> list[str]:
        return self.given_text(content, answer)

    def key_texts(self, content: dict[str, Any]) -> list[str]:
        # A statement is about one fact: another item stating that fact settles it.
        return [re.sub(r"^\s*true or false\s*[:?.-]?\s*", "", content["prompt"], flags=re.I)]

    def form_raw(self, form: Form) -> dict[str, Any]:
        return {"answer": {"true": True, "false": False}.get(form.answer.data or "", form.answer.data)}

    def form_data(self, content: dict[str, Any]) -> dict[str, Any]:
        return {"answer": "true" if content["answer"] else "false"}
