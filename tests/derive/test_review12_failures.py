"""The twelfth review's failure kinds, on small texts of other topics (our own words): a key the
prompt shows under another name, a figure the title gives in words, options that do not fit a
decade slot, a figure the prompt computes, accept lists with forms no language writes, an
organisation's article, a stem naming a kind its keys are not, and items giving each other's
keys away."""
from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts


def _ready(paragraphs: list[Paragraph], language: str) -> list[Draft]:
    return [d for d in derive_drafts(paragraphs, language) if d.ready]


def _asking(drafts: list[Draft], key: str) -> list[Draft]:
    """The fill-in drafts (ready or not) whose first accepted answer is ``key``."""
    return [d for d in drafts if d.item.get("type") == "fill_in" and d.item["accept"][0] == key]


DYE_WORKS = [
    Paragraph(1, "The dye works", is_heading=True),
    Paragraph(2, "Chemists at the textile institute in Bombay (now Mumbai, India) tested the new indigo substitutes on cotton grown by farmers in Gujarat."),
]
EXPEDITION = [
    Paragraph(1, "La expedición", is_heading=True),
    Paragraph(2, "Los porteadores contratados en Calabar cruzaron con la expedición desde Fernando Poo (hoy Bioko) hasta la orilla del río Níger."),
]


def test_a_key_the_prompt_names_another_way_is_no_gap() -> None:
    """Review 12: "in ____ (now Dhaka, Bangladesh)" asked for Dacca, which the bracket spells."""
    drafts = derive_drafts(DYE_WORKS, "en")
    assert _asking(drafts, "Bombay"), "the case must draft a gap on Bombay"
    assert not [d.item["prompt"] for d in drafts if d.ready and "Bombay" in str(d.item.get("accept", [])) ], "Bombay asked beside 'now Mumbai'"
    es = derive_drafts(EXPEDITION, "es")
    assert _asking(es, "Fernando Poo") or _asking(es, "Bioko"), "the case must draft a gap on the island"
    assert not [d.item["prompt"] for d in es if d.ready and {"Fernando Poo", "Bioko"} & set(d.item.get("accept", []))]
