"""Typed answer: one or more accepted answers, read by the typed-answer rules (quizapp.qtypes.typed)."""
from __future__ import annotations

from typing import Any, ClassVar
from collections.abc import Mapping

from wtforms import BooleanField, Form, TextAreaField

from quizapp.qtypes.base import AnswerError, Checker, QuestionType, form_lines
from quizapp.qtypes.typed import read_accept, typed_answer_matches


class FillIn(QuestionType):
    name = "fill_in"
    label = "Typed answer"
    fields = frozenset({"accept", "typos"})
    optional = frozenset({"typos"})
    traits = frozenset({"typed", "written"})
    form_fields: ClassVar[dict[str, Any]] = {
        "accept": TextAreaField("Accepted answers", description="One per line; the first is shown as the correct answer."),
        "typos": BooleanField("Forgive one small typo (two in answers longer than eight letters)"),
    }
    form_template = "qtypes/fill_in/form.html"

    def read(self, raw: dict[str, Any], item_id: str, check: Checker) -> dict[str, Any] | None:
        return read_accept(raw, item_id, check)

    def read_answer(self, content: dict[str, Any], layout: dict[str, Any], form: Mapping[str, Any], language: str | None) -> dict[str, Any]:
        text = (form.get("text") or "").strip()
        if not text:
            raise AnswerError("Type an answer.")
        if len(text) > 500:
            raise AnswerError("That answer is too long (500 characters at most).")
        return {"text": text}

    def score(self, content: dict[str, Any], answer: dict[str, Any], language: str | None) -> float:
        return 1.0 if typed_answer_matches(content, answer["text"], language) else 0.0

    def correct_text(self, content: dict[str, Any]) -> list[str]:
        return [content["accept"][0]]

    def given_text(self, content: dict[str, Any], answer: dict[str, Any]) -> list[str]:
        return [answer["text"]]

    def key_texts(self, content: dict[str, Any]) -> list[str]:
        return list(content["accept"])

    def form_raw(self, form: Form) -> dict[str, Any]:
        return {"accept": form_lines(form.accept.data), "typos": bool(form.typos.data)}

    def form_data(self, content: dict[str, Any]) -> dict[str, Any]:
        return {"accept": "\n".join(content["accept"]), "typos": content["typos"]}
