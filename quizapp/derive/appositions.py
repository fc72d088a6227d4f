"""A rare term and the apposition that says what it is, as a card.

Textbook and encyclopedic paragraphs often define a term in passing, in apposition at the end
of a sentence, with no defining verb for ``quizapp.derive.definitions`` and no naming marker
("called") for ``quizapp.derive.variety``: "The harvest comes in flushes, periods when the
bushes put out new shoots.", "The lowest mud is held by glasswort, a fleshy plant that stores
salt water in its swollen stems.", «los queseros añadían quimosina, una enzima del estómago de
los terneros que corta la caseína.» The fresh reviews (issue 10, brief cover8) left such
paragraphs without an acceptable item when their only other draft was a gap on the term, which
its apposition gives away. A teacher asks the term's meaning: "According to the text, what is
meant by “glasswort”?" («Según el texto, ¿a qué se llama «quimosina»?»), back the apposition
as the text writes it.

Only where the card asks the document's own knowledge and reads on its own:

- the term is one or two lower-case words right before the comma (no name, no figure), its
  rarest word below TERM_ZIPF in general text (never "a friend", «una cueva»);
- the apposition runs from the comma to the sentence's end, 4-25 words, opens with an
  indefinite article or a noun and a relative ("periods when ...": not "and", a definite
  article or a verb, where the sentence goes on), holds no comma, colon,
  bracket or quotation, no subject pronoun or demonstrative (a possessive, "its swollen
  stems", is its own noun's), and does not repeat the term.

Held back from the start (APPOSITION_HOLD, one of the set reasons of ``quizapp.derive``):
``check_drafts`` offers it only for a content paragraph no other ready draft covers, after the
checks every card passes (a back that only names a class is held there).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from quizapp.derive.causes import RULES as CAUSE_RULES
from quizapp.derive.drafting import BASE_SCORE, Builder, Candidate, first_card_per_paragraph
from quizapp.derive.extract import Sentence, fold
from quizapp.derive.vague_cards import is_etymology

APPOSITION_HOLD = "held back: a card on a rare term the text explains in apposition"
SCORE = BASE_SCORE["card"] - 0.2  # a fallback, below every fact's card, above a why-card
TERM_ZIPF = 3.0  # the term's rarest word, in general text ("flushes" 2.7, "glasswort" 0)
MIN_WORDS, MAX_WORDS = 4, 25  # "a wading bird" only names a class
POSSESSIVES = frozenset(("its", "their", "su", "sus"))
WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# An apposition that defines opens with an indefinite article ("a fleshy plant that ...", «una
# enzima del ...») or a bare noun and a relative ("periods when ...", "ground that ..."): a
# definite article or a verb after the comma is the sentence going on («Para arrancarlo, los
# mariscadores bajan ...», «el trolebús, arrastraba ...»).
ARTICLES = {"en": r"(?:a|an)", "es": r"(?:un|una|unos|unas)"}
# A reflexive «se», and a clitic after it, stand right before a verb («se las llama»).
VERB_AFTER = re.compile(r"(?:^|\s)se(?:\s+(?:le|les|lo|la|los|las))?\s*$", re.IGNORECASE)
RELATIVES = {"en": r"(?:that|which|when|where|whose|in\s+which)", "es": r"(?:que|donde|cuando|cuyo|cuya|cuyos|cuyas|en\s+(?:el|la|los|las)\s+que)"}


class AppositionDrafter:
    """Cards on the rare terms a sentence explains in apposition at its end."""

    def __init__(self, builder: Builder):
        self.builder = builder
        self.lang = builder.lang
        rules = CAUSE_RULES.get(self.lang.code)
        self.leaning = (rules.leaning | rules.demonstratives) - POSSESSIVES if rules else frozenset()
        self.stop = self.lang.words.stop_words

    def candidates(self) -> Iterator[Candidate]:
        if self.lang.code not in ARTICLES or "card_named" not in self.lang.prompts:
            return
        yield from first_card_per_paragraph(self.builder.facts.sentences, self.card)

    def card(self, s: Sentence) -> Candidate | None:
        text = s.text.strip()
        m = re.search(
            rf"(?:^|\s)(?P<term>[a-záéíóúñ][\w'’\-]*(?:\s+[a-záéíóúñ][\w'’\-]*)?),\s+(?P<apposition>(?:{ARTICLES[self.lang.code]}\s+)?[a-záéíóúñ][^,;:()\[\]«»\"“”]*)\.$",
            text,
        )
        if m is None:
            return None
        term, apposition = self.term(m.group("term"), text[: m.start("term")]), m.group("apposition")
        if term is None or not self.apposition_reads(apposition, term):
            return None
        front = self.lang.prompt("card_named", term=term)
        back = apposition[0].upper() + apposition[1:] + "."
        at = s.start + s.text.find(apposition)
        fact = f"apposition:{s.paragraph}:{s.index}"
        item = {"front": front, "back": back, "source": [s.paragraph], "tags": ["apposition"]}
        return Candidate(
            "card", item, s.paragraph, (at, at + len(apposition)), SCORE, f"card|apposition|{fact}|{fold(term)}", fact, [apposition],
            [f"{APPOSITION_HOLD}, offered only for a paragraph no other ready draft covers"],
        )

    def term(self, words: str, before: str) -> str | None:
        """The term: the words before the comma after a small word ("with leghemoglobin" ->
        "leghemoglobin", "of nitrous oxide"), if rare enough to be the document's own. Where
        no small word comes first, the word before may be a verb («añadían quimosina»): no
        term is taken then; a two-word term only, after a small word ("with nitrous oxide")."""
        kept = words.split()
        while kept and fold(kept[0]) in self.stop:
            kept = kept[1:]
        if len(kept) == 2 and VERB_AFTER.search(f"{before} {words[: len(words) - len(' '.join(kept))]}"):
            # «a estas tiendas se las llama pulperías, unas tiendas ...» (defphrase): the word
            # after «se (las)» is the verb, and the term only what it names.
            kept = kept[1:]
        if not kept or any(fold(w) in self.stop or fold(w) in self.leaning for w in kept):
            return None
        if len(kept) == len(words.split()):  # no small word inside the match: what came before?
            previous = WORD.findall(before)[-1:]
            if len(kept) == 1 and previous and fold(previous[0]) not in self.stop:
                return None  # «añadían quimosina»: the word before may be the verb
            if len(kept) == 2 and (not previous or fold(previous[0]) not in self.stop):
                return None
        if min(self.lang.familiarity(w) for w in kept) >= TERM_ZIPF:
            return None
        return " ".join(kept)

    def apposition_reads(self, apposition: str, term: str) -> bool:
        words = [fold(w) for w in WORD.findall(apposition)]
        if not MIN_WORDS <= len(apposition.split()) <= MAX_WORDS or not words:
            return False
        code = self.lang.code
        if not re.match(rf"(?:{ARTICLES[code]}\s|[^\W\d_][\w'’\-]*\s+{RELATIVES[code]}\s)", apposition, re.IGNORECASE):
            return False
        if is_etymology(apposition, self.lang):
            return False  # "pulperías, palabra que viene de ...": where the word comes from, not what it is
        head = words[1] if len(words) > 1 and re.fullmatch(ARTICLES[self.lang.code], words[0]) else words[0]
        if head in self.stop or head.endswith("ly") or any(w in self.leaning for w in words):
            return False
        return not any(fold(t) in words for t in term.split())
