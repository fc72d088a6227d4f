"""Explanatory paragraphs with no name, figure or date get an item (issue 10, brief explain2,
session 17): what happens to a thing in a stage or a place of a process, what happens to a
thing of a kind in a case ("A pot that is fired too quickly ..."), what a thing waits for
("cannot ... until", "only while", «espera a», «no puede ... hasta que»), and what a clause
means in the words the text restates it with ("that is", «es decir»). Each is a fallback: offered
for a paragraph no other ready draft covers. Our own texts, on pottery and on turrón."""

from __future__ import annotations

from quizapp.derive import Paragraph
from quizapp.derive.drafting import Builder
from quizapp.derive.extract import read_facts
from quizapp.derive.functions import FunctionDrafter
from quizapp.languages import language_for
from tests.helpers.drafts import ready_cards

POTTERY = [
    Paragraph(1, "Firing a pot", is_heading=True),
    Paragraph(2, "Inside the kiln the wet clay loses the last of its water and shrinks slightly before it hardens."),
    Paragraph(3, "A pot that is fired too quickly cracks along its thinnest walls, and the potter must throw it again."),
    Paragraph(4, "Glazing comes later. The glaze cannot be applied until the pot has been fired once at a low heat."),
    Paragraph(5, "At the highest heat the clay changes for good. The clay vitrifies, that is, its particles melt together into a glassy mass."),
]

TURRON = [
    Paragraph(1, "El turrón de obrador", is_heading=True),
    Paragraph(2, "Durante el secado, la pasta del turrón pierde humedad y se vuelve más firme al tacto."),
    Paragraph(3, "Una almendra que se tuesta demasiado amarga la pasta y oscurece el color del turrón."),
    Paragraph(4, "El corte llega al final. El turrón no puede cortarse hasta que se ha enfriado por completo sobre el mármol."),
    Paragraph(5, "Al calentarla, la miel cambia. La miel se carameliza, es decir, sus azúcares se oscurecen y toman un sabor tostado."),
]


def test_an_explanatory_english_paragraph_gets_a_card_on_what_happens_waits_or_means() -> None:
    cards = ready_cards(POTTERY, "en")
    assert ("According to the text, what happens to the wet clay inside the kiln?",
            "Loses the last of its water and shrinks slightly before it hardens.") in cards[2]
    assert ("According to the text, what happens when a pot is fired too quickly?", "Cracks along its thinnest walls.") in cards[3]
    assert ("According to the text, what must happen before the glaze can be applied?",
            "The pot has been fired once at a low heat.") in cards[4]
    assert ("According to the text, what does it mean that the clay vitrifies?",
            "Its particles melt together into a glassy mass.") in cards[5]


def test_an_explanatory_spanish_paragraph_gets_a_card_on_what_happens_waits_or_means() -> None:
    cards = ready_cards(TURRON, "es")
    assert ("Según el texto, ¿qué le ocurre a la pasta del turrón durante el secado?",
            "Pierde humedad y se vuelve más firme al tacto.") in cards[2]
    assert ("Según el texto, ¿qué ocurre cuando una almendra se tuesta demasiado?",
            "Amarga la pasta y oscurece el color del turrón.") in cards[3]
    assert ("Según el texto, ¿hasta cuándo no puede cortarse el turrón?",
            "Hasta que se ha enfriado por completo sobre el mármol.") in cards[4]
    assert ("Según el texto, ¿qué quiere decir que la miel se carameliza?",
            "Sus azúcares se oscurecen y toman un sabor tostado.") in cards[5]


def test_a_card_on_a_doer_asks_what_it_does_and_no_stage_leans_on_the_sentence_before() -> None:
    cards = ready_cards([
        Paragraph(1, "Brewing", is_heading=True),
        Paragraph(2, "During the boil, the hops release their bitter oils into the wort and the proteins settle out."),
        Paragraph(3, "During this time the brewer adds nothing else to the kettle and keeps the lid off."),
    ], "en")
    assert ("According to the text, what do the hops do during the boil?",
            "Release their bitter oils into the wort and the proteins settle out.") in cards.get(2, []) or \
        any(front.startswith("According to the text, what do the hops do during the boil?") for front, _ in cards.get(2, []))
    assert not any("this time" in front for front, _ in cards.get(3, []))


def test_a_thing_named_only_by_its_action_gets_no_card_on_what_it_waits_for() -> None:
    cards = ready_cards([
        Paragraph(1, "Los precios", is_heading=True),
        Paragraph(2, "La bajada, en cambio, espera a la cosecha siguiente de las huertas del valle."),
    ], "es")
    assert not any("bajada" in front for front, _ in cards.get(2, []))


def test_a_thing_named_by_a_participle_is_no_case_of_what_happens() -> None:
    cards = ready_cards([
        Paragraph(1, "Measuring the dunes", is_heading=True),
        Paragraph(2, "A survey called photogrammetry compares pairs of aerial photographs and measures the drift of each crest."),
    ], "en")
    assert not any(front.startswith("According to the text, what happens when") for front, _ in cards.get(2, []))


def test_a_source_of_the_story_is_no_case_of_what_happens() -> None:
    """Even held back (a fallback another draft may free), no "what happens when a survey is
    commissioned by ...?" -> "Estimates that ...": a source's finding is a claim card's."""
    text = "A survey commissioned by the Millers' Guild estimates that most visitors would pay to see the wheel turning again."
    builder = Builder(read_facts([(1, text)], language_for("en")))
    fronts = [c.item["front"] for c in FunctionDrafter(builder).candidates()]
    assert not any(f.startswith("According to the text, what happens when") for f in fronts), fronts


def test_a_case_whose_sentence_gives_its_reason_is_left_to_the_why_card() -> None:
    """"A passenger who arrives ... is more likely ..., so most people ...": the why-card asks the
    sentence's point; a what-happens card on its case would take the paragraph first."""
    text = "A driver who arrives without a booking waits at the ramp for most of the morning, so most drivers now book online."
    builder = Builder(read_facts([(1, text)], language_for("en")))
    fronts = [c.item["front"] for c in FunctionDrafter(builder).candidates()]
    assert not any(f.startswith("According to the text, what happens when") for f in fronts), fronts
