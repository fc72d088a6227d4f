"""Acceptability leftovers of the ninth to eleventh independent reviews, one failure kind per
section (the review texts are not used: every case is written for these tests, on other
topics): a tolerance that admits figures the text does not give, ...."""
from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts


def numerics(drafts: list[Draft], answer: float) -> list[Draft]:
    return [d for d in drafts if d.item.get("type") == "numeric" and d.item["answer"] == answer]


# ---------------------------------------------------------------- 1. tolerance of a round figure

GLACIER = [
    Paragraph(1, "The Vatnajökull ice cap", is_heading=True),
    Paragraph(2, "The ice cap of Vatnajökull covers about 7,700 square kilometres of south-east Iceland, "
                 "and its outlet glacier at Breiðamerkurjökull retreats some 150 metres in a warm year."),
    Paragraph(3, "Glacial rivers of the ice cap carry roughly 2.4 % of the sediment that Icelandic rivers deliver to the sea."),
]
ACEITE = [
    Paragraph(1, "El olivar de Jaén", is_heading=True),
    Paragraph(2, "La provincia de Jaén cosecha unas 600.000 toneladas de aceite en un año normal, "
                 "y sus olivares ocupan alrededor del 85 % de la tierra cultivada, según la Diputación de Jaén."),
]


def test_an_approximate_round_figure_accepts_the_text_figure_only() -> None:
    """Review 10 and 11: ±5 % on "unos 2.240 metros" and "unas 20.000 libras" admitted 2.350
    and 21.000, figures the text does not give. A whole figure is right as written; a
    decimal one within what its rounding admits ("about 2.4 %": 2.44)."""
    drafts = derive_drafts(GLACIER, "en") + derive_drafts(ACEITE, "es")
    cases = {7700: 0, 150: 0, 600000: 0, 85: 0}
    for answer, tolerance in cases.items():
        found = numerics(drafts, answer)
        assert found, f"the case must draft {answer}"
        assert {d.item["tolerance"] for d in found} == {tolerance}, (answer, [d.item for d in found])
    decimal = numerics(drafts, 2.4)
    assert decimal, "the case must draft 2.4"
    assert {d.item["tolerance"] for d in decimal} == {0.05}
