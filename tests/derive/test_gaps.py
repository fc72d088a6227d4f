"""One reading of a question's gaps (giveaways.gaps_of) for every check that looks at the text
around a gap: its typed answers, its options, its key, the words before and after it as the
learner reads them (a cloze's other gap shown as "____"). Before it, four helpers read gaps
four ways, and a check built on one of them missed what another saw: a cloze's drop-down key
was no key to the stock-phrase and name-part checks (own texts)."""
from __future__ import annotations

from typing import Any

from quizapp.derive import Draft
from quizapp.derive.giveaways import gaps_of, problems
from quizapp.languages import language_for


def _cloze(passage: str, gaps: list[dict[str, Any]]) -> Draft:
    item: dict[str, Any] = {"type": "cloze", "prompt": "Complete the gaps.", "passage": passage, "gaps": gaps, "source": [2]}
    return Draft("p2-cz-x", "question", item, 2, None, 1.0)


def _options(key: str, *wrong: str) -> dict[str, Any]:
    return {"options": [{"text": key, "correct": True}] + [{"text": w, "correct": False} for w in wrong]}


def test_a_drop_down_that_completes_a_stock_phrase_is_held_back() -> None:
    """"automatic ____" is "sprinklers" to any reader, typed or picked from a list."""
    cases = [
        ("en", "After the fire of 1931 the mill was fitted with automatic {1} on every floor.", _options("sprinklers", "shutters", "hoists")),
        ("es", "Tras la sequía, el ayuntamiento colocó paneles {1} en el tejado del mercado.", _options("solares", "acústicos", "móviles")),
        ("en", "The vitamin {1} content of the berries doubled after the frost.", _options("C", "K", "E")),
    ]
    for code, passage, gap in cases:
        reasons = problems(_cloze(passage, [gap]), language_for(code), [])
        assert any("stock phrase" in r for r in reasons), (passage, reasons)


def test_a_drop_down_on_part_of_a_name_is_held_back() -> None:
    """"la ensenada de Punta {1}": the rest of the name stands beside the gap."""
    passage = "Los pescadores fondearon en la ensenada de Punta {1} durante el temporal de enero."
    reasons = problems(_cloze(passage, [_options("Negra", "Larga", "Roja")]), language_for("es"), [])
    assert any("part of a name" in r for r in reasons), reasons


def test_each_gap_reads_the_other_as_a_gap_and_keeps_the_items_own_accept_list() -> None:
    accept = ["kilns", "kiln"]
    draft = _cloze("The {1} stood north of the quarry and burned {2} of lime a week.", [{"accept": accept}, _options("forty tonnes", "four tonnes")])
    first, second = gaps_of(draft)
    assert (first.before, first.after) == ("The ", " stood north of the quarry and burned ____ of lime a week.")
    assert first.accept is accept and first.keys == ["kilns"] and first.options == []
    assert second.before == "The ____ stood north of the quarry and burned " and second.keys == ["forty tonnes"]
    assert [g.accept for g in gaps_of(draft, typed=True)] == [accept]


def test_options_go_to_a_prompts_only_gap() -> None:
    """A multiple select quoting a sentence with two gaps fills both: its options are no one
    gap's. A card has no gap."""
    choices = [{"text": "Oruro", "correct": True}, {"text": "Potosí", "correct": True}, {"text": "Sucre", "correct": False}]
    two = {"type": "multiple_select", "prompt": "Which towns fill the gaps? “The line ran from ____ to ____ by 1912.”", "choices": choices}
    one = {"type": "single_choice", "prompt": "“The line reached ____ in 1912.”", "choices": choices[1:]}
    assert [g.options for g in gaps_of(Draft("p2-ms-x", "question", two, 2, None, 1.0))] == [[], []]
    assert [g.keys for g in gaps_of(Draft("p2-sc-x", "question", one, 2, None, 1.0))] == [["Potosí"]]
    assert gaps_of(Draft("p2-card-x", "card", {"front": "____", "back": "x"}, 2, None, 1.0)) == []
