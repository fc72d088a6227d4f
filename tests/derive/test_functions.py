"""What a thing does (issue 10, coverage, brief cover8): an explanatory paragraph that says what
one of the document's terms does ("Lactase splits milk sugar into ...", «La quimosina corta la
caseína ...») and has nothing else to ask gets a card "According to the text, what does lactase
do?" («Según el texto, ¿qué hace la quimosina?») whose back is what the text says it does. Never
on a common word ("The water carries ..."). Our own small texts (milk and cheese making),
written for these tests."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.drafting import Builder
from quizapp.derive.extract import read_facts
from quizapp.derive.functions import FunctionDrafter
from quizapp.languages import language_for

MILK = [
    Paragraph(1, "How the gut handles milk", is_heading=True),
    Paragraph(2, "Milk sugar cannot pass through the wall of the gut as it is. Lactase splits milk sugar into two "
                 "simpler sugars that the lining of the small intestine can absorb."),
    Paragraph(3, "In most adults the gene for the enzyme is switched off after weaning. The water in the gut carries "
                 "the undigested sugar on to the large intestine."),
    Paragraph(4, "The villi increase the surface of the lining and hold the enzyme close to the passing food."),
    Paragraph(5, "It also protects the lining from acid."),
]

QUESO = [
    Paragraph(1, "Cómo cuaja la leche", is_heading=True),
    Paragraph(2, "Para hacer queso hay que separar la parte sólida de la leche. La quimosina corta la caseína de la "
                 "leche en fragmentos que se unen entre sí y forman una cuajada firme."),
    Paragraph(3, "El suero arrastra el azúcar y parte de las proteínas fuera del molde."),
    Paragraph(4, "Los fermentos lácticos convierten la lactosa en ácido láctico y bajan poco a poco la acidez de la "
                 "cuajada."),
]


def _builder(paragraphs: list[Paragraph], code: str) -> Builder:
    return Builder(read_facts([(p.number, p.text) for p in paragraphs if not p.is_heading], language_for(code)))


def _ready_functions(paragraphs: list[Paragraph], code: str) -> dict[int, list[Draft]]:
    found: dict[int, list[Draft]] = {}
    for d in derive_drafts(paragraphs, code):
        if d.ready and d.kind == "card" and "function" in d.item.get("tags", []):
            found.setdefault(d.paragraph, []).append(d)
    return found


def test_english_function_cards_ask_what_a_term_does() -> None:
    cards = {(c.item["front"], c.item["back"]) for c in FunctionDrafter(_builder(MILK, "en")).candidates()}
    assert ("According to the text, what does lactase do?",
            "Splits milk sugar into two simpler sugars that the lining of the small intestine can absorb.") in cards
    assert ("According to the text, what do the villi do?",
            "Increase the surface of the lining and hold the enzyme close to the passing food.") in cards
    # "The water" is a common word, "It" names nothing: no card.
    assert not any("water" in front or front.endswith("it do?") for front, _ in cards)


def test_spanish_function_cards_ask_what_a_term_does() -> None:
    cards = {(c.item["front"], c.item["back"]) for c in FunctionDrafter(_builder(QUESO, "es")).candidates()}
    assert ("Según el texto, ¿qué hace la quimosina?",
            "Corta la caseína de la leche en fragmentos que se unen entre sí y forman una cuajada firme.") in cards
    assert ("Según el texto, ¿qué hacen los fermentos lácticos?",
            "Convierten la lactosa en ácido láctico y bajan poco a poco la acidez de la cuajada.") in cards
    assert not any("suero" in front for front, _ in cards)  # a common word


def test_a_paragraph_with_nothing_else_to_ask_gets_its_function_card() -> None:
    assert [c.item["front"] for c in _ready_functions(MILK, "en").get(4, [])] == ["According to the text, what do the villi do?"]
    assert [c.item["front"] for c in _ready_functions(QUESO, "es").get(4, [])] == ["Según el texto, ¿qué hacen los fermentos lácticos?"]


NOT_TERMS = [
    Paragraph(1, "Odds and ends", is_heading=True),
    Paragraph(2, "Beavers block small streams with dams of sticks, stones and mud every autumn."),
    Paragraph(3, "Most plants release oxygen through their leaves during the day."),
    Paragraph(4, "The plant builds a tube that carries the bacteria inward through the outer tissue of the root."),
    Paragraph(5, "Chlorophyll absorbs red and blue light and reflects the green part of sunlight."),
]

NO_SON_TERMINOS = [
    Paragraph(1, "Varios", is_heading=True),
    Paragraph(2, "La ferroportina se une al hierro de la sangre y lo saca de las células del intestino."),
    Paragraph(3, "El ayuntamiento permite aparcar en la plaza durante las fiestas del verano."),
]


def test_no_function_card_on_a_common_word_a_clause_or_a_clitic() -> None:
    assert list(FunctionDrafter(_builder(NOT_TERMS, "en")).candidates()) == []
    # «se une» has its clitic: the subject is not «La ferroportina se».
    assert list(FunctionDrafter(_builder(NO_SON_TERMINOS, "es")).candidates()) == []
