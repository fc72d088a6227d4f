"""Typed answers a learner who read the text types for the same thing (accepts, issue 10): an
acronym and the full name the document gives it, either way and anywhere in the document; a
person's surname alone; a competition without its generic head word; a negated adjective's
other prefix. Never a form that names another thing of the document. Own texts, English and
Spanish."""
from __future__ import annotations

import pytest

from quizapp.derive import derive_drafts
from quizapp.derive.accept_variants import DraftContext, tidy_accept_lists
from quizapp.languages import language_for
from tests.helpers.drafts import accepts_for, document, fill_in_draft, typed_accepts

FISHERIES = [
    "The hake of Saldanha",
    "The Marine Stewardship Council gave the hake fishery of Saldanha its label in 2004.",
    "In 2019 the MSC suspended the label after the catch of juvenile hake rose above 30 per cent.",
    "The World Trade Organization heard the dispute over the Karoo wool tariffs in 1998.",
    "A panel of the WTO ruled against the tariffs in 2001, and the wool growers of Beaufort West lost their subsidy.",
    "The Saldanha Fishermen's Union, the SFU, signed the first quota agreement with the ministry in 1987.",
    "In 1992 the SFU left the agreement after the quota for rock lobster was cut by half.",
]
MINAS = [
    "Las minas de Huanuni",
    "La Cooperativa de Trabajadores del Estaño, la COTRAE, compró en 1985 los hornos de la fundición de Vinto.",
    "En 1990 la COTRAE vendió los hornos a una empresa de Potosí por 200.000 dólares.",
    "La Asociación Uruguaya de Fútbol pagó en 1930 el viaje de los mineros que jugaban en el club de Huanuni.",
    "En 1931 la AUF devolvió al club de Huanuni los trofeos de la primera liga minera.",
]


def _every_list_accepts(lines: list[str], lang: str, key: str, form: str) -> None:
    drafts = derive_drafts(document(lines), lang)
    lists = accepts_for(drafts, key)
    assert lists, (key, typed_accepts(drafts))
    assert all(form in a for a in lists), (key, form, lists)


def test_an_acronym_accepts_the_full_name_the_document_gives_it_anywhere() -> None:
    """"MSC" for the Marine Stewardship Council two paragraphs before, "SFU" for the union
    the text calls "the SFU" in apposition, «COTRAE» (letters from inside the words) for la
    Cooperativa de Trabajadores del Estaño, «AUF» for la Asociación Uruguaya de Fútbol."""
    _every_list_accepts(FISHERIES, "en", "MSC", "Marine Stewardship Council")
    _every_list_accepts(FISHERIES, "en", "WTO", "World Trade Organization")
    _every_list_accepts(FISHERIES, "en", "SFU", "Saldanha Fishermen's Union")
    _every_list_accepts(MINAS, "es", "COTRAE", "Cooperativa de Trabajadores del Estaño")
    _every_list_accepts(MINAS, "es", "AUF", "Asociación Uruguaya de Fútbol")


WOOL = [
    "The wool boards of the Karoo",
    "The Karoo Wool Board set the first grading rules for merino fleeces in 1931.",
    "The Karoo Water Board dug the first boreholes of the district in 1934.",
    "In 1950 the KWB raised the levy on every bale sent to Port Elizabeth.",
]


def test_an_acronym_two_names_of_the_document_spell_accepts_neither() -> None:
    """"KWB" may be the wool board or the water board: the text does not say which, and each
    name is another thing of the document."""
    drafts = derive_drafts(document(WOOL), "en")
    lists = accepts_for(drafts, "KWB")
    assert lists, typed_accepts(drafts)
    assert all("Karoo Wool Board" not in a and "Karoo Water Board" not in a for a in lists), lists


FINAL = [
    "The final of Montevideo",
    "Uruguay won the final of the tournament by four goals to two in the Centenario stadium in 1930.",
    "The forward Pedro Cea equalised in the 57th minute, after a cross from the left wing.",
    "Twelve minutes later Santos Iriarte scored from outside the area for the home side.",
    "The striker Tom Field scored twice for the Glasgow side in the final of 1962.",
    "The goalkeeper Jack Bell saved two penalties in 1964, and his brother Ted Bell coached the reserves.",
]
FINAL_ES = [
    "La final de Montevideo",
    "Uruguay ganó la final del torneo por cuatro goles a dos en el estadio Centenario en 1930.",
    "El delantero Pedro Cea empató el partido en el minuto 57, tras un centro desde la izquierda.",
    "Doce minutos después Santos Iriarte marcó desde fuera del área para el equipo local.",
    "El arquero Luis Campo paró tres penales en la final de 1967.",
    "El zaguero Juan Bello jugó en 1970 con su hermano, el volante Mario Bello.",
]


@pytest.mark.parametrize(("lang", "lines", "key", "surname"), [
    ("en", FINAL, "Pedro Cea", "Cea"),
    ("en", FINAL, "Santos Iriarte", "Iriarte"),
    ("en", FINAL, "Tom Field", "Field"),
    ("es", FINAL_ES, "Pedro Cea", "Cea"),
    ("es", FINAL_ES, "Santos Iriarte", "Iriarte"),
    ("es", FINAL_ES, "Luis Campo", "Campo"),
])
def test_a_players_surname_is_accepted_as_the_sports_text_calls_him(lang: str, lines: list[str], key: str, surname: str) -> None:
    """A sports text names its players by their position ("the forward", «el arquero») or by
    what they do on the field ("scored", «marcó»): a person, whose surname alone is what a
    learner types, even where it is a word of general text ("Cea", «Campo», "Field")."""
    _every_list_accepts(lines, lang, key, surname)


@pytest.mark.parametrize(("lang", "lines", "key", "surname"), [
    ("en", FINAL, "Jack Bell", "Bell"),
    ("es", FINAL_ES, "Juan Bello", "Bello"),
])
def test_a_surname_two_players_share_is_not_accepted_alone(lang: str, lines: list[str], key: str, surname: str) -> None:
    drafts = derive_drafts(document(lines), lang)
    assert all(surname not in a for a in accepts_for(drafts, key)), typed_accepts(drafts)


CUPS = [
    "The cups of the south",
    "In 1960 Peñarol won the first Copa Libertadores after beating Olimpia in a final of two matches.",
    "The Hollins Trophy went to the rowing club of Tarvin in 1911, after a race of four miles.",
    "In 1923 the Kelso crew won the Scottish Cup on the river at Perth.",
    "The Lanark Cup was first rowed in 1901, and the town of Lanark paid for the silver.",
]
COPAS = [
    "Las copas del sur",
    "En 1960 Peñarol ganó la primera Copa Libertadores tras vencer a Olimpia en una final de dos partidos.",
    "El Trofeo Teresa Herrera se jugó por primera vez en 1946 en el estadio de Riazor.",
    "En 1953 el Premio Nadal fue para una novela sobre los pescadores de Tarifa.",
    "La Copa Montevideo se disputó en 1953, y la ciudad de Montevideo pagó los trofeos.",
]


@pytest.mark.parametrize(("lang", "lines", "key", "short"), [
    ("en", CUPS, "Copa Libertadores", "Libertadores"),
    ("en", CUPS, "Hollins Trophy", "Hollins"),
    ("es", COPAS, "Copa Libertadores", "Libertadores"),
    ("es", COPAS, "Trofeo Teresa Herrera", "Teresa Herrera"),
    ("es", COPAS, "Premio Nadal", "Nadal"),
])
def test_a_competition_is_accepted_without_its_generic_head_word(lang: str, lines: list[str], key: str, short: str) -> None:
    """«Libertadores» for la Copa Libertadores, "Hollins" for the Hollins Trophy: the head word
    (Copa, Cup, Trophy, Prize, Premio, Council, Consejo) says only what kind of thing the rest
    names, and a learner drops it."""
    _every_list_accepts(lines, lang, key, short)


@pytest.mark.parametrize(("lang", "lines", "key", "short"), [
    ("en", CUPS, "Scottish Cup", "Scottish"),  # an adjective, no name
    ("en", CUPS, "Lanark Cup", "Lanark"),  # the text's town
    ("es", COPAS, "Copa Montevideo", "Montevideo"),  # the text's city
])
def test_a_competition_keeps_its_head_word_where_the_rest_is_no_name_of_its_own(lang: str, lines: list[str], key: str, short: str) -> None:
    drafts = derive_drafts(document(lines), lang)
    lists = [a for a in typed_accepts(drafts) if a and a[0].endswith(key)]  # «La Copa Montevideo»
    assert lists, typed_accepts(drafts)
    assert all(short not in a for a in lists), lists


def _tidied(lang: str, key: str, document_text: str) -> list[str]:
    draft = fill_in_draft("«The ministry called it ____.»" if key[:1].islower() else "«In 1851 the ____ bought it.»", key)
    tidy_accept_lists(draft, DraftContext(language_for(lang), frozenset(), document_text))
    return [str(a) for a in draft.item["accept"]]


@pytest.mark.parametrize(("lang", "key", "forms"), [
    ("en", "non-sustainable fishing", ["unsustainable fishing", "nonsustainable fishing"]),
    ("en", "unsustainable", ["non-sustainable", "nonsustainable"]),
    ("en", "non-reversible", ["irreversible"]),
    ("es", "pesca no sostenible", ["pesca insostenible"]),
    ("es", "insostenibles", ["no sostenibles"]),
    ("es", "ilegal", ["no legal"]),
])
def test_a_negated_adjective_accepts_its_other_negation(lang: str, key: str, forms: list[str]) -> None:
    """"unsustainable" for "non-sustainable fishing", «pesca insostenible» for «pesca no
    sostenible»: the prefixes non-, un-, in- (im-, il-, ir-) and «no» over the same stem are one
    answer, where the other form is a word of the language."""
    accepted = _tidied(lang, key, "")
    assert all(f in accepted for f in forms), accepted


@pytest.mark.parametrize(("lang", "key", "refused"), [
    ("en", "invaluable", "non-valuable"),  # invaluable is no "not valuable"
    ("en", "inflammable", "non-flammable"),
    ("en", "non-toxic", "untoxic"),  # no word
    ("es", "importante", "no portante"),  # no prefix: «portante» is another, rarer word
    ("es", "inflamable", "no flamable"),
])
def test_a_word_that_only_looks_negated_keeps_its_meaning(lang: str, key: str, refused: str) -> None:
    assert refused not in _tidied(lang, key, "")


def test_a_two_letter_acronym_accepts_only_the_name_beside_it() -> None:
    """"US" may stand for any two words: "Upper Saxony" written elsewhere is no answer for it,
    the name bracketed before it is ("the Ulster Society (US)")."""
    assert "Upper Saxony" not in _tidied("en", "US", "The wool of Upper Saxony was sold in 1850. The US bought it in 1851.")
    assert "Ulster Society" in _tidied("en", "US", "The Ulster Society (US) bought the wool in 1851. In 1852 the US sold it.")
