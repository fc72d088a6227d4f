"""What a blind reader reads off a choice item's figures and dates, and how the drafter avoids it.

Blind readers (helpers who saw only the choice items of a derived bank, sessions 5 and 6)
scored 92-98 % against 39 % chance. Much of that was world knowledge of the real subjects,
which no offline check measures; but some of it was read off the options themselves, and that
the drafter controls:

- **the prompt's time cue**: "The *last* cholera epidemic in London came in ____" among 1854,
  1855, 1858 and 1866 is the latest year; "The Nordic Gene Bank, *predecessor* of NordGen,
  had *already* stored seeds ... from ____" is the earliest. With every option on one side of
  the key, the cue settles the item. Such a prompt needs an option beyond the key in the
  direction its cue points.
- **the outlier key**: 1984 beside 2001, 2004 and 2006 stands apart; a reader who picks the
  option far from the others' cluster wins whenever the key is the document's earliest or
  latest value and the distractors are its nearest neighbours, bunched on one side.

- **a person of another era**: "in 1954 ____ took control of the company" among the engineers
  the document sets in the 1830s is answered by dates alone (``out_of_era``).

- **the telling's order**: "formed a society in 1951, and in ____ took control" among 1939 and
  1946 (``narrative_bounds``, ``out_of_order``).
  The key may not be the option nearest that year either ("adopted in 2001, entered into force
  in ____" among 2004, 2006, 2016: the first after 2001), or the nearest is the pick.
- **a city among countries** ("near ____": Aleppo among Iraq and Morocco): places of one kind
  only (``quizapp.derive.place_kinds``, used where the drafter draws place options).
- **the famous name** (``famous_option``): "Charles Darwin" among the club's members Ambrose
  Tilley and Walter Pryce is the one a reader has heard of, picked as the key or ruled out as a
  wrong option ("Albert Einstein" kept the society's minerals?). Fame is measured offline as
  ``international_fame``: a name general text of every language writes (Darwin 3.4, Picasso
  3.3) is known beyond its story, where the local names of a document (Tilley 1.5, Quintanilla
  1.1) are not, nor common names of the document's language (its own Zipf frequency would
  rank "Julio González" above Picasso, and every language's "Graham Boyd" above Pasteur). Options of matching fame are drawn (``fame_fair``), else the choice
  is held back; a true/false statement swaps no famous name for an obscure one, nor back.

``fair_figures`` picks the distractors so neither cue holds where the document's values
allow; ``problems`` holds back a single-choice item still carrying one (fewer choice items
rather than ones answered without the text: the typed and numeric drafts of the same fact stay);
``picks`` is each cue as a blind strategy for ``tests/benchmarks/derive_quality.py``.
"""
from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from quizapp.language import fold_word
from quizapp.languages import language_for

T = TypeVar("T")

LATEST, EARLIEST = 1, -1
# A name is known beyond its story when general text of every language writes it this often
# (international_fame: Darwin 3.4, Einstein 3.6, Picasso 3.3, London 3.7; the samples' local
# people stay under 2.5: Walter Pryce 2.3, Lucía Ferreiro 1.4, Morag Finlay 1.5) ...
FAME_KNOWN = 2.75
# ... and stands out among options whose fame is this much lower, every one of them (Darwin
# 3.4 among local members of 2.3 and below; not Edison 3.0 beside Granville Woods 2.35).
FAME_MARGIN = 1.0
OUTLIER_RATIO = 2.0  # the key's distance to its nearest option over the largest such distance of the others
# A figure's wrong options (a false statement's swapped figure) lie within this factor of the key,
# either way (figchoice, issue 10). A fresh blind reader picked "the option of the scene's size"
# among options an order of magnitude apart ("walk about ____ out over the valley": 40 m, 190 m,
# 2,300 m; "a village fund raised ____": 9,000, 92,000, 4,000,000 pounds), and "true" for a
# statement whose swapped figure was another size. At 2.5 a set of options around the key spans
# at most 6.25 times its smallest, where a reader's sense of a scene no longer tells them apart
# (92 and 190 metres of walkway, 1,900 and 5,200 pounds of a parish's appeal); at 4, the old
# swap window, 180 and 700 metres of a landing stage still did (the samples' values: see the
# commit). Fewer choice items: a figure without two such neighbours of its unit and role in the
# document is asked typed only.
FIGURE_BAND = 2.5
CANDIDATES = 10  # how many of the nearest document values a fitting set of options is drawn from
HELD_CUE = "held back: the prompt's time cue ({word}) points to the key among the options (blind-time-cue)"
HELD_ORDER = "held back: an option's year falls on the side of a year the prompt rules out (its 'after'/'before' words or the order it tells its dates in) (blind-order)"
HELD_BOUND = "held back: the key is the year nearest the one the sentence names beside the gap (blind-bound)"
HELD_OUTLIER = "held back: the key stands apart from the other options' cluster (blind-outlier)"
HELD_BAND = (
    "held back: a wrong option ({option!r}) is of another size than the key (beyond a factor of {band:g}): a reader picks the option "
    "of the scene's size without the text; the typed item asks it (blind-magnitude)"
)
HELD_FAME = (
    "held back: one option is a name known beyond the document (general text of every language writes it) among names "
    "that are not, so a reader picks it, or rules it out, without the text; the typed item asks it (blind-fame)"
)
HELD_DATE = (
    "held back: a year or date offered with options, or swapped in a true/false statement, is answered from what a reader knows "
    "of the subject or finds plausible for it, without the text; the typed item asks it (blind-date)"
)


HELD_CLOCK = (
    "held back: a time of day offered with options, or swapped in a true/false statement, is guessed from the hours such "
    "places and events usually keep (a library opening at 9 a.m., lockers open until 10 p.m.), without the text; the typed "
    "item asks it (blind-clock)"
)
# A time of day as an option: "9 a.m.", "10 p.m.", "14:30", «las 19.30», "7.15 h".
CLOCK_TIME = re.compile(r"(?i)(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:[ap]\.\s?m\.|h|horas)|las?\s+(?:[01]?\d|2[0-3])[:.][0-5]\d|(?:[01]?\d|2[0-3]):[0-5]\d")


def time_cue(prompt: str, language: str) -> tuple[int, str] | None:
    """The direction a prompt's wording points a date or figure gap to, and the word saying
    so: LATEST for "the last / final / latest", EARLIEST for "the first / already /
    predecessor"; None when it names neither, or both (a reader cannot tell which holds).
    Only words before the gap count: the cue names the gap's event ("The last epidemic came in
    ____"), where one after it names another ("appeared in ____ and met doubt at first")."""
    rules = language_for(language)
    words = [fold_word(w) for w in re.findall(r"[^\W\d_]+", prompt.split("____")[0])]
    # "By last month", "el año pasado": a word naming a span of time after the cue word makes
    # it a date of its own, not the gap's place among the document's values.
    words = [w for i, w in enumerate(words) if not (i + 1 < len(words) and words[i + 1] in rules.time_spans)]
    latest = next((w for w in words if w in rules.latest_cues), None)
    earliest = next((w for w in words if w in rules.earliest_cues), None)
    if bool(latest) == bool(earliest):
        return None
    return (LATEST, latest) if latest else (EARLIEST, earliest)  # type: ignore[return-value]


def _scale(values: Sequence[float], dates: bool) -> list[float]:
    """Figures on the scale a reader compares them: amounts by ratio (92 and 190 metres are as
    far apart as 190 and 390), dates and years by difference."""
    if not dates and all(v > 0 for v in values):
        return [math.log(v) for v in values]
    return list(values)


def outlier(values: Sequence[float], dates: bool) -> int | None:
    """The index of the one value standing apart: its distance to the nearest other is more
    than OUTLIER_RATIO times every other value's (1984 beside 2001, 2004, 2006); None if none."""
    if len(values) < 3:
        return None
    scaled = _scale(values, dates)
    nearest = [min(abs(v - w) for j, w in enumerate(scaled) if j != i) for i, v in enumerate(scaled)]
    far = max(range(len(scaled)), key=lambda i: nearest[i])
    rest = max(n for i, n in enumerate(nearest) if i != far)
    return far if nearest[far] > OUTLIER_RATIO * rest and nearest[far] > 0 else None


def cue_problem(key: float, others: Sequence[float], cue: tuple[int, str] | None, dates: bool) -> str | None:
    """Why the key (``key`` among the wrong options ``others``) can be read off the options
    without the text, or None."""
    if cue is not None:
        direction, word = cue
        if (direction == LATEST and all(o < key for o in others)) or (direction == EARLIEST and all(o > key for o in others)):
            return HELD_CUE.format(word=word)
    if outlier([key, *others], dates) == 0:
        return HELD_OUTLIER
    return None


YEAR = re.compile(r"(?<![\d.,])(1[0-9]{3}|20[0-9]{2})(?![\d.,]*\d)")


# Words placing the gap's year after or before a year the prompt names ("after the flood of
# 1957", "since the merger of 1968", "before the war of 1914"), at most a few words between.
BOUND_CUES = {
    "en": {"after": r"after|since|following", "before": r"before|until|prior\s+to"},
    "es": {"after": r"tras|despu[eé]s\s+de|desde", "before": r"antes\s+de|hasta"},
}
CUE_YEAR = r"(?:\s+[^\s\d.;:]+){0,4}?\s+(1\d{3}|20\d{2})\b"


def narrative_bounds(prompt: str, language: str | None = None) -> tuple[int | None, int | None]:
    """The bounds a reader assumes of the gap's year from the prompt's words: a year it places
    the answer after or before ("after the flood of 1957", "antes de la guerra de 1914", in its
    question or its quote; with ``language``), and otherwise the telling's order of the quoted
    sentence's years ("formed a society in 1951, and in ____ took control": not before 1951;
    "destroyed in ____, and demolished in 1944": not after 1944). One rule for every choice type
    (single choice, multiple select, cloze), in drawing options and in checking them."""
    before, _, after = prompt.partition("____")
    quoted = before.split("“")[-1].split("«")[-1]
    lows: list[int] = []
    highs: list[int] = []
    cued: set[tuple[str, int]] = set()  # (part, offset) of the years a cue word claims
    cues = BOUND_CUES.get(language or "", {})
    for side, pattern in cues.items():
        for part, text in (("before", before), ("after", after)):
            for cue in re.finditer(rf"\b(?:{pattern}){CUE_YEAR}", text, re.IGNORECASE):
                (lows if side == "after" else highs).append(int(cue.group(1)))
                cued.add((part, cue.start(1)))
    offset = len(before) - len(quoted)
    lows += [int(m.group(1)) for m in YEAR.finditer(quoted) if ("before", offset + m.start(1)) not in cued]
    highs += [int(m.group(1)) for m in YEAR.finditer(after) if ("after", m.start(1)) not in cued]
    return (max(lows) if lows else None, min(highs) if highs else None)


def out_of_order(key_year: int, option_year: int, bounds: tuple[int | None, int | None]) -> bool:
    """Whether an option's year breaks the telling's order that the key keeps (see
    ``narrative_bounds``): a reader rules it out without the text."""
    low, high = bounds
    if low is not None and key_year >= low > option_year:
        return True
    return high is not None and key_year <= high < option_year


def fair_figures(key: float, pool: Sequence[T], value: Callable[[T], float], shown: int, cue: tuple[int, str] | None, dates: bool) -> list[T]:
    """``pool`` (wrong options in the drafter's order of preference) reordered so that its first
    ``shown`` give neither cue (``cue_problem``): the preferred set when it is fair, else the
    fair set of the first CANDIDATES nearest the front. Unchanged when no set is fair: the
    check then holds the item back."""
    if shown < 1 or len(pool) < shown:
        return list(pool)
    if cue_problem(key, [value(o) for o in pool[:shown]], cue, dates) is None:
        return list(pool)
    front = list(pool[:CANDIDATES])
    for chosen in itertools.combinations(range(len(front)), shown):
        picked = [front[i] for i in chosen]
        if cue_problem(key, [value(o) for o in picked], cue, dates) is None:
            return [*picked, *(o for o in pool if not any(o is p for p in picked))]
    return list(pool)


ERA_GAP = 40  # years between a person's paragraphs and the gap's sentence that set them in another era


def person_eras(sentences: Sequence[Any]) -> dict[str, set[int]]:
    """The years of the paragraphs each person is named in, by identity: when the document
    sets them (the Spooners, builders of the 1830s, in a railway's story). ``sentences`` are
    quizapp.derive.extract.Sentence."""
    years: dict[int, set[int]] = {}
    for s in sentences:
        years.setdefault(s.paragraph, set()).update(years_of(s.mentions))
    eras: dict[str, set[int]] = {}
    for s in sentences:
        for m in s.mentions:
            if m.kind == "person":
                eras.setdefault(m.identity, set()).update(years.get(s.paragraph, set()))
    return eras


def years_of(mentions: Sequence[Any]) -> set[int]:
    return {int(m.value[0]) for m in mentions if isinstance(m.value, tuple) and m.value and m.value[0]}


def out_of_era(person_years: set[int], sentence_years: set[int]) -> bool:
    """Whether a person the document sets in ``person_years`` is out of place in a sentence
    dated ``sentence_years`` ("in 1954 ____ took control" among builders of the 1830s): a
    reader rules them out without the text. False when either has no year."""
    return bool(person_years and sentence_years) and all(abs(p - y) > ERA_GAP for p in person_years for y in sentence_years)


def option_number(text: str, language: str) -> tuple[float, bool] | None:
    """An option as a number and whether it is a date ("1866", "21 de octubre de 1520":
    True; "625 metres": False); None for a name."""
    from quizapp.derive.choices import option_value  # choices imports this module's strategies

    number = option_value(text, language)
    if number is None:
        return None
    return number, number > 400 * 100 or bool(re.fullmatch(r"\s*(?:1\d{3}|20\d{2})\s*", text))


def is_date(text: str, language: str) -> bool:
    """Whether an option or a statement's swapped part is a year or a date ("1863", "4 March
    1890", "abril de 2022"), not a figure ("76,000 dollars", which ``option_number`` would take
    for a date by its size)."""
    from quizapp.derive.extract import Sentence, read_dates

    if re.fullmatch(r"\s*(?:1\d{3}|20\d{2})\s*", text):
        return True
    sentence = Sentence(paragraph=0, index=-1, start=0, end=len(text), text=text)
    return any(isinstance(m.value, tuple) and m.value[0] for m in read_dates(sentence, language_for(language)))


def _figures(item: dict[str, Any], language: str) -> tuple[list[float], list[bool], bool] | None:
    """The single-choice item's options as numbers, which of them are right, and whether they
    are dates; None when an option is no figure or date."""
    if item.get("type") != "single_choice":
        return None
    read = [option_number(str(c.get("text", "")), language) for c in item.get("choices", [])]
    if len(read) < 3 or any(r is None for r in read):
        return None
    values = [r[0] for r in read if r is not None]
    dates = all(r[1] for r in read if r is not None)
    return values, [bool(c.get("correct")) for c in item["choices"]], dates


def option_sets(item: dict[str, Any]) -> list[tuple[str, list[tuple[str, bool]]]]:
    """(the prompt with "____" at the gap, options with their truth) for each gap an item offers
    options for: a single choice or multiple select on its prompt, each option gap of a cloze."""
    found: list[tuple[str, list[tuple[str, bool]]]] = []
    passage = str(item.get("passage", ""))
    for i, gap in enumerate(item.get("gaps", []), start=1):
        at = passage.find(f"{{{i}}}")
        if at >= 0 and gap.get("options"):
            text = passage[:at] + "____" + passage[at + len(str(i)) + 2:]
            found.append((re.sub(r"\{\d+\}", "…", text), [(str(o["text"]), bool(o.get("correct"))) for o in gap["options"]]))
    if item.get("choices") and item.get("type") in ("single_choice", "multiple_select"):
        found.append((str(item.get("prompt", "")), [(str(c["text"]), bool(c.get("correct"))) for c in item["choices"]]))
    return found


def ruled_out_years(item: dict[str, Any], language: str) -> bool:
    """Whether an option of a set of year options falls where the prompt's words rule it out
    (``narrative_bounds``) while its keys do not: the options left are fewer than shown."""
    for prompt, options in option_sets(item):
        years = [_year(text) if re.fullmatch(r"\s*(?:1\d{3}|20\d{2})\s*", text) else None for text, _ in options]
        if not options or any(y is None for y in years):
            continue
        bounds = narrative_bounds(prompt, language)
        keys = [y for y, (_, right) in zip(years, options) if right and y is not None]
        wrong = [y for y, (_, right) in zip(years, options) if not right and y is not None]
        if keys and any(all(out_of_order(k, w, bounds) for k in keys) for w in wrong):
            return True
    return False


def dated_options(item: dict[str, Any], language: str) -> bool:
    """Whether the item offers a set of options that are all years or dates (a single choice,
    a multiple select, an option gap of a cloze)."""
    return any(options and all(is_date(text, language) for text, _ in options) for _prompt, options in option_sets(item))


def dated_problems(item: dict[str, Any], asked: str, language: str) -> list[str]:
    """A choice among years or dates, or a true/false statement whose swapped (or swappable)
    part ``asked`` is a year or date (``HELD_DATE``). On documents about real subjects, blind
    readers of session 9, who know what an encyclopedia knows, answered 11 of the 11 year and
    date choices ("His book on the subject appeared in ____" among 1840, 1841, 1850) and 16 of
    the 17 true/false statements with a swapped year or date ("The lighthouse was automated in
    2003"): the subject's dates, or the plausible one, settle them. On invented local stories
    they were at chance on such items; the rule does not tell the two kinds of document apart
    and holds both. The typed item of the same fact asks it instead (fewer choice items, as
    for the cues below)."""
    if dated_options(item, language) or (item.get("type") == "true_false" and asked and is_date(asked, language)):
        return [HELD_DATE]
    clocked = any(options and all(CLOCK_TIME.fullmatch(text.strip()) for text, _ in options) for _prompt, options in option_sets(item))
    if clocked or (item.get("type") == "true_false" and asked and CLOCK_TIME.fullmatch(asked.strip())):
        return [HELD_CLOCK]
    return []


def out_of_band(item: dict[str, Any], language: str) -> str | None:
    """A wrong figure option (not a year or date) of a single choice or a cloze's gap beyond
    FIGURE_BAND of its key, or None. The drafter draws options within the band
    (``Drafter.plausible``); options redrawn or swapped later are checked here."""
    for _prompt, options in option_sets(item):
        read = [option_number(text, language) for text, _ in options]
        if len(options) < 2 or any(r is None or is_date(text, language) for r, (text, _) in zip(read, options)):
            continue
        keys = [abs(r[0]) for r, (_, right) in zip(read, options) if r is not None and right]
        if len(keys) != 1 or not keys[0]:
            continue
        for r, (text, right) in zip(read, options):
            if r is not None and not right and not keys[0] / FIGURE_BAND <= abs(r[0]) <= keys[0] * FIGURE_BAND:
                return text
    return None


HELD_FORM = (
    "held back: the options are not written alike ({key!r} beside {option!r}: another unit, sign, kind of figure or number of "
    "decimals), so a reader picks or rules out an option by its form without the text; the typed item asks it (blind-form)"
)
DECIMALS = {"en": re.compile(r"\d\.(\d+)"), "es": re.compile(r"\d,(\d{1,2}|\d{4,})(?!\d)")}


def figure_form(text: str, language: str) -> tuple[bool, int, bool, str] | None:
    """How a figure option is written, as a blind reader sees it: (a year or date, its number of
    decimals, a percentage, its unit word: the last word, plural or not). None for a name.
    "12.42 hours" (False, 2, False, "hour"); "35 %" (False, 0, True, ""); "1961" (True, 0, False, "")."""
    if option_number(text, language) is None:
        return None
    if is_date(text, language):
        return (True, 0, False, "")
    decimals = DECIMALS["es" if language == "es" else "en"].search(text)
    words = [fold_word(w) for w in re.findall(r"[^\W\d_]+", text)]
    unit = re.sub(r"s$", "", words[-1]) if words else ""
    return (False, len(decimals.group(1)) if decimals else 0, bool(re.search(r"%|\bper\s*cent\b|\bpor\s+ciento\b", text)), unit)


def odd_form(item: dict[str, Any], language: str) -> tuple[str, str] | None:
    """(key, option) of a figure choice whose options are not written alike (``figure_form``):
    a "diurnal" period of 25.82 hours among 12 hours and 13 hours, a percentage among counts, a
    year among figures. The key alone of its form is picked, an option alone of another form
    dropped: either way the choice is settled in part without the text. None when alike."""
    for _prompt, options in option_sets(item):
        forms = [figure_form(text, language) for text, _ in options]
        if len(options) < 2 or any(f is None for f in forms) or all(f == forms[0] for f in forms):
            continue
        if not any(f is not None and not f[0] for f in forms):
            continue  # dates among dates (blind-date sees to them)
        key = next((i for i, (_, right) in enumerate(options) if right), None)
        if key is None:
            continue
        odd = next((i for i, f in enumerate(forms) if f != forms[key]), None)
        if odd is not None:
            return options[key][0], options[odd][0]
    return None


def problems(item: dict[str, Any], language: str) -> list[str]:
    """A choice on a figure or date whose key the options give away: options written in
    different forms, a wrong figure of another size, the prompt's time cue points to it, it
    stands apart from the others, or the prompt's words rule options out."""
    if (odd := odd_form(item, language)) is not None:
        return [HELD_FORM.format(key=odd[0], option=odd[1])]
    if (option := out_of_band(item, language)) is not None:
        return [HELD_BAND.format(option=option, band=FIGURE_BAND)]
    read = _figures(item, language)
    if read is None or sum(read[1]) != 1:
        return [HELD_ORDER] if ruled_out_years(item, language) else []
    values, right, dates = read
    key = values[right.index(True)]
    others = [v for v, r in zip(values, right) if not r]
    prompt = str(item.get("prompt", ""))
    reason = cue_problem(key, others, time_cue(prompt, language), dates)
    if reason is None and dates:
        bounds = narrative_bounds(prompt, language)
        years = [_year(str(c.get("text", ""))) for c in item["choices"]]
        key_year = years[right.index(True)]
        if key_year is not None and any(y is not None and out_of_order(key_year, y, bounds) for y in years):
            reason = HELD_ORDER
        elif (near := nearest_bound(item, language)) is not None and right[near[0]]:
            reason = HELD_BOUND
    return [reason] if reason else []


def _year(text: str) -> int | None:
    found = YEAR.findall(text)
    return int(found[-1]) if found else None


STRATEGIES = ("option the prompt's time cue points to", "the outlier option", "an option of the closest pair", "the year nearest the prompt's own", "the famous name")


def picks(name: str, item: dict[str, Any], language: str) -> list[int] | None:
    """The options a blind strategy of this module picks on one single-choice item, or None
    where it does not apply (the reader then guesses)."""
    if name == "the famous name":
        texts = [str(c.get("text", "")) for c in item.get("choices", [])]
        if item.get("type") != "single_choice" or any(re.search(r"\d", t) for t in texts):
            return None
        top = stands_out([fame(t, language) for t in texts])
        return None if top is None else [top]
    read = _figures(item, language)
    if read is None:
        return None
    values, _right, dates = read
    if name == "option the prompt's time cue points to":
        cue = time_cue(str(item.get("prompt", "")), language)
        if cue is None:
            return None
        best = max(values) if cue[0] == LATEST else min(values)
        return [i for i, v in enumerate(values) if v == best]
    if name == "the outlier option":
        far = outlier(values, dates)
        return None if far is None else [far]
    if name == "an option of the closest pair":
        return closest_pair(values, dates)
    if name == "the year nearest the prompt's own":
        return nearest_bound(item, language)
    return None


def nearest_bound(item: dict[str, Any], language: str | None = None) -> list[int] | None:
    """The year option nearest the year the prompt's sentence names on the side the telling
    puts the gap ("adopted in 2001, entered into force in ____": the first year after 2001);
    None when the prompt names no year or an option is no year."""
    low, high = narrative_bounds(str(item.get("prompt", "")), language)
    years = [_year(str(c.get("text", ""))) for c in item.get("choices", [])]
    if (low is None and high is None) or any(y is None for y in years):
        return None
    if low is not None:
        after = [(y - low, i) for i, y in enumerate(years) if y is not None and y >= low]
        return [min(after)[1]] if after else None
    before = [(high - y, i) for i, y in enumerate(years) if y is not None and high is not None and y <= high]
    return [min(before)[1]] if before else None


def closest_pair(values: Sequence[float], dates: bool) -> list[int] | None:
    """The indices of the two values nearest each other (None with fewer than three values, or
    a tie): drawn nearest-first around the key, the options always hold its nearest neighbour,
    and the key is then one of the closest pair far more often than chance."""
    if len(values) < 3:
        return None
    scaled = _scale(values, dates)
    pairs = sorted((abs(scaled[i] - scaled[j]), i, j) for i in range(len(scaled)) for j in range(i + 1, len(scaled)))
    if pairs[0][0] == pairs[1][0]:
        return None
    return [pairs[0][1], pairs[0][2]]


def fame(name: str, language: str | None = None) -> float:
    """How well a reader who never saw the document knows a person's name: its
    ``international_fame`` with the document's language, 0 when that language writes it far
    more than the others do ("Graham Boyd", "Julio González": a common name there) or when one
    language writes its last word so ("Schneider" in German, "Kane" in English: "Charles
    Conrad Schneider" is common words, not a famous man); 0 for figures and dates. Famous
    people are written alike everywhere (Darwin, Einstein, Picasso, Edison); a few famous in
    their own language first (Pasteur, Goya) are missed, never a common name taken for fame."""
    from quizapp.languages import FAME_LANGUAGES, international_fame

    words = name.split()
    if not words or re.search(r"\d", name):
        return 0.0
    if international_fame(words[-1]) > 0 and any(international_fame(words[-1], code) == 0 for code in FAME_LANGUAGES):
        return 0.0
    return international_fame(name, language)


def stands_out(fames: Sequence[float]) -> int | None:
    """The index of the one known name (FAME_KNOWN) whose fame exceeds every other option's by
    FAME_MARGIN at least: the option a blind reader singles out. None when there is none, or
    fewer than two options."""
    if len(fames) < 2:
        return None
    top = max(range(len(fames)), key=lambda i: fames[i])
    rest = max(f for i, f in enumerate(fames) if i != top)
    return top if fames[top] >= FAME_KNOWN and fames[top] - rest >= FAME_MARGIN else None


def unequal_fame(a: float, b: float) -> bool:
    """Whether one of two names is known (FAME_KNOWN) and the other FAME_MARGIN less so: a
    true/false swap between them ("Some years later Ambrose Tilley wrote to ..." for Charles
    Darwin, or Einstein swapped in for the society's geologist) a reader tells without the text."""
    return max(a, b) >= FAME_KNOWN and abs(a - b) >= FAME_MARGIN


def fame_fair(key: str, pool: Sequence[T], text: Callable[[T], str], shown: int, tight: bool, language: str | None = None) -> list[T]:
    """``pool`` (wrong people, the drafter's order of preference) reordered so that its first
    ``shown`` and the key hold no name standing out by fame (``stands_out``): the preferred set
    when it is fair, else the first fair set of the CANDIDATES nearest the front; the spares
    behind them are only names that keep it fair in any one's place (a later redraw may take
    one). For a true/false swap (``tight``), only names of the key's fame (``unequal_fame``).
    Unchanged when no set is fair: ``famous_option`` then holds the choice back."""
    own = fame(key, language)
    if tight:
        return [o for o in pool if not unequal_fame(own, fame(text(o), language))]
    if shown < 1 or len(pool) < shown:
        return list(pool)
    front = list(pool[:CANDIDATES])
    for chosen in itertools.combinations(range(len(front)), shown):
        picked = [front[i] for i in chosen]
        fames = [own, *(fame(text(o), language) for o in picked)]
        if stands_out(fames) is None:
            rest = [o for o in pool if not any(o is p for p in picked)]
            return [*picked, *(o for o in rest if all(stands_out([*fames[:i], fame(text(o), language), *fames[i + 1:]]) is None for i in range(1, len(fames))))]
    return list(pool)


def famous_option(item: dict[str, Any], language: str | None = None) -> list[str]:
    """A single choice or multiple select on people one of whose options is a known name
    standing out among the others (``stands_out``): ``HELD_FAME``. The drafter asks it of
    choices on people only (``fame`` measures people's names; a place's name is spelled
    differently in each language, and ``place_kinds`` and the familiarity band see to places)."""
    for _prompt, options in option_sets(item):
        texts = [text for text, _ in options]
        if len(texts) >= 2 and not any(re.search(r"\d", t) for t in texts) and stands_out([fame(t, language) for t in texts]) is not None:
            return [HELD_FAME]
    return []


__all__ = [
    "EARLIEST",
    "LATEST",
    "STRATEGIES",
    "closest_pair",
    "cue_problem",
    "fair_figures",
    "fame",
    "fame_fair",
    "famous_option",
    "figure_form",
    "narrative_bounds",
    "nearest_bound",
    "odd_form",
    "option_sets",
    "out_of_band",
    "out_of_era",
    "out_of_order",
    "outlier",
    "person_eras",
    "picks",
    "problems",
    "ruled_out_years",
    "stands_out",
    "time_cue",
    "unequal_fame",
    "years_of",
]
