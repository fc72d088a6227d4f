"""What someone concluded: the claim a sentence attributes to a named speaker, as a card.

The fresh reviews (issue 10, brief cover8) left assessment and conclusion paragraphs without
any acceptable item: "The county ecologists argued that the hedges sheltered the hoverflies
...", «Los técnicos concluyeron que las filtraciones ...». Their only name is often the story's
own, or their speaker is a group named by its stance ("Critics"), which the single choice on
who said it (``quizapp.derive.actors``) never asks; the term gaps of such a paragraph ask a
word a reader guesses from its sentence. What the paragraph teaches is the claim, and a teacher
asks it as a flashcard: front "According to the text, what did the county ecologists argue?"
(«Según el texto, ¿qué concluyeron los técnicos ...?», «¿en qué insisten ...?»), back the claim
as the text writes it ("That the hedges sheltered ...", «Que las filtraciones ...»).

The statements are those the speaker item reads (``actors.reported``: a name, or a group in the
plural; a statement of 4-30 words), held further to what a card that stands alone needs:

- the claim holds no pronoun, demonstrative or word leaning on another sentence anywhere (the
  speaker item checks only its opening: "that it would speed ..." names nothing);
- the speaker makes no other reported statement in the document (its back would be one of two);
- the verb asks for a claim ("argued", "concluded", «sostienen»): not "agreed" or "complained",
  whose "what did X complain?" does not read.

A sentence that opens on its source, "According to the harbour pilots, CLAUSE." («Según los
guardas, CLAUSE.»), asks "According to the text, what do the harbour pilots say?" («¿qué dicen
los guardas?»), its back the clause as the text writes it, under the same rules.

Held back from the start (CLAIM_HOLD, one of the set reasons of ``quizapp.derive``):
``check_drafts`` offers it only for a content paragraph no other ready draft covers, after the
checks every card passes.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from quizapp.derive.actors import WORD, Reported, described_speaker, fair_statement, fair_speaker, plural_head, reported
from quizapp.derive.causes import RULES as CAUSE_RULES
from quizapp.derive.drafting import BASE_SCORE, Builder, Candidate
from quizapp.derive.extract import Sentence, fold

CLAIM_HOLD = "held back: a card on what the text reports someone concluded"
SCORE = BASE_SCORE["card"] - 0.2  # a fallback, below every fact's card, above a why-card
# English verbs as "what did X ...?" takes them; a verb missing here gives no card.
BASE_FORMS = {
    "said": "say", "announced": "announce", "warned": "warn", "argued": "argue", "insisted": "insist",
    "pointed out": "point out", "noted": "note", "concluded": "conclude", "estimated": "estimate", "claimed": "claim",
    "stressed": "stress", "acknowledged": "acknowledge", "reported": "report", "found": "find", "explained": "explain",
    "suggested": "suggest", "maintained": "maintain", "contended": "contend", "admitted": "admit", "conceded": "concede",
    "predicted": "predict", "confirmed": "confirm",
    "replied": "reply", "responded": "respond", "countered": "counter", "held": "hold", "ruled": "rule",
    "showed": "show", "demonstrated": "demonstrate", "revealed": "reveal", "proved": "prove", "established": "establish",
    "indicated": "indicate", "shows": "show", "demonstrates": "demonstrate", "reveals": "reveal", "indicates": "indicate", "means": "mean", "meant": "mean",
    "says": "say", "argues": "argue", "warns": "warn", "insists": "insist", "points out": "point out", "notes": "note",
    "claims": "claim", "maintains": "maintain", "contends": "contend", "estimates": "estimate", "believes": "believe",
    "say": "say", "argue": "argue", "warn": "warn", "insist": "insist", "point out": "point out", "note": "note",
    "claim": "claim", "maintain": "maintain", "contend": "contend", "estimate": "estimate", "believe": "believe",
}
PRESENT = frozenset((
    "says", "argues", "warns", "insists", "points out", "notes", "claims", "maintains", "contends", "estimates", "believes",
    "shows", "demonstrates", "reveals", "indicates", "means",
))
PRESENT_PLURAL = frozenset(("say", "argue", "warn", "insist", "point out", "note", "claim", "maintain", "contend", "estimate", "believe"))
# Spanish verbs whose "¿qué ...?" does not ask a claim.
SPANISH_SKIPPED = re.compile(r"^(?:(?:ha|han|había|habían)\s+)?(?:denunci|reconoc|admit|calcul|estim)", re.IGNORECASE)
NAMED_KINDS = ("person", "organisation", "place")
# "According to X, CLAUSE." / «Según X, CLAUSE.»: a claim with its source and no verb, asked
# with "say" («decir») in the present, whatever the clause's tense.
ATTRIBUTIONS = {
    "en": re.compile(r"^According to (?P<speaker>[^,;:()«»\"“”]{2,80}?), (?P<clause>[^;:()]+?)\.$"),
    "es": re.compile(r"^Según (?P<speaker>[^,;:()«»\"“”]{2,80}?), (?P<clause>[^;:()]+?)\.$"),
}
SAY_FRONTS = {
    "en": ("According to the text, what does {speaker} say?", "According to the text, what do {speaker} say?"),
    "es": ("Según el texto, ¿qué dice {speaker}?", "Según el texto, ¿qué dicen {speaker}?"),
}
SPANISH_PLURAL_ARTICLES = frozenset(("los", "las", "unos", "unas"))
# A possessive a claim may hold when its owner opens the claim (``ClaimDrafter.owned``), folded.
OWNED_POSSESSIVES = frozenset(("its", "their", "su", "sus"))
DEFINITE_OPENERS = frozenset(("the", "el", "la", "los", "las"))
# What a study, a trial or a case found: its claim, asked of it as of a speaker ("what did a
# trial on the Harnby bypass show?"); not a who-said choice (a trial is no "who").
FINDING_VERBS = {
    "en": (r"(?:showed|demonstrated|revealed|proved|established|indicated|shows|demonstrates|reveals|indicates|means|meant)", r"(?!)"),
    "es": (
        r"(?:(?:ha|había)\s+(?:mostrado|demostrado|revelado|probado|indicado)|mostró|demostró|reveló|probó|indicó|muestra|demuestra|revela|indica"
        r"|supone|significa|implica|supuso|significó|implicó)",
        r"(?:(?:han|habían)\s+(?:mostrado|demostrado|revelado|probado|indicado)|mostraron|demostraron|revelaron|probaron|indicaron|muestran|demuestran|revelan|indican)",
    ),
}
FRONTS = {
    "en": "According to the text, what {aux} {speaker} {verb}?",
    "es": "Según el texto, ¿{joiner} {verb} {speaker}?",
}


class ClaimDrafter:
    """Cards on what a named speaker argued, concluded or warned, for paragraphs the other
    drafters leave empty."""

    def __init__(self, builder: Builder):
        self.builder = builder
        self.lang = builder.lang
        # The words that point to another sentence from inside a clause (the why-cards' list:
        # pronouns, demonstratives, possessives, "also", "other"), not the openers' conjunctions.
        rules = CAUSE_RULES.get(self.lang.code)
        self.leaning = rules.leaning | rules.demonstratives if rules else frozenset()
        self.stop = self.lang.words.stop_words

    def candidates(self) -> Iterator[Candidate]:
        if self.lang.code not in FRONTS:
            return
        lang = self.lang
        if not lang.reporting_verbs[0]:
            return
        leaning = lang.pronouns | lang.demonstratives | lang.context_openers | lang.leaning_subjects
        sentences = list(self.builder.facts.sentences)
        statements = reported(sentences, lang.code, lang.reporting_verbs, lang.reported_joiners, self.stop, leaning, described=True)
        statements += reported(sentences, lang.code, FINDING_VERBS[lang.code], lang.reported_joiners, self.stop, leaning, described=True)
        statements += self.attributed(sentences, leaning)
        voices: dict[frozenset[str], int] = {}
        for r in statements:
            voice = self.voice(r.speaker)
            voices[voice] = voices.get(voice, 0) + 1
        done: set[int] = set()
        for r in statements:
            if r.sentence.paragraph in done or voices[self.voice(r.speaker)] > 1:
                continue
            card = self.card(r)
            if card is not None:
                done.add(r.sentence.paragraph)
                yield card

    def attributed(self, sentences: list[Sentence], leaning: frozenset[str]) -> list[Reported]:
        """The claims a sentence attributes with "According to X," («Según X,»), held to the
        speakers' and statements' rules of ``actors.reported``."""
        pattern = ATTRIBUTIONS[self.lang.code]
        found = []
        for s in sentences:
            m = pattern.match(s.text.strip())
            if m is None:
                continue
            speaker, clause = m.group("speaker").strip(), m.group("clause").strip()
            words = [fold(w) for w in WORD.findall(speaker)]
            if self.lang.code == "en":
                plural = plural_head(speaker, self.stop)
            else:
                plural = bool(words) and (words[0] in SPANISH_PLURAL_ARTICLES or (words[0] not in self.stop and words[0].endswith("s")))
            shown = speaker[0].upper() + speaker[1:]  # as a subject opening a sentence, for the speakers' rules
            if not fair_speaker(shown, plural or described_speaker(shown, self.stop), self.stop, leaning) or not fair_statement(clause, leaning):
                continue
            at = s.start + s.text.find(speaker)
            found.append(Reported(speaker, "", "", clause, plural, s, (at, at + len(speaker))))
        return found

    def voice(self, speaker: str) -> frozenset[str]:
        """The speaker's content words: "The county ecologists" and "county ecologists" are one voice."""
        return frozenset(fold(w) for w in WORD.findall(speaker) if fold(w) not in self.stop)

    def card(self, r: Reported) -> Candidate | None:
        words = [fold(w) for w in WORD.findall(r.clause)]
        if any(w in self.leaning and not self.owned(words, i) for i, w in enumerate(words)) or re.search(r"[«»\"“”?!]", r.clause):
            return None
        front = self.front(r)
        if front is None:
            return None
        joiner = r.joiner.split()
        if joiner:
            back = f"{joiner[0][0].upper()}{joiner[0][1:]} {' '.join([*joiner[1:], r.clause])}."
        else:  # "According to X, CLAUSE": the clause as the text writes it
            back = f"{r.clause[0].upper()}{r.clause[1:]}."
        item = {"front": front, "back": back, "source": [r.sentence.paragraph], "tags": ["claim"]}
        at = r.sentence.start + r.sentence.text.find(r.clause)
        fact = f"claim:{r.sentence.paragraph}:{r.sentence.index}"
        return Candidate(
            "card", item, r.sentence.paragraph, (at, at + len(r.clause)), SCORE, f"card|claim|{fact}|{fold(r.speaker)}", fact, [r.clause],
            [f"{CLAIM_HOLD}, offered only for a paragraph no other ready draft covers"],
        )

    def owned(self, words: list[str], at: int) -> bool:
        """Whether ``words[at]`` is a thing's possessive ("its", "their", «su», «sus») whose
        owner the claim itself names first: it opens on a definite noun phrase ("the operator
        had cut its winter sailings", «el secretario ... en su informe»), so the back stands
        alone. A person's ("his", "her"), a pronoun ("it") or a demonstrative is never owned."""
        return words[at] in OWNED_POSSESSIVES and at >= 3 and bool(words) and words[0] in DEFINITE_OPENERS

    def front(self, r: Reported) -> str | None:
        speaker = r.speaker
        opening = r.span[0] - r.sentence.start == len(r.sentence.text) - len(r.sentence.text.lstrip())
        named = any(m.start == r.span[0] and m.kind in NAMED_KINDS for m in r.sentence.mentions)
        first = WORD.findall(speaker)[:1]
        if (first and fold(first[0]) in self.stop) or (opening and not named):
            speaker = speaker[0].lower() + speaker[1:]  # "The county ecologists", "Opponents": not names
        if not r.joiner:
            return SAY_FRONTS[self.lang.code][r.plural].format(speaker=speaker)
        if self.lang.code == "es":
            if SPANISH_SKIPPED.match(r.verb):
                return None
            joiner = re.sub(r"que$", "qué", " ".join(r.joiner.split()))
            return FRONTS["es"].format(joiner=joiner, verb=r.verb, speaker=speaker)
        written = " ".join(r.sentence.text[r.span[1] - r.sentence.start:].split())
        verb = next((v for v in sorted(BASE_FORMS, key=len, reverse=True) if re.match(rf"(?:(?:has|have|had)\s+(?:\w+\s+)?)?{v}\b", written)), None)
        if verb is None:
            return None
        perfect = re.match(r"(has|have|had)\s", written)
        if perfect and verb not in PRESENT | PRESENT_PLURAL:
            aux, shown = perfect.group(1), verb  # "have long argued" -> "what have X argued?"
        elif verb in PRESENT:
            aux, shown = "does", BASE_FORMS[verb]
        elif verb in PRESENT_PLURAL:
            aux, shown = "do", verb
        else:
            aux, shown = "did", BASE_FORMS[verb]
        return FRONTS["en"].format(aux=aux, speaker=speaker, verb=shown)

