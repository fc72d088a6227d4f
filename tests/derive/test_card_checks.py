"""The card checks (quizapp/derive/card_checks.py): one list of the reasons a card is held back,
as the gap checks have theirs. What each rule holds is tested where it was written
(test_kinds7: discourse fronts, famous artists; test_review14 and others: vague backs, place
fronts); here, that the lists are the ones that run, in their order."""
from __future__ import annotations

from typing import Any

import pytest

from quizapp.derive import Draft, Paragraph, card_checks, derive_drafts
from quizapp.derive.card_checks import CARD_CHECKS, DEFINITION_CHECKS, CardContext, problems
from quizapp.languages import language_for


def _card(front: str, back: str, tags: list[str]) -> Draft:
    item: dict[str, Any] = {"type": "card", "front": front, "back": back, "source": [2], "tags": tags}
    return Draft("p2-card-x", "card", item, 2, None, 1.0)


def test_a_card_gets_every_reason_of_the_list_in_order() -> None:
    """A discourse-phrase front whose back only names a class: both reasons, the vague back's
    first (the list's order); a question is no card and gets none."""
    es = language_for("es")
    card = _card("Un caso interesante", "Un proceso lento", ["definition"])
    found = problems(card, CardContext(es, "es", ["La presa de Arbizu"]))
    assert len(found) == 2, found
    assert "only names a class" in found[0] and "discourse phrase" in found[1], found
    question = Draft("p2-fi-x", "question", {"type": "fill_in", "prompt": "Un caso ____", "accept": ["interesante"], "source": [2]}, 2, None, 1.0)
    assert problems(question, CardContext(es, "es", [])) == []


def test_a_famous_artists_who_card_is_held_by_the_list() -> None:
    en = language_for("en")
    front = en.prompt("card_role", person="Pablo Picasso")
    assert any("famous name" in p for p in problems(_card(front, "Painter", ["people"]), CardContext(en, "en", [])))
    assert CARD_CHECKS[0] is card_checks.title_card  # the title's checks first, as before


PLACE_FRONT = [
    Paragraph(1, "The delta farms", is_heading=True),
    Paragraph(2, "Rice has been grown on the lower Chao Phraya for centuries, and the river floods the fields each autumn."),
    Paragraph(3, "The lower Chao Phraya is a flat, low-lying delta that floods easily after the monsoon rains."),
]


def test_the_definition_checks_run_while_a_card_is_drafted(monkeypatch: pytest.MonkeyPatch) -> None:
    """A place's front is held by the place group of DEFINITION_CHECKS; taken out of the list,
    the same card has no such reason (the Builder asks the list, nothing else)."""
    def place_reasons() -> list[str]:
        return [p for d in derive_drafts(PLACE_FRONT, "en") if d.kind == "card" for p in d.problems if "is a place" in p]

    assert place_reasons(), "the case must draft a card on the place"
    monkeypatch.setattr(card_checks, "DEFINITION_CHECKS", tuple(g for g in DEFINITION_CHECKS if card_checks.place_front not in g))
    assert not place_reasons()
