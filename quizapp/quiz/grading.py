"""Reading a learner's answer from a form and grading it against a question version.

Everything here is a plain function of the question's content, the attempt's frozen layout
and the submitted form, so it can be tested without a request. Form values are positions in
the shuffled layout, never bank indices, so the page does not reveal which choice is right.

Partial credit (also in README.md):
- multiple select: (right choices ticked - wrong choices ticked) / right choices, never below 0;
- ordering: the share of items put in their correct position;
- matching: the share of pairs matched correctly.
A response is "correct" only with full marks.
"""
from __future__ import annotations

import math
import random
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Mapping

from rapidfuzz.distance import DamerauLevenshtein

from quizapp.ids import parse_id
from quizapp.language import other_real_words


class AnswerError(ValueError):
    """The submitted form cannot be read as an answer; the message says what to fix."""


@dataclass(frozen=True)
class Grade:
    score: float
    is_correct: bool


# ---------------------------------------------------------------- layout


def make_layout(content: dict[str, Any], rng: random.Random, shuffle: bool = True) -> dict[str, Any]:
    """Freeze the display order of whatever the question type shuffles."""

    def order(n: int) -> list[int]:
        indices = list(range(n))
        if shuffle:
            rng.shuffle(indices)
        return indices

    qtype = content["type"]
    if qtype in ("single_choice", "multiple_select"):
        return {"choices": order(len(content["choices"]))}
    if qtype == "ordering":
        n = len(content["items"])
        indices = order(n)
        # A list shown already in the right order would give the answer away.
        while shuffle and n > 1 and indices == list(range(n)):
            rng.shuffle(indices)
        return {"items": indices if shuffle else list(range(n))}
    if qtype == "matching":
        n = len(content["pairs"])
        return {"lefts": order(n), "rights": order(n)}
    return {}


# ---------------------------------------------------------------- reading the form


def read_answer(content: dict[str, Any], layout: dict[str, Any], form: Mapping[str, Any]) -> dict[str, Any]:
    """Turn the form into a canonical answer in bank terms; raise AnswerError when unusable."""
    qtype = content["type"]
    getlist = getattr(form, "getlist", lambda key: [form[key]] if key in form else [])
    if qtype == "single_choice":
        return {"choice": _choice(layout["choices"], form.get("choice"), "Choose one answer.")}
    if qtype == "multiple_select":
        values = getlist("choice")
        if not values:
            raise AnswerError("Tick at least one answer.")
        picked = {_choice(layout["choices"], v, "Tick at least one answer.") for v in values}
        return {"choices": sorted(picked)}
    if qtype == "true_false":
        value = form.get("answer")
        if value not in ("true", "false"):
            raise AnswerError("Choose True or False.")
        return {"value": value == "true"}
    if qtype == "fill_in":
        text = (form.get("text") or "").strip()
        if not text:
            raise AnswerError("Type an answer.")
        if len(text) > 500:
            raise AnswerError("That answer is too long (500 characters at most).")
        return {"text": text}
    if qtype == "numeric":
        raw = (form.get("number") or "").strip()
        value = parse_number(raw)
        if value is None:
            raise AnswerError("Enter a number, for example 42 or 3.5.")
        return {"value": value, "text": raw}
    if qtype == "ordering":
        n = len(layout["items"])
        positions = []
        for shown in range(n):
            position = parse_id(form.get(f"position-{shown}"))
            if position is None or not 1 <= position <= n:
                raise AnswerError(f"Give every item a position from 1 to {n}.")
            positions.append(position)
        if len(set(positions)) != n:
            raise AnswerError("Give each item a different position.")
        order = [layout["items"][shown] for shown in sorted(range(n), key=lambda s: positions[s])]
        return {"order": order}
    if qtype == "matching":
        rights = layout["rights"]
        matches: dict[str, int] = {}
        for left in layout["lefts"]:
            matches[str(left)] = _choice(rights, form.get(f"match-{left}"), "Choose a match for every item.")
        return {"matches": matches}
    raise AnswerError("This question type cannot be answered here.")


def _choice(order: list[int], raw: Any, message: str) -> int:
    """The bank index behind a shown position."""
    shown = parse_id(raw)
    if shown is None or shown >= len(order):
        raise AnswerError(message)
    return order[shown]


_NUMBER = re.compile(r"^[^\d+\-.]*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)\s*[^\d]*$")


def parse_number(raw: str) -> float | None:
    """A number as people type it: '42', '3.5', '6,000', 'US$ 1.5', '14.6 %'."""
    match = _NUMBER.match(raw.strip())
    if not match:
        return None
    try:
        value = float(match.group(1).replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


# ---------------------------------------------------------------- grading


def fold_text(text: str) -> str:
    """Compare typed answers without case, accents, punctuation or spacing."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c)).casefold()


def allowed_typos(answer: str) -> int:
    n = len(answer)
    return 0 if n < 4 else 1 if n <= 8 else 2


def grade(content: dict[str, Any], answer: dict[str, Any], language: str | None = "en") -> Grade:
    """``language`` is the document's (``document.yaml``): a typo is never another real word of it."""
    qtype = content["type"]
    if qtype == "single_choice":
        score = 1.0 if content["choices"][answer["choice"]]["correct"] else 0.0
    elif qtype == "multiple_select":
        right = {i for i, c in enumerate(content["choices"]) if c["correct"]}
        picked = set(answer["choices"])
        score = max(0.0, (len(picked & right) - len(picked - right)) / len(right))
    elif qtype == "true_false":
        score = 1.0 if answer["value"] is content["answer"] else 0.0
    elif qtype == "fill_in":
        score = 1.0 if typed_answer_matches(content, answer["text"], language) else 0.0
    elif qtype == "numeric":
        score = 1.0 if abs(answer["value"] - content["answer"]) <= content.get("tolerance", 0) + 1e-9 else 0.0
    elif qtype == "ordering":
        order = answer["order"]
        score = sum(1 for position, item in enumerate(order) if item == position) / len(order)
    elif qtype == "matching":
        matches = answer["matches"]
        score = sum(1 for left, right in matches.items() if int(left) == right) / len(content["pairs"])
    else:  # pragma: no cover - the parser admits no other type
        raise ValueError(qtype)
    score = round(score, 4)
    return Grade(score=score, is_correct=score >= 1.0)


def typed_answer_matches(content: dict[str, Any], typed: str, language: str | None = "en") -> bool:
    """An accepted answer, exactly (folded) or, where the item allows typos, within the typo
    distance, unless the typed answer holds another real word of the language: "fool" is not
    a misspelt "foil", while "Balcazr" is a misspelt "Balcázar"."""
    given = fold_text(typed)
    if not given:
        return False
    targets = [(accepted, fold_text(accepted)) for accepted in content["accept"]]
    if any(given == target for _, target in targets):
        return True
    if not content.get("typos"):
        return False
    return any(
        DamerauLevenshtein.distance(given, target) <= allowed_typos(target)
        and not other_real_words(typed, accepted, language)
        for accepted, target in targets
    )


# ---------------------------------------------------------------- showing answers


def correct_answer_text(content: dict[str, Any]) -> list[str]:
    """The right answer as lines of text, for feedback and results."""
    qtype = content["type"]
    if qtype in ("single_choice", "multiple_select"):
        return [c["text"] for c in content["choices"] if c["correct"]]
    if qtype == "true_false":
        return ["True" if content["answer"] else "False"]
    if qtype == "fill_in":
        return [content["accept"][0]]
    if qtype == "numeric":
        return [_with_unit(content["answer"], content.get("unit", ""), content.get("tolerance", 0))]
    if qtype == "ordering":
        return [f"{i}. {item}" for i, item in enumerate(content["items"], start=1)]
    if qtype == "matching":
        return [f"{p['left']} → {p['right']}" for p in content["pairs"]]
    return []


def given_answer_text(content: dict[str, Any], answer: dict[str, Any] | None) -> list[str]:
    """What the learner answered, as lines of text."""
    if answer is None:
        return []
    qtype = content["type"]
    if qtype == "single_choice":
        return [content["choices"][answer["choice"]]["text"]]
    if qtype == "multiple_select":
        return [content["choices"][i]["text"] for i in answer["choices"]]
    if qtype == "true_false":
        return ["True" if answer["value"] else "False"]
    if qtype == "fill_in":
        return [answer["text"]]
    if qtype == "numeric":
        return [_with_unit(answer["value"], content.get("unit", ""))]
    if qtype == "ordering":
        return [f"{i}. {content['items'][item]}" for i, item in enumerate(answer["order"], start=1)]
    if qtype == "matching":
        return [
            f"{content['pairs'][int(left)]['left']} → {content['pairs'][right]['right']}"
            for left, right in answer["matches"].items()
        ]
    return []


def _with_unit(value: float, unit: str, tolerance: float = 0) -> str:
    text = f"{value:g}" if abs(value) < 1e6 else f"{value:,.0f}"
    if tolerance:
        text += f" (± {tolerance:g})"
    return f"{text} {unit}".strip()
