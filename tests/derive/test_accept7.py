"""Accept lists that take what a learner who read the text types, fourth round (accept7, issue
10), on texts of my own, in English and Spanish, through the grader a learner's answer goes to
(typed_answer_matches):

- a term the document glosses anywhere ("spirometry (a breathing test)", "X, also called Y",
  «X, o Y,», «el método Kjeldahl (digestión ácida)»): the gloss, and the term for the gloss;

Each with the neighbouring wrong answer still refused.
"""
from __future__ import annotations

from tests.helpers.drafts import graded_right, tidied_accepts

CLINIC_EN = [
    "Miners' lungs",
    "Dust disease is common among the valley's coal miners.",
    "The clinic tests every worker by spirometry (a breathing test) each spring.",
    "Its nurses also take an X-ray (a chest image) of the older men.",
    "Results go to the mine's doctor within a week.",
    "Since 2019 the union has paid for spirometry twice a year.",
]
CLINIC_ES = [
    "Suelos",
    "El laboratorio de la cooperativa analiza la tierra de cada parcela.",
    "El nitrógeno se mide con el método Kjeldahl (digestión ácida), y el fósforo con el método Olsen.",
    "Desde 2020 la cooperativa paga el método Kjeldahl dos veces al año.",
]


def test_a_term_glossed_elsewhere_accepts_its_gloss_and_back() -> None:
    """"spirometry (a breathing test)" in ¶3, the gap in ¶6 keyed "spirometry": "breathing
    test", "a breathing test"; a gap keyed "breathing test" takes "spirometry"; «el método
    Kjeldahl (digestión ácida)»: «digestión ácida». The other term's gloss ("chest image") and
    the other method («método Olsen») stay wrong."""
    spiro = tidied_accepts("en", "Since 2019 the union has paid for ____ twice a year.", "spirometry", CLINIC_EN)
    assert graded_right(spiro, "breathing test", "en") and graded_right(spiro, "a breathing test", "en"), spiro
    assert not graded_right(spiro, "chest image", "en") and not graded_right(spiro, "X-ray", "en"), spiro
    test = tidied_accepts("en", "Since 2019 the union has paid for a ____ twice a year.", "breathing test", CLINIC_EN)
    assert graded_right(test, "spirometry", "en"), test
    kjeldahl = tidied_accepts("es", "Desde 2020 la cooperativa paga el ____ dos veces al año.", "método Kjeldahl", CLINIC_ES)
    assert graded_right(kjeldahl, "digestión ácida", "es") and graded_right(kjeldahl, "la digestion acida", "es"), kjeldahl
    assert not graded_right(kjeldahl, "método Olsen", "es"), kjeldahl


def test_also_called_and_or_renamings_are_accepted_both_ways() -> None:
    """"refractometry, also called the Brix reading," and «el ensilado, o forraje fermentado,»:
    each name takes the other; a gap whose own sentence gives the gloss does not (it asks for
    the term the gloss explains)."""
    honey = ["Honey", "Water content is found by refractometry, also called the Brix reading, in most packing plants.", "Every batch is checked by refractometry before sale."]
    refr = tidied_accepts("en", "Every batch is checked by ____ before sale.", "refractometry", honey)
    assert graded_right(refr, "Brix reading", "en") and graded_right(refr, "the Brix reading", "en"), refr
    own = tidied_accepts("en", "Water content is found by ____, also called the Brix reading, in most packing plants.", "refractometry", honey)
    assert not graded_right(own, "Brix reading", "en"), own
    es = ["Forraje", "En invierno las vacas comen ensilado, o forraje fermentado, de maíz.", "El ensilado se guarda en silos de zanja."]
    silo = tidied_accepts("es", "El ____ se guarda en silos de zanja.", "ensilado", es)
    assert graded_right(silo, "forraje fermentado", "es") and not graded_right(silo, "maíz", "es"), silo
    back = tidied_accepts("es", "En invierno las vacas comen ____ de maíz.", "forraje fermentado", ["Forraje", "Las vacas comen ensilado, o forraje fermentado, de maíz.", "En invierno las vacas comen forraje fermentado de maíz."])
    assert graded_right(back, "ensilado", "es"), back


def test_a_bracket_that_is_no_gloss_adds_nothing() -> None:
    """A year, a place, a name or a remark in brackets is no other name of the term."""
    lines = ["Dams", "The spillway (rebuilt in 1987) still floods.", "The weir (now closed) fed the mill.", "The sluice (Lower Ward) leaks.", "Engineers inspect the spillway every spring."]
    for key in ("spillway", "weir", "sluice"):
        accept = tidied_accepts("en", "Engineers inspect the ____ every spring.", key, lines)
        assert accept[:1] == [key] and not any(graded_right(accept, t, "en") for t in ("now closed", "Lower Ward", "rebuilt")), accept
