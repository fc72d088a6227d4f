"""Failure kinds two fresh reviews of main's drafter found (kinds8, reviews 16 and 17), each on
texts of our own about other subjects, in English and Spanish: a figure the prompt's own numbers
compute with a fraction, a multiple or a percentage; a round figure after a bound word; a
person's surname refused after a title; a place option of the wrong kind."""

from __future__ import annotations

from typing import Any

from quizapp.derive import Draft
from quizapp.derive.giveaways import computed_share
from quizapp.languages import language_for


def _numeric(prompt: str, answer: float, tolerance: float = 0) -> Draft:
    item: dict[str, Any] = {"type": "numeric", "prompt": prompt, "answer": answer, "tolerance": tolerance, "source": [2]}
    return Draft("p2-nu-x", "question", item, 2, None, 1.0)


def test_a_figure_the_prompt_computes_with_a_fraction_or_percentage_is_held_back() -> None:
    """Review 17: "about ____ kPa, roughly one forty-fourth of ... (101.3 kPa)" asked 2.3: the
    prompt's figure and its fraction word compute the key within its tolerance. The same for
    "half of the 40 boats", "twice the 3 m", "el 25 % de los 800", "la mitad de las 60"."""
    en, es = language_for("en"), language_for("es")
    held = [
        (en, "The beam reaches about ____ km, roughly one fifth of the 60 km the old radio covered.", 12, 0.5),
        (en, "Half of the 40 boats, some ____ vessels, stayed in the harbour.", 20, 0),
        (en, "The new mast, at ____ m, is twice the 3 m of the old one.", 6, 0),
        (en, "Three quarters of the 200 members, or ____, voted for the merger.", 150, 0),
        (en, "About ____ of the 900 pupils, a third of them, walk to school.", 300, 0),
        (en, "The tank holds ____ litres, 25 per cent of the 2,000 litres the dam stores.", 500, 0),
        (es, "El 25 % de los 800 socios, es decir ____ personas, votó a favor.", 200, 0),
        (es, "La mitad de las 60 barcas, unas ____, quedó en el puerto.", 30, 0),
        (es, "La torre nueva mide ____ metros, el doble de los 15 metros de la vieja.", 30, 0),
        (es, "Unos ____ vecinos, la cuarta parte de los 1.200 del pueblo, acudieron.", 300, 0),
    ]
    for lang, prompt, answer, tolerance in held:
        assert computed_share(_numeric(prompt, answer, tolerance), lang), prompt
    kept = [
        (en, "The beam reaches about ____ km, and the old radio covered 60 km.", 12, 0.5),
        (en, "Half of the 40 boats stayed in the harbour, and ____ sailed north.", 7, 0),
        (en, "In 1998 the 3 m mast was replaced by one of ____ m.", 7, 0),
        (es, "El 25 % de los 800 socios votó a favor, y ____ en contra.", 120, 0),
        (es, "La mitad de las barcas quedó en el puerto durante ____ días.", 30, 0),
    ]
    for lang, prompt, answer, tolerance in kept:
        assert not computed_share(_numeric(prompt, answer, tolerance), lang), prompt


def test_a_percentage_two_figures_of_the_prompt_compute_is_held_back() -> None:
    """The other way round: the gap is the share ("____ % of the 800 members, 200 people")."""
    en = language_for("en")
    assert computed_share(_numeric("Some ____ per cent of the 800 members, 200 people, stayed away.", 25), en)
    assert not computed_share(_numeric("Some ____ per cent of the 800 members stayed away.", 25), en)
    assert not computed_share(_numeric("Half of the crew came back after ____ weeks.", 1), en)
