"""Explanation paragraphs get a card on their point: what causes the thing (issue 10, brief mechanism).

Reviewers of textbook and encyclopedic documents found almost every item a gap on a number or
a name, and the paragraphs that explain how or why something happens untested: "the colour
is due to ...", «se debe a ...», "X causes Y", «X provoca Y», «X son consecuencia de Y». Such a
paragraph is asked what causes the thing it explains (the steps of a process: test_steps17).
Our own small texts (copper roofs, olives), written for these tests."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from tests.helpers.drafts import ready_cards


def _ready(paragraphs: list[Paragraph], code: str) -> list[Draft]:
    return [d for d in derive_drafts(paragraphs, code) if d.ready]


ROOFS = [
    Paragraph(1, "Copper roofs", is_heading=True),
    Paragraph(2, "The market hall of Tarrow was roofed with copper sheets in 1891 by the firm of Hollis and Crane."),
    Paragraph(3, "The green colour of old copper roofs is due to a thin crust of copper carbonate that forms in damp air."),
    Paragraph(4, "The dark streaks below the gutters are caused by rainwater that runs off the lead flashings."),
    Paragraph(5, "The expansion of freezing water in the joints causes the small cracks along the ridge of the roof."),
]

ACEITUNAS = [
    Paragraph(1, "El aderezo de las aceitunas", is_heading=True),
    Paragraph(2, "La almazara de Villanueva del Campo fue fundada en 1923 por el boticario Ramiro Estévez."),
    Paragraph(3, "El amargor de la aceituna recién cogida se debe a la oleuropeína, un compuesto que la lejía descompone."),
    Paragraph(4, "La sal de la salmuera provoca la pérdida de agua de la pulpa durante las primeras semanas."),
    Paragraph(5, "Las manchas blancas de la piel son consecuencia de los golpes que sufre el fruto en la recogida."),
]


def test_english_due_to_and_causes_sentences_get_a_card_on_what_causes_the_thing() -> None:
    cards = ready_cards(ROOFS, "en")
    assert ("According to the text, what causes the green colour of old copper roofs?",
            "A thin crust of copper carbonate that forms in damp air.") in cards.get(3, [])
    assert ("According to the text, what causes the dark streaks below the gutters?",
            "Rainwater that runs off the lead flashings.") in cards.get(4, [])
    assert ("According to the text, what causes the small cracks along the ridge of the roof?",
            "The expansion of freezing water in the joints.") in cards.get(5, [])


def test_spanish_se_debe_a_provoca_and_consecuencia_sentences_get_a_card_on_the_cause() -> None:
    cards = ready_cards(ACEITUNAS, "es")
    assert ("Según el texto, ¿a qué se debe el amargor de la aceituna recién cogida?",
            "A la oleuropeína, un compuesto que la lejía descompone.") in cards.get(3, [])
    assert ("Según el texto, ¿qué provoca la pérdida de agua de la pulpa durante las primeras semanas?",
            "La sal de la salmuera.") in cards.get(4, [])
    assert ("Según el texto, ¿de qué son consecuencia las manchas blancas de la piel?",
            "De los golpes que sufre el fruto en la recogida.") in cards.get(5, [])


def test_a_cause_card_never_leans_on_another_sentence_nor_on_a_pronoun() -> None:
    leaning = [
        Paragraph(1, "Roofs", is_heading=True),
        Paragraph(2, "Its green colour is due to a thin crust of copper carbonate that forms in damp air."),
        Paragraph(3, "This colour is caused by rainwater that runs off the lead flashings of the hall."),
        Paragraph(4, "Ese color se debe a la oxidación lenta del metal en el aire húmedo de la costa."),
        Paragraph(5, "The roof turned green within ten years. The change was caused by the damp salt air blowing in from the estuary."),
    ]
    for code in ("en", "es"):
        cards = [f for p in ready_cards(leaning, code).values() for f, _ in p]
        assert not any("what cause" in f or "qué se debe" in f for f in cards)


def test_a_cause_card_takes_its_paragraph_over_a_gap_on_a_word_of_the_cause() -> None:
    # The paragraph's only other draft is a gap on one word of the cause ("a wooden ____"): the
    # card asks the sentence's point and would give that gap away; the card is offered instead.
    en = [
        Paragraph(1, "Cheese rinds", is_heading=True),
        Paragraph(2, "The orange rind of washed cheeses is due to bacteria that grow in the brine smeared on them by hand."),
    ]
    es = [
        Paragraph(1, "El pan", is_heading=True),
        Paragraph(2, "El sabor ácido del pan de centeno se debe a la fermentación de la masa madre en una artesa de madera."),
    ]
    en_ready = _ready(en, "en")
    assert [(d.kind, d.item.get("front")) for d in en_ready if d.paragraph == 2] == [
        ("card", "According to the text, what causes the orange rind of washed cheeses?")
    ]
    es_ready = _ready(es, "es")
    assert [(d.kind, d.item.get("front")) for d in es_ready if d.paragraph == 2] == [
        ("card", "Según el texto, ¿a qué se debe el sabor ácido del pan de centeno?")
    ]


def test_a_thing_that_forms_or_appears_because_of_a_cause_is_asked_why_it_forms() -> None:
    # The clause is too short for a why-card ("Explain why the dark crust forms."): the card
    # asks why the thing forms, its back the cause with the text's own connective.
    en = [
        Paragraph(1, "Glazes", is_heading=True),
        Paragraph(2, "The tiny cracks appear because of the different shrinkage of clay and glass on cooling."),
    ]
    es = [
        Paragraph(1, "El horno", is_heading=True),
        Paragraph(2, "La costra oscura se forma a causa del azúcar que se tuesta en el horno de leña."),
    ]
    assert ("According to the text, why do the tiny cracks appear?",
            "Because of the different shrinkage of clay and glass on cooling.") in ready_cards(en, "en").get(2, [])
    assert ("Según el texto, ¿por qué se forma la costra oscura?",
            "A causa del azúcar que se tuesta en el horno de leña.") in ready_cards(es, "es").get(2, [])


def test_a_purpose_card_takes_its_paragraph_over_a_gap_on_a_word_of_its_sentence() -> None:
    # "..., to keep ...", «..., para que ...»: the step's purpose is the sentence's point; a gap on
    # one of its words ("Las ____ se cubren ...") gives way to the card, which shows its key.
    en = [
        Paragraph(1, "Bread", is_heading=True),
        Paragraph(2, "The loaves are covered with linen cloths so that the crust can stay soft overnight."),
    ]
    es = [
        Paragraph(1, "El pan", is_heading=True),
        Paragraph(2, "Las hogazas se cubren con paños de lino para que la corteza no se agriete."),
    ]
    assert [(d.kind, d.item.get("front")) for d in _ready(en, "en") if d.paragraph == 2] == [
        ("card", "Explain why the loaves are covered with linen cloths.")
    ]
    assert [(d.kind, d.item.get("front")) for d in _ready(es, "es") if d.paragraph == 2] == [
        ("card", "Explica por qué las hogazas se cubren con paños de lino.")
    ]


def test_no_cause_card_on_a_schedule_nor_on_a_way_that_leads_somewhere() -> None:
    # "is due to open in 2027" is a plan, not a cause; "leads to the old quarry" a way.
    paragraphs = [
        Paragraph(1, "The museum", is_heading=True),
        Paragraph(2, "The new wing of the museum is due to open in the spring of 2027 after a long delay."),
        Paragraph(3, "The narrow path behind the chapel leads to the old quarry above the village."),
        Paragraph(4, "The last ferry of the season was due to sail on the morning tide from the north pier."),
    ]
    cards = [f for p in ready_cards(paragraphs, "en").values() for f, _ in p]
    assert not any(f.startswith(("According to the text, what causes", "According to the text, what caused", "According to the text, what leads")) for f in cards)
