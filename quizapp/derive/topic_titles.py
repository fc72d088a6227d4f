"""A gap whose key the topic's title gives (fresh review, kinds7 (b)).

The bank folder files each item under a topic titled with the heading of its paragraph's
section, and the document's title heads the whole bank: a learner reads both before the
question. ``checks.trivial_key`` already holds a key a heading holds word for word, or a one-word
key sharing a heading word's stem. Two forms got through:
- a person's full name whose surname titles the section or the document, when the surname is
  also a word ("It is named after ____" → "Richard Christopher Carrington" under "The
  Carrington Event": "Carrington" is a word to the frequency lists, so the surname was not
  compared);
- a lower-case key of several words each of which the section's heading holds in another form
  ("tubo volcánico" under "Los tubos volcánicos").
Only the cited paragraph's own section heading and the document's title count here, and a
surname only when it is no common word of the language in lower case ("Street", "Bridge",
"Brown" are; "Carrington", "Hadley" are not).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizapp.derive.extract import fold
from quizapp.derive.word_families import FAMILY_STEM, share_opening
from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft, Paragraph

COMMON_WORD_ZIPF = 4.0  # a capitalised word this frequent in lower case is a common word ("Street" 5.3)
STEM = FAMILY_STEM  # letters a heading's word shares with a key's word of the same family ("volcánico"/"volcánicos")


def topic_titles(paragraphs: Sequence[Paragraph]) -> dict[int, list[str]]:
    """For each content paragraph, the titles a learner reads above its items: its section's
    heading and the document's title (the first paragraph, when it is a heading)."""
    title = paragraphs[0].text if paragraphs and paragraphs[0].is_heading else ""
    titles: dict[int, list[str]] = {}
    section = ""
    for p in paragraphs:
        if p.is_heading:
            section = p.text
            continue
        titles[p.number] = [t for t in dict.fromkeys((section, title)) if t]
    return titles


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


def title_key(draft: Draft, titles: list[str], lang: Language) -> list[str]:
    """Why ``draft``'s gap is given by its topic's title or the document's (empty: it is not)."""
    from quizapp.derive.checks import gap_keys

    if draft.kind != "question" or not titles:
        return []
    stop = lang.words.stop_words
    place_words = {fold(w).lower() for w in lang.place_words | lang.organisation_words}
    for key in gap_keys(draft):
        words = _words(key)
        if len(words) < 2:  # one word: checks.trivial_key compares it with every heading
            continue
        if all(w[:1].isupper() for w in words if fold(w).lower() not in stop):
            surname = words[-1]
            folded = fold(surname).lower()
            if folded in place_words or lang.familiarity(surname.lower()) >= COMMON_WORD_ZIPF:
                continue
            if any(surname in _words(t) for t in titles):
                return [f"held back: the key {key!r} is named by its topic's title or the document's ({surname!r}): the reader knows it without the paragraph"]
        elif key[:1].islower():
            content = [fold(w).lower() for w in words if fold(w).lower() not in stop and len(w) >= 3]
            heading_words = {fold(w).lower() for t in titles for w in _words(t) if len(w) >= 4}
            if content and all(any(share_opening(w, h, STEM) for h in heading_words) for w in content):
                return [f"held back: every word of the key {key!r} stands in its topic's title or the document's: the reader knows it without the paragraph"]
    return []
