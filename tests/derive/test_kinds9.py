"""Failure kinds two fresh reviews of main's drafter found (kinds9, reviews 16 and 17), each on
texts of our own about other subjects, in English and Spanish: a definition card whose front is a
place; a typed gap whose key shares its stem with a word of the prompt; a person's surname refused
after a role written in apposition."""

from __future__ import annotations

from typing import Any

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.giveaways import problems, word_family
from quizapp.languages import language_for


def _cards(paragraphs: list[Paragraph], language: str) -> dict[str, Draft]:
    return {str(d.item.get("front")): d for d in derive_drafts(paragraphs, language) if d.kind == "card"}


RIVERS_EN = [
    Paragraph(1, "The Delta of the Irrawaddy", is_heading=True),
    Paragraph(2, "The lower Irrawaddy is a broad, muddy plain where the river splits into many arms before the sea. "
                 "Farmers there grow rice on land that floods every monsoon, and towns such as Pathein stand on raised banks."),
    Paragraph(3, "Sediment refers to the sand and silt a river carries and drops when its current slows. "
                 "Each year the arms of the delta push a little further into the Andaman Sea."),
]
RIVERS_ES = [
    Paragraph(1, "El delta del Ebro", is_heading=True),
    Paragraph(2, "El bajo Guadalquivir es una llanura húmeda y muy llana donde el agua del río avanza despacio hacia el mar. "
                 "Los agricultores cultivan arroz en marismas que se inundan cada invierno, cerca de pueblos como Isla Mayor."),
    Paragraph(3, "El sedimento consiste en la arena y el limo que transporta una corriente y que deja caer cuando pierde fuerza. "
                 "Cada año la desembocadura avanza unos metros hacia el mar."),
]


def test_a_definition_card_whose_front_is_a_place_is_held_back() -> None:
    """Review 16: "The lower Chao Phraya" -> "A flat, low-lying delta where water drains slowly":
    a place is no term; what the text says of it is general geography and the front has many
    backs. A term the same document defines keeps its card."""
    for paragraphs, language, place, term in ((RIVERS_EN, "en", "Irrawaddy", "Sediment"), (RIVERS_ES, "es", "Guadalquivir", "sedimento")):
        cards = _cards(paragraphs, language)
        placed = [d for front, d in cards.items() if place in front]
        assert placed, cards.keys()
        assert all(d.problems for d in placed), [(d.item, d.problems) for d in placed]
        termed = [d for front, d in cards.items() if term.lower() in front.lower() and "definition" in d.item.get("tags", [])]
        assert termed and not all(d.problems for d in termed), [(d.item, d.problems) for d in termed]


def _typed(prompt: str, accept: list[str]) -> Draft:
    item: dict[str, Any] = {"type": "fill_in", "prompt": prompt, "accept": accept, "source": [2]}
    return Draft("p2-fi-x", "question", item, 2, None, 1.0)


def _quoted(sentence: str) -> str:
    return f"According to the text, which word goes in the gap? “{sentence}”"


def test_a_typed_key_of_the_prompts_word_family_is_held_back() -> None:
    """Review 17 and cover5's concept gaps: a key sharing its stem with a word of the prompt
    ("denser" -> densification), or the same word with a derivational prefix ("la población ...
    la ____" -> despoblación, "population" -> depopulation), is read off the prompt. Unrelated
    words, and names that merely open alike, keep the gap."""
    en, es = language_for("en"), language_for("es")
    held = [
        (en, _typed(_quoted("As the snow grew denser, the ____ of the old layers went on for decades."), ["densification"])),
        (en, _typed(_quoted("The census showed a falling population, and ____ emptied the hill farms."), ["depopulation"])),
        (es, _typed(_quoted("La población del valle menguó, y la ____ cerró las escuelas rurales."), ["despoblación", "despoblacion"])),
        (es, _typed(_quoted("Con la despoblación, la ____ del valle cayó a la mitad."), ["población"])),
        (en, _typed(_quoted("The two towns could not agree, and the ____ over the bridge lasted a year."), ["disagreement"])),
    ]
    for lang, draft in held:
        assert word_family(draft, lang), draft.item["prompt"]
        assert any("stem" in p or "family" in p for p in problems(draft, lang, ())), draft.item["prompt"]
    kept = [
        (en, _typed(_quoted("The snow grew deeper, and the ____ of the old layers went on for decades."), ["densification"])),
        (es, _typed(_quoted("Las escuelas rurales cerraron, y la ____ del valle siguió."), ["despoblación"])),
        (en, _typed(_quoted("Rosales lent the boat that ____ sailed to the island."), ["Rosa Mendiola"])),
        (en, _typed(_quoted("The ferry carried ____ passengers in 1990."), ["1,200"])),
        (es, _typed(_quoted("El texto del tratado fijó la ____ de los tejidos."), ["textura"])),
    ]
    for lang, draft in kept:
        assert not word_family(draft, lang), draft.item["prompt"]
