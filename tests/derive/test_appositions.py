"""A rare term and the apposition that says what it is (issue 10, coverage, brief cover8): "The
harvest comes in flushes, periods when the bushes put out new shoots." gives, for a paragraph
nothing else covers, the card "According to the text, what is meant by “flushes”?" / "Periods
when the bushes put out new shoots." («¿a qué se llama «quimosina»?» / «Una enzima del
estómago ...»). Never on a common word, a list or a name. Our own small texts (a salt marsh;
cheese making), written for these tests."""

from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts
from quizapp.derive.appositions import AppositionDrafter
from quizapp.derive.drafting import Builder
from quizapp.derive.extract import read_facts
from quizapp.languages import language_for

MARSH = [
    Paragraph(1, "The salt marsh at Coldharbour", is_heading=True),
    Paragraph(2, "Each spring tide floods the marsh through a maze of creeks. The lowest mud is held by glasswort, "
                 "a fleshy plant that stores salt water in its swollen stems."),
    Paragraph(3, "Higher up the marsh the tide reaches only a few times a year, and the ground is a close turf of "
                 "grasses, rushes and herbs."),
    Paragraph(4, "Cattle graze the upper marsh in summer, and the grazing keeps the turf short for the redshank, "
                 "a wading bird."),
    Paragraph(5, "The warden counts the birds with a friend, a retired teacher from the village."),
]

QUESO = [
    Paragraph(1, "El cuajo", is_heading=True),
    Paragraph(2, "Los queseros del valle cuajaban la leche con quimosina, una enzima del estómago de los terneros "
                 "que corta la caseína."),
    Paragraph(3, "Para el queso tierno se añadía cuajo vegetal, un extracto de la flor del cardo silvestre."),
    Paragraph(4, "Los quesos se curaban después en una cueva, un lugar fresco y húmedo."),
]


def _builder(paragraphs: list[Paragraph], code: str) -> Builder:
    return Builder(read_facts([(p.number, p.text) for p in paragraphs if not p.is_heading], language_for(code)))


def test_a_rare_term_in_apposition_gives_a_card() -> None:
    en = {(c.item["front"], c.item["back"]) for c in AppositionDrafter(_builder(MARSH, "en")).candidates()}
    assert en == {("According to the text, what is meant by “glasswort”?",
                   "A fleshy plant that stores salt water in its swollen stems.")}
    es = {(c.item["front"], c.item["back"]) for c in AppositionDrafter(_builder(QUESO, "es")).candidates()}
    assert es == {("Según el texto, ¿a qué se llama «quimosina»?",
                   "Una enzima del estómago de los terneros que corta la caseína.")}


def test_the_card_covers_a_paragraph_with_nothing_else_ready() -> None:
    ready = [d for d in derive_drafts(QUESO, "es") if d.ready and d.paragraph == 2]
    assert [d.item.get("front") for d in ready] == ["Según el texto, ¿a qué se llama «quimosina»?"]
