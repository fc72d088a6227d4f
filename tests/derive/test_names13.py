"""Names as keys and accept lists (issue 10, names): a typed gap on a name takes the name whole,
without a nationality before it, and accepts the short forms a learner who read the text types:
the ones the document itself writes for the same thing, and a work's title without its author.
Own texts, English and Spanish."""
from __future__ import annotations

import pytest

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.place_kinds import country_adjective


def _document(lines: list[str]) -> list[Paragraph]:
    return [Paragraph(i, line, is_heading=i == 1) for i, line in enumerate(lines, 1)]


def _typed(drafts: list[Draft]) -> list[list[str]]:
    """Every typed gap's accept list, ready or held back (the key first)."""
    lists = []
    for d in drafts:
        if d.item.get("type") == "fill_in":
            lists.append([str(a) for a in d.item["accept"]])
        for gap in d.item.get("gaps", []) or []:
            if isinstance(gap, dict) and "accept" in gap:
                lists.append([str(a) for a in gap["accept"]])
    return lists


def _accepts_with(drafts: list[Draft], form: str) -> list[list[str]]:
    return [a for a in _typed(drafts) if any(x.casefold() == form.casefold() for x in a)]


@pytest.mark.parametrize("word", ["Mexican", "French", "Indian", "Dutch", "Swiss", "Spanish", "Thai", "Greek", "Filipino", "Italian"])
def test_english_nationality_adjectives_of_every_shape(word: str) -> None:
    assert country_adjective(word, "en")


@pytest.mark.parametrize("word", ["francés", "inglesa", "mexicanos", "alemanas", "belga", "marroquíes", "españolas", "estadounidense", "andaluces", "holandés"])
def test_spanish_nationality_adjectives_in_every_form(word: str) -> None:
    assert country_adjective(word, "es")


@pytest.mark.parametrize(("word", "code"), [("Mexico", "en"), ("France", "en"), ("polish", "en"), ("river", "en"), ("Francia", "es"), ("mesa", "es"), ("México", "es")])
def test_a_country_or_a_common_word_is_no_nationality_adjective(word: str, code: str) -> None:
    assert not country_adjective(word, code)


GALLERY = [
    "The Wenlow Gallery",
    "The Wenlow Gallery opened in 1903 on the quay of the fishing town of Saltmere.",
    "Its ceiling was painted in 1921 by the Italian Carlo Benedetti, who stayed in Saltmere for two winters.",
    "In 1958 the Mexican Lucía Barragán hung forty photographs of the harbour in the east room.",
    "The French Pierre Dumesnil rebuilt its roof in copper in 1992.",
    "The gallery was shut during the American Civil War centenary of 1961 for repairs to its roof.",
]


def test_a_nationality_before_a_persons_name_is_no_part_of_the_key() -> None:
    """"the Italian Carlo Benedetti": the gap is on Carlo Benedetti, whom a learner names so,
    never on "Italian Carlo Benedetti"; a name whose rest is no person's keeps its adjective
    ("American Civil War")."""
    drafts = derive_drafts(_document(GALLERY), "en")
    for surname in ("Dumesnil", "Barragán"):
        lists = _accepts_with(drafts, surname)
        assert lists, (surname, _typed(drafts))
        for accepted in lists:
            assert not accepted[0].startswith(("Italian", "Mexican")), accepted
    assert not _accepts_with(drafts, "Civil War"), _typed(drafts)


TALLER = [
    "El taller de Arbeyal",
    "El taller de Arbeyal abrió en 1903 en el muelle del pueblo pesquero de Salmedo.",
    "En 1958 el fotógrafo mexicano Lucio Barragán colgó cuarenta copias del puerto en la sala del este.",
    "La cubierta la rehízo en cobre en 1992 la arquitecta belga Ilse Vandermeer.",
]


def test_a_person_a_spanish_nationality_describes_is_accepted_by_surname() -> None:
    """«el fotógrafo mexicano Lucio Barragán», «la arquitecta belga Ilse Vandermeer»: a
    nationality of any shape says the name is a person's, so the surname alone is accepted."""
    drafts = derive_drafts(_document(TALLER), "es")
    for full, surname in (("Lucio Barragán", "Barragán"), ("Ilse Vandermeer", "Vandermeer")):
        lists = _accepts_with(drafts, full)
        assert lists, (full, _typed(drafts))
        assert all(surname in accepted for accepted in lists), lists
