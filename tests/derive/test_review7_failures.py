"""One case per failure kind of the seventh independent review (an English history text and a
Spanish news text; those texts are not used here): a year read as a count with the next noun as
its unit, a key named in its topic's title offered by one item type and held back by another,
garbled or underspecified card fronts, and gaps on stock compounds ("____ cement",
"mascarillas de tipo ____") or accept lists holding a bare common noun of a name."""
from __future__ import annotations

import pytest

from quizapp.derive import Draft, Paragraph, derive_drafts


def ready(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if not d.problems]


# ---------------------------------------------------------------- 1. a year has no unit

YEARS_EN = [
    Paragraph(1, "Cesspits and rivers", is_heading=True),
    Paragraph(2, "From 1815 householders were allowed to connect their cesspits to the sewers, which emptied into the river."),
    Paragraph(3, "1847 engineers were asked to flush the old tunnels with water from the reservoirs of the north bank."),
    Paragraph(4, "Since 1820 tenants had paid a small rate to the commissioners for the cleaning of the drains."),
]
YEARS_ES = [
    Paragraph(1, "Los barrios", is_heading=True),
    Paragraph(2, "Desde 1971 vecinos de la comarca cultivaban plátanos en las laderas del volcán."),
    Paragraph(3, "En 1949 pescadores del puerto vieron columnas de humo sobre la montaña."),
]


@pytest.mark.parametrize("paragraphs, language", [(YEARS_EN, "en"), (YEARS_ES, "es")])
def test_a_year_is_never_given_the_next_noun_as_its_unit(paragraphs: list[Paragraph], language: str) -> None:
    drafts = derive_drafts(paragraphs, language)
    numeric = [d for d in drafts if d.item.get("type") == "numeric"]
    assert numeric, "the case must draft the years as numeric items"
    units = {(d.item["answer"], d.item.get("unit")) for d in numeric if 1000 <= float(d.item["answer"]) <= 2099}
    assert units and all(unit in (None, "") for _, unit in units), units


def test_a_real_count_keeps_its_unit() -> None:
    drafts = derive_drafts([Paragraph(1, "The new tunnels ran for 1,100 miles under the streets of the city, a length no engineer had tried before.")], "en")
    units = {d.item.get("unit") for d in drafts if d.item.get("type") == "numeric"}
    assert "miles" in units, units


# ---------------------------------------------------------------- 2. a key in its topic's title

TITLED = [
    Paragraph(1, "The sewers of Hamburg", is_heading=True),
    Paragraph(2, "After the fire of 1842, the city council asked an English engineer to rebuild the drains of the old town."),
    Paragraph(3, "Lindley's plan", is_heading=True),
    Paragraph(4, "The engineer Joseph Lindley drew a network of brick tunnels that carried the waste downstream to the Elbe at Altona."),
    Paragraph(5, "The surveyor Franz Andreas Meyer had mapped the old drains of the port for the senate in 1838."),
    Paragraph(6, "Many owners complained to the senate about the cost of the new drains, which reached 2.4 million marks by 1850."),
]


def answers(draft: Draft) -> list[str]:
    """Every answer a draft takes: accept lists, cloze gaps, the right option, a card's back."""
    item = draft.item
    found = [str(a) for a in item.get("accept", [])] + [str(a) for g in item.get("gaps", []) for a in g.get("accept", [])]
    found += [str(o["text"]) for o in item.get("options", []) if isinstance(o, dict) and o.get("correct")]
    if draft.kind == "card":
        found.append(str(item.get("back", "")))
    return found


def test_no_ready_item_of_any_type_answers_with_a_name_of_its_topic_title() -> None:
    drafts = derive_drafts(TITLED, "en")
    lindley = [d for d in drafts if any("Lindley" in a for a in answers(d))]
    assert lindley, "the case must draft Lindley as a key"
    offered = [(d.item.get("type") or d.kind, answers(d)) for d in ready(drafts) if any("Lindley" in a for a in answers(d))]
    assert offered == [], offered
    # Held for that reason, not by luck (another better draft on the same sentence).
    unflagged = [(answers(d), d.problems) for d in lindley if not any("title" in p for p in d.problems)]
    assert unflagged == [], unflagged


def test_a_common_noun_ending_a_name_is_not_the_title_s_name() -> None:
    paragraphs = [
        Paragraph(1, "The outbreak on Broad Street", is_heading=True),
        Paragraph(2, "The surgeon lived on Sackville Street and walked to the pump at dawn to draw a sample."),
    ]
    held = [d.problems for d in derive_drafts(paragraphs, "en") if "Sackville Street" in answers(d)]
    assert held, "the case must draft Sackville Street"
    assert all(not any("title" in p for p in problems) for problems in held), held


def test_a_name_missing_from_every_heading_stays_askable() -> None:
    drafts = derive_drafts(TITLED, "en")
    # ... as a question's answer or as the person a ready card asks about (a role card wins
    # over a gap on its person: see quizapp.derive.variety.cards_over_questions).
    assert any(
        "Franz Andreas Meyer" in answers(d) or "Meyer" in " ".join(answers(d)) or "Meyer" in str(d.item.get("front", "")) for d in ready(drafts)
    ), [answers(d) for d in ready(drafts)]


# ---------------------------------------------------------------- 3. card fronts

def when_cards(drafts: list[Draft]) -> list[str]:
    """The "when" cards whose front passes (another check may still hold one back: a key a
    ready question shows)."""
    return [
        str(d.item["front"]) for d in drafts
        if d.kind == "card" and "dates" in d.item.get("tags", []) and not any("card's front" in p for p in d.problems)
    ]


GARBLED_EN = [
    Paragraph(1, "Few officials accepted his explanation during his lifetime; he died in 1858."),
    Paragraph(2, "The doctor wrote to the board about the pump, and the board ignored him in 1855."),
    Paragraph(3, "The official announcement was made in 1866."),
    Paragraph(4, "In 1859 the Metropolitan Board of Works opened the northern outfall sewer at Abbey Mills."),
]
GARBLED_ES = [
    Paragraph(1, "Pocos técnicos aceptaron su explicación; él murió en 1858."),
    Paragraph(2, "El anuncio oficial se hizo en 2021."),
    Paragraph(3, "En 2019 el Cabildo de La Palma inauguró el observatorio volcánico de Fuencaliente."),
]


@pytest.mark.parametrize("paragraphs, language", [(GARBLED_EN, "en"), (GARBLED_ES, "es")])
def test_a_when_card_is_a_well_formed_question_that_says_what_it_asks_about(paragraphs: list[Paragraph], language: str) -> None:
    fronts = when_cards(derive_drafts(paragraphs, language))
    assert fronts, "the case must keep the well-formed, specific card ready"
    for front in fronts:
        assert ";" not in front and ":" not in front.split("?")[0].split(",", 1)[-1], front
        assert not any(w in front.lower().split() for w in ("his", "him", "he", "su", "él")), front  # no pronoun without referent
        assert "Few" not in front and "Pocos" not in front, front  # a sentence's capital inside a question
        assert "announcement" not in front and "anuncio" not in front, front  # announcement of what?
    assert any("Abbey Mills" in f or "Fuencaliente" in f for f in fronts), fronts


def test_a_pronoun_whose_referent_the_question_names_first_is_fine() -> None:
    fronts = when_cards(derive_drafts([Paragraph(1, "In 1854 Snow presented his findings to the Board of Guardians of the parish.")], "en"))
    assert any("Snow present his findings" in f for f in fronts), fronts


# ---------------------------------------------------------------- 4. stock compounds

STOCK_EN = [
    Paragraph(1, "The river wall", is_heading=True),
    Paragraph(2, "The Victoria Embankment reclaimed land from the Thames and carried a road, a railway and the main sewer along the north bank."),
    Paragraph(3, "The tunnels were lined with Portland cement, which hardened under water and grew stronger with age."),
    Paragraph(4, "Engineers tested the bricks at the yard of Cubitt Town before the work started."),
]
STOCK_ES = [
    Paragraph(1, "La ceniza", is_heading=True),
    Paragraph(2, "Las autoridades recomendaron el uso de mascarillas de tipo FFP2 en los municipios del oeste de la isla."),
    Paragraph(3, "Los técnicos del Instituto Volcanológico midieron el dióxido de azufre en la estación de Los Llanos."),
]


def ready_keys(drafts: list[Draft]) -> list[str]:
    return [a[0] for d in ready(drafts) if (a := answers(d))]


@pytest.mark.parametrize("paragraphs, language, stock, kept", [
    (STOCK_EN, "en", "Portland", "Cubitt Town"),
    (STOCK_ES, "es", "FFP2", "Instituto Volcanológico"),
])
def test_no_gap_on_a_stock_modifier_or_a_product_code(paragraphs: list[Paragraph], language: str, stock: str, kept: str) -> None:
    drafts = derive_drafts(paragraphs, language)
    assert any(stock in answers(d) for d in drafts), "the case must draft the stock compound's modifier"
    keys = ready_keys(drafts)
    assert stock not in keys, keys
    assert kept in keys, keys


def test_a_code_the_paragraph_defines_stays_askable() -> None:
    drafts = derive_drafts([Paragraph(1, "The filters were of a standard called N95, which stops most fine particles in the air of the mines.")], "en")
    assert "N95" in ready_keys(drafts), [(answers(d), d.problems) for d in drafts]


def test_an_accept_list_holds_no_bare_common_noun_of_a_name() -> None:
    drafts = derive_drafts(STOCK_EN, "en")
    embankment = [answers(d) for d in drafts if "Victoria Embankment" in answers(d)]
    assert embankment, "the case must draft the Victoria Embankment"
    assert all("Embankment" not in a for a in embankment), embankment
