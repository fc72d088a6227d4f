"""Textbook paragraphs on how a thing is made or kept (brief cover-text): a cause given with
"since", or an effect or a cause holding the verb «está», gets its why-card."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from tests.helpers.drafts import ready_card_sides_by_paragraph

_ready_cards = ready_card_sides_by_paragraph


def _ready(drafts: list[Draft], number: int) -> list[Draft]:
    return [d for d in drafts if d.ready and d.paragraph == number]


SEMILLAS = [
    Paragraph(1, "Cómo se conservan las semillas", is_heading=True),
    Paragraph(2, "Las semillas se recogen cuando el fruto está maduro, porque una semilla inmadura tiene las reservas "
                 "incompletas y muere pronto en la cámara frigorífica."),
    Paragraph(3, "Los sobres de aluminio se sellan con calor, porque el aire de la cámara nunca está del todo seco y la "
                 "semilla volvería a tomar humedad."),
]


def test_the_verb_esta_is_no_demonstrative_in_a_why_card() -> None:
    # «está» folds to «esta», the demonstrative a front must not hold: the verb of a clause
    # that names its subject ("cuando el fruto está maduro") is no pointer to another sentence.
    cards = _ready_cards(SEMILLAS, "es")
    assert cards.get(2) == [("Explica por qué las semillas se recogen cuando el fruto está maduro.",
                             "Porque una semilla inmadura tiene las reservas incompletas y muere pronto en la cámara frigorífica.")]
    assert cards.get(3) == [("Explica por qué los sobres de aluminio se sellan con calor.",
                             "Porque el aire de la cámara nunca está del todo seco y la semilla volvería a tomar humedad.")]


def test_a_demonstrative_esta_still_makes_no_card() -> None:
    horno = [Paragraph(1, "Los ladrillos se apilan en filas abiertas, porque esta disposición deja pasar el aire caliente "
                          "entre las piezas.")]
    assert not _ready_cards(horno, "es")


KILN = [
    Paragraph(1, "How a clamp kiln fires bricks", is_heading=True),
    Paragraph(2, "Small stones are picked out of the tempered clay by hand, since a stone left in a brick expands more "
                 "than the clay when heated and splits the brick open from the inside."),
    Paragraph(3, "The bricks at the centre of the clamp come out harder than the bricks at the edges, since the fire burns "
                 "longest where the crushed coal lies thickest."),
]


def test_a_cause_given_with_since_makes_a_why_card() -> None:
    cards = _ready_cards(KILN, "en")
    assert cards.get(2) == [("Explain why small stones are picked out of the tempered clay by hand.",
                             "Since a stone left in a brick expands more than the clay when heated and splits the brick open from the inside.")]
    # Paragraph 3 keeps its comparison's cloze first; its why-card waits behind it.
    backs = {d.item.get("back") for d in derive_drafts(KILN, "en") if d.kind == "card" and d.paragraph == 3}
    assert "Since the fire burns longest where the crushed coal lies thickest." in backs


def test_since_of_time_makes_no_why_card() -> None:
    mills = [
        Paragraph(1, "The Harwick brickworks", is_heading=True),
        Paragraph(2, "The works have fired their bricks in clamps beside the river, since the old kiln was pulled down by "
                     "the new owners."),
        Paragraph(3, "Clamps were built on the common each summer, since 1840 at least, by families from the village."),
    ]
    cards = _ready_cards(mills, "en")
    assert not any(front.startswith("Explain why") for found in cards.values() for front, _ in found)


def test_a_why_card_on_ya_que_keeps_the_texts_connective() -> None:
    # The back is the text's words: «Porque ...» for «ya que ...» is in no paragraph, and the
    # card was held back as ungrounded.
    recogida = [Paragraph(1, "Los recolectores toman muestras de muchas plantas distintas de la población, ya que el lote "
                             "conserva entonces la variedad genética del conjunto.")]
    assert _ready_cards(recogida, "es").get(1) == [(
        "Explica por qué los recolectores toman muestras de muchas plantas distintas de la población.",
        "Ya que el lote conserva entonces la variedad genética del conjunto.")]


def test_a_condition_on_a_proportion_an_earlier_sentence_counted_makes_no_card() -> None:
    # «la proporción» of what? The sentence before says (the seeds that sprout), not the card.
    pruebas = [Paragraph(1, "Cada cierto tiempo se ponen a germinar unas semillas de cada lote y los técnicos cuentan cuántas "
                            "brotan. Si la proporción baja de forma clara, el lote está envejeciendo y hay que renovarlo "
                            "antes de que pierda la capacidad de dar plantas sanas.")]
    fronts = [d.item["front"] for d in derive_drafts(pruebas, "es") if d.ready and d.kind == "card"]
    assert not any("proporción" in front for front in fronts)
    tests = [Paragraph(1, "Every few years the technicians set a hundred seeds of each lot to sprout on wet paper and count "
                          "the seedlings. If the proportion falls clearly below the last count, the whole lot is sown "
                          "again in the field.")]
    fronts = [d.item["front"] for d in derive_drafts(tests, "en") if d.ready and d.kind == "card"]
    assert not any("proportion" in front for front in fronts)


def test_a_purpose_with_so_that_makes_a_why_card() -> None:
    drying = [
        Paragraph(1, "Drying the bricks", is_heading=True),
        Paragraph(2, "The green bricks are set on edge in long open sheds so that the draught can carry off the "
                     "moisture evaporating from the clay."),
        Paragraph(3, "The river rose all through the wet spring, so that the lower clay pits flooded and stood idle."),
    ]
    cards = _ready_cards(drying, "en")
    assert cards.get(2) == [("Explain why the green bricks are set on edge in long open sheds.",
                             "So that the draught can carry off the moisture evaporating from the clay.")]
    assert not any(back.startswith("So that") for back in (b for found in cards.values() for _, b in found) if "flooded" in back)


def test_a_surname_opening_its_sentence_is_not_lowered_into_a_front() -> None:
    voyage = [Paragraph(1, "Cook sailed north along the coast in the spring, because the winter ice had closed the strait "
                           "to every ship of the fleet.")]
    fronts = [d.item["front"] for d in derive_drafts(voyage, "en") if d.kind == "card"]
    assert not any("cook sailed" in front for front in fronts)


def test_a_condition_in_the_present_perfect_asks_what_happens() -> None:
    # "has burned" is no past: "what happened when the fire has burned through?" does not read.
    cooling = [Paragraph(1, "When the fire has burned through, the clamp is left to cool for about a week with its holes "
                            "sealed against the wind.")]
    fronts = [d.item["front"] for d in derive_drafts(cooling, "en") if d.kind == "card"]
    assert "According to the text, what happens when the fire has burned through?" in fronts
