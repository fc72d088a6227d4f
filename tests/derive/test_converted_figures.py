"""A figure written twice in two units ("35 metres (115 feet)") settles its gap: the other
figure converts to the key (review 18's unseen English document, an integrator fix; own texts)."""
from __future__ import annotations

from typing import Any

from quizapp.derive import Draft
from quizapp.derive.giveaways import converted_figure
from quizapp.languages import language_for


def _numeric(prompt: str, answer: float) -> Draft:
    item: dict[str, Any] = {"type": "numeric", "prompt": prompt, "answer": answer, "tolerance": 0, "source": [2]}
    return Draft("p2-nu-x", "question", item, 2, None, 1.0)


def test_a_figure_given_beside_the_same_quantity_in_another_unit_is_held_back() -> None:
    en, es = language_for("en"), language_for("es")
    for prompt, answer, lang in (
        ("The pier rises 12 metres (____ feet) above the low-water mark.", 39, en),
        ("The pier rises ____ metres (39 feet) above the low-water mark.", 12, en),
        ("The road climbs for 40 km (about ____ miles) before the pass.", 25, en),
        ("El muro mide ____ metros (unos 66 pies) de altura.", 20, es),
        ("El depósito guarda 500 litros (____ galones) de agua.", 132, es),
    ):
        assert converted_figure(_numeric(prompt, answer), lang), prompt


def test_a_figure_beside_another_quantity_in_brackets_stays() -> None:
    en, es = language_for("en"), language_for("es")
    for prompt, answer, lang in (
        ("The pier rises ____ metres above the low-water mark (built in 1890).", 12, en),
        ("The crew of 14 (____ of them divers) reached the wreck.", 9, en),
        ("El muro mide ____ metros; el segundo (de 1920) es más bajo.", 20, es),
        ("The road climbs for ____ km (see the map) before the pass.", 40, en),
    ):
        assert not converted_figure(_numeric(prompt, answer), lang), prompt
