"""gapfixes (issue 10, the drafter): options of a range's end that break the range (kinds 1 and 8
of the brief). Our own small texts (hop drying), English and Spanish."""
from __future__ import annotations

from quizapp.derive import Draft, trivial_gaps
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, make_draft


def _cloze(passage: str, key: str, wrong: list[str]) -> Draft:
    options = [{"text": key, "correct": True}] + [{"text": w, "correct": False} for w in wrong]
    return make_draft({"type": "cloze", "prompt": "Fill in the gaps from the text.", "passage": passage, "gaps": [{"options": options}]})


def _statement(text: str, language: str, answer: bool = False) -> Draft:
    frame = "True or false: " if language == "en" else "Verdadero o falso: "
    return make_draft({"type": "true_false", "prompt": frame + text, "answer": answer})


def _held(draft: Draft, language: str) -> list[str]:
    return trivial_gaps.problems(draft, language_for(language))


# --- 1 and 8. Options of a range's end keep the range whole -----------------------------------


def test_options_that_break_the_range_their_gap_ends_hold_the_item_back() -> None:
    """"falls from around 80 percent to {1}" offering 80 or 90 percent, "between 12 and ____
    tonnes" offering 12 or 9, an option "8 to 6 hours": the reader rules those out by the
    range's own form, and picks among what is left."""
    broken: list[tuple[Draft, str]] = [
        (_cloze("During drying the water content falls from around 80 percent to {1}, and the cones turn brittle.", "10 percent", ["80 percent", "6 percent"]), "en"),
        (_cloze("During drying the water content falls from around 80 percent to {1}, and the cones turn brittle.", "10 percent", ["90 percent", "6 percent"]), "en"),
        (choice_draft("According to the text, which of these goes in the gap? “A kiln holds between 12 and ____ of green hops.”", "18 tonnes", ["9 tonnes", "24 tonnes"]), "en"),
        (choice_draft("According to the text, how long do the cones rest in the cooling room?", "8 to 14 hours", ["8 to 6 hours", "8 to 20 hours"]), "en"),
        (_cloze("Las piñas reposan entre 8 y {1} en una sala fría.", "14 horas", ["8 horas", "20 horas"]), "es"),
        (choice_draft("Según el texto, ¿cuál de estas opciones va en el hueco? «La humedad baja del 80 por ciento al ____.»", "10 por ciento", ["85 por ciento", "6 por ciento"]), "es"),
        (_statement("A kiln holds between 12 and 12 tonnes of green hops.", "en"), "en"),
        (_statement("During drying the water content falls from 80 percent to 90 percent.", "en"), "en"),
        (_statement("Las piñas reposan entre 14 y 8 horas en una sala fría.", "es"), "es"),
    ]
    for draft, language in broken:
        assert any("breaks a range" in r for r in _held(draft, language)), draft.item


def test_options_that_keep_the_range_whole_stay() -> None:
    kept: list[tuple[Draft, str]] = [
        (_cloze("During drying the water content falls from around 80 percent to {1}, and the cones turn brittle.", "10 percent", ["25 percent", "6 percent"]), "en"),
        (choice_draft("According to the text, which of these goes in the gap? “A kiln holds between 12 and ____ of green hops.”", "18 tonnes", ["15 tonnes", "24 tonnes"]), "en"),
        (_cloze("Los salarios subieron de 6 a {1} reales en diez años.", "9", ["8", "12"]), "es"),
        (_statement("During drying the water content falls from 80 percent to 20 percent.", "en"), "en"),
        (_statement("In 2010 to 500 growers the council sold new kilns.", "en"), "en"),
        (_statement("Las piñas reposan entre 8 y 20 horas en una sala fría.", "es"), "es"),
    ]
    for draft, language in kept:
        assert not any("breaks a range" in r for r in _held(draft, language)), (draft.item, _held(draft, language))
