"""Items that read as nonsense or half-true (brief fragments, issue 10), on texts of our own:

1. a true/false statement made false by swapping one value of a pair the sentence gives
   together ("2 or 3", "2 to 3", "between 1,500 and 2,000", «de 2 a 3», «entre 15 y 16»): a
   reader calls "2 to 8 kilograms" half true, so such a value is never swapped;
"""
from __future__ import annotations

import re

import pytest

from quizapp.derive import Draft, derive_drafts
from tests.helpers.drafts import document

BEES_EN = [
    "Keeping Bees on the Moor",
    "This text follows a beekeeper on the moor through one summer.",
    "A strong hive holds 40 or 50 thousand bees in July. The keeper Ada Lund weighs each hive in August.",
    "A frame of honey weighs 2 to 3 kilograms when full. Lund keeps 12 hives on the heather.",
    "The wax press yields 8 kilograms of wax a season. The honey sells for 9 pounds a jar at Helmsley market.",
    "A queen lays between 1,500 and 2,000 eggs a day at the height of summer. A worker lives for 6 weeks.",
    "The water trough stays between 15 and 16 degrees. A smoker burns for 20 minutes or 25 minutes.",
    "The moor hives gave 30 kilograms of honey in 2015 and 18 kilograms in 2016.",
]
BEES_ES = [
    "Las colmenas del páramo",
    "Este texto sigue a una apicultora del páramo durante un verano.",
    "Una colmena fuerte tiene 40 o 50 mil abejas en julio. La apicultora Ada Lund pesa cada colmena en agosto.",
    "Un cuadro de miel pesa de 2 a 3 kilos cuando está lleno. Lund tiene 12 colmenas en el brezal.",
    "La prensa de cera da 8 kilos de cera por temporada. La miel se vende a 9 euros el tarro en el mercado de Soria.",
    "Una reina pone entre 1.500 y 2.000 huevos al día en pleno verano. Una obrera vive 6 semanas.",
    "El agua del abrevadero se mantiene entre 15 y 16 grados. Un ahumador arde 20 minutos o 25 minutos.",
    "Las colmenas del páramo dieron 30 kilos de miel en 2015 y 18 kilos en 2016.",
]
# Two figures given together: "2 or 3", "2 to 3", "between 15 and 16", «de 2 a 3», «entre 15 y 16».
PAIR = re.compile(
    r"\b(?:between|entre)\s+\d[\d.,]*\s+(?:and|y)\s+\d[\d.,]*"
    r"|\d[\d.,]*(?:\s+(?:minutes|minutos))?\s+(?:or|o)\s+\d[\d.,]*"
    r"|\d[\d.,]*\s+(?:to|a)\s+\d[\d.,]*",
    re.IGNORECASE,
)


def _statement(d: Draft) -> str:
    return str(d.item["prompt"]).split(":", 1)[1].strip()


@pytest.mark.parametrize(("lines", "code"), [(BEES_EN, "en"), (BEES_ES, "es")])
def test_no_false_statement_breaks_a_pair_of_values(lines: list[str], code: str) -> None:
    text = " ".join(lines)
    offered = []
    for d in derive_drafts(document(lines), code):
        if d.item.get("type") != "true_false" or d.item["answer"]:
            continue
        broken = [p.group() for p in PAIR.finditer(_statement(d)) if p.group() not in text]
        if broken:
            # Drafted for the reviewer to see, but held back, saying why.
            offered.append((broken, d.ready, d.problems))
            assert not d.ready
            assert any("given together" in p for p in d.problems), (broken, d.problems)
    assert offered  # the texts do give pairs a swap would break
