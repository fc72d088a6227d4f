"""Failure kinds fresh reviews found in flashcards, accept lists and numeric gaps (kinds11,
reviews 16, 17 and an unseen pair described in words), each on texts of our own about other
subjects, in English and Spanish."""

from __future__ import annotations

from typing import Any

from quizapp.derive import Draft, Paragraph, derive_drafts


def _cards(paragraphs: list[Paragraph], language: str) -> list[Draft]:
    return [d for d in derive_drafts(paragraphs, language) if d.kind == "card"]


FLIGHT_EN = [
    Paragraph(1, "Flight limits", is_heading=True),
    Paragraph(2, "Every wing has limits that pilots learn early. The stall speed is a characteristic of the aircraft itself, "
                 "measured by the manufacturer, and represents the lowest speed at which the wing still gives enough lift to hold "
                 "level flight. The load factor is the ratio of the lift on the wing to the weight of the aircraft. Pilots keep "
                 "well above the stall speed on the approach to land."),
    Paragraph(3, "Hardness is a property of a mineral that measures how well its surface resists scratching. Geologists test it "
                 "in the field with a steel nail and a piece of glass."),
]
FLIGHT_ES = [
    Paragraph(1, "Límites del vuelo", is_heading=True),
    Paragraph(2, "Toda ala tiene límites que los pilotos aprenden pronto. La velocidad de pérdida es una característica del propio "
                 "avión, medida por el fabricante, y representa la velocidad mínima a la que el ala aún da sustentación suficiente "
                 "para mantener el vuelo nivelado. El factor de carga es el cociente entre la sustentación del ala y el peso del "
                 "avión. Los pilotos vuelan muy por encima de esa velocidad al aterrizar."),
    Paragraph(3, "La dureza es una propiedad de un mineral que mide cuánto resiste su superficie al rayado. Los geólogos la "
                 "comprueban en el campo con un clavo de acero y un trozo de vidrio."),
]


def test_a_definition_card_whose_back_only_names_a_generic_class_and_an_owner_is_held_back() -> None:
    """Review 17: "NPSH required" -> "a characteristic of the pump itself, measured by the
    manufacturer": the back names a class every sibling shares (a characteristic of the pump) and
    nothing that says which one; it fits any pump characteristic. A back whose class is narrowed
    by what it is for or does ("a property ... that measures how ...") keeps its card."""
    for paragraphs, language, vague, fair in (
        (FLIGHT_EN, "en", "characteristic", "property of a mineral"),
        (FLIGHT_ES, "es", "característica", "propiedad de un mineral"),
    ):
        cards = _cards(paragraphs, language)
        vague_cards = [d for d in cards if vague in str(d.item["back"]).lower()]
        assert vague_cards, [d.item for d in cards]
        assert all(d.problems for d in vague_cards), [(d.item, d.problems) for d in vague_cards]
        fair_cards = [d for d in cards if fair in str(d.item["back"]).lower()]
        assert fair_cards and any(not d.problems for d in fair_cards), [(d.item, d.problems) for d in fair_cards]
        assert any(not d.problems and ("load factor" in str(d.item).lower() or "factor de carga" in str(d.item).lower()) for d in cards)
