"""cards2 (issue 10): a card's back answers what its front asks, on texts of our own (an island's
budget, a wine valley, an orchard trust, a fishermen's guild; EN and ES). A person's card does not
give only a past role where the text reports the one the person holds now or took later; a term
card's back is what the term is, not a value the text gives of it (a figure), nor a bare name."""
from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts


def _cards(texts: list[str], language: str) -> list[tuple[str, str, list[str]]]:
    paragraphs = [Paragraph(1, "Notes", is_heading=True)] + [Paragraph(i + 2, t) for i, t in enumerate(texts)]
    return [(str(d.item["front"]), str(d.item["back"]), d.problems) for d in derive_drafts(paragraphs, language) if d.kind == "card"]


def _ready_backs(texts: list[str], language: str, name: str) -> list[str]:
    return [back for front, back, problems in _cards(texts, language) if name in front and not problems]


def test_a_past_role_is_not_a_persons_card_where_the_text_says_the_role_changed() -> None:
    """"Jonah Pell, a retired harbour pilot, now chairs the fishermen's council": 'Retired
    harbour pilot' answers who he was, not who the text says he is; «ingeniero de la cooperativa
    hasta su jubilación, fue elegido alcalde» the same. A past role with no later one stays ('a retired harbour pilot,
    said ...')."""
    en = ["Jonah Pell, a retired harbour pilot, now chairs the fishermen's council of the island.",
          "He said that the fuel cut would empty the smaller harbours within five years."]
    assert not any(b.lower().startswith("retired") for b in _ready_backs(en, "en", "Jonah Pell"))
    es = ["La votación se celebró en la vieja lonja, donde se reúne el concejo desde 1911.",
          "Tomás Iriarte, ingeniero de la cooperativa hasta su jubilación, fue elegido alcalde del pueblo en 2015."]
    assert not any("hasta su jubilación" in b for b in _ready_backs(es, "es", "Tomás Iriarte"))
    es_kept = ["La votación se celebró en la vieja lonja, donde se reúne el concejo desde 1911.",
               "Tomás Iriarte, ingeniero de la cooperativa hasta su jubilación, dijo que el recorte cerraría las bodegas pequeñas."]
    assert any("hasta su jubilación" in b for b in _ready_backs(es_kept, "es", "Tomás Iriarte")), _cards(es_kept, "es")
    en_kept = ["Jonah Pell, a retired harbour pilot from the north quay, said that the fuel cut would empty the smaller harbours.",
               "The council meets in the old net loft every Thursday."]
    assert any(b.lower().startswith("retired") for b in _ready_backs(en_kept, "en", "Jonah Pell"))


def test_a_term_cards_back_is_not_a_value_of_the_term() -> None:
    """«El umbral de prensado se define como 14 grados de azúcar ...»: '14 grados de azúcar' is a
    threshold the text gives, not what the term is; 'One gram of sucrose in 100 grams of juice'
    for a unit is its definition and stays."""
    es = ["El umbral de prensado se define como 14 grados de azúcar para la uva que entra en el lagar.",
          "La bodega vendimia la uva a finales de septiembre."]
    assert not _ready_backs(es, "es", "umbral de prensado"), _cards(es, "es")
    en = ["The pressing threshold is defined as 14 degrees of sugar for the apples that reach the cider mill.",
          "The trust picks its apples in the last week of September."]
    assert not _ready_backs(en, "en", "pressing threshold"), _cards(en, "en")
    en_unit = ["The pressing grade is defined as one gram of sucrose in 100 grams of the apple juice.",
               "The trust picks its apples in the last week of September."]
    assert _ready_backs(en_unit, "en", "pressing grade"), _cards(en_unit, "en")


def test_a_term_cards_back_is_not_a_name_alone() -> None:
    """"winter grazing ground" -> 'Hallow Moor and Kestle Down', «pasto de invierno» -> «Peñalba
    de Arriba y Cuesta Blanca»: names with nothing saying what the term is; a back saying
    what the ground is ('The moorland where the flocks are kept ...') stays."""
    en = ["The winter grazing ground refers to Hallow Moor and Kestle Down.", "The trust picks its apples in the last week of September."]
    assert not _ready_backs(en, "en", "winter grazing ground"), _cards(en, "en")
    es = ["El pasto de invierno se refiere a Peñalba de Arriba y Cuesta Blanca.", "La bodega vendimia la uva a finales de septiembre."]
    assert not _ready_backs(es, "es", "pasto de invierno"), _cards(es, "es")
    en_kept = ["The winter grazing ground refers to the moorland where the flocks are kept from November to March.",
               "The trust picks its apples in the last week of September."]
    assert _ready_backs(en_kept, "en", "winter grazing ground"), _cards(en_kept, "en")


def test_a_persons_card_does_not_give_an_earlier_role_alone_where_the_text_reports_a_later_one() -> None:
    """'Surveyor of the county estates' where another paragraph says 'In 1975 Owen Clay was
    appointed director of the trust'; «Topógrafo de la diputación» where «fue nombrado director de
    la cofradía»: one role of two, the earlier and minor one. A second sentence with no new role
    ('Owen Clay was seen at the press') keeps the card."""
    en = ["Owen Clay, the surveyor of the county estates, planted the first cider trees on the trust's land in 1962.",
          "The trust picks its apples in the last week of September.",
          "In 1975 Owen Clay was appointed director of the trust, a post he held for twenty years."]
    assert not _ready_backs(en, "en", "Owen Clay"), _cards(en, "en")
    es = ["Rafael Ugarte, el topógrafo de la diputación, plantó los primeros manzanos de la cofradía en 1962.",
          "La cofradía recoge la manzana a finales de septiembre.",
          "En 1975 Rafael Ugarte fue nombrado director de la cofradía, cargo que ocupó durante veinte años."]
    assert not _ready_backs(es, "es", "Rafael Ugarte"), _cards(es, "es")
    en_kept = [*en[:2], "In 1975 Owen Clay sold his own orchard to the trust for a nominal sum."]
    assert _ready_backs(en_kept, "en", "Owen Clay"), _cards(en_kept, "en")
