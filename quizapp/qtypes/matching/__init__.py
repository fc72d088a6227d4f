"""Matching: pick the right-hand side for each left-hand one, both shown shuffled. Partial
credit: the share of pairs matched correctly."""
from __future__ import annotations

import random
from typing import Any, ClassVar
from collections.abc import Mapping

from wtforms import Form, FormField, StringField

from quizapp.qtypes.base import Checker, MarkedPart, QuestionType, choice_at, duplicates, shown_order
from quizapp.qtypes.formfields import RowList

PAIR_ROWS = 6


class PairRow(Form):
    left = StringField("Left")
    right = StringField("Right")


class Matching(QuestionType):
    name = "matching"
    label = "Matching"
    fields = frozenset({"pairs"})
    always_shuffle = True
    traits = frozenset({"pairs"})
    form_fields: ClassVar[dict[str, Any]] = {
        "pairs": RowList(FormField(PairRow), label="Pairs", min_entries=PAIR_ROWS, max_entries=PAIR_ROWS)
    }
    form_template = "qtypes/matching/form.html"

    def read(self, raw: dict[str, Any], item_id: str, check: Checker) -> dict[str, Any] | None:
        pairs = raw.get("pairs")
        line = check.line_of(raw, "pairs")
        if not isinstance(pairs, list) or not all(isinstance(p, dict) for p in pairs):
            check.add(line, item_id, "pairs must be a list of {left, right}", "pairs")
            return None
        out = []
        for pair in pairs:
            check.fields(pair, {"left", "right"}, {"left", "right"}, item_id, field="pairs")
            left = check.text(pair, "left", item_id, required=False, field="pairs")
            right = check.text(pair, "right", item_id, required=False, field="pairs")
            if left is not None and right is not None:
                out.append({"left": left, "right": right})
        if len(out) != len(pairs):
            return None
        if len(out) < 2:
            check.add(line, item_id, "needs at least two pairs", "pairs")
        for side in ("left", "right"):
            for dupe in duplicates([p[side] for p in out]):
                check.add(line, item_id, f"{side} '{dupe}' is repeated", "pairs")
        return {"pairs": out}

    def layout(self, content: dict[str, Any], rng: random.Random, shuffle: bool) -> dict[str, Any]:
        n = len(content["pairs"])
        lefts = shown_order(n, rng, shuffle)
        rights = shown_order(n, rng, shuffle)
        # With JavaScript each left item starts beside the right-hand text in the same row; a
        # layout whose every row is already a right pair would give the answer away.
        while shuffle and n > 1 and rights == lefts:
            rng.shuffle(rights)
        return {"lefts": lefts, "rights": rights}

    def read_answer(self, content: dict[str, Any], layout: dict[str, Any], form: Mapping[str, Any], language: str | None) -> dict[str, Any]:
        rights = layout["rights"]
        matches: dict[str, int] = {}
        for left in layout["lefts"]:
            matches[str(left)] = choice_at(rights, form.get(f"match-{left}"), "Choose a match for every item.")
        return {"matches": matches}

    def score(self, content: dict[str, Any], answer: dict[str, Any], language: str | None) -> float:
        matches = answer["matches"]
        return sum(1 for left, right in matches.items() if int(left) == right) / len(content["pairs"])

    def correct_text(self, content: dict[str, Any]) -> list[str]:
        return [f"{p['left']} → {p['right']}" for p in content["pairs"]]

    def given_text(self, content: dict[str, Any], answer: dict[str, Any]) -> list[str]:
        return [
            f"{content['pairs'][int(left)]['left']} → {content['pairs'][right]['right']}"
            for left, right in answer["matches"].items()
        ]

    def marked_parts(self, content: dict[str, Any], answer: dict[str, Any], language: str | None = "en") -> list[MarkedPart]:
        """Each left item in the order it was shown, with the right picked for it; a wrong pick
        says which right belonged there."""
        pairs = content["pairs"]
        return [
            MarkedPart(
                f"{pairs[int(left)]['left']} → {pairs[right]['right']}",
                int(left) == right,
                "" if int(left) == right else f"right: {pairs[int(left)]['right']}",
            )
            for left, right in answer["matches"].items()
        ]

    def form_raw(self, form: Form) -> dict[str, Any]:
        return {
            "pairs": [
                {"left": row.left.data or "", "right": row.right.data or ""}
                for row in form.pairs
                if (row.left.data or "").strip() or (row.right.data or "").strip()
            ]
        }

    def form_data(self, content: dict[str, Any]) -> dict[str, Any]:
        return {"pairs": content["pairs"]}
