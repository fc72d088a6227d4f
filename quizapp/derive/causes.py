"""Why-cards for explanatory paragraphs: the effect a sentence states, and the cause it gives.

The fresh reviews left most explanatory paragraphs without any item: a process, a cause and
its effect, a comparison, often with no name, figure or date for the fact-based drafter
(``quizapp.derive.drafting``) to ask. What such a paragraph often does state is *why*, with an
explicit connective: "the land heats up faster than the sea because rock stores less heat",
"..., so the wind blows from the sea", "As a result, the breeze blows from the land";
«... porque disuelve el dióxido de carbono», «Por eso, la calcita se deposita ...», «..., de
modo que una estalactita crece apenas unos milímetros por siglo». A teacher asks that as a
flashcard: front "Explain why <the effect>." («Explica por qué <efecto>.»), back the cause as
the text writes it ("Because <cause>." when the text says "because").

Written only where the card reads on its own and the front does not answer itself:

- the effect is a clause of its own that names its subject: it opens with an article or a
  determiner (not "It", "This", «Ello», a dropped Spanish subject), and holds no pronoun,
  demonstrative, possessive or "also" pointing to another sentence; no subordinate opening
  ("When ...", «Cuando ...») whose condition the front would carry half of; no bracket, colon,
  quotation or list;
- the cause is not a restatement of the effect (most of its content words are new to the
  front), is no "not because" or "partly because" (a half of the reasons), and a cause read from
  the sentence before ("As a result, ...") opens with no word leaning on yet another sentence;
- lengths a phone shows: the effect 5-28 words, the cause 3-35.

The card is held back from the start (CAUSE_HOLD, one of the set reasons of
``quizapp.derive``): ``check_drafts`` offers it only for a content paragraph that no other
ready draft covers, after the checks every card passes.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quizapp.derive.drafting import BASE_SCORE, Builder, Candidate
from quizapp.derive.extract import Sentence, fold

CAUSE_HOLD = "held back: a why-card on an explanatory sentence"
SCORE = BASE_SCORE["card"] - 0.3  # a fallback, below every fact's card
MIN_EFFECT_WORDS, MAX_EFFECT_WORDS = 5, 28
MIN_CAUSE_WORDS, MAX_CAUSE_WORDS = 3, 35
MAX_SHARED = 0.5  # share of the cause's content words the front may already hold
MIN_NEW_WORDS = 2  # content words of the cause the front does not hold
STEM = 5  # letters two words share to count as one word ("store", "stored")
PER_PARAGRAPH = 2

WORD = re.compile(r"[^\W\d_][\w'’\-]*")


@dataclass(frozen=True)
class Rules:
    """One language's connectives and the words a self-standing front may not hold."""

    front: str  # the card's front, with {effect}
    # Within one sentence: (pattern with named groups cause/effect, the back's opening word or "").
    inside: tuple[tuple[re.Pattern[str], str], ...]
    # Sentence openers whose cause is the sentence before.
    openers: re.Pattern[str]
    leads: frozenset[str]  # folded words an effect may open with: articles, determiners
    leaning: frozenset[str]  # folded words that point to another sentence
    subordinators: frozenset[str]
    stop: frozenset[str]  # folded function words, not content
    adverbs: re.Pattern[str]  # a sentence adverb opening the effect, dropped ("However, ")
    copula_end: re.Pattern[str]  # an effect ending in "is" / "es": "This is because ..."
    half_reasons: re.Pattern[str]  # "not because", "partly because": half a reason


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


RULES = {
    "en": Rules(
        front="Explain why {effect}.",
        inside=(
            (_p(r"^because (?!of\b)(?P<cause>[^,;:]+), (?P<effect>[^;:]+)$"), "Because"),
            (_p(r"^(?P<effect>[^;:]+?),? because (?!of\b)(?P<cause>[^;:]+)$"), "Because"),
            (_p(r"^(?P<effect>[^;:]+?),? because of (?P<cause>[^;:]+)$"), "Because of"),
            (_p(r"^(?P<effect>[^;:]+?),? so that (?P<cause>[^;:]+)$"), "So that"),
            (_p(r"^(?P<cause>[^;:]+?), so (?!that\b|much\b|many\b|far\b|long\b|as\b|too\b)(?P<effect>[^;:]+)$"), ""),
            (_p(r"^(?P<cause>[^;:]+?)(?:, which is why|; as a result,|, and as a result,|; therefore,|; consequently,) (?P<effect>[^;:]+)$"), ""),
        ),
        openers=_p(r"^(?:as a result|for this reason|for that reason|consequently|because of this|therefore|that is why|this is why|which is why)(?:,\s*|\s+)"),
        leads=frozenset("the a an most many each every all both no".split()),
        leaning=frozenset(
            """it its it's this these those they them their theirs he she him his her hers we us our you your
            such former latter same also too then likewise similarly instead thus hence""".split()
        ),
        subordinators=frozenset("when if although though while as since after before once unless until whereas because".split()),
        stop=frozenset(
            """the a an of to in on at by for with from into and or but is are was were be been being has have
            had it its this that these those as than then so such not no which who whom whose what when where
            why how can could will would should may might must do does did more most much many very also
            there their they them because because""".split()
        ),
        adverbs=_p(r"^(?:however|in practice|in general|generally|today|nowadays|now|in turn|in fact|in addition|moreover),\s+"),
        copula_end=_p(r"\b(?:is|are|was|were|be|been|partly|only|mainly|largely|simply|precisely|just|not|reason|part)$"),
        half_reasons=_p(r"\b(?:not|partly|only|mainly|largely|simply|precisely|just|perhaps|probably|possibly|presumably)$"),
    ),
    "es": Rules(
        front="Explica por qué {effect}.",
        inside=(
            (_p(r"^(?P<effect>[^;:]+?),? (?:porque|ya que|puesto que|dado que) (?P<cause>[^;:]+)$"), "Porque"),
            (_p(r"^(?P<effect>[^;:]+?),? debido a (?P<cause>[^;:]+)$"), "Debido a"),
            (_p(r"^(?P<effect>[^;:]+?),? a causa de (?P<cause>[^;:]+)$"), "A causa de"),
            (_p(r"^debido a (?P<cause>[^,;:]+), (?P<effect>[^;:]+)$"), "Debido a"),
            (_p(r"^(?P<effect>[^;:]+?),? para que (?P<cause>[^;:]+)$"), "Para que"),
            (_p(r"^(?P<cause>[^;:]+?)(?:, de modo que|, de manera que|, de forma que|, por lo que|, así que|, y por eso,?|, por eso,?|; por eso,?|, por ello,?|; por ello,?) (?P<effect>[^;:]+)$"), ""),
        ),
        openers=_p(r"^(?:por eso|por ello|por este motivo|por esta razón|por esa razón|como consecuencia|en consecuencia|como resultado|por lo tanto|por tanto)(?:,\s*|\s+)"),
        leads=frozenset("el la los las un una unos unas cada".split()),
        leaning=frozenset(
            """ello esto eso aquello este esta estos estas ese esa esos esas aquel aquella aquellos aquellas
            ella ellos ellas su sus suyo suya suyos suyas dicho dicha dichos dichas mismo misma mismos mismas
            tambien tampoco ademas alli ahi aqui entonces lo le les asi tal tales""".split()
        ),
        subordinators=frozenset("cuando si aunque mientras como porque pues tras al antes despues".split()),
        stop=frozenset(
            """el la los las un una unos unas de del al a en por para con sin sobre entre y o u e ni que se su sus
            es son era eran fue fueron ser estar esta estan estaba lo le les mas muy como cuando donde pero
            porque no ya ha han habia haber este esta esto""".split()
        ),
        adverbs=_p(r"^(?:sin embargo|en la práctica|por lo general|en general|hoy|hoy en día|actualmente|además|de hecho),\s+"),
        copula_end=_p(r"\b(?:es|son|era|eran|fue|fueron|sea|sean|solo|sólo|sobre todo|en parte|no|razón|motivo)$"),
        half_reasons=_p(r"\b(?:no|solo|sólo|en parte|sobre todo|quizá|quizás|probablemente|seguramente|precisamente|tal vez)$"),
    ),
}


def _words(text: str) -> list[str]:
    return [fold(w) for w in WORD.findall(text)]


@dataclass(frozen=True)
class Cause:
    """One effect and the cause a sentence (or the one before it) gives."""

    sentence: Sentence
    effect: str  # as the front writes it, without its final stop
    back: str
    cause_span: tuple[int, int]  # offsets of the cause in the paragraph's text


class CauseDrafter:
    """Why-cards from the explicit cause-effect connectives of a document's sentences."""

    def __init__(self, builder: Builder):
        self.builder = builder
        self.lang = builder.facts.language
        self.rules = RULES.get(self.lang.code)

    def candidates(self) -> Iterator[Candidate]:
        per_paragraph: dict[int, int] = {}
        for card in self.cards():
            if per_paragraph.get(card.paragraph, 0) >= PER_PARAGRAPH:
                continue
            per_paragraph[card.paragraph] = per_paragraph.get(card.paragraph, 0) + 1
            yield card

    def cards(self) -> Iterator[Candidate]:
        """Every why-card the document's sentences give, held back (CAUSE_HOLD)."""
        if self.rules is None:
            return
        sentences = self.builder.facts.sentences
        for i, s in enumerate(sentences):
            before = sentences[i - 1] if i and sentences[i - 1].paragraph == s.paragraph else None
            for found in self.causes(s, before):
                yield self.card(found)

    def causes(self, s: Sentence, before: Sentence | None) -> Iterator[Cause]:
        """The effect and cause one sentence states, if the card would read on its own."""
        rules = self.rules
        assert rules is not None
        text = s.text.strip()
        if not text.endswith(".") or text.startswith(("-", "*", "•")) or re.search(r"[()\[\]\"“”«»]", text):
            return
        body = text[:-1].rstrip()
        opener = rules.openers.match(body)
        if opener is not None:
            if before is None:
                return
            effect = self.effect(body[opener.end():])
            back = before.text.strip()
            if effect is None or not self.cause_reads(back, effect, own=False):
                return
            start = before.start + (len(before.text) - len(before.text.lstrip()))
            yield Cause(s, effect, back if back.endswith(".") else back + ".", (start, start + len(back)))
            return
        for pattern, lead in rules.inside:
            m = pattern.match(body)
            if m is None:
                continue
            effect_text, cause = m.group("effect").strip(), m.group("cause").strip()
            if rules.half_reasons.search(effect_text) or rules.copula_end.search(effect_text):
                return
            effect = self.effect(effect_text)
            if effect is None or not self.cause_reads(cause, effect, own=bool(lead)):
                return
            back = f"{lead} {cause}." if lead else cause[0].upper() + cause[1:] + "."
            at = s.start + s.text.find(cause)
            yield Cause(s, effect, back, (at, at + len(cause)))
            return

    def effect(self, clause: str) -> str | None:
        """The effect as the front writes it, or None where it would not name its subject."""
        rules = self.rules
        assert rules is not None
        clause = rules.adverbs.sub("", clause.strip()).strip().rstrip(",")
        words = clause.split()
        if not MIN_EFFECT_WORDS <= len(words) <= MAX_EFFECT_WORDS or re.search(r"[,;:—–]\s*$|\d\s*$", clause):
            return None
        folded = _words(clause)
        if not folded or folded[0] not in rules.leads or folded[0] in rules.subordinators or fold(clause).startswith("una vez"):
            return None
        if any(w in rules.leaning for w in folded) or len(folded) < MIN_EFFECT_WORDS:
            return None
        if "," in clause and any(f" {w} " in f" {fold(clause)} " for w in (", when", ", if", ", while", ", cuando", ", si", ", mientras")):
            return None
        return clause[0].lower() + clause[1:]

    def cause_reads(self, cause: str, effect: str, *, own: bool) -> bool:
        """Whether the cause is a reason of its own: long enough, not the effect again, and (read
        from the sentence before) opening with no word that leans on another sentence."""
        rules = self.rules
        assert rules is not None
        words = cause.split()
        if not MIN_CAUSE_WORDS <= len(words) <= MAX_CAUSE_WORDS:
            return False
        folded = _words(cause)
        if not folded or (not own and (folded[0] in self.lang.context_openers or folded[0] in rules.leaning)):
            return False
        if any(w in ("because", "porque") for w in folded):
            return False
        content = [w for w in folded if w not in rules.stop and len(w) > 2]
        front = {w[:STEM] for w in _words(effect) if w not in rules.stop}
        shared = [w for w in content if w[:STEM] in front]
        new = len(content) - len(shared)
        return new >= MIN_NEW_WORDS and len(shared) <= MAX_SHARED * max(len(content), 1)

    def card(self, c: Cause) -> Candidate:
        rules = self.rules
        assert rules is not None
        item = {"front": rules.front.format(effect=c.effect), "back": c.back, "source": [c.sentence.paragraph], "tags": ["cause"]}
        paragraph = self.builder.facts.paragraphs.get(c.sentence.paragraph, "")
        key = paragraph[c.cause_span[0]:c.cause_span[1]]
        fact = f"cause:{c.sentence.paragraph}:{c.sentence.index}"
        return Candidate(
            "card", item, c.sentence.paragraph, c.cause_span, SCORE, f"card|cause|{fact}|{c.effect}", fact, [key] if key else [],
            [f"{CAUSE_HOLD}, offered only for a paragraph no other ready draft covers"],
        )
