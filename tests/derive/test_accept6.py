"""Accept lists that take what a learner who read the text types, third round (accept6, issue
10), on texts of my own, in English and Spanish, through the grader a learner's answer goes to
(typed_answer_matches):

- a person's full name: the surname (Spanish: the first surname, or both; a name of two given
  names and two surnames; the part the text itself writes alone, "Ruiz" of Carlos Ruiz Medina),
  never the given name alone, even where the text writes it alone ("Ana" of Ana Lucía Pérez
  Ortega); a surname's gap: the whole name the document writes, every given name in it; a
  given name's gap ("Ana", the text's short name for her): the whole name and the surname;
- a named operation, project, plan or programme: its own name («Operación Tormenta»: «Tormenta»,
  "Project Blue Line": "Blue Line");
- a body keyed with its national adjective ("the Peruvian Ministry of Health"): the body's name
  ("Ministry of Health"), where the document names no other such body;
- a renamed city or country keyed by one name: the other ("Bombay"/"Mumbai", «Ceilán»/«Sri Lanka»);
- a multi-word key whose other word has a real word a typo away («agua fluyente»: «agua» ~
  «aguda»): a slip in the word with none ("fluyentte") is forgiven, the real word ("aguda") not.

Each with the neighbouring wrong answer still refused.
"""
from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import accepts_for, document, graded_right, tidied_accepts


def _lists(lines: list[str], lang: str, key: str) -> list[list[str]]:
    lists = accepts_for(derive_drafts(document(lines), lang), key)
    assert lists, key
    return lists


CANAL_EN = [
    "Irrigation",
    "In 1998 Ana Lucía Pérez Ortega designed the main canal of the valley.",
    "The canal watered twelve thousand hectares of orchards.",
    "Years later, Ana argued for charging farmers by volume.",
]
CANAL_ES = [
    "Riego",
    "En 1998 Ana Lucía Pérez Ortega diseñó el canal principal del valle.",
    "El canal llevó agua a doce mil hectáreas de frutales.",
    "Años después, Ana defendió el cobro por volumen.",
]


def test_a_full_name_accepts_the_surname_never_the_given_name() -> None:
    """"Ana Lucía Pérez Ortega", the text writing "Ana" alone later: "Pérez", "Pérez Ortega"
    (a person is called by the surname; Spanish: the first, or both), never "Ana", "Ana Lucía"
    or "Lucía"; in Spanish never the second surname alone («Ortega»)."""
    for lang, lines in (("en", CANAL_EN), ("es", CANAL_ES)):
        for accept in _lists(lines, lang, "Ana Lucía Pérez Ortega"):
            for typed in ("Pérez", "Perez Ortega", "Ana Lucía Pérez Ortega"):
                assert graded_right(accept, typed, lang), (lang, typed, accept)
            for typed in ("Ana", "Ana Lucía", "Lucía"):
                assert not graded_right(accept, typed, lang), (lang, typed, accept)
    for accept in _lists(CANAL_ES, "es", "Ana Lucía Pérez Ortega"):
        assert not graded_right(accept, "Ortega", "es"), accept


def test_three_word_names_accept_their_surname() -> None:
    """"Ana Pérez Ortega" in an English text: "Pérez Ortega" is refused no more than
    "Ortega"; "Rajesh Kumar Sharma": "Sharma", not "Rajesh" nor "Kumar" (a given and a middle
    name, no particle); "Tomás Eduardo Villanueva Roldán": «Villanueva», not «Eduardo»."""
    en = ["Irrigation", "In 1998 Ana Pérez Ortega designed the main canal of the valley.", "Years later, Ana argued for charging by volume."]
    for accept in _lists(en, "en", "Ana Pérez Ortega"):
        assert graded_right(accept, "Ortega", "en"), accept
        assert not graded_right(accept, "Ana", "en"), accept
    mills = ["Textile mills", "The first mill of the valley was opened by Rajesh Kumar Sharma in 1952.", "It spun cotton from the plains."]
    for accept in _lists(mills, "en", "Rajesh Kumar Sharma"):
        assert graded_right(accept, "Sharma", "en"), accept
        assert not graded_right(accept, "Rajesh", "en") and not graded_right(accept, "Kumar", "en"), accept
    es = ["Pesca", "El biólogo Tomás Eduardo Villanueva Roldán contó los peces del estuario en 2004.", "Sus cifras mostraron una caída del cuarenta por ciento."]
    for accept in _lists(es, "es", "Tomás Eduardo Villanueva Roldán"):
        assert graded_right(accept, "Villanueva", "es") and graded_right(accept, "Villanueva Roldán", "es"), accept
        assert not graded_right(accept, "Eduardo", "es") and not graded_right(accept, "Tomás", "es"), accept


PORT_EN = [
    "Ports",
    "The harbour wall was built under Carlos Ruiz Medina, the port engineer, in 1911.",
    "The wall still shelters the fishing fleet.",
    "Ruiz said the sea would win in the end.",
]


def test_the_part_of_a_name_the_text_writes_alone_is_accepted() -> None:
    """"Carlos Ruiz Medina" ... "Ruiz said": the full name's gap takes "Ruiz" and "Ruiz
    Medina" (the text's own name for him), never "Carlos"; the gap on "Ruiz" takes the whole
    name the document writes ("Carlos Ruiz Medina")."""
    for accept in _lists(PORT_EN, "en", "Carlos Ruiz Medina"):
        assert graded_right(accept, "Ruiz", "en") and graded_right(accept, "Ruiz Medina", "en"), accept
        assert not graded_right(accept, "Carlos", "en"), accept
    ruiz = tidied_accepts("en", "____ said the sea would win in the end.", "Ruiz", PORT_EN)
    assert graded_right(ruiz, "Carlos Ruiz Medina", "en"), ruiz
    es = tidied_accepts("es", "Años después, ____ defendió el cobro por volumen.", "Pérez Ortega", [*CANAL_ES, "Pérez Ortega volvió al ministerio."])
    assert graded_right(es, "Ana Lucía Pérez Ortega", "es"), es


def test_a_named_operation_or_project_is_accepted_by_its_own_name() -> None:
    """«La ____ cortó los puentes» keyed «Operación Tormenta»: «Tormenta»; "Project Blue
    Line": "Blue Line"; "Operation Dry Harvest": "Dry Harvest"; "the Marshall Plan": "Marshall
    Plan" (held already). Another operation, the bare head, a country's plan («Plan Colombia»:
    «Colombia» is the country) and a person's plan ("Marshall") stay wrong."""
    es = ["Guerra", "La Operación Tormenta cortó los puentes del río en 1995.", "La Operación Relámpago siguió en 1996."]
    tormenta = tidied_accepts("es", "La ____ cortó los puentes del río en 1995.", "Operación Tormenta", es)
    assert graded_right(tormenta, "Tormenta", "es") and graded_right(tormenta, "la Operación Tormenta", "es"), tormenta
    assert not graded_right(tormenta, "Relámpago", "es") and not graded_right(tormenta, "Operación", "es"), tormenta
    en = ["Metro", "Project Blue Line added two stations in 2012.", "Operation Dry Harvest cleared the depot in 2013."]
    blue = tidied_accepts("en", "____ added two stations in 2012.", "Project Blue Line", en)
    assert graded_right(blue, "Blue Line", "en") and graded_right(blue, "the Blue Line", "en"), blue
    assert not graded_right(blue, "Dry Harvest", "en") and not graded_right(blue, "Project", "en"), blue
    dry = tidied_accepts("en", "____ cleared the depot in 2013.", "Operation Dry Harvest", en)
    assert graded_right(dry, "Dry Harvest", "en"), dry
    plan = tidied_accepts("en", "Europe was rebuilt with ____ money.", "the Marshall Plan", ["Aid", "Europe was rebuilt with the Marshall Plan money."])
    assert graded_right(plan, "Marshall Plan", "en") and not graded_right(plan, "Marshall", "en"), plan
    colombia = tidied_accepts("es", "El ____ pagó los helicópteros.", "Plan Colombia", ["Ayuda", "El Plan Colombia pagó los helicópteros."])
    assert not graded_right(colombia, "Colombia", "es"), colombia


def test_a_body_keyed_with_its_national_adjective_is_accepted_without_it() -> None:
    """"The ____ ran the campaign" keyed "Peruvian Ministry of Health": "Ministry of Health",
    "the Ministry of Health"; «el Ministerio chileno de Agricultura»: «Ministerio de
    Agricultura»; «el Ministerio de Agricultura de Chile» (held already): «Ministerio de
    Agricultura». Not where the document names another country's ministry of the same name."""
    en = ["Vaccines", "The Peruvian Ministry of Health ran the campaign in 2009.", "It reached two million children."]
    peru = tidied_accepts("en", "The ____ ran the campaign in 2009.", "Peruvian Ministry of Health", en)
    assert graded_right(peru, "Ministry of Health", "en") and graded_right(peru, "the Ministry of Health", "en"), peru
    assert not graded_right(peru, "Ministry of Education", "en"), peru
    two = tidied_accepts("en", "The ____ ran the campaign in 2009.", "Peruvian Ministry of Health", [*en, "The Bolivian Ministry of Health sent nurses."])
    assert not graded_right(two, "Ministry of Health", "en"), two
    es = ["Pozos", "El Ministerio chileno de Agricultura pagó los pozos en 2011.", "Se cavaron cien pozos."]
    chile = tidied_accepts("es", "El ____ pagó los pozos en 2011.", "Ministerio chileno de Agricultura", es)
    assert graded_right(chile, "Ministerio de Agricultura", "es"), chile
    de = ["Pozos", "El Ministerio de Agricultura de Chile pagó los pozos en 2011.", "Se cavaron cien pozos."]
    de_chile = tidied_accepts("es", "El ____ pagó los pozos en 2011.", "Ministerio de Agricultura de Chile", de)
    assert graded_right(de_chile, "Ministerio de Agricultura", "es"), de_chile


def test_a_renamed_city_or_country_accepts_its_other_name() -> None:
    """"The mill moved to ____ in 1950" keyed "Bombay": "Mumbai", and back; "Calcutta" /
    "Kolkata", "Ceylon" / "Sri Lanka", «Pekín» / «Beijing», «Saigón» / «Ciudad Ho Chi Minh».
    Another city stays wrong ("Delhi"); a name inside a longer one ("Madras Regiment") adds
    nothing."""
    for lang, prompt, key, typed, wrong in (
        ("en", "The mill moved to ____ in 1950.", "Bombay", "Mumbai", "Delhi"),
        ("en", "The mill moved to ____ in 1950.", "Mumbai", "Bombay", "Delhi"),
        ("en", "The mill moved to ____ in 1950.", "Calcutta", "Kolkata", "Madras"),
        ("en", "The tea came from ____ in 1890.", "Ceylon", "Sri Lanka", "India"),
        ("en", "The rice came from ____ in 1890.", "Rangoon", "Yangon", "Saigon"),
        ("es", "La fábrica se trasladó a ____ en 1950.", "Pekín", "Beijing", "Shanghái"),
        ("es", "La fábrica se trasladó a ____ en 1950.", "Saigón", "Ciudad Ho Chi Minh", "Hanói"),
        ("es", "El té venía de ____ en 1890.", "Ceilán", "Sri Lanka", "India"),
    ):
        lines = ["Trade", prompt.replace("____", key)]
        accept = tidied_accepts(lang, prompt, key, lines)
        assert graded_right(accept, typed, lang), (key, accept)
        assert not graded_right(accept, wrong, lang), (key, accept)
    regiment = ["Army", "The Madras Regiment marched north in 1942."]
    assert tidied_accepts("en", "The ____ Regiment marched north in 1942.", "Madras", regiment) == ["Madras"]


MILLS_ES = ["Molinos", "Los molinos del valle funcionaban con «agua fluyente» desde el siglo XII.", "El agua movía dos muelas de piedra."]


def test_a_multi_word_key_forgives_a_slip_word_by_word() -> None:
    """The drafter's gap on «agua fluyente» («agua» lies a slip from «aguda», «aguja»; «fluyente»
    from no word) forgives a slip in «fluyente» («agua fluyentte», «agua fluyete»), never the
    real word («aguda fluyente») nor a slip in the word a real word lies near («agau
    fluyente»): the typo tolerance is the word's, not the whole answer's. The grader, with the
    same rule, for a key a teacher writes: "glacial moraine" takes a slip in either word (no
    real word lies near), "tidal basin" in neither ("tidal basn" no: "basin" has "basis",
    "basic" near)."""
    drafts = [d for d in derive_drafts(document(MILLS_ES), "es") if d.item.get("type") == "fill_in" and d.item["accept"][0] == "agua fluyente"]
    assert drafts
    for d in drafts:
        typos = bool(d.item.get("typos"))
        accept = [str(a) for a in d.item["accept"]]
        assert graded_right(accept, "agua fluyentte", "es", typos) and graded_right(accept, "agua fluyete", "es", typos), d.item
        for wrong in ("aguda fluyente", "agau fluyente", "agua"):
            assert not graded_right(accept, wrong, "es", typos), (wrong, d.item)
    assert graded_right(["glacial moraine"], "glacial moriane", "en", True) and graded_right(["glacial moraine"], "glacal moraine", "en", True)
    assert not graded_right(["tidal basin"], "tidal basn", "en", True) and not graded_right(["tidal basin"], "tidal basis", "en", True)


def test_a_given_name_gap_accepts_the_whole_name_and_the_surname() -> None:
    """"Years later, ____ argued ..." keyed "Ana" (the text's own short name for Ana Lucía Pérez
    Ortega): "Pérez", "Pérez Ortega" and the whole name are right too; another person's name
    stays wrong, and where two people share the given name nothing is added."""
    en = tidied_accepts("en", "Years later, ____ argued for charging farmers by volume.", "Ana", CANAL_EN)
    for typed in ("Pérez", "Pérez Ortega", "Ana Lucía Pérez Ortega", "Ana"):
        assert graded_right(en, typed, "en"), (typed, en)
    assert not graded_right(en, "Lucía", "en"), en
    es = tidied_accepts("es", "Años después, ____ defendió el cobro por volumen.", "Ana", CANAL_ES)
    assert graded_right(es, "Pérez", "es") and graded_right(es, "Pérez Ortega", "es") and not graded_right(es, "Ortega", "es"), es
    two = tidied_accepts("es", "Años después, ____ defendió el cobro por volumen.", "Ana", [*CANAL_ES, "Su hermana Ana Ruiz Soto la ayudó."])
    assert two == ["Ana"], two
