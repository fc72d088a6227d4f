"""kinds13: failure kinds from the end reviews of two unseen pairs, each fixed generally and
tested on our own small texts (EN and ES, topics of our own)."""
from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts
from quizapp.derive.titled_names import described_before
from quizapp.languages import language_for


def _typed_accepts(paragraphs: list[Paragraph], language: str) -> dict[str, list[str]]:
    """Every fill-in gap's accept list (ready or not), by its first answer."""
    return {d.item["accept"][0]: d.item["accept"] for d in derive_drafts(paragraphs, language) if d.item.get("type") == "fill_in"}


LIGHT_EN = [
    Paragraph(1, "Measuring light", is_heading=True),
    Paragraph(2, "A better figure for the speed of light came in 1849 from the French physicist Hippolyte Fizeau and a toothed wheel spinning between two hills."),
    Paragraph(3, "The rotating mirror is attributed to the nineteenth-century experimenter Léon Foucault, and its value was within one per cent."),
]
EXPEDITION_ES = [
    Paragraph(1, "La expedición botánica", is_heading=True),
    Paragraph(2, "Las láminas de la expedición se atribuyen al pintor quiteño Salvador Rizo, a cargo del taller de dibujo durante veinte años."),
    Paragraph(3, "La quina del norte fue descrita en 1810 en los papeles del geógrafo Francisco Caldas, fusilado en 1816."),
]


def test_a_name_after_a_profession_like_noun_accepts_the_surname() -> None:
    """The review: "attributed to the nineteenth-century pathologist Rudolf Virchow" refused
    "Virchow". A noun of a profession ("experimenter", "geógrafo") right before a two- or
    three-word capitalised name marks a person, even when the language's role list lacks it."""
    en, es = _typed_accepts(LIGHT_EN, "en"), _typed_accepts(EXPEDITION_ES, "es")
    assert "Foucault" in en["Léon Foucault"], en.get("Léon Foucault")
    assert "Caldas" in es["Francisco Caldas"], es.get("Francisco Caldas")
    en_lang, es_lang = language_for("en"), language_for("es")
    assert described_before("attributed to the nineteenth-century pathologist ", en_lang)
    assert described_before("en los papeles del cartógrafo ", es_lang)
    # A vessel, a building or a road before a name is no profession.
    assert not described_before("the crew of the steamer ", en_lang)
    assert not described_before("they walked along the river ", en_lang)
    assert not described_before("por la carretera ", es_lang)
    assert not described_before("Foucault was a careful experimenter. ", en_lang)


def test_the_surname_stays_refused_when_another_person_shares_it() -> None:
    shared = [*LIGHT_EN, Paragraph(4, "His son, the engineer Jean Foucault, built the clockwork in 1862.")]
    accepts = _typed_accepts(shared, "en")
    assert "Foucault" not in accepts["Léon Foucault"], accepts["Léon Foucault"]
