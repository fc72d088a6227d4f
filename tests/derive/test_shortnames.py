"""Names a learner types short or long (issue 10, shortnames): a surname after a particle and
a capitalised article ("La Roche" of Pierre de La Roche) or a lower-case one («Peña» of Juan de
la Peña); a title, an honorific or a religious order before a name out of the key ("Pandit Ram
Sharan Verma": Ram Sharan Verma, "Verma"); a person named with an office in apposition («El
alcaide del faro, Hugo Galindo, ...»: «Galindo»); an award by the name the text also drops its
tag from ("the Latin Grammy" ... "the Grammy"), a region by its other everyday name
(«Latinoamérica», «América Latina»). Never a form that is another entity of the document: two
people of one surname, a surname that is also a town of the text. Own texts, English and
Spanish, on lighthouses."""
from __future__ import annotations

from quizapp.derive import Draft, derive_drafts
from tests.helpers.drafts import accepts_for, document, typed_accepts

LIGHTS = [
    "The lighthouses of Carrow",
    "Pierre de La Roche built the first stone tower on the cape in 1702.",
    "In 1730 the Jesuit Tomás de Aranda mapped the reefs below the tower.",
    "Pandit Ram Sharan Verma taught the keepers' children to read from 1901 to 1930.",
    "Rabbi Eliezer Marcovitz blessed the new lamp in the winter of 1801.",
    "The harbour warden, Faith Oldroyd, closed the quay to barges in 1884.",
    "In 1990 the keepers' choir won the Latin Grammy for its sea songs; the Grammy still hangs in the tower.",
]
FAROS = [
    "Los faros de Carrow",
    "Juan de la Peña levantó la primera torre de piedra del cabo en 1702.",
    "En 1730 el jesuita Tomás de Aranda dibujó los arrecifes bajo la torre.",
    "El maestro Ramón de la Cuesta enseñó a leer a los hijos de los fareros desde 1901.",
    "Fray Bartolomé de Olmedo bendijo la nueva lámpara del faro y la torre de los fareros.",
    "El alcaide del faro, Hugo Galindo, cerró el muelle a las barcazas en 1884.",
    "Monseñor Ataúlfo Requena visitó la torre con el obispo en 1850.",
    "En 1990 el coro de los fareros ganó el Grammy Latino por sus canciones; el Grammy sigue colgado en la torre.",
    "El aceite del faro se compraba en Latinoamérica hacia 1920, y en América Latina se copiaron sus lámparas.",
]


def _accepted(drafts: list[Draft], key: str, *forms: str) -> None:
    lists = accepts_for(drafts, key)
    assert lists, (key, typed_accepts(drafts))
    for form in forms:
        assert all(form in a for a in lists), (key, form, lists)


def test_a_surname_after_a_particle_is_accepted_with_its_article() -> None:
    """"Pierre de La Roche": "de La Roche", "La Roche"; «Juan de la Peña»: «de la Peña», «Peña»
    (a common word, but the surname of a named person), «Ramón de la Cuesta» after «el
    maestro»: «Cuesta»."""
    _accepted(derive_drafts(document(LIGHTS), "en"), "Pierre de La Roche", "de La Roche", "La Roche")
    drafts = derive_drafts(document(FAROS), "es")
    _accepted(drafts, "Juan de la Peña", "de la Peña", "Peña")
    _accepted(drafts, "Ramón de la Cuesta", "de la Cuesta", "Cuesta")


def test_a_religious_order_before_a_name_with_a_particle() -> None:
    """"the Jesuit Tomás de Aranda", «el jesuita Tomás de Aranda»: the key is Tomás de Aranda,
    and "de Aranda", "Aranda" are accepted."""
    for lines, lang in ((LIGHTS, "en"), (FAROS, "es")):
        drafts = derive_drafts(document(lines), lang)
        assert not accepts_for(drafts, "Jesuit Tomás de Aranda"), typed_accepts(drafts)
        _accepted(drafts, "Tomás de Aranda", "de Aranda", "Aranda")


def test_an_honorific_is_no_part_of_the_key() -> None:
    """"Pandit Ram Sharan Verma" is Ram Sharan Verma ("Verma"), "Rabbi Eliezer Marcovitz"
    Eliezer Marcovitz ("Marcovitz"), «Fray Bartolomé de Olmedo» Bartolomé de Olmedo («Olmedo»),
    «Monseñor Ataúlfo Requena» Ataúlfo Requena («Requena», never «Ataúlfo»)."""
    drafts = derive_drafts(document(LIGHTS), "en")
    assert not [a for a in typed_accepts(drafts) if a[0].startswith(("Pandit", "Rabbi"))], typed_accepts(drafts)
    _accepted(drafts, "Ram Sharan Verma", "Verma")
    _accepted(drafts, "Eliezer Marcovitz", "Marcovitz")
    drafts = derive_drafts(document(FAROS), "es")
    assert not [a for a in typed_accepts(drafts) if a[0].startswith(("Fray", "Monseñor"))], typed_accepts(drafts)
    _accepted(drafts, "Bartolomé de Olmedo", "de Olmedo", "Olmedo")
    _accepted(drafts, "Ataúlfo Requena", "Requena")
    assert all("Ataúlfo" not in a for a in accepts_for(drafts, "Ataúlfo Requena")), accepts_for(drafts, "Ataúlfo Requena")


def test_an_office_in_apposition_says_a_person() -> None:
    """"The harbour warden, Faith Oldroyd, closed ...": "Oldroyd" (the given name is a common
    word); «El alcaide del faro, Hugo Galindo, cerró ...»: «Galindo»."""
    _accepted(derive_drafts(document(LIGHTS), "en"), "Faith Oldroyd", "Oldroyd")
    _accepted(derive_drafts(document(FAROS), "es"), "Hugo Galindo", "Galindo")


def test_a_tagged_award_by_the_name_the_text_also_writes() -> None:
    """"the Latin Grammy ... the Grammy": "Grammy" too, and «el Grammy Latino ... el Grammy»."""
    _accepted(derive_drafts(document(LIGHTS), "en"), "Latin Grammy", "Grammy Latino", "Grammy")
    _accepted(derive_drafts(document(FAROS), "es"), "Grammy Latino", "Latin Grammy", "Grammy")


def test_a_region_by_its_other_everyday_name() -> None:
    """«Latinoamérica» and «América Latina» are one region: each accepts the other."""
    drafts = derive_drafts(document(FAROS), "es")
    _accepted(drafts, "Latinoamérica", "América Latina")
    _accepted(drafts, "América Latina", "Latinoamérica")


SHARED = [
    "The lighthouses of Carrow",
    "Pierre de La Roche and his cousin Marie de La Roche built the first stone tower on the cape in 1702.",
    "In 1730 the Jesuit Tomás de Aranda mapped the reefs below the tower.",
    "The keepers' wives came from the town of Aranda, far inland.",
    "In 1990 the keepers' choir won a Grammy and a Latin Grammy for its sea songs.",
    "The county surveyor, Alice Brennan, wrote the report on the reefs in 1870.",
    "The surveyor's assistants came from the village of Brennan on the far shore.",
]


def test_a_short_form_that_is_another_entity_is_not_accepted() -> None:
    """Two people called de La Roche: neither gap accepts "La Roche" or "de La Roche"; a town
    of Aranda: "Aranda" names it, not the Jesuit, and "the village of Brennan" is not Alice
    Brennan; "a Grammy and a Latin Grammy": two awards."""
    drafts = derive_drafts(document(SHARED), "en")
    for key in ("Pierre de La Roche", "Marie de La Roche"):
        assert all("La Roche" not in a and "de La Roche" not in a for a in accepts_for(drafts, key)), accepts_for(drafts, key)
    assert accepts_for(drafts, "Tomás de Aranda") and all("Aranda" not in a for a in accepts_for(drafts, "Tomás de Aranda")), typed_accepts(drafts)
    assert all("Grammy" not in a for a in accepts_for(drafts, "Latin Grammy")), accepts_for(drafts, "Latin Grammy")
    assert accepts_for(drafts, "Alice Brennan") and all("Brennan" not in a for a in accepts_for(drafts, "Alice Brennan")), typed_accepts(drafts)


GERMANOS = [
    "Los faros de Carrow",
    "En 1790 Karl von Stetten midió la altura de la torre con un barómetro.",
    "El profesor Hendrik van der Berg pulió la primera lente del faro en 1871.",
]


def test_a_german_or_dutch_particle_in_a_spanish_text() -> None:
    """«Karl von Stetten», «Hendrik van der Berg» in a Spanish text are one name each (not
    «Karl» and «Stetten»), accepted as «von Stetten», «Stetten», «van der Berg», «Berg»."""
    drafts = derive_drafts(document(GERMANOS), "es")
    _accepted(drafts, "Karl von Stetten", "von Stetten", "Stetten")
    _accepted(drafts, "Hendrik van der Berg", "van der Berg", "Berg")
