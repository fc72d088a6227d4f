"""Gaps and options a reader settles without the text: the twelfth review's failure kinds.

Each rule here looks at what a learner sees (the prompt around the gap, the options, the
document's headings) and at nothing of the two review documents: the words it knows are the
language's own markers (for a renaming, a number written in words, a decade), not the topic's.

- a key the prompt shows under another name: "in ____ (now Dhaka, Bangladesh)";
- a figure a heading gives, in digits or in words: "Dos siglos de ciencia" over "había
  cumplido ____ años" (a century is 100 years);
- options that do not fit the slot's form: "la década de {1}" offering 2016 and 2018;
- a figure the prompt computes with a count it writes in words ("three turbines ... a total of
  4.5 megawatts, or ____ each"), one end of a range written with a dash ("____–2020"), a
  century the prompt's own year fixes ("1906 ... el siglo ____"), a decade next to one the
  prompt names ("desde la década de ____ ... a partir de los años ochenta"), or one step of
  arithmetic on two of its figures gives, no distractor coming out ("from 1,200 to 1,500
  tonnes, a rise of ____ tonnes"), and a key the prompt writes in digits outside the gap
  ("Each heater draws ____ kW. ... feeds 9.0 ÷ 1.5 = 6 heaters": brief figures);
- a stock phrase of general text ("a ____ laureate", "paneles ____": a short list, see
  STOCK_PHRASES), half of a name joined by "and" or a dash ("the Palmgren–____ rule"), a rare
  term whose family the prompt shows ("glándulas tiroideas ... la ____");
- and, not a hold but a repair, accept lists as a learner types the key (keep_real_forms,
  accept_bare_name, run by accept_variants.tidy_accept_lists): only forms that are words and
  fit the gap's number, the name without its sentence's article.
These run in ``check_drafts`` beside the other checks; ``term_forms`` lets the set-level
give-away check (``quizapp.derive._revealed``) see a key's other forms ("nodule" of "nodules").
``gaps_of`` is the one reading of a question's gaps (the text around each, its typed answers,
options and key) for these checks and every other check that looks around a gap.
"""
from __future__ import annotations

import datetime
import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from quizapp.derive.extract import fold
from quizapp.derive.place_kinds import adjective_names_country, country_adjective, place_kind
from quizapp.derive.titled_names import office_holder_start
from quizapp.derive.word_families import SHORT_STEM, compound_holds, made_from_name, prefix_apart, share_opening, share_stem, strip_ending
from quizapp.languages import Language, international_fame
from quizapp.quiz.numbers import NumberError, read_number

if TYPE_CHECKING:
    from quizapp.derive import Draft

GAP = "____"
GAP_PATTERN = re.compile(re.escape(GAP))  # gaps_of runs ~170 times per draft: compiled once
CLOZE_GAP = re.compile(r"\{\d+\}")

# Words that introduce another name for the same thing, right beside it: "Bombay (now
# Mumbai)", "Fernando Poo (hoy Bioko)", "Dhaka (formerly Dacca)", "X, also known as Y".
RENAMING = {
    "en": r"now|formerly|today|present[- ]day|modern|later|then|once|previously|also\s+(?:called|known\s+as)|known\s+as|renamed|i\.\s?e\.|or",
    "es": r"hoy(?:\s+en\s+d[ií]a)?|actual(?:mente)?|antigua(?:mente)?|antes|luego|ahora|tambi[eé]n\s+(?:llamad[oa]s?|conocid[oa]s?\s+como)|"
          r"conocid[oa]s?\s+como|llamad[oa]s?|rebautizad[oa]|es\s+decir|o\s+sea|u|o",
}

# Numbers written in words, as a heading or a prompt writes them ("dos siglos", "three turbines").
NUMBER_WORDS = {
    "en": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "half": 0.5, "dozen": 12,
    },
    "es": {
        "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
        "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
        "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200,
        "doscientas": 200, "trescientos": 300, "trescientas": 300, "cuatrocientos": 400, "quinientos": 500, "mil": 1000,
        "medio": 0.5, "media": 0.5, "docena": 12,
    },
}
# Spans of time a heading counts in ("dos siglos", "three decades"): in years.
TIME_SPANS = {
    "en": {"century": 100, "centuries": 100, "decade": 10, "decades": 10, "millennium": 1000, "millennia": 1000},
    "es": {"siglo": 100, "siglos": 100, "decada": 10, "decadas": 10, "decenio": 10, "decenios": 10, "milenio": 1000, "milenios": 1000},
}
# Counts a prompt writes in words that divide or multiply another of its figures ("three turbines").
COUNT_WORDS = {code: {w: v for w, v in words.items() if isinstance(v, int) and 2 <= v <= 12} for code, words in NUMBER_WORDS.items()}
COMPUTED_MARGIN = 0.01
# A slot that only a decade fills: "la década de {1}", "los años {1}", "the {1}s", "the decade of {1}".
DECADE_SLOT = {
    "en": (re.compile(r"\b(?:decade\s+of|the)\s*$", re.I), re.compile(r"^'?s\b")),
    "es": (re.compile(r"\b(?:d[ée]cada\s+de(?:\s+los)?|decenio\s+de|los\s+a[ñn]os)\s*$", re.I), None),
}
DASHES = "–—-"
# The word that marks a total, before its figure ("a total of 4.5", "un total de 30") or after it
# ("4.5 in total", "30 en total"): with a count of things, the total settles each part.
TOTAL = {"en": r"(?:total|altogether|combined)", "es": r"(?:total|en\s+conjunto|sumad[oa]s)"}


def _code(lang: Language) -> str:
    return lang.code if lang.code in RENAMING else "en"


def numeric_answer(draft: Draft) -> float | None:
    """The figure a numeric question asks for; None for any other draft, or an answer that is
    no number."""
    item = draft.item
    if draft.kind != "question" or item.get("type") != "numeric":
        return None
    try:
        return float(item["answer"])
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True)
class Gap:
    """One gap a learner reads in a question (a prompt's "____", a cloze's "{n}") and what fills it."""

    before: str  # the text before the gap as the learner reads it (a cloze's other gaps as "____")
    after: str
    accept: list[Any]  # its typed answers: the item's own list, so that tidying it edits the draft; [] when none is typed
    options: list[str]  # the options offered for it: a choice item's on its prompt's only gap, a cloze drop-down's
    keys: list[str]  # what fills it: the typed key (the first accepted form), the right options, a numeric answer

    def sentence(self, *, whole_quote: bool = False) -> tuple[str, str]:
        """The words around the gap in its own sentence (``quoted_sentence``)."""
        return quoted_sentence(self.before, self.after, whole_quote=whole_quote)


OPENING_MARKS, CLOSING_MARKS, STRAIGHT_MARK = "“«", "”»", '"'  # a straight mark opens or closes by its count
SENTENCE_BREAK_BEFORE = re.compile(r"[.!?]\s+")
SENTENCE_BREAK_AFTER = re.compile(r"(?<=[.!?])\s+")  # the sentence keeps its full stop


@lru_cache(maxsize=16384)  # pure, and asked of the same gap by many checks
def quoted_sentence(before: str, after: str, *, whole_quote: bool = False) -> tuple[str, str]:
    """The words around a gap in its own sentence, as (before, after), from the text before and
    after it as the learner reads it: the prompt's frame ("According to the text, what goes in
    the gap? “"), the quotation's closing mark and what follows it, and the quotation's other
    sentences left out. A quotation inside the sentence ("locals call it “the Needle” and ____")
    is part of it; a gap inside one ("known as “____”") reads that one. With ``whole_quote``,
    every sentence of the quotation. Every check that reads "the sentence around a gap" reads
    it here (most through ``Gap.sentence``), so that they cut alike."""
    before, after = _quotation(before, after)
    if whole_quote:
        return before, after
    return SENTENCE_BREAK_BEFORE.split(before)[-1], SENTENCE_BREAK_AFTER.split(after)[0]


def _quotation(before: str, after: str) -> tuple[str, str]:
    """The parts of the innermost quotation a gap stands in (the text before and after it),
    quotations inside it kept whole; the text itself where no quotation mark opens before it or
    closes after it."""
    start, depth, straights = 0, 0, before.count(STRAIGHT_MARK)
    for at in range(len(before) - 1, -1, -1):
        mark = before[at]
        if mark in CLOSING_MARKS:
            depth += 1
        elif mark in OPENING_MARKS and depth:
            depth -= 1
        elif mark in OPENING_MARKS or (mark == STRAIGHT_MARK and straights % 2):
            start = at + 1  # the last straight mark of an odd count is still open
            break
    # A straight mark after the gap closes it when one opened it, or when an odd count leaves one unpaired.
    straight_closes = before[start - 1: start] == STRAIGHT_MARK or after.count(STRAIGHT_MARK) % 2 == 1
    end, depth, inner_straight = len(after), 0, False
    for at, mark in enumerate(after):
        if mark in OPENING_MARKS:
            depth += 1
        elif mark in CLOSING_MARKS and depth:
            depth -= 1
        elif mark in CLOSING_MARKS or (mark == STRAIGHT_MARK and straight_closes and not inner_straight):
            end = at
            break
        elif mark == STRAIGHT_MARK:
            inner_straight = not inner_straight
    return before[start:], after[:end]


def gaps_of(draft: Draft, *, typed: bool = False) -> list[Gap]:
    """Every gap of a question (with ``typed``, only those with typed answers), in the order the
    learner reads them. The typed answers, options and numeric answer go to a prompt's first
    gap; options only when it is the prompt's only gap (a multiple select quoting a sentence with
    two gaps fills both)."""
    item = draft.item
    if draft.kind != "question":
        return []
    found: list[Gap] = []
    prompt = str(item.get("prompt", ""))
    for n, m in enumerate(GAP_PATTERN.finditer(prompt)):
        accept = item["accept"] if n == 0 and item.get("type") == "fill_in" and item.get("accept") else []
        choices = (item.get("choices") or []) if n == 0 and prompt.count(GAP) == 1 else []
        keys = [str(a) for a in accept[:1]] + [str(c["text"]) for c in choices if c.get("correct")]
        if n == 0 and item.get("type") == "numeric":
            keys.append(str(item.get("answer", "")))
        found.append(Gap(prompt[:m.start()], prompt[m.end():], accept, [str(c["text"]) for c in choices], keys))
    passage = str(item.get("passage", ""))
    for i, gap in enumerate(item.get("gaps", []), start=1):
        at = passage.find(f"{{{i}}}")
        if at < 0:
            continue
        accept = gap.get("accept") or []
        options = gap.get("options") or []
        keys = [str(a) for a in accept[:1]] + [str(o["text"]) for o in options if o.get("correct")]
        before, after = CLOZE_GAP.sub(GAP, passage[:at]), CLOZE_GAP.sub(GAP, passage[at + len(str(i)) + 2:])
        found.append(Gap(before, after, accept, [str(o["text"]) for o in options], keys))
    return [gap for gap in found if gap.accept] if typed else found


def renamed_beside(before: str, after: str, lang: Language) -> str | None:
    """The other name the prompt gives the gap's key, right beside it: "____ (now Mumbai)",
    "Mumbai (formerly ____)", "____, also known as X". None when there is none."""
    markers = RENAMING[_code(lang)]
    # The gap, then a bracket or a comma opening with a marker and a capitalised name.
    # An article may come first: «ciudad de ____, la actual Toledo», "____, the present-day Izmir".
    article = r"(?:(?:the|el|la|los|las)\s+)?"
    m = re.match(rf"\s*[(,]\s*{article}(?:{markers})\s+((?:[A-ZÁÉÍÓÚÑ][\w'’\-]*)(?:\s+[A-ZÁÉÍÓÚÑ][\w'’\-]*)*)", after)
    if m is not None:
        return m.group(1)
    # A name, a bracket or comma and a marker, then the gap: "Mumbai (formerly ____".
    m = re.search(rf"([A-ZÁÉÍÓÚÑ][\w'’\-]*)\s*[(,]\s*(?:{markers})\s*$", before)
    if m is not None:
        return m.group(1)
    return None


def renamed_key(draft: Draft, lang: Language) -> list[str]:
    """A gap whose key the prompt shows under another name or spelling."""
    for gap in gaps_of(draft):
        other = renamed_beside(gap.before, gap.after, lang)
        if other is not None:
            return [f"held back: the prompt names the gap's key another way right beside it ({other!r}): the reader copies it, or its older or newer spelling"]
    return []


def numbers_in_words(text: str, lang: Language, spans: bool = True) -> list[float]:
    """The figures a text writes, in digits or in words, and (unless ``spans`` is false) the
    years a span of them counts ("dos siglos": 2 and 200; "three decades": 3 and 30; "a
    century": 100)."""
    code = _code(lang)
    words = NUMBER_WORDS[code]
    span_years = TIME_SPANS[code]
    tokens = re.findall(r"\d+(?:[.,]\d+)*|[^\W\d_]+", text)
    found: list[float] = []
    previous: float | None = None
    for tok in tokens:
        folded = fold(tok)
        value: float | None = None
        if tok[0].isdigit():
            value = _read_digits(tok, lang)
        elif folded in words and (folded not in ("un", "una", "uno", "one", "once") or (code == "en" and folded == "one")):
            value = float(words[folded])
            if folded in ("hundred", "thousand", "cien", "ciento", "mil") and previous is not None and previous < 100:
                value = previous * value
        if spans and folded in span_years:
            found.append((previous if previous is not None else 1.0) * span_years[folded])
        if value is not None:
            found.append(value)
        previous = value
    return found


def _read_digits(token: str, lang: Language) -> float | None:
    try:
        return read_number(token, _code(lang))
    except NumberError:
        return None


def heading_figure(draft: Draft, headings: Sequence[str], lang: Language) -> list[str]:
    """A numeric gap whose figure a heading (the title above all) states, in digits or in words,
    or counts as a span of time ("Dos siglos de ciencia" over "había cumplido ____ años")."""
    answer = numeric_answer(draft)
    if answer is None:
        return []
    for heading in headings:
        if any(abs(v - answer) < 1e-9 for v in numbers_in_words(heading, lang)):
            return [f"held back: a heading states the figure ('{heading.strip()[:60]}'): the reader reads the answer in the title, not in the paragraph"]
    return []


# A list of names ("Harwick and Lowmouth", "Oakes, Penrose and Lyle", «los Ortiz, los Prieto y
# los Lago»): the things a definite "the ____ <plural>" after it counts.
_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+){0,2}"
_NAME_ART = r"(?:(?:the|el|la|los|las)\s+)?"
NAME_LIST = re.compile(rf"{_NAME_ART}{_NAME}(?P<more>(?:,\s+{_NAME_ART}{_NAME})*),?\s+(?:and|&|y|e)\s+{_NAME_ART}{_NAME}")
DEFINITE_BEFORE_COUNT = {
    "en": re.compile(r"\b(?:the|these|those|their|its|our)\s+$", re.IGNORECASE),
    "es": re.compile(r"\b(?:los|las|estos|estas|esos|esas|sus|nuestros|nuestras)\s+$", re.IGNORECASE),
}


SMALL_COUNT_WORDS = {
    "en": ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
    "es": ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"),
}


def heading_named_count(draft: Draft, headings: Sequence[str], lang: Language) -> list[str]:
    """A gap on "the ____ <plural>" counting the names a heading lists ("Harwick and Lowmouth"
    over "the relation between the ____ neighbours" -> two; «Vallina y Rebollar» over «los ____
    vecinos»): the reader counts the title's names (brief promptgives2; names the prompt itself
    lists: trivial_gaps.named_count)."""
    code = _code(lang)
    listed = {m.group("more").count(",") + 2 for h in headings for m in NAME_LIST.finditer(h)}
    if draft.kind != "question" or not listed:
        return []
    for gap in gaps_of(draft):
        before, after = gap.sentence()
        if DEFINITE_BEFORE_COUNT[code].search(before) is None or not re.match(r"^\s+(?:[^\W\d_]+\s+)?[^\W\d_]+s\b", after):
            continue
        for key in gap.keys:
            folded = fold(key.strip()).lower().removesuffix(".0")
            count = int(folded) if folded.isdigit() else 2 + SMALL_COUNT_WORDS[code].index(folded) if folded in SMALL_COUNT_WORDS[code] else None
            if count in listed:
                return [f"held back: a heading names the {count} things the gap counts: a reader counts them"]
    return []


def decade_slot(before: str, after: str, lang: Language) -> bool:
    """Whether only a decade fills the gap: "la década de ____", "los años ____", "the ____s"."""
    opening, closing = DECADE_SLOT[_code(lang)]
    if opening.search(before) is None:
        return False
    return closing is None or closing.match(after) is not None or not before.rstrip().lower().endswith("the")


def misfit_options(draft: Draft, lang: Language) -> list[str]:
    """Options that do not fit the slot's form: in a decade slot every option must name a decade
    (a year ending in 0), or the key is the only one that reads as a phrase."""
    for gap in gaps_of(draft):
        if gap.options and decade_slot(gap.before, gap.after, lang):
            odd = [o for o in gap.options if not re.fullmatch(r"(?:1\d|20)?\d0", o.strip().rstrip("s'’"))]
            if odd:
                return [f"held back: the gap is a decade ('{gap.before.strip()[-20:]} ____') and the options {odd} are no decade: only the key reads as a phrase"]
    return []


def next_decade(draft: Draft, lang: Language) -> list[str]:
    """A numeric gap on a decade ("desde la década de ____") whose prompt names the decade next
    to it ("... y a partir de los años ochenta"): a decade is one of a few, and its neighbour
    leaves one natural answer."""
    figure = numeric_answer(draft)
    if figure is None:
        return []
    answer = int(figure)
    if answer % 10:
        return []
    for gap in gaps_of(draft):
        if not decade_slot(gap.before, gap.after, lang):
            continue
        decades = [int(v) for v in numbers_in_words(gap.before + " " + gap.after, lang, spans=False) if v == int(v) and int(v) % 10 == 0 and int(v) != answer]
        if any(abs(d % 100 - answer % 100) in (10, 90) for d in decades if d >= 10):
            return ["held back: the gap is a decade and the prompt names the decade next to it: a reader counts to the answer"]
    return []


def computed_figure(draft: Draft, lang: Language) -> list[str]:
    """A numeric gap the prompt computes: another of its figures divided or multiplied by a
    count it writes ("three turbines ... 4.5 megawatts, or ____ each"), or one end of a range
    written with a dash ("____–2020", "1962–____")."""
    item = draft.item
    if draft.kind != "question" or item.get("type") not in ("numeric", "cloze", "single_choice"):
        return []
    for gap in gaps_of(draft):
        # A cloze's or a single choice's options too: "around {1}–2020" offered 2015, 2016 and 2019 (review 13).
        if re.match(rf"\s?[{DASHES}]\s?\d", gap.after) or re.search(rf"\d\s?[{DASHES}]\s?$", gap.before):
            return ["held back: the gap is one end of a range written with a dash: the other end and the range's sense lead a reader to it"]
    answer = numeric_answer(draft)
    if answer is None:
        return figure_arithmetic(draft, lang)
    for gap in gaps_of(draft):
        text = gap.before + " " + gap.after
        total = TOTAL[_code(lang)]
        # The total the prompt writes ("a total of 4.5 megawatts", "4.5 in all"), or the gap as
        # the total: with a count of things, one settles the other.
        # ("a total capacity of 4.5 million": a noun may stand between the total and its figure)
        totals = [numbers_in_words(m.group(), lang) for m in re.finditer(total + r"\s+(?:[^\W\d_]+\s+(?=de\s|of\s))?(?:de\s+|of\s+)?\S+", text)]
        totals += [numbers_in_words(m.group(1), lang) for m in re.finditer(r"(\S+)\s+(?:[^\W\d_]+\s+)?(?:in\s+(?:total|all)|en\s+total)\b", text)]
        gap_total = re.search(total + r"\s+(?:[^\W\d_]+\s+(?=de\s|of\s))?(?:de\s+|of\s+)?$", gap.before) is not None or re.match(
            r"\s+(?:[^\W\d_]+\s+)?(?:in\s+(?:total|all)|en\s+total)\b", gap.after) is not None
        figures = [v for v in numbers_in_words(text, lang) if v != 0]
        for count in counted(text, lang):
            results = [f * count for f in figures if f != count] if gap_total else [t / count for found in totals for t in found if t != count]
            if any(abs(r - answer) <= COMPUTED_MARGIN * max(abs(answer), 1e-9) for r in results):
                return [f"held back: the prompt computes the figure (a total and the {count:g} things it counts give {answer:g})"]
    return figure_arithmetic(draft, lang)


# What joins the two ends of a range, the first written without its unit ("1,200 to 1,500 tonnes",
# «de 8 a 5 kilos», "between 3 and 4 m", "2 or 3 shillings", "15–20 km").
RANGE_JOINT = re.compile(r"\s*(?:(?:to|and|or|a|al|y|e|o|u|hasta)\s+|[-–—]\s*)(?:(?:the|el|la|los|las)\s+)?", re.IGNORECASE)
# A gap's unit that asks how many times one figure is another ("____ times the old output").
TIMES_UNITS = frozenset(("time", "times", "vece", "veces", "fold"))


def _decimals(raw: str, lang: Language) -> int:
    """How many decimals a figure is written with ("2.25": 2, «3,4»: 1, "1,200": 0)."""
    found = re.search(rf"{re.escape(lang.numbers.decimal)}(\d+)$", raw.strip())
    return len(found.group(1)) if found else 0


def _comes_out(value: float, decimals: int, results: Sequence[float]) -> bool:
    """Whether a result, rounded to the precision ``value`` is written with, gives ``value``."""
    half = 0.5 * 10 ** -decimals + 1e-9 * max(1.0, abs(value))
    return any(abs(r - value) <= half for r in results)


def figure_arithmetic(draft: Draft, lang: Language) -> list[str]:
    """A numeric or single-choice figure that one step of arithmetic on two of the prompt's own
    figures gives (brief figures): the sum or the difference of two figures of the gap's unit
    ("from 1,200 to 1,500 tonnes, a rise of ____ tonnes": 300; "X cost 30 euros and Y 45, ____
    euros more": 15), or the product or quotient of a figure of the gap's unit and a count, in
    words or digits ("three kilns of 40 m3 each, ____ m3 in all": 120; "the 9 m beam, cut into
    4 pieces of ____ m": 2.25). Held when the key comes out, to its written precision, and no
    distractor does; figures of other units ("30 workers earned 45 euros") compute nothing."""
    from quizapp.derive.trivial_gaps import YEAR_FIGURE, _gap_options, _prompt_figures, _unit  # (trivial_gaps reads this module)
    from quizapp.language import fold_word

    if draft.kind != "question" or draft.item.get("type") not in ("numeric", "single_choice"):
        return []
    code = _code(lang)
    for gap in gaps_of(draft)[:1]:
        before, after = gap.sentence(whole_quote=True)
        unit_after = re.match(r"^\s*([^\W\d_]+|%)", after)
        gap_unit = _unit(fold_word(unit_after.group(1))) if unit_after else ""
        offered: list[tuple[float, int, bool]] = []  # (value, decimals, correct)
        if draft.item.get("type") == "numeric":
            answer = numeric_answer(draft)
            if answer is None:
                return []
            offered.append((answer, _decimals(f"{answer:g}".replace(".", lang.numbers.decimal), lang), True))
        else:
            options = _gap_options(gap, code)
            if not options or not gap.keys:
                return []
            units = {unit for _v, unit in options}
            if len(units) != 1:
                return []
            gap_unit = units.pop()
            offered = [(value, _decimals(text, lang), text in gap.keys) for text, (value, _u) in zip(gap.options, options)]
        if not gap_unit or sum(correct for _v, _d, correct in offered) != 1:
            continue
        text = f"{before}____{after}"
        read = [(m, value, "" if unit in lang.words.stop_words else unit) for m, _ahead, value, unit in _prompt_figures(before, after, code)
                if not (YEAR_FIGURE.fullmatch(m.group(1)) and unit in ("", gap_unit))]  # "from 1990 to 2000": span_from_year
        figures: list[tuple[float, str]] = []
        for i, (m, value, unit) in enumerate(read):
            if not unit and i + 1 < len(read) and RANGE_JOINT.fullmatch(text[m.start(2) if m.group(2) else m.end(1):read[i + 1][0].start()]):
                unit = read[i + 1][2]  # the first end of a range: "from 1,200 to 1,500 tonnes", «de 8 a 5 kilos»
            elif not unit and figures:
                unit = figures[-1][1]  # a figure whose unit the sentence leaves out: "30 euros and the new one 45,"
            if unit:
                figures.append((value, unit))
        same = [v for v, u in figures if u == gap_unit]
        counts = [v for v, u in figures if u != gap_unit and u != "%" and v == int(v) and 2 <= v <= 1000]
        counts += [c for c in counted(f"{before} {GAP} {after}", lang) if c not in counts]
        results = [r for a, b in itertools.combinations(same, 2) for r in (a + b, abs(a - b))]
        if gap_unit in TIMES_UNITS:
            results += [a / b for a, b in itertools.permutations(same, 2) if b]
        results += [r for a in same for c in counts for r in (a * c, a / c)]
        if not results:
            continue
        key = next((value, decimals) for value, decimals, correct in offered if correct)
        others = [(value, decimals) for value, decimals, correct in offered if not correct]
        if _comes_out(*key, results) and not any(_comes_out(value, decimals, results) for value, decimals in others):
            return [f"held back: the prompt's own figures compute the key ({key[0]:g}, a sum, difference, product or quotient of two of them) and no other option: arithmetic gives it"]
    return []


# A figure the prompt writes in digits: its decimal separator and group mark as the language
# writes them ("1.5", «1,5», "1,200", «1.200»), a nonbreaking space grouping thousands.
_WRITTEN_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,\u00a0\u202f]\d+)*(?![\w])")


def written_key_figure(draft: Draft, lang: Language) -> list[str]:
    """A numeric or typed gap whose key the prompt itself writes in digits elsewhere, outside
    the gap ("Each heater draws ____ kW. ... feeds 9.0 ÷ 1.5 = 6 heaters": 1.5; brief figures):
    the reader copies it. Only the same value, read as the language writes it (key 15 and a
    prompt writing "150" or "1.5" is no give-away; «1,5» is 1.5 in Spanish); a year and the same
    digits as a count are one value."""
    if draft.kind != "question" or draft.item.get("type") not in ("numeric", "fill_in", "cloze"):
        return []
    answer = numeric_answer(draft)
    for n, gap in enumerate(gaps_of(draft)):
        if answer is not None and n == 0:
            key: float | None = answer
        elif gap.accept and (raw := _key_figure(gap, lang)) is not None:
            key = _read_digits(raw, lang)
        else:
            continue
        if key is None:
            continue
        for text in (gap.before, gap.after):
            for m in _WRITTEN_FIGURE.finditer(text):
                value = _read_digits(m.group(), lang)
                if value is not None and abs(value - key) <= 1e-9 * max(1.0, abs(key)):
                    return [f"held back: the prompt writes the figure {m.group()} outside the gap, and it is the key ({key:g}): a reader copies it without the text"]
    return []


# Words for a share or a multiple of a figure ("half of the 40 boats", "twice the 3 m", "la
# cuarta parte de los 1.200"): with another figure of the prompt they compute the gap.
ORDINAL_PARTS = {
    "en": {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
           "eleventh": 11, "twelfth": 12, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
           "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000},
    "es": {"tercera": 3, "cuarta": 4, "quinta": 5, "sexta": 6, "septima": 7, "octava": 8, "novena": 9, "decima": 10,
           "vigesima": 20, "trigesima": 30, "centesima": 100, "milesima": 1000},
}
MULTIPLES = {
    "en": {"half": 0.5, "halves": 0.5, "quarter": 0.25, "quarters": 0.25, "thirds": 1 / 3, "twice": 2.0, "double": 2.0,
           "triple": 3.0, "treble": 3.0, "thrice": 3.0},
    "es": {"mitad": 0.5, "tercio": 1 / 3, "tercios": 1 / 3, "cuarto": 0.25, "cuartos": 0.25, "doble": 2.0, "triple": 3.0,
           "cuadruple": 4.0},
}
PERCENT = r"(\d+(?:[.,]\d+)?)\s*(?:%|per\s*cent\b|percent\b|por\s+ciento\b)"


def share_factors(text: str, lang: Language) -> list[float]:
    """The shares and multiples a text writes ("one forty-fourth": 1/44, "two thirds", "half",
    "twice", "three times", "la cuarta parte", "el doble", "25 %": 0.25)."""
    code = _code(lang)
    words = NUMBER_WORDS[code]
    tokens = [fold(t) for t in re.findall(r"[^\W\d_]+|\d+(?:[.,]\d+)*", text)]
    found: list[float] = []
    for i, tok in enumerate(tokens):
        before = tokens[i - 1] if i else ""
        count = float(words[before]) if before in words and words[before] >= 1 else 1.0
        if tok in MULTIPLES[code]:
            share = MULTIPLES[code][tok]
            found.append(share * count if share < 1 else share)
        elif tok in ORDINAL_PARTS[code] or tok.rstrip("s") in ORDINAL_PARTS[code]:
            part = float(ORDINAL_PARTS[code].get(tok) or ORDINAL_PARTS[code][tok.rstrip("s")])
            if before in words and 20 <= words[before] < 100 and part < 10:  # "forty-fourth"
                part += float(words[before])
                outer = tokens[i - 2] if i >= 2 else ""
                count = float(words[outer]) if outer in words and words[outer] >= 1 else 1.0
            found.append(count / part)
        elif tok in ("times", "veces") and i and (value := numbers_in_words(before, lang, spans=False)):
            found.append(value[0])
    found.extend(v / 100 for m in re.finditer(PERCENT, text) if (v := _read_digits(m.group(1), lang)) is not None)
    return [f for f in found if f > 0 and f != 1]


def computed_share(draft: Draft, lang: Language) -> list[str]:
    """A numeric gap that another figure of the prompt and a share or multiple it writes
    compute within the key's tolerance ("about ____ kPa, roughly one forty-fourth of ... (101.3
    kPa)": 2.3, review 17; "half of the 40 boats, some ____"; "el 25 % de los 800, ____"), or
    whose percentage two of its figures compute ("____ % of the 800 members, 200 people").
    A typed figure or a figure offered with options alike (givesaway3: "A quarter of the 40
    boats, some ____": 10, typed)."""
    answer = numeric_answer(draft)
    if answer is None and draft.kind == "question" and draft.item.get("type") in ("fill_in", "single_choice", "cloze"):
        keys = [k.strip() for gap in gaps_of(draft) for k in gap.keys[:1]]
        answer = _read_digits(keys[0], lang) if len(keys) == 1 and re.fullmatch(r"\d[\d.,]*", keys[0]) else None
    if answer is None:
        return []
    try:
        tolerance = max(float(draft.item.get("tolerance") or 0), COMPUTED_MARGIN * abs(answer))
    except (TypeError, ValueError):
        return []
    for gap in gaps_of(draft):
        text = gap.before + " " + GAP + " " + gap.after
        factors = share_factors(text, lang)
        # (not the "one" of "one fifth" nor the "half" itself: no figure of the text's own)
        figures = [v for v in numbers_in_words(re.sub(PERCENT, " ", text), lang, spans=False) if v > 0 and v not in (0.5, 1)]
        results = [f * k for f in figures for k in factors] + [f / k for f in figures for k in factors]
        if re.match(r"\s?(?:%|per\s*cent|percent|por\s+ciento)", gap.after):
            # the share, or the rest of the whole ("a ____ % of solids: its 400 t hold 300 t of water")
            results += [r for a in figures for b in figures if a < b for r in (100 * a / b, 100 - 100 * a / b)]
        if any(abs(r - answer) <= tolerance for r in results):
            return [f"held back: the prompt computes the figure ({answer:g} is a share or a multiple of another of its figures)"]
    return []


# Units a figure is often written in twice, once converted in brackets ("35 metres (115 feet)",
# "40 km (25 miles)", "20 metros (66 pies)"), English and Spanish together: a bracket pairs
# units of two systems whatever the document's language.
CONVERTIBLE_UNITS = (
    r"(?:metres?|meters?|m|feet|foot|ft|kilometres?|kilometers?|km|miles?|mi|inch(?:es)?|in|yards?|"
    r"centimetres?|centimeters?|cm|millimetres?|millimeters?|mm|mil[ií]metros?|kilograms?|kilos?|kg|pounds?|lbs?|tonnes?|tons?|litres?|liters?|l|"
    r"gallons?|hectares?|ha|acres?|knots?|mph|km/h|°\s?[CF]|degrees?(?:\s+(?:Celsius|Fahrenheit))?|"
    r"metros?|pies?|kil[oó]metros?|millas?|pulgadas?|yardas?|cent[ií]metros?|kilogramos?|libras?|"
    r"toneladas?|litros?|galones?|gal[oó]n|hect[aá]reas?|nudos?|grados?(?:\s+(?:Celsius|Fahrenheit))?)"
)
_ABOUT = r"(?:(?:about|some|roughly|around|nearly|almost|over|c\.|unos|unas|alrededor\s+de|aproximadamente|cerca\s+de|casi|m[aá]s\s+de)\s+)?"
_FIGURE = r"\d[\d.,\s]*"
# "35 metres (____ feet)": the gap converts the figure before the bracket.
_GAP_IN_BRACKETS = (
    re.compile(rf"{_FIGURE}\s?(?P<unit>{CONVERTIBLE_UNITS})\s*\(\s*{_ABOUT}$", re.IGNORECASE),
    re.compile(rf"^\s?(?P<unit>{CONVERTIBLE_UNITS})\s*\)", re.IGNORECASE),
)
# "____ metres (115 feet)": the bracket after the gap's unit converts the key.
_FIGURE_IN_BRACKETS = re.compile(
    rf"^\s?(?P<unit>{CONVERTIBLE_UNITS})\s*\(\s*{_ABOUT}{_FIGURE}\s?(?P<other>{CONVERTIBLE_UNITS})\s*\)", re.IGNORECASE
)


# A figure and the same quantity in another unit, in either order, with the gap on either (brief
# promptgives2): "a 40-gallon barrel (about 151 litres)", "12 miles (19 km)", "3,000 feet, or about
# 914 m", «un bidón de 5 galones (unos 19 litros)», «12 millas, unas 19 km»; up to two words may
# follow the first unit ("barrel"), a hyphen may join a figure to its unit ("40-gallon").
# A small figure written in words after "that is" / «es decir» ("914 mm, es decir, de tres pies").
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a\s+hundred|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte|cincuenta|cien)"
_APPROX_REQUIRED = r"(?:about|some|roughly|around|nearly|almost|approximately|c\.|unos|unas|alrededor\s+de|aproximadamente|cerca\s+de|casi)\s+"
_CONVERSION = re.compile(
    rf"(?<![\w.,])(?P<first>\d[\d.,]*(?:\s\d{{3}})*)[\s-]?(?P<unit>{CONVERTIBLE_UNITS})(?![\w])(?:\s+[^\W\d_]+){{0,2}}?"
    rf"(?:\s*\(\s*{_ABOUT}|,?\s+(?:or|o|i\.e\.|es\s+decir|that\s+is),?\s+(?:(?:de|of)\s+)?{_ABOUT}|,\s+{_APPROX_REQUIRED}|\s*[—–]\s*{_ABOUT})"
    rf"(?P<second>\d[\d.,]*(?:\s\d{{3}})*|{_NUMBER_WORD})[\s-]?(?P<other>{CONVERTIBLE_UNITS})(?![\w])",
    re.IGNORECASE,
)


def converted_figure(draft: Draft, lang: Language) -> list[str]:
    """A figure gap beside the same quantity in another unit, either way round ("35 metres (____
    feet)", "a ____-gallon barrel (about 151 litres)", "12 miles, or about ____ km", «un bidón de
    5 galones (unos ____ litros)»): whoever can convert, or reads the other figure, has the key
    (review 18, brief promptgives2), typed, numeric or offered with options; a rounded conversion
    has no exact key either. A bracket of anything else ("(built in 1890)") is no conversion."""
    if draft.kind != "question" or draft.item.get("type") not in ("numeric", "cloze", "single_choice", "fill_in", "multiple_select"):
        return []
    for gap in gaps_of(draft):
        start, end = _GAP_IN_BRACKETS[0].search(gap.before), _GAP_IN_BRACKETS[1].match(gap.after)
        pairs = [(start.group("unit"), end.group("unit"))] if start and end else []
        if m := _FIGURE_IN_BRACKETS.match(gap.after):
            pairs.append((m.group("unit"), m.group("other")))
        # The gap read with its key in place (a placeholder figure when the key is no figure):
        # a conversion whose one figure stands where the gap is.
        figure = next((k for k in gap.keys if re.match(r"\d", k)), "1")
        text = gap.before + figure + gap.after
        at, stop = len(gap.before), len(gap.before) + len(figure)
        for m in _CONVERSION.finditer(text):
            on_gap = any(m.start(g) < stop and at < m.end(g) for g in ("first", "unit", "second", "other"))
            if on_gap and (m.start("first") <= at < m.end("unit") or m.start("second") <= at < m.end("other")):
                pairs.append((m.group("unit"), m.group("other")))
        if any(fold(a).rstrip("s") != fold(b).rstrip("s") for a, b in pairs):
            return ["held back: the prompt gives the same figure in another unit beside the gap (a conversion settles it)"]
    return []


# Money written twice, once in another currency ("1.4 trillion baht (US$45 billion)", "3.000
# millones de euros (unos 3.300 millones de dólares)"): at a well-known rate one sum gives the
# other, the same give-away as a converted unit (review 16).
CURRENCY_SYMBOLS = {"us$": "usd", "$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "r$": "brl", "a$": "aud", "c$": "cad"}
CURRENCY_WORDS = {
    "dollar": "usd", "dollars": "usd", "dolar": "usd", "dolares": "usd", "usd": "usd", "euro": "eur", "euros": "eur", "eur": "eur",
    "pound": "gbp", "pounds": "gbp", "sterling": "gbp", "libra": "gbp", "libras": "gbp", "gbp": "gbp", "yen": "jpy", "yenes": "jpy",
    "yuan": "cny", "renminbi": "cny", "baht": "thb", "peso": "peso", "pesos": "peso", "rupee": "inr", "rupees": "inr",
    "rupia": "inr", "rupias": "inr", "franc": "chf", "francs": "chf", "franco": "chf", "francos": "chf", "real": "brl",
    "reais": "brl", "reales": "brl", "rouble": "rub", "roubles": "rub", "ruble": "rub", "rubles": "rub", "rublo": "rub",
    "rublos": "rub", "won": "krw", "rand": "zar", "lira": "try", "liras": "try", "dong": "vnd", "ringgit": "myr",
    "rupiah": "idr", "krona": "sek", "kronor": "sek", "krone": "nok", "kroner": "nok", "corona": "sek", "coronas": "sek",
    "dirham": "aed", "dirhams": "aed", "shekel": "ils", "shekels": "ils", "zloty": "pln", "eslotis": "pln", "bolivar": "ves",
    "bolivares": "ves", "soles": "pen", "sol": "pen", "quetzal": "gtq", "quetzales": "gtq",
}
_SYMBOL = r"(?:US\$|R\$|A\$|C\$|\$|€|£|¥)"
_SCALE = r"(?:thousand|million|billion|trillion|bn|mil\s+millones|millones|mill[oó]n|billones|bill[oó]n|mil)"
# One word or two: "francs", "French francs", "US dollars", «francos franceses» (the currency's
# own word is found among them: brief standalone).
_CURRENCY_WORD = r"(?:[A-Za-zÁÉÍÓÚáéíóúñ]+(?:\s+[A-Za-zÁÉÍÓÚáéíóúñ]+)?)"
_MONEY = rf"(?P<sym>{_SYMBOL})?\s?\d[\d.,]*\s*(?:{_SCALE}\s+)?(?:(?:de|of)\s+)?(?P<word>{_CURRENCY_WORD})?"
_ABOUT_SUM = r"(?:about|some|roughly|around|nearly|almost|over|unos|unas|alrededor\s+de|aproximadamente|cerca\s+de|casi|m[aá]s\s+de)"
# "(", ", or", «, es decir», or a bare comma before "about", «unos» ("16 millones de francos,
# unos ____ millones de euros": an apposition that restates the sum).
_CONNECT = (rf"\s*(?:(?:\(|,?\s+(?:or|o|i\.e\.|es\s+decir|that\s+is|equivalent\s+to|equivalentes?\s+a)\s+)\s*(?:{_ABOUT_SUM}\s+)?"
            rf"|,\s+(?:(?:es\s+decir|o\s+sea|that\s+is),?\s+)?{_ABOUT_SUM}\s+)")
# "____ trillion baht, or around US$45 billion": the gap's currency, then the other sum.
_GAP_THEN_MONEY = re.compile(rf"^\s?(?:{_SCALE}\s+)?(?:(?:de|of)\s+)?(?P<first>{_CURRENCY_WORD})?{_CONNECT}{_MONEY}", re.IGNORECASE)
# "£200 million (about US$____ million)": a sum, then the gap in another currency.
_MONEY_THEN_GAP = re.compile(rf"{_MONEY}{_CONNECT}(?P<gapsym>{_SYMBOL})?\s?$", re.IGNORECASE)
_GAP_CURRENCY = re.compile(rf"^\s?(?:{_SCALE}\s+)?(?:(?:de|of)\s+)?(?P<word>{_CURRENCY_WORD})", re.IGNORECASE)
_SYMBOL_BEFORE_GAP = re.compile(rf"(?P<sym>{_SYMBOL})\s?$")


def _currency(symbol: str | None, word: str | None) -> str | None:
    """The currency a symbol or a word names ("US$" and "dólares": "usd"), or None."""
    if symbol:
        return CURRENCY_SYMBOLS.get(symbol.lower())
    found = [CURRENCY_WORDS[w] for w in fold(word or "").lower().split() if w in CURRENCY_WORDS]
    return found[0] if found else None


def converted_money(draft: Draft, lang: Language) -> list[str]:
    """A money gap beside the same sum in another currency, either way round, typed or offered
    with options (a cloze, a single choice: whoever knows the rate picks the key)."""
    if draft.kind != "question" or draft.item.get("type") not in ("numeric", "cloze", "single_choice"):
        return []
    for gap in gaps_of(draft):
        symbol = _SYMBOL_BEFORE_GAP.search(gap.before)
        pairs: list[tuple[str | None, str | None]] = []
        if m := _GAP_THEN_MONEY.match(gap.after):
            own = _currency(symbol.group("sym"), None) if symbol else _currency(None, m.group("first"))
            pairs.append((own, _currency(m.group("sym"), m.group("word"))))
        if m := _MONEY_THEN_GAP.search(gap.before):
            gap_word = _GAP_CURRENCY.match(gap.after)
            own = _currency(m.group("gapsym"), gap_word.group("word") if gap_word and not m.group("gapsym") else None)
            pairs.append((own, _currency(m.group("sym"), m.group("word"))))
        if any(a and b and a != b for a, b in pairs):
            return ["held back: the prompt gives the same sum in another currency beside the gap (a known rate settles it)"]
    return []


# The free parameter of an illustrative example (review 17: "For a bubble of ____ mm radius in
# water, ... the collapse takes less than a tenth of a millisecond"): a hypothetical's marker
# before the gap in its sentence ("say", "suppose", "imagine", "supongamos", "pongamos"), "for
# example" or "por ejemplo" before an indefinite article, or a sentence opening "For a <thing> of
# ____", "Para una <cosa> de ____". Any value fits; the paragraph's own law often says so.
HYPOTHETICAL = {
    "en": re.compile(r"(?:,\s*say,|\b(?:suppose|supposing|imagine|assume|assuming|let\s+us\s+take|take,\s+for\s+example)\b"
                     r"|\b(?:for\s+(?:example|instance)|e\.\s?g\.),?\s+(?:(?:\w+\s+){0,3})?(?:a|an)\s)", re.IGNORECASE),
    "es": re.compile(r"(?:,\s*digamos,|\b(?:supongamos|pongamos|imaginemos|imagina|imaginad|imagine|consideremos)\b"
                     r"|\bpor\s+ejemplo,?\s+(?:(?:\w+\s+){0,3})?(?:un|una)\s)", re.IGNORECASE),
}
EXAMPLE_OPENER = {
    "en": re.compile(r"^(?:for|with)\s+(?:a|an)\s+(?:[^\W\d_]+\s+){1,3}(?:of|with)\s+$", re.IGNORECASE),
    "es": re.compile(r"^(?:para|con)\s+(?:un|una)\s+(?:[^\W\d_]+\s+){1,3}(?:de|con)\s+$", re.IGNORECASE),
}


def illustrative_figure(draft: Draft, lang: Language) -> list[str]:
    """A figure gap on the free parameter of an illustrative example ("a beam of, say, ____
    metres", "For a droplet of ____ mm ...", "Supongamos un depósito de ____ litros"): any value
    fits the sentence, so the key is one of many right answers."""
    item = draft.item
    if draft.kind != "question" or item.get("type") not in ("numeric", "fill_in"):
        return []
    code = _code(lang)
    if item.get("type") == "fill_in":
        key = fold(str((item.get("accept") or [""])[0])).lower()
        if not (re.fullmatch(r"\d[\d.,]*", key) or key in NUMBER_WORDS[code]):
            return []  # a word's gap: the example's thing, not its free figure
    for gap in gaps_of(draft):
        sentence = gap.sentence()[0]
        if HYPOTHETICAL[code].search(sentence) or EXAMPLE_OPENER[code].match(sentence):
            return ["held back: the gap is the free parameter of an illustrative example: any value fits the sentence, the key is only the text's choice"]
    return []


def cut_before_colon(draft: Draft) -> list[str]:
    """A gap whose quoted sentence ends on a colon: it announces what follows (an equation, a
    list, a quotation) and the quote stops before it ("La reacción global, llamada ____, puede
    escribirse así:", review 18), so the learner is asked about a thing they never see."""
    for gap in gaps_of(draft):
        if re.search(r":\s*[»”\"'’]?\s*$", gap.after):
            return ["held back: the quoted sentence ends on a colon, cut off before what it announces"]
    return []


# Verbs that make the figure after them a bound, as the language's comparators do ("more than"):
# "superaban los 40 grados", "rebasó los 300", "exceeded 10 metres", "topped 1,000".
BOUND_VERBS = {
    "en": r"(?:exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?|pass(?:es|ed|ing)?|reach(?:es|ed|ing)?\s+over)(?:\s+the)?",
    "es": r"(?:super|rebas|sobrepas|exced)(?:a|an|aba|aban|o|aron|ar|ando|ia|ian|io|ieron|er|iendo)(?:\s+(?:los|las|el|la))?",
}


# Comparators that make a figure approximate rather than a bound ("cerca de 500 casas", "nearly
# 40"): a round figure after them is the text's own rounding, no stock guess.
APPROXIMATE_COMPARATORS = frozenset(("nearly", "almost", "cerca de", "casi"))


def after_bound(before: str, lang: Language, approximate: bool = True) -> bool:
    """Whether the text ``before`` a figure ends with a word that makes the figure a bound
    ("more than", "hasta", "superaban los"): a smaller value would be true as well. Without
    ``approximate``, the words of an approximation ("nearly", "cerca de") do not count."""
    folded = fold(before).rstrip()
    folded = re.sub(r"\s+(?:the|el|la|los|las|el ano|the year)$", "", folded)  # "by the year 2020"
    folded = re.sub(r"(?<=\W)(de|a)l$", r"\1", folded)  # «más del 70 %», «superior al 12 %»: «más de», «superior a»
    comparators = [c for c in lang.comparators if approximate or fold(c) not in APPROXIMATE_COMPARATORS]
    if any(re.search(rf"(?:^|\W){re.escape(fold(c))}$", folded) for c in comparators):
        return True
    return re.search(rf"(?:^|\W){BOUND_VERBS[_code(lang)]}$", folded) is not None


def is_round(value: float) -> bool:
    """A figure people guess for a bound: a multiple of ten below a hundred (40 degrees, 60 per
    cent), or a power of ten, twice or five times one (100, 200, 500, 1,000, 5,000: "more than
    ____ visitors", «más de ____ toneladas», kinds14). Not any figure of one significant digit:
    "más de 800.000 hectáreas" or "cerca de 500 casas" (approximate, no bound) is no stock guess
    (review 17 passed both)."""
    if value < 10 or value != int(value):
        return False
    whole = int(value)
    return (whole < 100 and whole % 10 == 0) or str(whole).rstrip("0") in ("1", "2", "5")


def round_bound(draft: Draft, lang: Language) -> list[str]:
    """A numeric or typed gap on a round figure right after a bound word ("superaban los ____
    grados" -> 40, review 17; "more than ____ people" -> 1,000): the stock guess of a reader who
    never saw the text."""
    item = draft.item
    if draft.kind != "question" or item.get("type") not in ("numeric", "fill_in"):
        return []
    if item.get("type") == "numeric":
        answer = numeric_answer(draft)
        if answer is None:
            return []
        values = [answer]
    else:
        accept = [str(a) for a in item.get("accept") or []]
        values = [v for a in accept[:1] for v in numbers_in_words(a, lang, spans=False)]
        values = [values[-1]] if values else []  # "a thousand": 1,000 (the last figure read)
    if not values or not is_round(values[0]):
        return []
    for gap in gaps_of(draft):
        if after_bound(gap.before, lang, approximate=False):
            return [f"held back: a round figure ({values[0]:g}) right after a bound word is the stock guess of a reader who never saw the text"]
    return []


def counted(text: str, lang: Language) -> list[float]:
    """The counts of things a text writes ("three turbines", "4 chambers"): a small number,
    in words or digits, before a plural noun (never one of a pair of figures, "one or two")."""
    found = []
    words = COUNT_WORDS[_code(lang)]
    # "three storage chambers": one modifier may stand between the count and its noun (review 13).
    # (a lookahead, so a word read as the count's modifier is still tried as a count itself)
    for m in re.finditer(r"\b(?=([^\W_]+)\s+(?:[^\W\d_]+\s+(?=[^\W\d_]+s\b))?([^\W\d_]+s)\b)", text):
        number, noun = fold(m.group(1)), m.group(2)
        value = words.get(number) or (int(number) if number.isdigit() and 2 <= int(number) <= 12 else None)
        if value is None or noun.lower() != noun or re.match(r"\s*(?:or|o|u|to|a|y|and)\s", text[m.end(1):m.start(2)] + " "):
            continue
        found.append(float(value))
    return found


def century_from_year(draft: Draft, lang: Language) -> list[str]:
    """A gap on a century ("el siglo ____", "the ____ century") whose prompt writes a year of it."""
    for gap in gaps_of(draft):
        if not (re.search(r"\bsiglos?\s*$", gap.before, re.I) or re.match(r"\s*[- ]?century", gap.after, re.I)):
            continue
        years = [int(y) for y in re.findall(r"\b(1\d{3}|20\d{2})\b", gap.before + " " + gap.after)]
        if years:
            return [f"held back: the gap is a century and the prompt writes a year of it ({years[0]}): the reader computes it"]
    return []


# Things of the modern era: a century gap beside one of them is the twentieth or the
# twenty-first, and the prompt's "late"/"early" settles which (review 14: "Desde finales del
# siglo ____ … digitalización" is XX to anyone).
MODERN_THINGS = {
    "en": r"digiti[sz]\w*|digital\w*|online|internet|web\s?sites?|computer\w*|e-?mails?|satellites?|software|laser|nuclear|"
          r"televis\w*|smartphones?|microfilm\w*|database",
    "es": r"digitaliz\w*|digital(?:es)?|en\s+l[ií]nea|internet|web|ordenador\w*|computador\w*|inform[aá]tic\w*|correo\s+electr[oó]nico|"
          r"sat[eé]lites?|software|l[aá]ser|nuclear(?:es)?|televisi[oó]n|microfilm\w*|base\s+de\s+datos",
}
MODERN_CENTURIES = frozenset({"xx", "xxi", "20", "21", "20th", "21st", "twentieth", "twenty-first", "veinte", "veintiuno",
                              "vigesimo", "vigesimoprimero"})


def century_from_subject(draft: Draft, lang: Language) -> list[str]:
    """A gap on the twentieth or twenty-first century beside a thing only those centuries know
    ("since the late ____ century … online"): general knowledge dates it, not the text."""
    modern = re.compile(rf"\b(?:{MODERN_THINGS[_code(lang)]})\b", re.IGNORECASE)
    for gap in gaps_of(draft, typed=True):
        if not (re.search(r"\bsiglos?\s*$", gap.before, re.I) or re.match(r"\s*[- ]?century", gap.after, re.I)):
            continue
        if not {fold(str(a)).lower() for a in gap.accept} & MODERN_CENTURIES:
            continue
        if thing := modern.search(gap.before + " " + gap.after):
            return [f"held back: the gap is a century and the prompt names {thing.group(0)!r}, a thing of the modern era: the reader dates it without the text"]
    return []

# The roles of a firm, not of a person: "the contractor Kiewit", "la constructora Ferrovial".
FIRM_ROLES = {
    "en": frozenset(["contractor", "builder", "shipbuilder", "manufacturer", "maker", "firm", "company", "corporation", "supplier", "operator", "publisher", "carrier", "airline", "bank", "agency", "insurer", "brewery", "shipyard", "conglomerate", "subsidiary", "utility", "retailer", "wholesaler", "distributor", "outfitter"]),
    "es": frozenset(["contratista", "constructora", "empresa", "compania", "firma", "fabricante", "proveedor", "proveedora", "operadora", "editorial", "aseguradora", "banco", "agencia", "naviera", "aerolinea", "consultora", "astillero", "filial", "distribuidora"]),
}


def company_as_person(draft: Draft, lang: Language) -> list[str]:
    """A "who was this?" card whose back is a firm's role ("Kiewit" → "Contractor", review 14):
    a company is no person, and its bare trade is what the section's topic makes anyone answer."""
    if draft.kind != "card" or "card_role" not in lang.prompts:
        return []
    pattern = re.escape(lang.prompts["card_role"]).replace(re.escape("{person}"), ".+")
    if re.fullmatch(pattern, str(draft.item.get("front", ""))) is None:
        return []
    determiners = {fold(w).lower() for w in lang.determiners}
    words = [fold(w).lower() for w in re.findall(r"[^\W\d_]+", str(draft.item.get("back", "")))]
    words = [w for w in words if w not in determiners]
    if words and (words[0] in FIRM_ROLES[_code(lang)] or words[0].rstrip("s") in FIRM_ROLES[_code(lang)]):
        return [f"held back: the card asks who a firm was (its back {draft.item.get('back')!r} is a company's role): a company is no person, and its trade is what the section's topic suggests"]
    return []

# A head of state's title right before the gap ("President ____", "el rey ____"): with a year,
# the title names one person, whom general knowledge supplies (Temer in Brazil's 2018).
HEAD_OF_STATE = {
    "en": r"(?:then[- ])?(?:president|prime\s+minister|premier|king|queen|emperor|empress|pope|chancellor|tsar|czar|shah)",
    "es": r"(?:entonces\s+)?(?:president[ea]|primer\s+ministro|primera\s+ministra|rey|reina|emperador|emperatriz|papa|canciller|zar)",
}
HEAD_OF_STATE_SINCE = 1800  # years before this: a monarch is no newspaper knowledge
NAME_PARTICLES = frozenset(("de", "del", "da", "das", "do", "dos", "di", "du", "le", "la", "van", "von", "der", "ter", "ten", "al", "el", "bin", "ibn"))


# The country a head of state's title names, beside it: "the president of Chile", «el presidente
# de Chile», "the Chilean president", «el primer ministro británico», "Chile's president".
_COUNTRY_NAME = r"(?P<country>[A-ZÁÉÍÓÚÑ][\w'’]+(?:\s+(?:de\s+|of\s+)?[A-ZÁÉÍÓÚÑ][\w'’]+)?)"
_TITLE_COUNTRY = r"(?:\s+(?:of|de|del)\s+(?:the\s+|la\s+|los\s+|las\s+|el\s+)?" + _COUNTRY_NAME + r"|\s+(?P<adjective>[^\W\d_]+))"


def _names_country(found: re.Match[str], lang: Language) -> bool:
    """Whether a title's match names a country: by name ("of Chile") or by adjective ("Chilean")."""
    if found.group("country"):
        # (The patterns ignore case for the title's sake: "Chile and" may be read as a name.)
        country = found.group("country")
        return any(place_kind(name, lang.code) == "country" for name in (country, country.split()[0]))
    return bool(found.group("adjective")) and country_adjective(found.group("adjective"), lang.code)


def head_of_state(draft: Draft, lang: Language) -> list[str]:
    """A gap on a person whose prompt names them by a head of state's title and dates it, in any
    type (typed or picked): the title right before the gap ("President ____", "Chile's
    president ____"), or the title with its country beside the gap as an apposition ("the
    president of Chile, ____,", «el primer ministro británico, ____», "____, then president of
    Chile,"). The title, the country and the year name one person without the text."""
    title = HEAD_OF_STATE[_code(lang)]
    right_before = re.compile(rf"\b{title}\s*$", re.IGNORECASE)
    before_with_country = re.compile(rf"\b(?:{title}){_TITLE_COUNTRY}\s*,\s*$", re.IGNORECASE)
    country_first = re.compile(rf"(?:\b(?:the|el|la)\s+)(?P<adjective>[^\W\d_]+)\s+{title}\s*,\s*$", re.IGNORECASE)
    # After the gap, as an apposition or a predicate: "____, then president of Chile", "____ was
    # Chile's president", «____, presidente de Chile», «____ era el primer ministro británico».
    link = r"^\s*(?:,|\s(?:was|became|served\s+as|is|fue|era|es|lleg[oó]\s+a\s+ser)\b)\s*(?:(?:the|el|la|then|entonces|por\s+entonces)\s+)*"
    after_with_country = re.compile(rf"{link}(?:{title}){_TITLE_COUNTRY}", re.IGNORECASE)
    after_country_first = re.compile(rf"{link}(?:(?P<adjective>[^\W\d_]+)|{_COUNTRY_NAME}['’]s)\s+(?:{title})\b", re.IGNORECASE)
    for gap in gaps_of(draft) + who_gaps(draft, lang):  # ("who was president of Chile in 2018?")
        key = next((str(k).strip() for k in gap.keys), "")
        # A name may open with a lower-case particle ("de Gaulle", "van Rijn"): a later word is capitalised.
        if not key[:1].isupper() and not (len(key.split()) > 1 and key.split()[0] in NAME_PARTICLES and key.split()[-1][:1].isupper()):
            continue
        named = right_before.search(gap.before) is not None
        if not named:
            found = before_with_country.search(gap.before) or country_first.search(gap.before) or after_with_country.match(gap.after) or after_country_first.match(gap.after)
            named = found is not None and _names_country(found, lang)
        # Undated, the holder of a country's top office is still the one the news was about: "In
        # Portugal, the prime minister, ____, opened the works", «En Uruguay, el presidente ____
        # celebró»; a prime minister or a chancellor is a country's whatever the prompt names.
        before, after = gap.sentence()
        office = NATIONAL_OFFICE[_code(lang)].search(before)
        if office is not None and office.group("adjective") and not country_adjective(office.group("adjective"), lang.code):
            office = None  # "the Club president", «el presidente honorario»
        if office is not None and (office.group("national") or _country_in(before + " " + after, lang)):
            return [f"held back: the gap is the holder of a country's top office ({office.group(0).strip(' ,')!r}), the country named: a reader of the news knows who held it"]
        if not named:
            government = (GOVERNMENT_OF[_code(lang)][0].search(gap.before) if len(key.split()) >= 2 else None) or GOVERNMENT_OF[_code(lang)][1].match(gap.after)
            if government is not None and not _country_in(key, lang):  # a person, not «el Gobierno de Navarra» nor "the Chilean government"
                return [f"held back: the gap names a government by its leader ({government.group(0).strip()!r}): the country and the time name the leader without the text"]
            continue
        years = [int(y) for y in re.findall(r"\b(1[89]\d{2}|20\d{2})\b", gap.before + " " + gap.after)]
        if any(y >= HEAD_OF_STATE_SINCE for y in years):
            return [f"held back: the prompt gives the head of state's title and a year ({years[0]}): {key!r} is general knowledge"]
    return []


# --- the head of a polity the world knows, by office, place and year (brief fame, issue 10) ---
#
# "In 2003 ____, the mayor of New York, signed ..." (Bloomberg), "In 2008 ____, then mayor of
# London" (Johnson), «En 1982 ____, presidente del Gobierno de España» (González), «¿Quién
# presidía el Gobierno de España en 1982?»: the office, the polity and the year name one person,
# whom a reader of the news supplies. A city's head counts in a world city only (WORLD_CITY_FAME):
# the mayor of Wenlow or of Villaseca is what the reader learns from the document. The "who"
# question ("According to the text, who was mayor of London in 2008 ...?") is read as a gap
# before its predicate. A "who was this?" card whose back is such an office of a famous name
# ("Michael Bloomberg" -> "Mayor of New York") asks the same fact the other way round.

# A world city: general text of most languages writes it (list_place_fame: New York 4.7,
# Barcelona 4.2, Chicago 4.2; Boston 4.05, Lyon 3.6, Sevilla 3.2, a town under 2.5), or it is a
# place the document's language knows by heart and writes as often as a word (London 5.3,
# «Londres» 4.8, «Nueva York» 4.9; «Roma» 4.6, «Sevilla» 4.7 and "Berlin" 4.4 are not).
WORLD_CITY_FAME = 4.2
WORLD_CITY_ZIPF = 4.7
# A person whose "who was this?" card names such an office is one the world writes: a surname
# general text of every language writes (Bloomberg 3.0, Johnson 4.0) or the document's own
# language writes often (González 4.7, Carmena 3.2); Piñeyro, a mayor of 1880, is the text's.
OFFICE_HOLDER_FAME = 2.0
OFFICE_HOLDER_ZIPF = 3.0
# Words before a title that make it another office: "deputy mayor", «teniente de alcalde».
NOT_THE_HEAD = frozenset(("deputy", "vice", "former", "ex", "assistant", "acting", "shadow", "teniente", "de", "del", "exalcalde", "vicealcalde"))
_PLACE = r"(?P<place>(?-i:[A-ZÁÉÍÓÚÑ][\w'’\-]+(?:\s+(?:de\s+|of\s+)?[A-ZÁÉÍÓÚÑ][\w'’\-]+)?))"  # (capitalised words, whatever the pattern's flags)
_LINK = r"^\s*(?:,|\s(?:was|became|served\s+as|is|fue|era|es|lleg[oó]\s+a\s+ser)\b)\s*(?:(?:the|el|la|then|entonces|por\s+entonces)\s+)*"


def world_city(name: str, lang: Language) -> bool:
    """Whether ``name`` is a world city, whose mayor the news names (see WORLD_CITY_FAME)."""
    from quizapp.derive.world_knowledge import list_place_fame  # (world_knowledge imports this module)

    name = re.sub(r"^(?:the|el|la)\s+|['’]s$", "", name.strip(), flags=re.IGNORECASE)
    if not name[:1].isupper():
        return False
    return list_place_fame(name) >= WORLD_CITY_FAME or (lang.is_known_place(name) and lang.familiarity(name) >= WORLD_CITY_ZIPF)


@lru_cache(maxsize=8)
def _polity_patterns(code: str, city_titles: str, verbs: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    """The office beside a gap, read before it or after it: a city's head with its city, a
    head of government with the government's country («presidente del Gobierno de España»),
    a head of government by the verb that heads it («presidía el Gobierno de España»)."""
    flags = re.IGNORECASE
    government = r"(?:government|gobierno)"
    country = r"(?:\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?(?P<country>(?-i:[A-ZÁÉÍÓÚÑ][\w'’]+(?:\s+(?:de\s+|of\s+)?[A-ZÁÉÍÓÚÑ][\w'’]+)?))|\s+(?P<adjective>[^\W\d_]+))?"
    head_of_government = rf"(?:(?:president[ea]?|head|jef[ea]|leader|l[ií]der)\s+(?:of\s+the\s+|of\s+|del\s+)(?:(?P<adjective0>(?-i:[A-Z][\w'’]+))\s+)?{government}{country})"
    city = rf"(?:(?:{city_titles})\s+(?:of|de)\s+(?:the\s+)?{_PLACE})"
    city_first = rf"(?:{_PLACE}(?:['’]s)?\s+(?:{city_titles}))"
    return {
        "city_before": (re.compile(rf"(?P<title>\b{city})\s*,?\s*$", flags), re.compile(rf"(?P<title>{city_first})\s*,?\s*$")),
        "city_after": (re.compile(rf"{_LINK}(?P<title>{city})", flags), re.compile(rf"{_LINK}(?P<title>{city_first})")),
        "government_before": (re.compile(rf"(?P<title>\b{head_of_government})\s*,\s*$", flags),),
        "government_after": (
            re.compile(rf"{_LINK}(?P<title>{head_of_government})", flags),
            re.compile(rf"^\s+(?P<title>(?:{verbs})\s+(?:the\s+|el\s+)?(?:(?P<adjective0>(?-i:[A-Z][\w'’]+))\s+)?{government}{country})", flags),
        ),
    }


def who_gaps(draft: Draft, lang: Language) -> list[Gap]:
    """A "who" question read as a gap before its predicate ("According to the text, who was
    mayor of London in 2008 ...?" -> "____ was mayor of London in 2008 ...?"), its key the
    typed answer or the right option: what a gap's checks read of the sentence."""
    template = lang.prompts.get("who")
    if draft.kind != "question" or not template:
        return []
    pattern = re.escape(template).replace(re.escape("{predicate}"), "(?P<predicate>.+)")
    found = re.fullmatch(pattern, str(draft.item.get("prompt", "")))
    if found is None:
        return []
    item = draft.item
    accept = item.get("accept") or [] if item.get("type") == "fill_in" else []
    keys = [str(a) for a in accept[:1]] + [str(c["text"]) for c in item.get("choices", []) or [] if c.get("correct")]
    return [Gap("", " " + found.group("predicate") + "?", accept, [str(c["text"]) for c in item.get("choices", []) or []], keys)]


def _the_head(title: re.Match[str], text: str) -> bool:
    """Whether the title matched in ``text`` is the office itself ("mayor"), not its deputy's."""
    previous = re.findall(r"[^\W\d_]+", text[: title.start("title")])[-1:]
    return not previous or fold(previous[0]) not in NOT_THE_HEAD


def _polity_named(found: re.Match[str], sentence: str, lang: Language) -> bool:
    """Whether a head of government's match names the country (by name or adjective), or, for
    a title ("the head of the government, ____"), the sentence around it does: a verb's
    government with no country ("____ led the government inquiry") is any body's."""
    groups = found.groupdict()
    if groups.get("country") and any(place_kind(n, lang.code) == "country" for n in (groups["country"], groups["country"].split()[0])):
        return True
    if any(groups.get(a) and country_adjective(groups[a], lang.code) for a in ("adjective", "adjective0")):
        return True
    return bool(re.search(r"\b(?:head|jef[ea]|president[ea]?|leader|l[ií]der)\b", found.group("title"), re.IGNORECASE)) and _country_in(sentence, lang)


def polity_head(draft: Draft, lang: Language) -> list[str]:
    """A gap (or a "who" question) on the head of a polity the world knows whose prompt gives the
    office, the polity and a year: a world city's mayor ("In 2003 ____, the mayor of New York",
    «cuando ____ era alcalde de Barcelona» in 1992), a head of government by the government
    («____, presidente del Gobierno de España», «¿Quién presidía el Gobierno de España en
    1982?»). The office, the place and the year name one person without the text (see the
    notes above); a town's mayor stays asked. Held in every form."""
    patterns = _polity_patterns(_code(lang), lang.city_head_titles, lang.government_head_verbs)
    for gap in gaps_of(draft) + who_gaps(draft, lang):
        key = next((str(k).strip() for k in gap.keys), "")
        if not key[:1].isupper() or re.search(r"\d", key) or len(key.split()) > 4:
            continue
        years = [int(y) for y in re.findall(r"\b(1[89]\d{2}|20\d{2})\b", gap.before + " " + gap.after)]
        if not any(y >= HEAD_OF_STATE_SINCE for y in years):
            continue
        before, after = gap.sentence()
        for where, text in (("before", before), ("after", after)):
            for pattern in patterns[f"city_{where}"]:
                found = pattern.search(text) if where == "before" else pattern.match(text)
                if found and _the_head(found, text) and fold(found.group("place")) != fold(key) and world_city(found.group("place"), lang):
                    return [f"held back: the prompt gives the office of a world city's head, the city and a year ({found.group('title').strip()}, {years[0]}): a reader of the news knows {key!r} without the text"]
            for pattern in patterns[f"government_{where}"]:
                found = pattern.search(text) if where == "before" else pattern.match(text)
                if found and _the_head(found, text) and _polity_named(found, before + " " + after, lang):
                    return [f"held back: the prompt gives the head of a country's government and a year ({found.group('title').strip()}, {years[0]}): a reader of the news knows {key!r} without the text"]
    return []


def _office_back(back: str, lang: Language) -> str | None:
    """The head office of a polity the world knows that a card's back names ("Mayor of New
    York", «Presidente del Gobierno de España», "Chancellor of Germany"), or None."""
    patterns = _polity_patterns(_code(lang), lang.city_head_titles, lang.government_head_verbs)
    text = "is " + back.strip().rstrip(".")  # read as the predicate after a gap
    for pattern in patterns["city_after"]:
        if (found := pattern.match(" " + text)) and _the_head(found, " " + text) and world_city(found.group("place"), lang):
            return found.group("title")
    for pattern in patterns["government_after"]:
        if (found := pattern.match(" " + text)) and _the_head(found, " " + text) and _polity_named(found, found.group("title"), lang):
            return found.group("title")
    title = HEAD_OF_STATE[_code(lang)]
    found = re.match(rf"^\s*(?:(?:the|el|la|then|entonces)\s+)*(?:{title}){_TITLE_COUNTRY}\s*$", back.strip().rstrip("."), re.IGNORECASE)
    if found and _names_country(found, lang):
        return found.group(0)
    return None


def famous_office_card(draft: Draft, lang: Language) -> list[str]:
    """A "who was this?" card on a famous name whose back is the head office of a polity the
    world knows ("Michael Bloomberg" -> "Mayor of New York", «Felipe González» -> «Presidente
    del Gobierno de España»): a reader of the news answers without the text. A town's mayor, or
    a name general text does not write, stays a card."""
    if draft.kind != "card" or "card_role" not in lang.prompts:
        return []
    pattern = re.escape(lang.prompts["card_role"]).replace(re.escape("{person}"), "(?P<person>.+)")
    found = re.fullmatch(pattern, str(draft.item.get("front", "")))
    if found is None:
        return []
    surname = found.group("person").split()[-1]
    if international_fame(surname) < OFFICE_HOLDER_FAME and lang.familiarity(surname) < OFFICE_HOLDER_ZIPF:
        return []
    office = _office_back(str(draft.item.get("back", "")), lang)
    if office is None:
        return []
    return [f"held back: {found.group('person')} is a famous name and the back is the office they held ({office.strip()}): a reader of the news knows it without the text"]


# The top office right before the gap, as the sentence's own ("the prime minister ____", «el
# presidente, ____»): a determiner or the sentence's start before it (no "the club's president"),
# no "of the cooperative" between. A prime minister, a chancellor, a premier is a country's, and
# there is one pope: no country needs naming.
NATIONAL_OFFICE = {
    "en": re.compile(r"(?:^|\b(?:the|then)\s+)(?:(?!(?:the|then)\b)(?P<adjective>[A-Z][\w'’]+)\s+)?(?:(?P<national>prime\s+minister|premier|chancellor|pope)|president|king|queen)\s*,?\s*$", re.IGNORECASE),
    "es": re.compile(r"(?:^|\b(?:el|la|entonces)\s+)(?:(?P<national>primer\s+ministro|primera\s+ministra|canciller\s+federal|jefe\s+del\s+Gobierno|presidente\s+del\s+Gobierno|(?<=[Ee]l\s)papa)|president[ea]|rey|reina)(?:\s+(?P<adjective>[^\W\d_]+))?\s*,?\s*$", re.IGNORECASE),
}
# A government named by its leader: «el Gobierno de ____», "the ____ government", "the
# government of ____", "the ____ administration".
GOVERNMENT_OF = {
    "en": (re.compile(r"\b(?:government|administration|cabinet)\s+of\s+$", re.IGNORECASE), re.compile(r"^\s*(?:government|administration|cabinet)\b", re.IGNORECASE)),
    "es": (re.compile(r"\b(?:Gobierno|gabinete|Administraci[oó]n|ejecutivo)\s+(?:de|del)\s+$", re.IGNORECASE), re.compile(r"(?!)")),
}


def _country_in(text: str, lang: Language) -> bool:
    """Whether ``text`` names a country, by its name or a nationality adjective."""
    for run in re.finditer(rf"{CAPITALISED_WORD}(?:\s+(?:de\s+|of\s+)?{CAPITALISED_WORD})?", text):
        if any(place_kind(name, lang.code) == "country" for name in (run.group(0), run.group(0).split()[0], run.group(0).split()[-1])):
            return True
    return any(country_adjective(w, lang.code) for w in re.findall(r"[^\W\d_]+", text))


CAPITALISED_WORD = r"[A-ZÁÉÍÓÚÑ][\w'’]+"

CAPITALISED = r"[A-ZÁÉÍÓÚÑ][\w'’\-]*"
# "Engineering and Naval Architects": a name that goes on across "and" (two capitalised words
# or more on each side).
AND_AFTER = re.compile(rf"^\s+(?:and|y|e|&)\s+{CAPITALISED}\s+{CAPITALISED}")
AND_BEFORE = re.compile(rf"{CAPITALISED}\s+{CAPITALISED}\s+(?:and|y|e|&)\s+$")


# "the Palmgren–____ rule", "____–Menten kinetics": a name joined to another by a dash.
DASH_BEFORE = re.compile(rf"{CAPITALISED}[{DASHES}]$")
DASH_AFTER = re.compile(rf"^[{DASHES}]{CAPITALISED}")


def name_cut_at_dash(draft: Draft) -> list[str]:
    """A typed gap on one of two names joined by a dash ("the Palmgren–____ rule"): whoever
    knows the rule, law or effect by its double name fills the other half without the text."""
    for gap in gaps_of(draft, typed=True):
        if str(gap.accept[0])[:1].isupper() and (DASH_BEFORE.search(gap.before) or DASH_AFTER.match(gap.after)):
            return [f"held back: the key {str(gap.accept[0])!r} is half of a double name joined by a dash: the other half, in the prompt, calls it up"]
    return []


# A typed term this rare (Zipf) sharing its first STEM_LETTERS letters with another rare word of
# the prompt is of the same family ("tiroideas ... la ____" for tiroxina, "Osmolarity: ...
# ____ active" for osmotically): the prompt's word leads to it.
RARE_TERM_ZIPF = 3.0
STEM_LETTERS = 4


def shared_stem(draft: Draft, lang: Language) -> list[str]:
    """A gap on a rare lower-case term whose first letters another rare word of the prompt opens
    with (a shorter stem than answers.given_away asks, for rare words only)."""
    for gap in gaps_of(draft, typed=True):
        key = str(gap.accept[0])
        if " " in key or not key[:1].islower() or len(key) < 6 or lang.familiarity(key) >= RARE_TERM_ZIPF:
            continue
        for word in re.findall(r"[^\W\d_]{6,}", gap.before + " " + gap.after):
            if share_opening(fold(word), fold(key), STEM_LETTERS) and fold(word) != fold(key) and lang.familiarity(word) < RARE_TERM_ZIPF:
                return [f"held back: the prompt's rare word {word!r} opens like the key {key!r}: it leads a reader to it"]
    return []


def _quoted_words(gap: Gap) -> list[str]:
    """The words of the quotation around a gap (the prompt's frame, "According to the text
    ...", left out), lower-case ones only: names are no word family."""
    return [fold(w) for w in re.findall(r"[^\W\d_]+", " ".join(gap.sentence(whole_quote=True))) if w.islower()]


def word_family(draft: Draft, lang: Language) -> list[str]:
    """A typed gap on a lower-case word whose family the prompt writes: a word sharing its stem
    (concepts' rule, word_families.share_stem: "denser" for densification; the four-letter stem for a
    rare key only, "texto" does not lead to "textura"), or the same word with a derivational
    prefix ("la población ... la ____" for despoblación, review 17; "population" for
    depopulation)."""
    for gap in gaps_of(draft, typed=True):
        key = str(gap.accept[0])
        if " " in key or not key.isalpha() or not key.islower():
            continue
        k = fold(key)
        words = [w for w in dict.fromkeys(_quoted_words(gap)) if w != k and len(w) >= SHORT_STEM]
        for word in words:
            long_enough = min(len(word), len(k)) > SHORT_STEM + 2 or lang.familiarity(key) < RARE_TERM_ZIPF
            if long_enough and share_stem({k}, {word}) and word not in lang.words.stop_words:
                return [f"held back: the prompt's word {word!r} shares the key's stem ({key!r}): it leads a reader to it"]
            if prefix_apart(k, word, lang.code):
                return [f"held back: the prompt's word {word!r} is of the key's word family ({key!r}, a prefix apart): it leads a reader to it"]
            if compound_holds(k, word, lang.code):
                return [f"held back: the prompt's word {word!r} is a compound holding the key {key!r} (or the key one holding it): it leads a reader to it"]
    return []


def _family(word: str, other: str) -> bool:
    """Whether two folded words are of one family: a shared stem (``share_stem``: "corte" and
    "cortan", "pressing" and "pressed"), or one stem once their endings go ("rolling" and
    "rollers", "cutting" and "cut", "drying" and "dried")."""
    if share_stem({word}, {other}):
        return True

    def bare(w: str) -> str:
        w = strip_ending(w)
        w = w[:-1] if len(w) > 3 and w[-1] == w[-2] else w  # "cutt" of cutting
        return w[:-1] + "i" if w.endswith("y") else w  # "dry" of drying, "dri" of dried
    a, b = bare(word), bare(other)
    return min(len(a), len(b)) >= 3 and a == b


def _quoted(prompt: str) -> str:
    """What a whole-prompt choice quotes («…», “…”, "…"): its description, without the prompt's
    own frame ("According to the text, which stage ..."), whose words name no option."""
    found = re.findall(r"[“«\"]([^”»\"]+)[”»\"]", prompt)
    return " ".join(found) if found else prompt


def option_of_prompt_family(draft: Draft, lang: Language) -> list[str]:
    """A choice among names or terms (a single choice, a multiple select, a cloze's drop-down)
    whose right option alone shares a word's family with the words around the gap, or with the
    description a whole-prompt choice quotes: "the sheets are pressed flat between heavy
    ____" among Rollers, Vats and Combs, «se cortan las tiras a medida» among El corte, El
    teñido and El secado, "Which stage ... 'the sheets pass between heavy rollers'?" among
    Rolling, Dyeing and Carding. A blind reader picks the option the prompt's own words echo
    (a fresh blind reader, issue 10). A word every option shares ("River" of River Wey among
    rivers) points at none and is left; figures are left to their own checks."""
    item = draft.item
    if draft.kind != "question":
        return []
    stop = {fold(w) for w in lang.words.stop_words}
    asked: list[tuple[str, list[str], list[str]]] = [
        (" ".join(gap.sentence()), gap.options, gap.keys) for gap in gaps_of(draft) if gap.options and gap.keys
    ]
    prompt = str(item.get("prompt", ""))
    if item.get("type") in ("single_choice", "multiple_select") and GAP not in prompt and item.get("choices"):
        choices = item["choices"]
        asked.append((_quoted(prompt), [str(c["text"]) for c in choices], [str(c["text"]) for c in choices if c.get("correct")]))
    for text, options, keys in asked:
        if not keys or len(keys) == len(options) or any(re.search(r"\d", o) for o in options):
            continue
        words = {w for w in (fold(x) for x in re.findall(r"[^\W\d_]+", text)) if len(w) >= SHORT_STEM and w not in stop}

        def echoed(option: str, word: str) -> bool:
            return any(_family(fold(w), word) for w in re.findall(r"[^\W\d_]+", option) if len(w) >= SHORT_STEM and fold(w) not in stop)
        for word in sorted(words):
            echoing = [o for o in options if echoed(o, word)]
            if echoing and all(o in keys for o in echoing):
                return [f"held back: the prompt's word {word!r} is of the family of the right option {echoing[0]!r}, and of no wrong one: "
                        "a reader picks the option the prompt echoes, without the text"]
    return []


# Endings that make an adjective of a place's name ("Andean", "Peruvian", «andinos», «mexicana»).
ADJECTIVE_ENDINGS = {
    "en": ("ine", "ian", "ean", "an", "ese", "ish", "ic", "ical"),
    "es": ("ino", "ina", "inos", "inas", "ano", "ana", "anos", "anas", "eno", "ena", "enos", "enas", "ense", "enses", "es", "esa", "eses", "esas", "ico", "ica", "icos", "icas"),
}
NAME_WORD = re.compile(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,}")


def adjective_of_prompt_name(draft: Draft, lang: Language) -> list[str]:
    """A typed gap on the adjective of a name its own prompt writes ("across the high Andes …
    the remote ____ villages" → Andean, «los Andes … los pueblos ____» → andinos; an unseen
    pair's end review: "cross the Swiss Alps … the narrow ____ valleys" → Alpine): the name
    calls the adjective up. The name's stem (its last vowels and plural "s" left out: "Alp",
    "And", "Mexic") must open the key, and the key must end as an adjective does."""
    endings = ADJECTIVE_ENDINGS.get(lang.code, ())
    for gap in gaps_of(draft, typed=True):
        key = fold(str(gap.accept[0])).lower()
        if " " in key or not key.isalpha() or not key.endswith(endings):
            continue
        for name in NAME_WORD.findall(gap.before + " " + gap.after):
            stem = re.sub(r"[aeiou]*s?$", "", fold(name).lower()) or fold(name).lower()
            if len(stem) >= 3 and key != fold(name).lower() and key.startswith(stem) and len(key) - len(stem) <= 6:
                return [f"held back: the key {gap.accept[0]!r} is the adjective of the name {name!r} its prompt writes: the name leads a reader to it"]
    return []


# A word of a many-word name this often in general text (Zipf) is a class word ("River", «Río»,
# "Street", "Company"), which names no one thing: only rarer words of the key give it away.
KEY_WORD_ZIPF = 4.3
MIN_KEY_WORD = 3


def _class_word(word: str, key_words: Sequence[str], prompt: str, lang: Language) -> bool:
    """Whether ``word`` of a key is its class word, which another name of the prompt may share
    and which gives nothing: one of the language's place, organisation or title words ("River",
    «Río», "Railway"), or the key's head (its last word in English, its first in Spanish) when
    it is a common word and the prompt writes it in another name ("the Kinzua Viaduct and the
    ____" for Tunkhannock Viaduct; «el Embalse de Almendra y el ____» for Embalse de Ricobayo)."""
    if word in lang.place_words or word in lang.organisation_words or word in lang.titles:
        return True
    head = key_words[0] if lang.code == "es" else key_words[-1]
    if word != head or not lang.is_real_word(word):
        return False
    others = {w for w in key_words if w != word}
    link = r"(?:\s+(?:de|del|of|the|la|el))*\s+"
    beside = re.finditer(rf"([A-ZÁÉÍÓÚÑ][\w'’\-]*){link}{re.escape(word)}\b|\b{re.escape(word)}{link}([A-ZÁÉÍÓÚÑ][\w'’\-]*)", prompt)
    return any((m.group(1) or m.group(2)) not in others for m in beside)


def key_word_in_prompt(draft: Draft, lang: Language) -> list[str]:
    """A typed gap on a name of several words one of which the prompt writes outside the gap
    ("the Ortiz method, developed by the chemist ____" for Ortiz Delgado; «el método Ortiz ... el
    químico ____»; "Irene Cowie ... Her father, ____" for Donald Cowie): that word is an answer
    the reader copies, right or nearly so. A class word of the name ("the River Wey joins the
    ____" for River Tillingham) names nothing and is left (``_class_word``)."""
    connectors = {fold(w) for w in lang.name_connectors} | {"the", "and", "y", "el", "la", "los", "las"}
    for gap in gaps_of(draft, typed=True):
        words = [w.strip(".,;:()«»“”\"") for w in str(gap.accept[0]).split()]
        if len(words) < 2:
            continue
        prompt = gap.before + " " + GAP + " " + gap.after
        written = set(re.findall(r"[^\W\d_][\w'’\-]*", gap.before + " " + gap.after))
        for word in words:
            if (len(word) >= MIN_KEY_WORD and word[:1].isupper() and fold(word) not in connectors and word in written
                    and lang.familiarity(word) < KEY_WORD_ZIPF and not _class_word(word, words, prompt, lang)):
                return [f"held back: the prompt writes {word!r}, a word of the key {' '.join(words)!r}, outside the gap: a reader copies it"]
    return []


def country_by_adjective(draft: Draft, lang: Language) -> list[str]:
    """A typed gap on a country whose nationality adjective the prompt writes ("the Swiss
    subsidiary registered in ____" for Switzerland, «su filial neerlandesa, con sede en ____» for
    Países Bajos or Holanda): the adjective names the country. Another country's adjective
    ("its French partner ... in ____" for Germany) leaves the gap open."""
    for gap in gaps_of(draft, typed=True):
        key = str(gap.accept[0])
        for word in dict.fromkeys(re.findall(r"[^\W\d_]{3,}", gap.before + " " + gap.after)):
            if adjective_names_country(word, key, lang.code):
                return [f"held back: the prompt's {word!r} is the nationality of the key {key!r}: it names the country"]
    return []


# A demonym's endings beyond ADJECTIVE_ENDINGS' ("santiagueño", «madrileña», "Bostonian"), and
# the frequency (Zipf) above which a word that opens like a place is a word of its own
# («castellano» 4.5 beside Castellón), not the place's demonym («santiagueño» 2.5, «cordobeses»
# 3.1, «madrileño» 3.6, "Texans" 3.5).
DEMONYM_ENDINGS = {"en": ("ian", "ians", "an", "ans", "er", "ers", "ite", "ites"), "es": ("eno", "ena", "enos", "enas", "ense", "enses", "es", "esa", "eses", "esas")}
DEMONYM_WORD_ZIPF = 4.2
DEMONYM_STEM = 3  # letters of the place's stem at least ("Lim" of Lima: «limeño»)


def _place_stem(word: str) -> str:
    """A place name's stem as its demonym opens with it: its last vowels and plural "s" left
    out ("Santiago" → "santiag", "Texas" → "tex", "Córdoba" → "cordob")."""
    folded = fold(word).lower()
    return re.sub(r"[aeiou]*s?$", "", folded) or folded


def demonym_of_key(draft: Draft, lang: Language) -> list[str]:
    """A gap on a place (a region or a city, not only a country: country_by_adjective) whose
    demonym the prompt writes («un ingeniero santiagueño ... ____» for Santiago del Estero, "a
    Bostonian architect ... ____" for Boston): the demonym names the place. The place's stem
    must open the prompt's word, which ends as a demonym does and is no common word of its own
    («castellano» is no demonym of Castellón)."""
    endings = tuple(dict.fromkeys(ADJECTIVE_ENDINGS.get(lang.code, ()) + DEMONYM_ENDINGS.get(lang.code, ())))
    connectors = {fold(w) for w in lang.name_connectors} | {fold(w) for w in lang.determiners}
    for gap in gaps_of(draft):
        key = next((str(k).strip() for k in gap.keys), "")
        names = [w for w in re.findall(r"[^\W\d_]{4,}", key) if w[:1].isupper() and fold(w) not in connectors
                 and w not in lang.place_words and w not in lang.organisation_words and w not in lang.titles]
        if not names:
            continue
        key_words = {fold(w).lower() for w in re.findall(r"[^\W\d_]+", key)}
        for word in dict.fromkeys(re.findall(r"[^\W\d_]{4,}", gap.before + " " + gap.after)):
            folded = fold(word).lower()
            if folded in key_words or not folded.endswith(endings) or lang.familiarity(word.lower()) >= DEMONYM_WORD_ZIPF:
                continue
            for name in names:
                stem = _place_stem(name)
                # A final consonant may give way to the demonym's ending: "Madrid" → «madrileño».
                stems = [stem] + ([stem[:-1]] if len(stem) > DEMONYM_STEM + 1 and stem[-1] not in "aeiou" else [])
                if any(len(s) >= DEMONYM_STEM and folded.startswith(s) and 0 < len(folded) - len(s) <= 6 for s in stems):
                    return [f"held back: the prompt's {word!r} is the demonym of {name!r}, a word of the key {key!r}: it names the place"]
    return []


def named_family(draft: Draft, lang: Language) -> list[str]:
    """A gap on a name whose family, dynasty, era or movement the prompt writes, or on that
    word when the prompt writes the name (brief fame): "The Ptolemaic dynasty, founded by
    ____" (Ptolemy I), «La dinastía ptolemaica, fundada por ____» (Ptolomeo I), "The ____ ruled
    Egypt after Ptolemy I founded the dynasty" (Ptolemies), «la dinastía ____, fundada por los
    Borbones» (borbónica), "the ____, named after Margaret Thatcher" (Thatcherism). The word is
    made from the name (word_families.made_from_name, Language.name_derivations), so one gives
    the other away. Held in every form."""
    endings = lang.name_derivations
    if not endings:
        return []
    stop = {fold(w).lower() for w in lang.words.stop_words} | {fold(w).lower() for w in lang.determiners}
    # A name's plural is its family only after an article ("the Ptolemies", «los Borbones»):
    # "William Harper and Jane ____" keyed Williams is another person.
    plural = tuple(e for e in endings if e in PLURAL_ENDINGS)
    derived = tuple(e for e in endings if e not in PLURAL_ENDINGS)
    article = re.compile(rf"\b(?:{'|'.join(re.escape(d) for d in sorted(lang.determiners, key=len, reverse=True))})\s+$", re.IGNORECASE) if lang.determiners else None

    def family(name: str, word: str, before: str) -> bool:
        from quizapp.derive.given_names import given_name

        # A given name made from another is another person («Paula ... ____»: Paulina), and a given
        # name's plural another family's surname ("William ... the Williams family").
        if given_name(word):
            return False
        return made_from_name(name, word, derived) or (article is not None and bool(article.search(before)) and not given_name(name) and made_from_name(name, word, plural))

    for gap in gaps_of(draft) + who_gaps(draft, lang):
        key = next((str(k).strip() for k in gap.keys), "")
        if not key or re.search(r"\d", key):
            continue
        text = gap.before + " " + GAP + " " + gap.after
        key_words = [w for w in re.findall(r"[^\W\d_]{5,}", key) if fold(w).lower() not in stop]
        prompt_words = {m.group(0): text[: m.start()] for m in re.finditer(r"[^\W\d_]{5,}", text) if fold(m.group(0)).lower() not in stop}
        for word in key_words:
            for other, ahead in prompt_words.items():
                if other[:1].isupper() and family(other, word, gap.before):
                    return [f"held back: the key's {word!r} is made from the name {other!r} its prompt writes: the name gives it away"]
                if word[:1].isupper() and family(word, other, ahead):
                    return [f"held back: the prompt's {other!r} is made from the key's name {word!r}: it gives the name away"]
    return []


PLURAL_ENDINGS = frozenset(("s", "es", "ies"))


def name_cut_at_and(draft: Draft) -> list[str]:
    """A typed gap on part of a name joined by "and" ("the ____ and Naval Architects" for the
    Institute of Marine Engineering and Naval Architects; "State Highway and ____"): the key is
    half a name, and the other half shows what it is."""
    for gap in gaps_of(draft, typed=True):
        key = str(gap.accept[0]).split()
        if len(key) < 2 or not all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in key):
            continue
        if AND_AFTER.match(gap.after) or AND_BEFORE.search(gap.before):
            return [f"held back: the key {' '.join(key)!r} is half of a name joined by 'and': the other half, in the prompt, shows what it is"]
    return []


# Two names joined by "and" after a plural noun that each of them is ("the houses of ____" keyed
# "Clément and Depaz", «las casas de ____» keyed «Arregui y Lizarraga»): the key is two answers.
TWO_NAMES_KEY = re.compile(rf"^{CAPITALISED}(?:\s+{CAPITALISED})?\s+(?:and|y|e|&)\s+{CAPITALISED}(?:\s+{CAPITALISED})?$")
PLURAL_BEFORE_GAP = re.compile(r"(?:^|\s)(?:the|los|las|unos|unas|both|ambos|ambas|two|dos)\s+(?:[^\W\d_]+\s+)?[^\W\d_]{3,}s\s+(?:(?:of|de)\s+(?:the\s+|los\s+|las\s+)?)?$", re.IGNORECASE)


# An enumeration's next entry after the gap ("Neisson in ____ in Saint-Pierre"): the key's second
# name belongs to the place that follows, the first to the entry before (integrator, session 16).
ENTRY_PLACE_AFTER_GAP = re.compile(r"^\s+(?:en|in|at|de|del|from)\s+[A-ZÁÉÍÓÚÑ]")


def two_names_key(draft: Draft) -> list[str]:
    """A typed gap whose key is two names joined by "and" after the plural noun they are ("the
    houses of ____" keyed "Clément and Depaz"): the gap asks two things, and a learner who
    recalls one is marked wrong (brief tfunits)."""
    for gap in gaps_of(draft, typed=True):
        key = str(gap.accept[0])
        if TWO_NAMES_KEY.match(key) and (PLURAL_BEFORE_GAP.search(gap.before) or ENTRY_PLACE_AFTER_GAP.match(gap.after)):
            return [f"held back: the key {key!r} is two names joined by 'and' after the plural noun they are: the gap asks two answers"]
    return []


# A capitalised word right before the gap, after one space, that is not the sentence's first
# word (a word or a comma stands before it): "la bahía de Ha ____", "desde Le ____".
NAME_BEFORE_GAP = re.compile(rf"(?:[\w,])\s+({CAPITALISED})\s$")
NAME_AFTER_GAP = re.compile(rf"^\s({CAPITALISED})")


LEADING_CAPITALISED = re.compile(rf"^(?:\s{CAPITALISED})+")
TRAILING_CAPITALISED = re.compile(rf"(?:{CAPITALISED}\s)+$")


def _office_and_holder_apart(key: str, before: str, after: str, lang: Language) -> bool:
    """Whether the gap parts an office's portfolio from its holder's name, which are two things
    («El exministro de Finanzas ____» → Jorge Gallardo, «la ministra de ____ Marta Ocampo» →
    Defensa): the capitalised words around the gap read as a portfolio and a name there."""
    trailing = TRAILING_CAPITALISED.search(before)
    leading = LEADING_CAPITALISED.match(after)
    before_words = trailing.group().split() if trailing else []
    words = [*before_words, *key.split(), *(leading.group().split() if leading else [])]
    holder = office_holder_start(words, before[: trailing.start()] if trailing else before, lang)
    return bool(holder) and holder in (len(before_words), len(before_words) + len(key.split()))


def name_part_gap(draft: Draft, lang: Language) -> list[str]:
    """A gap on part of a multi-word proper name: a capitalised key joined by one space to a
    capitalised word of its sentence ("la bahía de Ha ____" → Long, "the islets of ____ Bay"):
    the rest of the name stands in the prompt and calls the key up, and the key is no whole
    thing. A title before the gap ("President ____") and a sentence's first word ("En ____")
    are no part of a name."""
    titles = {fold(t) for t in lang.titles}
    for gap in gaps_of(draft):
        key = next((k for k in gap.keys if k[:1].isupper()), None)
        if key is None:
            continue
        before = gap.sentence(whole_quote=True)[0]
        if _office_and_holder_apart(key, before, gap.after, lang):
            continue
        found = NAME_BEFORE_GAP.search(before)
        if found and fold(found.group(1)) not in titles and not found.group(1).endswith(("'s", "’s")):
            return [f"held back: the key {key!r} is part of a name whose other word {found.group(1)!r} stands before the gap: a gap takes the whole name or none of it"]
        found = NAME_AFTER_GAP.match(gap.after)
        if found:
            return [f"held back: the key {key!r} is part of a name whose other word {found.group(1)!r} follows the gap: a gap takes the whole name or none of it"]
        if why := _linked_name_part(key, before, gap.after, lang):
            return [why]
    return []


# "and"/«y» between two capitalised words inside one name ("Office of Roads and Bridges",
# «Instituto de Geología y Minería»), and a name's inner lower-case linking words.
NAME_AND = r"(?:and|y|e|&)"
LINKED_AFTER_GAP = re.compile(rf"^\s{NAME_AND}\s({CAPITALISED})")
LINKED_BEFORE_GAP = re.compile(rf"({CAPITALISED}(?:\s(?:[a-zà-ü]{{1,4}}\s)?{CAPITALISED})*)\s{NAME_AND}\s$")


def _linked_name_part(key: str, before: str, after: str, lang: Language) -> str | None:
    """Why a gap takes part of a name joined by "and"/«y» (kinds16a: «el ____ y Arquitectura de
    Lisboa» for «Gabinete Portugués de Ingeniería y Arquitectura»), or None: the key, or the
    capitalised run before the gap, is a name with a lower-case linking word inside ("of",
    «de») and the gap stands on one side of its "and"/«y» with a capitalised word on the other.
    Two names joined ("at Kellow and Brack") have no linking word and keep their gaps."""
    linking = {fold(w) for w in lang.name_connectors} | {"de", "del", "of", "for"}

    def linked(name: str) -> bool:
        words = name.split()
        return len(words) >= 3 and any(fold(w) in linking and w.islower() for w in words[1:-1])

    if (found := LINKED_AFTER_GAP.match(after)) and linked(key):
        return f"held back: the key {key!r} is part of a name that goes on after the gap ('… {found.group(1)}'): a gap takes the whole name or none of it"
    if (found := LINKED_BEFORE_GAP.search(before)) and linked(found.group(1)):
        return f"held back: the key {key!r} is part of the name that opens before the gap ({found.group(1)!r} …): a gap takes the whole name or none of it"
    return None


# Small words an abbreviation may leave out ("Organización del Tratado del Atlántico Norte":
# OTAN; "Food and Agriculture Organization": FAO).
ABBREVIATION_SMALL_WORDS = frozenset(("de", "del", "la", "las", "el", "los", "y", "e", "para", "en", "of", "the", "and", "for", "on", "in", "a", "an", "to"))
MAX_SPELLED_WORDS = 9
SKIP_FROM_LETTERS = 4
ABBREVIATION = re.compile(r"[A-Za-zÁÉÍÓÚÑáéíóúñ]{2,8}")


def abbreviates(letters: str, words: Sequence[str]) -> bool:
    """Whether ``letters`` abbreviate ``words`` in order: each content word gives its first
    letter (and may give more from inside it: "adenosine diphosphate": ADP), a small word its
    first letter or nothing ("Organización Marítima Internacional": OMI)."""
    letters = fold(letters)
    folded = [fold(w) for w in words]
    # A long abbreviation may leave out one content word of a long name (CEPPM: "Centro Europeo
    # de Previsiones Meteorológicas a Plazo Medio"), but not its first.
    skips = 1 if len(letters) >= SKIP_FROM_LETTERS else 0

    def match(i: int, j: int, skipped: int) -> bool:
        if j == len(folded):
            return i == len(letters)
        word = folded[j]
        small = word in ABBREVIATION_SMALL_WORDS
        if (small or (skipped < skips and j > 0 and i > 0)) and match(i, j + 1, skipped + (not small)):
            return True
        if i >= len(letters) or letters[i] != word[:1]:
            return False
        # The word's initial, then any of its later letters in order, then the next word.
        k, at = i + 1, 1
        if match(k, j + 1, skipped):
            return True
        while k < len(letters):
            at = word.find(letters[k], at)
            if at < 0:
                return False
            k, at = k + 1, at + 1
            if match(k, j + 1, skipped):
                return True
        return False

    return bool(letters) and bool(folded) and match(0, 0, 0)


# What sets an abbreviation beside its words: brackets, or an apposition ("Crofters' Federation,
# the ____", «Unión de Cooperativas o ____», «conocido como ____», "known as ____", "or simply").
_APPOSITION_ARTICLE = r"(?:(?:the|la|el|los|las)\s+)?"
_APPOSITION_LINK = rf"(?:,\s*{_APPOSITION_ARTICLE}|\s(?:o|u|or)\s+(?:simply\s+|simplemente\s+)?{_APPOSITION_ARTICLE}|,?\s(?:known\s+as|also\s+called|conocid[oa]s?\s+como|llamad[oa]s?)\s+{_APPOSITION_ARTICLE})"
SPELLED_BEFORE = re.compile(rf"(?:\(\s*|{_APPOSITION_LINK})$", re.IGNORECASE)
SPELLED_AFTER = re.compile(rf"^(?:\s*\(\s*|{_APPOSITION_LINK})", re.IGNORECASE)
NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def _spells(key: str, words: list[str], first: bool) -> bool:
    """Whether ``key`` and the run of ``words`` next to it (their last words, or with ``first``
    their first) are an abbreviation and its words, either way round."""
    if ABBREVIATION.fullmatch(key) and sum(c.isupper() for c in key) >= 2:
        spelled = [words[:n] if first else words[-n:] for n in range(2, min(MAX_SPELLED_WORDS, len(words)) + 1)]
        return any(abbreviates(key, w) for w in spelled)
    letters = (words[:1] if first else words[-1:])
    return (
        " " in key and bool(letters) and bool(ABBREVIATION.fullmatch(letters[0])) and sum(c.isupper() for c in letters[0]) >= 2
        and abbreviates(letters[0], NAME_WORD.findall(key))
    )


def spelled_abbreviation(draft: Draft) -> list[str]:
    """A gap right beside the words it abbreviates, in brackets or in apposition ("adenosine
    diphosphate (____)": ADP; «la Organización Marítima Internacional (____)»: OMI; «la
    Confederación de Nacionalidades Indígenas del Ecuador, la ____»: CONAIE; "the ____, the Rural
    Water Agency"), or beside the abbreviation whose words it holds ("ADP (____)": adenosine
    diphosphate): the reader spells it out (kinds12, kinds15)."""
    if draft.kind != "question":
        return []
    for gap in gaps_of(draft):
        before, after, keys = gap.before, gap.after, gap.keys
        link_before = SPELLED_BEFORE.search(before)
        link_after = SPELLED_AFTER.match(after)
        bracketed = bool(re.search(r"\(\s*$", before)) and bool(re.match(r"\s*\)", after))
        for key in (k.strip() for k in keys):
            if bracketed and _spells(key, NAME_WORD.findall(before[: link_before.start()] if link_before else before), first=False):
                if ABBREVIATION.fullmatch(key):
                    return [f"held back: the gap in brackets holds the abbreviation ({key!r}) of the words right before it: the reader spells it out"]
                return [f"held back: the gap in brackets holds the words ({key!r}) of the abbreviation right before it"]
            if link_before and not before.endswith("(") and _spells(key, NAME_WORD.findall(before[: link_before.start()]), first=False):
                return [f"held back: the gap beside the words of {key!r} (or its letters) gives them: the reader spells the abbreviation out or in"]
            if link_after and not bracketed and not after.lstrip().startswith(")") and _spells(key, NAME_WORD.findall(after[link_after.end():]), first=True):
                return [f"held back: the gap beside the words of {key!r} (or its letters) gives them: the reader spells the abbreviation out or in"]
    return []


# Ordinal words (folded, masculine) and the anniversary nouns that count years themselves.
ORDINAL_WORDS = {
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
           "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
           "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
           "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100},
    "es": {"primero": 1, "primer": 1, "segundo": 2, "tercero": 3, "tercer": 3, "cuarto": 4, "quinto": 5, "sexto": 6,
           "septimo": 7, "octavo": 8, "noveno": 9, "decimo": 10, "undecimo": 11, "duodecimo": 12, "vigesimo": 20,
           "trigesimo": 30, "cuadragesimo": 40, "quincuagesimo": 50, "sexagesimo": 60, "septuagesimo": 70,
           "octogesimo": 80, "nonagesimo": 90, "centesimo": 100},
}
TENS = {"en": {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}}
ANNIVERSARY_NOUNS = {
    "en": {"centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200, "tercentenary": 300,
           "sesquicentennial": 150, "semicentennial": 50},
    "es": {"centenario": 100, "bicentenario": 200, "tricentenario": 300, "cincuentenario": 50, "sesquicentenario": 150},
}
ANNIVERSARY = {"en": r"anniversary", "es": r"aniversario"}
# A person's age in a prompt: "at the age of 80", "aged 80", "an 80-year-old", "a los 80 años".
AGES = {
    "en": (r"(?:at\s+the\s+age\s+of|aged|at\s+age)\s+(?P<n>[\w-]+)", r"(?P<n>\w+)[-\s]years?[-\s]old"),
    "es": (r"(?:a|con)\s+(?:los|sus)\s+(?P<n>\w+)\s+a[ñn]os", r"a\s+la\s+edad\s+de\s+(?P<n>\w+)",
           r"(?:cumpli[oó]|cumpl[ií]a|cumplir)\s+(?P<n>\w+)\s+a[ñn]os", r"(?P<n>\w+)\s+a[ñn]os\s+de\s+edad"),
}
YEAR = re.compile(r"(?<![\d.,])(1[0-9]{3}|20[0-9]{2})(?![\d.,]\d)")


def ordinal_value(phrase: str, lang: Language) -> int | None:
    """The count an ordinal writes: "50th", "fiftieth", "twenty-fifth", "15.º",
    "decimoquinto", "vigésimo quinto", "XV"; None if it is none."""
    code = _code(lang)
    text = fold(phrase).strip()
    if m := re.fullmatch(r"(\d{1,3})\s*(?:st|nd|rd|th|\.?\s*[ºª°o]|\.?\s*er)?", text):
        return int(m.group(1))
    if re.fullmatch(r"[ivxlc]+", text):
        value, last = 0, 0
        for c in reversed(text):
            v = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}[c]
            value, last = (value - v if v < last else value + v), max(last, v)
        return value
    words = ORDINAL_WORDS[code]
    total = 0
    for part in re.split(r"[\s-]+", text):
        part = re.sub(r"(?:a|os|as)$", "o", part) if code == "es" and part not in words else part
        if part.startswith("decimo") and part != "decimo" and part[6:] in words:
            total += 10 + words[part[6:]]  # "decimoquinto"
        elif part.startswith("vigesimo") and part != "vigesimo" and part[8:] in words:
            total += 20 + words[part[8:]]
        elif part in words:
            total += words[part]
        elif part in TENS.get(code, {}):
            total += TENS[code][part]
        else:
            return None
    return total or None


def counted_years(text: str, lang: Language) -> list[int]:
    """The years a prompt counts with an anniversary or a person's age ("its 50th
    anniversary": 50; «el decimoquinto aniversario»: 15; "el centenario": 100; "a los 80
    años": 80)."""
    code = _code(lang)
    found: list[int] = []
    folded = fold(text)
    noun = ANNIVERSARY[code]
    for m in re.finditer(rf"((?:[\w.ºª°]+[\s-]+){{1,2}}){noun}\b", folded):
        words = m.group(1).split()
        # "its 50th", "the twenty-fifth", "el decimoquinto", "el vigésimo quinto": the last words
        for n in (2, 1):
            if len(words) >= n and (value := ordinal_value(" ".join(words[-n:]), lang)) is not None:
                found.append(value)
                break
    if code == "es":
        for m in re.finditer(rf"\b{noun}\s+(?:numero\s+)?(\w+)", folded):  # "el aniversario 15"
            if (value := ordinal_value(m.group(1), lang)) is not None:
                found.append(value)
    found.extend(v for w, v in ANNIVERSARY_NOUNS[code].items() if re.search(rf"\b{w}\b", folded))
    for pattern in AGES[code]:
        for m in re.finditer(pattern, folded):
            age = m.group("n")
            if age.isdigit():
                found.append(int(age))
            elif values := numbers_in_words(age.replace("-", " "), lang, spans=False):
                found.append(int(sum(values)))
    return [n for n in found if 0 < n <= 300]


LEAD_PARAGRAPHS = 2  # content paragraphs that open a story and date it ("In 2002 the tanker ...")


def lead_years(paragraphs: Sequence[tuple[str, bool]]) -> list[int]:
    """The years of the document's headline: in a heading or one of its first LEAD_PARAGRAPHS
    content paragraphs (``paragraphs``: each text and whether it is a heading)."""
    content = [text for text, heading in paragraphs if not heading and text.strip()][:LEAD_PARAGRAPHS]
    headings = [text for text, heading in paragraphs if heading]
    return sorted({int(y) for text in content + headings for y in YEAR.findall(text)})


def anniversary_year(draft: Draft, lang: Language, headline_years: Sequence[int] = ()) -> list[str]:
    """A year the prompt computes from another year it writes, or the document's headline
    year (``headline_years``, kinds13), and an anniversary or an age («en el decimoquinto
    aniversario del naufragio de 2002, en ____»: 2017; «En noviembre de ____, coincidiendo con
    el decimoquinto aniversario» in a story of 2002; "on its 50th anniversary"; "nacido en 1931,
    ... a los 80 años, en ____"): arithmetic, not recall (kinds12)."""
    if draft.kind != "question":
        return []
    for gap in gaps_of(draft):
        years = [int(y) for y in YEAR.findall(gap.before + " " + gap.after)] + list(headline_years)
        counts = counted_years(gap.before + " " + GAP + " " + gap.after, lang)
        if not years or not counts:
            continue
        for key in gap.keys:
            m = YEAR.search(str(key).replace(".0", ""))
            if m is None:
                continue
            k = int(m.group(1))
            if any(abs(k - y) == n for y in years for n in counts):
                return [f"held back: the prompt computes the year {k} from another year it writes and an anniversary or an age"]
    return []


# Two years joined as a pair or a span: "the winters of 1739 and ____", «la sequía de ____ y
# 1912», «entre ____ y 1931», "from 1813 to ____", "1813/____" (a dash: computed_figure).
_YEAR_JOIN = r"(?:y|e|and|or|o|to|a|al|until|hasta|through|/)"
YEAR_JOINED_BEFORE = re.compile(rf"(?<![\d.,])(1[0-9]{{3}}|20[0-9]{{2}})\s*{_YEAR_JOIN}\s*(?:(?:el|del)\s+)?$", re.IGNORECASE)
YEAR_JOINED_AFTER = re.compile(rf"^\s*{_YEAR_JOIN}\s*(?:(?:el|del)\s+)?(1[0-9]{{3}}|20[0-9]{{2}})(?![\d.,]\d)", re.IGNORECASE)


def consecutive_year(draft: Draft) -> list[str]:
    """A year paired with the year right before or after it («El Niño de ____ y 1998» → 1997,
    "the winters of 1739 and ____" → 1740, «entre ____ y 1931» → 1930): the pair's other year
    gives it, whatever the reader knows (kinds15)."""
    if draft.kind != "question":
        return []
    item = draft.item
    for gap in gaps_of(draft):
        before, after, keys = gap.before, gap.after, gap.keys
        if item.get("type") == "numeric":
            keys = [str(item.get("answer", ""))]
        joined = [int(m.group(1)) for m in (YEAR_JOINED_BEFORE.search(before), YEAR_JOINED_AFTER.match(after)) if m]
        for key in keys:
            m = YEAR.fullmatch(str(key).strip().removesuffix(".0"))
            if m and any(abs(int(m.group(1)) - y) == 1 for y in joined):
                return [f"held back: the gap is a year paired with the year next to it ({joined[0]}): the pair gives it away"]
    return []


def _year_keys(draft: Draft) -> Iterator[tuple[Gap, str]]:
    """Each gap of a question with each of its keys that is a year (a numeric item's answer,
    else the gap's accepted forms), as the key is written."""
    if draft.kind != "question":
        return
    item = draft.item
    for gap in gaps_of(draft):
        keys = [str(item.get("answer", ""))] if item.get("type") == "numeric" else gap.keys
        for key in keys:
            key = str(key).strip().removesuffix(".0")
            if YEAR.fullmatch(key):
                yield gap, key


def bracketed_year(draft: Draft) -> list[str]:
    """A year between two years of its prompt one apart from it on each side («del 91 % en 2000,
    bajó al 22 % en ____ y a cifras de un dígito desde 2002» → 2001, "in 1917, ____ and 1919"):
    the only year between them, whatever the reader knows (integrator22, a fresh review)."""
    for gap, key in _year_keys(draft):
        before = [int(m.group(1)) for m in YEAR.finditer(gap.before)]
        after = [int(m.group(1)) for m in YEAR.finditer(gap.after)]
        if before and after and before[-1] + 1 == int(key) == after[0] - 1:
            return [f"held back: the gap is the only year between {before[-1]} and {after[0]}, which its prompt names on each side"]
    return []


MONTH_SPAN = 6  # months from a dated month within which the nearest year is the reader's guess


@lru_cache(maxsize=8)
def _month_year_pattern(months: tuple[str, ...]) -> re.Pattern[str]:
    """A month's name (no abbreviation), an optional day, then a year; compiled once per language."""
    names = "|".join(sorted((re.escape(m) for m in months if len(m) > 3), key=len, reverse=True))
    return re.compile(
        rf"\b(?P<month>{names})\.?(?:\s+\d{{1,2}})?,?\s+(?:(?:de|of)\s+(?:(?:el|del)\s+)?)?(?P<year>1\d{{3}}|20\d{{2}})(?![\d.,]\d)", re.IGNORECASE
    )


def _month_years(text: str, lang: Language) -> list[tuple[int, int, int]]:
    """Every month written with its year ("November 2020", «noviembre de 2020», "3 May 1931"):
    (start of the year, year, month)."""
    found = []
    for m in _month_year_pattern(tuple(lang.months)).finditer(text):
        found.append((m.start("year"), int(m.group("year")), lang.months[fold(m.group("month"))]))
    return found


def settled_month_year(draft: Draft, lang: Language) -> list[str]:
    """The year of a month a few months from a month and year of the same prompt ("approved in
    November 2020, ... from February ____" → 2021, «en marzo de 2019 ... y en mayo de ____» →
    2019): it is that year or one next to it, and the one that puts the two months nearest is
    the key, whatever the reader knows (integrator22, a fresh review; settled_day_year for days)."""
    for gap, key in _year_keys(draft):
        dated = _month_years(gap.before + key + gap.after, lang)
        asked = [d for d in dated if d[0] == len(gap.before)]
        if not asked:
            continue
        _, year, month = asked[0]
        for start, other_year, other_month in dated:
            if start == len(gap.before):
                continue
            spans = {y: abs((y * 12 + month) - (other_year * 12 + other_month)) for y in range(other_year - 1, other_year + 2)}
            nearest = min(spans, key=lambda y: spans[y])
            if nearest == year and spans[nearest] <= MONTH_SPAN:
                return [f"held back: the gap is the year of a month {spans[nearest]} months from a dated month of the prompt ({other_month}/{other_year}): that date gives it away"]
    return []


# A season or a one-year span written as two years joined by a slash or a dash, the second
# often in two digits: "the 2019/20 harvest", «la campaña 2021/22», "the 2008–09 season".
SEASON_FIRST = re.compile(rf"(?<![\d.,])(1\d{{3}}|20\d{{2}})\s?[/{DASHES}]\s?$")
SEASON_SECOND = re.compile(rf"^\s?[/{DASHES}]\s?(\d{{2}}|1\d{{3}}|20\d{{2}})(?![\d.,]?\d)")


def _next_year(first: int, second: str) -> bool:
    """Whether ``second`` (two or four digits) is the year after ``first``: "2019" and "20"."""
    return int(second) == (first + 1 if len(second) == 4 else (first + 1) % 100)


def season_half(draft: Draft) -> list[str]:
    """A gap on one half of a season or a one-year span ("the 2019/____ harvest", «desde la
    temporada 1994/____», "the 2008–____ season", "the ____/12 season"): the other half is the
    year next to it, so the gap's shape gives it, in any type. Such a figure is asked whole
    ("2019/20") or not at all (prompts2)."""
    for gap in gaps_of(draft):
        first, second = SEASON_FIRST.search(gap.before), SEASON_SECOND.match(gap.after)
        for key in gap.keys:
            k = str(key).strip().removesuffix(".0")
            if not re.fullmatch(r"\d{2}|\d{4}", k):
                continue
            if (first and _next_year(int(first.group(1)), k)) or (second and len(k) == 4 and _next_year(int(k), second.group(1))):
                half = f"{first.group(1)}/____" if first else f"____/{second.group(1) if second else ''}"
                return [f"held back: the gap is half of a season or a one-year span ({half}): the other half is the year next to it"]
    return []


# Digits before a suffix that belongs to them: "the ____s" (a decade), "the ____th century".
NUMBER_SUFFIX = re.compile(r"^(?:['’]?s|st|nd|rd|th|º|ª|°|er|o|a)(?![^\W\d_])")


def _glued(key_edge: str, neighbour: str, beyond: str, key_is_figure: bool, after: bool) -> bool:
    """Whether the gap's neighbouring character ``neighbour`` is glued to the key's edge
    character ``key_edge`` as one token: a letter or a digit (a word cut in half, "semi____"),
    a currency symbol beside the key's letters ("____₵51,660" for GH₵, "____$40" for US$), or a
    slash beside letters or digits ("____/ 300" for S/, "IIb/____")."""
    if not key_edge or not neighbour:
        return False
    if neighbour.isalnum():
        # A figure's own suffix or unit after it ("____s", "____th", "____km") is no cut: the figure is whole.
        return not (after and key_is_figure and (NUMBER_SUFFIX.match(neighbour + beyond) or neighbour.isalpha()))
    if unicodedata.category(neighbour) == "Sc":
        return key_edge.isalpha()
    if neighbour == "/":
        return key_edge.isalnum() and (after or beyond[-1:].isalnum())
    return False


def split_token(draft: Draft) -> list[str]:
    """A gap that cuts a token in half: a currency symbol from its letters ("GH₵51,660" asked as
    "____₵51,660" with the key "GH", "R$ 12", "US$40", "S/ 300"), a word from the letters glued
    to it ("semi____"). The rest of the token shows what fills it, and the key is no answer of
    its own. A figure after its symbol ("US$____") or before its suffix ("the ____s") is whole."""
    for gap in gaps_of(draft):
        key = next((str(k).strip() for k in gap.keys if str(k).strip()), "")
        if not key:
            continue
        figure = re.fullmatch(r"\d[\d.,]*", key) is not None
        before, after = gap.before, gap.after
        if _glued(key[-1], after[:1], after[1:3], figure, True) or _glued(key[0], before[-1:], before[-2:-1], figure, False):
            token = (re.search(r"\S*$", before).group(0) if before else "") + GAP + (re.match(r"\S*", after).group(0) if after else "")  # type: ignore[union-attr]
            return [f"held back: the gap cuts a token in half ({token.strip('“”«»')!r}): the rest of it shows what fills the gap"]
    return []


# A span of years counted from another year of the prompt ("a year later", "three years
# after", «dos años después», «una década antes», "the year after", «al año siguiente»):
# the number (or article), the unit, and its direction.
_SPAN_COUNT = r"(?P<count>\d{1,3}|[^\W\d_]+)"
YEAR_SPAN = {
    "en": re.compile(rf"\b{_SPAN_COUNT}\s+(?P<unit>years?|decades?|centur(?:y|ies))\s+(?P<dir>later|after(?:wards)?|on|before|earlier)\b"
                     r"|\bthe\s+(?P<dir1>following|next|previous|preceding)\s+year\b|\bthe\s+year\s+(?P<dir2>after|before)\b", re.IGNORECASE),
    "es": re.compile(rf"\b{_SPAN_COUNT}\s+(?P<unit>años?|d[eé]cadas?|siglos?)\s+(?P<dir>despu[eé]s|m[aá]s\s+tarde|antes)\b"
                     r"|\b(?:al|el)\s+a[ñn]o\s+(?P<dir1>siguiente|anterior)\b", re.IGNORECASE),
}
SPAN_UNITS = {"year": 1, "years": 1, "decade": 10, "decades": 10, "century": 100, "centuries": 100,
              "ano": 1, "anos": 1, "decada": 10, "decadas": 10, "siglo": 100, "siglos": 100}


def span_from_year(draft: Draft, lang: Language) -> list[str]:
    """A year a stated span away from another year of the prompt ("closed in 1931, and a year
    later, in ____" → 1932, «en 1931 y, dos años después, en ____» → 1933, "in ____, the year
    after the flood of 1931"): the prompt computes it (kinds16b). Either direction is tried,
    as the reader tries it: the prompt does not say which year the span counts from."""
    if draft.kind != "question":
        return []
    item = draft.item
    code = _code(lang)
    words = NUMBER_WORDS[code]
    for gap in gaps_of(draft):
        keys = [str(item.get("answer", ""))] if item.get("type") == "numeric" else gap.keys
        text = f"{gap.before} {GAP} {gap.after}"
        years = [int(y) for y in YEAR.findall(text)]
        if not years:
            continue
        spans = []
        for m in YEAR_SPAN[code].finditer(text):
            if m.groupdict().get("dir1") or m.groupdict().get("dir2"):
                spans.append(1)
                continue
            count = m.group("count")
            value = float(count) if count.isdigit() else words.get(fold(count), 1 if fold(count) in ("a", "an", "the") else None)
            unit = SPAN_UNITS.get(fold(m.group("unit")))
            if value is not None and unit:
                spans.append(int(value * unit))
        for key in keys:
            key = str(key).strip().removesuffix(".0")
            if not YEAR.fullmatch(key):
                continue
            if any(abs(int(key) - year) == span for year in years for span in spans if year != int(key)):
                return [f"held back: the gap is a year a stated span ({', '.join(map(str, spans))} years) from another year of the prompt: the prompt computes it"]
    return []


# Days at most between a gapped date and a full date of the same prompt for the nearer year to
# settle the gap's: "on 3 May ____, two weeks after 20 April 1931", «el 31 de diciembre de
# ____ … y el 7 de enero de 1897». Farther apart ("born on 3 May 1890 … died on 4 June ____"),
# a reader has no reason to take the nearer year.
SETTLED_DAY_SPAN = 62


def _dates(text: str, lang: Language) -> list[tuple[int, int, int, int, int]]:
    """Every full date of ``text`` with its year: (start of the year, end of the year, year, month, day)."""
    found = []
    for m in lang.full_date.finditer(text):
        groups = m.groupdict()
        year_group = "year" if groups.get("year") else "year2" if groups.get("year2") else None
        month = groups.get("month") or groups.get("month2")
        day = groups.get("day") or groups.get("day2")
        if not year_group or not month or not day:
            continue
        number = lang.months.get(fold(month))
        if number is None:
            continue
        found.append((m.start(year_group), m.end(year_group), int(m.group(year_group)), number, int(day)))
    return found


def _day(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def settled_day_year(draft: Draft, lang: Language) -> list[str]:
    """The year of a day a few weeks from a full date of the same prompt ("on 3 May ____ … two
    weeks after 20 April 1931" → 1931, «el 31 de diciembre de ____ … y el 7 de enero de 1897» →
    1896): it is that date's year or the next to it, and the one that puts the two days close is
    the key, whatever the reader knows (kinds16b)."""
    for gap, key in _year_keys(draft):
        start = len(gap.before)
        dates = _dates(gap.before + key + gap.after, lang)
        asked = [d for d in dates if d[0] == start]
        if not asked:
            continue
        _, _, year, month, day = asked[0]
        for other in dates:
            if other[0] == start:
                continue
            there = _day(other[2], other[3], other[4])
            spans = {y: abs((here - there).days) for y in range(other[2] - 1, other[2] + 2) if there and (here := _day(y, month, day))}
            if not spans:
                continue
            nearest = min(spans, key=lambda y: spans[y])
            if nearest == year and spans[nearest] <= SETTLED_DAY_SPAN:
                return [f"held back: the gap is the year of a day {spans[nearest]} days from a full date of the prompt ({other[4]}/{other[3]}/{other[2]}): that date gives it away"]
    return []


def paired_word_gap(draft: Draft, lang: Language, document: str) -> list[str]:
    """A gap on one word of a pair the document coordinates in the gap's phrase ("health and
    safety rules"; the gap "the treaty's ____ rules" keyed "health"), where the document never
    writes the other word alone in that phrase: "safety" fits the blank as well per the text, and
    is not accepted (accept_variants.coordinated_pair_word accepts it where the text writes
    it so): ambiguous, held back (accept7, issue 10)."""
    from quizapp.derive.accept_variants import coordinated_pair

    for gap in gaps_of(draft, typed=True):
        found = coordinated_pair(gap, document, lang) if document else None
        if found is not None and not found[1] and fold(found[0]) not in {fold(str(a)) for a in gap.accept}:
            return [f"held back: the document pairs the key {gap.accept[0]!r} with {found[0]!r} in the gap's phrase, and {found[0]!r} fits the blank as well: ambiguous"]
    return []


# --- keys the prompt computes or spells out (givesaway4, issue 10) -------------------------------

# Operators between two figures, as signs or words ("120/4", "96 divided by 8", «250 por 0,6»,
# «96 entre 8», "15 per cent of 240"): one figure's unit words may stand before the operator
# ("96 sacks divided by 8 carts"); a bare «entre» only right between two figures («entre 1921 y»
# is a range).
_OPERATORS = {
    "en": (
        ("*", r"×|\*|·|x(?=\s)|times|multiplied\s+by"),
        ("/", r"/|÷|divided\s+(?:by|into)|shared\s+(?:among|between)|split\s+(?:among|between)"),
        ("%", r"%\s+of|per\s*cent\s+of|percent\s+of"),
        ("+", r"\+|plus"),
        ("-", r"−|minus|less"),
    ),
    "es": (
        ("*", r"×|\*|·|x(?=\s)|por(?!\s+(?:ciento|cada|mil\b))|veces|multiplicad[oa]s?\s+por"),
        ("/", r"/|÷|dividid[oa]s?\s+(?:por|entre)|repartid[oa]s?\s+entre"),
        ("%", r"%\s+de(?:l|\s+los|\s+las|\s+la|\s+el)?|por\s+ciento\s+de(?:l|\s+los|\s+las|\s+la|\s+el)?"),
        ("+", r"\+|más"),
        ("-", r"−|menos"),
    ),
}
_BARE_DIVISION = {"en": r"(?!)", "es": r"entre"}
# What joins a written computation to its result ("= 30", "≈ 30 %", "gives 180", "is 12", «son
# 12», «se obtienen unos 150», "that is 180"), then an approximation's word.
_RESULT_CUE = {
    "en": r"=|≈|≃|~|equals?|is(?:\s+equal\s+to)?|are|was|were|gives?|giving|gave|makes?|making|made|yields?|yielding|comes?\s+to|"
          r"that\s+is|i\.\s?e\.|or|so|which\s+is|leaves?|leaving|in\s+other\s+words",
    "es": r"=|≈|≃|~|es|son|era|eran|fue|fueron|da|dan|daba|daban|dio|resulta|resultan|es\s+decir|o\s+sea|esto\s+es|igual\s+a|"
          r"equivale\s+a|se\s+obtiene|se\s+obtienen|queda|quedan|lo\s+que\s+da|lo\s+que\s+supone|o",
}
# The cues that alone make the figure after them the result of the figures before ("..., that is
# ____", «..., es decir, ____», "= ____"): a chain of figures with no operator written between them.
_STRICT_CUE = {
    "en": r"=|≈|≃|that\s+is|i\.\s?e\.|in\s+other\s+words",
    "es": r"=|≈|≃|es\s+decir|o\s+sea|esto\s+es",
}
_APPROX_WORDS = r"(?:about|around|roughly|some|nearly|almost|approximately|close\s+to|unos|unas|aproximadamente|cerca\s+de|casi|alrededor\s+de|en\s+torno\s+a)"
_UNIT_WORDS = r"(?:\s+(?!(?:and|or|y|o|e|u|that|es|is|are|were|was|son|the|el|la|los|las|at|a)\b)[^\W\d_]+\.?){0,2}"
_PERCENT_AFTER = re.compile(r"^\s?(?:%|per\s*cent|percent|por\s+ciento)", re.IGNORECASE)
EXPRESSION_MARGIN = 0.05  # "≈", «unos»: the result as the text rounds it (as trivial_gaps.PRODUCT_MARGIN)


def _figure_pattern(lang: Language) -> str:
    conv = lang.numbers
    g, d = re.escape(conv.group), re.escape(conv.decimal)
    words = "|".join(sorted((w for w, v in NUMBER_WORDS[_code(lang)].items() if v >= 2), key=len, reverse=True))
    return rf"(?<![\w.,])(?:\d{{1,3}}(?:{g}\d{{3}})+(?:{d}\d+)?|\d+(?:{d}\d+)?|(?i:{words})\b)(?![\w]|[.,]\d)"


def _figure_value(raw: str, lang: Language) -> float | None:
    words = NUMBER_WORDS[_code(lang)]
    if fold(raw) in words:
        return float(words[fold(raw)])
    conv = lang.numbers
    try:
        return float(raw.replace(conv.group, "").replace(conv.decimal, "."))
    except ValueError:
        return None


def _evaluate(values: list[float], ops: list[str]) -> float | None:
    """The value of figures joined by operators, products and quotients first."""
    terms: list[float] = [values[0]]
    signs: list[str] = []
    for op, value in zip(ops, values[1:]):
        if op in "*/%":
            if op == "/" and not value:
                return None
            terms[-1] = terms[-1] * value if op == "*" else terms[-1] / value if op == "/" else terms[-1] / 100 * value
        else:
            signs.append(op)
            terms.append(value)
    result = terms[0]
    for sign, term in zip(signs, terms[1:]):
        result = result + term if sign == "+" else result - term
    return result


def _written_computations(text: str, lang: Language) -> list[tuple[list[tuple[int, int]], float, tuple[int, int], float]]:
    """The computations ``text`` writes out with their result: (the operands' spans, the value
    they compute, the result's span, the result as written): "120/4 = 30", "0.75 × 0.40 ≈ 30 %"
    (the result a percentage: 0.3), "96 sacks divided by 8 carts is 12", «250 por 0,6 se obtienen
    unos 150»."""
    code = _code(lang)
    figure = _figure_pattern(lang)
    ops = "|".join(f"(?P<op{i}>{pattern})" for i, (_sign, pattern) in enumerate(_OPERATORS[code]))
    joint = re.compile(rf"(?:{_UNIT_WORDS}\s*(?:{ops})|\s*(?P<bare>{_BARE_DIVISION[code]}))\s*(?:(?:the|el|la|los|las)\s+)?$", re.IGNORECASE)
    result_link = re.compile(rf"{_UNIT_WORDS}\s*,?\s*(?:{_RESULT_CUE[code]})\s*,?\s*(?:{_APPROX_WORDS}\s+)?(?:[$€£]\s?)?$", re.IGNORECASE)
    figures = [(m.span(), v) for m in re.finditer(figure, text) if (v := _figure_value(m.group(), lang)) is not None]
    found = []
    chain: list[tuple[tuple[int, int], float]] = []
    signs: list[str] = []
    for span, value in figures:
        if chain:
            between = text[chain[-1][0][1]:span[0]]
            joined = joint.fullmatch(between) if "____" not in between else None
            if joined and not (joined.group("bare") and between.strip() != joined.group("bare")):
                sign = "/" if joined.group("bare") else next(_OPERATORS[code][i][0] for i in range(len(_OPERATORS[code])) if joined.group(f"op{i}"))
                chain.append((span, value))
                signs.append(sign)
                continue
            if len(chain) >= 2 and result_link.fullmatch(between):
                computed = _evaluate([v for _s, v in chain], signs)
                if computed is not None:
                    scaled = computed * 100 if _PERCENT_AFTER.match(text[span[1]:]) and signs and "+" not in signs and "-" not in signs and computed < 1 else computed
                    found.append(([s for s, _v in chain], scaled, span, value))
        chain, signs = [(span, value)], []
    return found


def _key_figure(gap: Gap, lang: Language) -> str | None:
    """The gap's key if it is one figure ("30", "1,6"), as the prompt's language writes it."""
    for key in gap.keys[:1]:
        raw = str(key).strip()
        if re.fullmatch(r"\d[\d.,]*", raw):
            return raw
        if (percent := re.fullmatch(r"(\d[\d.,]*)\s?%", raw)) is not None:
            return percent.group(1)  # an offered "52 %": its figure, the sign read after it
    return None


def percent_as_factor(draft: Draft, lang: Language) -> list[str]:
    """A percentage gap whose value the prompt writes as a factor of its arithmetic («la
    recuperación es del ____, … 221 / 0,59 = 375 kilogramos»: 59 %; integrator 18, the review of
    an unseen worked example): the key is on the page."""
    if draft.kind != "question":
        return []
    for gap in gaps_of(draft):
        key = _key_figure(gap, lang)
        before, after = gap.sentence()
        if key is None or not (str(gap.keys[0]).strip().endswith("%") or _PERCENT_AFTER.match(after)):
            continue
        value = _figure_value(key, lang)
        if not value or not 0 < value < 100:
            continue
        text = f"{before} {after}"
        for m in re.finditer(_figure_pattern(lang), text):
            factor = _figure_value(m.group(), lang)
            near = text[max(0, m.start() - 3):m.end() + 3]
            if factor is not None and abs(factor * 100 - value) < 1e-6 and re.search(r"[×x*/÷=≈]", near):
                return [f"held back: the prompt writes the key {key} % as the factor {m.group()} of its arithmetic"]
    return []


def computed_expression(draft: Draft, lang: Language) -> list[str]:
    """A figure the prompt's own arithmetic gives, typed, offered or numeric: a computation
    written out beside its result ("so roughly 120/4 = ____ t": 30; "0.75 × 0.40 ≈ ____ %": 30;
    "96 sacks divided by 8 carts is ____", «250 por 0,6 se obtienen unos ____», "120/____ = 30":
    4), or figures of the sentence whose product or quotient the gap gives after "that is", «es
    decir», "=" ("60 casks a week at 3 guineas each, that is ____ guineas": 180). A figure the
    sentence states, not computes, is still asked."""
    if draft.kind != "question":
        return []
    for gap in gaps_of(draft):
        key = _key_figure(gap, lang)
        if key is None:
            continue
        if draft.item.get("type") == "numeric":
            key = key.replace(".", lang.numbers.decimal) if lang.numbers.decimal != "." and key.count(".") == 1 else key
        before, after = gap.sentence()
        if str(gap.keys[0]).strip().endswith("%") and not _PERCENT_AFTER.match(after):
            after = " %" + after  # the offered "52 %" carries its sign
        text = f"{before}{key}{after}"
        at = (len(before), len(before) + len(key))
        for spans, computed, result_span, result in _written_computations(text, lang):
            # the result as written, or in the unit a thousand times larger or smaller
            # ("312 kg / 0,08 ≈ 3,9 toneladas")
            if (at in spans or at == result_span) and any(abs(computed * scale - result) <= EXPRESSION_MARGIN * abs(result) for scale in (1, 0.001, 1000)):
                shown = " … ".join(text[a:b] for a, b in spans)
                return [f"held back: the prompt writes the computation that gives the key ({shown} ≈ {text[result_span[0]:result_span[1]]}): arithmetic gives it, no figure to recall"]
        value = _figure_value(key, lang)
        cue = re.search(rf"(?:^|[\s,;:(])(?:{_STRICT_CUE[_code(lang)]})\s*,?\s*(?:{_APPROX_WORDS}\s+)?(?:[$€£]\s?)?$", before, re.IGNORECASE)
        if value is None or not cue:
            continue
        stated = before[:cue.start()]
        figures = [(v, _unit_after(stated[m.end():])) for m in re.finditer(_figure_pattern(lang), stated)
                   if (v := _figure_value(m.group(), lang)) and not re.fullmatch(r"1\d{3}|20\d{2}", m.group())]
        # The gap's unit is one of its factors' ("at 3 guineas each, that is ____ guineas"), or a
        # percentage: "3 boats and 12 sailors ..., that is ____ years later" computes nothing.
        percent = _PERCENT_AFTER.match(after) is not None
        unit = _unit_after(after)
        pairs = [(a, b) for (a, ua), (b, ub) in itertools.permutations(figures, 2) if percent or (unit and unit in (ua, ub))]
        results = [a * b for a, b in pairs] + [a / b for a, b in pairs]
        if len(figures) >= 3 and (percent or unit in {u for _v, u in figures}):
            results.append(_product_of([v for v, _u in figures]))
        if percent:
            results += [r * 100 for r in results if r < 1]
        results += _rate_over_time(before[:cue.start()], after, lang)
        if any(abs(r - value) <= COMPUTED_MARGIN * abs(value) for r in results):
            return [f"held back: the gap follows {cue.group().strip()!r} after figures whose product or quotient is the key ({value:g}): arithmetic gives it"]
    return []


def _unit_after(text: str) -> str:
    """The word a figure counts or measures, folded and singular ("guineas": guinea), or ""."""
    found = re.match(r"\s*([^\W\d_]+)", text)
    word = fold(found.group(1)) if found else ""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


# A rate's time ("3 litres a second", «3 litros por segundo») and the time the result counts in
# ("____ litres an hour", «____ litros al día», "in a day").
_RATE_PER = {"en": r"(?:a|an|per|each|every|in\s+(?:a|an|one))", "es": r"(?:por|al|a\s+la|cada|por\s+cada|en\s+(?:un|una))"}


def _rate_over_time(before: str, after: str, lang: Language) -> list[float]:
    """The rates ``before`` writes ("3 litres a second") over the time the gap's rate counts in
    ("____ litres a day": 259,200)."""
    from quizapp.derive.trivial_gaps import TIME_SECONDS  # (trivial_gaps reads this module)

    per = _RATE_PER[_code(lang)]
    time_after = re.match(rf"\s*(?:[^\W\d_]+\s+){{0,2}}?{per}\s+([^\W\d_]+)", after, re.IGNORECASE)
    result_time = TIME_SECONDS.get(fold(time_after.group(1))) if time_after else None
    if not result_time:
        return []
    found = []
    for m in re.finditer(_figure_pattern(lang), before):
        rate = re.match(rf"\s*(?:[^\W\d_]+\s+){{0,2}}?{per}\s+([^\W\d_]+)", before[m.end():], re.IGNORECASE)
        rate_time = TIME_SECONDS.get(fold(rate.group(1))) if rate else None
        if rate_time and rate_time != result_time and (value := _figure_value(m.group(), lang)):
            found.append(value * result_time / rate_time)
    return found


def _product_of(values: Sequence[float]) -> float:
    result = 1.0
    for v in values:
        result *= v
    return result


# A chemical equation in the prompt's sentence ("CaCO3 → CaO + ____", "Zn + 2 ____ → ZnCl2 +
# H2", «N2 + 3 H2 ⇌ 2 ____»): species of element symbols with their counts, a coefficient
# before each, a state after it, joined by "+" around a reaction sign.
_ELEMENTS = r"(?:(?:[A-Z][a-z]?|\((?:[A-Z][a-z]?[\d₀-₉]*)+\))[\d₀-₉]*)+"
_SPECIES = rf"(?:\d+\s*)?(?:____|{_ELEMENTS})(?:\s*\((?:aq|s|l|g)\))?"
_SIDE = rf"{_SPECIES}(?:\s*\+\s*{_SPECIES})*"
REACTION = re.compile(rf"(?<![\w(]){_SIDE}\s*(?:→|⟶|⇌|⇄|⇆|↔|⟷|⇋|->|=)\s*{_SIDE}(?!\w)")


def equation_species(draft: Draft, lang: Language) -> list[str]:
    """A gap inside a chemical equation whose other species the prompt shows ("CaCO3 → CaO +
    ____": CO2; "2 NaCl + H2SO4 → Na2SO4 + 2 ____": HCl; its coefficient alike): balancing the
    equation gives the key, no fact of the text. A gap beside the equation is still asked."""
    if draft.kind != "question":
        return []
    for gap in gaps_of(draft):
        before, after = gap.sentence()
        text = f"{before}{GAP}{after}"
        for found in REACTION.finditer(text):
            if GAP not in found.group() or "+" not in found.group():
                continue
            others = [s for s in re.findall(_ELEMENTS, found.group().replace(GAP, " ")) if s]
            if len(others) >= 2:
                return [f"held back: the gap is a species of the equation {found.group()!r}, whose other species are shown: balancing it gives the key"]
    return []


def _initials_runs(words: Sequence[str], longest: int) -> set[str]:
    """The initials, sorted, of every run of up to ``longest`` consecutive content words."""
    content = [fold(w)[:1] for w in words if fold(w) not in ABBREVIATION_SMALL_WORDS and fold(w)[:1].isalpha()]
    return {"".join(sorted(content[i:i + n])) for n in range(2, longest + 1) for i in range(len(content) - n + 1)}


def _in_order_initials(words: Sequence[str], letters: str) -> bool:
    content = [fold(w)[:1] for w in words if fold(w) not in ABBREVIATION_SMALL_WORDS and fold(w)[:1].isalpha()]
    return fold(letters) in {"".join(content[i:i + len(letters)]) for i in range(len(content) - len(letters) + 1)}


def _is_abbreviation(text: str) -> bool:
    return bool(ABBREVIATION.fullmatch(text)) and sum(c.isupper() for c in text) >= 2 and text.upper() == text


MIN_SPELLED_ANYWHERE = 3  # letters of a typed abbreviation whose words, anywhere in the prompt, give it


def spelled_option(draft: Draft, lang: Language) -> list[str]:
    """An abbreviation whose words the prompt holds, away from the gap: the only option whose
    letters are the initials of a run of the prompt's words, in any order, since a translated
    name keeps the letters of its original («____, es decir, carbonato de litio equivalente»:
    LCE among ICE, LME and TCE); a typed one of three letters or more whose words the prompt
    spells in order ("____, measured in tonnes of oil equivalent": TOE)."""
    if draft.kind != "question":
        return []
    for gap in gaps_of(draft):
        words = NAME_WORD.findall(f"{gap.before} {gap.after}")
        keys = [k.strip() for k in gap.keys if _is_abbreviation(k.strip())]
        if not keys:
            continue
        key = keys[0]
        if gap.options:
            runs = _initials_runs(words, max(len(o) for o in gap.options))
            spelled = [o for o in gap.options if _is_abbreviation(o.strip()) and "".join(sorted(fold(o.strip()))) in runs]
            if spelled == [key]:
                return [f"held back: {key!r} is the only option whose letters are the initials of the prompt's own words: a reader matches them"]
        elif len(key) >= MIN_SPELLED_ANYWHERE and _in_order_initials(words, key):
            return [f"held back: the prompt spells out the words of {key!r}: a reader writes their initials"]
    return []


# A round year (a century's or a half-century's) a reader guesses from the words before it:
# "within a few decades of ____", "around ____", «hacia ____», «a principios de ____».
ROUND_YEAR_CUES = {
    "en": re.compile(
        r"\b(?:around|about|circa|c\.|ca\.|roughly|approximately|(?:some\s+)?time\s+(?:around|about)|decades?\s+(?:of|before|after|since)|"
        r"(?:a\s+)?(?:few|couple\s+of)\s+years\s+(?:of|before|after)|turn\s+of|shortly\s+(?:before|after)|not\s+long\s+(?:before|after)|"
        r"by\s+(?:about|around)|since\s+(?:about|around))\s+(?:the\s+year\s+)?$", re.IGNORECASE),
    "es": re.compile(
        r"\b(?:hacia|en\s+torno\s+a|alrededor\s+de|cerca\s+de|aproximadamente|a\s+(?:principios|comienzos|inicios|finales|fines|mediados)\s+de|"
        r"d[eé]cadas?\s+(?:de|antes\s+de|despu[eé]s\s+de)|poco\s+(?:antes|despu[eé]s)\s+de|(?:unos|pocos)\s+a[ñn]os\s+(?:antes|despu[eé]s)\s+de)"
        r"\s+(?:(?:el|del)\s+)?(?:a[ñn]o\s+)?$", re.IGNORECASE),
}
ROUND_YEAR_AFTER = re.compile(r"^\s*(?:or\s+so|or\s+thereabouts|o\s+así|más\s+o\s+menos)\b", re.IGNORECASE)
ROUND_YEAR_STEP = 50


def _round_year(text: str) -> bool:
    return bool(re.fullmatch(r"1\d{3}|20\d{2}", text.strip())) and int(text) % ROUND_YEAR_STEP == 0


def _counts_a_noun(after: str, lang: Language) -> bool:
    """Whether the figure before ``after`` counts or measures the plural after it ("1200
    millimetres", «1500 litros», "20 %"), a quantity rather than a year ("1900, when", "1900 as
    the", «1900 llegaron»: a verb, no plural noun)."""
    found = re.match(r"\s*(%|[^\W\d_]+)", after)
    word = found.group(1) if found else ""
    return word == "%" or (word.islower() and word.endswith("s") and fold(word) not in lang.words.stop_words)


def round_year_guess(draft: Draft, lang: Language) -> list[str]:
    """A round year (1900, 1850) after a word that makes it approximate ("within a few decades
    of ____", "around ____", «hacia ____», «a principios de ____»), typed, numeric or the only
    round option: the stock guess of a reader who never saw the text. A year that is not round
    ("around 1913") or stated without such a word ("in 1900") is still asked."""
    if draft.kind != "question":
        return []
    for gap in gaps_of(draft):
        key = next((str(k).strip() for k in gap.keys[:1]), "")
        if not _round_year(key):
            continue
        before, after = gap.sentence()
        cue = ROUND_YEAR_CUES[_code(lang)].search(before) or ROUND_YEAR_AFTER.match(after)
        if not cue or draft.item.get("unit") or _counts_a_noun(after, lang):
            continue  # "about ____ millimetres": a quantity, no year
        if gap.options and any(_round_year(o) for o in gap.options if o.strip() != key):
            continue  # another option is as round: roundness picks none
        return [f"held back: a round year ({key}) beside {cue.group().strip()!r}: the stock guess of a reader who never saw the text"]
    return []


def problems(draft: Draft, lang: Language, headings: Sequence[str], headline_years: Sequence[int] = (), document: str = "") -> list[str]:
    """Every give-away of this module that ``draft`` has (empty: none); ``headline_years``:
    the years of the document's title and opening (``lead_years``); ``document``: its text
    (paired_word_gap)."""
    found: list[str] = []
    for check in (
        renamed_key(draft, lang),
        heading_figure(draft, headings, lang),
        heading_named_count(draft, headings, lang),
        misfit_options(draft, lang),
        next_decade(draft, lang),
        computed_figure(draft, lang),
        written_key_figure(draft, lang),
        computed_share(draft, lang),
        converted_figure(draft, lang),
        converted_money(draft, lang),
        illustrative_figure(draft, lang),
        cut_before_colon(draft),
        round_bound(draft, lang),
        century_from_year(draft, lang),
        century_from_subject(draft, lang),
        company_as_person(draft, lang),
        head_of_state(draft, lang),
        polity_head(draft, lang),
        famous_office_card(draft, lang),
        stock_collocation(draft, lang),
        name_cut_at_and(draft),
        two_names_key(draft),
        name_cut_at_dash(draft),
        name_part_gap(draft, lang),
        spelled_abbreviation(draft),
        anniversary_year(draft, lang, headline_years),
        consecutive_year(draft),
        bracketed_year(draft),
        season_half(draft),
        split_token(draft),
        settled_day_year(draft, lang),
        settled_month_year(draft, lang),
        span_from_year(draft, lang),
        shared_stem(draft, lang),
        word_family(draft, lang),
        option_of_prompt_family(draft, lang),
        adjective_of_prompt_name(draft, lang),
        key_word_in_prompt(draft, lang),
        country_by_adjective(draft, lang),
        demonym_of_key(draft, lang),
        named_family(draft, lang),
        paired_word_gap(draft, lang, document),
        computed_expression(draft, lang),
        percent_as_factor(draft, lang),
        equation_species(draft, lang),
        spelled_option(draft, lang),
        round_year_guess(draft, lang),
    ):
        found.extend(check)
    return found


# A form of a typed key that the document does not write must be a word general text writes
# clearly, not any non-zero frequency: "oxygens" (1.5) is a rare chemist's plural; "villuses",
# "rociadore" (0) no language's word.
REAL_FORM_ZIPF = 1.5
# Words before a gap that fix the number of the noun in it ("un ____ blanco", "these ____").
SINGULAR_BEFORE = {
    "en": frozenset(("a", "an", "this", "that", "one", "each", "every", "another")),
    "es": frozenset(("un", "una", "el", "la", "del", "al", "este", "esta", "ese", "esa", "aquel", "aquella", "cada", "otro", "otra")),
}
PLURAL_BEFORE = {
    "en": frozenset(("these", "those", "many", "several", "both", "few", "two", "three", "four")),
    "es": frozenset(("unos", "unas", "los", "las", "estos", "estas", "esos", "esas", "varios", "varias", "muchos", "muchas", "dos", "tres", "cuatro")),
}


def _plural_of(form: str, key: str) -> bool:
    """Whether ``form`` is the key's plural (one more final s), rather than its singular."""
    return fold(form).endswith("s") and not fold(key).endswith("s")


def slot_number(before: str, after: str, lang: Language) -> str | None:
    """"singular" or "plural" when the words around the gap fix its noun's number (the article
    before it; in Spanish also an adjective after it that agrees: "____ automáticos"), else None."""
    code = _code(lang)
    previous = re.findall(r"[^\W\d_]+", before)[-1:]
    word = fold(previous[0]) if previous else ""
    if word in SINGULAR_BEFORE[code]:
        return "singular"
    if word in PLURAL_BEFORE[code]:
        return "plural"
    following = re.match(r"\s+([a-záéíóúñü]+)\b", after)
    if code == "es" and following is not None and len(following.group(1)) > 3 and following.group(1) not in lang.words.stop_words:
        return "plural" if following.group(1).endswith(("os", "as", "es")) else None
    return None


def keep_real_forms(draft: Draft, lang: Language, written: frozenset[str]) -> None:
    """Drop, from a typed key's accept list, the other forms of a one-word lower-case key that
    are no word (neither the document's nor general text's above REAL_FORM_ZIPF: "villuses",
    "rociadore") or that the gap's grammar rules out ("un ____ blanco": not the plural). The
    key itself always stays."""
    for gap in gaps_of(draft, typed=True):
        key = str(gap.accept[0])
        if " " in key or not key[:1].islower():
            continue
        number = slot_number(gap.before, gap.after, lang)
        keep = [key]
        for form in gap.accept[1:]:
            form = str(form)
            if " " not in form and form[:1].islower():
                if fold(form) not in written and lang.familiarity(form) < REAL_FORM_ZIPF:
                    continue
                if (number == "singular" and _plural_of(form, key)) or (number == "plural" and _plural_of(key, form)):
                    continue
            keep.append(form)
        gap.accept[:] = keep


def accept_bare_name(draft: Draft, lang: Language) -> None:
    """A name typed with the article the sentence opened with ("La UNESCO", "The IFAD") is
    accepted without it too: a learner types the name, not the sentence's capitalised article."""
    determiners = {fold(w) for w in lang.determiners}
    for gap in gaps_of(draft, typed=True):
        words = str(gap.accept[0]).split()
        if len(words) >= 2 and fold(words[0]) in determiners and words[1][:1].isupper():
            bare = " ".join(words[1:])
            if fold(bare) not in {fold(str(a)) for a in gap.accept}:
                gap.accept.append(bare)


def term_forms(draft: Draft) -> list[str]:
    """The other accepted forms of a typed one-word lower-case key ("nodule" of "nodules"): a
    prompt of the set showing one of them gives the key away as well as the key itself does."""
    forms: list[str] = []
    for gap in gaps_of(draft, typed=True):
        key = str(gap.accept[0])
        if " " not in key and key[:1].islower():
            forms.extend(str(a) for a in gap.accept[1:] if " " not in str(a))
    return forms


# Stock phrases a reader completes from one neighbour word, whatever the text ("a Nobel
# laureate", "rociadores automáticos", "dióxido de carbono"). No offline n-gram data says which
# pairs are fixed (wordfreq counts words, and a phrase's figure is only its words' combined
# frequency), so this is the last resort the brief allows: a short per-language list of
# general-text collocations, none from a reviewed document's topic alone. "_" is the gap.
STOCK_PHRASES = {
    "en": {
        "_ laureate": "nobel pulitzer", "_ prize": "nobel pulitzer booker", "nobel _": "prize laureate",
        "cyclic _": "amp gmp", "automatic _": "sprinklers", "_ sprinklers": "automatic fire", "fire _": "sprinklers extinguishers brigade alarm alarms",
        "carbon _": "dioxide monoxide", "_ dioxide": "carbon sulphur sulfur nitrogen", "greenhouse _": "gas gases effect", "_ effect": "greenhouse placebo domino",
        "climate _": "change", "global _": "warming", "natural _": "selection gas", "stem _": "cells", "_ cells": "stem",
        "blood _": "pressure vessels", "immune _": "system", "nervous _": "system", "solar _": "system panels energy", "_ panels": "solar",
        "prime _": "minister", "_ minister": "prime", "last _": "resort", "_ resort": "last", "supreme _": "court", "human _": "rights", "cold _": "war", "civil _": "war", "world _": "war heritage bank",
        "stock _": "exchange market", "red _": "cross", "_ cross": "red", "sodium-potassium _": "pump",
        # Set phrases of law, economics and history (worldknow): "the rule of ____", "supply and ____".
        "rule of _": "law thumb", "_ of law": "rule", "supply and _": "demand", "_ and demand": "supply", "trial and _": "error",
        "_ and error": "trial", "state of the _": "art", "point of no _": "return", "balance of _": "power payments",
        "free _": "trade market", "black _": "market", "middle _": "ages", "working _": "class", "industrial _": "revolution",
        "gold _": "rush standard", "vicious _": "circle", "division of _": "labour labor", "economies of _": "scale",
        "checks and _": "balances", "cost of _": "living", "standard of _": "living", "central _": "bank",
        "turn of the _": "century",  # "by the turn of the ____" (givesaway4)
        "_ of the republic": "proclamation",
        # Fixed institutional names, every other word shown (worldknow, politics news): "the House of ____".
        "house of _": "commons lords representatives", "_ of commons": "house", "_ of lords": "house", "_ of representatives": "house",
        "chancellor of the _": "exchequer", "_ of the exchequer": "chancellor", "downing _": "street", "white _": "house",
        "united _": "nations kingdom states", "security _": "council", "trades union _": "congress", "national health _": "service",
        "international monetary _": "fund", "federal _": "reserve", "minimum _": "wage",
    },
    "es": {
        "premio _": "nobel pulitzer", "_ nobel": "premio", "_ automaticos": "rociadores", "rociadores _": "automaticos",
        "dioxido de _": "carbono", "_ de carbono": "dioxido monoxido", "efecto _": "invernadero placebo domino", "cambio _": "climatico",
        "calentamiento _": "global", "seleccion _": "natural", "celulas _": "madre", "presion _": "arterial", "sistema _": "solar nervioso inmunitario",
        "paneles _": "solares", "placas _": "solares", "energia _": "nuclear solar eolica", "primer _": "ministro", "tribunal _": "supremo constitucional",
        "derechos _": "humanos", "guerra _": "civil mundial fria", "cruz _": "roja", "bolsa de _": "valores", "salidas de _": "emergencia",
        "patrimonio de la _": "humanidad", "_ de la humanidad": "patrimonio", "ultima _": "instancia", "_ instancia": "ultima",
        # Frases hechas del derecho, la economía y la historia (worldknow): «el estado de ____», «la oferta y la ____».
        "estado de _": "derecho bienestar", "oferta y la _": "demanda", "oferta y _": "demanda", "_ y la demanda": "oferta",
        "ensayo y _": "error", "_ y error": "ensayo", "libre _": "comercio mercado", "mercado _": "negro", "edad _": "media",
        "clase _": "media obrera", "revolucion _": "industrial francesa", "fiebre del _": "oro", "patron _": "oro",
        "circulo _": "vicioso", "division del _": "trabajo", "economias de _": "escala", "coste de la _": "vida",
        "costo de la _": "vida", "nivel de _": "vida", "banco _": "central mundial", "punto de _": "inflexion",
        "cambio de _": "siglo",  # «con el cambio de ____» (givesaway4)
        "_ de la republica": "proclamacion",
        # Nombres institucionales fijos, con todas sus otras palabras a la vista (worldknow): «el Consejo de ____».
        "consejo de _": "ministros", "_ de ministros": "consejo", "boletin oficial del _": "estado", "_ oficial del estado": "boletin",
        "congreso de los _": "diputados", "_ de los diputados": "congreso", "estatuto de los _": "trabajadores", "_ de los trabajadores": "estatuto",
        "real _": "decreto", "decreto _": "ley", "presidente del _": "gobierno", "guardia _": "civil", "policia _": "nacional",
        "seguridad _": "social", "salario minimo _": "interprofesional", "cortes _": "generales", "defensor del _": "pueblo",
        "naciones _": "unidas", "union _": "europea", "fondo monetario _": "internacional", "casa _": "blanca", "audiencia _": "nacional",
    },
}
# A vitamin's letter after its word, or its word before a letter: "vitamin ____" is a letter,
# "____ B3" is "vitamin".
VITAMIN = re.compile(r"(?:[A-K]|B\d{1,2})")


def _stock_table(code: str) -> list[tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]]:
    """(words before the gap, words after it, the keys that complete them)."""
    table = []
    for phrase, keys in STOCK_PHRASES[code].items():
        before, after = phrase.split("_")
        table.append((tuple(before.split()), tuple(after.split()), frozenset(keys.split())))
    return table


def stock_collocation(draft: Draft, lang: Language) -> list[str]:
    """A gap that a neighbour word completes as a stock phrase of general text (STOCK_PHRASES),
    or a vitamin's letter after "vitamin" (or its word before the letter)."""
    for gap in gaps_of(draft):
        words_before = tuple(fold(w) for w in re.findall(r"[^\s“”«»\"()]+", gap.before)[-3:])
        words_after = tuple(fold(w) for w in re.findall(r"[^\s“”«»\"(),.;:]+", gap.after)[:3])
        for key in gap.keys:
            folded = fold(key)
            vitamin_word = folded in ("vitamin", "vitamins", "vitamina", "vitaminas")
            if (words_before[-1:] in (("vitamin",), ("vitamina",)) and VITAMIN.fullmatch(key)) or (vitamin_word and words_after and VITAMIN.fullmatch(words_after[0].upper())):
                return [f"held back: {key!r} is completed by its neighbour word as a stock phrase of general text (a vitamin's name)"]
            for left, right, completions in _stock_table(_code(lang)):
                if folded not in completions:
                    continue
                if (not left or words_before[-len(left):] == left) and (not right or words_after[:len(right)] == right):
                    phrase = " ".join((*left, "____", *right))
                    return [f"held back: '{phrase}' is a stock phrase of general text: a reader completes it with {key!r} without the text"]
    return []
