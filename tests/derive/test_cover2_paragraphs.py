"""Paragraphs of the twelfth and thirteenth reviews that got no ready draft at all, each kind on a
text of our own about another subject: a temperature written with a degree sign (and a minus)
was no figure, so a paragraph explaining a cold store had nothing to ask."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.quiz.grading import parse_number


def _numeric(drafts: list[Draft], answer: float) -> list[Draft]:
    return [d for d in drafts if d.item.get("type") == "numeric" and d.item["answer"] == answer]


COLD_STORE = [
    Paragraph(1, "The cheese caves", is_heading=True),
    Paragraph(2, "The dairy cooperative of Roquefort-sur-Soulzon ripens its loaves in caves dug into the "
                 "Combalou cliff, where fissures called fleurines carry air from the mountain."),
    Paragraph(3, "In the freezer hall beside the caves the air is held at about −25 °C by compressors "
                 "driven from the village grid. If the compressors stopped, the thick stone walls would "
                 "let the loaves warm only slowly."),
]

CAVA = [
    Paragraph(1, "La bodega", is_heading=True),
    Paragraph(2, "En la bodega de Sant Sadurní, los vinos base reposan en depósitos de acero antes del "
                 "tiraje, y la cooperativa Vallformosa vende cada año unas 900.000 botellas."),
    Paragraph(3, "Durante la segunda fermentación, las botellas se guardan en cavas subterráneas a unos "
                 "12 °C, una temperatura que mantiene la piedra sin necesidad de máquinas."),
]


def test_a_temperature_with_a_degree_sign_is_a_figure_to_ask() -> None:
    """Review 13 (EN p8): "held at about −18 °C" gave the paragraph nothing to ask: a figure needs
    a unit word, and '°C' was none; the minus belongs to the figure, in the gap and the key."""
    drafts = derive_drafts(COLD_STORE, "en")
    asked = _numeric(drafts, -25)
    assert asked, [d.item for d in drafts if d.paragraph == 3]
    item = asked[0].item
    assert item["unit"] == "°C"
    assert "−" not in item["prompt"] and "____ °C" in item["prompt"]
    assert parse_number("-25", "en", item["unit"]) == item["answer"]
    assert [d for d in drafts if d.paragraph == 3 and d.ready], "the paragraph gets a ready draft"
    es = derive_drafts(CAVA, "es")
    assert [d for d in _numeric(es, 12) if d.item.get("unit") == "°C"], [d.item for d in es if d.paragraph == 3]


def test_a_dash_between_figures_is_no_minus() -> None:
    """A range ("10-12 °C", "2019–2020") is two positive figures, never a negative one."""
    drafts = derive_drafts([Paragraph(1, "The cellar keeps its bottles at 10-14 °C for about 18 months "
                                         "before the merchant Albert Cazenove sells them.")], "en")
    assert not [d for d in drafts if d.item.get("type") == "numeric" and float(d.item["answer"]) < 0]


LIGHTHOUSE = [
    Paragraph(1, "The lighthouse", is_heading=True),
    Paragraph(2, "The Fastnet Rock lighthouse stands off the coast of County Cork, where the keeper "
                 "Mícheál Ó Súilleabháin kept the log for twelve winters."),
    Paragraph(3, "From the landing a stair of more than 40 steps climbs the granite tower. The lantern room on "
                 "top was designed by the engineer William Douglass in 1904."),
    Paragraph(4, "Over the years more than 40 ships have been wrecked on the reef, most of them in autumn gales."),
    Paragraph(5, "When the keepers left, the old stone cottages on the rock were rebuilt as a weather "
                 "station at a cost of roughly 40 million pounds."),
]


def test_a_figure_repeated_with_other_units_is_no_headline_fact() -> None:
    """Review 13 (EN p16): "roughly 100 million kroner" was held as a headline fact because '100'
    also counted metres and genebanks elsewhere: a figure counting other things in other
    paragraphs is the paragraph's own detail."""
    drafts = derive_drafts(LIGHTHOUSE, "en")
    cost = [d for d in _numeric(drafts, 40) if d.item.get("unit") == "million pounds"]
    assert cost, [d.item for d in drafts if d.paragraph == 5]
    assert not [p for d in cost for p in d.problems if "headline" in p], [d.problems for d in cost]
    assert [d for d in cost if d.ready], "the paragraph, with nothing else to ask, gets its figure"
    # ... while a paragraph that has another ready draft keeps the round figure held: the set
    # has enough of them (review 13's "more than 100 metres" pushed out a balancing true/false).
    steps = [d for d in _numeric(drafts, 40) if d.paragraph == 3]
    assert steps and [d for d in drafts if d.ready and d.paragraph == 3], "the case must draft the steps and cover paragraph 3"
    assert not [d for d in steps if d.ready], [d.problems for d in steps]


def test_a_figure_repeated_with_its_unit_stays_a_headline_fact() -> None:
    """The same figure with the same unit in three paragraphs is what the text is about."""
    same = [Paragraph(p.number, p.text.replace("40 steps", "40 million pounds of repairs")
                      .replace("40 ships", "40 million pounds of cargo")) for p in LIGHTHOUSE]
    drafts = derive_drafts(same, "en")
    cost = [d for d in _numeric(drafts, 40) if d.paragraph == 5]
    assert cost and all(any("headline" in p for p in d.problems) for d in cost), [(d.item, d.problems) for d in cost]


DYE_WORKS = [
    Paragraph(1, "The dye works", is_heading=True),
    Paragraph(2, "The madder dyers of Avignon bought their roots from the growers of the Vaucluse plain "
                 "and sold the red cloth at the Beaucaire fair."),
    Paragraph(3, "Before dyeing, the wool was simmered with a little **alum**, that is, potassium aluminium "
                 "sulphate, so that the colour would hold through washing."),
]


def test_a_term_inside_a_word_of_its_meaning_still_gets_its_card() -> None:
    """Review 13 (ES p6): "**cal**, es decir, hidróxido de calcio" made no card, because 'cal'
    was read inside 'calcio' as if the meaning repeated the term: only a whole word repeats it."""
    cards = [d for d in derive_drafts(DYE_WORKS, "en") if d.kind == "card"]
    assert [d for d in cards if "alum" in str(d.item["front"]) and "potassium" in str(d.item["back"]).lower()], [d.item for d in cards]
