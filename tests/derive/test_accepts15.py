"""Typed answers a learner who read the text types for the same thing (accepts, issue 10): an
acronym and the full name the document gives it, either way and anywhere in the document; a
person's surname alone; a competition without its generic head word; a negated adjective's
other prefix. Never a form that names another thing of the document. Own texts, English and
Spanish."""
from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import accepts_for, document, typed_accepts

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
