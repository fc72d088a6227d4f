"""What the world knows without the text: a named law completed by its eponym, a physical
constant (a second fresh review, issue 10).

"by ____'s principle its pressure falls" (Bernoulli), "según la ley de ____" (Boyle), "el
efecto ____" (Doppler): a scientific law, principle or effect is known by its discoverer's
name, and a reader who never saw the text completes it from the words around the gap. A
figure the world knows by heart ("standard atmospheric pressure (____ kPa)": 101.3; "1013
hectopascales"; "760 mm of mercury") is general knowledge too. Such a gap is held back in every
type (typed, numeric, choice, cloze): the text's own details are what the items must ask.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.derive.giveaways import gaps_of
from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft

# Nouns a law or an effect is named with: "Bernoulli's principle", "la ley de Boyle".
LAW_NOUNS = {
    "en": r"principle|law|laws|effect|equation|equations|constant|theorem|rule|paradox|hypothesis|conjecture|scale|cycle|limit|number|force|series|distribution|uncertainty\s+principle",
    "es": r"principio|ley|leyes|efecto|ecuaci[oó]n|ecuaciones|constante|teorema|regla|paradoja|hip[oó]tesis|conjetura|escala|ciclo|l[ií]mite|n[uú]mero|fuerza|serie|distribuci[oó]n",
}
# The gap's place against the law noun: "____'s principle", "the ____ effect", "la ley de ____",
# "el efecto ____".
EPONYM_AFTER = {
    "en": re.compile(rf"^(?:['’]s?)?\s+(?:{LAW_NOUNS['en']})\b", re.IGNORECASE),
    "es": re.compile(r"(?!)"),  # Spanish names the law first: see EPONYM_BEFORE
}
EPONYM_BEFORE = {
    "en": re.compile(rf"\b(?:the\s+)?(?:{LAW_NOUNS['en']})\s+of\s+$", re.IGNORECASE),
    "es": re.compile(rf"\b(?:{LAW_NOUNS['es']})(?:\s+de(?:\s+los?)?|\s+del)?\s+$", re.IGNORECASE),
}
# Figures the world knows, each with the unit words that make it that figure.
CONSTANTS: tuple[tuple[float, str], ...] = (
    (101.3, r"kpa|kilopascal"), (101.325, r"kpa|kilopascal"), (1013, r"hpa|hectopascal|mbar|milibar|millibar"),
    (1013.25, r"hpa|hectopascal|mbar|milibar|millibar"), (760, r"mm|mil[ií]metros?\s+de\s+mercurio|millimetres?\s+of\s+mercury|torr"),
    (9.8, r"m/s|metres?\s+per\s+second|metros?\s+por\s+segundo"), (9.81, r"m/s|metres?\s+per\s+second|metros?\s+por\s+segundo"),
    (299792, r"km/s|kil[oó]metros?\s+por\s+segundo|kilometres?\s+per\s+second"), (300000, r"km/s|kil[oó]metros?\s+por\s+segundo|kilometres?\s+per\s+second"),
    (343, r"m/s|metres?\s+per\s+second|metros?\s+por\s+segundo"), (273.15, r"k\b|kelvin|°c|grados"),
)
UNIT_WINDOW = 30  # characters after the gap where the constant's unit is written


def _number(text: str) -> float | None:
    raw = re.sub(r"(?<=\d)[ .,](?=\d{3}\b)", "", text.strip())
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return None


def known_to_the_world(draft: Draft, lang: Language) -> list[str]:
    """Why a gap of ``draft`` is general knowledge: a named law's eponym or a known constant
    (empty: neither)."""
    if draft.kind != "question":
        return []
    code = lang.code if lang.code in LAW_NOUNS else "en"
    for gap in gaps_of(draft):
        if not gap.keys:
            continue
        key = gap.keys[0].strip()
        if key[:1].isupper() and (EPONYM_AFTER[code].match(gap.after) or EPONYM_BEFORE[code].search(gap.before)):
            return [f"held back: {key!r} completes a law or effect named after it: a reader who never saw the text knows the name"]
        value = _number(key)
        if value is not None:
            unit = (gap.after[:UNIT_WINDOW] + " " + str(draft.item.get("unit", ""))).lower()
            for constant, words in CONSTANTS:
                if abs(value - constant) <= 1e-9 * max(1.0, constant) and re.search(words, unit):
                    return [f"held back: {key!r} is a constant the world knows by heart (in {unit.split()[0] if unit.split() else 'its unit'}): no detail of the text"]
    return []
