"""The eleventh review's failure kinds (a Spanish encyclopedic text on a Roman mine): an era
written with full stops ("a. C.", "d. C.") cut sentences in two and became a numeric unit ("73
d"), and an area in "kilómetros cuadrados" was asked in "kilómetros"."""
from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts
from quizapp.derive.extract import read_facts
from quizapp.languages import language_for

ROMAN_MINE = [
    Paragraph(1, "La explotación romana", is_heading=True),
    Paragraph(2, "La mina se abrió en el siglo I a. C. durante el principado de Augusto, según los arqueólogos de León."),
    Paragraph(3, "Plinio visitó la zona hacia el año 73 d. C. y describió las galerías que los mineros excavaban en Carucedo."),
    Paragraph(4, "El paraje protegido ocupa unos 11 kilómetros cuadrados entre Ponferrada y el valle del río Cabrera."),
]


def test_an_era_with_full_stops_does_not_end_a_sentence() -> None:
    lang = language_for("es")
    text = ROMAN_MINE[1].text
    assert [text[a:b] for a, b in lang.split_sentences(text)] == [text]
    shown = [str(d.item.get(f, "")) for d in derive_drafts(ROMAN_MINE, "es") for f in ("prompt", "passage", "front")]
    assert not [s for s in shown if s.lstrip("«“\"").startswith("C. ")], shown


def test_a_year_of_an_era_is_no_figure_with_a_unit() -> None:
    numerics = [d.item for d in derive_drafts(ROMAN_MINE, "es") if d.item.get("type") == "numeric"]
    assert not [i for i in numerics if i.get("unit") in ("d", "a", "C")], numerics


def test_an_area_keeps_its_square_unit() -> None:
    numerics = [d.item for d in derive_drafts(ROMAN_MINE, "es") if d.item.get("type") == "numeric" and d.item["answer"] == 11]
    assert numerics, "the case must draft the area"
    assert {i.get("unit") for i in numerics} == {"kilómetros cuadrados"}, numerics



def test_a_letter_joined_to_a_common_noun_is_no_place() -> None:
    """Review 9: "results from ____ and ultraviolet radiation" offered Canada, Chile and Malmö
    beside X-rays, which the word before it had read as a place ("from X-rays")."""
    facts = read_facts([(2, "The signal results from X-rays and ultraviolet radiation striking the upper atmosphere in Canada.")], language_for("en"))
    kinds = {m.text: m.kind for s in facts.sentences for m in s.mentions}
    assert kinds.get("Canada") == "place"  # the sentence's real place is still read as one
    assert kinds.get("X-rays") != "place", kinds
