"""Typed answers a learner who read the text gives, refused by the final reviews of unseen texts
(session 19, issue 10): a person keyed with a title ("Mr Harlow") accepts the surname and the
full name the text writes; a body keyed with a state's acronym ("US Treasury") accepts the
state's name and, where the text names no other, the body alone; a pair of names joined by
"and"/«y» accepts either order and the names without their articles; an acronym in the plural
("COPs") accepts the acronym; «Ejecutivo de X» and «Gobierno de X» are one government. Never
where the text names another person, body or government so."""
from __future__ import annotations

import pytest

from tests.helpers.drafts import graded_right, tidied_accepts

PAY_EN = [
    "The pay talks",
    "Mr Harlow, who chairs the board, said the offer was final.",
    "Dermot Harlow has chaired the board of Kelby Foods since 2019.",
    "The US Treasury said it would not intervene.",
    "The GMB and the TGWU rejected the offer in March.",
    "Delegates at two earlier COPs had promised the same fund.",
]
REFORMA_ES = [
    "La reforma",
    "El Ejecutivo de Sánchez aprobó la reforma en mayo.",
    "Cepyme y la CEOE rechazaron el texto.",
    "El Gobierno de Sánchez negoció con los sindicatos.",
    "La señora Valdés, portavoz de la patronal, pidió más tiempo.",
]


@pytest.mark.parametrize(
    ("lang", "prompt", "key", "lines", "typed"),
    [
        ("en", "“____, who chairs the board, said the offer was final.”", "Mr Harlow", PAY_EN, ["Harlow", "Dermot Harlow", "Mr. Harlow"]),
        ("en", "“The ____ said it would not intervene.”", "US Treasury", PAY_EN, ["United States Treasury", "Treasury"]),
        ("en", "“____ rejected the offer in March.”", "The GMB and the TGWU", PAY_EN, ["the TGWU and the GMB", "GMB and TGWU", "TGWU and GMB"]),
        ("en", "“Delegates at two earlier ____ had promised the same fund.”", "COPs", PAY_EN, ["COP"]),
        ("es", "«El ____ aprobó la reforma en mayo.»", "Ejecutivo de Sánchez", REFORMA_ES, ["Gobierno de Sánchez", "Gobierno", "Ejecutivo"]),
        ("es", "«____ rechazaron el texto.»", "Cepyme y la CEOE", REFORMA_ES, ["la CEOE y Cepyme", "CEOE y Cepyme", "Cepyme y CEOE"]),
        ("es", "«La ____, portavoz de la patronal, pidió más tiempo.»", "señora Valdés", REFORMA_ES, ["Valdés"]),
    ],
)
def test_a_learner_who_read_the_text_is_marked_right(lang: str, prompt: str, key: str, lines: list[str], typed: list[str]) -> None:
    accept = tidied_accepts(lang, prompt, key, lines)
    for answer in typed:
        assert graded_right(accept, answer, lang), (answer, accept)


def test_forms_that_name_someone_or_something_else_stay_refused() -> None:
    """Another Harlow, another Treasury, another government in the text: the short form is
    not the key's; a pair's halves alone never answer the pair."""
    lines = [*PAY_EN, "Her brother Colm Harlow runs the Kelby depot.", "The UK Treasury kept its rates."]
    accept = tidied_accepts("en", "“____, who chairs the board, said the offer was final.”", "Mr Harlow", lines)
    assert not graded_right(accept, "Harlow", "en") and not graded_right(accept, "Dermot Harlow", "en")
    accept = tidied_accepts("en", "“The ____ said it would not intervene.”", "US Treasury", lines)
    assert graded_right(accept, "United States Treasury", "en") and not graded_right(accept, "Treasury", "en")
    accept = tidied_accepts("en", "“____ rejected the offer in March.”", "The GMB and the TGWU", lines)
    assert not graded_right(accept, "GMB", "en") and not graded_right(accept, "TGWU", "en")
    lines_es = [*REFORMA_ES, "El Gobierno de Feijóo no llegó a formarse."]
    accept = tidied_accepts("es", "«El ____ aprobó la reforma en mayo.»", "Ejecutivo de Sánchez", lines_es)
    assert graded_right(accept, "Gobierno de Sánchez", "es") and not graded_right(accept, "Gobierno", "es")
    # A plural word that is no acronym keeps its number.
    assert not graded_right(tidied_accepts("en", "“two earlier ____ had promised”", "Summits", PAY_EN), "Summit", "en")


def test_a_firm_is_answered_by_its_own_word_before_its_trade() -> None:
    """"Northgate Data Services" refused "Northgate" (the final review of an unseen text): the
    words of its trade close the name, and people call the firm by its own word. Never a part
    that is no name ("Carrow Civil" of Carrow Civil Engineering)."""
    from quizapp.derive import derive_drafts
    from tests.helpers.drafts import document, typed_accepts

    lines = ["The heat network", "In 2021 the council signed a contract with Northgate Data Services to take heat from its servers.",
             "The pipes were laid by Carrow Civil Engineering in the summer of 2022.", "The data centre stands on the old gasworks site beside the canal."]
    lists = typed_accepts(derive_drafts(document(lines), "en"))
    northgate = [a for a in lists if a[0] == "Northgate Data Services"]
    assert northgate and all(graded_right(a, "Northgate", "en") for a in northgate), lists
    assert not any(graded_right(a, "Carrow Civil", "en") for a in lists if a[0] == "Carrow Civil Engineering"), lists
