"""Kinds of failure the fresh reviews of this session's final drafter found (reviews 14 and 15),
each on the project's own small texts about other subjects."""
from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts


def _units(paragraphs: list[Paragraph], language: str) -> list[str]:
    return [str(d.item.get("unit", "")) for d in derive_drafts(paragraphs, language) if d.item.get("type") == "numeric"]


def test_a_units_words_stop_at_the_clause_end() -> None:
    """Review 15: "hasta los 17.000 millones, aunque los especialistas..." gave a numeric item
    the unit "millones aunque": the word after the comma opens the next clause."""
    es = [
        Paragraph(1, "Las estimaciones sitúan la carga del pecio de Valdeluz en hasta 900 millones, aunque los arqueólogos dudan de esas cuentas."),
        Paragraph(2, "Las obras del muelle costaron 35 millones de euros y duraron 14 meses, según la autoridad portuaria."),
        Paragraph(3, "La cooperativa tenía 120 socios, mientras que la naviera contaba con 80 empleados en 2019."),
    ]
    en = [
        Paragraph(1, "Insurers valued the lost cargo of the Harbour Star at 45 million, although the owners never published the manifest."),
        Paragraph(2, "The new lamp cost 4,800 pounds and could be seen from 22 miles away in clear weather."),
        Paragraph(3, "By 1930 the station had 3 keepers, while the harbour office employed 14 clerks."),
    ]
    for paragraphs, language, joiners in ((es, "es", ("aunque", "mientras")), (en, "en", ("although", "while"))):
        units = _units(paragraphs, language)
        assert units, f"no numeric draft in the {language} case"
        assert not [u for u in units if any(j in u.split() for j in joiners)], units
