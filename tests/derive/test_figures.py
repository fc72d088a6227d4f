"""Figures a reader reads off the prompt itself (brief figures, issue 10): reviewers of four unseen
documents rejected a gap whose key the prompt prints elsewhere in digits ("Each heater draws ____
kW. ... feeds 9.0 ÷ 1.5 = 6 heaters": 1.5), and a figure the prompt's other figures compute (a
sum, a difference, a product or a ratio: "from 1,200 to 1,500 tonnes, a rise of ____ tonnes").
Each case is a short text of our own, in English and in Spanish, held and kept."""
from __future__ import annotations

from typing import Any

import pytest

from quizapp.derive import Draft
from quizapp.derive.giveaways import computed_figure, problems, written_key_figure
from quizapp.languages import language_for

FRAME = {"en": "According to the text, what goes in the gap? “{}”", "es": "Según el texto, ¿qué va en el hueco? «{}»"}


def _numeric(prompt: str, answer: float, code: str) -> Draft:
    item = {"type": "numeric", "prompt": FRAME[code].format(prompt), "answer": answer, "tolerance": 0, "source": [2]}
    return Draft("p2-nu-x", "question", item, 2, None, 1.0)


def _typed(prompt: str, key: str, code: str) -> Draft:
    item = {"type": "fill_in", "prompt": FRAME[code].format(prompt), "accept": [key], "source": [2]}
    return Draft("p2-fi-x", "question", item, 2, None, 1.0)


def _choice(prompt: str, options: list[str], key: str, code: str) -> Draft:
    item: dict[str, Any] = {"type": "single_choice", "prompt": FRAME[code].format(prompt), "source": [2],
                            "choices": [{"text": o, "correct": o == key} for o in options]}
    return Draft("p2-sc-x", "question", item, 2, None, 1.0)


# --- 1. the key printed elsewhere in the prompt ----------------------------------------------

@pytest.mark.parametrize("draft, held", [
    # the reviewers' kind: the key is an operand of the prompt's later arithmetic
    (_numeric("Each heater draws ____ kW. The 9.0 kW supply therefore feeds 9.0 ÷ 1.5 = 6 heaters.", 1.5, "en"), True),
    (_typed("Each heater draws ____ kW. The 9.0 kW supply therefore feeds 9.0 ÷ 1.5 = 6 heaters.", "1.5", "en"), True),
    # a year key, and the same digits elsewhere
    (_numeric("The mill opened in ____ with 1884 looms, one for each year of the calendar it was named after.", 1884, "en"), True),
    # only the same value: 150 and 1.5 are not 15
    (_numeric("Each heater draws ____ kW; 150 of them were sold, at 1.5 tonnes a crate.", 15, "en"), False),
    (_typed("Each heater draws ____ kW; 150 of them were sold, at 1.5 tonnes a crate.", "15", "en"), False),
    # the decimal comma: «1,5» is 1.5, «1.500» is 1500
    (_typed("Cada estufa consume ____ kW. Con 9,0 kW se alimentan, pues, 9,0 ÷ 1,5 = 6 estufas.", "1,5", "es"), True),
    (_numeric("Cada estufa consume ____ kW. Con 9,0 kW se alimentan, pues, 9,0 ÷ 1,5 = 6 estufas.", 1.5, "es"), True),
    (_numeric("Cada estufa consume ____ kW; se vendieron 1.500 y 150 cajas de 15,5 kilos.", 1.5, "es"), False),
    (_typed("Cada estufa consume ____ kW; se vendieron 1.500 y 150 cajas de 15,5 kilos.", "15", "es"), False),
])
def test_a_key_the_prompt_writes_elsewhere_is_held(draft: Draft, held: bool) -> None:
    lang = language_for("es" if "hueco" in draft.item["prompt"] else "en")
    assert bool(written_key_figure(draft, lang)) is held
    found = [p for p in problems(draft, lang, []) if p.startswith("held back: the prompt writes the figure")]
    assert bool(found) is held


# --- 2. the key the prompt's other figures compute -------------------------------------------

@pytest.mark.parametrize("draft, code, held", [
    # a difference of two figures of the gap's unit, a range's ends
    (_choice("Output rose from 1,200 to 1,500 tonnes, a rise of ____ tonnes.", ["250", "300", "350"], "300", "en"), "en", True),
    (_numeric("Output rose from 1,200 to 1,500 tonnes, a rise of ____ tonnes.", 300, "en"), "en", True),
    # a bare figure after a priced one takes its unit
    (_choice("The old lamp cost 30 euros and the new one 45, ____ euros more.", ["15", "20", "25"], "15", "en"), "en", True),
    # a count in words times a figure, offered with options
    (_choice("The yard fired three kilns of 40 m3 each, ____ m3 in all.", ["100", "120", "140"], "120", "en"), "en", True),
    # a sum of two figures of the unit, rounded to the key's precision
    (_numeric("The north wing holds 2.25 tonnes and the south wing 1.1 tonnes, ____ tonnes together.", 3.4, "en"), "en", True),
    # a quotient of a unit figure by a count in digits
    (_choice("The 9 m beam was cut into 4 pieces of ____ m each.", ["2.25", "2.5", "3"], "2.25", "en"), "en", True),
    # kept: a distractor comes out too (1,200 + 1,500 = 2,700)
    (_choice("Output rose from 1,200 to 1,500 tonnes, a rise of ____ tonnes.", ["300", "2,700", "350"], "300", "en"), "en", False),
    # kept: the figures measure other things (workers and euros)
    (_choice("The 30 workers earned 45 euros a day and a bonus of ____ euros.", ["15", "20", "25"], "15", "en"), "en", False),
    (_numeric("The 30 workers earned 45 euros a day and a bonus of ____ euros.", 15, "en"), "en", False),
    # kept: the first end of a range takes the other end's unit (kilos, not the gap's years), and
    # four hours count no years (a sample document's item once read 8 / 4 = 2 here)
    (_numeric("The guild cut each diver's quota from 8 to 5 kilos and closed the reef for ____ years after a "
              "meeting of four hours.", 2, "en"), "en", False),
    (_numeric("La cofradía rebajó la cuota de 8 a 5 kilos y cerró el arrecife durante ____ años tras una "
              "asamblea de cuatro horas.", 2, "es"), "es", False),
    # Spanish: the same, with its decimal comma and group point
    (_choice("La producción pasó de 1.200 a 1.500 toneladas, un aumento de ____ toneladas.", ["250", "300", "350"], "300", "es"), "es", True),
    (_choice("El billete costaba 30 euros y el abono 45, ____ euros más.", ["15", "20", "25"], "15", "es"), "es", True),
    (_choice("La fábrica cocía en tres hornos de 40 m3 cada uno, ____ m3 en total.", ["100", "120", "140"], "120", "es"), "es", True),
    (_numeric("El ala norte guarda 2,25 toneladas y la sur 1,1 toneladas, ____ toneladas en total.", 3.4, "es"), "es", True),
    (_choice("La producción pasó de 1.200 a 1.500 toneladas, un aumento de ____ toneladas.", ["300", "2.700", "350"], "300", "es"), "es", False),
    (_choice("Los 30 obreros cobraban 45 euros al día y una prima de ____ euros.", ["15", "20", "25"], "15", "es"), "es", False),
    (_numeric("Los 30 obreros cobraban 45 euros al día y una prima de ____ euros.", 15, "es"), "es", False),
])
def test_a_key_the_prompt_computes_is_held(draft: Draft, code: str, held: bool) -> None:
    assert bool(computed_figure(draft, language_for(code))) is held
