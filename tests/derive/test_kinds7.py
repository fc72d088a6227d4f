"""Failure kinds a fresh review of main's drafter found (kinds7), each on texts of our own
about other subjects, in English and Spanish: an equation line read as a heading; card fronts
that are discourse phrases ("The key point", "Un caso interesante"); a gap whose key the topic's
title gives; a country or famous person's role that general knowledge supplies; a place's short
name refused; a gap that swallows the preposition before a name."""

from __future__ import annotations

from quizapp.derive.bankfolder import read_paragraphs


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
