"""Accept lists that take every equally right answer, second round (accept5, issue 10), on
texts of my own, in English and Spanish, through the grader a learner's answer goes to
(typed_answer_matches):

- a person's full name whose role stands in apposition after it, behind a word of time
  ("Dan Marlow, then minister for fisheries, ..."): the surname alone;
- British and American spellings with typos off ("defence"/"defense", "programme"/"program");
- a surname's gap before a verb and a person's possessive ("____ lost his seat", «____ perdió
  su escaño»): the full name the document gives elsewhere;
- a body named with its country or town ("the Fiji Nurses' Association", «la Asociación de
  Enfermeras de Fiyi»): the name without it.

Each with the neighbouring wrong answer (another person's surname, another association, another
word) still refused.
"""
from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import accepts_for, document, graded_right, tidied_accepts




def _lists(lines: list[str], lang: str, key: str) -> list[list[str]]:
    lists = accepts_for(derive_drafts(document(lines), lang), key)
    assert lists, key
    return lists


def test_a_role_after_the_name_behind_a_word_of_time_makes_a_person() -> None:
    """"Dan Marlow, then minister for fisheries, linked the loan to the reform": "Marlow" (the
    role in apposition says a person, whatever the given name's frequency); "Tavita Ioane, a
    former minister of health, ...": "Ioane"; «Tavita Ioane, entonces ministra de Salud, ...»:
    «Ioane». The other person of the text stays wrong."""
    en = [
        "Loans",
        "Dan Marlow, then minister for fisheries, linked the loan to the reform.",
        "In 2015 Tavita Ioane, a former minister of health, opposed the loan.",
        "The loan was paid back in 2019.",
    ]
    for key, surname, other in (("Dan Marlow", "Marlow", "Ioane"), ("Tavita Ioane", "Ioane", "Marlow")):
        for accept in _lists(en, "en", key):
            assert graded_right(accept, surname, "en"), (key, accept)
            assert not graded_right(accept, other, "en"), (key, accept)
    es = [
        "Préstamos",
        "En 2015 Tavita Ioane, entonces ministra de Salud, rechazó el préstamo.",
        "Dan Marlow, por entonces ministro de Pesca, vinculó el préstamo a la reforma.",
        "El préstamo se pagó en 2019.",
    ]
    for key, surname, other in (("Tavita Ioane", "Ioane", "Marlow"), ("Dan Marlow", "Marlow", "Ioane")):
        for accept in _lists(es, "es", key):
            assert graded_right(accept, surname, "es"), (key, accept)
            assert not graded_right(accept, other, "es"), (key, accept)


SPELLINGS = (
    ("defence", "defense"), ("licence", "license"), ("colour", "color"), ("harbour", "harbor"),
    ("organise", "organize"), ("centre", "center"), ("metre", "meter"), ("catalogue", "catalog"),
    ("travelled", "traveled"), ("programme", "program"), ("offences", "offenses"), ("plough", "plow"),
    ("mould", "mold"), ("judgement", "judgment"), ("jewellery", "jewelry"), ("sulphur", "sulfur"),
    ("the defence ministry", "the defense ministry"), ("a driving licence", "a driving license"),
)


def test_british_and_american_spellings_are_one_answer_with_typos_off() -> None:
    """Whichever spelling the document writes, the other is right too, for a short word or
    where typos are off ("defence"/"defense", "programme"/"program", "grey"/"gray"), inside a
    longer answer too; another word stays wrong ("offence" is no "defence", "story" no
    "storey", "gram" no "program")."""
    for british, american in SPELLINGS:
        assert graded_right([british], american, "en"), (british, american)
        assert graded_right([american], british, "en"), (american, british)
    for key, wrong in (("defence", "offence"), ("defense", "offense"), ("storey", "story"), ("program", "gram"), ("license", "licensed")):
        assert not graded_right([key], wrong, "en"), (key, wrong)


SEATS_EN = [
    "Elections",
    "Sione Talaka won the eastern seat in 2014, beating Lavinia Vaipulu by forty votes.",
    "Talaka lost his seat at the election of 2024.",
    "Vaipulu kept her post on the council.",
]
SEATS_ES = [
    "Elecciones",
    "Sione Talaka ganó el escaño del este en 2014, por delante de Lavinia Vaipulu.",
    "Talaka perdió su escaño en las elecciones de 2024.",
    "Vaipulu conservó su puesto en el consejo.",
]


def test_a_surname_before_a_verb_and_a_possessive_accepts_the_full_name() -> None:
    """"____ lost his seat at the election of 2024" keyed "Talaka", the document naming "Sione
    Talaka" once: "Sione Talaka" (a verb and "his"/"her"/"their" after the gap say a person);
    «____ perdió su escaño» keyed «Talaka»: «Sione Talaka». The other candidate stays wrong;
    where two people share the surname, neither full name is added."""
    en = tidied_accepts("en", "____ lost his seat at the election of 2024.", "Talaka", SEATS_EN)
    assert graded_right(en, "Sione Talaka", "en") and graded_right(en, "Talaka", "en"), en
    assert not graded_right(en, "Lavinia Vaipulu", "en") and not graded_right(en, "Vaipulu", "en"), en
    her = tidied_accepts("en", "____ kept her post on the council.", "Vaipulu", SEATS_EN)
    assert graded_right(her, "Lavinia Vaipulu", "en") and not graded_right(her, "Sione Talaka", "en"), her
    es = tidied_accepts("es", "____ perdió su escaño en las elecciones de 2024.", "Talaka", SEATS_ES)
    assert graded_right(es, "Sione Talaka", "es") and not graded_right(es, "Lavinia Vaipulu", "es"), es
    su = tidied_accepts("es", "____ conservó su puesto en el consejo.", "Vaipulu", SEATS_ES)
    assert graded_right(su, "Lavinia Vaipulu", "es"), su
    two = tidied_accepts("en", "____ lost his seat at the election of 2024.", "Talaka", [*SEATS_EN, "His sister Lupe Talaka ran in 2027."])
    assert two == ["Talaka"], two


def test_a_thing_before_a_possessive_is_no_person() -> None:
    """"____ lost its licence" (a thing: "its") or a gap right before "and his" (no verb) adds
    no full name of a person the surname's word names."""
    lines = ["Boats", "The Talaka sailed from Apia under Sione Talaka.", "Talaka lost its licence in 2020."]
    assert tidied_accepts("en", "____ lost its licence in 2020.", "Talaka", lines) == ["Talaka"]
    assert tidied_accepts("en", "____ and his crew sailed from Apia.", "Talaka", lines) == ["Talaka"]


def test_a_body_named_with_its_country_or_town_first_is_accepted_without_it() -> None:
    """"The ____ called a strike" keyed "Fiji Nurses' Association": "Nurses' Association",
    "the Nurses' Association" (what a reader of the text types); «la Asociación de Enfermeras
    de Fiyi»: «Asociación de Enfermeras»; "the Lautoka Dockworkers' Union", the document
    naming the town alone: "Dockworkers' Union". Not where another body of the document
    shares the short form (the Samoa Nurses' Association), nor a short form of one word
    ("Fiji Association": "Association" names any)."""
    en = ["Nurses", "The Fiji Nurses' Association called a strike in 2019.", "The strike closed two wards in Suva."]
    nurses = tidied_accepts("en", "The ____ called a strike in 2019.", "Fiji Nurses' Association", en)
    for typed in ("Nurses' Association", "the Nurses' Association", "Nurses Association"):
        assert graded_right(nurses, typed, "en"), (typed, nurses)
    assert not graded_right(nurses, "Teachers' Association", "en"), nurses
    again = tidied_accepts("en", "The ____ called a strike in 2019.", "Fiji Nurses' Association", [*en, "The Nurses' Association won."])
    assert graded_right(again, "Nurses' Association", "en"), again
    town = ["Docks", "The Lautoka Dockworkers' Union closed the port in 1998.", "Lautoka lost its sugar trade soon after."]
    union = tidied_accepts("en", "The ____ closed the port in 1998.", "Lautoka Dockworkers' Union", town)
    assert graded_right(union, "Dockworkers' Union", "en"), union
    shared = [*en, "The Samoa Nurses' Association sent money."]
    assert not graded_right(tidied_accepts("en", "The ____ called a strike in 2019.", "Fiji Nurses' Association", shared), "Nurses' Association", "en")
    one = tidied_accepts("en", "The ____ met in 2019.", "Fiji Association", ["Fiji", "The Fiji Association met in 2019."])
    assert not graded_right(one, "Association", "en"), one
    es = ["Enfermeras", "La Asociación de Enfermeras de Fiyi convocó una huelga en 2019.", "La huelga cerró dos salas."]
    asociacion = tidied_accepts("es", "La ____ convocó una huelga en 2019.", "Asociación de Enfermeras de Fiyi", es)
    for typed in ("Asociación de Enfermeras", "la Asociación de Enfermeras", "Asociacion de Enfermeras"):
        assert graded_right(asociacion, typed, "es"), (typed, asociacion)
    assert not graded_right(asociacion, "Asociación de Maestras", "es"), asociacion
    es_shared = [*es, "La Asociación de Enfermeras de Samoa envió dinero."]
    assert not graded_right(tidied_accepts("es", "La ____ convocó una huelga en 2019.", "Asociación de Enfermeras de Fiyi", es_shared), "Asociación de Enfermeras", "es")
