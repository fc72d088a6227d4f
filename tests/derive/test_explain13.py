"""Explanatory paragraphs of a process text (issue 10, coverage; brief explain, session 11):
a why-card whose cause holds a relative clause with its verb, a term named after a clause of
its own ("..., and the mixture ... is called T"), and a term a sentence names with "is"
("The fibre that leaves the last press is bagasse")."""
from __future__ import annotations

from quizapp.derive import Draft, derive_drafts
from quizapp.derive.causes import CAUSE_HOLD
from tests.helpers.drafts import document


def ready(lines: list[str], language: str) -> list[Draft]:
    return [d for d in derive_drafts(document(lines), language) if not d.problems]


def fallbacks(lines: list[str], language: str) -> list[Draft]:
    """Ready drafts and the why-cards held only as a paragraph's last resort (CAUSE_HOLD)."""
    return [d for d in derive_drafts(document(lines), language) if all(p.startswith(CAUSE_HOLD) for p in d.problems)]


def cards(drafts: list[Draft]) -> dict[str, str]:
    return {str(d.item["front"]): str(d.item["back"]) for d in drafts if d.kind == "card"}


def test_why_card_whose_cause_holds_a_relative_clause_with_its_verb_is_offered() -> None:
    drafts = ready([
        "How bricks are burnt",
        "The clamp is built of green bricks stacked around tunnels of fuel.",
        "Lime in the clay melts into a slag that fills the gaps between the grains, so the burnt brick resists frost and rain.",
    ], "en")
    assert cards(drafts).get("Explain why the burnt brick resists frost and rain.") == "Lime in the clay melts into a slag that fills the gaps between the grains."


def test_why_card_whose_cause_holds_a_relative_clause_with_its_verb_is_offered_es() -> None:
    drafts = ready([
        "Cómo se cuece el ladrillo",
        "La hornilla se levanta con ladrillos crudos apilados alrededor de túneles de leña.",
        "La cal de la arcilla se funde en una escoria que une los granos, de modo que el ladrillo cocido resiste la helada y la lluvia.",
    ], "es")
    assert cards(drafts).get("Explica por qué el ladrillo cocido resiste la helada y la lluvia.") == "La cal de la arcilla se funde en una escoria que une los granos."


def test_term_named_after_a_clause_of_its_own_is_defined_by_its_own_noun_phrase() -> None:
    drafts = derive_drafts(document([
        "How olive oil is pressed",
        "The olives are crushed between granite wheels for about half an hour. "
        "Water is added as the stones turn, and the paste of pulp and stone that leaves the mill is called pomace.",
    ]), "en")
    backs = [str(d.item["back"]) for d in drafts if d.kind == "card" and "pomace" in str(d.item["front"])]
    assert backs == ["The paste of pulp and stone that leaves the mill"]


def test_term_named_after_a_clause_of_its_own_is_defined_by_its_own_noun_phrase_es() -> None:
    drafts = derive_drafts(document([
        "Cómo se prensa la aceituna",
        "Las aceitunas se muelen entre ruedas de granito durante media hora. "
        "Se añade agua mientras giran las piedras, y la pasta de pulpa y hueso que sale del molino se llama orujo.",
    ]), "es")
    backs = [str(d.item["back"]) for d in drafts if d.kind == "card" and "orujo" in str(d.item["front"])]
    assert backs == ["La pasta de pulpa y hueso que sale del molino"]


def test_a_list_before_the_naming_verb_is_kept_whole() -> None:
    drafts = derive_drafts(document([
        "Frost on a window",
        "A coating of fine spikes, plates, and needles that grows on cold glass is called rime.",
    ]), "en")
    backs = [str(d.item["back"]) for d in drafts if d.kind == "card" and "rime" in str(d.item["front"])]
    assert backs == ["A coating of fine spikes, plates, and needles that grows on cold glass"]


def test_rare_term_a_sentence_names_with_is_gets_a_card() -> None:
    drafts = ready([
        "How a cane mill works",
        "The stalks pass between three grooved rollers that squeeze out the juice.",
        "The fibre that leaves the last mill is bagasse. It is burnt in the boilers to raise steam for the mill.",
    ], "en")
    assert cards(drafts).get("According to the text, what is meant by “bagasse”?") == "The fibre that leaves the last mill"


def test_rare_term_a_sentence_names_with_es_gets_a_card() -> None:
    drafts = ready([
        "Cómo funciona un trapiche",
        "Los tallos pasan entre tres rodillos estriados que exprimen el jugo.",
        "La fibra que sale del último molino es el bagazo. Se quema en las calderas para dar vapor al trapiche.",
    ], "es")
    assert cards(drafts).get("Según el texto, ¿a qué se llama «bagazo»?") == "La fibra que sale del último molino"


def test_an_everyday_word_or_a_name_after_is_is_no_term() -> None:
    drafts = derive_drafts(document([
        "A small town",
        "The river that runs through the town is the Ebro. The building that stands by the bridge is the school.",
    ]), "en")
    assert not [d for d in drafts if d.kind == "card" and "definition" in d.item.get("tags", [])]


def test_why_card_on_the_purpose_of_a_step() -> None:
    drafts = fallbacks([
        "How a fruit press works",
        "The apples are washed in running water and ground into a coarse pulp between steel rollers.",
        "The pulp is wrapped in cloths and stacked between wooden racks to spread the pressure evenly over the cake.",
    ], "en")
    assert cards(drafts).get("Explain why the pulp is wrapped in cloths and stacked between wooden racks.") == "To spread the pressure evenly over the cake."


def test_why_card_on_the_purpose_of_a_step_es() -> None:
    drafts = fallbacks([
        "Cómo funciona una prensa de sidra",
        "Las manzanas se lavan en agua corriente y se muelen entre rodillos de acero hasta hacer una pulpa gruesa.",
        "La pulpa se envuelve en paños y se apila entre rejillas de madera para repartir la presión por todo el pie.",
    ], "es")
    assert cards(drafts).get("Explica por qué la pulpa se envuelve en paños y se apila entre rejillas de madera.") == "Para repartir la presión por todo el pie."


def test_no_purpose_card_on_a_verb_that_takes_to_or_a_degree_word() -> None:
    for lines, language in (
        (["A closed plant", "The old firm was forced by the court to close the plant after the flood of the river."], "en"),
        (["A deep pond", "The last pond is much too deep in winter to rake the salt from its floor by hand."], "en"),
        (["Una balsa honda", "La última balsa es demasiado honda en invierno para rastrillar la sal de su fondo a mano."], "es"),
    ):
        drafts = derive_drafts(document(lines), language)
        assert not [d for d in drafts if "cause" in d.item.get("tags", [])], lines
