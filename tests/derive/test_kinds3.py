"""Failure kinds the fresh reviews (9 to 13) still found after the second round, each on a text
of our own about another subject: an option of another kind of place than the key (the one
city among countries)."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph
from quizapp.derive.drafting import Builder
from quizapp.derive.extract import read_facts
from quizapp.derive.place_kinds import place_kind
from quizapp.languages import language_for


def _choices(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if d.ready and d.item.get("type") == "single_choice"]


def _options(draft: Draft) -> list[str]:
    return [str(c["text"]) for c in draft.item["choices"]]


def test_countries_cities_and_continents_are_told_apart_in_both_languages() -> None:
    assert place_kind("Morocco", "en") == place_kind("Syria", "en") == place_kind("United States", "en") == "country"
    assert place_kind("Marruecos", "es") == place_kind("Siria", "es") == place_kind("Estados Unidos", "es") == "country"
    assert place_kind("Europe", "en") == place_kind("Sudamérica", "es") == "continent"
    assert place_kind("Aleppo", "en") == place_kind("Medellín", "es") == place_kind("Puerto Nieblas", "es") == "other"


COFFEE = [
    Paragraph(1, "A roaster's suppliers", is_heading=True),
    Paragraph(2, "In its first decade the trading house Halvorsen & Dahl bought green beans in Kenya, and its buyer "
                 "Ingrid Moe travelled each spring to farms in Ethiopia."),
    Paragraph(3, "From 1979 the firm also bought washed beans in Peru, where the cooperative of Marta Quispe sold "
                 "about 300 tonnes a year."),
    Paragraph(4, "When the river flooded its first plant, the firm moved its roasting ovens to a hillside site near "
                 "Nairobi, on land the cooperative leased for a small rent."),
]


def test_a_city_key_is_never_offered_among_countries() -> None:
    """Review 13: "forced by the Syrian civil war to abandon its genebank near ____" offered
    Aleppo, Iraq and Morocco: the one city among countries, and the prompt's adjective names its
    country. Options of a choice are places of one kind (country, continent or other place)."""
    facts = read_facts([(p.number, p.text) for p in COFFEE if not p.is_heading], language_for("en"))
    builder = Builder(facts)
    asked = {}
    for sentence in facts.sentences:
        for m in sentence.mentions:
            if m.kind == "place":
                asked[m.text] = [[str(c["text"]) for c in candidate.item["choices"]] for candidate in builder.single_choice(sentence, m, m.text)]
    assert asked["Peru"], "a country among the document's countries is still asked"
    assert all({place_kind(o, "en") for o in options} == {"country"} for options in asked["Peru"]), asked
    assert not asked["Nairobi"], asked  # the one city: no options of its kind

