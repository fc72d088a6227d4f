"""What a step of a process does (issue 10, brief mechanism): a sentence whose subject is a
step, a gerund or an infinitive with its object ("Soaking the tubers for weeks in running water
leaches out ...", «Remojar el grano en agua fría ... elimina ...»), is asked what the step does,
its back the predicate as written. Our own small texts (flax, salt cod), written for these tests."""

from __future__ import annotations

from quizapp.derive import Paragraph
from tests.helpers.drafts import ready_cards


FLAX = [
    Paragraph(1, "Linen from flax", is_heading=True),
    Paragraph(2, "The linen mill of Ardmore was opened in 1802 by the brothers Samuel and Hugh Lennox."),
    Paragraph(3, "Retting the flax stems in a shallow pond for two weeks rots away the gum that binds the fibres; "
                 "the result is a bundle of strands that splits cleanly."),
    Paragraph(4, "Scutching the dried stalks with a wooden blade breaks off the woody core and leaves the long fibres."),
]

BACALAO = [
    Paragraph(1, "El bacalao en salazón", is_heading=True),
    Paragraph(2, "El secadero de Puerto Alba fue construido en 1911 por el armador Julián Basterra."),
    Paragraph(3, "Desalar el bacalao en agua fría durante dos días arrastra la sal de los músculos y ablanda la carne; "
                 "el resultado es un pescado jugoso."),
    Paragraph(4, "Prensar las piezas entre tablas de pino extrae el agua sobrante y endurece la superficie."),
]


def test_english_a_process_sentence_gets_a_card_on_what_the_process_does() -> None:
    cards = ready_cards(FLAX, "en")
    assert ("According to the text, what does retting the flax stems in a shallow pond for two weeks do?",
            "Rots away the gum that binds the fibres.") in cards.get(3, [])
    assert ("According to the text, what does scutching the dried stalks with a wooden blade do?",
            "Breaks off the woody core and leaves the long fibres.") in cards.get(4, [])


def test_spanish_a_process_sentence_gets_a_card_on_what_the_process_does() -> None:
    cards = ready_cards(BACALAO, "es")
    assert ("Según el texto, ¿qué efecto tiene desalar el bacalao en agua fría durante dos días?",
            "Arrastra la sal de los músculos y ablanda la carne.") in cards.get(3, [])
    assert ("Según el texto, ¿qué efecto tiene prensar las piezas entre tablas de pino?",
            "Extrae el agua sobrante y endurece la superficie.") in cards.get(4, [])


def test_no_process_card_on_a_sentence_opening_with_a_noun_in_ing_or_leaning_on_another_sentence() -> None:
    paragraphs = [
        Paragraph(1, "Flax", is_heading=True),
        Paragraph(2, "Spring rain softens the ground of the fields before the flax seed is sown in rows."),
        Paragraph(3, "Soaking them in the pond for two weeks rots away the gum that binds the fibres together."),
        Paragraph(4, "Evening mist weakens the dried stalks that are left in the field overnight."),
    ]
    cards = [f for p in ready_cards(paragraphs, "en").values() for f, _ in p]
    assert not any(f.startswith("According to the text, what does spring") for f in cards)
    assert not any("soaking them" in f or "evening" in f for f in cards)


def test_a_step_named_by_its_noun_is_asked_what_it_does_too() -> None:
    # "The soaking of ...", «El lavado de ...», «La maceración de ...»: the step as a noun with
    # what it is done to.
    en = [
        Paragraph(1, "Wool", is_heading=True),
        Paragraph(2, "The scouring of the raw fleece in hot soapy water removes the grease and most of the dirt."),
    ]
    es = [
        Paragraph(1, "La lana", is_heading=True),
        Paragraph(2, "El lavado de la lana en agua caliente elimina la grasa y casi toda la tierra del vellón."),
        Paragraph(3, "La maceración de las pieles en cal viva afloja el pelo y ablanda la dermis."),
    ]
    assert ("According to the text, what does the scouring of the raw fleece in hot soapy water do?",
            "Removes the grease and most of the dirt.") in ready_cards(en, "en").get(2, [])
    cards = ready_cards(es, "es")
    assert ("Según el texto, ¿qué efecto tiene el lavado de la lana en agua caliente?",
            "Elimina la grasa y casi toda la tierra del vellón.") in cards.get(2, [])
    assert ("Según el texto, ¿qué efecto tiene la maceración de las pieles en cal viva?",
            "Afloja el pelo y ablanda la dermis.") in cards.get(3, [])
