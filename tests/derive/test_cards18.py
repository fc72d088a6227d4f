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
    harbour pilot' answers who he was, not who the text says he is; «antiguo enólogo ..., preside
    hoy la asociación» the same. A past role with no later one stays ('a retired harbour pilot,
    said ...')."""
    en = ["Jonah Pell, a retired harbour pilot, now chairs the fishermen's council of the island.",
          "He said that the fuel cut would empty the smaller harbours within five years."]
    assert not any(b.lower().startswith("retired") for b in _ready_backs(en, "en", "Jonah Pell"))
    es = ["Andrés Quiroga, antiguo enólogo de la cooperativa, preside hoy la asociación de viticultores del valle.",
          "Dijo que el recorte cerraría las bodegas pequeñas en cinco años."]
    assert not any(b.lower().startswith("antiguo") for b in _ready_backs(es, "es", "Andrés Quiroga"))
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
    en = ["The pressing threshold is defined as 14 degrees of sugar for the apples that go to the press.",
          "The trust picks its apples in the last week of September."]
    assert not _ready_backs(en, "en", "pressing threshold"), _cards(en, "en")
    en_unit = ["The pressing grade is defined as one gram of sucrose in 100 grams of the apple juice.",
               "The trust picks its apples in the last week of September."]
    kept = _cards(en_unit, "en")
    assert not any("value the text gives" in p for _, _, problems in kept for p in problems), kept
