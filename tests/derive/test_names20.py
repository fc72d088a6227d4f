"""Names a learner types for a person the text names with three words (a review of an unseen
text, session 20): "Nathaniel Jarvis Wyeth, the trader's supplier and later his partner, who
..." refused "Wyeth" (the role in apposition was no role the drafter knew), and «José María
Crespo» accepted «María Crespo», another person (a compound given name read as two surnames).
Texts written for this test."""
from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import document, graded_right, typed_accepts

ICE_EN = [
    "The ice trade",
    "Early harvesting was slow, as workers cut blocks of uneven size with saws. The main improvement came from Nathaniel Jarvis Wyeth, the supplier of the trader and later his partner, who brought in a horse-drawn cutter in the 1820s.",
    "The cutter scored grooves across the frozen surface of the pond, so crews could split it into equal blocks.",
    "In 1833 the ship Tuscany carried a cargo of ice from Boston to Calcutta.",
]
FERRY_ES = [
    "El comercio",
    "En 1831 el comerciante José María Crespo compró dos vapores para cruzar el río.",
    "José María Crespo vendió los vapores en 1840 y puso su dinero en el nuevo ferrocarril.",
    "En 1845 el ferrocarril ya llevaba más pasajeros que los vapores.",
]


def _lists(lines: list[str], lang: str, key: str) -> list[list[str]]:
    found = [a for a in typed_accepts(derive_drafts(document(lines), lang)) if a and a[0] == key]
    assert found, typed_accepts(derive_drafts(document(lines), lang))
    return found


def test_a_person_with_a_role_in_apposition_is_answered_by_the_surname() -> None:
    for accept in _lists(ICE_EN, "en", "Nathaniel Jarvis Wyeth"):
        assert graded_right(accept, "Wyeth", "en"), accept
    # the role after a possessive: "Nathaniel Jarvis Wyeth, Tudor's supplier and later his partner"
    possessive = [ICE_EN[0], ICE_EN[1].replace("the supplier of the trader", "Tudor's supplier"), *ICE_EN[2:]]
    for accept in _lists(possessive, "en", "Nathaniel Jarvis Wyeth"):
        assert graded_right(accept, "Wyeth", "en"), accept


def test_a_compound_given_name_is_no_surname() -> None:
    for accept in _lists(FERRY_ES, "es", "José María Crespo"):
        assert graded_right(accept, "Crespo", "es"), accept
        assert not graded_right(accept, "María Crespo", "es"), accept
