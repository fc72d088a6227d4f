"""Gaps and options a reader settles without the text: the twelfth review's failure kinds.

Each rule here looks at what a learner sees (the prompt around the gap, the options, the
document's headings) and at nothing of the two review documents: the words it knows are the
language's own markers (for a renaming, a number written in words, a decade), not the topic's.

- a key the prompt shows under another name: "in ____ (now Dhaka, Bangladesh)";
- a figure a heading gives, in digits or in words: "Dos siglos de ciencia" over "había
  cumplido ____ años" (a century is 100 years);
- options that do not fit the slot's form: "la década de {1}" offering 2016 and 2018;
- a figure the prompt computes with a count it writes in words ("three turbines ... a total of
  4.5 megawatts, or ____ each"), one end of a range written with a dash ("____–2020"), a
  century the prompt's own year fixes ("1906 ... el siglo ____").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft

GAP = "____"
CLOZE_GAP = re.compile(r"\{\d+\}")

# Words that introduce another name for the same thing, right beside it: "Bombay (now
# Mumbai)", "Fernando Poo (hoy Bioko)", "Dhaka (formerly Dacca)", "X, also known as Y".
RENAMING = {
    "en": r"now|formerly|today|present[- ]day|modern|later|then|once|previously|also\s+(?:called|known\s+as)|known\s+as|renamed|i\.\s?e\.|or",
    "es": r"hoy(?:\s+en\s+d[ií]a)?|actual(?:mente)?|antigua(?:mente)?|antes|luego|ahora|tambi[eé]n\s+(?:llamad[oa]s?|conocid[oa]s?\s+como)|"
          r"conocid[oa]s?\s+como|llamad[oa]s?|rebautizad[oa]|es\s+decir|o\s+sea|u|o",
}

def _code(lang: Language) -> str:
    return lang.code if lang.code in RENAMING else "en"


def gap_contexts(draft: Draft) -> list[tuple[str, str]]:
    """(text before, text after) each gap a learner reads: a prompt's "____", a cloze's "{n}"."""
    item = draft.item
    if draft.kind != "question":
        return []
    found = []
    prompt = str(item.get("prompt", ""))
    for m in re.finditer(re.escape(GAP), prompt):
        found.append((prompt[:m.start()], prompt[m.end():]))
    passage = str(item.get("passage", ""))
    for m in CLOZE_GAP.finditer(passage):
        found.append((CLOZE_GAP.sub(GAP, passage[:m.start()]), CLOZE_GAP.sub(GAP, passage[m.end():])))
    return found


def renamed_beside(before: str, after: str, lang: Language) -> str | None:
    """The other name the prompt gives the gap's key, right beside it: "____ (now Mumbai)",
    "Mumbai (formerly ____)", "____, also known as X". None when there is none."""
    markers = RENAMING[_code(lang)]
    # The gap, then a bracket or a comma opening with a marker and a capitalised name.
    m = re.match(rf"\s*[(,]\s*(?:{markers})\s+((?:[A-ZÁÉÍÓÚÑ][\w'’\-]*)(?:\s+[A-ZÁÉÍÓÚÑ][\w'’\-]*)*)", after)
    if m is not None:
        return m.group(1)
    # A name, a bracket or comma and a marker, then the gap: "Mumbai (formerly ____".
    m = re.search(rf"([A-ZÁÉÍÓÚÑ][\w'’\-]*)\s*[(,]\s*(?:{markers})\s*$", before)
    if m is not None:
        return m.group(1)
    return None


def renamed_key(draft: Draft, lang: Language) -> list[str]:
    """A gap whose key the prompt shows under another name or spelling."""
    for before, after in gap_contexts(draft):
        other = renamed_beside(before, after, lang)
        if other is not None:
            return [f"held back: the prompt names the gap's key another way right beside it ({other!r}): the reader copies it, or its older or newer spelling"]
    return []


def problems(draft: Draft, lang: Language, headings: Sequence[str]) -> list[str]:
    """Every give-away of this module that ``draft`` has (empty: none)."""
    found: list[str] = []
    for check in (
        renamed_key(draft, lang),
    ):
        found.extend(check)
    return found
