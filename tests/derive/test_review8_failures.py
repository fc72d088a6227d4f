"""One case per failure kind of the eighth independent review (an English textbook text and a
Spanish encyclopedic text; those texts are not used here): a name with a particle accepted only
whole, a typed answer of several words with one accepted form, a headline fact held back in one
type and asked in another, a gap a stock pairing with its neighbour settles, a card front that
names no subject."""
from __future__ import annotations

import pytest

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.checks import choice_keys


def ready(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if not d.problems]


# ---------------------------------------------------------------- 1. particles


@pytest.mark.parametrize("text, language, full, forms", [
    ("In 1654 the engineer Otto von Guericke pumped the air out of two copper hemispheres at Regensburg.", "en",
     "Otto von Guericke", {"von Guericke", "Guericke"}),
    ("The painter Jan van Goyen drew the river at Dordrecht for a merchant in 1651.", "en", "Jan van Goyen", {"van Goyen", "Goyen"}),
    # «Palacio» is a common word, but alone it is how readers call the engineer the text names
    # (shortnames: «Peña» of «Juan de la Peña»); a word as everyday as "Post" keeps its particle.
    ("La obra la dirigió el ingeniero Alberto de Palacio, discípulo de un francés, en 1893.", "es", "Alberto de Palacio", {"de Palacio", "Palacio"}),
])
def test_a_name_with_a_particle_accepts_the_surname_with_and_without_it(text: str, language: str, full: str, forms: set[str]) -> None:
    drafts = derive_drafts([Paragraph(1, "A story", is_heading=True), Paragraph(2, text)], language)
    typed = [d for d in drafts if d.item.get("type") == "fill_in" and d.item["accept"][0] == full]
    assert typed, [d.item.get("accept") for d in drafts]
    accepted = set(typed[0].item["accept"])
    assert forms <= accepted, accepted


# ---------------------------------------------------------------- 2. long typed answers


def test_a_typed_answer_of_several_common_words_with_one_accepted_form_is_held_back() -> None:
    drafts = derive_drafts([
        Paragraph(1, "El tambo", is_heading=True),
        Paragraph(2, "En 1911 los arrieros de Ccollpa levantaban un tambo junto al río. Su nombre aimara, Ch'allapampa, significa «llanura de arena mojada» y así lo llaman todavía los vecinos."),
    ], "es")
    long = [d for d in drafts if d.item.get("type") == "fill_in" and len(str(d.item["accept"][0]).split()) >= 3]
    assert long, "the case must draft the long typed answer"
    assert all(any("no shorter accepted form" in p for p in d.problems) for d in long)


# ---------------------------------------------------------------- 3. a headline fact in every type

LEAD = [
    Paragraph(1, "The light at Skerrow", is_heading=True),
    Paragraph(2, "The lighthouse at Skerrow stands 46 metres above the sea. The keepers of the station logged 2,300 passing ships between 1880 and 1890."),
    Paragraph(3, "In 1910 the oil lamp gave way to an acetylene burner made by a firm in Glasgow."),
    Paragraph(4, "The keeper Ewan Maclure kept a diary of storms from 1876 to 1901."),
]


def test_a_fact_held_back_as_a_headline_in_a_choice_item_is_not_asked_by_a_typed_one_when_the_paragraph_has_another() -> None:
    drafts = derive_drafts(LEAD, "en")
    text = {p.number: p.text for p in LEAD}
    held = {checks_key for d in drafts if any("headline fact (the opening paragraph" in p for p in d.problems)
            for checks_key in choice_keys(d, text[d.paragraph])}
    assert held, "the case must hold back a choice item on a figure of the opening paragraph"
    lead_ready = [d for d in ready(drafts) if d.paragraph == 2]
    assert lead_ready, "the opening paragraph keeps an item"
    for d in lead_ready:
        if d.item.get("type") == "numeric" and d.answer_span:
            shown = text[2][d.answer_span[0]:d.answer_span[1]]
            assert not any(shown in h.split() for h in held) or len(lead_ready) == 1, (d.key, shown, held)


# ---------------------------------------------------------------- 4. stock pairings


def fill_in(drafts: list[Draft], key: str) -> Draft:
    return next(d for d in drafts if d.item.get("type") == "fill_in" and d.item["accept"][0] == key)


def test_a_widely_known_name_a_phrase_pairs_with_is_held_back_and_a_place_named_in_passing_is_not() -> None:
    drafts = derive_drafts([
        Paragraph(1, "La fiesta", is_heading=True),
        Paragraph(2, "En 1998 los comuneros de Chaupimayo subieron al cerro Ausangate."),
        Paragraph(3, "Al amanecer, un sacerdote andino de Quehue hace una ofrenda a la Pachamama con hojas de coca y grasa de llama."),
        Paragraph(4, "Los hermanos Quispe viajaron después a la isla de Guam con sus tejidos."),
    ], "es")
    assert any("stock pairing" in p for p in fill_in(drafts, "Pachamama").problems)
    assert not any("stock pairing" in p for p in fill_in(drafts, "Guam").problems)


def test_a_name_after_a_conjunction_pairs_with_nothing() -> None:
    drafts = derive_drafts([
        Paragraph(1, "Meltwater", is_heading=True),
        Paragraph(2, "In 1921 the engineers of Visp measured the meltwater that reaches the Rhine and the Rhône in a dry August."),
    ], "en")
    assert not any("stock pairing" in p for p in fill_in(drafts, "Rhône").problems)


# ---------------------------------------------------------------- 5. a card front with no subject


def test_a_card_front_ranking_something_without_saying_of_what_is_held_back() -> None:
    drafts = derive_drafts([
        Paragraph(1, "Hecho de hierba", is_heading=True),
        Paragraph(2, "En 1968 los comuneros de Quehue renovaron el puente con sogas nuevas."),
        Paragraph(3, "El material principal es el qoya, una hierba dura que crece en las punas altas."),
        Paragraph(4, "El material principal del puente es el qoya, una hierba dura de las punas altas."),
    ], "es")
    fronts = {str(d.item["front"]): d.problems for d in drafts if d.kind == "card"}
    assert "El material principal" in fronts, fronts
    assert any("without saying of what" in p for p in fronts["El material principal"])
    assert not any("without saying of what" in p for p in fronts.get("El material principal del puente", []))
