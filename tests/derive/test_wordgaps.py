"""Gaps other words fill and options a reader rules out (fresh reviews of session 12, issue 10).

1. A typed gap on an everyday word that near-synonyms fill as well: after an article and an
   everyday adjective ("the pond emptied in a steady ____": stream, or flow), or the image of a
   comparison ("travels like a ____", «avanza como una ____»: ondulación, or onda, oscilación).
2. A count in words before a plural noun a few modifiers away ("its ____ hot working gases":
   two, or own, main), or whose members the sentence lists after a possessive ("its ____ gases,
   hydrogen and helium"): an adjective fills the slot as well.
3. A choice among percentages of other roles: "a yearly return of ____" among the share of a
   parish that joined and a rise in the price of flour. Options are percentages of the key's
   role (a share, a change, a rate), or the fact is asked typed.
Texts written for these tests, on subjects of their own."""
from __future__ import annotations

from typing import Any

from quizapp.derive import Draft
from quizapp.derive.synonym_gaps import ordinary_word_gap
from quizapp.derive.trivial_gaps import open_count
from quizapp.languages import language_for


def _typed(prompt: str, accept: list[str]) -> Draft:
    item: dict[str, Any] = {"type": "fill_in", "prompt": prompt, "accept": accept, "source": [1]}
    return Draft("p1-fi-x", "question", item, 1, None, 1.0)


EN_ASK = "According to the text, what goes in the gap? "
ES_ASK = "Según el texto, ¿qué va en el hueco? "


# --- (1) an everyday word near-synonyms fill -------------------------------------------------


def test_an_everyday_noun_after_an_article_and_an_adjective_is_held_back() -> None:
    """"emptied in a steady ____ under the wheel" accepted only "stream" ("flow", "current"
    fit as well); «salía en un fino ____ por la grieta» only «hilo» («chorro»). A rare word the
    document names keeps its gap."""
    en, es = language_for("en"), language_for("es")
    held = [
        (en, _typed(EN_ASK + "“Two hours after high water the pond emptied in a steady ____ under the wheel.”", ["stream"]), ""),
        (en, _typed(EN_ASK + "“The keeper heard a faint ____ from the lower gallery.”", ["noise"]), ""),
        (es, _typed(ES_ASK + "«El agua salía en un fino ____ por la grieta del muro.»", ["hilo"]), ""),
    ]
    for lang, draft, document in held:
        assert ordinary_word_gap(draft, lang, document, []), draft.item["prompt"]
    kept = _typed(EN_ASK + "“The ice was cut by a long ____ into blocks.”", ["froe"])
    assert not ordinary_word_gap(kept, en, "The blocks were split with a froe, a wedge on a handle.", [])


def test_the_image_of_a_comparison_is_held_back() -> None:
    """«La presión viaja como una ____ que avanza por el tubo» accepted only «ondulación»
    («onda», «oscilación», «vibración» read as well), "the crack spread like a ____ across the
    pane" only "web"."""
    en, es = language_for("en"), language_for("es")
    held = [
        (es, _typed(ES_ASK + "«Al cerrar la válvula, la presión viaja como una ____ que avanza por el tubo.»", ["ondulación"])),
        (es, _typed(ES_ASK + "«La niebla cubría el valle a modo de ____ gris.»", ["manta"])),
        (en, _typed(EN_ASK + "“The crack spread like a ____ across the pane.”", ["web"])),
    ]
    for lang, draft in held:
        assert ordinary_word_gap(draft, lang, "", []), draft.item["prompt"]
    # A bare «como» says a role, not an image («se usaba como ____»), and the text's own term stays.
    assert not ordinary_word_gap(_typed(ES_ASK + "«La ceniza se usaba como ____ en los huertos.»", ["abono"]), es, "", [])
    term = _typed(EN_ASK + "“The surge travels like a ____ along the main.”", ["transient"])
    assert not ordinary_word_gap(term, en, "Engineers call this surge a transient.", [])


# --- (2) a count an adjective fills ----------------------------------------------------------


def test_a_count_before_modifiers_or_a_listed_plural_after_a_possessive_is_held_back() -> None:
    """"recycles its ____ hot working gases" (two: own, main, hot read as well); "its ____
    gases, hydrogen and helium" (an adjective fits after "its", and the list only lets a reader
    count); «sus ____ viejas piedras de moler»."""
    en, es = language_for("en"), language_for("es")
    held = [
        (en, _typed(EN_ASK + "“The engine recycles its ____ hot working gases through the cooler.”", ["two", "2"])),
        (en, _typed(EN_ASK + "“The engine recycles its ____ gases through the cooler, hydrogen and helium.”", ["two", "2"])),
        (en, _typed(EN_ASK + "“The press was held together by ____ heavy oak beams.”", ["four", "4"])),
        (es, _typed(ES_ASK + "«El molino movía sus ____ viejas piedras de moler con la marea.»", ["tres", "3"])),
    ]
    for lang, draft in held:
        assert open_count(draft, lang), draft.item["prompt"]
    kept = [
        (es, _typed(ES_ASK + "«El valle recibe ____ ríos, el Tajo y el Alberche, que se juntan cerca del pueblo.»", ["dos", "2"])),
        (en, _typed(EN_ASK + "“The crossing took about ____ hours in calm weather.”", ["six", "6"])),
        (en, _typed(EN_ASK + "“There were ____ of the old stones left.”", ["two", "2"])),
    ]
    for lang, draft in kept:
        assert not open_count(draft, lang), draft.item["prompt"]
