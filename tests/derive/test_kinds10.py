"""Failure kinds a fresh review of an unseen pair found (kinds10: a Spanish textbook section on a
landform process, an English encyclopedic article on a lighthouse), each on texts of our own
about other subjects, in English and Spanish: a gap on part of a multi-word proper name."""

from __future__ import annotations

import re
from typing import Any

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.extract import read_facts
from quizapp.derive.giveaways import name_part_gap
from quizapp.languages import language_for


def _paragraphs(*texts: str) -> list[Paragraph]:
    return [Paragraph(i + 1, text) for i, text in enumerate(texts)]


def _ready(paragraphs: list[Paragraph], language: str) -> list[Draft]:
    return [d for d in derive_drafts(paragraphs, language) if not d.problems]


def _typed(prompt: str, accept: list[str]) -> Draft:
    item: dict[str, Any] = {"type": "fill_in", "prompt": prompt, "accept": accept, "source": [1]}
    return Draft("p1-fi-x", "question", item, 1, None, 1.0)


# --- (1) a gap on part of a multi-word proper name -----------------------------------------

TRAVEL_ES = _paragraphs(
    "La bahía de Ha Long, en Vietnam, reúne cerca de dos mil islotes de caliza que los pescadores rodean cada mañana en sus juncos de madera.",
    "Los trenes nocturnos unen Ha Noi con el puerto de Da Nang en unas dieciséis horas, y muchos viajeros prefieren ese trayecto al avión.",
    "El tribunal internacional de La Haya resolvió en 1986 un litigio fronterizo que enfrentaba a dos países centroamericanos.",
    "Los barcos que cruzaban desde Le Havre llevaban algodón, café y emigrantes, y el viaje hasta Nueva York duraba entonces unas dos semanas.",
    "El equipo se trasladó a Los Ángeles en 1958, donde encontró un estadio mayor y un público nuevo.",
)
TRAVEL_EN = _paragraphs(
    "Ferries leave the port of Le Havre each evening for Portsmouth, and the crossing takes about six hours in calm weather.",
    "The night train from Ha Noi reaches Da Nang after sixteen hours, running along a coast of rice fields and fishing villages.",
    "The court in The Hague ruled on the border dispute in 1986, and both governments accepted the ruling within a year.",
)
WHOLE_NAMES = ("Ha Long", "Ha Noi", "Da Nang", "La Haya", "Le Havre", "Los Ángeles", "The Hague")


def test_a_capitalised_run_is_read_whole_even_when_it_opens_with_a_function_word() -> None:
    """Review (kinds10): "la bahía de Ha Long" was read as "Long" ("ha" is the Spanish verb),
    and the gap "Ha ____" asked for half a name. A capitalised word run inside a sentence is one
    name, whatever its first word is elsewhere ("Le Havre", "La Haya", "Los Ángeles")."""
    for paragraphs, language in ((TRAVEL_ES, "es"), (TRAVEL_EN, "en")):
        facts = read_facts([(p.number, p.text) for p in paragraphs], language_for(language))
        names = {m.text for s in facts.sentences for m in s.mentions if m.kind in ("name", "person", "place", "organisation")}
        written = [n for n in WHOLE_NAMES if any(n in p.text for p in paragraphs)]
        assert written and all(n in names for n in written), (sorted(names), written)


def test_no_ready_gap_takes_part_of_a_name() -> None:
    """No ready item's gap stands beside the rest of its name ("Ha ____", "Le ____")."""
    for paragraphs, language in ((TRAVEL_ES, "es"), (TRAVEL_EN, "en")):
        for d in _ready(paragraphs, language):
            text = str(d.item.get("prompt", "")) + " " + str(d.item.get("passage", ""))
            assert not re.search(r"\b(?:Ha|Le|La|Da|Los|The)\s+(?:____|\{\d\})", text), d.item


def test_a_typed_gap_beside_the_rest_of_its_name_is_held_back() -> None:
    """The check itself, on prompts of every drafter: a capitalised key joined by one space to a
    capitalised word inside the sentence is half a name; a title, a sentence's first word, or a
    lower-case word before the gap is not."""
    es, en = language_for("es"), language_for("en")
    held = [
        (es, _typed("Según el texto, ¿qué va en el hueco? «La bahía de Ha ____, en Vietnam, reúne dos mil islotes.»", ["Long"])),
        (es, _typed("Según el texto, ¿qué va en el hueco? «Los barcos que salían de Le ____ llevaban algodón.»", ["Havre"])),
        (en, _typed("According to the text, what goes in the gap? “Junks carry visitors among the islets of ____ Bay, near the border.”", ["Ha Long"])),
        (en, _typed("According to the text, what goes in the gap? “The night train from Ha ____ reaches the coast at dawn.”", ["Noi"])),
    ]
    for lang, draft in held:
        assert name_part_gap(draft, lang), draft.item["prompt"]
    kept = [
        (es, _typed("Según el texto, ¿qué va en el hueco? «El puerto de ____ recibía los trenes del norte.»", ["Da Nang"])),
        (en, _typed("According to the text, what goes in the gap? “President ____ signed the treaty in 1902.”", ["Theodore Roosevelt"])),
        (es, _typed("Según el texto, ¿qué va en el hueco? «En ____ se firmó el tratado de paz.»", ["Utrecht"])),
        (en, _typed("According to the text, what goes in the gap? “The court in ____ ruled on the dispute.”", ["The Hague", "Hague"])),
        (en, _typed("According to the text, what goes in the gap? “Ferries leave ____ each evening, Portsmouth their goal.”", ["Le Havre"])),
    ]
    for lang, draft in kept:
        assert not name_part_gap(draft, lang), draft.item["prompt"]


# --- (2) a famous region after a common noun, with what it is known for ----------------------

REGIONS_ES = _paragraphs(
    "Cada invierno, decenas de buceadores exploran las galerías inundadas de la península de Yucatán, con sus cenotes y los restos de la civilización maya, y cartografían nuevos pasajes bajo la selva.",
    "Los barcos turísticos recorren la isla de Sicilia, con sus volcanes y sus templos griegos, en una semana de navegación que termina en el puerto de Trapani.",
    "Los agricultores del delta del Mekong, con sus mercados flotantes y sus arrozales, venden cada mañana fruta y pescado desde barcas de madera.",
)
REGIONS_EN = _paragraphs(
    "Every winter, dozens of divers map the flooded passages of the Yucatán Peninsula, with its cenotes and the ruins of the Maya civilisation, adding new galleries beneath the forest.",
    "Pilgrims have climbed to the monastery in the Sinai Peninsula, with its desert and its granite peaks, since the sixth century, guided by Bedouin families.",
    "Tour boats circle the island of Sicily, with its volcanoes and its Greek temples, on a week-long voyage that ends in the harbour of Trapani.",
)
FAMOUS_REGIONS = ("Yucatán", "Sicilia", "Sicily", "Mekong", "Sinai")


def test_a_famous_region_after_a_common_noun_beside_what_it_is_known_for_is_no_ready_gap() -> None:
    """Review (kinds10): «en la península de ____, con sus cenotes y los restos de la
    civilización maya» → Yucatán. A peninsula, an island, a delta or a region named in a
    sentence that also names what it is famous for is settled by an atlas in the reader's head.
    A small place in the same sentences (Trapani) keeps its gap."""
    for paragraphs, language in ((REGIONS_ES, "es"), (REGIONS_EN, "en")):
        ready = _ready(paragraphs, language)
        keys = [str(a) for d in ready for a in (d.item.get("accept") or [])[:1]]
        assert not [k for k in keys if any(r in k for r in FAMOUS_REGIONS)], keys
        assert "Trapani" in keys, keys


def test_a_famous_region_gap_without_what_it_is_known_for_stays() -> None:
    """The rule needs the famous thing in the sentence: "la isla de ____" alone asks a detail."""
    from quizapp.derive.famous_settings import famous_setting_gap

    es = language_for("es")
    plain = _typed("Según el texto, ¿qué va en el hueco? «El barco llegó a la isla de ____ al tercer día de viaje.»", ["Sicilia"])
    assert not famous_setting_gap(plain, es)
    famous = _typed("Según el texto, ¿qué va en el hueco? «El barco llegó a la isla de ____, con sus volcanes, al tercer día.»", ["Sicilia"])
    assert famous_setting_gap(famous, es)
