"""Failure kinds two fresh reviews of main's drafter found (kinds9, reviews 16 and 17), each on
texts of our own about other subjects, in English and Spanish: a definition card whose front is a
place; a typed gap whose key shares its stem with a word of the prompt; a person's surname refused
after a role written in apposition."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts


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
