"""Failure kinds a fresh review of main's drafter found on an unseen pair (kinds12: a textbook
section on a physiological process, a news analysis of a court case), each tested on texts of
our own about other subjects, in English and Spanish: a "who was this?" card that paired a name
with the next name's role in a list of crew members; a definition card on a term cut from a
longer name; cloze options of another kind than the key; a gap on an abbreviation spelled out
beside it; a year computed from an anniversary or an age; a full name refusing its surname."""

from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts
from quizapp.derive.extract import read_facts
from quizapp.languages import language_for


def _roles(paragraphs: list[Paragraph], language: str) -> dict[str, str]:
    """The role the reader gives each person of the text, by the person's name."""
    facts = read_facts([(p.number, p.text) for p in paragraphs], language_for(language))
    return {r.person.text: r.role for r in facts.roles}


def _role_cards(paragraphs: list[Paragraph], language: str) -> dict[str, str]:
    """Every "who was this?" card's back (ready or not), by the start of its front."""
    return {
        d.item["front"].split(":")[0]: d.item["back"] for d in derive_drafts(paragraphs, language)
        if d.kind == "card" and "people" in d.item.get("tags", [])
    }


CREW_ES = [
    Paragraph(1, "El juicio del Urquiola", is_heading=True),
    Paragraph(2, "El petrolero encalló frente a La Coruña en mayo de 1976. Ante el tribunal comparecieron el capitán, "
                 "Francisco Rodríguez Castelo, el jefe de máquinas, Tomás Echevarría Ugarte, y el primer oficial, Julián "
                 "Otamendi Landa. La vista duró tres semanas."),
    Paragraph(3, "En la segunda sesión declararon Ramiro Sánchez Olmedo, el capitán del remolcador, Benito Lafuente Ortiz, "
                 "el piloto de la lancha, y Andrés Ortega Vidal, el práctico del puerto."),
    Paragraph(4, "El armador, Construcciones Navales del Cantábrico, recurrió la sentencia en 1981."),
]
CREW_EN = [
    Paragraph(1, "The Torrey Canyon inquiry", is_heading=True),
    Paragraph(2, "The tanker struck the Seven Stones reef in March 1967. The inquiry heard the captain, Pastrengo Rugiati, "
                 "the chief officer, Silvano Bonfiglio, and the helmsman, Giuseppe Tamburelli, over four days."),
    Paragraph(3, "The board then questioned Edward Hollis, the harbour master, Leonard Pike, the chief engineer of the tug, "
                 "and Thomas Arden, the pilot, about the night of the storm."),
]


def test_a_role_in_a_list_goes_with_its_own_name_before_or_after_it() -> None:
    """The review: «el capitán, Apostolos Mangouras; el jefe de máquinas, Nikolaos
    Argyropoulos, ...» gave Mangouras the next name's role. Where every name of a list has its
    role before it, that is the pairing; where every name has it after, that one."""
    es, en = _roles(CREW_ES, "es"), _roles(CREW_EN, "en")
    assert es.get("Francisco Rodríguez Castelo") == "capitán", es
    assert es.get("Tomás Echevarría Ugarte") == "jefe de máquinas", es
    assert es.get("Ramiro Sánchez Olmedo") == "capitán del remolcador", es
    assert es.get("Benito Lafuente Ortiz") == "piloto de la lancha", es
    assert en.get("Pastrengo Rugiati") == "captain", en
    assert en.get("Silvano Bonfiglio") == "chief officer", en
    assert en.get("Edward Hollis") == "harbour master", en
    assert en.get("Leonard Pike") == "chief engineer of the tug", en
    cards = {**_role_cards(CREW_ES, "es"), **_role_cards(CREW_EN, "en")}
    wrong = {"Francisco Rodríguez Castelo": "Jefe de máquinas", "Tomás Echevarría Ugarte": "Primer oficial",
             "Pastrengo Rugiati": "Chief officer", "Silvano Bonfiglio": "Helmsman"}
    for person, back in wrong.items():
        assert cards.get(person) != back, (person, cards)


def test_a_list_whose_roles_pair_either_way_gives_no_role() -> None:
    """Every name with a role both before and after it ("the captain, A, the engineer, B, the
    pilot, C, the cook") or the pattern broken ("A, el capitán, B, el jefe de máquinas, y C": whose
    role is missing?): the pairing is not certain, no card."""
    both = [Paragraph(1, "The crew of the Marlin", is_heading=True),
            Paragraph(2, "On board were the captain, Oskar Lindqvist, the engineer, Pieter Aalders, the pilot, Hamish Croall, the cook."),
            Paragraph(3, "Ante el juez declararon Mario Iturbe Sanz, el capitán, Luis Pardiñas Roel, el jefe de máquinas, y Antonio Figueroa Gil.")]
    assert not _roles(both[:2], "en"), _roles(both[:2], "en")
    assert not _roles([both[0], both[2]], "es"), _roles([both[0], both[2]], "es")

