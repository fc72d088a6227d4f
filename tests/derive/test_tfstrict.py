"""Brief tfstrict (issue 10): a true/false draft is offered as ready only when its statement is
a self-contained claim: no supposition, no step of a computation whatever its opening, no swap
inside figures that compute one another (a product, a quotient, "that is" restating one), no
subject left to the sentence before (a leaning opener, a Spanish verb opening), at least 8 words. Texts written for these tests (a honey
cooperative), English and Spanish."""
from __future__ import annotations

import pytest

from quizapp.derive import derive_drafts
from quizapp.derive.statements import not_a_claim
from tests.helpers.drafts import document

NOT_CLAIMS = [
    # a computation step: a gerund or «Al» + infinitive with no object of its own, an impersonal result
    ("en", "Dividing by the weight of a full jar, 0.45 kg, gives about 93 jars from each hive.", "step of a computation"),
    ("en", "Multiplying by the 18 hives of the Tealby apiary, one gets some 750 kg a summer.", "step of a computation"),
    ("es", "Dividiendo por el peso de un tarro lleno, 0,45 kilos, se obtienen unos 93 tarros de cada colmena.", "step of a computation"),
    ("es", "Al multiplicar por las 18 colmenas del colmenar, resultan unos 750 kilos en un verano.", "step of a computation"),
    ("es", "Repartiendo la cosecha entre los socios, salen unos 54 kilos por cabeza cada verano.", "step of a computation"),
    # a supposition
    ("en", "Suppose a beekeeper at Harrowby keeps 25 hives and sells 40 kg of honey from each.", "supposition"),
    ("en", "If we assume a price of 9 pounds a jar, the Tealby hives bring in about 837 pounds.", "supposition"),
    ("en", "If a beekeeper sells 900 jars at the Louth market, the stall fee is 60 pounds.", "supposition"),
    ("es", "Supongamos que un apicultor de Arcos tiene 25 colmenas y vende 40 kilos de cada una.", "supposition"),
    ("es", "Si una cooperativa vende 900 tarros en el mercado de Soria, paga 60 euros de puesto.", "supposition"),
    # a subject left to the sentence before (Spanish drops it)
    ("es", "Vendió 1.200 tarros a las tiendas de Almazán y de Berlanga en su primer año.", "opens with its verb"),
    ("es", "Tiene 14 socios y un almacén de 300 metros cuadrados junto a la estación.", "opens with its verb"),
    # an opener that leans on the sentence before
    ("en", "Thus the cooperative came to sell 2,300 jars in its first summer at Caistor.", "leaning on the sentence before"),
    ("en", "These hives gave the Tealby apiary some 750 kg of honey in a good summer.", "leaning on the sentence before"),
    ("es", "Así la cooperativa llegó a vender 2.300 tarros en su primer verano en Ágreda.", "leaning on the sentence before"),
    ("es", "Por eso los socios compraron 3 extractores de acero en Soria aquel otoño.", "leaning on the sentence before"),
    # a label or a fragment
    ("en", "Extraction in the Caistor shed: 3 days.", "under 8 words"),
]
CLAIMS = [
    ("en", "A beekeeper at Harrowby takes 42 kg of honey from each hive in a good summer."),
    ("en", "Using the new extractor, the Caistor shed filled 600 jars in a single week."),
    ("en", "If the frames freeze, the bees of the upland hives die within 3 days."),
    ("es", "Un apicultor de Arcos saca 42 kilos de miel de cada colmena en un buen verano."),
    ("es", "Siguiendo el ejemplo de Ágreda, los socios compraron 3 extractores de acero en Soria."),
    ("es", "Sigüenza vendió 1.200 tarros a las tiendas de Almazán en su primer año."),
]


@pytest.mark.parametrize(("code", "text", "reason"), NOT_CLAIMS)
def test_a_statement_that_is_no_self_contained_claim_is_named(code, text, reason):
    why = not_a_claim(text, code)
    assert why is not None and reason in why, (text, why)


@pytest.mark.parametrize(("code", "text"), CLAIMS)
def test_a_self_contained_claim_stays(code, text):
    assert not_a_claim(text, code) is None


EN_HONEY = [
    "Honey at Harrowby",
    "The cooperative at Harrowby gathers the honey of 14 beekeepers from the Wold villages.",
    "Suppose a beekeeper at Harrowby keeps 25 hives and sells 40 kg of honey from each of them.",
    "The Harrowby packer filled 300 jars with 450 grams each, that is, 135 kilos of honey, in the wet summer.",
    "The cooperative's shop at Caistor employed 6 people and sold 2,300 jars in its first summer.",
    "The Louth stall sold 650 combs of 120 grams each, 78 kilos of comb honey over the dry summer.",
]
ES_HONEY = [
    "La miel de Arcos",
    "La cooperativa de Arcos reúne la miel de 14 apicultores de los pueblos de la sierra.",
    "Supongamos que un apicultor de Arcos tiene 25 colmenas y vende 40 kilos de miel de cada una de ellas.",
    "El envasador de Arcos llenó 300 tarros con 450 gramos cada uno, es decir, 135 kilos de miel, en el verano lluvioso.",
    "La tienda de la cooperativa en Ágreda dio empleo a 6 personas y vendió 2.300 tarros en su primer verano.",
    "El puesto de Soria vendió 650 panales de 120 gramos cada uno, 78 kilos de miel en panal durante el verano seco.",
]


def test_no_ready_true_false_on_a_supposition_or_on_figures_that_compute_one_another():
    for lines, code, cases in (
        (EN_HONEY, "en", [("supposition", "Suppose a beekeeper"), ("compute one another", "The Harrowby packer"), ("compute one another", "The Louth stall")]),
        (ES_HONEY, "es", [("supposition", "Supongamos que"), ("compute one another", "El envasador de Arcos"), ("compute one another", "El puesto de Soria")]),
    ):
        drafts = [d for d in derive_drafts(document(lines), code) if d.item.get("type") == "true_false"]
        for reason, opening in cases:
            mine = [d for d in drafts if opening in d.item["prompt"]]
            assert mine, (code, reason)  # drafted, and held back saying why
            assert not [d.item["prompt"] for d in mine if d.ready], (code, reason)
            assert all(any(reason in p for p in d.problems) for d in mine), (code, reason, [d.problems for d in mine])
