"""The accept-variant pipeline (quizapp/derive/accept_variants.py): every typed gap's accept list
goes through one list of rules, so a variant added to the list reaches every gap, and the order
(a person's surname rules before a place's short forms) is the list's. What each rule accepts is
tested where it was written (test_kinds6 to test_kinds8, test_acceptance)."""
from __future__ import annotations

import pytest

from quizapp.derive import Draft, Paragraph, accept_variants, derive_drafts
from quizapp.derive.accept_variants import NAME_FORMS, OTHER_FORMS, DraftContext, tidy_accept_lists
from quizapp.languages import language_for

DAM = [
    Paragraph(1, "La presa de Arbizu", is_heading=True),
    Paragraph(2, "La presa de Arbizu se terminó en 1962 bajo la dirección del ingeniero Tomás Ezquerra, que la proyectó en 1955."),
    Paragraph(3, "El embalse inundó el valle del río Larraun y obligó a dejar el pueblo de Ibero, cuyos vecinos se fueron a Pamplona."),
    Paragraph(4, "La ingeniera Itziar Goikoetxea dirigió en 2019 la renovación de las compuertas, que costó 12 millones de euros."),
]


def _typed(drafts: list[Draft]) -> dict[str, list[str]]:
    return {d.item["accept"][0]: d.item["accept"] for d in drafts if d.item.get("type") == "fill_in"}


def test_every_typed_gap_goes_through_the_mention_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule added to OTHER_FORMS reaches every typed gap drafted on a mention of the text
    (Builder.accepted is the pipeline) and changes nothing else. (The word gaps of
    explanations.py and sequences.py, and statements.py's times, write their own first list:
    a word's forms, a time's writings; they join the pipeline at its second stage.)"""
    before = _typed(derive_drafts(DAM, "es"))
    assert before, "the case must draft typed gaps"
    monkeypatch.setattr(accept_variants, "OTHER_FORMS", (*OTHER_FORMS, lambda b, m: [f"{m.text} (variante)"]))
    after = _typed(derive_drafts(DAM, "es"))
    assert after.keys() == before.keys()
    for key, accepted in after.items():
        variant = f"{key} (variante)"
        if key[:1].isupper():  # the names and places: drafted on the text's mentions
            assert variant in accepted, accepted
        assert [a for a in accepted if a != variant] == before[key], (before[key], accepted)
    assert sum(f"{key} (variante)" in a for key, a in after.items()) >= 5, after


def test_the_first_name_rule_that_applies_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    """NAME_FORMS is a choice, not a sum: a rule that applies (even adding nothing) stops the
    rules after it, so a person's gap never takes a place's short forms."""
    rules = [r.__name__ for r in NAME_FORMS]
    assert rules.index("person_surname") < rules.index("short_name_forms")
    assert rules[:3] == ["joined_surnames", "particle_surname", "double_surname"]  # a surname's shape before the generic surname
    monkeypatch.setattr(accept_variants, "NAME_FORMS", (lambda b, m: [], *NAME_FORMS))
    accepts = _typed(derive_drafts(DAM, "es"))
    assert accepts and all(len(a) == len({x.casefold() for x in a}) for a in accepts.values())
    assert "Goikoetxea" not in accepts.get("Itziar Goikoetxea", []), accepts.get("Itziar Goikoetxea")


def test_the_draft_rules_run_in_order_on_every_typed_list() -> None:
    """The second stage: forms that are no word go, the bare name and a place's short form come."""
    es = language_for("es")
    item = {
        "type": "fill_in",
        "prompt": "«____ está en la serranía de Cuenca.»",
        "accept": ["La Ciudad Encantada de Cuenca"],
        "source": [2],
    }
    draft = Draft("p2-fi-x", "question", item, 2, None, 1.0)
    document = "La Ciudad Encantada de Cuenca está en la serranía de Cuenca."
    tidy_accept_lists(draft, DraftContext(es, frozenset(), document))
    assert draft.item["accept"] == ["La Ciudad Encantada de Cuenca", "Ciudad Encantada de Cuenca", "Ciudad Encantada"]
    term = {"type": "fill_in", "prompt": "«Las ____ cerraron.»", "accept": ["compuertas", "compuertaes"], "source": [2]}
    draft = Draft("p2-fi-y", "question", term, 2, None, 1.0)
    tidy_accept_lists(draft, DraftContext(es, frozenset({"compuertas"}), "Las compuertas cerraron."))
    assert draft.item["accept"] == ["compuertas"]
