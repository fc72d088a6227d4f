"""Card fronts and backs a fresh review of unseen texts rejected as garbled or thin, on texts
written for this test (English and Spanish):

1. a sentence's opening adverbial pulled into a card's term ("what is meant by “today
   vulcanization”?", «¿a qué se llama «hoy la vulcanización»?»): the term starts after it;
2. a person card backed by a thin label ("Merchant from Halbury") where the text gives the fact
   that defines the person elsewhere (a founding act, "known as the Ice King"): held;
3. a list card whose back cuts an item before its figure («los tiempos de llegada de la
   ambulancia» without «que superan ya los 35 minutos»): the item keeps its figure, or no card.
"""
from __future__ import annotations

from quizapp.derive import Draft, derive_drafts
from quizapp.derive.card_checks import CardContext, problems
from quizapp.languages import language_for
from tests.helpers.drafts import document


def _cards(lines: list[str], code: str) -> list[Draft]:
    return [d for d in derive_drafts(document(lines), code) if d.kind == "card"]


def _card(front: str, back: str, tags: list[str]) -> Draft:
    return Draft("p2-card-x", "card", {"front": front, "back": back, "source": [2], "tags": tags}, 2, None, 1.0)


RUBBER_EN = ["Rubber goods", "Today vulcanization is the process that hardens raw rubber with sulphur and heat.",
             "The plant employs four hundred people in three shifts near the river."]
RUBBER_ES = ["El caucho", "Hoy la vulcanización es el proceso que endurece el caucho crudo con azufre y calor.",
             "La planta emplea a cuatrocientas personas en tres turnos junto al río."]


def test_a_term_starts_after_its_sentence_s_opening_adverbial() -> None:
    for lines, code, adverb, term in ((RUBBER_EN, "en", "today", "vulcanization"), (RUBBER_ES, "es", "hoy", "vulcanización")):
        cards = _cards(lines, code)
        fronts = [str(d.item["front"]) for d in cards if d.ready]
        assert not any(adverb in f.lower() for f in fronts), fronts
        # Kept: the card on the term itself, with its definition.
        assert any(f"{term}»" in f or f"{term}”" in f for f in fronts), fronts


def test_a_term_card_opening_with_an_adverbial_is_held() -> None:
    """Wherever a term is cut, a term that opens with an adverbial ("In 1850 calendering",
    «En la práctica el calandrado») is held; a term that only starts like one is not."""
    en, es = language_for("en"), language_for("es")
    held = [
        (en, "According to the text, what is meant by “today vulcanization”?"),
        (en, "According to the text, what is meant by “in 1850 calendering”?"),
        (en, "Nowadays latex dipping"),
        (es, "Según el texto, ¿a qué se llama «hoy la vulcanización»?"),
        (es, "Según el texto, ¿a qué se llama «en la práctica el calandrado»?"),
        (es, "Actualmente el moldeo por inmersión"),
    ]
    for lang, front in held:
        found = problems(_card(front, "The process that hardens raw rubber with heat", ["definition"]), CardContext(lang, lang.code, []))
        assert any("adverbial" in p for p in found), (front, found)
    kept = [
        (en, "According to the text, what is meant by “early vulcanization”?"),
        (en, "According to the text, what is meant by “in vitro growth”?"),
        (es, "Según el texto, ¿a qué se llama «vulcanización»?"),
        (es, "Según el texto, ¿a qué se llama «mente colmena»?"),
    ]
    for lang, front in kept:
        found = problems(_card(front, "The process that hardens raw rubber with heat", ["definition"]), CardContext(lang, lang.code, []))
        assert not any("adverbial" in p for p in found), (front, found)
