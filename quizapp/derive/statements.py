"""Drafts for paragraphs the fact-based drafter leaves empty: figures written in words.

The ten review documents of sessions five and six left a third of their content paragraphs
without any ready draft (brief cover3, issue 10). Some of them do hold a figure, written so that
``quizapp.derive.extract`` does not read it as one:

- a time of day: "at about 1:25 a.m.", "a las 19.30", "poco después de las siete y media de la
  tarde" (the number reader skips "15:11" on purpose: it is not two numbers);
- a count in words: "three ship lengths", "los cuatro vigilantes", "durante dos siglos".

Each becomes a typed gap whose accepted answers are the text's own words and the figure a
learner may type instead ("three" or "3"; "1:25 a.m.", "1:25" or "01:25"; "siete y media" or
"7:30"), with no typo tolerance (one edit of a time or a count word is another one: "tres" and
"trece"). Like ``Builder.detail_word`` the gap is held back from the start (DETAIL_WORD_HOLD):
``check_drafts`` offers it only for a content paragraph no other ready draft covers, after the
same checks as any other draft (grounding, the linter, enemies). A count the headings state
("Two centuries of milling" over "for two centuries") or the sentence writes twice is no gap.
"""
from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from quizapp.derive import answers as typed_answers
from quizapp.derive import trivial_gaps
from quizapp.derive.drafting import DETAIL_WORD_HOLD, Builder, Candidate
from quizapp.derive.extract import MAX_PROMPT_WORDS, Mention, Sentence, fold
from quizapp.derive.giveaways import gaps_of
from quizapp.derive.word_families import SHORT_STEM, opening
from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft

# A sentence longer than a prompt may be (extract.MAX_PROMPT_WORDS) is quoted up to its last
# clause boundary that fits ("..., hallado en 1975 en la cueva de Lapa Vermelha, en Minas Gerais …"),
# if that leaves this many words: its facts are asked like any sentence's, as fallbacks.
MIN_CLAUSE_WORDS = 12
CLAUSE_END = re.compile(r"\s*(?:[,;:]\s+(?=[^\W\d_])|\s+[—–]\s+)")
ELLIPSIS = " …"
TRIMMED_HOLD = "held back: quotes a long sentence only up to a clause boundary"


def _pairs(*rows: str) -> dict[str, str]:
    """Both ways: "rises falls" gives rises -> falls and falls -> rises."""
    out: dict[str, str] = {}
    for row in rows:
        a, b = row.split()
        out.setdefault(a, b)
        out.setdefault(b, a)
    return out


# A direction or a judgement the text states, and its opposite in the same grammatical form: a
# causal or evaluative paragraph with no name, figure or rare term ("A positive mean stress
# reduces the amplitude a part can tolerate", "da tortillas de mejor sabor", "la ley del
# yacimiento era baja") says which way something goes, and only its reader knows which. Short,
# closed lists of unambiguous forms (no "more"/"más", which open bounds and comparisons; no
# "bajo", also a preposition; no "lower", also a verb).
OPPOSITES = {
    "en": _pairs(
        "increases reduces", "increased reduced",
        "increasing reducing", "decreases increases", "decreased increased", "accelerates slows", "accelerated slowed", "higher lower", "larger smaller", "faster slower", "stronger weaker", "better worse",
        "earlier later", "easier harder", "wider narrower", "cheaper dearer", "strengthened weakened", "strengthens weakens",
    ),
    "es": _pairs(
        "aumenta disminuye", "aumentó disminuyó", "aumentaba disminuía", "aumentado disminuido", "crecido disminuido",
        "mayor menor", "mayores menores", "mejor peor", "mejores peores", "acelera frena", "aceleró frenó", "fortaleció debilitó", "fortalece debilita", "ampliar reducir", "amplió redujo",
    ),
}
# No verb that takes a particle or makes idioms ("fell out of use", "rising back up", "grew
# up"): the particle picks the answer (seen in a self-review of ice-houses.md).
# Verbs and comparatives only: a plain adjective after its noun is often a compound a reader
# completes ("la planta baja", the ground floor; seen on review 12's ES p11).
# No pair of a word and its negation ("reliable"/"unreliable"): "the only unreliable treatment"
# is nonsense a reader rules out without the text (seen on review 12's EN p9). Words of the
# sentence that give the direction away: the same judgement said another way ("diez veces mayor
# ... el genoma más grande"), or a change tied to another the sentence states ("ha crecido junto
# con ella", "along with"), which a reader follows without the text.
GIVEAWAY_WORDS = {
    "en": re.compile(r"\b(?:big|bigger|biggest|small|smallest|largest|highest|lowest|best|worst|fastest|slowest|along with|together with|as well as)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:grande|grandes|pequeñ[oa]s?|máxim[oa]s?|mínim[oa]s?|junto con|junto a|a la vez|al mismo tiempo|así como)\b", re.IGNORECASE),
}
# A judgement someone defends or praises is the favourable one ("los cocineros defienden que ...
# da tortillas de ____ sabor": mejor): "better"/"worse" after such a verb is read off the verb.
ADVOCACY = {
    "en": re.compile(r"\b(?:argue|argues|argued|claim|claims|claimed|insist|insists|praise|praises|praised|prefer|prefers|preferred|defend|defends|believe|believe[sd]|consider|considers|considered)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:defiende|defienden|defendían|sostiene|sostienen|aseguran?|consideran?|prefieren?|elogian?|creen|cree|afirman?|opinan?)\b", re.IGNORECASE),
}
JUDGEMENTS = frozenset(("better", "worse", "mejor", "peor", "mejores", "peores"))
# A comparative is asked only in an explicit comparison ("un sabor mejor que el del valle",
# "higher than"): before a noun it is mostly a stock phrase ("la peor época del año", "la mayor
# parte de", "at a later stage") a reader completes without the text.
COMPARATIVES = frozenset((
    "higher", "lower", "larger", "smaller", "faster", "slower", "stronger", "weaker", "better", "worse", "earlier", "later",
    "easier", "harder", "wider", "narrower", "cheaper", "dearer", "mayor", "menor", "mayores", "menores", "mejor", "peor", "mejores", "peores",
))
THAN = frozenset(("than", "que"))
STEM = SHORT_STEM  # letters a word shares with an option to be of its family ("slowly", "slowed")
# An English participle before a noun ("exposed to increased drag") describes, and the noun's
# context decides it ("exposed to" something harmful); as a verb it states what the text says.
PARTICIPLE = re.compile(r"(?:ed|en)$")
# An end the sentence states that only one direction reaches: "redujo la visibilidad casi a
# cero" (a second fresh review: "amplió" makes the sentence absurd), "to almost nothing", "to a
# standstill", "al máximo".
ENDPOINT = {
    "en": re.compile(r"\b(?:to|by)\s+(?:almost\s+|nearly\s+|virtually\s+|practically\s+|near\s+)?(?:zero|nothing|nil|a\s+halt|a\s+standstill|a\s+trickle|a\s+minimum|a\s+maximum|half|a\s+fraction)\b", re.IGNORECASE),
    "es": re.compile(r"(?:\b(?:casi|prácticamente|hasta)\s+)?\b(?:a|hasta)\s+(?:cero|la\s+nada|la\s+mitad|un\s+hilo|el\s+mínimo|el\s+máximo)\b|\bal\s+(?:mínimo|máximo)\b|\bhasta\s+desaparecer\b", re.IGNORECASE),
}
# The words of each direction, by their openings, that say a change goes one way or the other
# ("a warm barn speeds it up" beside "slowed by the cold", «apresura» beside «frena»): where the
# document states the other direction for the same subject, a reader who recalls both cannot
# choose (variants, issue 10 item 3).
DIRECTION_FAMILIES = {
    "en": (
        (r"accelerat|speed|sped|quicken|hasten|hurr(?:y|ie)|faster|quicker", r"slow|delay|retard|hinder|decelerat"),
        (r"increas|rais|rise|rose|risen|rising|grow|grew|boost|enlarg|higher|larger", r"reduc|decreas|lower|fall|fell|drop|declin|cut|diminish|smaller"),
        (r"strength|stronger", r"weaken|weaker"),
        (r"widen|wider", r"narrow"),
        (r"earlier", r"later"),
    ),
    "es": (
        (r"aceler|apresur|agiliz|rápid|adelant", r"fren|retras|retard|ralentiz|lent"),
        (r"aument|sub[eií]|subir|elev|crec|ampli|mayor", r"disminu|reduc|redu|baj[aoóe]|descend|menor"),
        (r"fortalec", r"debilit"),
        (r"mejor", r"peor"),
    ),
}
# What settles a direction in the sentence itself, whatever the text (gapfixes, kind 2): a
# condition it opens with ("If a bowl of dough is left in a cold larder, the yeast {1}", «Si el
# mosto se enfría, la fermentación {1}»), the cause a reader reasons from; heat or cold named
# anywhere in it, which every reader knows speeds or slows what lives or reacts; and a change
# "to" a thing rather than an amount ("is {reduced} to water", «reducido a cenizas»): a
# chemist's or a cook's sense that makes the other option absurd ("increased to water").
CONDITION_OPENING = {
    "en": re.compile(r"^(?:If|When|Whenever|Once|Unless)\b[^,]{3,}?,\s", re.IGNORECASE),
    "es": re.compile(r"^(?:Si|Cuando|Siempre\s+que|Una\s+vez\s+que|Al)\b[^,]{3,}?,\s", re.IGNORECASE),
}
WARMTH_WORDS = {
    "en": re.compile(r"\b(?:cold|colder|cool|cooler|cooled|cooling|chill\w*|freez\w*|frost\w*|warm\w*|heat|heated|heating|hot|hotter)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:fr[ií][oa]s?|fresc[oa]s?|helad\w*|hiel\w*|congel\w*|enfr[ií]\w*|calor|calient\w*|calent\w*|templad\w*|c[aá]lid\w*)\b", re.IGNORECASE),
}
CHANGE_INTO_THING = {
    "en": re.compile(r"^\s+(?:to|into)\s+(?!(?:about|around|some|nearly|almost|just|only|under|over|less|more|a\s+(?:third|quarter|half|fraction|tenth|few))\b)(?:the\s+|a\s+|an\s+)?[^\W\d_]{3,}", re.IGNORECASE),
    "es": re.compile(r"^\s+(?:a|en)\s+(?!(?:unos|unas|cerca|casi|solo|menos|m[aá]s|la\s+mitad|un\s+tercio|un\s+cuarto)\b)(?:la\s+|el\s+|las\s+|los\s+|un\s+|una\s+)?[^\W\d_]{3,}", re.IGNORECASE),
}


def settled_by_sentence(text: str, start: int, end: int, code: str) -> str | None:
    """Why the sentence ``text`` settles the direction word at ``start``:``end`` by itself (a
    held-back reason), or None."""
    if code not in CONDITION_OPENING:
        return None
    if (condition := CONDITION_OPENING[code].match(text)) and condition.end() <= start:
        return f"held back: the sentence's own condition ({condition.group(0).strip(' ,')!r}) says which way, by what every reader knows of its cause"
    if warmth := WARMTH_WORDS[code].search(text):
        return f"held back: the sentence names heat or cold ({warmth.group(0)!r}), which every reader knows speeds or slows a change: it says which way"
    into = CHANGE_INTO_THING[code].match(text[end:])
    if into and not re.match(r"(?:\s+\S+){1,3}?\s+(?:zero|cero|%|per\s*cent|percent|por\s+ciento)", text[end:]):
        return f"held back: the change goes to a thing, not an amount ({into.group(0).strip()!r}): the other option reads as nonsense"
    return None


# A content word two sentences share says they speak of the same subject ("fermentation").
SUBJECT_WORD = 5
# A manner adverb ("slowly slide", «avanza lentamente») says how, not which way a change goes.
MANNER_ENDINGS = ("ly", "mente")
TOPIC_PARAGRAPHS = 3  # a word in this many paragraphs is the document's subject, not a sentence's
MAX_OPPOSITE_WORDS = 36  # a sentence whose one direction word is asked: short enough to weigh it

# Counts in words a reader may type as a figure. Not "one"/"uno"/"una" (an article as often as a
# count), not ordinals ("the second stage" is a rank the sentence's order gives), and only below
# a hundred: "a hundred", "mil" are round amounts, not counts a paragraph settles.
UNITS = {
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
           "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
           "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90},
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
           "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17,
           "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintidos": 22, "veintitres": 23, "veinticuatro": 24,
           "veinticinco": 25, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "veintiuno": 21,
           "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90},
}
GAP_MARK = "____"
# A paragraph that enumerates what it counts by ordinals ("The first is ..., the second ...").
ORDINAL_ENUMERATION = re.compile(r"\b(?:the first|el primero|la primera)\b.*\b(?:the second|el segundo|la segunda)\b", re.IGNORECASE | re.DOTALL)
COUNT_AS_NUMBER_RANK = 0.3  # a count in words asked as a number: below the paragraph's figures
# The base of a proportion after another count ("nine of every ____", «nueve de cada ____»).
RATIO_BASE = re.compile(
    r"(?:\d+|\b(?:one|un[oa]?|" + "|".join(sorted({*UNITS["en"], *UNITS["es"]})) + r"))\s+(?:(?:out\s+)?of(?:\s+every)?|in(?:\s+every)?|de\s+cada|por\s+cada)\s+$",
    re.IGNORECASE,
)
ONES = {"en": {k: v for k, v in UNITS["en"].items() if v < 10}, "es": {k: v for k, v in UNITS["es"].items() if v < 10}}
# Words after a count that are no thing counted: "two of the", "dos de los", "three times as",
# "the two" used as a pronoun before a verb is caught by the lower-case noun test below.
NOT_COUNTED = {
    "en": frozenset(("of", "and", "or", "to", "times", "more", "less", "fewer", "or", "per", "percent", "hundred", "thousand", "million", "billion", "dozen")),
    "es": frozenset(("de", "del", "y", "o", "a", "veces", "mas", "menos", "por", "ciento", "cientos", "mil", "millones", "millon")),
}
# "las veinticuatro horas del día", "seven days a week", "doce meses del año": the count a unit
# of the calendar has, which general knowledge settles.
CALENDAR = re.compile(
    r"^\s*[^\W\d_]+\s+(?:a|per|of the|each|del|de la|de cada|al|a la|por)\s+(?:day|week|month|year|dia|semana|mes|ano)\b", re.IGNORECASE,
)
# A list of names the sentence gives ("the Akosombo, Kpong and Bui dams", "el de Mequinenza y
# el de Ribarroja"): a count of as many things is read off it (review 16's EN p7, brief cover6).
_LISTED = r"(?:(?:the|el|la|los|las)\s+(?:de\s+(?:la\s+|los\s+|las\s+)?)?)?[A-ZÁÉÍÓÚÑ][^\W\d_]+"
LISTED = re.compile(rf"{_LISTED}(?:,\s+{_LISTED})*,?\s+(?:and|y|e)\s+{_LISTED}")
# A split is into two unless the text says otherwise ("becomes two colonies", "se dividió en
# dos brazos"): the reader knows the count without the text (review 8's EN p19).
SPLIT_BEFORE = re.compile(
    r"\b(?:becomes?|became|split(?:s)?\s+into|divided\s+into|divides\s+into|se\s+(?:divide|dividió|parte|partió|convierte|convirtió)\s+en)\s+$",
    re.IGNORECASE,
)


# A word for a pair or for each other ("both", "hermanos entre sí", "ambos"): two is then the
# reader's first guess (review 16's ES p4, brief cover6).
PAIR_WORDS = re.compile(r"\b(?:both|pair|couple|twins?|each other|one another|ambos|ambas|pareja|par|gemel[oa]s|entre sí|el uno al otro)\b", re.IGNORECASE)


# ... and before the count, things with their articles ("El yeso y la anhidrita ... son ____ minerales").
_ARTICLED = r"(?:[Tt]he|[Ee]l|[Ll]a|[Ll]os|[Ll]as)\s+[^\W\d_]+"
ARTICLED = re.compile(rf"{_ARTICLED}(?:,\s+{_ARTICLED})*,?\s+(?:and|y|e)\s+{_ARTICLED}")
LISTED_BEFORE_WORDS = 12  # "El yeso y la anhidrita, que es ..., son ____ minerales": not "between Boston and Portland, ..., about ____ hours"


def listed_counts(text: str, near: int = 0) -> set[int]:
    """How many names each list of ``text`` gives: the sentence after a count, or (``near``) the
    part before it, where only a list ending at most that many words before the count counts."""
    lists = [*LISTED.finditer(text), *(ARTICLED.finditer(text) if near else ())]
    return {
        len(re.findall(r",|\s(?:and|y|e)\s", m.group())) + 1 for m in lists
        if not near or len(text[m.end():].split()) <= near
    }


RANGE_BEFORE = re.compile(r"\b(?:or|to|and|o|u|y|a)\s+$|[-–]\s*$", re.IGNORECASE)
RANGE_AFTER = re.compile(r"^\s*(?:\b(?:or|to|and|o|u|y|a)\b|[-–])", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)?")

# Times of day. English: "1:25 a.m.", "9:40 p.m.", "at 14:05"; Spanish: "a las 19.30", "las 7:15
# horas", "las siete y media de la tarde". The text's form is the key; its figures are accepted.
EN_TIME = re.compile(r"(?<![\d.,:])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*(?P<ap>[ap])\.?\s?m\.?(?!\w))?")
ES_TIME = re.compile(r"(?<=\blas )(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\d])")
ES_HOURS = {"una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12}
ES_MINUTES = {"media": 30, "cuarto": 15, "diez": 10, "cinco": 5, "veinte": 20, "veinticinco": 25}
ES_WORD_TIME = re.compile(
    r"(?<=\b[Ll]as )(?P<h>una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"
    r"(?: y (?P<m>media|cuarto|diez|cinco|veinte|veinticinco))?"
    r"(?= de la (?P<part>mañana|madrugada|tarde|noche)\b| en punto\b)"
)
AFTERNOON = ("tarde", "noche")


def _clock(hour: int, minute: int) -> str:
    return f"{hour}:{minute:02d}"


def time_accepts(text: str, hour: int, minute: int, meridiem: str = "") -> list[str]:
    """The accepted forms of a time the text writes as ``text``: the text's own, the figures with
    and without a leading zero, and the 24-hour clock when the text's is a 12-hour one."""
    forms = [text, _clock(hour, minute), f"{hour:02d}:{minute:02d}"]
    if meridiem == "p" and hour < 12:
        forms.append(_clock(hour + 12, minute))
    if meridiem == "a" and hour == 12:
        forms.append(f"00:{minute:02d}")
    seen: set[str] = set()
    return [f for f in forms if not (fold(f) in seen or seen.add(fold(f)))]  # type: ignore[func-returns-value]


class StatementDrafter:
    """Typed gaps on the figures a paragraph writes in words or as a time of day, held back as
    fallbacks for paragraphs no other ready draft covers (see the module's docstring)."""

    def __init__(self, builder: Builder, headings: Sequence[str]):
        self.builder = builder
        self.lang = builder.lang
        self.code = self.lang.code if self.lang.code in UNITS else "en"
        self.heading_words = {fold(w) for h in headings for w in WORD.findall(h)}

    def sentences(self) -> Iterator[Sentence]:
        """The sentences a question can quote, as the fact drafter reads them."""
        b = self.builder
        previous: Sentence | None = None
        for sentence in b.facts.sentences:
            if b.usable(sentence):
                yield sentence
            elif (trimmed := b.without_marker(sentence)) is not None and b.usable(trimmed):
                yield trimmed
            elif (with_context := b.with_previous(previous, sentence)) is not None:
                yield with_context
            previous = sentence

    def candidates(self) -> Iterator[Candidate]:
        for s in self.sentences():
            for start, end, accept in [*self.times(s), *self.counts(s)]:
                yield self.gap(s, start, end, accept)
        for s in self.sentences():
            if (opposite := self.opposite(s)) is not None:
                yield opposite
        for s in self.builder.facts.sentences:
            if (head := self.clause_head(s)) is not None:
                for candidate in self.builder.from_sentence(head):
                    candidate.problems.append(f"{TRIMMED_HOLD} ({head.words} of {s.words} words), offered only for a paragraph no other ready draft covers")
                    yield candidate

    def clause_head(self, s: Sentence) -> Sentence | None:
        """``s`` quoted up to its last clause boundary within the prompt's length, with an
        ellipsis, when ``s`` is too long to quote whole (and otherwise quotable), else None."""
        if s.words <= MAX_PROMPT_WORDS:
            return None
        cut = None
        for boundary in CLAUSE_END.finditer(s.text):
            head = s.text[: boundary.start()]
            if len(head.split()) > MAX_PROMPT_WORDS - 1:
                break
            cut = boundary.start()
        if cut is None or len(s.text[:cut].split()) < MIN_CLAUSE_WORDS:
            return None
        text = s.text[:cut].rstrip()
        quoted = Sentence(
            paragraph=s.paragraph, index=s.index, start=s.start, end=s.start + len(text),
            text=text + ELLIPSIS, mentions=[m for m in s.mentions if m.end <= s.start + len(text)],
        )
        return quoted if self.builder.usable(quoted) else None

    # ------------------------------------------------------------ what is asked

    def times(self, s: Sentence) -> Iterator[tuple[int, int, list[str]]]:
        """(start, end, accepted forms) of each time of day in ``s``, offsets in the sentence."""
        text = s.text
        if self.code == "es":
            for m in ES_TIME.finditer(text):
                yield m.start(), m.end(), time_accepts(m.group(), int(m.group("h")), int(m.group("m")))
            for m in ES_WORD_TIME.finditer(text):
                hour, minute = ES_HOURS[m.group("h")], ES_MINUTES.get(m.group("m") or "", 0)
                afternoon = m.group("part") in AFTERNOON and hour < 12
                forms = time_accepts(m.group(), hour, minute, "p" if afternoon else "")
                yield m.start(), m.end(), forms
            return
        for m in EN_TIME.finditer(text):
            if not m.group("ap") and not re.search(r"\b(?:at|by|until|before|after|around|about|from)\s+$", text[:m.start()], re.IGNORECASE):
                continue  # "1:25" alone may be a ratio or a score; "at 14:05" is a time
            yield m.start(), m.end(), time_accepts(m.group(), int(m.group("h")), int(m.group("m")), (m.group("ap") or "").lower())

    def count_value(self, word: str) -> int | None:
        """The value of a count word ("three", "twenty-four", "veintitrés"), or None."""
        folded = fold(word)
        units = UNITS[self.code]
        if folded in units:
            return units[folded]
        if self.code == "en" and "-" in folded:
            tens, _, one = folded.partition("-")
            if units.get(tens, 0) >= 20 and units.get(tens, 0) % 10 == 0 and one in ONES["en"]:
                return units[tens] + ONES["en"][one]
        return None

    def counts(self, s: Sentence) -> Iterator[tuple[int, int, list[str]]]:
        """(start, end, accepted forms) of each count in words before the thing it counts."""
        tokens = list(WORD.finditer(s.text))
        folded = [fold(t.group()) for t in tokens]
        stop = self.lang.words.stop_words
        for i, token in enumerate(tokens):
            value = self.count_value(token.group())
            if value is None or i + 1 >= len(tokens):
                continue
            nxt = tokens[i + 1].group()
            if s.text[token.end():tokens[i + 1].start()] != " " or not nxt[:1].islower():
                continue  # "two." ends a clause; "Two Rivers" is a name
            if folded[i + 1] in NOT_COUNTED[self.code] or folded[i + 1] in stop or self.count_value(nxt) is not None:
                continue
            if i > 0 and folded[i - 1] in ("one", "uno", "una"):
                continue
            if self.in_a_range(s.text, tokens, i):
                continue
            if CALENDAR.match(fold(s.text[token.end():])):
                continue
            # The count asked once: "two ... two" or a heading's "Two centuries" shows it.
            if folded.count(folded[i]) > 1 or folded[i] in self.heading_words or str(value) in re.findall(r"\d+", s.text):
                continue
            if i == 0 and token.group()[:1].isupper() and self.code == "en" and len(tokens) < 4:
                continue
            if value in listed_counts(s.text[token.end():]) or value in listed_counts(s.text[: token.start()], near=LISTED_BEFORE_WORDS) or (value == 2 and (SPLIT_BEFORE.search(s.text[: token.start()]) or PAIR_WORDS.search(s.text))):
                continue  # "the ____ dams, Bhumibol and Sirikit"; "becomes ____ colonies": the sentence settles it
            yield token.start(), token.end(), [token.group() if i else token.group().lower(), str(value)]

    def in_a_range(self, text: str, tokens: list[re.Match[str]], i: int) -> bool:
        """Whether the count ``tokens[i]`` is one end of a range or an alternative ("two or
        three doors", "entre diez y quince días", "tres o cuatro metros", "from five to seven"):
        the other end, in the prompt, calls it up as the next or previous number."""
        def is_count(j: int) -> bool:
            return 0 <= j < len(tokens) and self.count_value(tokens[j].group()) is not None
        before = text[: tokens[i].start()]
        after = text[tokens[i].end():]
        if RANGE_BEFORE.search(before) and (is_count(i - 2) or re.search(r"\d\s*(?:or|to|and|o|u|y|a|-|–)\s*$", before)):
            return True
        return bool(RANGE_AFTER.match(after) and (is_count(i + 2) or re.match(r"\s*(?:or|to|and|o|u|y|a|-|–)\s*\d", after)))

    def gap(self, s: Sentence, start: int, end: int, accept: list[str]) -> Candidate:
        """The fill-in draft on ``s.text[start:end]``, held back as a fallback for coverage."""
        b = self.builder
        text = s.text[start:end]
        m = Mention("name", text, s.start + start, s.start + end, s.paragraph, s.index, text)
        prompt = self.lang.prompt("complete", passage=b.blank(s, m))
        item = b.question("fill_in", prompt, b.explain(s), [s.paragraph], 1, accept=accept, typos=False)
        if self.count_open_to_quantifiers(item, s.paragraph):
            # "could store ____ kilos": "some" fits a typed gap as well; asked for a number, it
            # does not (brief uncovered: such a paragraph was left with nothing).
            item = b.question("numeric", self.lang.prompt("complete_numeric", passage=b.blank(s, m)), b.explain(s), [s.paragraph], 1, answer=int(accept[-1]), tolerance=0)
        fact = f"{s.index}:figure:{fold(text)}"
        # A fallback asked as a number ranks below the paragraph's own figures, so that it takes
        # no type's turn from them (``_spread_types``).
        score = b.score("fill_in", None, s) - (COUNT_AS_NUMBER_RANK if item["type"] == "numeric" else 0)
        return Candidate(
            "question", item, s.paragraph, b.span(m), score, f"{item['type']}|{fact}|{prompt}", fact, [text],
            [f"{DETAIL_WORD_HOLD} or a time of day ({text!r}), offered only for a paragraph no other ready draft covers"],
        )

    def count_open_to_quantifiers(self, item: dict[str, object], paragraph: int) -> bool:
        """Whether a typed gap on a count word is held only because an article or a quantifier
        fits it as well ("____ kilos": some), the one hold a numeric question escapes; a count
        held for another reason too (signposted, listed, a range's end) stays a typed gap."""
        from quizapp.derive import Draft  # (the package imports this module)

        accept = item.get("accept")
        if not isinstance(accept, list) or len(accept) != 2 or not str(accept[-1]).isdigit():
            return False  # a time of day, not a count
        if RATIO_BASE.search(str(item.get("prompt", "")).split(GAP_MARK, 1)[0]):
            return False  # "nine of every ____ letters": the proportion's stock base (ten)
        if ORDINAL_ENUMERATION.search(self.builder.facts.paragraphs.get(paragraph, "")):
            return False  # "Three crops ... The first is barley, the second ...": the paragraph lists what it counts
        draft = Draft("count", "question", item, paragraph, None, 0.0)
        held = trivial_gaps.problems(draft, self.lang)
        return bool(held) and held == trivial_gaps.open_count(draft, self.lang)

    def opposite(self, s: Sentence) -> Candidate | None:
        """A cloze on the one direction word of ``s`` with its opposite as the other option, held
        back as a fallback; None when ``s`` has none, or several, or writes both ("worse rather
        than better"), or is no full sentence or too long to weigh one word."""
        pairs = OPPOSITES.get(self.code, {})
        if not s.text.endswith(".") or s.words > MAX_OPPOSITE_WORDS:
            return None
        tokens = list(WORD.finditer(s.text))
        words = [t.group() for t in tokens]
        found = [t for t in tokens if t.group() in pairs]
        if len(found) != 1:
            return None
        word = found[0].group()
        other = pairs[word]
        if other in words or fold(other) in {fold(w) for w in words} or words.count(word) > 1:
            return None
        if GIVEAWAY_WORDS[self.code].search(s.text) or (word in JUDGEMENTS and ADVOCACY[self.code].search(s.text)):
            return None
        if ENDPOINT[self.code].search(s.text[found[0].end():]):
            return None  # "redujo la visibilidad casi a cero": only one direction ends there
        # Another word of the sentence from either option's stem ("____ the melting, since the
        # stalks pass heat very slowly": slowed) says which (seen in a self-review of ice-houses.md).
        stems = {opening(word, STEM), opening(other, STEM)}
        if any(opening(w, STEM) in stems for t, w in zip(tokens, words) if t is not found[0]):
            return None
        index = tokens.index(found[0])
        if word in COMPARATIVES and (index + 1 >= len(tokens) or fold(words[index + 1]) not in THAN):
            return None
        if self.code == "en" and PARTICIPLE.search(word) and index + 1 < len(tokens) and (
            s.text[found[0].end():tokens[index + 1].start()] == " " and words[index + 1][:1].islower()
            and fold(words[index + 1]) not in self.lang.words.stop_words
        ):
            return None
        b = self.builder
        a, z = found[0].span()
        passage = s.text[:a] + "{1}" + s.text[z:]
        options = sorted([{"text": word, "correct": True}, {"text": other, "correct": False}], key=lambda o: fold(str(o["text"])))
        both = self.other_direction_stated(s, word, other)
        settled = settled_by_sentence(s.text, a, z, self.code)
        item = b.question(
            "cloze", self.lang.prompt("cloze_one"), passage=passage, gaps=[{"options": options}],
            explanation=b.explain(s), source=[s.paragraph], difficulty=2,
        )
        fact = f"{s.index}:direction:{fold(word)}"
        return Candidate(
            "question", item, s.paragraph, (s.start + a, s.start + z), b.score("cloze", None, s) - 0.3, f"cloze|{fact}|{passage}", fact, [word],
            [f"{DETAIL_WORD_HOLD} or a direction ({word!r} against {other!r}), offered only for a paragraph no other ready draft covers",
             *([f"held back: the text also states the other direction ({other!r}) for the same subject: {both!r}"] if both else []),
             *([settled] if settled else [])],
        )

    def other_direction_stated(self, s: Sentence, word: str, other: str) -> str | None:
        """Another sentence of the document stating ``other``'s direction (a word of its family:
        "speeds up" for "accelerated") for the subject of ``s`` (in its paragraph, or sharing one of
        its content words), or None."""
        families = DIRECTION_FAMILIES.get(self.code, ())
        low = fold(other)
        family = next((pattern for pair in families for i, pattern in enumerate(pair)
                       if re.match(rf"(?:{pattern})", low) and re.match(rf"(?:{pair[1 - i]})", fold(word))), None)
        if family is None:
            return None
        stop = self.lang.words.stop_words
        # The document's own subject ("the glacier", in every paragraph) links no two sentences.
        spread: dict[str, set[int]] = {}
        for t in self.builder.facts.sentences:
            for w in WORD.findall(t.text):
                spread.setdefault(opening(fold(w), STEM), set()).add(t.paragraph)
        topic = {stem for stem, where in spread.items() if len(where) >= TOPIC_PARAGRAPHS} | {opening(w, STEM) for w in self.heading_words}
        mine = {opening(fold(w), STEM) for w in WORD.findall(s.text) if len(w) >= SUBJECT_WORD and w[:1].islower() and fold(w) not in stop} - topic
        for t in self.builder.facts.sentences:
            if t.index == s.index or t.text == s.text:
                continue
            words = WORD.findall(t.text)
            if not any(re.match(rf"(?:{family})", fold(w)) and not fold(w).endswith(MANNER_ENDINGS) for w in words):
                continue
            theirs = {opening(fold(w), STEM) for w in words if len(w) >= SUBJECT_WORD and w[:1].islower() and fold(w) not in stop}
            families_words = {opening(fold(w), STEM) for w in words if any(re.match(rf"(?:{p})", fold(w)) for pair in families for p in pair)}
            if t.paragraph == s.paragraph or (mine & theirs) - families_words - {opening(fold(word), STEM), opening(low, STEM)}:
                return t.text
        return None


# ------------------------------------------------ which sentences make a true/false statement
# A true/false statement is a claim only the document settles (brief tfunits, issue 10). Not:
# - a computation written out ("12 × 0.25 × 0.8 = 2.4 kg"): with one figure swapped, arithmetic
#   says it is false;
# - a list item that names a stage and gives its figure («Prensado: 12 horas», "Drying: 3
#   days"): a label and a figure are no claim;
# - a sentence whose subject is a gerund ("Dividing the mass by the volume gives ...", «Dividiendo
#   la masa entre el volumen se obtiene ...», «Al dividir la masa ...»): whose mass it does not say.
COMPUTATION = re.compile(r"\d[\d.,]*(?:\s*(?:=|×|÷|\*|/|\+|−|x(?=\s))\s*\d[\d.,]*)+|=\s*\d[\d.,]*")
LABEL_ITEM = re.compile(r"^\s*(?P<label>[^\W\d_][^:;.,]{0,40}):\s+(?P<rest>[^:]+?)[.;]?\s*$")
LABEL_WORDS, LABEL_REST_WORDS = 3, 6
GERUND_SUBJECT = {
    "en": re.compile(r"^(?P<verb>[A-Z][a-z]{2,}ing)\s+(?:the|a|an|its|their|this|these|those|each|every|one|two|three)\b"),
    "es": re.compile(r"^(?:(?P<verb>[A-ZÁÉÍÓÚ][a-záéíóúñ]{2,}(?:ando|iendo|yendo))|(?:Al|Tras)\s+[a-záéíóúñ]{2,}(?:ar|er|ir))\s+(?:el|la|los|las|un|una|unos|unas|su|sus|este|esta|cada)\b"),
}
# Prepositions and nouns that end in -ing ("During the 1930s the firm ...", "Something ...").
NOT_GERUNDS = frozenset((
    "during", "following", "including", "excluding", "regarding", "concerning", "according", "considering",
    "notwithstanding", "pending", "barring", "beginning", "starting", "something", "nothing", "everything",
    "anything", "morning", "evening", "spring", "king", "string", "ceiling", "building", "wedding", "meeting",
))
# After the gerund's clause, a subject of its own ("Using the new kilns, the burners made ...")
# makes the gerund an adverb; an impersonal «se» or "one" does not name one.
IMPERSONAL_AFTER_COMMA = re.compile(r",\s+(?:se|one|you|we)\b", re.IGNORECASE)


# A self-contained claim (brief tfstrict): no supposition ("Suppose a dairy takes in ...",
# "If we assume ...", «Supongamos que ...», «Si una quesería ...»: an example the reader is asked
# to imagine, true or false only inside it); no step of a computation, whatever its opening
# ("Dividing by the density, 1.03 kg per litre, gives ...", «Al dividir por ...», «... se
# obtienen unos 97 litros»: what is divided is in another sentence); no subject left to the
# sentence before («Vendió 1.200 tarros ...», a Spanish verb opening with its subject dropped);
# and at least TF_MIN_WORDS words (a shorter one is a label or a fragment).
TF_MIN_WORDS = 8
SUPPOSITION = {
    "en": re.compile(r"^(?:(?:Let(?:'s| us)\s+)?(?:suppose|supposing|assume|assuming|imagine|say)\b|(?:If|Suppose|When)\s+(?:we|you|one)\s+(?:assume|suppose|take|imagine|say)\b|If\s+(?:a|an|some|one|we|you)\b|(?:For|As)\s+(?:example|instance),\s+(?:if|suppose|a|an)\b)", re.IGNORECASE),
    "es": re.compile(r"^(?:(?:supongamos|suponiendo|imaginemos|imaginando|pongamos|digamos|admitamos)\b|si\s+(?:suponemos|imaginamos|tomamos|admitimos|un|una|unos|unas|alguien|se)\b|(?:por\s+ejemplo|pongamos\s+por\s+caso),\s+(?:si|supongamos|un|una)\b|en\s+el\s+supuesto\s+de)", re.IGNORECASE),
}
# A computing verb opening the sentence (gerund, «Al» + infinitive, "To convert ..."), or a
# gerund opening with a result verb after it ("..., gives", «se obtiene(n)», «resulta(n)»).
COMPUTING = {
    "en": re.compile(r"^(?:Dividing|Multiplying|Adding|Subtracting|Converting|Rounding|Averaging|Summing|To\s+(?:divide|multiply|subtract|convert))\b"),
    "es": re.compile(r"^(?:(?:Al|Tras)\s+(?:dividir|multiplicar|sumar|restar|convertir|redondear|calcular)|Dividiendo|Multiplicando|Sumando|Restando|Convirtiendo|Redondeando|Calculando|Promediando)\b"),
}
OPENING_GERUND = {
    "en": re.compile(r"^[A-Z][a-z]{2,}ing\b"),
    "es": re.compile(r"^(?:[A-ZÁÉÍÓÚ][a-záéíóúñ]{2,}(?:ando|iendo|yendo)|(?:Al|Tras)\s+[a-záéíóúñ]{2,}(?:ar|er|ir))\b"),
}
RESULT_VERB = {
    "en": re.compile(r",\s+(?:this\s+|that\s+|which\s+)?(?:gives|yields|comes\s+to|leaves|results\s+in)\b|\b(?:one|we|you)\s+(?:gets?|obtains?)\b", re.IGNORECASE),
    "es": re.compile(r"\bse\s+(?:obtienen?|llega\s+a|consiguen?)\b|\b(?:resultan?|salen)\b", re.IGNORECASE),
}
# A Spanish sentence opening with a finite verb has its subject in the sentence before:
# «Vendió 1.200 tarros ...», «Fue inaugurado ...», «Tiene 300 metros ...».
DROPPED_SUBJECT = re.compile(
    r"^(?:[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:[^n]ó|aron|ieron|aba|aban|ían)|Fue|Fueron|Era|Eran|Es|Son|Tiene|Tienen|Tenía|Tenían|Hay|Había|Está|Están|Estaba"
    r"|Hizo|Tuvo|Dio|Puso|Mide|Miden|Pesa|Pesan|Cuesta|Recibe|Reciben|Produce|Producen|Ocupa|Cuenta|Alcanza|Supera|Contiene|Incluye|Sigue|Llega|Cruza|Une)\s"
)

# An opener that takes up the sentence before ("Thus ...", "These ...", «Así ...», «Por eso ...»):
# the statement leans on what it does not show.
LEANING_OPENER = {
    "en": re.compile(r"^(?:Thus|Hence|Therefore|So|Such|This|These|That|Those|It|They|He|She|Its|Their|His|Her|The\s+(?:former|latter|same))\b"),
    "es": re.compile(
        r"^(?:Así|Ello|Esto|Eso|Este|Esta|Estos|Estas|Ese|Esa|Esos|Esas|Dicho|Dicha|Dichos|Dichas|Tal|Tales|Con\s+ello"
        r"|Por\s+(?:eso|ello|tanto|lo\s+tanto|esta\s+razón)|De\s+(?:este|ese)\s+modo|De\s+(?:esta|esa)\s+(?:forma|manera))\b"
    ),
}


def computation_step(text: str, code: str) -> re.Match[str] | None:
    """The words that make the sentence ``text`` a step of a computation whose inputs are
    elsewhere, or None: a computing verb opening it ("Dividing by the density ...", «Al
    dividir ...»), a gerund opening with a result verb after it ("..., gives"), or a condition
    with a figure and a result («Si la destilación pierde un 5 %, quedan unos 43,1 litros»)."""
    computing = COMPUTING.get(code, COMPUTING["en"]).match(text)
    if computing is None and OPENING_GERUND.get(code, OPENING_GERUND["en"]).match(text) and fold(text.split()[0]) not in NOT_GERUNDS:
        computing = RESULT_VERB.get(code, RESULT_VERB["en"]).search(text)
    if computing is None and re.match(r"(?:If|Si)\s", text) and re.search(r"\d", text):
        computing = CONDITION_RESULT.get(code, CONDITION_RESULT["en"]).search(text)
    return computing


# What is left or comes out of a condition's arithmetic ("..., about 62.4 litres remain", «quedan
# unos 43,1 litros»; integrator, session 16: a blind reader computed one from another's figures).
CONDITION_RESULT = {
    "en": re.compile(r"\b(?:remains?|are\s+left|is\s+left|leaves|gives|yields|comes\s+to)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:quedan?|restan?|resultan?|se\s+obtienen?|da|dan)\b", re.IGNORECASE),
}


def computation_step_choice(draft: Draft, lang: Language) -> list[str]:
    """A figure offered with options in a sentence that is a step of a computation («Dividiendo
    por la densidad del etanol, 0,789 kilogramos por litro, se obtienen unos ____ de alcohol
    puro»; "If the press loses 4 per cent ..., about ____ remain"): the options are settled by
    arithmetic on figures the other questions show, not by reading (integrator, session 16: a
    blind reader computed one such key from a true/false beside it). Its typed form stays."""
    if draft.kind != "question" or draft.item.get("type") not in ("single_choice", "multiple_select", "cloze"):
        return []
    for gap in gaps_of(draft):
        if not gap.options or not any(re.match(r"\d", str(k)) for k in gap.keys):
            continue
        before, after = gap.sentence()
        text = (before + str(gap.keys[0]) + after).strip().lstrip("«“\"").strip()
        if (step := computation_step(text, lang.code)) is not None:
            return [f"held back: the figure's sentence is a step of a computation ({step.group(0).strip()!r}): its options are settled by arithmetic, not by reading"]
    return []


def not_a_claim(text: str, code: str) -> str | None:
    """Why the sentence ``text`` makes no true/false statement (a held-back reason), or None."""
    if (supposed := SUPPOSITION.get(code, SUPPOSITION["en"]).match(text)) is not None:
        return f"held back: the sentence is a supposition ({supposed.group(0)!r} ...), no claim: true or false only inside the example it imagines"
    if (leaning := LEANING_OPENER.get(code, LEANING_OPENER["en"]).match(text)) is not None:
        return f"held back: the sentence opens with {leaning.group(0)!r}, leaning on the sentence before: it does not say what it is about"
    if code == "es" and (verb := DROPPED_SUBJECT.match(text)) is not None:
        return f"held back: the sentence opens with its verb ({verb.group(0).strip()!r}), its subject in the sentence before: it does not say what it is about"
    if (sign := COMPUTATION.search(text)) is not None:
        return f"held back: the sentence is a computation ({sign.group(0).strip()!r}): with a figure swapped, arithmetic settles it without the document"
    if (item := LABEL_ITEM.match(text)) and len(item.group("label").split()) <= LABEL_WORDS and len(item.group("rest").split()) <= LABEL_REST_WORDS and re.search(r"\d", item.group("rest")):
        return f"held back: a list item's label and its figure ({text.strip()!r}) are no claim to call true or false"
    gerund = GERUND_SUBJECT.get(code, GERUND_SUBJECT["en"]).match(text)
    if gerund and fold(gerund.group("verb") or "") not in NOT_GERUNDS and ("," not in text or IMPERSONAL_AFTER_COMMA.search(text)):
        return f"held back: the sentence's subject is an action ({gerund.group(0)!r}) whose doer and object it does not say: a statement on it is unclear"
    if (computing := computation_step(text, code)) is not None:
        return f"held back: the sentence is a step of a computation ({computing.group(0)!r}) whose object is in another sentence: no claim of its own to call true or false"
    if len(text.split()) < TF_MIN_WORDS:
        return f"held back: the sentence has under {TF_MIN_WORDS} words, a label or a fragment rather than a claim"
    return None


def computed_within(text: str, figures: Sequence[Mention], lang: Language) -> str | None:
    """Why one of the sentence's ``figures`` is computed from its others (a held-back reason:
    "300 litres, 100 more than the old tank's 200"), or None."""
    for m in figures:
        if m.kind != "number" or not isinstance(m.value, (int, float)):
            continue
        at = text.find(m.text)
        if at < 0:
            continue
        blanked = text[:at] + GAP_MARK + text[at + len(m.text):]
        if typed_answers.computed(blanked, float(m.value), lang, m.unit):
            return f"held back: the sentence's figures compute one another ({m.text!r}): with one swapped, arithmetic settles the statement without the document"
    values = [float(m.value) for m in figures if m.kind == "number" and isinstance(m.value, (int, float)) and m.value > 0]
    if len(values) >= 2 and (restated := RESTATED.search(text)) is not None:
        return f"held back: the sentence's figures compute one another ({restated.group('word')!r} restates one as the result of the others): with one swapped, arithmetic settles the statement without the document"
    if (found := scaled_result(values)) is not None:
        return f"held back: the sentence's figures compute one another ({found}, units apart): with one swapped, arithmetic settles the statement without the document"
    from quizapp.derive.trivial_gaps import product_within  # (trivial_gaps reads the drafts this module makes)

    if (product := product_within(text, lang)) is not None:
        return f"held back: the sentence's figures compute one another ({product}): with one swapped, arithmetic settles the statement without the document"
    return None


# "650 litres at 120 grams a litre, that is, 78 kilos", «es decir, 78 kilos», "or about 97
# litres": a figure restated as the result of the others (brief tfstrict).
RESTATED = re.compile(
    r"\b(?P<word>that\s+is|i\.\s?e\.|or\s+(?:about|some|roughly|nearly|around)|which\s+(?:makes|comes\s+to|gives)"
    r"|es\s+decir|o\s+sea|lo\s+que\s+(?:suma|supone|da|hace)|o\s+(?:unos|unas|cerca\s+de|casi))\b,?\s+(?:[^\W\d]+\s+){0,3}?\d",
    re.IGNORECASE,
)
SCALES = tuple(10.0 ** k for k in range(-3, 4))


def scaled_result(values: Sequence[float]) -> str | None:
    """Three figures of which one is the product or quotient of the other two, up to a
    unit's power of ten (650 litres × 120 grams a litre = 78 kilos), as "650 × 120 → 78"; or
    None. A round result (10, 200) is left alone: small round figures meet by chance."""
    for sign in ("×", "÷"):  # the product first: "650 × 120 → 78" reads better than "78 ÷ 120 → 650"
        for c in values:
            mantissa = c / 10 ** math.floor(math.log10(c))
            if abs(mantissa - round(mantissa)) < 1e-9:
                continue
            for a, b in itertools.permutations([v for v in values if v != c and v not in SCALES], 2):
                result = a * b if sign == "×" else a / b
                if any(abs(result * k - c) <= 0.005 * c for k in SCALES):
                    return f"{a:g} {sign} {b:g} → {c:g}"
    return None


# "between 40 and 60", «entre 40 y 60»; "62 workers, of whom 19", «62 trabajadores, de los
# cuales 19»: with one figure swapped the order may break, and the statement contradicts itself.
_NUM = r"(\d[\d.,]*)"
ORDERED_FIGURES = (  # (pattern, whether its first figure must be the smaller)
    (True, re.compile(rf"\b(?:between|entre)\s+(?:el\s+|los\s+)?{_NUM}\s+(?:[^\W\d_]+\s+)?(?:and|y)\s+(?:el\s+|los\s+)?{_NUM}", re.IGNORECASE)),
    (False, re.compile(rf"{_NUM}\s+[^\W\d][^,]*?,\s+(?:of\s+whom|of\s+which|de\s+(?:los|las)\s+cuales|de\s+ellos|de\s+ellas)\s+{_NUM}", re.IGNORECASE)),
)


def contradicts_itself(statement: str, lang: Language) -> bool:
    """Whether ``statement`` (a sentence with a figure swapped) puts two of its figures out of
    the order its words require: a lower end above the upper one, a part above its whole."""
    for ascending, pattern in ORDERED_FIGURES:
        for m in pattern.finditer(statement):
            first, second = typed_answers.number_in(m.group(1).rstrip(".,"), lang), typed_answers.number_in(m.group(2).rstrip(".,"), lang)
            if first is not None and second is not None and (first >= second if ascending else first < second):
                return True
    return False
