"""A quoted sentence that ends on a colon announces what follows it (an equation, a list) and is
cut off before it: "La reacción global, llamada ____, puede escribirse así:" asks about a thing
the learner never sees (review 18's unseen Spanish document, an integrator fix; own texts)."""
from __future__ import annotations

from typing import Any

from quizapp.derive import Draft
from quizapp.derive.giveaways import cut_before_colon


def _fill_in(prompt: str) -> Draft:
    item: dict[str, Any] = {"type": "fill_in", "prompt": prompt, "accept": ["x"], "source": [2]}
    return Draft("p2-fi-x", "question", item, 2, None, 1.0)


def test_a_quote_ending_on_a_colon_is_held_back() -> None:
    for prompt in (
        "Según el texto, ¿qué va en el hueco? «El proceso, llamado ____, se resume así:»",
        "According to the text, what goes in the gap? “The three stages of ____ are these:”",
        "According to the text, what goes in the gap? \"The ____ balance reads:\"",
    ):
        assert cut_before_colon(_fill_in(prompt)), prompt


def test_a_colon_inside_the_quote_is_no_cut() -> None:
    for prompt in (
        "According to the text, what goes in the gap? “Two things mattered: the ____ and the tide.”",
        "Según el texto, ¿qué va en el hueco? «Lo dijo claro: el ____ no volvería.»",
    ):
        assert not cut_before_colon(_fill_in(prompt)), prompt
