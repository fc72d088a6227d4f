"""A person's surname alone (issue 10, names2): a typed gap on a person's full name accepts the
surname, the answer a learner types, also where nothing but the sentence says the name is a
person's: at the start of a sentence before what a person does, in a list of people, after
"led by"/«encabezados por»; with a given name general text rarely writes; a Chinese-order name
by its first word; a sister listed before her sister's full name by her given name. Never a word
that names another thing of the document. Own texts, English and Spanish."""
from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import accepts_for, document, typed_accepts


BAND = [
    "The Harwick Brass Band",
    "The Harwick Brass Band was formed in 1921 by miners of the Tarle valley.",
    "Oisín Marwick moved to Leeds in 1954 and Teodor Halloran to the same colliery in 1956.",
    "In 1962 the band, led by Ngozi Fairbairn, won the northern contest at Bradley.",
    "At the contest of 1968 Kwame Ashdown played the cornet and Tarik Pellow the tuba.",
    "The sisters Maude and Edith Rosslyn sewed the band's banner in 1925.",
    "The chemist Hou Debang made the valve oil of the band in a workshop at Leeds from 1930.",
    "The Hou recipe for the oil is still used at Harwick.",
    "The band played at Santa Elena in 1980 on a tour of the islands, and at Port Marwick in 1981.",
]
BANDA = [
    "La banda de Arbeyal",
    "La banda de música de Arbeyal se fundó en 1921 entre los mineros del valle del Tarle.",
    "Anxo Barreiro, que había dirigido la huelga de 1934, ganó las elecciones municipales de 1936.",
    "En el concierto de 1958 destacaban Ainhoa Soto en el violín y Evo Quispe en la percusión.",
    "En 1962 los músicos, encabezados por Tupac Condori, ganaron el certamen de Avilés.",
    "Las hermanas Elisabeth y Greta Brückner bordaron el estandarte de la banda en 1925.",
    "La banda tocó en Santa Elena en 1980 durante una gira por las islas.",
]


def test_a_persons_surname_is_accepted_where_the_sentence_says_a_person() -> None:
    """"____ moved to Leeds", "led by ____", "____ played the cornet and ____ the tuba": the
    sentence says these are people, whose surname a learner types."""
    drafts = derive_drafts(document(BAND), "en")
    for full in ("Oisín Marwick", "Ngozi Fairbairn", "Kwame Ashdown", "Tarik Pellow", "Teodor Halloran"):
        lists = accepts_for(drafts, full)
        assert lists, (full, typed_accepts(drafts))
        assert all(full.split()[-1] in a for a in lists), (full, lists)


def test_a_spanish_persons_surname_is_accepted_where_the_sentence_says_a_person() -> None:
    """«____, que había dirigido la huelga, ganó», «destacaban Ainhoa Soto en el violín y ____»,
    «encabezados por ____»: people, by their surname too."""
    drafts = derive_drafts(document(BANDA), "es")
    for full in ("Anxo Barreiro", "Ainhoa Soto", "Evo Quispe", "Tupac Condori"):
        lists = accepts_for(drafts, full)
        assert lists, (full, typed_accepts(drafts))
        assert all(full.split()[-1] in a for a in lists), (full, lists)


def test_a_chinese_order_name_is_accepted_by_its_first_word() -> None:
    """"the chemist Hou Debang", whom the text also calls "Hou": the surname is the first word;
    "Debang", his given name, is no answer a reader of the text types."""
    drafts = derive_drafts(document(BAND), "en")
    for a in typed_accepts(drafts):
        assert "Debang" not in a, a
    lists = accepts_for(drafts, "Hou Debang")
    assert lists and all("Hou" in a for a in lists), (lists, typed_accepts(drafts))


def test_a_sister_named_before_her_sisters_full_name_is_accepted_by_her_given_name() -> None:
    """«las hermanas Elisabeth y ____ Brückner», "the sisters Maude and ____ Rosslyn": the
    surname is both sisters', so it is no answer; the given name is."""
    for doc, lang, full, given, surname in ((BAND, "en", "Edith Rosslyn", "Edith", "Rosslyn"), (BANDA, "es", "Greta Brückner", "Greta", "Brückner")):
        drafts = derive_drafts(document(doc), lang)
        lists = accepts_for(drafts, full)
        assert lists, (full, typed_accepts(drafts))
        for a in lists:
            assert given in a and surname not in a, a


def test_a_place_opening_with_a_given_name_is_no_person() -> None:
    """"Santa Elena", "Port Marwick": no "Elena", and Oisín Marwick's surname still names him
    only if no other name of the document ends in it (here a place does not)."""
    for doc, lang in ((BAND, "en"), (BANDA, "es")):
        drafts = derive_drafts(document(doc), lang)
        for a in accepts_for(drafts, "Santa Elena"):
            assert "Elena" not in a, a


def test_a_surname_that_names_a_place_of_the_document_is_no_answer() -> None:
    """"Teodor Halloran" in a text that also has a village called Halloran: "Halloran" alone
    would name the village, so the gap on the man takes his full name only."""
    doc = [*BAND, "The colliery stood at Halloran, a village two miles up the Tarle."]
    drafts = derive_drafts(document(doc), "en")
    lists = accepts_for(drafts, "Teodor Halloran")
    assert lists, typed_accepts(drafts)
    for a in lists:
        assert "Halloran" not in a, a


def test_a_frequent_word_opening_a_name_makes_no_person() -> None:
    """«el Mar Menor», "the Victoria Quarry": a given name of some country that is also a
    frequent word of the language says nothing; the last word alone is no answer."""
    doc = [
        "La laguna",
        "En 1958 la banda de Arbeyal tocó a orillas del Mar Menor durante las fiestas de agosto.",
        "Los músicos se alojaron en 1958 en Monte Quispe, una aldea de pescadores.",
    ]
    drafts = derive_drafts(document(doc), "es")
    for a in typed_accepts(drafts):
        assert "Menor" not in a[1:] and "Quispe" not in a[1:], a


def test_a_name_listed_with_a_person_is_a_persons() -> None:
    """"Kwame Ashdown played the cornet and ____ the tuba", «tocaron Tupac Condori en el bombo
    y ____ en el oboe»: a name listed with a person, each with their part, is a person's even
    when no list knows its words ("Iolo Penhallow"); not one a place stands between."""
    en = [*BAND, "At the contest of 1970 Kwame Ashdown played the cornet and Iolo Penhallow the tuba."]
    es = [*BANDA, "En el certamen de 1970 tocaron Tupac Condori en el bombo y Iolo Penhallow en el oboe."]
    for doc, lang in ((en, "en"), (es, "es")):
        drafts = derive_drafts(document(doc), lang)
        lists = accepts_for(drafts, "Iolo Penhallow")
        assert lists, typed_accepts(drafts)
        assert all("Penhallow" in a for a in lists), lists


def test_two_names_listed_with_their_parts_under_given_names_are_peoples() -> None:
    """«tocaron Jaime Torres en el charango y Domingo Cura en la percusión», "Jaime Torres on
    the charango and Domingo Cura on the drums": both surnames are words of the language
    («torres», «cura»), so neither name reads as a person's by itself, but two names each
    opening with a given name and listed with their parts are two people: each accepts its
    surname (integrator, after this session's end review; own texts)."""
    en = [*BAND, "At the festival of 1971 Jaime Torres played the charango and Domingo Cura the drums."]
    es = [*BANDA, "En el festival de 1971 tocaron Jaime Torres en el charango y Domingo Cura en la percusión."]
    for doc, lang in ((en, "en"), (es, "es")):
        drafts = derive_drafts(document(doc), lang)
        for full, surname in (("Jaime Torres", "Torres"), ("Domingo Cura", "Cura")):
            lists = accepts_for(drafts, full)
            assert lists, (lang, full, typed_accepts(drafts))
            assert all(surname in a for a in lists), (lang, lists)
