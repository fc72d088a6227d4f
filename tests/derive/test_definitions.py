"""Definitions and concepts of textbook paragraphs (issue 10, coverage): a sentence that
defines a term ("X refers to ...", "... is called X", "X occurs when ...", "se denomina X a
...", "X consiste en ...") gives a term <-> definition card and an item asking for the term
from its definition, in the text's own words. Our own small textbook texts (economics, earth
science), written for these tests."""

from __future__ import annotations

import re

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.definitions import defined_terms
from quizapp.derive.extract import read_facts
from quizapp.languages import language_for

ECONOMICS = [
    Paragraph(1, "Choices and costs", is_heading=True),
    Paragraph(2, "Every decision a household makes has a price beyond the money it spends. Opportunity cost refers to "
                 "the value of the best alternative given up when a choice is made. A student who works on a Saturday "
                 "gives up a day of study."),
    Paragraph(3, "Economists also ask how strongly buyers react to a change. The percentage change in the quantity "
                 "demanded divided by the percentage change in price is called the price elasticity of demand."),
    Paragraph(4, "Taxes do more than move money from buyers to the state. Deadweight loss occurs when a tax stops "
                 "trades that both the buyer and the seller would have gained from, so that nobody receives the value "
                 "they would have created."),
    Paragraph(5, "A market with a single seller and no close substitutes for its product is known as a monopoly. Its "
                 "owner can set a price well above the cost of making the goods."),
    Paragraph(6, "Governments sometimes pay producers instead of taxing them. Payments a government makes to producers "
                 "to lower their costs are called **subsidies**, and they often stay long after their purpose is gone."),
]

GEOLOGIA = [
    Paragraph(1, "Cómo cambia el relieve", is_heading=True),
    Paragraph(2, "Las rocas de la superficie no duran para siempre. Se denomina meteorización a la descomposición de "
                 "las rocas en el mismo lugar donde se encuentran, sin que sus fragmentos se desplacen."),
    Paragraph(3, "Después actúan el agua, el viento y el hielo. La erosión consiste en el desgaste de los materiales "
                 "de la superficie y su transporte hasta zonas más bajas."),
    Paragraph(4, "Al pie de las laderas empinadas se forman depósitos característicos. El conjunto de fragmentos "
                 "angulosos que se acumula al pie de un cantil se conoce como canchal."),
    Paragraph(5, "En el fondo de los océanos ocurre otro proceso. La subducción es el proceso por el cual una placa "
                 "oceánica se hunde bajo otra placa y regresa al manto."),
    Paragraph(6, "En las costas heladas el glaciar llega al mar. Los bloques de hielo que se desprenden del frente de un "
                 "glaciar se llaman **icebergs**, y pueden flotar durante años."),
]


def _ready(drafts: list[Draft], paragraph: int) -> list[Draft]:
    return [d for d in drafts if d.ready and d.paragraph == paragraph]


def _found(paragraphs: list[Paragraph], code: str) -> dict[str, str]:
    facts = read_facts([(p.number, p.text) for p in paragraphs if not p.is_heading], language_for(code))
    return {d.term: d.definition for d in defined_terms(facts.sentences, language_for(code))}


def test_defining_sentences_are_read_in_english() -> None:
    found = _found(ECONOMICS, "en")
    assert found["opportunity cost"] == "the value of the best alternative given up when a choice is made"
    assert found["deadweight loss"] == "occurs when a tax stops trades that both the buyer and the seller would have gained from"
    assert found["monopoly"] == "A market with a single seller and no close substitutes for its product"
    # The definition repeats the term's words (price, demand): a reader needs no text.
    assert "price elasticity of demand" not in found


def test_defining_sentences_are_read_in_spanish() -> None:
    found = _found(GEOLOGIA, "es")
    assert found["meteorización"] == "la descomposición de las rocas en el mismo lugar donde se encuentran"
    assert found["erosión"] == "consiste en el desgaste de los materiales de la superficie y su transporte hasta zonas más bajas"
    assert found["canchal"] == "El conjunto de fragmentos angulosos que se acumula al pie de un cantil"
    assert found["subducción"] == "el proceso por el cual una placa oceánica se hunde bajo otra placa y regresa al manto"


def _term_items(drafts: list[Draft], paragraph: int) -> list[Draft]:
    return [d for d in drafts if d.paragraph == paragraph and d.kind == "question" and re.search(r"\bt[eé]rm(?:ino)?\b", str(d.item.get("prompt", "")))
            and d.item.get("type") in ("fill_in", "single_choice")]


def _covered_by_definition(drafts: list[Draft], paragraph: int) -> bool:
    """A ready card of the term or a ready item asking for it (the card wins over a typed gap
    on its key, see variety.cards_over_questions: either covers the paragraph)."""
    return any(d.ready and ("definition" in d.item.get("tags", []) or d in _term_items(drafts, paragraph)) for d in drafts if d.paragraph == paragraph)


def test_a_defined_term_is_asked_from_its_definition_in_english() -> None:
    drafts = derive_drafts(ECONOMICS, "en")
    asked = _term_items(drafts, 2)
    assert asked, [d.item for d in drafts if d.paragraph == 2]
    typed = next(d for d in asked if d.item["type"] == "fill_in")
    assert typed.item["prompt"] == "Which term does the text use for the value of the best alternative given up when a choice is made?"
    assert typed.item["accept"][0] == "opportunity cost"
    clause = next(d for d in _term_items(drafts, 4) if d.item["type"] == "fill_in")
    assert clause.item["prompt"].startswith("Which term does the text use for what occurs when a tax stops trades")
    for paragraph in (2, 4):
        assert _covered_by_definition(drafts, paragraph), [(d.item, d.problems) for d in drafts if d.paragraph == paragraph]
    # "monopoly" is a word general text writes: neither its card nor its typed item is fair (termcards).
    assert not _covered_by_definition(drafts, 5)
    choice = next(d for d in _term_items(drafts, 5) if d.item["type"] == "single_choice")
    assert choice.item["prompt"] == "Which term does the text use for a market with a single seller and no close substitutes for its product?"
    # Whose definition writes its words: no item asks for it.
    assert not [d for d in _term_items(drafts, 3) if "elasticity" in str(d.item)]


def test_a_defined_term_is_asked_from_its_definition_in_spanish() -> None:
    drafts = derive_drafts(GEOLOGIA, "es")
    typed = next(d for d in _term_items(drafts, 2) if d.item["type"] == "fill_in")
    assert typed.item["prompt"] == "Según el texto, ¿qué término designa la descomposición de las rocas en el mismo lugar donde se encuentran?"
    assert typed.item["accept"][0] == "meteorización"
    clause = next(d for d in _term_items(drafts, 3) if d.item["type"] == "fill_in")
    assert clause.item["prompt"] == ("Según el texto, ¿qué término designa lo que consiste en el desgaste de los materiales de la "
                                     "superficie y su transporte hasta zonas más bajas?")
    for paragraph in (2, 4, 5):
        assert _covered_by_definition(drafts, paragraph), [(d.item, d.problems) for d in drafts if d.paragraph == paragraph]
    # «erosión» is a word general text writes: neither its card nor its typed item is fair (termcards).
    assert not _covered_by_definition(drafts, 3)


def test_the_choice_offers_the_documents_other_defined_terms() -> None:
    drafts = derive_drafts(GEOLOGIA, "es")
    choice = next(d for d in _term_items(drafts, 4) if d.item["type"] == "single_choice")
    options = {str(c["text"]) for c in choice.item["choices"]}
    assert "canchal" in options and len(options) >= 3
    assert options - {"canchal"} <= {"meteorización", "erosión", "subducción"}
    assert [c["text"] for c in choice.item["choices"] if c["correct"]] == ["canchal"]


def test_the_card_back_is_the_definition_in_the_texts_words() -> None:
    drafts = derive_drafts(GEOLOGIA, "es")
    cards = {d.item["front"]: d.item["back"] for d in drafts if d.kind == "card"}
    assert cards["Según el texto, ¿a qué se llama «meteorización»?"] == "La descomposición de las rocas en el mismo lugar donde se encuentran"
    assert cards["Según el texto, ¿a qué se llama «erosión»?"] == (
        "La erosión consiste en el desgaste de los materiales de la superficie y su transporte hasta zonas más bajas")


def test_a_term_named_in_emphasis_before_an_apposition_or_a_clause_is_read() -> None:
    """Textbooks write "... are called **T**, a ..." or "..., and ...": the term need not end
    the sentence (glacier-flow: "is called firn, a granular material"; review 10: "is called
    the **endurance limit**, S_e, and ...")."""
    assert _found(ECONOMICS, "en")["subsidies"] == "Payments a government makes to producers to lower their costs"
    assert _found(GEOLOGIA, "es")["icebergs"] == "Los bloques de hielo que se desprenden del frente de un glaciar"
    drafts = derive_drafts(GEOLOGIA, "es")
    assert _covered_by_definition(drafts, 6)


def test_two_cards_on_one_term_from_two_drafters_leave_one_ready() -> None:
    """glacier-flow: variety's card ("firn" -> "A granular material ...") and this module's
    ("firn" -> "Snow that has survived ...") had one key, were each the other's duplicate, and
    the paragraph lost both."""
    weather = [
        Paragraph(1, "Winter weather", is_heading=True),
        Paragraph(2, "Some storms bring no snow at all. Rain that freezes on contact with cold ground is called verglas, a "
                     "clear coating that makes roads and power lines dangerous."),
    ]
    drafts = derive_drafts(weather, "en")
    cards = [d for d in drafts if d.kind == "card" and "verglas" in str(d.item["front"])]
    assert len({d.key for d in drafts}) == len(drafts)
    assert sum(d.ready for d in cards) == 1, [(d.item, d.problems) for d in cards]
    typed = [d for d in _term_items(drafts, 2) if d.item["type"] == "fill_in"]
    assert typed and typed[0].item["prompt"] == "Which term does the text use for rain that freezes on contact with cold ground?"


ROCKS = [
    Paragraph(1, "Rocks changed by heat", is_heading=True),
    Paragraph(2, "Heat and pressure deep in the crust change rocks without melting them. A **foliated** rock shows "
                 "parallel bands of minerals squeezed flat by pressure, and it splits easily along them."),
    Paragraph(3, "Where heat acts with little pressure the result looks different. A **granoblastic** texture "
                 "forms where grains grow into an even mosaic, as in marble."),
]
PLANTAS = [
    Paragraph(1, "El transporte en las plantas", is_heading=True),
    Paragraph(2, "Las plantas vasculares tienen dos tejidos de conducción. El **xilema** transporta el agua y las "
                 "sales minerales desde la raíz hasta las hojas, y sus células mueren al madurar."),
    Paragraph(3, "Los azúcares siguen otro camino. El **floema** reparte los azúcares fabricados en las hojas por "
                 "toda la planta, incluso hacia las raíces."),
]


def test_a_term_in_emphasis_that_opens_its_sentence_is_asked_from_what_the_sentence_says_of_it() -> None:
    """Textbooks set the term in bold and characterise it in its own sentence (review 10:
    "A **safe-life** design sets a fixed service life, ...", "A **damage-tolerant** design
    assumes that cracks exist from the start, ..."): the paragraph got nothing."""
    found = _found(ROCKS, "en")
    assert found["foliated"] == "shows parallel bands of minerals squeezed flat by pressure"
    drafts = derive_drafts(ROCKS, "en")
    typed = next(d for d in _term_items(drafts, 2) if d.item["type"] == "fill_in")
    assert typed.item["prompt"] == "Which term does the text use for a rock that shows parallel bands of minerals squeezed flat by pressure?"
    assert typed.item["accept"][:2] == ["foliated", "foliated rock"]
    found = _found(PLANTAS, "es")
    assert found["xilema"] == "transporta el agua y las sales minerales desde la raíz hasta las hojas"
    drafts = derive_drafts(PLANTAS, "es")
    typed = next(d for d in _term_items(drafts, 2) if d.item["type"] == "fill_in")
    assert typed.item["prompt"] == "Según el texto, ¿qué término designa lo que transporta el agua y las sales minerales desde la raíz hasta las hojas?"
    for paragraph in (2, 3):
        assert _covered_by_definition(drafts, paragraph), [(d.item, d.problems) for d in drafts if d.paragraph == paragraph]
    cards = {d.item["front"]: d.item["back"] for d in derive_drafts(ROCKS, "en") if d.kind == "card"}
    assert cards["According to the text, what is meant by \u201cfoliated\u201d?"] == "A foliated rock shows parallel bands of minerals squeezed flat by pressure"


def test_an_everyday_noun_opening_a_sentence_is_no_defined_term() -> None:
    """"The report refers to ..." is a mention, "El problema consiste en que ..." an
    explanation, "El gobierno designa a ..." an appointment: none defines a term, and asking
    "which term does the text use for the damage the storm caused?" (report) would be wrong."""
    news = [Paragraph(1, "The storm's cost", is_heading=True),
            Paragraph(2, "The report refers to the damage the storm caused in the port last winter. Failure occurs when "
                         "nobody checks the moorings before the season starts.")]
    assert _found(news, "en") == {}
    noticias = [Paragraph(1, "El puerto", is_heading=True),
                Paragraph(2, "El problema consiste en que el agua no llega a los depósitos del puerto. El gobierno designa "
                             "a un nuevo director del puerto cada cuatro años.")]
    assert _found(noticias, "es") == {}
