"""Number: a number within a tolerance, read in the document's language (quizapp.quiz.numbers)."""
from __future__ import annotations

import math
from typing import Any, ClassVar
from collections.abc import Mapping

from wtforms import Form, StringField

from quizapp.qtypes.base import AnswerError, Checker, QuestionType, is_number


class Numeric(QuestionType):
    name = "numeric"
    label = "Number"
    traits = frozenset({"written"})
    fields = frozenset({"answer", "tolerance", "unit"})
    optional = frozenset({"tolerance", "unit"})
    form_fields: ClassVar[dict[str, Any]] = {
        "number": StringField("Correct number"),
        "tolerance": StringField("Tolerance", description="How far off an answer may be and still count (0 if empty)."),
        "unit": StringField("Unit", description="Shown next to the field, e.g. years."),
    }
    form_template = "qtypes/numeric/form.html"

    def read(self, raw: dict[str, Any], item_id: str, check: Checker) -> dict[str, Any] | None:
        answer, tolerance, unit = raw.get("answer"), raw.get("tolerance", 0), raw.get("unit", "")
        ok = True
        if not is_number(answer):
            check.add(check.line_of(raw, "answer"), item_id, "answer must be a number", "answer")
            ok = False
        if not is_number(tolerance) or tolerance < 0:
            check.add(check.line_of(raw, "tolerance"), item_id, "tolerance must be a number, zero or more", "tolerance")
            ok = False
        if not isinstance(unit, str):
            check.add(check.line_of(raw, "unit"), item_id, "unit must be text", "unit")
            ok = False
        return {"answer": answer, "tolerance": tolerance, "unit": unit.strip()} if ok else None

    def read_answer(self, content: dict[str, Any], layout: dict[str, Any], form: Mapping[str, Any], language: str | None) -> dict[str, Any]:
        from quizapp.quiz.numbers import NumberError, read_number  # quizapp.quiz imports the registry

        raw = (form.get("number") or "").strip()
        try:
            value = read_number(raw, language, content.get("unit", ""))
        except NumberError as exc:
            raise AnswerError(str(exc)) from None
        return {"value": value, "text": raw}

    def score(self, content: dict[str, Any], answer: dict[str, Any], language: str | None) -> float:
        return 1.0 if abs(answer["value"] - content["answer"]) <= content.get("tolerance", 0) + 1e-9 else 0.0

    def correct_text(self, content: dict[str, Any]) -> list[str]:
        return [with_unit(content["answer"], content.get("unit", ""), content.get("tolerance", 0))]

    def given_text(self, content: dict[str, Any], answer: dict[str, Any]) -> list[str]:
        return [with_unit(answer["value"], content.get("unit", ""))]

    def question_context(self, language: str) -> dict[str, Any]:
        # How numbers are written in the document's language, said before the first try.
        from quizapp.quiz.numbers import conventions_for

        return {"number_examples": conventions_for(language).examples}

    def key_texts(self, content: dict[str, Any]) -> list[str]:
        return [f"{content['answer']:g} {content.get('unit') or ''}".strip()]

    def form_field_for(self, problem_field: str) -> str | None:
        return "number" if problem_field == "answer" else super().form_field_for(problem_field)

    def form_raw(self, form: Form) -> dict[str, Any]:
        raw: dict[str, Any] = {"answer": number_or_text(form.number.data)}
        if (form.tolerance.data or "").strip():
            raw["tolerance"] = number_or_text(form.tolerance.data)
        raw["unit"] = form.unit.data or ""
        return raw

    def form_data(self, content: dict[str, Any]) -> dict[str, Any]:
        return {"number": show_number(content["answer"]), "tolerance": show_number(content["tolerance"]), "unit": content["unit"]}


def with_unit(value: float, unit: str, tolerance: float = 0) -> str:
    text = f"{value:g}" if abs(value) < 1e6 else f"{value:,.0f}"
    if tolerance:
        text += f" (± {tolerance:g})"
    return f"{text} {unit}".strip()


def number_or_text(value: str | None) -> int | float | str:
    """A number when the text is one (a decimal comma is fine); else the text, which the bank's
    validator then reports as not a number."""
    text = (value or "").strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return text
    return number if math.isfinite(number) else text


def show_number(value: int | float) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
