"""True/false statements on a contrast: two things of one kind, each with its own property.

The fresh reviews (issue 10, brief contrast) left a third of the content paragraphs without any
acceptable item, mostly explanatory ones: how a thing works, how two parts differ, what two
sides argued. Such a paragraph names no year, figure or name for the fact drafter to ask, but
it often sets two things of one kind side by side, each with its own property, and marks it
with a connective: "The outer tanks hold brine; the inner tank, by contrast, holds fresh
water", "The shopkeepers said ..., whereas the county engineers argued ...", «Los conductos
laterales llevan savia bruta; el central, en cambio, lleva savia elaborada», «..., mientras que
...». What a teacher asks of it is which way round it goes: a true/false statement that swaps
the two properties ("The inner tank holds brine.": false), with its true form kept for the
balance of true and false answers. The swap is plausible by construction (the other half of the
same contrast) and only a reader knows which way round it is.

Each half is read as subject, verb and the rest: the verb is the word both halves share
(by its stem: "hold"/"holds", «llevan»/«lleva»), or an auxiliary of one group or a reporting
verb in both ("is"/"are", "said"/"argued"). The swapped statement puts the other half's subject
and verb before this half's rest ("The inner tank" + "holds" + "brine"), so the verb agrees with
its subject. Two different verbs of one tense and person after two subjects of one kind (a
shared word: "the lower sluice drains ...; the upper sluice, by contrast, admits ...") swap the
subjects and keep each half's verb; so does "Unlike the old intake, the new intake draws ..."
(«A diferencia de ...»), whose one half is the clause, when the two subjects agree in number.
The second half may be the next sentence ("The old pump house burns coal ... The new pump
house, by contrast, burns gas ..."), both then quoted in the explanation. Written only where
it stands alone and is fair:

- each subject names its thing: no pronoun, no "the other", «el otro»; an elliptical one is
  resolved from the first half ("the inner one" of "the outer chambers": the inner chamber; «el
  central» of «los conductos laterales»: el conducto central; «las del valle» of «las mulas de
  la sierra»: las mulas del valle) or no item is made («la parda» after «la sal blanca»: an
  elided noun or a noun of its own, no telling);
- two halves joined by an auxiliary have subjects of one kind (a shared word: not "Oak beams
  were used ..., whereas the aisles were roofed ...");
- a rest holds no word leaning on another sentence or on the other half (a pronoun, "also",
  "instead", «también») and does not name the other half's subject;
- the subjects are no stance nouns ("Supporters" / "opponents"): their claims are guessed
  from their tone;
- a statement is at most 32 words, as the fact drafter's statements.

Held back from the start (CONTRAST_HOLD, one of the set reasons of ``quizapp.derive``):
``check_drafts`` offers one only for a content paragraph no other ready draft covers, after a
paragraph's facts and before a gap on one of its lower-case words, and after every check a
draft passes (grounding, the linter, enemies, standing alone).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quizapp.derive.actors import STANCE_NOUNS
from quizapp.derive.causes import RULES as CAUSE_RULES
from quizapp.derive.drafting import BASE_SCORE, Builder, Candidate
from quizapp.derive.extract import Sentence, fold
from quizapp.language import lower_initial

CONTRAST_HOLD = "held back: a true/false statement swapping the two halves of a contrast"
DIFFERENCE_HOLD = "held back: a card on how one thing differs from another"
SCORE = BASE_SCORE["true_false"] - 0.3  # a fallback: a paragraph's facts first
MAX_STATEMENT_WORDS = 32
MAX_SUBJECT_WORDS = 6
MIN_REST_WORDS = 1  # "The first trials used rats"
STEM = 4  # letters two verb forms share ("hold"/"holds", "llevan"/"lleva")
WORD = re.compile(r"[^\W\d_][\w'’\-]*")

# The connective after the second half's subject ("the inner tank, by contrast, holds ..."), and
# the one joining two halves with no mark inside ("..., whereas the county engineers argued ...").
MARKED = {
    "en": r"by contrast|in contrast|however|on the other hand|instead|for (?:its|their) part",
    "es": r"en cambio|por el contrario|por contra|en contraste|sin embargo|por su parte",
}
JOINED = {"en": r"whereas|while", "es": r"mientras que"}
UNLIKE = {"en": r"Unlike", "es": r"A diferencia de(?P<del>l(?=\s))?"}
# Words naming the rest of a group, not a thing of its own ("Unlike the others", «A diferencia de los demás»).
MAX_BARE_WORDS = 3  # a subject with no article ("slaked lime")
OTHERS = frozenset(("others", "rest", "remainder", "demas", "resto"))
# The front of a card asking how the clause's subject differs from the thing "Unlike" names
# (``ContrastDrafter.difference``): (singular, plural), with {subject} and {other}.
DIFFER = {
    "en": ("According to the text, how does {subject} differ from {other}?", "According to the text, how do {subject} differ from {other}?"),
    "es": ("Según el texto, ¿en qué se diferencia {subject} {other}?", "Según el texto, ¿en qué se diferencian {subject} {other}?"),
}
# Auxiliaries and copulas: a verb both halves may have without sharing a stem ("is"/"are").
AUXILIARIES = {  # in groups: "has" and "is" are no pair ("The left lung has two lobes, whereas the right lung is larger")
    "en": (frozenset(["is", "are", "was", "were"]), frozenset(["has", "have", "had"]), frozenset(["can", "could", "will", "would", "may", "might", "must"]), frozenset(["do", "does", "did"])),
    "es": (
        frozenset(["es", "son", "era", "eran", "fue", "fueron"]), frozenset(["esta", "estan", "estaba", "estaban"]),
        frozenset(["tiene", "tienen", "tenia", "tenian"]), frozenset(["ha", "han", "habia", "habian"]), frozenset(["puede", "pueden", "podia", "podian"]),
    ),
}
# Two different verbs of one inflection ("collects"/"receives", «recogían»/«recibían») after two
# subjects of one kind ("the lower draw-hole"/"the upper draw-hole"): the swapped statement keeps
# its own verb and takes the other subject ("The upper draw-hole collects the burnt lime.").
INFLECTIONS = {
    "en": re.compile(r"(?:(?<![su])s|ed)$"),
    "es": re.compile(r"(?:aron|ieron|aban|ían|ian|aba|ía|ia|an|en|ó|ió)$"),
}
# Endings of one tense and person («molían», «batanaban»: the imperfect's third person plural).
INFLECTION_CLASSES = {"ieron": "aron", "ían": "aban", "ian": "aban", "ía": "aba", "ia": "aba", "en": "an", "ió": "ó"}
REPORTING = {
    "en": frozenset((
        "said", "argued", "claimed", "insisted", "warned", "maintained", "contended", "held", "believed", "thought", "feared",
        "says", "argues", "claims", "insists", "warns", "maintains", "contends", "holds", "believes", "thinks", "fears",
        "say", "argue", "claim", "insist", "warn", "maintain", "contend", "hold", "believe", "think", "fear",
    )),
    "es": frozenset((
        "dijo", "dijeron", "sostuvo", "sostuvieron", "sostiene", "sostienen", "afirmo", "afirmaron", "afirma", "afirman", "defendio",
        "defendieron", "defiende", "defienden", "argumento", "argumentaron", "alego", "alegaron", "temia", "temian", "creia", "creian",
        "defendia", "defendian", "sostenia", "sostenian", "afirmaba", "afirmaban", "decia", "decian", "aseguraba", "aseguraban",
        "cree", "creen", "advirtio", "advirtieron", "aseguro", "aseguraron", "asegura", "aseguran", "opinaba", "opinaban",
    )),
}
LEADS = {
    "en": frozenset(["the", "a", "an", "most", "many", "some", "each", "every", "all", "both"]),
    "es": frozenset(["el", "la", "los", "las", "un", "una", "unos", "unas", "la", "mayoria", "muchos", "muchas", "cada", "todos", "todas"]),
}
# Words a rest may not hold: they lean on the other half or another sentence.
LEANING_EXTRA = {
    "en": frozenset(["instead", "however", "contrast", "also", "too", "either", "other", "former", "latter", "same", "one", "ones"]),
    "es": frozenset(["cambio", "contrario", "embargo", "tambien", "tampoco", "otro", "otra", "otros", "otras", "mismo", "misma", "mismos", "mismas", "anterior", "primero"]),
}
# "A rather than B" («A y no B», «A en lugar de B»): a preference, whose two phrases a false
# statement swaps (``ContrastDrafter.preference``). Each phrase opens on an article or a
# preposition (OPENERS), the same for both; inside the second only articles and "of"/«de».
PREFERENCE = {"en": r"rather\s+than", "es": r"y\s+no|en\s+lugar\s+de|en\s+vez\s+de"}
OPENERS = {
    "en": frozenset(("the", "a", "an", "by", "to", "in", "on", "at", "for", "with", "from", "into", "through", "over", "under")),
    "es": frozenset(("el", "la", "los", "las", "un", "una", "unos", "unas", "a", "al", "en", "por", "para", "con", "desde", "sobre", "hacia")),
}
INSIDE_PHRASE = {
    "en": frozenset(("the", "a", "an", "of")),
    "es": frozenset(("el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del")),
}
OF = {"en": frozenset(("of",)), "es": frozenset(("de", "del"))}
MAX_PHRASE_WORDS = 8

# A subject that points to the other half rather than naming its thing.
POINTING = {
    "en": frozenset(["other", "latter", "former", "this", "that", "these", "those", "it", "they", "he", "she", "its", "their"]),
    "es": frozenset(["otro", "otra", "otros", "otras", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "aquel", "aquella", "aquellos", "aquellas", "ello", "ellos", "ellas", "ella", "segundo", "primero"]),
}
# Spanish adjective endings: «el central» after «los conductos laterales» is an ellipsis of the
# noun, resolved from the first half; «el floema» is a noun of its own.
ES_ADJECTIVE = re.compile(
    r"(?:al|ales|ar|ares|ico|ica|icos|icas|oso|osa|osos|osas|ivo|iva|ivos|ivas|ante|antes|ente|entes|ior|iores"
    r"|ado|ada|ados|adas|ido|ida|idos|idas|ble|bles|ino|ina|inos|inas|ero|era|eros|eras|eño|eña|eños|eñas)$"
)
DANGLING = frozenset(["of", "in", "on", "at", "to", "by", "for", "with", "and", "or", "de", "del", "en", "con", "por", "para", "a", "al", "y", "e", "o", "u", "que"])
ADVERBS = frozenset(["not", "never", "always", "often", "rarely", "seldom", "only", "also", "still", "usually", "nunca", "siempre", "solo", "tambien", "ya", "casi", "apenas"])
# Words between a subject and its verb that belong to the verb («la arcilla blanca se cuece»).
CLITICS = {"es": frozenset(("se", "no"))}
ES_NUMBER = {"el": ("los", False), "la": ("las", False), "los": ("el", True), "las": ("la", True)}


@dataclass(frozen=True)
class Half:
    """One half of a contrast: its subject (as a statement may open with it), verb and rest."""

    subject: str
    verb: str
    rest: str  # after the verb, without the closing full stop
    shared: bool = True  # the halves' verbs are one verb (a false statement takes the other half's form)


class ContrastDrafter:
    """True/false statements swapping the two halves of a contrast (see the module's docstring)."""

    def __init__(self, builder: Builder):
        self.builder = builder
        self.lang = builder.lang
        self.code = self.lang.code if self.lang.code in MARKED else ""
        rules = CAUSE_RULES.get(self.code)
        self.leaning = (rules.leaning | rules.demonstratives if rules else frozenset()) | LEANING_EXTRA.get(self.code, frozenset())
        self.leaning |= {w.lower() for w in self.lang.pronouns if fold(w) == w.lower()}  # not «él», folded the article «el»
        self.document = "\n".join(builder.facts.paragraphs.values())

    def candidates(self) -> Iterator[Candidate]:
        if not self.code:
            return
        previous: Sentence | None = None
        for s in self.builder.facts.sentences:
            yield from self.preference(s)
            yield from self.difference(s)
            halves = self.halves(s.text.strip())
            if halves is None and previous is not None and previous.paragraph == s.paragraph:
                # "The outer tanks hold brine. The inner tank, by contrast, holds fresh water.":
                # the first half is the sentence before, and both are quoted in the explanation.
                halves = self.second_sentence(previous.text.strip(), s.text.strip())
                if halves is not None:
                    paragraph = self.builder.facts.paragraphs[s.paragraph]
                    pair = Sentence(
                        paragraph=s.paragraph, index=s.index, start=previous.start, end=s.end,
                        text=paragraph[previous.start:s.end], mentions=[*previous.mentions, *s.mentions],
                    )
                    yield from self.statements(pair, *halves)
            elif halves is not None:
                yield from self.statements(s, *halves)
            previous = s

    # ------------------------------------------------------------ a preference

    def preference(self, s: Sentence) -> Iterator[Candidate]:
        """"..., the quota followed the boats rather than the harbours." («... seguía a los
        barcos y no a los puertos»): the statement as written (true) and with the two phrases
        swapped (false). The phrase after the marker runs to the sentence's end or a comma and
        holds no word but an article or "of"/«de» after its first (a time or a place after it
        belongs to the whole clause: moved, it would say another thing); the phrase before opens
        on the same article or preposition, with its own "of the ..." («de ...») kept whole."""
        text = s.text.strip()
        if not text.endswith(".") or re.search(r"[«»\"“”()?!:;]", text):
            return
        marks = list(re.finditer(rf"\s(?:{PREFERENCE[self.code]})\s", text))
        if len(marks) != 1:
            return
        mark = marks[0]
        after = text[mark.end():-1]
        b_text = after.split(",")[0]
        b = list(WORD.finditer(b_text))
        if not 1 < len(b) <= MAX_PHRASE_WORDS or b_text != b_text.rstrip() or any(c.isdigit() for c in b_text):
            return
        lead = fold(b[0].group())
        if lead not in OPENERS[self.code] or any(
            fold(w.group()) in self.lang.words.stop_words and fold(w.group()) not in INSIDE_PHRASE[self.code] for w in b[1:]
        ):
            return
        before = text[:mark.start()]
        clause_start = before.rfind(",") + 1
        words = [w for w in WORD.finditer(before) if w.start() >= clause_start]
        at = None
        for i in range(len(words) - 1, 0, -1):
            if fold(words[i].group()) == lead and fold(words[i - 1].group()) not in OF[self.code]:
                at = i
                break
        if at is None:
            return
        a_text = before[words[at].start():]
        if not 1 < len(WORD.findall(a_text)) <= MAX_PHRASE_WORDS:
            return
        folded = [fold(w) for w in WORD.findall(text)]
        phrases = {fold(w) for w in WORD.findall(a_text + " " + b_text)}
        if set(folded) & self.leaning or phrases & POINTING[self.code]:
            return  # a pronoun or "also": the sentence leans on another
        start = words[at].start()
        swapped = f"{text[:start]}{b_text}{text[mark.start():mark.end()]}{a_text}{text[mark.end() + len(b_text):]}"
        b_ = self.builder
        preferred = b_.tf_count % 2 == 0
        b_.tf_count += 1
        fact = f"{s.index}:preference"
        for truth, statement in ((True, text), (False, swapped)):
            if len(statement.split()) > MAX_STATEMENT_WORDS:
                return
            statement = statement[0].upper() + statement[1:]
            item = b_.question("true_false", self.lang.prompt("true_false", statement=statement), b_.explain(s), [s.paragraph], 2, answer=truth)
            span = (s.start + start, s.start + mark.end() + len(b_text))
            score = SCORE - (0 if truth == preferred else 0.001)
            yield Candidate(
                "question", item, s.paragraph, span, round(score, 4), f"true_false|{fact}|{statement}", fact, [a_text, b_text],
                [f"{CONTRAST_HOLD}, offered only for a paragraph no other ready draft covers"],
            )

    # ------------------------------------------------------------ a difference card

    def difference(self, s: Sentence) -> Iterator[Candidate]:
        """"Unlike a wooden hive, a straw skep holds the warmth ..." («A diferencia de la cesta
        de mimbre, el zarzo ...»): a card "How does a straw skep differ from a wooden hive?" ->
        "A straw skep holds the warmth ...". Made whether or not the two things share a word (a
        true/false swap needs two of one kind, ``one_sided``; a card does not), where both
        subjects name their things (an article or a name, no pronoun, no "the others"), and the
        clause's rest leans on no other sentence and does not name the other thing."""
        text = s.text.strip()
        if not text.endswith(".") or re.search(r"[«»\"“”()?!:;]", text):
            return
        unlike = re.match(rf"^(?:{UNLIKE[self.code]})\s+(?P<x>[^,;]+),\s+(?P<b>[^,;]+)$", text[:-1])
        if unlike is None:
            return
        spanish_del = bool(unlike.groupdict().get("del"))
        other, clause = ("el " if spanish_del else "") + unlike.group("x"), unlike.group("b")
        if not (self.fair_subject(other) or self.bare_subject(other)) or set(map(fold, WORD.findall(other))) & (self.leaning | OTHERS):
            return
        words = list(WORD.finditer(clause))
        for i in self.verbs(clause, words, after_masculine=True):
            half = self.half(clause, words, i)
            if not (self.fair_subject(half.subject) or self.bare_subject(half.subject)) or fold(half.subject) == fold(other) or not self.fair_rest(half.rest, other):
                return
            if self.code == "en" and half.subject.split()[0].lower() in ("a", "an") and self.plural(half.subject):
                return
            shown = other if self.code != "es" else ("del " + other[3:]) if spanish_del else "de " + other
            front = DIFFER[self.code][self.plural(half.subject)].format(subject=lower_initial(half.subject), other=lower_initial(shown))
            back = f"{clause[0].upper()}{clause[1:]}."
            if len(back.split()) > MAX_STATEMENT_WORDS:
                return
            item = {"front": front, "back": back, "source": [s.paragraph], "tags": ["difference"]}
            at = s.start + s.text.find(clause)
            fact = f"{s.index}:difference"
            yield Candidate(
                "card", item, s.paragraph, (at, at + len(clause)), SCORE, f"card|difference|{fact}|{half.subject}", fact, [clause],
                [f"{DIFFERENCE_HOLD}, offered only for a paragraph no other ready draft covers"],
            )
            return

    def bare_subject(self, subject: str) -> bool:
        """A noun phrase with no article ("quicklime", "slaked lime"): lower-case words, the first
        no function word or adverb, the last no participle or ending word ("crushed", "of"), up
        to MAX_BARE_WORDS."""
        written = WORD.findall(subject)
        words = [fold(w) for w in written]
        if not 1 <= len(words) <= MAX_BARE_WORDS or any(not w.islower() for w in written) or subject != " ".join(written):
            return False
        stop = self.lang.words.stop_words
        if words[0] in stop or words[0] in ADVERBS or words[0].endswith("ly") or words[-1] in DANGLING or words[-1] in stop:
            return False
        return not (self.code == "en" and words[-1].endswith(("ed", "ing"))) and not set(words) & (POINTING[self.code] | self.leaning | OTHERS)

    def present_after_masculine(self, words: list[re.Match[str]], i: int) -> bool:
        """A Spanish present in -a after a masculine singular subject («el zarzo de castaño
        deja ...»): no adjective agreeing with «el» ends so (after «la» it may: «la cesta
        blanca»), and a word after an article or a preposition is a noun."""
        word = fold(words[i].group())
        before = i - 2 if i > 2 and fold(words[i - 1].group()) in CLITICS.get(self.code, ()) else i - 1  # «se conserva»
        return (
            self.code == "es" and fold(words[0].group()) in ("el", "un") and word.endswith("a") and len(word) > 3
            and fold(words[before].group()) not in self.lang.words.stop_words
        )

    # ------------------------------------------------------------ reading a contrast

    def halves(self, text: str) -> tuple[Half, Half] | None:
        """The two halves of a contrast ``text`` writes in one sentence, or None."""
        if not text.endswith(".") or re.search(r"[«»\"“”()?!:]", text):
            return None
        body = text[:-1]
        if (unlike := re.match(rf"^(?:{UNLIKE[self.code]})\s+(?P<x>[^,;]+),\s+(?P<b>[^;]+)$", body)) is not None:
            return self.one_sided(("el " if unlike.groupdict().get("del") else "") + unlike.group("x"), unlike.group("b"))
        marked = re.match(rf"^(?P<a>[^;]+?)(?:;|,\s+but|;\s+but)\s+(?P<s>[^,;]+?),\s+(?:{MARKED[self.code]}),\s+(?P<b>[^;]+)$", body, re.IGNORECASE)
        if marked:
            first, second = marked.group("a"), f"{marked.group('s')} {marked.group('b')}"
        else:
            joined = re.match(rf"^(?P<a>[^;]+?),\s+(?:{JOINED[self.code]})\s+(?P<b>[^;]+)$", body, re.IGNORECASE)
            if not joined:
                return None
            first, second = joined.group("a"), joined.group("b")
        return self.split(first, second, second_subject=marked.group("s") if marked else None)

    def verbs(self, clause: str, words: list[re.Match[str]], *, after_masculine: bool = False) -> Iterator[int]:
        """The places, within the subject's reach, of the words of ``clause`` that read as its
        verb: lower case, no function word (an auxiliary is one), no lead, inflected as a verb
        («el almacén nuevo tenía»: "nuevo" is none) or, with ``after_masculine``, a Spanish
        present in -a after a masculine subject; one space before it."""
        for i in range(1, min(len(words), MAX_SUBJECT_WORDS + 1)):
            verb = words[i].group()
            auxiliary = any(fold(verb) in group for group in AUXILIARIES[self.code])
            if not verb.islower() or (fold(verb) in self.lang.words.stop_words and not auxiliary) or fold(verb) in LEADS[self.code]:
                continue
            if not auxiliary and not INFLECTIONS[self.code].search(verb) and not (after_masculine and self.present_after_masculine(words, i)):
                continue
            if clause[words[i - 1].end():words[i].start()] == " ":
                yield i

    def one_sided(self, other: str, clause: str) -> tuple[Half, Half] | None:
        """"Unlike the outer chambers, the inner chamber holds lye" («A diferencia de ...»): the
        clause's half, and the other thing as a half with nothing of its own to ask, whose
        statement is the clause with the other thing as its subject (false)."""
        words = list(WORD.finditer(clause))
        for i in self.verbs(clause, words):
            two = self.half(clause, words, i)
            subject = self.name_of(two.subject, other)
            if subject is None or not self.kindred(other, subject) or self.plural(other) != self.plural(subject):
                continue  # "Unlike the inner chambers, the outer chamber holds": "hold" would not agree
            if (halves := self.resolved(Half(other, "", "", False), Half(two.subject, two.verb, two.rest, False))) is not None:
                return halves
        return None

    def plural(self, subject: str) -> bool:
        words = subject.split()
        if self.code == "es":
            return fold(words[0]) in ("los", "las", "unos", "unas") if words else False
        head = [w for w in words if fold(w) not in self.lang.words.stop_words]
        return bool(head) and head[-1].lower().endswith("s") and not head[-1].lower().endswith("ss")

    def second_sentence(self, before: str, text: str) -> tuple[Half, Half] | None:
        """The halves of a contrast whose second half is ``text`` ("The inner tank, by contrast,
        holds ...") and whose first is the sentence ``before``, or None."""
        if not before.endswith(".") or not text.endswith(".") or re.search(r"[«»\"“”()?!:;]", before + text):
            return None
        marked = re.match(rf"^(?P<s>[^,;]+?),\s+(?:{MARKED[self.code]}),\s+(?P<b>[^;]+)\.$", text, re.IGNORECASE)
        if not marked:
            return None
        subject = marked.group("s")
        if fold(subject.split()[0]) in LEADS[self.code]:
            subject = lower_initial(subject)  # "The inner tank", not a name
        return self.split(before[:-1], f"{subject} {marked.group('b')}", second_subject=subject)

    def split(self, first: str, second: str, second_subject: str | None) -> tuple[Half, Half] | None:
        """Each half as subject, verb and rest, the verbs found side by side (see the docstring)."""
        a, b = list(WORD.finditer(first)), list(WORD.finditer(second))
        b_positions = range(1, MAX_SUBJECT_WORDS + 1)
        if second_subject is not None:
            marked = len(WORD.findall(second_subject))
            b_positions = range(marked, marked + 2 if marked < len(b) and fold(b[marked].group()) in CLITICS.get(self.code, ()) else marked + 1)
        for i in range(1, min(len(a), MAX_SUBJECT_WORDS + 1)):
            for j in b_positions:
                if j >= len(b) or not self.same_verb(a[i].group(), b[j].group()):
                    continue
                if first[a[i - 1].end():a[i].start()] != " " or second[b[j - 1].end():b[j].start()] != " ":
                    continue  # "The outer tanks, which ..., hold": the subject ends at its verb
                if second_subject is None and i + 1 < len(a) and j + 1 < len(b) and self.same_verb(a[i + 1].group(), b[j + 1].group()):
                    continue  # "The outer tanks hold ...; the inner tank ... holds": "tanks" is the subjects' noun
                one, two = self.half(first, a, i), self.half(second, b, j)
                if (halves := self.resolved(one, two)) is not None:
                    return halves
        return self.split_kindred(first, second, a, b, b_positions)

    def split_kindred(
        self, first: str, second: str, a: list[re.Match[str]], b: list[re.Match[str]], b_positions: range,
    ) -> tuple[Half, Half] | None:
        """Two halves with different verbs of one inflection, right after two subjects of one
        kind ("The lower draw-hole collects ...; the upper draw-hole, by contrast, receives ...")."""
        inflection = INFLECTIONS[self.code]
        for i in range(1, min(len(a), MAX_SUBJECT_WORDS + 1)):
            x = a[i].group()
            if not x.islower() or fold(x) in self.lang.words.stop_words or not (x_ending := inflection.search(x)):
                continue
            for j in b_positions:
                if j >= len(b):
                    continue
                y = b[j].group()
                if not y.islower() or fold(y) in self.lang.words.stop_words or not (ending := inflection.search(y)):
                    continue
                if INFLECTION_CLASSES.get(ending.group(), ending.group()) != INFLECTION_CLASSES.get(x_ending.group(), x_ending.group()):
                    continue
                if first[a[i - 1].end():a[i].start()] != " " or second[b[j - 1].end():b[j].start()] != " ":
                    continue
                one, two = self.half(first, a, i), self.half(second, b, j)
                if not self.kindred(one.subject, two.subject):
                    continue
                if (halves := self.resolved(Half(one.subject, one.verb, one.rest, False), Half(two.subject, two.verb, two.rest, False))) is not None:
                    return halves
        return None

    def half(self, text: str, words: list[re.Match[str]], verb: int) -> Half:
        """``text`` as subject, verb and rest, the verb being ``words[verb]`` with a clitic
        before it («la blanca se cuece»: «se cuece»)."""
        start = verb - 1 if verb > 1 and fold(words[verb - 1].group()) in CLITICS.get(self.code, ()) else verb
        at = words[start].start()
        return Half(text[:at].strip(), text[at:words[verb].end()], text[words[verb].end():].strip())

    def linking(self, x: str, y: str) -> bool:
        """Whether both words are auxiliaries, or both reporting verbs: verbs without a shared stem."""
        fx, fy = fold(x), fold(y)
        return any(fx in group and fy in group for group in AUXILIARIES[self.code]) or (fx in REPORTING[self.code] and fy in REPORTING[self.code])

    def same_verb(self, x: str, y: str) -> bool:
        fx, fy = fold(x), fold(y)
        if not x.islower() or not y.islower() or fx in LEADS[self.code] or fy in LEADS[self.code]:
            return False
        if self.linking(x, y):
            return True
        shorter = min(len(fx), len(fy))
        if shorter < 3 or fx in self.lang.words.stop_words or fy in self.lang.words.stop_words:
            return False
        shared = len(re.match(r"\w*", "".join(p if p == q else "\0" for p, q in zip(fx, fy))).group())  # type: ignore[union-attr]
        return shared >= min(STEM, shorter) and abs(len(fx) - len(fy)) <= 3

    def resolved(self, one: Half, two: Half) -> tuple[Half, Half] | None:
        """Both halves with subjects that name their things (an ellipsis resolved), or None."""
        subject = self.name_of(two.subject, one.subject)
        if subject is None or not self.fair_subject(one.subject) or not self.fair_subject(subject):
            return None
        two = Half(subject, two.verb, two.rest, two.shared)
        if fold(one.subject) == fold(two.subject):
            return None
        if any(fold((one.verb or two.verb).split()[-1]) in group for group in AUXILIARIES[self.code]) and not self.kindred(one.subject, two.subject):
            return None  # "Oak beams were used ..., whereas the aisles were roofed ...": not two of a kind
        return one, two

    def kindred(self, x: str, y: str) -> bool:
        """Whether two subjects share a content word ("the northern slopes", "the southern
        slopes"): two things of one kind, where a verb as common as "are" says nothing."""
        content = LEADS[self.code] | self.lang.words.stop_words

        def stems(text: str) -> set[str]:  # «conducto», «conductos»: one word
            return {re.sub(r"(?:es|s)$", "", fold(w)) for w in WORD.findall(text) if fold(w) not in content}
        return bool(stems(x) & stems(y))

    def fair_subject(self, subject: str) -> bool:
        words = [fold(w) for w in WORD.findall(subject)]
        if not words or len(words) > MAX_SUBJECT_WORDS or "," in subject:
            return False
        if set(words) & (POINTING[self.code] | STANCE_NOUNS):
            return False
        if set(words) & ADVERBS:
            return False  # "The lower tank never freezes": the verb's adverb is no part of the subject
        if words[-1] in LEADS[self.code] | DANGLING:
            return False  # "Los" of «Los molinos de marea molían»: no subject ends on an article or a preposition
        return (words[0] in LEADS[self.code] and len(words) > 1) or subject[:1].isupper() or words[-1].endswith("s")

    def name_of(self, subject: str, first: str) -> str | None:
        """The second half's subject as a statement may open with it: "the inner one" of "the
        outer chambers" is "the inner chamber"; «el central» of «los conductos laterales» is «el
        conducto central», «los del sur» of «los tejados del norte» «los tejados del sur»; None
        when it names nothing of its own and cannot be resolved."""
        words = subject.split()
        head = first.split()
        if self.code == "en" and words and words[-1].lower() in ("one", "ones"):
            if len(head) < 2 or (words[-1].lower() == "ones") != head[-1].lower().endswith("s"):
                return None
            return " ".join([*words[:-1], head[-1]])
        if self.code != "es" or len(words) < 2 or words[0].lower() not in ES_NUMBER:
            return subject
        noun_first = len(head) >= 2 and head[0].lower() in ES_NUMBER and head[1][:1].islower() and fold(head[1]) not in self.lang.words.stop_words
        if words[1].lower() in ("de", "del"):  # «los de segundo», «la del norte»
            return self.with_noun(words, head) if noun_first else None
        if len(words) != 2 or not words[1][:1].islower() or self.used_as_noun(words[1]):
            return subject  # «el Duero», «el canal» (a noun the text writes after an article elsewhere)
        if not (noun_first and len(head) == 3 and head[2][:1].islower()):
            return subject  # «el floema» after «el xilema»: two nouns
        if ES_ADJECTIVE.search(words[1].lower()) or words[1][-2:].lower() == head[2][-2:].lower():
            return self.with_noun(words, head)  # «la central» after «las piletas exteriores»
        return None  # «la savia» after «la arcilla roja»: a noun or an ellipsis, no telling

    def with_noun(self, words: list[str], head: list[str]) -> str | None:
        """``words`` (an article and what follows) with the noun of ``head`` after its article,
        in the article's number: «la» + «piletas» + «central» is «la pileta central»."""
        noun: str | None = head[1]
        if words[0].lower() != head[0].lower():
            other, singular = ES_NUMBER[head[0].lower()]
            if other != words[0].lower():
                return None
            noun = _spanish_singular(head[1]) if singular else _spanish_plural(head[1])
        return " ".join([words[0], noun, *words[1:]]) if noun else None

    def used_as_noun(self, word: str) -> bool:
        """Whether the document writes ``word`` after an article twice or more: a noun."""
        return len(re.findall(rf"\b(?:el|la|los|las|un|una)\s+{re.escape(word)}\b", self.document, re.IGNORECASE)) > 1

    # ------------------------------------------------------------ the statements

    def statements(self, s: Sentence, one: Half, two: Half) -> Iterator[Candidate]:
        b = self.builder
        preferred = b.tf_count % 2 == 0
        b.tf_count += 1
        for index, (mine, other) in enumerate(((one, two), (two, one))):
            if not self.fair_rest(mine.rest, other.subject):
                continue
            fact = f"{s.index}:contrast:{index}"
            for truth in (True, False):
                subject, verb = (mine.subject, mine.verb) if truth else (other.subject, other.verb if mine.shared else mine.verb)
                statement = f"{subject[0].upper()}{subject[1:]} {verb} {mine.rest}."
                if len(statement.split()) > MAX_STATEMENT_WORDS:
                    break
                item = b.question("true_false", self.lang.prompt("true_false", statement=statement), b.explain(s), [s.paragraph], 2, answer=truth)
                at = s.start + s.text.find(mine.rest)
                score = SCORE - (0 if truth == preferred else 0.001) - 0.01 * index
                yield Candidate(
                    "question", item, s.paragraph, (at, at + len(mine.rest)), round(score, 4), f"true_false|{fact}|{statement}", fact, [mine.rest],
                    [f"{CONTRAST_HOLD}, offered only for a paragraph no other ready draft covers"],
                )

    def fair_rest(self, rest: str, other_subject: str) -> bool:
        words = [fold(w) for w in WORD.findall(rest)]
        if len(words) < MIN_REST_WORDS or set(words) & self.leaning:
            return False
        if self.code == "es" and words[0] == "que" and not (words[1] in LEADS["es"] or WORD.findall(rest)[1][:1].isupper()):
            return False  # «defendieron que atraería ...»: the claim's subject is in the other half
        stop = self.lang.words.stop_words
        named = {fold(w) for w in WORD.findall(other_subject)} - stop - LEADS[self.code]
        return not named & set(words)


def _spanish_singular(noun: str) -> str | None:
    if re.search(r"[aeiouáéó]s$", noun):
        return noun[:-1]
    if re.search(r"[lnrdj]es$", noun):
        return noun[:-2]
    return None


def _spanish_plural(noun: str) -> str | None:
    if re.search(r"[aeiou]$", noun):
        return noun + "s"
    if re.search(r"[lrdj]$", noun):
        return noun + "es"
    return None
