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
