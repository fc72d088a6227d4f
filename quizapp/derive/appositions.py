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
from dataclasses import dataclass

from quizapp.derive.causes import RULES as CAUSE_RULES
from quizapp.derive.drafting import BASE_SCORE, Builder, Candidate, first_card_per_paragraph
from quizapp.derive.extract import Sentence, fold
from quizapp.derive.vague_cards import is_etymology
from quizapp.language import lower_initial

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


# A clause and its restatement (brief explain2): "The starch, which gelatinises, that is, its
# granules take up water and swell.", «..., es decir, lo venden con poco margen ...». The
# clause glossed is the sentence before the marker, opening on its subject, or a relative clause
# and the noun it follows ("the starch, which gelatinises"); the gloss a clause of its own.
MIN_CLAUSE_WORDS, MAX_CLAUSE_WORDS = 3, 20
MIN_NEW_WORDS = 2  # content words of the gloss its front does not hold
NEXT_CLAUSE = re.compile(r",\s+(?:y|e|pero|and|but)\s+(?=(?:un|una|el|la|los|las|a|an|the)\s)", re.IGNORECASE)
POINTERS = frozenset(("its", "their", "it", "they", "su", "sus", "lo", "la", "los", "las", "le", "les"))
POINTER_ARTICLES = {"lo": frozenset(("el", "un")), "la": frozenset(("la", "una")), "los": frozenset(("los", "unos")), "las": frozenset(("las", "unas"))}
GLOSS_OPENERS = frozenset(("no", "se", "lo", "le", "les", "la", "los", "las", "su", "sus", "its", "their", "it", "they"))


@dataclass(frozen=True)
class Gloss:
    sentence: re.Pattern[str]  # groups before, gloss
    relative: re.Pattern[str]  # the noun and its relative clause at the end of before: groups noun, clause
    subject: re.Pattern[str]  # how the glossed clause opens: its subject
    clause: re.Pattern[str]  # how a gloss that is a clause opens (a verb, a clitic, a possessive's noun)
    front: str
    back: str


GLOSSES = {
    "en": Gloss(
        sentence=re.compile(r"^(?P<before>[^;:]+?),\s+(?:that is|in other words|i\.e\.),?\s+(?P<gloss>[^;:]+?)\.$"),
        relative=re.compile(r"(?P<noun>\b(?:the|a|an)\s+[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?),\s+which\s+(?P<clause>[^,]+)$", re.IGNORECASE),
        subject=re.compile(r"^(?:The|A|An|Most|Many|Some|Each|Every|the|a|an|most|many|some|each|every)\s+[a-z]"),
        clause=re.compile(r"^(?:(?:its|their)\s+[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?\s+[a-z]+|(?:it|they)\s+[a-z]+)\b"),
        front="According to the text, what does it mean that {clause}?",
        back="{gloss}.",
    ),
    "es": Gloss(
        sentence=re.compile(r"^(?P<before>[^;:]+?),\s+(?:es decir|o sea|dicho de otro modo|en otras palabras),\s+(?P<gloss>[^;:]+?)\.$"),
        relative=re.compile(r"(?P<noun>\b(?:el|la|los|las)\s+[a-záéíóúñ][a-záéíóúñ\-]*(?:\s+[a-záéíóúñ][a-záéíóúñ\-]*)?),\s+que\s+(?P<clause>[^,]+)$", re.IGNORECASE),
        subject=re.compile(r"^(?:El|La|Los|Las|Un|Una|Cada|el|la|los|las|un|una|cada)\s+[a-záéíóúñ]"),
        # «no recibe», «lo venden», «se hinchan», «sus gránulos absorben»: a verb opens it, or
        # a clitic, or a possessive's noun (a bare article opens a noun phrase: a term's gloss)
        clause=re.compile(
            r"^(?!(?:un|una|unos|unas|uno)\b)(?:no|se|lo|le|les|(?:la|los|las)\s+[a-záéíóúñ]+(?:an|en)|(?:su|sus)\s+[a-záéíóúñ]+\s+[a-záéíóúñ]+"
            r"|[a-záéíóúñ]{3,}(?:a|e|an|en))\b"
        ),
        front="Según el texto, ¿qué quiere decir que {clause}?",
        back="{gloss}.",
    ),
}


class AppositionDrafter:
    """Cards on the rare terms a sentence explains in apposition at its end."""

    def __init__(self, builder: Builder):
        self.builder = builder
        self.lang = builder.lang
        rules = CAUSE_RULES.get(self.lang.code)
        self.leaning = (rules.leaning | rules.demonstratives) - POSSESSIVES if rules else frozenset()
        self.stop = self.lang.words.stop_words
        self.demonstratives = rules.demonstratives if rules else frozenset()

    def candidates(self) -> Iterator[Candidate]:
        if self.lang.code not in ARTICLES or "card_named" not in self.lang.prompts:
            return
        yield from first_card_per_paragraph(self.builder.facts.sentences, self.card)

    def card(self, s: Sentence) -> Candidate | None:
        return self.apposed(s) or self.gloss(s)

    def gloss(self, s: Sentence) -> Candidate | None:
        """What a clause means, in the words the text restates it with (GLOSS): "The starch,
        which gelatinises, that is, its granules take up water and swell." -> "According to the
        text, what does it mean that the starch gelatinises?" / "That its granules take up water
        and swell."; «La mayor parte de los olivares es de secano, es decir, no recibe más agua
        que la que cae del cielo.» -> «Según el texto, ¿qué quiere decir que la mayor parte de
        los olivares es de secano?» / «Que no recibe más agua ...». The glossed clause is the
        sentence up to the marker, or a relative clause with the noun it follows; the gloss is
        a clause (a verb, or a possessive's or a pronoun's subject), not a noun phrase (a term
        card's, ``quizapp.derive.variety``), with no figure (a conversion), and says at least
        two content words the front does not."""
        rules = GLOSSES.get(self.lang.code)
        text = s.text.strip()
        if rules is None or re.search(r"[\d()\[\]«»\"“”]", text):
            return None
        m = rules.sentence.match(text)
        if m is None:
            return None
        before, gloss = m.group("before").strip(), m.group("gloss").strip()
        gloss = NEXT_CLAUSE.split(gloss)[0]  # "..., and a tree that ...": the next clause is no part of it
        relative = rules.relative.search(before)
        if relative is not None:
            clause = f"{relative.group('noun')} {relative.group('clause')}"
        elif "," in before or ";" in before:
            return None
        else:
            clause = before
        words = clause.split()
        if not MIN_CLAUSE_WORDS <= len(words) <= MAX_CLAUSE_WORDS or not rules.subject.match(clause):
            return None
        folded = [fold(w) for w in WORD.findall(clause)]
        if any(w in self.leaning or w in POSSESSIVES or w in self.lang.pronouns for w in folded):
            return None
        gloss_words = [fold(w) for w in WORD.findall(gloss)]
        if not MIN_WORDS <= len(gloss.split()) <= MAX_WORDS or not rules.clause.match(gloss):
            return None
        if gloss_words[0] in self.stop and gloss_words[0] not in GLOSS_OPENERS:
            return None  # «es decir, hasta que empieza a hervir»: a phrase of the clause, no clause
        if any(w in self.demonstratives for w in gloss_words):
            return None  # "that is, this layer ...": another sentence's
        if gloss_words[0] in POINTERS and not self.one_owner(gloss_words[0], clause):
            return None  # "The bark liquor tans the hide, that is, its fibres ...": whose fibres?
        if clause[:1].isupper() and fold(words[0]) in self.stop:
            clause = lower_initial(clause)
        front = rules.front.format(clause=clause)
        new = {w for w in gloss_words if w not in self.stop} - {fold(w) for w in WORD.findall(front)}
        if len(new) < MIN_NEW_WORDS:
            return None
        back = rules.back.format(gloss=gloss[0].upper() + gloss[1:])
        at = s.start + s.text.find(gloss)
        fact = f"gloss:{s.paragraph}:{s.index}"
        # (no "apposition" tag: the back's "its", «lo» stand for the clause the front quotes)
        item = {"front": front, "back": back, "source": [s.paragraph], "tags": ["gloss"]}
        return Candidate(
            "card", item, s.paragraph, (at, at + len(gloss)), SCORE, f"card|gloss|{fact}|{fold(clause)}", fact, [gloss],
            [f"{APPOSITION_HOLD}, offered only for a paragraph no other ready draft covers"],
        )

    def one_owner(self, pointer: str, clause: str) -> bool:
        """Whether the clause has one noun phrase a gloss's opening pronoun or possessive can
        stand for ("its" and one thing, «lo» and one masculine singular noun)."""
        phrases = [(fold(a), fold(n)) for a, n in re.findall(r"\b(the|a|an|el|la|los|las|un|una|unos|unas)\s+([^\W\d_]+)", clause, re.IGNORECASE)]
        agree = POINTER_ARTICLES.get(pointer)
        if agree is not None:
            phrases = [(a, n) for a, n in phrases if a in agree]
        elif pointer in ("its", "it"):
            phrases = [(a, n) for a, n in phrases if not n.endswith("s") or n.endswith("ss")]
        elif pointer in ("their", "they"):
            phrases = [(a, n) for a, n in phrases if n.endswith("s") and not n.endswith("ss")]
        return len(phrases) == 1

    def apposed(self, s: Sentence) -> Candidate | None:
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
