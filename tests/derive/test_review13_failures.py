"""Failure kinds of the thirteenth review (a drafter judged on documents nobody on the team had
seen), each on a text of our own about another subject: a figure the prompt computes when a
modifier stands between the count and its noun, or a noun between the total and its figure;
one end of a dashed range asked as a cloze's options."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.giveaways import computed_figure
from quizapp.languages import language_for


def _numeric(drafts: list[Draft], answer: float) -> list[Draft]:
    return [d for d in drafts if d.item.get("type") == "numeric" and d.item["answer"] == answer]


GRANARY = [
    Paragraph(1, "The granary", is_heading=True),
    Paragraph(2, "Behind the mill a covered yard leads to four brick silos, each built to hold about 250 tonnes of "
                 "barley, for a combined capacity of 1,000 tonnes, and the miller Tobias Wrenfield kept their keys."),
]


def test_a_share_the_prompt_computes_through_a_modifier_is_no_gap() -> None:
    """Review 13: "three storage chambers, each ... about ____ million ..., for a total capacity of
    4.5 million" asked 1.5: the count's noun had a modifier ("storage") and the total a noun
    ("capacity") before its figure, and the check read neither."""
    drafts = derive_drafts(GRANARY, "en")
    assert _numeric(drafts, 250) and _numeric(drafts, 1000), "the case must draft the share and the total"
    assert not [d for d in _numeric(drafts, 250) + _numeric(drafts, 1000) if d.ready]


def test_one_end_of_a_range_is_no_cloze_gap() -> None:
    """Review 13: "completed around {1}–2020" offered 2015, 2016 and 2019: the year next to the
    dash leads a reader to the other end, in a cloze's options as in a typed number."""
    options = [{"text": str(y), "correct": y == 2011} for y in (2008, 2011, 2012)]
    item = {"type": "cloze", "prompt": "Complete el hueco según el texto.", "source": [2],
            "passage": "El inventario de los hórreos se hizo hacia {1}–2013 y catalogó 412 hórreos.", "gaps": [{"options": options}]}
    assert computed_figure(Draft("p2-cz-x", "question", item, 2, None, 1.0), language_for("es"))
    item["passage"] = "El inventario de los hórreos se hizo en {1} y catalogó 412 hórreos."
    assert not computed_figure(Draft("p2-cz-x", "question", item, 2, None, 1.0), language_for("es"))


KILN = [
    Paragraph(1, "El horno", is_heading=True),
    Paragraph(2, "Para blanquear la loza, el alfarero añadía a la mezcla una pizca de **caolín**, es decir, una arcilla "
                 "blanca muy fina que resiste el fuego, y la cocía dos veces en el horno de leña del taller."),
]


def test_a_term_in_emphasis_is_the_term_not_the_phrase_before_it() -> None:
    """Review 13: "una pequeña cantidad de **cal**, es decir, hidróxido de calcio" made a card
    asking what «pequeña cantidad de **cal» was called, Markdown and all: the term is the word in
    emphasis."""
    fronts = [str(d.item["front"]) for d in derive_drafts(KILN, "es") if d.kind == "card"]
    assert [f for f in fronts if "«caolín»" in f], fronts
    assert not [f for f in fronts if "*" in f or "pizca" in f], fronts
