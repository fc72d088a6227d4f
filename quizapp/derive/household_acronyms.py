"""A typed gap whose key is an acronym every reader knows: "____ ofreció asesoramiento técnico"
after a heritage disaster is UNESCO, "the sodium–potassium pump uses ____" is ATP (review 12).

Few acronyms are household words (UNESCO, NASA, DNA, FIFA, ATP); the role the sentence gives
the gap (an adviser on heritage, a space launch, the energy of a pump) points to the one of them
that fits, so general knowledge answers it (rule 5). Measured, not listed: an acronym whose
frequency in general text of the document's language (wordfreq's Zipf scale) is at or above
HOUSEHOLD_ACRONYM_ZIPF. A body or a gene general text hardly writes ("CFTR" 1.9, "INAH" 3.0 in
Spanish, "ICARDA" 0) stays a fair question. Choice items are left to the familiarity band of
quizapp.derive.choices (the famous acronym among unknown ones is not drawn).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.derive.discourse_fronts import card_term
from quizapp.derive.giveaways import gaps_of
from quizapp.language import fold_word
from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft

# Calibrated on the keys the reviews judged guessable ("ATP" 3.5 in English, 3.3 in Spanish;
# "UNESCO" 3.6 and 4.0) against acronyms of the sample documents they judged fine ("CFTR"
# 1.9, "CGIAR" 1.8, "INAH" 3.0 and "CSIC" 3.2 in Spanish, "PVC" 3.2).
HOUSEHOLD_ACRONYM_ZIPF = 3.3
ACRONYM = re.compile(r"[A-Z]{2,7}")
ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")  # "siglo XX": a century, no acronym


def bare_acronym(key: str, lang: Language) -> str | None:
    """The acronym ``key`` is, without the article the sentence gave it ("La UNESCO"), or None."""
    words = key.split()
    determiners = {fold_word(w) for w in lang.determiners}
    while len(words) > 1 and fold_word(words[0]) in determiners:
        words = words[1:]
    if len(words) != 1 or not ACRONYM.fullmatch(words[0]) or ROMAN_NUMERAL.fullmatch(words[0]):
        return None
    return words[0]


# The words of a name an acronym leaves out ("Río de Janeiro": RJ; "the Hague").
NAME_PARTICLES = frozenset(["de", "del", "da", "do", "dos", "das", "la", "las", "los", "el", "of", "the", "and", "y"])


def acronym_spelling_key(draft: Draft) -> list[str]:
    """Why a gap of ``draft`` is spelled by an acronym of its prompt (empty: none is): the
    key's initials open it. "The trading company SPMT ... closed its office in ____" (São
    Paulo), «la naviera HKTL cerró su oficina en ____» (Hong Kong): the letters name the place
    or the person, and a reader reads the key off them. A key of two capitalised words at
    least, typed, numeric or picked."""
    for gap in gaps_of(draft):
        key = next((k.strip() for k in gap.keys), "")
        words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", key) if fold_word(w) not in NAME_PARTICLES]
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        initials = "".join(fold_word(w)[:1] for w in words).upper()
        for acronym in re.findall(r"\b[A-Z]{2,7}\b", gap.before + " " + gap.after):
            if acronym.startswith(initials) and not ROMAN_NUMERAL.fullmatch(acronym):
                return [f"held back: the initials of {key!r} open the acronym {acronym!r} of the prompt: a reader spells the key from it"]
    return []


def household_acronym(draft: Draft, lang: Language) -> list[str]:
    """Why a typed gap of ``draft`` is a household acronym, or a gap's key is spelled by an
    acronym of its prompt (acronym_spelling_key; empty: neither)."""
    if spelled := acronym_spelling_key(draft):
        return spelled
    for gap in gaps_of(draft, typed=True):
        acronym = bare_acronym(str(gap.accept[0]), lang)
        if acronym is not None and lang.familiarity(acronym) >= HOUSEHOLD_ACRONYM_ZIPF:
            return [
                f"held back: {acronym!r} is an acronym every reader knows (word frequency "
                f"{lang.familiarity(acronym):.1f} on the Zipf scale): the role the sentence gives the gap points to it without the text"
            ]
    return []


def household_acronym_card(draft: Draft, lang: Language) -> list[str]:
    """Why ``draft``, a card, asks what a household acronym stands for or is (cards2): its
    front's term is one ("UEFA", "what is meant by “NATO”?", «ONU») or its back is one alone
    (the expansion asked the other way round). Every reader knows what the letters name; the
    card asks general knowledge, as the typed gap on them does (household_acronym). Empty for
    another card."""
    if draft.kind != "card":
        return []
    for side, text in (("front", card_term(draft)), ("back", str(draft.item.get("back", "")))):
        acronym = bare_acronym(text.strip().rstrip(".?").strip(), lang)
        if acronym is not None and lang.familiarity(acronym) >= HOUSEHOLD_ACRONYM_ZIPF:
            return [
                f"held back: the card's {side} is {acronym!r}, an acronym every reader knows (word frequency "
                f"{lang.familiarity(acronym):.1f} on the Zipf scale): what it stands for is general knowledge"
            ]
    return []
