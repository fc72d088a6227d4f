"""process14: paragraphs explaining a process or an argument that fresh reviewers of unseen
documents found with no acceptable item (issue 10, the drafter; session 12's "process" brief).
Each kind is fixed generally and tested on small texts of our own (EN and ES: soap boiling, a
tannery, a fulling mill, a village court)."""
from __future__ import annotations

from quizapp.derive import Draft, derive_drafts
from tests.helpers.drafts import document


def _orderings(lines: list[str], language: str, opening: str) -> list[Draft]:
    paragraphs = document(lines)
    number = next(p.number for p in paragraphs if p.text.startswith(opening))
    return [d for d in derive_drafts(paragraphs, language) if d.item.get("type") == "ordering" and d.paragraph == number]


def _ready_items(drafts: list[Draft]) -> list[list[str]]:
    return [[str(x) for x in d.item["items"]] for d in drafts if d.ready]


# --- 1. An ordering held back because a step opens with a pronoun for the first step's subject ---

SOAP_EN = [
    "Soap at the Ashwell works",
    "The Ashwell soap works stood beside the canal at Ashwell from 1840 to 1962.",
    "The boiling follows these steps: 1. The tallow is melted in an iron pan over a slow fire. "
    "2. It is skimmed with a wooden ladle to lift off the scum. 3. It is mixed with lye from wood ash in a deep copper. "
    "4. It is boiled for a day in the copper. 5. It is poured into wooden frames to set.",
]
HIDES_EN = [
    "The tannery at Holme",
    "The tannery at Holme worked oak bark into leather for saddlers.",
    "First the hides are soaked in lime water for a week. Then they are scraped clean of hair on a curved beam. "
    "Next they are laid in pits of crushed bark. Finally they are hung in a dark loft to dry slowly.",
]
LANA_ES = [
    "La lana de Tolva",
    "El batán de Tolva trabajó la lana de las ovejas del valle hasta 1950.",
    "El lavado de la lana sigue estos pasos: 1. La lana se remoja en agua tibia con ceniza. "
    "2. Esta se golpea con mazos de madera en el batán. 3. Luego esta se aclara en el arroyo. "
    "4. Esta se tiende sobre las zarzas del huerto. 5. Se carda con peines de púas de cardo.",
]


def test_a_numbered_step_opening_with_it_is_trimmed_to_its_verb_phrase_and_the_ordering_is_ready() -> None:
    items = _ready_items(_orderings(SOAP_EN, "en", "The boiling follows"))
    assert items, [(d.item["items"], d.problems) for d in _orderings(SOAP_EN, "en", "The boiling follows")]
    # Every step trimmed the same way: the first step alone keeping "The tallow" would say it is first.
    assert items[0] == [
        "Melted in an iron pan over a slow fire",
        "Skimmed with a wooden ladle to lift off the scum",
        "Mixed with lye from wood ash in a deep copper",
        "Boiled for a day in the copper",
        "Poured into wooden frames to set",
    ]


def test_narrative_steps_whose_pronoun_was_cut_keep_no_dangling_auxiliary() -> None:
    # "Then they are scraped" was shown as "Are scraped clean of hair on a curved beam".
    items = _ready_items(_orderings(HIDES_EN, "en", "First the hides"))
    assert items == [[
        "Soaked in lime water for a week",
        "Scraped clean of hair on a curved beam",
        "Laid in pits of crushed bark",
        "Hung in a dark loft to dry slowly",
    ]]


def test_spanish_steps_opening_with_esta_are_trimmed_like_the_ones_opening_with_se() -> None:
    items = _ready_items(_orderings(LANA_ES, "es", "El lavado de la lana"))
    assert items, [(d.item["items"], d.problems) for d in _orderings(LANA_ES, "es", "El lavado de la lana")]
    assert items[0] == [
        "Se remoja en agua tibia con ceniza",
        "Se golpea con mazos de madera en el batán",
        "Se aclara en el arroyo",
        "Se tiende sobre las zarzas del huerto",
        "Se carda con peines de púas de cardo",
    ]


def test_a_step_whose_it_opens_no_verb_phrase_still_holds_the_ordering_back() -> None:
    # "It is hot work" says nothing of the step without what "It" stands for: not trimmed.
    lines = [*SOAP_EN[:2], SOAP_EN[2].replace("It is boiled for a day in the copper", "It is hot work for a whole day")]
    held = _orderings(lines, "en", "The boiling follows")
    assert held and not any(d.ready for d in held)
