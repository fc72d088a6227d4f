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

Cards too (the unseen pair's review): under «Formas de superficie: el exokarst» the card
"exokarst" -> "el conjunto de formas de la superficie" is answered by the heading above it, which
pairs the term with what it is. A card is held back when its front's term stands in its section's
heading (or the title) and every other content word of that heading stands in the back.
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


_STOP_WORDS: dict[str, frozenset[str]] = {}


def _stop_words(lang: Language) -> frozenset[str]:
    """The language's stop words folded, once per language (asked for every card)."""
    if lang.code not in _STOP_WORDS:
        _STOP_WORDS[lang.code] = frozenset(fold(w).lower() for w in lang.words.stop_words)
    return _STOP_WORDS[lang.code]


def _content(text: str, lang: Language) -> list[str]:
    """The folded words of ``text`` that carry content (no stop word, three letters at least)."""
    stop = _stop_words(lang)
    return [w for w in (fold(x).lower() for x in _words(text)) if w not in stop and len(w) >= 3]


def _in_family(word: str, words: Sequence[str]) -> bool:
    return any(word == other or share_opening(word, other, STEM) for other in words)


def title_card(draft: Draft, titles: list[str], lang: Language) -> list[str]:
    """Why ``draft``, a card, is answered by its topic's title (empty: it is not): the title
    names the card's term and what the rest of the title says stands in the card's back."""
    if draft.kind != "card" or not titles:
        return []
    front, back = str(draft.item.get("front", "")), str(draft.item.get("back", ""))
    # The front's own words: the card prompt's frame ("what is meant by ...?") left out.
    frame = set(_content(lang.prompt("card_named", term=""), lang)) if "card_named" in lang.prompts else set()
    term = [w for w in _content(front, lang) if w not in frame]
    back_words = _content(back, lang)
    if not term or not back_words:
        return []
    for title in titles:
        heading = _content(title, lang)
        if not all(_in_family(w, heading) for w in term):
            continue
        rest = [w for w in heading if not _in_family(w, term)]
        if rest and all(_in_family(w, back_words) for w in rest):
            return [f"held back: the heading {title!r} names the card's term and says what it is ({' '.join(rest)!r}): the learner reads the answer above the card"]
    return []
