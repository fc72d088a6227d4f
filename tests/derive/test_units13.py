"""Numeric items' units read as a reader would (issue 10, rule 4: grammatical and clear).

The fresh reviews of this session found two unit labels taken wrongly from the words after a
figure: "the 2000 law" labelled a year "law", and "700 million dollars' worth" labelled
"million dollars'" with the possessive's apostrophe. Our own text, written for these tests."""

from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import document

TRADE = document([
    "The Timber Tariff",
    "In 2019 the island exported roughly 340 million dollars' worth of sawn timber, most of it to the mainland.",
    "The mills objected that the tariff broke the 1996 treaty that lets island firms sell timber abroad free of duty.",
    "Trade fell by a third in the two years that followed.",
])


def _numerics() -> dict[float, str]:
    return {d.item["answer"]: str(d.item.get("unit", "")) for d in derive_drafts(TRADE, "en") if d.item.get("type") == "numeric"}


def test_a_possessive_after_a_figure_leaves_no_apostrophe_in_its_unit() -> None:
    units = _numerics()
    assert units.get(340) == "million dollars", units


def test_a_year_before_a_singular_noun_is_a_year_not_a_count_of_it() -> None:
    """"the 1996 treaty": a year, with no unit "treaty" (a count would be "the 1,996 treaties")."""
    units = _numerics()
    assert 1996 in units and units[1996] == "", units
