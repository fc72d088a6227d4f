"""Drafts for explanatory, causal and narrative paragraphs: their distinctive terms.

A paragraph that explains how something works, why something failed or what one step led to
("a flushing pump had been pressed into service as a fuel supply pump, and unlike the proper
pump it did not restart on its own"; "la presión del agua socavaba el terreno") often names no
person, figure, date or defined term, and so the fact-based drafter
(``quizapp.derive.drafting``) leaves it without any item: the eleventh review found a third of
the content paragraphs of two documents so. What such a paragraph does have is its own
vocabulary: a noun that general text rarely writes, well below the document's ordinary words
(wordfreq's Zipf scale), which its sentence does not settle. A gap on it is a fair recall item
of what the paragraph says: "A ____ pump had been pressed into service as a fuel supply pump"
(flushing).

Not settled by the sentence means: the sentence's rarest noun (a rarer one is a cue: "the
bellows fed air to the ____"), not a verb or an adjective (a reader fills those from the
grammar, or types a synonym), not sharing its stem with another word of the sentence or the
headings ("las salineras" for "salinero"), not a compound of one ("the ____ soaked the straw as
the ice melted": meltwater), not named by what it is for ("the briquettes for the ____"), not
after "and" ("ridges and ____") or an approximate quantity ("unos ____"), not closing its
sentence unless very rare ("beside the ____."), not describing a person named right after it,
in a sentence with enough to read, and the paragraph's own (used in no other paragraph: not
the document's subject or setting). A term the text names after describing the thing ("towers
of ice called seracs") is asked by a card of quizapp.derive.variety. Like
``Builder.detail_word``, a gap is held back from the start: ``check_drafts`` offers it only for a content paragraph no other
ready draft covers, after the same checks as any other draft (grounding, the linter, enemies).
"""
from __future__ import annotations

import re
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from quizapp.derive import answers as typed_answers
from quizapp.derive.drafting import DETAIL_WORD_HOLD, Builder, Candidate
from quizapp.derive.extract import Mention, Sentence, fold
from quizapp.derive.word_families import COMPOUND_ENDINGS, FAMILY_STEM, opening, strip_ending

# A distinctive term is rarer than this in general text ("flushing" 3.4, "redundancy" 3.3,
# "fenders" 2.8, "sotos" 2.3), and ...
DISTINCT_ZIPF = 3.5
# ... this far below the document's ordinary word (the median Zipf of its lower-case content
# words, about 4.5 in a news text): rare for the document, not only for general text.
DISTINCT_MARGIN = 1.0
# A term rarer than this is a technical word wherever it stands ("sericin", "ferrules"); one
# between this and DISTINCT_ZIPF never closes its sentence, where a reader completes a stock
# ending ("beside the quays.", "dos días de antelación.", "a hard turn of the rudder.").
TERM_ZIPF = 2.5
MIN_TERM_LETTERS = 4
PERSON_REACH = 40  # characters from a gap to a person's name after it: the gap describes them
MIN_CONTEXT_WORDS = 4  # content words a gap's sentence keeps: fewer, and the key is a stock phrase's
# The paragraph's own term: one another paragraph uses too is the text's setting or subject
# ("se expusieron en la ____" in a fishing port: lonja, the sixth review's trivial gap).
MAX_TERM_PARAGRAPHS = 1
PER_PARAGRAPH = 2  # gaps drafted per paragraph (other sentences), for the coverage pass to try
COMPOUND_PART = 4  # letters of a sentence word's stem found inside a key that compounds it
TERM_SCORE_OFFSET = 0.3  # below every fact's draft: a fallback, like the detail words
# Words after which a lower-case word is a noun the sentence names (beside articles and
# possessives): "of the ____", "with ____", "a ____ de", "en ____".
NOUN_PREPOSITIONS = {
    "en": frozenset(("of", "with", "by", "from", "into", "in", "on", "for", "without", "between")),
    "es": frozenset(("de", "del", "con", "por", "a", "en", "sin", "entre", "sobre", "hacia")),
}
# Words naming the term that follows ("small metal sleeves called ferrules", "canales, llamados
# corrugi en las fuentes"): the text gives it as its own word for the thing.
NAMING_WORDS = {
    "en": frozenset(("called", "named", "termed")),
    "es": frozenset(("llamado", "llamada", "llamados", "llamadas", "denominado", "denominada", "denominados", "denominadas")),
}
# No gap on a word after "and": "tiny ridges and ____" (grooves) is a pair a reader completes.
# A modifier before its noun in English ("a ____ error") must be a noun or a gerund ("a flushing
# pump"), not an adjective, which a reader fills with a synonym ("navigation", "human").
MODIFIER_ADJECTIVE = re.compile(r"(?:al|ous|ive|ful|less|able|ible|ic|ary|ish|ly|ent|ant|ed|est|ern|y)$")
# A noun named by what it is for ("el ____ para las calderas") is settled by the sentence.
PURPOSE = {"en": re.compile(r"^ for\b"), "es": re.compile(r"^ para\b")}
# ... nor by the purpose it serves ("the briquettes for the ____": stoves).
PURPOSE_BEFORE = {"en": re.compile(r"\bfor (?:(?:the|a|an) )?$", re.IGNORECASE), "es": re.compile(r"\bpara (?:(?:el|la|los|las|un|una) )?$", re.IGNORECASE)}
# A word right after one of these is a unit or a thing counted ("se hundía unos ____": palmos,
# or metros, or centímetros): many answers fit, and the text settles only its own.
QUANTITY_WORDS = frozenset(("unos", "unas", "varios", "varias", "algunos", "algunas", "some", "several", "about", "around", "roughly"))
# Endings of adjectives and adverbs: a reader fills them from the grammar or types a synonym.
ADJECTIVE = {
    "en": re.compile(r"(?:ous|ive|ful|less|able|ible|ic|ical|ary|ish|ly)$"),
    "es": re.compile(r"(?:oso|osa|osos|osas|ivo|iva|ivos|ivas|able|ables|ible|ibles|mente)$"),
}
# An infinitive after a preposition ("para desmontar", "a trabajar") is a verb, not a noun.
INFINITIVE = {"en": re.compile(r"(?!)"), "es": re.compile(r"(?:ar|er|ir|arse|erse|irse)$")}
WORD = re.compile(r"[^\W\d_][^\W\d_'’\-]*")


@dataclass(frozen=True)
class Term:
    """A distinctive term of one sentence, with where it stands."""

    word: str
    rarity: float  # Zipf frequency in general text
    start: int  # offsets in the sentence's text
    end: int
    noun: bool  # the head of its noun phrase (takes a plural), not a modifier ("a ____ pump")


def stem(word: str) -> str:
    """The word without a common inflection or derivation ending ("melts" -> "melt",
    "melting" -> "melt", "salineras" -> "salin"), folded."""
    return strip_ending(word, COMPOUND_ENDINGS, COMPOUND_PART)


def compound_of(key: str, words: Sequence[str]) -> str | None:
    """The word of ``words`` whose stem (four letters or more) opens or closes ``key``, a
    longer word: "meltwater" beside "melts", "sandbank" beside "sand". None if none."""
    k = fold(key)
    for word in words:
        s = stem(word)
        if len(s) >= COMPOUND_PART and fold(word) != k and len(k) >= len(s) + 3 and (k.startswith(s) or k.endswith(s)):
            return word
    return None


def term_problem(sentence_text: str, start: int, end: int, headings_stems: frozenset[str]) -> str | None:
    """Why a gap on the word at ``start:end`` of the sentence is settled by the sentence or the
    headings (its stem in another word, or a compound of another word), or None."""
    key = sentence_text[start:end]
    others = [w.group() for w in WORD.finditer(sentence_text) if not (w.start() == start and w.end() == end)]
    if (part := compound_of(key, others)) is not None:
        return f"held back: the key {key!r} is a compound of the sentence's word {part!r}: the sentence gives it away"
    own = opening(key, FAMILY_STEM)
    if len(own) == FAMILY_STEM and (own in headings_stems or any(opening(w, FAMILY_STEM) == own for w in others)):
        return f"held back: the key {key!r} shares its stem with a word of the sentence or a heading: it gives it away"
    return None


class ExplanationDrafter:
    """Gaps on the distinctive terms of a document's paragraphs, for the paragraphs the
    fact-based drafter leaves without an item (see the module's docstring)."""

    def __init__(self, builder: Builder, headings: Sequence[str] = ()) -> None:
        self.builder = builder
        self.lang = builder.lang
        self.code = self.lang.code if self.lang.code in NOUN_PREPOSITIONS else "en"
        self.heading_stems = frozenset(opening(w, FAMILY_STEM) for h in headings for w in WORD.findall(h) if len(w) >= FAMILY_STEM)
        self.copulas = frozenset(fold(w) for w in self.lang.copulas)
        self.threshold = min(DISTINCT_ZIPF, self.ordinary_zipf() - DISTINCT_MARGIN)

    def ordinary_zipf(self) -> float:
        """The median Zipf frequency of the document's lower-case content words: how common
        its ordinary vocabulary is (a textbook's is rarer than a news story's)."""
        stop = self.lang.words.stop_words
        words = {
            w for text in self.builder.facts.paragraphs.values() for w in WORD.findall(text)
            if w[:1].islower() and len(w) >= MIN_TERM_LETTERS and fold(w) not in stop
        }
        values = [self.lang.familiarity(w) for w in sorted(words)]
        return statistics.median(values) if values else DISTINCT_ZIPF + DISTINCT_MARGIN

    # ------------------------------------------------------------ drafts

    def candidates(self) -> Iterator[Candidate]:
        by_paragraph: dict[int, list[Sentence]] = {}
        for s in self.builder.facts.sentences:
            by_paragraph.setdefault(s.paragraph, []).append(s)
        for sentences in by_paragraph.values():
            found: list[tuple[Term, Sentence, Sentence]] = []  # the term, its sentence, the prompt's
            previous: Sentence | None = None
            for s in sentences:
                shown = self.prompt_sentence(previous, s)
                previous = s
                if shown is None:
                    continue
                term = self.distinctive_term(shown, own_from=s.start)
                if term is not None:
                    found.append((term, s, shown))
            found.sort(key=lambda t: (t[0].rarity, t[1].index))
            for term, _s, shown in found[:PER_PARAGRAPH]:
                yield self.gap(term, shown)

    def prompt_sentence(self, previous: Sentence | None, s: Sentence) -> Sentence | None:
        """The sentence as a prompt can quote it: itself, without its opening marker, or with
        the sentence before it that it leans on (see Builder.usable); None if none reads alone."""
        b = self.builder
        if b.usable(s):
            return s
        if (trimmed := b.without_marker(s)) is not None and b.usable(trimmed):
            return trimmed
        return b.with_previous(previous, s)

    def distinctive_term(self, s: Sentence, own_from: int) -> Term | None:
        """The rarest distinctive term of the sentence at or after ``own_from`` (a paragraph
        offset: a sentence quoted with the one before asks only its own words), or None."""
        b = self.builder
        stop = self.lang.words.stop_words
        taken = [(m.start - s.start, m.end - s.start) for m in s.mentions]
        people = [m.start - s.start for m in s.mentions if m.kind == "person" or self.reads_as_person(m)]
        tokens = list(WORD.finditer(s.text))
        folded = [fold(t.group()) for t in tokens]
        openers = b.noun_openers | NOUN_PREPOSITIONS[self.code]
        best: Term | None = None
        # The sentence's rarest noun: a gap on a commoner one is settled by it ("how the
        # bellows fed air to the ____": hearth), the two being words of one trade.
        cue = min((
            self.lang.familiarity(t.group()) for j, t in enumerate(tokens)
            if j and t.group()[:1].islower() and len(t.group()) >= MIN_TERM_LETTERS and folded[j] not in stop
            and folded[j - 1] in openers and s.text[tokens[j - 1].end():t.start()] == " "
            and not ADJECTIVE[self.code].search(folded[j]) and not typed_answers.verb_like(t.group(), self.lang)
        ), default=DISTINCT_ZIPF)
        for i, tok in enumerate(tokens):
            word = tok.group()
            if (
                i == 0 or s.start + tok.start() < own_from or not word[0].islower() or len(word) < MIN_TERM_LETTERS
                or folded[i] in stop or folded[i] in b.role_words or self.lang.number_words.fullmatch(folded[i])
                or any(a < tok.end() and tok.start() < z for a, z in taken)
                or folded.count(folded[i]) > 1 or b.paragraphs_using(folded[i]) > MAX_TERM_PARAGRAPHS
                or s.text[tok.end():tok.end() + 1] in ("-", "'", "’") or s.text[tok.start() - 1:tok.start()] in ("-", "'", "’")
            ):
                continue
            rarity = self.lang.familiarity(word)
            if rarity >= self.threshold or rarity > cue or (best is not None and rarity >= best.rarity):
                continue
            noun = self.noun_position(s, tokens, folded, i, openers)
            if noun is None or PURPOSE[self.code].match(s.text[tok.end():]) or PURPOSE_BEFORE[self.code].search(s.text[:tok.start()]):
                continue
            if rarity >= TERM_ZIPF and not s.text[tok.end():].strip(" *.!?»”\"'"):
                continue  # "merchants stacked their barrels beside the ____.": a sentence's end is where a reader completes it
            if any(0 <= at - tok.end() <= PERSON_REACH for at in people):
                continue  # "La ____ que dirigió el trabajo, Nerea Castiñeira": a role, said many ways
            if self.after_measure(s.text[:tok.start()]) or folded[i - 1] in QUANTITY_WORDS:
                continue  # "con dos días de ____": a stock phrase closes a measure (antelación)
            if term_problem(s.text, tok.start(), tok.end(), self.heading_stems) is not None:
                continue
            m = Mention("term", word, s.start + tok.start(), s.start + tok.end(), s.paragraph, s.index, word)
            if typed_answers.given_away(b.blank(s, m), word) is not None:
                continue
            own = [j for j in range(len(tokens)) if s.start + tokens[j].start() >= own_from]  # a quoted sentence before is no part of it
            if sum(1 for j in own if j != i and folded[j] not in stop and len(folded[j]) > 2) < MIN_CONTEXT_WORDS:
                continue  # "La ____ es, por lo tanto, interna.": too little to read, a stock phrase fills it
            start, end = tok.start(), tok.end()
            if s.text[start - 1:start] == "*" and s.text[end:end + 1] == "*":
                start, end = start - 1, end + 1  # an emphasised term ("*corrugi*") is blanked whole
            best = Term(word, rarity, start, end, noun)
        return best

    def reads_as_person(self, m: Mention) -> bool:
        """A name of no known kind that may be a person's: two or three capitalised words, none
        a place's or an organisation's word ("Nerea Castiñeira", not "Instituto de Vilaboa")."""
        words = str(m.value).split()
        return m.kind == "name" and 2 <= len(words) <= 3 and all(w[:1].isupper() and fold(w) not in self.builder.generic_words for w in words)

    def after_measure(self, before: str) -> bool:
        """Whether the text before a gap ends on a measure, a figure and its noun and "of"
        ("dos días de ____", "three days of ____"): the gap closes a stock phrase."""
        words = before.split()
        if len(words) < 3 or fold(words[-1]) not in ("de", "of"):
            return False
        amount = fold(words[-3])
        return bool(re.fullmatch(r"[\d.,]+", amount) or self.lang.number_words.fullmatch(amount))

    def noun_position(self, s: Sentence, tokens: list[re.Match[str]], folded: list[str], i: int, openers: frozenset[str] | set[str]) -> bool | None:
        """Whether token ``i`` stands where a noun does: True for the head of a noun phrase
        (after an article, a possessive or a preposition, or opening a clause after a colon),
        False for a noun modifying the next one in English ("a ____ pump"), None where it
        reads as a verb or an adjective."""
        word = tokens[i].group()
        before = s.text[tokens[i - 1].end():tokens[i].start()].replace("*", "")  # "llamados *corrugi*"
        nxt = folded[i + 1] if i + 1 < len(tokens) else ""
        after = s.text[tokens[i].end():tokens[i + 1].start()] if i + 1 < len(tokens) else ""
        after_opener = before == " " and (folded[i - 1] in openers or folded[i - 1] in NAMING_WORDS[self.code])
        after_colon = before.strip() in (":", ";")
        if not (after_opener or after_colon):
            return None
        if INFINITIVE[self.code].search(folded[i]) and self.code == "es":
            return None
        if ADJECTIVE[self.code].search(folded[i]):
            return None
        stop = self.lang.words.stop_words
        # English puts a modifier before its noun: "a flushing pump", "the cordgrass roots".
        modifier = (
            self.code == "en" and after == " " and bool(nxt) and tokens[i + 1].group()[:1].islower()
            and nxt not in stop and not typed_answers.verb_like(tokens[i + 1].group(), self.lang)
        )
        if modifier and re.search(r"[^s]s$", folded[i]):
            return None  # a plural modifies nothing: "the ____ react with the air" (juices) is a subject
        if modifier and i + 2 < len(tokens):
            # "the ____ fed air": a content word after the next one makes that one a verb.
            gap_after = s.text[tokens[i + 1].end():tokens[i + 2].start()]
            if gap_after == " " and folded[i + 2] not in stop:
                return None
        if modifier:
            # ... only after an article (not "of ____ stone"), and a gerund only there.
            if folded[i - 1] not in self.builder.noun_openers or MODIFIER_ADJECTIVE.search(folded[i]):
                return None
            return False
        nxt_word = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        if typed_answers.verb_like(word, self.lang, nxt_word):
            return None
        # The subject of the verb right after it is described by what it does ("how the ____
        # fed air to the hearth": bellows), which settles it; a copula ("los ____ eran
        # frecuentes") does not. In English a content word right after a head noun is a verb or
        # makes a compound, either way the gap's word is settled or cut.
        if after == " " and nxt and nxt not in self.copulas and (
            (self.code == "en" and nxt not in stop and nxt_word[:1].islower())
            or (self.code != "en" and typed_answers.verb_like(nxt_word, self.lang, folded[i + 2] if i + 2 < len(tokens) else ""))
        ):
            return None
        return True

    def gap(self, term: Term, s: Sentence) -> Candidate:
        """The fill-in draft on ``term``, held back as a detail word (a fallback for coverage)."""
        b = self.builder
        m = Mention("term", term.word, s.start + term.start, s.start + term.end, s.paragraph, s.index, term.word)
        prompt = self.lang.prompt("complete", passage=b.blank(s, m))
        accept = [term.word, *b.real_variants(term.word)] if term.noun else [term.word]
        item = b.question("fill_in", prompt, b.explain(s), [s.paragraph], 1, accept=accept, typos=typed_answers.term_forgives_typos(term.word, self.lang.code))
        fact = f"{s.index}:word:{fold(term.word)}"
        return Candidate(
            "question", item, s.paragraph, b.span(m), b.score("fill_in", m, s) - TERM_SCORE_OFFSET, f"fill_in|{fact}|{prompt}", fact, [term.word],
            [f"{DETAIL_WORD_HOLD} ({term.word!r}), offered only for a paragraph no other ready draft covers"],
        )
