"""worldgaps (issue 10): gaps a well-read adult fills without the document, in texts of our own
(a rope works on a coast, a rowing club, a biscuit bakery), one sentence a paragraph so that no
other draft of the sentence hides the gap: a year or a host city that names a world event ("the
2010 earthquake", «el Mundial de México 1986», "the Sydney 2000 Olympic Games"), and a key whose
initials open an acronym of the prompt ("the firm BATL ... its office in ____": Buenos Aires)."""
from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import document


def _ready_answers(texts: list[str], language: str) -> list[tuple[str, str]]:
    """(prompt, answer) of every ready question: its typed key, numeric answer or right option."""
    found = []
    for d in derive_drafts(document(texts), language):
        if not d.ready or d.kind != "question":
            continue
        item = d.item
        answers = [str(a) for a in item.get("accept", [])[:1]] + [str(c["text"]) for c in item.get("choices", []) if c.get("correct")]
        answers += [str(item["answer"])] if item.get("type") == "numeric" else []
        answers += [str(g["accept"][0]) for g in item.get("gaps", []) if g.get("accept")]
        found += [(str(item.get("prompt") or item.get("passage")), a) for a in answers]
    return found


EVENTS_EN = [
    "The Tolten rope works",
    "The works reopened two years after the 2010 earthquake had flattened its drying sheds.",
    "Its ropes marked the sailing course of the Sydney 2000 Olympic Games.",
    "A second order came for the goal nets of the World Cup of 2014, held in Brazil.",
    "By then the plant employed 64 spinners and 9 dyers.",
]
EVENTS_ES = [
    "La cordelería de Toltén",
    "La fábrica reabrió dos años después del terremoto de 2010, que había derribado sus secaderos.",
    "Sus cuerdas marcaron el campo de regatas de los Juegos Olímpicos de Barcelona 1992.",
    "Otro pedido llegó para las redes de los arcos del Mundial de México 1986.",
    "La planta empleaba a 64 hiladoras y 9 tintoreros.",
]


def test_a_year_or_a_host_city_that_names_a_world_event_is_not_asked() -> None:
    """The year of "the 2010 earthquake" or «el Mundial de México 1986», the city of "the Sydney
    2000 Olympic Games": the world names the event by them; the text's own figures stay asked."""
    for texts, language, keys in ((EVENTS_EN, "en", {"2010", "Sydney", "2000", "2014"}),
                                  (EVENTS_ES, "es", {"2010", "Barcelona", "1992", "1986", "México"})):
        answers = _ready_answers(texts, language)
        asked = [(p, a) for p, a in answers if a in keys]
        assert not asked, asked
        assert any(a in ("64", "9") for _, a in answers), answers


ACRONYMS_EN = [
    "The Ferrand biscuit bakery",
    "The shipping firm BATL, which had carried the bakery's tins for years, closed its office in Buenos Aires.",
    "Its agent NYFC, which sold the tins to grocers, kept a warehouse in New York.",
    "The bakery baked 40 tonnes of biscuits a week.",
]
ACRONYMS_ES = [
    "La galletera Ferrand",
    "La naviera PMTL, que había llevado las latas de la galletera durante años, cerró su oficina en Puerto Montt.",
    "Su agente PAFC, que vendía las latas a los almacenes, tuvo un depósito en Punta Arenas.",
    "La galletera horneaba 40 toneladas de galletas por semana.",
]


def test_a_key_whose_initials_open_an_acronym_of_the_prompt_is_not_asked() -> None:
    """"The firm BATL ... its office in ____": Buenos Aires spells the acronym's first letters."""
    for texts, language, keys in ((ACRONYMS_EN, "en", {"Buenos Aires", "New York"}),
                                  (ACRONYMS_ES, "es", {"Puerto Montt", "Punta Arenas"})):
        answers = _ready_answers(texts, language)
        asked = [(p, a) for p, a in answers if a in keys]
        assert not asked, asked

