"""quizapp.languages: the per-language rules the drafter reads documents with."""
from __future__ import annotations

import pytest

from quizapp.derive.extract import read_facts
from quizapp.languages import guess_language, language_for


@pytest.mark.parametrize("code, text, sentences", [
    ("en", "Dr. Snow lived on Broad St. in Soho. He died in 1858! Was it cholera? No.", ["Dr. Snow lived on Broad St. in Soho.", "He died in 1858!", "Was it cholera?", "No."]),
    ("en", "J. Snow wrote it. The U.S. Senate voted.", ["J. Snow wrote it.", "The U.S. Senate voted."]),
    ("es", "El Sr. García llegó a Sevilla. ¿Quién lo recibió? El rey.", ["El Sr. García llegó a Sevilla.", "¿Quién lo recibió?", "El rey."]),
])
def test_sentences_end_where_the_language_ends_them(code, text, sentences):
    language = language_for(code)
    assert [text[s:e] for s, e in language.split_sentences(text)] == sentences


def test_dates_and_numbers_follow_the_language():
    en = read_facts([(1, "The canal opened on 15 August 1914 and cost 375 million dollars, about 1,800.5 kilometres.")], language_for("en"))
    mentions = {(m.kind, m.text, m.value) for m in en.sentences[0].mentions}
    assert ("date", "15 August 1914", (1914, 8, 15)) in mentions
    assert ("number", "375 million dollars", 375.0) in mentions
    assert ("number", "1,800.5 kilometres", 1800.5) in mentions
    es = read_facts([(1, "Salió el 20 de septiembre de 1519 y recorrió 69.000 kilómetros en marzo de 1521.")], language_for("es-ES"))
    mentions = {(m.kind, m.text, m.value) for m in es.sentences[0].mentions}
    assert ("date", "20 de septiembre de 1519", (1519, 9, 20)) in mentions
    assert ("number", "69.000 kilómetros", 69000.0) in mentions
    assert ("month", "marzo de 1521", (1521, 3, 0)) in mentions


def test_people_places_and_roles_are_told_apart():
    facts = read_facts([
        (1, "The physician John Snow lived in London. Snow mapped the deaths for the General Register Office."),
        (2, "Henry Whitehead, the curate of St Luke's Church, doubted him."),
    ], language_for("en"))
    kinds = {m.text: m.kind for s in facts.sentences for m in s.mentions}
    assert kinds["John Snow"] == kinds["Snow"] == kinds["Henry Whitehead"] == "person"
    assert kinds["London"] == "place" and kinds["General Register Office"] == "organisation"
    assert {(str(r.person.value), r.role) for r in facts.roles} == {("John Snow", "physician"), ("Henry Whitehead", "curate of St Luke's Church")}


def test_the_language_is_guessed_from_its_small_words_and_unknown_ones_fall_back_to_english():
    assert guess_language("El viaje de la flota duró tres años y los hombres que volvieron") == "es"
    assert guess_language("The voyage of the fleet lasted three years and the men who came back") == "en"
    assert language_for("fr").code == "en"
    assert language_for("es-PE").code == "es"
