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
