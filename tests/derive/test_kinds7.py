"""Failure kinds a fresh review of main's drafter found (kinds7), each on texts of our own
about other subjects, in English and Spanish: an equation line read as a heading; card fronts
that are discourse phrases ("The key point", "Un caso interesante"); a gap whose key the topic's
title gives; a country or famous person's role that general knowledge supplies; a place's short
name refused; a gap that swallows the preposition before a name."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, checks, derive_drafts
from quizapp.derive.bankfolder import read_paragraphs
from quizapp.derive.discourse_fronts import discourse_front
from quizapp.derive.extract import read_facts
from quizapp.languages import language_for


def test_an_equation_line_is_content_not_a_heading_for_flask_bank_derive() -> None:
    """A chemical or mathematical equation on its own line is short and has no full stop: the
    title-line rule took it for a heading, and its section's items were filed under a topic
    titled "CaCO₃ + H₂O + CO₂ ⇌ Ca(HCO₃)₂". A real title line still opens a section."""
    text = (
        "# Lime Mortar\n\nSlaked lime hardens as it takes up carbon dioxide from the air.\n\n"
        "Ca(OH)2 + CO2 → CaCO3 + H2O\n\nThe Water Cycle In Caves\n\n"
        "El agua con gas disuelve la caliza:\n\nCaCO₃ + H₂O + CO₂ ⇌ Ca(HCO₃)₂\n\n"
        "F = ma\n\nThe same balance explains why caves grow in wet climates."
    )
    headings = {p.text: p.is_heading for p in read_paragraphs(text)}
    assert headings["Lime Mortar"] and headings["The Water Cycle In Caves"]
    for equation in ("Ca(OH)2 + CO2 → CaCO3 + H2O", "CaCO₃ + H₂O + CO₂ ⇌ Ca(HCO₃)₂", "F = ma"):
        assert headings[equation] is False, equation


def _cards(paragraphs: list[tuple[str, bool]], language: str) -> dict[str, Draft]:
    """Every card the drafter makes of the paragraphs, ready or not, by its front."""
    drafts = derive_drafts([Paragraph(i + 1, t, h) for i, (t, h) in enumerate(paragraphs)], language)
    return {str(d.item["front"]): d for d in drafts if d.kind == "card"}


WINE = [
    ("La fermentación del vino", True),
    ("El mosto de uva se convierte en vino gracias a las levaduras. La clave del proceso es la levadura "
     "Saccharomyces cerevisiae, que transforma el azúcar en alcohol y dióxido de carbono.", False),
    ("Un caso interesante es la llamada fermentación maloláctica, que convierte el ácido málico en ácido "
     "láctico y suaviza el vino.", False),
    ("El punto de rocío es la temperatura a la que el aire se satura de vapor de agua, y en las bodegas se "
     "vigila para evitar el moho.", False),
]


def test_a_card_front_that_is_a_discourse_phrase_is_held_back() -> None:
    """Fresh review (kinds7 (a)): "La clave del proceso" → "El dióxido de carbono (CO₂)", "Un
    caso interesante" → "La llamada corrosión por mezcla": a learner shown the front cannot tell
    what is asked. A real term whose head is such a noun ("El punto de rocío") keeps its card."""
    cards = _cards(WINE, "es")
    for front in ("La clave del proceso", "Un caso interesante"):
        assert front in cards and not cards[front].ready, (front, cards.get(front))
        assert any("discourse phrase" in p for p in cards[front].problems)
    assert cards["El punto de rocío"].ready, cards["El punto de rocío"].problems


def test_discourse_fronts_in_english_and_spanish() -> None:
    """The rule on fronts alone, both languages: a signposting head with only evaluative or
    discourse words (and generic complements) is no front; a name or a specific word makes one."""
    def card(front: str) -> Draft:
        return Draft("p2-card-x", "card", {"front": front, "back": "Something the text names", "source": [2]}, 2, None, 1.0)

    for language, held, kept in (
        ("en", ["The key point", "Another example", "The result", "The problem", "An interesting case", "The real secret of the process"],
         ["The keystone", "The Key Bridge", "The dew point", "The problem of evil", "The result of the census"]),
        ("es", ["La clave del proceso", "Un caso interesante", "El resultado", "El problema", "Otro ejemplo", "Lo más curioso"],
         ["El punto de rocío", "La clave de sol", "El caso Dreyfus", "La fermentación maloláctica"]),
    ):
        lang = language_for(language)
        for front in held:
            assert discourse_front(card(front), lang), front
        for front in kept:
            assert not discourse_front(card(front), lang), front


def test_a_name_after_a_sentence_opening_preposition_does_not_swallow_it() -> None:
    """Fresh review (kinds7 (e)): "____'s tower, the Bell Rock…" keyed "Like Smeaton": the
    sentence's capitalised first word was read as the name's. A preposition or conjunction
    opening the sentence ("Like", "Unlike", "Igual que", "Tras") is never part of the name, so
    no gap, option or accepted answer holds it."""
    for language, texts, names in (
        ("en", ["Like Telford's bridge at Menai, the Conwy bridge was hung from wrought-iron chains in 1826.",
                "Unlike Brunel, the young engineer preferred cast iron for the arches of the new viaduct."], {"Telford", "Brunel"}),
        ("es", ["Igual que Humboldt, el joven naturalista Aimé Bonpland midió la altura de cada volcán que visitó en 1802.",
                "Tras Ramón y Cajal, la escuela de Madrid estudió la neurona con la tinción de plata durante décadas."], {"Humboldt", "Ramón y Cajal"}),
    ):
        facts = read_facts([(i + 1, t) for i, t in enumerate(texts)], language_for(language))
        found = {m.text for s in facts.sentences for m in s.mentions}
        assert names <= found, found
        assert not any(name.split()[0] in ("Like", "Unlike", "Igual", "Tras") for name in found), found
        drafts = derive_drafts([Paragraph(1, "Bridges and Brains", True)] + [Paragraph(i + 2, t) for i, t in enumerate(texts)], language)
        keys = [k for d in drafts for k in checks.gap_keys(d) + [str(a) for a in d.item.get("accept", [])]]
        assert not any(k.split()[0] in ("Like", "Unlike", "Igual", "Tras") for k in keys if k.split()), keys
