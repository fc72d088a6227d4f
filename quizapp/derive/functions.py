"""What a thing does: the function a sentence gives one of the document's terms, as a card.

The fresh reviews (issue 10, brief cover8) left explanatory paragraphs without any acceptable
item: how a mechanism works, with no name, figure or date, often with no cause-effect
connective for a why-card (``quizapp.derive.causes``) either. What such a paragraph often does
state is what one of its terms does: "Lactase splits milk sugar into two simpler sugars ...",
«La quimosina corta la caseína de la leche en fragmentos ...». A teacher asks it as a
flashcard: front "According to the text, what does lactase do?" («Según el texto, ¿qué hace la
quimosina?»), back the text's predicate ("Splits milk sugar ...", «Corta la caseína ...»).

Written only where the card reads on its own and asks the document's own knowledge:

- the sentence opens on its subject and a verb of function in the present (blocks, binds,
  converts, splits, carries; bloquea, convierte, regula, permite), as the language lists them;
- the subject is a term: at most five words, no figure, no pronoun or demonstrative, and its
  rarest word below TERM_ZIPF in general text ("lactase", «quimosina»; never "the water", «el
  suero», which any sentence could say carries something);
- the predicate is 4-30 words with no colon, semicolon, bracket or quotation, and holds no
  demonstrative, possessive or subject pronoun pointing to another sentence; an object "it" or
  "them" after its own noun ("binds oxygen and delivers it") is the predicate's own.

Held back from the start (FUNCTION_HOLD, one of the set reasons of ``quizapp.derive``):
``check_drafts`` offers it only for a content paragraph no other ready draft covers, before a
gap on one of its lower-case words, after the checks every card passes.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quizapp.derive.causes import RULES as CAUSE_RULES
from quizapp.derive.drafting import BASE_SCORE, Builder, Candidate, first_card_per_paragraph
from quizapp.derive.extract import Sentence, fold

FUNCTION_HOLD = "held back: a card on what one of the document's terms does"
SCORE = BASE_SCORE["card"] - 0.2  # a fallback, below every fact's card, above a why-card
TERM_ZIPF = 2.5  # the subject's rarest word, in general text: a term ("lactase" 2.15), not a
# common word nor a textbook's household one ("chlorophyll" 2.75, "hemoglobin" 2.92), whose
# function a reader may know without the text
MAX_SUBJECT_WORDS = 5
MIN_PREDICATE_WORDS, MAX_PREDICATE_WORDS = 4, 30
OBJECT_PRONOUNS = frozenset(("it", "them", "lo", "la", "los", "las"))
# A subject ending in one of these is not the whole subject: a relative clause ("A tube that
# carries ..."), a clitic or negation before the verb («La proteína se une ...», «no permite»),
# an adverb ("also", "often").
SUBJECT_ENDS = frozenset((
    "that", "which", "who", "whose", "not", "also", "often", "usually", "only", "then", "still", "never", "always",
    "que", "quien", "cual", "se", "no", "lo", "la", "le", "les", "los", "las", "ya", "tambien", "nunca", "solo", "siempre",
))
WORD = re.compile(r"[^\W\d_][\w'’\-]*")


@dataclass(frozen=True)
class Rules:
    """One language's verbs of function and the card's wording."""

    singular: re.Pattern[str]  # a verb of function in the present, third person singular
    plural: re.Pattern[str]
    fronts: tuple[str, str]  # (singular, plural), with {subject}
    articles: frozenset[str]  # folded: a subject may open with one


_EN = (
    "block bind convert split carry regulate allow control produce release transport prevent protect store absorb deliver"
    " remove filter pump detect trigger attach link supply drive trap capture shield seal drain sense digest dissolve"
    " break_down take_up hold increase reduce lower raise keep let help cause push pull guide collect gather send"
)
_ES = (
    "bloquea convierte regula permite transporta produce libera impide protege almacena absorbe elimina filtra detecta"
    " controla fija une capta atrapa lleva conduce mueve impulsa retiene suministra aporta descompone sella drena corta"
    " disuelve digiere aumenta reduce mantiene sujeta causa deja envía recoge empuja guía"
)


def _english(plural: bool) -> re.Pattern[str]:
    forms = []
    for verb in _EN.split():
        word, _, particle = verb.partition("_")
        if not plural:
            word = re.sub(r"(?<=[^aeiou])y$", "ie", word) + ("es" if re.search(r"(?:s|sh|ch|x|z)$", word) else "s")
        forms.append(f"{word} {particle}" if particle else word)
    return re.compile(r"(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\b")


def _spanish(plural: bool) -> re.Pattern[str]:
    forms = [(v[:-1] + ("an" if v.endswith("a") else "en")) if plural else v for v in _ES.split()]
    return re.compile(r"(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\b")


RULES = {
    "en": Rules(
        singular=_english(False), plural=_english(True),
        fronts=("According to the text, what does {subject} do?", "According to the text, what do {subject} do?"),
        articles=frozenset(("the", "a", "an")),
    ),
    "es": Rules(
        singular=_spanish(False), plural=_spanish(True),
        fronts=("Según el texto, ¿qué hace {subject}?", "Según el texto, ¿qué hacen {subject}?"),
        articles=frozenset(("el", "la", "los", "las", "un", "una")),
    ),
}


class FunctionDrafter:
    """Cards on what a term does, for explanatory paragraphs the other drafters leave empty."""

    def __init__(self, builder: Builder):
        self.builder = builder
        self.lang = builder.lang
        self.rules = RULES.get(self.lang.code)
        cause_rules = CAUSE_RULES.get(self.lang.code)
        self.leaning = (cause_rules.leaning | cause_rules.demonstratives) - OBJECT_PRONOUNS if cause_rules else frozenset()
        self.stop = self.lang.words.stop_words

    def candidates(self) -> Iterator[Candidate]:
        if self.rules is None:
            return
        yield from first_card_per_paragraph(self.builder.facts.sentences, self.card)

    def card(self, s: Sentence) -> Candidate | None:
        rules = self.rules
        assert rules is not None
        text = s.text.strip()
        if not text.endswith(".") or re.search(r"[:;()\[\]\"“”«»]", text):
            return None
        for plural, verbs in ((False, rules.singular), (True, rules.plural)):
            m = re.match(rf"^(?P<subject>[^,\d]+?)\s+(?P<predicate>{verbs.pattern}\s+[^,].*)\.$", text)
            if m is None or not self.term(m.group("subject")):
                continue
            subject, predicate = m.group("subject"), m.group("predicate")
            if not self.predicate_reads(predicate):
                return None
            first = WORD.findall(subject)[0]
            shown = subject[0].lower() + subject[1:] if fold(first) in rules.articles or self.common(first) else subject
            back = predicate[0].upper() + predicate[1:] + "."  # the text's own words: grounding reads them
            item = {"front": rules.fronts[plural].format(subject=shown), "back": back, "source": [s.paragraph], "tags": ["function"]}
            at = s.start + s.text.find(predicate)
            fact = f"function:{s.paragraph}:{s.index}"
            return Candidate(
                "card", item, s.paragraph, (at, at + len(predicate)), SCORE, f"card|function|{fact}|{fold(subject)}", fact, [predicate],
                [f"{FUNCTION_HOLD}, offered only for a paragraph no other ready draft covers"],
            )
        return None

    def common(self, word: str) -> bool:
        """A capitalised word opening the sentence that is no name ("Lactase", "Thermosyphons")."""
        return not any(m.text.startswith(word) and m.kind in ("person", "organisation", "place") for s in self.builder.facts.sentences for m in s.mentions)

    def term(self, subject: str) -> bool:
        """Whether the subject names one of the document's terms (see the module's docstring)."""
        words = WORD.findall(subject)
        folded = [fold(w) for w in words]
        if not words or len(subject.split()) > MAX_SUBJECT_WORDS or any(w in self.leaning or w in self.lang.pronouns for w in folded):
            return False
        rules = self.rules
        assert rules is not None
        if folded[0] in self.stop and folded[0] not in rules.articles:
            return False  # "In most adults the gene ...": an opening phrase, not the subject
        if folded[-1] in SUBJECT_ENDS or folded[-1].endswith("ly") or any(w in ("that", "which", "who", "que", "quien", "cual") for w in folded):
            return False
        content = [w for w, f in zip(words, folded, strict=True) if f not in self.stop]
        if not content or any(w[:1].isupper() for w in words[1:]):
            return False  # a name ("Embrapa researchers") is asked by the name items
        return min(self.lang.familiarity(w.lower()) for w in content) < TERM_ZIPF

    def predicate_reads(self, predicate: str) -> bool:
        rules = self.rules
        assert rules is not None
        words = predicate.split()
        if not MIN_PREDICATE_WORDS <= len(words) <= MAX_PREDICATE_WORDS:
            return False
        folded = [fold(w) for w in WORD.findall(predicate)]
        if any(w in self.leaning for w in folded):
            return False
        # An object pronoun only after a noun of the predicate's own ("binds oxygen and delivers it").
        first_pronoun = next((i for i, w in enumerate(folded) if w in OBJECT_PRONOUNS and w not in rules.articles), None)
        return first_pronoun is None or first_pronoun >= 2
