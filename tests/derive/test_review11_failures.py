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


REPAIR = [
    Paragraph(1, "The repair", is_heading=True),
    Paragraph(2, "The ship's electrical work had been done in 2019 by Brawner Builders, a contractor from Hunt Valley, before it sailed down the Patapsco River toward the bay."),
]


def _accepted(key: str) -> list[str]:
    """The accept lists of the fill-in drafts (ready or not) whose first answer is ``key``."""
    lists = [d.item["accept"] for d in derive_drafts(REPAIR, "en") if d.item.get("type") == "fill_in" and d.item["accept"][0] == key]
    assert lists, f"the case must draft a gap on {key}"
    return lists[0]


def test_a_river_is_accepted_without_the_word_river() -> None:
    """Review 11: only "Patapsco River" was accepted, and "Patapsco" is what people say."""
    assert "Patapsco" in _accepted("Patapsco River")


def test_a_firm_is_accepted_by_its_own_word_never_by_its_plural_noun() -> None:
    """Review 11: "Builders" (any guess of a builder) was accepted for Brawner Builders, and
    "Brawner", its distinctive word, was not."""
    accepted = _accepted("Brawner Builders")
    assert "Brawner" in accepted and "Builders" not in accepted, accepted
