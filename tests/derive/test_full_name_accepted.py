"""A gap keyed on the surname(s) the sentence writes also accepts the person's full name the
document gives elsewhere: a learner who read «la abogada Mónica López Baltodano» types the whole
name into «Según ____, la ley …» (a fresh review: «López Baltodano» alone was accepted)."""
from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import document, typed_accepts

RECURSO = document([
    "El recurso contra la concesión",
    "En junio de 2014, la abogada Mónica Lezcano Urbina presentó ante la Corte Suprema un recurso contra la "
    "concesión del puerto de Monkey Point.",
    "Según Lezcano Urbina, la ley de concesiones violaba once artículos de la Constitución y permitía expropiar "
    "tierras comunales sin consulta previa.",
])
TIDES = document([
    "The tide gauge at Kettleby",
    "In 1987 the harbour engineer Ruth Pennock installed a new tide gauge at the end of the Kettleby pier.",
    "According to Pennock, the old gauge had read the high tides about ten centimetres too low for a decade.",
])
TWO_PEOPLE = document([
    "The tide gauge at Kettleby",
    "In 1987 the harbour engineers Ruth Pennock and Thomas Pennock installed a new tide gauge on the pier.",
    "According to Pennock, the old gauge had read the high tides about ten centimetres too low for a decade.",
])


def _lists_with(drafts, key: str) -> list[list[str]]:
    return [a for a in typed_accepts(drafts) if a and a[0] == key]


def test_a_surname_key_accepts_the_full_name_the_document_gives() -> None:
    spanish = _lists_with(derive_drafts(RECURSO, "es"), "Lezcano Urbina")
    assert spanish and all("Mónica Lezcano Urbina" in a for a in spanish), typed_accepts(derive_drafts(RECURSO, "es"))
    english = _lists_with(derive_drafts(TIDES, "en"), "Pennock")
    assert english and all("Ruth Pennock" in a for a in english), typed_accepts(derive_drafts(TIDES, "en"))


def test_no_full_name_when_two_people_share_the_surname() -> None:
    assert not any("Ruth Pennock" in a or "Thomas Pennock" in a for a in _lists_with(derive_drafts(TWO_PEOPLE, "en"), "Pennock"))


PLACES = document([
    "La carretera del sur",
    "La carretera arrancará en Lucas Rosario, junto al río, y atravesará los distritos de Meno, Rosario y Quillén.",
    "Las autoridades de Rosario informaron de las primeras expropiaciones y de protestas aisladas de agricultores.",
])


def test_no_full_name_from_a_place_that_only_looks_like_one() -> None:
    """«arrancará en Lucas Rosario»: a place named by what reads as a given name and the key
    (a fresh review: «Prek …» was accepted for the province after «las autoridades de ____»,
    a key outside the cited paragraph). A name after a preposition of place is no person."""
    lists = _lists_with(derive_drafts(PLACES, "es"), "Rosario")
    assert lists and not any("Lucas Rosario" in a for a in lists), lists
