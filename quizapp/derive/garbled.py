"""Garbled card and gap text: an item whose words no longer read as a sentence once cut.

Fresh reviews of unseen texts (mostly Spanish) rejected items whose text had been assembled
from pieces of a sentence and read wrong: a card's front or back ending on a function word
(«... lo que se», «... que se», "... because of", "... and"), a front that dropped an article
its sentence writes («Nombre de especie que vive en ...» of «el nombre de la especie que vive
en ...», «Año en que ciudad adoptó ...»), and a typed gap whose sentence, once the gap is cut,
writes an article or a preposition twice or leaves one without its noun ("the the ____", «en
el ____ de la.», «de el ____»). Each is held with its reason; a front or back that a drafter
can assemble whole is repaired where it is assembled (definitions, variety's naming markers).

The words are the languages' (``Language.loose_endings``, ``stranded_prepositions``,
``determiners``, ``contractions``); the rules read only the item and its cited paragraphs.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import pairwise
from typing import TYPE_CHECKING

from quizapp.derive.checks import gap_keys
from quizapp.derive.extract import fold
from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft

WORD = re.compile(r"[^\W\d_][\w'’\-]*")
BLANK = "____"
# What closes a text after its last word: a full stop, a question mark, quotation marks, brackets.
CLOSING = re.compile(r"[\s.?!…»”\"'’)\]*_]*$")
# An article right before a mark that ends a phrase: the article has lost its noun ("de la.",
# "the,"). Lower case only ("Vitamin A,", «La» opening a title).
# (A full stop with a letter after it closes an abbreviation, no phrase: "11 a.m.", "i.e.")
ARTICLE_BEFORE_MARK = re.compile(r"(?<![\w'’\-])(?P<article>[^\W\d_]{1,3})\s*(?=[,;:!?»”)]|\.(?![^\W\d_])|$)")
# A word written twice with one space between ("the the", «de de»); a comma or the gap between
# two is no repeat («en ____, en el norte»).
DOUBLED = re.compile(r"(?<![\w'’\-])(?P<word>[^\W\d_]+) +(?P=word)(?![\w'’\-])", re.IGNORECASE)
# Quotation marks, brackets and the marks between clauses: a card's text is read in segments.
SEGMENT_BREAK = re.compile(r"[«»“”\"‘’()\[\]¿?¡!,;:.]")
# The quoted sentence of a gap prompt («...», “...”, "...").
QUOTED = re.compile(r"[«“\"](?P<passage>[^«»“”\"]*_{4}[^«»“”\"]*)[»”\"]")


def _words(text: str) -> list[str]:
    return WORD.findall(text.replace("**", "").replace("__", " "))


def loose_end(text: str, lang: Language, *, question: bool = False) -> str | None:
    """The function word ``text`` ends on ("... because of", «... lo que se»), or None. A
    question may strand a preposition where its language does ("What does it consist of?")."""
    body = CLOSING.sub("", text.strip())
    found = _words(body)
    if not found or not body.endswith(found[-1]):
        return None
    last = fold(found[-1])
    if not found[-1].islower() or last not in lang.loose_endings:
        return None
    if question and last in lang.stranded_prepositions:
        return None
    return found[-1]


def orphan_article(text: str, lang: Language) -> str | None:
    """An article standing before a comma, a full stop or the end, its noun cut away («... de
    la.», "the, and"), or None. Spanish «la», «lo» before a mark are clitics of a verb only after
    it (joined), never alone there."""
    articles = lang.determiners - {"un", "una", "unos", "unas", "uno"}  # «cada una,», «una a una»: pronouns
    for m in ARTICLE_BEFORE_MARK.finditer(text):
        word = m.group("article")
        if word.islower() and fold(word) in articles:
            return word
    return None


def _split_contractions(words: list[str], lang: Language) -> list[str]:
    """«del» -> «de el», «al» -> «a el»: the article inside a contraction counts as one."""
    joined = {v: k.split() for k, v in lang.contractions.items()}
    out: list[str] = []
    for w in words:
        out.extend(joined.get(w, [w]))
    return out


def dropped_article(text: str, source: str, lang: Language) -> str | None:
    """Two words the card writes side by side where every time its paragraph writes them, an
    article stands between («de especie» of «de la especie», «que ciudad» of «que la ciudad»):
    the article a noun phrase needs was lost when the card was assembled. Returns the words as
    the paragraph writes them, or None."""
    theirs = _split_contractions([fold(w) for w in _words(source)], lang)
    if not theirs:
        return None
    stop = lang.words.stop_words
    together = set(pairwise(theirs))
    apart = {(a, c): b for a, b, c in zip(theirs, theirs[1:], theirs[2:]) if b in lang.determiners}
    for segment in SEGMENT_BREAK.split(text):
        # A quoted term opens without its article («¿a qué se llama «salmuera de cocción»?» of
        # «se llama la salmuera de cocción»): only words of one segment are read side by side.
        mine = _split_contractions([fold(w) for w in _words(segment)], lang)
        for a, b in pairwise(mine):
            if a in lang.determiners or b in stop or (a, b) in together:
                continue
            if (article := apart.get((a, b))) is not None:
                return f"{a} {article} {b}"
    return None


def garbled_card(draft: Draft, lang: Language, text: Mapping[int, str]) -> list[str]:
    """Why a card's front or back does not read as a whole phrase: its front ends on a function
    word («Según el texto, ¿qué ocurre cuando la sal que se?»; a back's ending is
    cut_terms.unfinished_back's), a side keeps an article without its noun, or drops an article
    its paragraph writes inside a noun phrase («Nombre de especie que vive en ...»)."""
    if draft.kind != "card":
        return []
    found: list[str] = []
    source = "\n".join(text.get(n, "") for n in draft.item.get("source", []) or [draft.paragraph])
    for side in ("front", "back"):
        words = str(draft.item.get(side, "")).strip()
        if len(_words(words)) < 2:
            continue
        if side == "front" and (end := loose_end(words, lang, question=words.endswith("?"))) is not None:
            found.append(f"held back: the card's front ends on {end!r}: no whole phrase, something is cut off")
        elif (article := orphan_article(words, lang)) is not None:
            found.append(f"held back: the card's {side} keeps the article {article!r} without its noun: something is cut off")
        elif source and (lost := dropped_article(words, source, lang)) is not None:
            found.append(f"held back: the card's {side} drops the article its sentence writes ({lost!r}): a noun phrase without the determiner it needs")
    return found


def garbled_gap(draft: Draft, lang: Language) -> list[str]:
    """Why a gap's sentence reads wrong once the gap is cut: an article or a preposition
    written twice ("the the ____"; «en el ____» keyed «el muelle»; «____ de» keyed «centro de»), a
    contraction written apart («de el ____»), a key or a sentence ending on a function word, or an
    article left without its noun («en el ____ de la.»)."""
    prompt = str(draft.item.get("prompt", "") or "")
    if draft.kind != "question" or BLANK not in prompt:
        return []
    quoted = QUOTED.search(prompt)
    passage = (quoted.group("passage") if quoted else prompt).replace("**", "")
    small = lang.determiners | lang.noun_leads | lang.stranded_prepositions
    for m in DOUBLED.finditer(passage):
        if fold(m.group("word")) in small:
            return [f"held back: the gap's sentence writes {m.group('word')!r} twice in a row: it does not read as a sentence"]
    for pair, joined in lang.contractions.items():
        if re.search(rf"(?<![\w'’\-]){pair}(?![\w'’\-])", passage):
            return [f"held back: the gap's sentence writes {pair!r} where the language writes {joined!r}: it was assembled from pieces"]
    keys = [k for k in gap_keys(draft) if k.strip()][:1]
    for at in (m.start() for m in re.finditer(re.escape(BLANK), passage)):
        before = [fold(w) for w in _words(passage[:at])][-1:]
        after = [fold(w) for w in _words(passage[at + len(BLANK):])][:1]
        for key in keys:
            written = _words(key)
            if not written:
                continue
            first, last = fold(written[0]), fold(written[-1])
            if before and written[0].islower() and first in small and (
                before[0] == first or {before[0], first} <= lang.determiners
                or (before[0] in lang.contractions.values() and first in lang.determiners)):
                return [f"held back: the gap's key {key!r} opens with {first!r} right after {before[0]!r}: filled in, the sentence writes it twice"]
            if after and written[-1].islower() and last in small and after[0] == last:
                return [f"held back: the gap's key {key!r} ends with {last!r}, which the sentence writes again after the gap"]
            if len(written) > 1 and written[-1].islower() and last in lang.loose_endings and last not in lang.stranded_prepositions:
                return [f"held back: the gap's key {key!r} ends on {written[-1]!r}: a cut phrase, not an answer"]
    filled = passage.replace(BLANK, "X")
    if (end := loose_end(filled, lang, question=True)) is not None:
        return [f"held back: the gap's sentence ends on {end!r}: it was cut before its end"]
    if (article := orphan_article(filled, lang)) is not None:
        return [f"held back: the gap's sentence keeps the article {article!r} without its noun: it was cut"]
    return []
