"""gapfixes (issue 10, the drafter): a two-option direction cloze the sentence itself settles,
by general knowledge (kind 2 of the brief): a condition it opens with, heat or cold it names, a
change "to" a thing. Our own texts (curing ham, smelting iron), English and Spanish; the good
direction clozes stay."""
from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import document


def _direction_clozes(lines: list[str], language: str) -> list[str]:
    """The passages of the ready two-option clozes."""
    return [
        str(d.item["passage"]) for d in derive_drafts(document(lines), language)
        if d.ready and d.item.get("type") == "cloze" and len(d.item["gaps"]) == 1 and len(d.item["gaps"][0].get("options") or []) == 2
    ]


HAM_EN = [
    "Curing hams in the hills",
    "The hams hang for a year in a loft above the village bakery.",
    "If a ham is hung in a cold cellar, the curing slows before the salt has reached the bone.",
]
HAM_ES = [
    "La curación del jamón",
    "Los jamones cuelgan un año en un desván sobre la panadería del pueblo.",
    "Si el jamón cuelga en una bodega, la curación se frena antes de que la sal alcance el hueso.",
]
IRON_EN = [
    "Smelting in a bloomery",
    "The furnace at Wenlow was built of clay on a stone hearth.",
    "In the furnace the carbon monoxide takes the oxygen of the ore, and the ore is reduced to iron.",
]
KEPT_EN = [
    "Curing hams in the hills",
    "The hams hang for a year in a loft above the village bakery.",
    "A thick layer of fat on the cut face slows the loss of water from the meat.",
]


def test_a_direction_the_sentence_settles_is_no_ready_cloze() -> None:
    settled = _direction_clozes(HAM_EN, "en") + _direction_clozes(HAM_ES, "es") + _direction_clozes(IRON_EN, "en")
    assert not settled, settled


def test_a_direction_only_the_text_says_stays() -> None:
    assert _direction_clozes(KEPT_EN, "en"), "the fat's direction is the text's own"
