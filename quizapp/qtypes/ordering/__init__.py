"""Put in order: items written first to last, shown shuffled. Partial credit: the share of
items put in their correct position."""
from __future__ import annotations

import random
from typing import Any, ClassVar
from collections.abc import Mapping

from wtforms import Form, TextAreaField

from quizapp.ids import parse_id
from quizapp.qtypes.base import AnswerError, Checker, MarkedPart, QuestionType, duplicates, form_lines, shown_order, text_list


class Ordering(QuestionType):
    name = "ordering"
    label = "Put in order"
    fields = frozenset({"items"})
    always_shuffle = True
    traits = frozenset({"sequence"})
    form_fields: ClassVar[dict[str, Any]] = {
        "items": TextAreaField("Items in the correct order", description="One per line, first to last; students see them shuffled.")
    }
    form_template = "qtypes/ordering/form.html"

    def read(self, raw: dict[str, Any], item_id: str, check: Checker) -> dict[str, Any] | None:
        items = text_list(raw, "items", item_id, check, minimum=2)
        if items is None:
            return None
        for dupe in duplicates(items):
            check.add(check.line_of(raw, "items"), item_id, f"item '{dupe}' is repeated", "items")
        return {"items": items}

    def layout(self, content: dict[str, Any], rng: random.Random, shuffle: bool) -> dict[str, Any]:
        n = len(content["items"])
        indices = shown_order(n, rng, shuffle)
        # A list shown already in the right order would give the answer away.
        while shuffle and n > 1 and indices == list(range(n)):
            rng.shuffle(indices)
        return {"items": indices if shuffle else list(range(n))}

    def read_answer(self, content: dict[str, Any], layout: dict[str, Any], form: Mapping[str, Any], language: str | None) -> dict[str, Any]:
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

    def score(self, content: dict[str, Any], answer: dict[str, Any], language: str | None) -> float:
        order = answer["order"]
        return sum(1 for position, item in enumerate(order) if item == position) / len(order)

    def correct_text(self, content: dict[str, Any]) -> list[str]:
        return [f"{i}. {item}" for i, item in enumerate(content["items"], start=1)]

    def given_text(self, content: dict[str, Any], answer: dict[str, Any]) -> list[str]:
        return [f"{i}. {content['items'][item]}" for i, item in enumerate(answer["order"], start=1)]

    def marked_parts(self, content: dict[str, Any], answer: dict[str, Any], language: str | None = "en") -> list[MarkedPart]:
        """Each position as the learner filled it; a wrong one says which item belonged there."""
        items = content["items"]
        return [
            MarkedPart(f"{position}. {items[item]}", item == position - 1, "" if item == position - 1 else f"right: {items[position - 1]}")
            for position, item in enumerate(answer["order"], start=1)
        ]

    def form_raw(self, form: Form) -> dict[str, Any]:
        return {"items": form_lines(form.items.data)}

    def form_data(self, content: dict[str, Any]) -> dict[str, Any]:
        return {"items": "\n".join(content["items"])}
