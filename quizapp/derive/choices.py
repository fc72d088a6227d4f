"""Choice items a reader who never saw the document cannot guess: how their options are drawn,
and how a blind reader's simple strategies fare on them.

A blind reader (tests/benchmarks/blind_reader.py) sees only the choice items (single choice,
true/false, multiple select) and answers from their form. Each of their simple strategies
is a cue the drafter must not leave:

- **longest option** (a careful key, a sketchy distractor): see the linter's length cues;
- **most familiar option** (the one name they have heard of): options of one familiarity band,
  see ``familiarity_band``;
- **the option sharing most words with the prompt**: see the linter's stem overlap cue;
- **the middle number** (distractors drawn around the key put it between them): the key's rank
  among the options varies from item to item, see ``spread_rank``;
- **"true"** (a false statement reads odd): true/false answers balanced, swaps of the same kind;
- **the option the other choice items never mention** (the keys are never shown elsewhere): see
  ``_even_out_familiarity`` in quizapp.derive;
- **the option the prompt's "last"/"already" points to, the outlier figure**: see
  quizapp.derive.blindness.

``blind_scores`` runs these strategies over a set of items and returns each one's mark against
a uniform guesser's (the benchmark tests/benchmarks/derive_quality.py prints them), so that a
drafter change that makes options guessable shows there.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from quizapp.derive import blindness as blind_cues
from quizapp.derive.extract import Event, Facts, Sentence, read_dates
from quizapp.language import fold_word, words_for
from quizapp.languages import Language, language_for

CHOICE_TYPES = ("single_choice", "true_false", "multiple_select")
SINGLE_ANSWER = ("single_choice", "true_false")

# Options whose general-text frequencies (wordfreq's Zipf scale) differ by more than this are of
# two bands: "Paris" (5.9) among "Bradford" (3.6) and "Mount Jewett" (1.0) is the one a reader
# has heard of. A wrong option outside the key's band is drawn only when no other is left.
FAMILIARITY_BAND = 1.5

T = TypeVar("T")


# ---------------------------------------------------------------- drawing options


def familiarity_gap(key: str, option: str, familiarity: Callable[[str], float]) -> float:
    """How far ``option`` is from ``key`` in general-text familiarity (Zipf points; 0 for
    figures and dates, whose frequency says nothing of the event)."""
    if re.search(r"\d", key) or re.search(r"\d", option):
        return 0.0
    return abs(familiarity(key) - familiarity(option))


def familiarity_band(key: str, options: Sequence[T], text: Callable[[T], str], familiarity: Callable[[str], float]) -> list[T]:
    """The ``options`` (nearest first) of the key's familiarity band, the order kept: the wrong
    options a reader cannot tell from the key by having heard of them (or not). "Dduallt"
    among "London", "Dublin" and "Britain" is the one nobody has heard of, and so the key."""
    return [o for o in options if familiarity_gap(key, text(o), familiarity) <= FAMILIARITY_BAND]


# A name general text writes this often is one a well-read reader knows (Chinatown 3.3,
# Versailles 3.3, Guadalquivir 3.2, Triana 3.2, Thames 3.7), where a document's local names are
# not (Dogpatch 1.6, Alberche 2.1, Albaicín 2.2, Kennet 2.2) ...
KNOWN_NAME_ZIPF = 3.0
# ... and stands out, as the one option a reader has heard of, among wrong options each this
# much rarer (Chinatown 3.3 among Tenderloin 2.6 and Dogpatch 1.6; Triana 3.2 among Malasaña
# 2.4; not Tajo 3.6 beside Henares 3.4). Tuned on such names of our own (brief kindchoice):
# 0.5 would take pairs a reader knows equally (Tajo, Jarama 2.8), 1.0 lets Chinatown through.
KNOWN_NAME_LEAD = 0.7
HELD_KNOWN_NAME = (
    "held back: the right option {key!r} is a name general text writes far more often than every wrong option "
    "(word frequency {fame:.1f} against at most {other:.1f}): the one a reader has heard of, picked without the text; "
    "the typed item asks it (blind-known-name)"
)


def name_fame(option: str, familiarity: Callable[[str], float], generic: Callable[[str], bool]) -> float | None:
    """How often general text writes a name option, where a word frequency measures it: an
    option of one word once its article and class words go ("Triana", "the Thames", "Mercado de
    Triana" → Triana). None for a figure, a lower-case term, or a name of several words (word
    frequencies would rank "Cow Hollow" above "Chinatown")."""
    if re.search(r"\d", option):
        return None
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", option) if not generic(w)]
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    return familiarity(words[0])


def known_name_lead(key: str, wrong: Sequence[str], familiarity: Callable[[str], float], generic: Callable[[str], bool]) -> tuple[float, float] | None:
    """(the key's fame, the highest wrong option's) when the key is a name a reader knows
    (KNOWN_NAME_ZIPF) and every wrong option is KNOWN_NAME_LEAD rarer at least: the key stands
    out as the one name a reader has heard of ("destroyed by the fire together with ____":
    Chinatown among Dogpatch and Tenderloin). None otherwise, or where a fame is not measured
    (``name_fame``). A name that is a word of general text too (a river "Fleet") reads as known
    as well: a reader picks the word it knows just the same."""
    fame = name_fame(key, familiarity, generic)
    if fame is None or fame < KNOWN_NAME_ZIPF or not wrong:
        return None
    others = [name_fame(w, familiarity, generic) for w in wrong]
    if any(o is None for o in others):
        return None
    top = max(o for o in others if o is not None)
    return (fame, top) if fame - top >= KNOWN_NAME_LEAD else None


def comparable_fame_first(key: str, options: Sequence[T], text: Callable[[T], str], familiarity: Callable[[str], float],
                          generic: Callable[[str], bool]) -> list[T]:
    """``options`` with those of the key's fame first (the order kept otherwise) when the key is
    a name a reader knows: the wrong options shown are then names as well known ("Soho" beside
    "Chinatown"), not the local ones that would leave the key the one a reader has heard of
    (``known_name_lead``). Where the document has none, ``known_name_problems`` holds the item."""
    fame = name_fame(key, familiarity, generic)
    if fame is None or fame < KNOWN_NAME_ZIPF:
        return list(options)

    def comparable(option: T) -> bool:
        other = name_fame(text(option), familiarity, generic)
        return other is None or other > fame - KNOWN_NAME_LEAD
    return sorted(options, key=lambda o: not comparable(o))


@lru_cache(maxsize=8)
def _generic_name_words(language: str) -> frozenset[str]:
    """The language's place, organisation, connector and article words, folded (read once: every
    choice draft asks; the set took 0.9 s of a 3,000-word derive under the profiler)."""
    lang = language_for(language)
    return frozenset(fold_word(w) for w in (*lang.place_words, *lang.organisation_words, *lang.name_connectors, *lang.determiners))

def known_name_problems(item: dict[str, Any], language: str) -> list[str]:
    """A single choice, or a cloze's drop-down, on a place, body or other name (not a person's:
    ``blindness.fame_fair`` measures people) whose key is the one option a reader knows
    (``known_name_lead``); the typed item asks it."""
    lang = language_for(language)
    generic_words = _generic_name_words(language)

    def generic(w: str) -> bool:
        return fold_word(w) in generic_words
    sets: list[list[dict[str, Any]]] = []
    if item.get("type") == "single_choice":
        sets.append(list(item.get("choices", [])))
    sets += [list(g.get("options", [])) for g in item.get("gaps", []) or [] if isinstance(g, dict) and g.get("options")]
    for options in sets:
        keys = [str(o["text"]) for o in options if o.get("correct")]
        wrong = [str(o["text"]) for o in options if not o.get("correct")]
        if len(keys) != 1:
            continue
        lead = known_name_lead(keys[0], wrong, lang.familiarity, generic)
        if lead is not None:
            return [HELD_KNOWN_NAME.format(key=keys[0], fame=lead[0], other=lead[1])]
    return []


def same_shape(key: str, option: str, person: bool) -> bool:
    """Whether ``option`` has the key's shape: a regnal name ("Fernando VI") only among regnal
    names, and a person named by one word ("Lapulapu") only among people named by one word."""
    def regnal(name: str) -> bool:
        return any(re.fullmatch(r"[IVXLC]+", w) for w in name.split()[1:])
    if regnal(key) != regnal(option):
        return False
    return not person or (len(key.split()) == 1) == (len(option.split()) == 1)


def same_head_first(key: str, options: Sequence[T], text: Callable[[T], str], generic: set[str] | frozenset[str], minimum: int = 2) -> list[T]:
    """``options`` sharing the key's generic head noun ("Sackville Street" among streets,
    "Erie Railroad" among railroads), only those when there are ``minimum`` of them, else
    first, the order kept otherwise. Only when the key's last word is a generic place or
    organisation word."""
    words = key.split()
    head = fold_word(words[-1]) if words else ""
    if head not in generic:
        return list(options)
    alike = [o for o in options if text(o).split() and fold_word(text(o).split()[-1]) == head]
    if len(alike) >= minimum:
        return alike  # "lived nearby on ____": streets only, no "Newcastle upon Tyne"
    return sorted(options, key=lambda o: fold_word(text(o).split()[-1]) != head if text(o).split() else True)


def odd_head(key: str, options: Sequence[str], generic: set[str] | frozenset[str]) -> bool:
    """Whether the key is the one option of its generic head noun among options of other
    generic heads ("Erie Railroad" among "Elmira Bridge Company" and "Pennsylvania Department
    of Transportation"): the sentence's wording ("abandoned the line") picks the railway. A
    name's head is its last generic word ("Department", "Compañía" of "Compañía del Canal")."""
    def head(name: str) -> str:
        return next((w for w in reversed([fold_word(w) for w in name.split()]) if w in generic), "")

    mine = head(key)
    theirs = [head(o) for o in options]
    return bool(mine) and mine not in theirs and all(theirs)


def spread_rank(key: float, options: Sequence[T], value: Callable[[T], float], shown: int, seed: str) -> list[T]:
    """``options`` (figures or dates, nearest to the key first) reordered so that the first
    ``shown`` put the key at a rank among them chosen by ``seed``: lowest, highest or any place
    between, as the document's values on each side allow. Drawn nearest-first around the key,
    the options would put it in the middle every time, and "pick the middle value" would beat
    chance without the text; drawn at a varying rank, no place in the order is a cue."""
    below = [o for o in options if value(o) < key]
    above = [o for o in options if value(o) > key]
    if shown < 1 or len(options) <= 1:
        return list(options)
    wanted = zlib.crc32(seed.encode()) % (shown + 1)  # options below the key
    low = max(0, shown - len(above))
    high = min(len(below), shown)
    if low > high:
        return list(options)  # fewer options than shown: keep the nearest
    below_count = min(max(wanted, low), high)
    head = [*below[:below_count], *above[: shown - below_count]]
    rest = [o for o in options if not any(o is h for h in head)]
    return [*head, *rest]


# Spanish articles before a gap, with the gender and number of the noun they go with.
ES_ARTICLES = {
    "el": ("m", "s"), "del": ("m", "s"), "al": ("m", "s"), "un": ("m", "s"),
    "la": ("f", "s"), "una": ("f", "s"), "los": ("m", "p"), "unos": ("m", "p"), "las": ("f", "p"), "unas": ("f", "p"),
}
ES_FEMININE = re.compile(r"(?:a|as|ion|iones|dad|dades|tad|tud|umbre|ez)$")
ES_MASCULINE = re.compile(r"(?:o|os|or|ores|aje|ajes|on|ones|ismo|ismos)$")
ES_MASCULINE_IN_A = frozenset(("dia", "mapa", "planeta", "sistema", "programa", "problema", "tema", "clima", "idioma", "puerto"))
EN_CONSONANT_SOUND = re.compile(r"(?:uni|use|usu|uti|eu|ewe|one|once|u[bcfgklmnprstvz][aeiou])", re.IGNORECASE)


def starts_with_vowel_sound(word: str) -> bool:
    """Whether English writes "an" before ``word`` ("an engineer", "an hour", "an MP"; "a
    union", "a one-way", "a European")."""
    if figure := re.match(r"\d[\d,]*", word):
        return _figure_starts_with_vowel_sound(figure.group())
    if EN_CONSONANT_SOUND.match(word):
        return False
    if re.fullmatch(r"[A-Z]{2,}\w*", word):  # an acronym read letter by letter: "an FBI agent", "a NATO base"
        return word[0] in "AEFHILMNORSX"
    return bool(re.match(r"(?:hour|honest|honou?r|heir|[aeiou])", word, re.IGNORECASE))


def _figure_starts_with_vowel_sound(digits: str) -> bool:
    """Whether a figure is spoken from a vowel: "an 80 per cent rate", "an 11-hour shift", "an
    8,000-tonne ship", "an 800 m climb"; "a 20 per cent rate", "a 1,800 m pass" (one thousand
    eight hundred). The leading group of thousands is what is said first."""
    value = int(digits.replace(",", "") or 0)
    while value >= 1000:
        value //= 1000
    if value >= 100:
        return value // 100 == 8
    return value in (8, 11, 18) or 80 <= value <= 89


def spanish_gender_number(phrase: str) -> tuple[str | None, str]:
    """The gender ("m", "f" or None when the ending does not say) and number ("s", "p") of a
    Spanish noun phrase's first word: "Compañía del Canal" f s, "Ramal Sur" None s, "Puerto
    Nieblas" m s. Only endings that are nearly always right count."""
    first = fold_word(phrase.split()[0]) if phrase.split() else ""
    number = "p" if re.search(r"[^s]s$", first) and len(first) > 3 else "s"
    if first in ES_MASCULINE_IN_A:
        return "m", number
    if ES_FEMININE.search(first):
        return "f", number
    if ES_MASCULINE.search(first):
        return "m", number
    return None, number


def agrees(before_gap: str, key: str, option: str, language: str) -> bool:
    """Whether ``option`` reads as grammatically in the gap as ``key`` does, given the words just
    before the gap: "an ____" rules out a name opening with a consonant sound, and "la ____" a
    masculine or plural noun ("la Ramal Sur"). An option the prompt's wording rules out is a
    wrong option a reader drops without the text."""
    words = re.findall(r"[^\W\d_]+", before_gap)
    article = words[-1].lower() if words and re.search(rf"{re.escape(words[-1])}\s*$", before_gap) else ""
    if not article or not option or not key:
        return True
    if language == "en" and article in ("a", "an"):
        return starts_with_vowel_sound(option) == starts_with_vowel_sound(key)
    if language == "es" and article in ES_ARTICLES:
        key_gender, key_number = spanish_gender_number(key)
        gender, number = spanish_gender_number(option)
        if number != key_number:
            return False
        return gender is None or key_gender is None or gender == key_gender
    return True


# ---------------------------------------------------------------- dated events for ordering and matching

# Where a sentence joins two clauses ("Construction began in 1833 and the railway opened in
# 1836"), and where a clause's own tail starts ("..., after which the track was left to rust").
CLAUSE_JOIN = re.compile(
    r"(?:,\s+|\s+)(?:and|but|while|y|e|pero|mientras)\s+(?=(?:the|a|an|its|el|la|los|las|un|una|sus?|[A-ZÁÉÍÓÚÑ])\b)|;\s+"
)
CLAUSE_TAIL = re.compile(r",\s+(?:after which|which|when|where|who|whose|cuando|donde|que|quien|tras lo cual|lo que)\b.*$")
# A clause whose subject is in another sentence or clause ("It reopened in 1955", "Se
# interrumpieron en 1754"): no event on its own.
LEANING_OPENERS = frozenset(("it", "they", "he", "she", "this", "these", "those", "se", "ella", "ellos", "ellas", "esto", "estos", "estas"))
LEANING_WORDS = frozenset(("them", "him", "her", "his", "their", "it", "its", "lo", "la", "le", "les", "los"))  # as a word after the subject
EVENT_WORDS = (2, 14)  # an event's words: enough to say what happened, short enough to read as an item


def dated_clauses(facts: Facts) -> list[Event]:
    """Events a sentence dates clause by clause, beyond the whole-sentence ones the extractor
    reads: "Construction began in 1833 and the railway opened in 1836" gives "Construction
    began" (1833) and "The railway opened" (1836); "The passenger service ended in 1939, and
    the last slate train ran in 1946, after which ..." gives two as well. A clause counts when
    its date (a year, or a full date) ends it ("... opened in 1836") or opens it ("In 1869 the
    company tested ..."), it has a subject of its own and no other figure, and what is left
    is 3 to 14 words. Ordering and matching items are made of them."""
    lang = facts.language
    openers = {fold_word(w) for w in lang.context_openers} | LEANING_OPENERS | {fold_word(w) for w in lang.pronouns if w.lower() != "el"}
    out: list[Event] = []
    for s in facts.sentences:
        dated = [m for m in s.mentions if m.kind in ("year", "date")]
        if not dated or s.words > 45:
            continue
        cuts = [0, *(m.end() for m in CLAUSE_JOIN.finditer(s.text)), len(s.text)]
        starts = [0, *(m.start() for m in CLAUSE_JOIN.finditer(s.text)), len(s.text)]
        for i in range(len(cuts) - 1):
            a, b = cuts[i], starts[i + 1]
            clause = s.text[a:b]
            tail = CLAUSE_TAIL.search(clause)
            if tail:
                clause, b = clause[: tail.start()], a + tail.start()
            clause = clause.rstrip(" .;:")
            inside = [m for m in s.mentions if a <= m.start - s.start < a + len(clause)]
            if len([m for m in inside if m.kind in ("year", "date", "month", "number")]) != 1:
                continue
            date = next((m for m in inside if m.kind in ("year", "date")), None)
            if date is None or not isinstance(date.value, tuple) or not date.value[0]:
                continue
            local = date.start - s.start - a, date.end - s.start - a
            head = re.match(r"^(?:In|On|By|En|El|Hacia)\s*$", clause[: local[0]], re.IGNORECASE)
            if head:
                rest = clause[local[1]:].lstrip(" ,")
            elif re.search(r"\s(?:in|on|en|el)\s*$", clause[: local[0]]) and not clause[local[1]:].strip():
                rest = re.sub(r"\s(?:in|on|en|el)\s*$", "", clause[: local[0]])
            elif re.search(r"\s(?:in|on|en|el)\s*$", clause[: local[0]]) and re.match(r"\s+(?:in|at|by|near|from|en|por|cerca|desde)\s", clause[local[1]:]):
                # "... were delivered in 1863 by George England", "comenzaron el 16 de julio de 1753 en la localidad de ...":
                # the event stops before its date (what follows is a detail, and the item is a span of the text).
                rest = re.sub(r"\s(?:in|on|en|el)\s*$", "", clause[: local[0]])
            else:
                continue
            words = rest.split()
            if not EVENT_WORDS[0] <= len(words) <= EVENT_WORDS[1] or any(c.isdigit() for c in rest):
                continue
            first = fold_word(words[0].strip(",")) if words else ""
            if any(w.lower() in LEANING_WORDS for w in words[1:]) and lang.code == "en":
                continue  # "The deviation took them thirteen years": them, whose referent is elsewhere
            if len(words) > 1 and first in lang.determiners and fold_word(words[1]) in lang.name_connectors:
                continue  # "El de Rouen fue destruido": the noun is in another sentence
            if first in openers or (words[0][:1].islower() and first not in lang.determiners and first not in lang.possessives):
                continue  # no subject of its own ("se interrumpieron", "it reopened", "atacó ...")
            out.append(Event(rest[0].upper() + rest[1:], date, s.paragraph, s.index))
    return out


def dated_events(facts: Facts) -> list[Event]:
    """The extractor's dated events and the clause-level ones, one per (sentence, date), in
    document order."""
    seen: set[tuple[int, int]] = set()
    out: list[Event] = []
    for e in sorted([*facts.events, *dated_clauses(facts)], key=lambda e: (e.paragraph, e.sentence, e.date.start)):
        if (e.sentence, e.date.start) not in seen:
            seen.add((e.sentence, e.date.start))
            out.append(Event(trim_event(without_lead_in(without_connective(e.text, facts.language))), e.date, e.paragraph, e.sentence))
    return out


def without_connective(text: str, lang: Language) -> str:
    """An event without the connective opening it ("For that reason, the owners built ...",
    «Por eso, los dueños construyeron ...» -> "The owners built ..."; brief full-fronts): the
    connective points at a sentence the item does not show, and trimmed at its comma the event
    would be the connective alone («Por eso»). Else the text as it is."""
    from quizapp.derive.context import marker_prefix  # context is read by the drafter that reads this module

    cut = marker_prefix(text, lang)
    rest = text[cut:]
    if not cut or len(rest.split()) < 2 or not rest[:1].isalpha():
        return text
    return rest[0].upper() + rest[1:]


# A circumstance leading an event's clause ("After a long delay, the county approved ...",
# «Tras fuertes protestas rurales, la diputación aprobó ...»): cut as a step, the comma would
# leave the circumstance alone ("After a long delay"), a fragment (brief context3).
LEAD_IN = re.compile(
    r"^(?:after|before|following|despite|in spite of|with|without|during|amid|under|because of|due to|owing to|thanks to|once"
    r"|tras|después de|despues de|antes de|pese a|a pesar de|con|sin|durante|ante|bajo|gracias a|debido a|a raíz de|a raiz de"
    r"|al cabo de|ya con)\s+[^,;:]{2,60},\s+(?=\S)",
    re.IGNORECASE,
)


def without_lead_in(text: str) -> str:
    """An event without the circumstance leading its clause ("After a long delay, the county
    approved the crossing" -> "The county approved the crossing"), when a clause of two words or
    more follows; else the text as it is."""
    lead = LEAD_IN.match(text)
    rest = text[lead.end():] if lead else ""
    if not lead or len(rest.split()) < 2:
        return text
    return rest[0].upper() + rest[1:]


APPOSITIVE = re.compile(r",\s+(?:a|an|the|who|which|whose|un|una|el|la|los|las|que|quien|donde|where)\b.*$")


def trim_event(text: str) -> str:
    """An event without the appositive or relative clause that ends it ("The company tested
    Little Wonder, a double engine built to the design of Robert Fairlie, a Scottish engineer"
    -> "The company tested Little Wonder"): a short item to order or match, which shows no
    other question's answer."""
    trimmed = APPOSITIVE.sub("", text).rstrip(" ,")
    return trimmed if len(trimmed.split()) >= 2 else text


def event_groups(events: Sequence[Event], size: int = 4, minimum: int = 3) -> list[list[Event]]:
    """Events (in document order) in groups of ``size`` (a last one of ``minimum`` or more),
    each of distinct years and of distinct sentences: two clauses of one sentence ("construction
    began ... the railway opened") are ordered by their wording, not by the text."""
    groups: list[list[Event]] = []
    current: list[Event] = []
    for event in events:
        year = event.date.value[0] if isinstance(event.date.value, tuple) else 0
        if any((isinstance(e.date.value, tuple) and e.date.value[0] == year) or e.sentence == event.sentence for e in current):
            continue
        current.append(event)
        if len(current) == size:
            groups.append(current)
            current = []
    if len(current) >= minimum:
        groups.append(current)
    return groups


def same_form(key: str, option: str, determiners: frozenset[str] | set[str]) -> bool:
    """Whether ``option`` is written like ``key``: both open with an article ("La Sociedad
    Harinera de Valladolid") or neither does ("Compañía del Canal de Castilla"). The one option
    with an article (or without) is the one the sentence was cut around, or the odd one out."""
    def opens(text: str) -> bool:
        words = text.split()
        return len(words) > 1 and fold_word(words[0]) in determiners
    return opens(key) == opens(option)


def roles_fit(key_role: str | None, other_role: str | None) -> bool:
    """Whether a person may be swapped for another in a true/false statement: the text gives
    them the same role noun ("engineer" for "engineer"), or does not give one of them any (then
    nothing in the text makes the swap odd: "The line was surveyed by Henry Archer" is as
    plausible as the true "... by James Spooner"). Two different roles (an engineer's design
    credited to a businessman) make a false statement a reader rules out without the text."""
    return key_role is None or other_role is None or key_role == other_role


# ---------------------------------------------------------------- what a share measures

# A percentage plays one of three roles in its sentence, and a reader who knows what each role's
# values look like rules out options of another ("a guaranteed yearly return of ____" among
# 16 %, 40 % and 90 %: the 90 % was the share of the parish that joined, the 40 % a rise in
# price; no promised return is either):
# - a share of a whole, a figure followed by "of"/«de» ("90 per cent of the labourers", «el 30 %
#   de los socios»);
# - a change, after "by" or its Spanish «un» behind a verb or noun of change ("rose by 40 per
#   cent", «subió un 40 %», "an increase of 12 %", «una caída del 8 %»);
# - a rate or level, any other ("a yearly return of 12 per cent", "a tax of 5 %").
PERCENT_UNIT = re.compile(r"%|per\s*cent|percent|por\s+ciento", re.IGNORECASE)
SHARE_AFTER = re.compile(r"^\s*(?:of|de|del)\b", re.IGNORECASE)
CHANGE_VERBS = {
    "en": r"rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|ing)?|increas\w*|decreas\w*|dropp?\w*|declin\w*|cut|"
          r"rais\w*|reduc\w*|climb\w*|jump\w*|soar\w*|slump\w*|shrank|shrunk|shrink\w*|up|down",
    "es": r"aument\w*|rebaj\w*|sub(?:e|en|i[óo]|ieron|[íi]a|[íi]an|ido)|baj\w*|ca(?:e|en|y[óo]|yeron|[íi]a|[íi]an|[íi]do)|crec\w*|redu[jc]\w*|"
          r"disminu\w*|descend\w*|desciend\w*|encarec\w*|abarat\w*|recort\w*|increment\w*|dispar\w*|desplom\w*",
}
CHANGE_NOUNS = {
    "en": r"increases?|decreases?|rises?|falls?|drops?|declines?|cuts?|reductions?|growth|gains?|loss(?:es)?|jumps?|slumps?",
    "es": r"aumentos?|subidas?|bajadas?|ca[íi]das?|crecimientos?|reducci[oó]n|reducciones|descensos?|recortes?|incrementos?|rebajas?|p[ée]rdidas?|mermas?",
}
CHANGE_BY = {"en": r"by", "es": r"(?:en\s+)?un"}
# The words of the figure's clause before it (no comma, colon or semicolon between), at most this many.
CLAUSE_WORDS = 6


# A length plays the role of one dimension, which the words beside it say ("625 metres long",
# "92 metres above the creek", «61 metros de altura», "at a depth of 40 metres"): a bridge's
# height among lengths is ruled out by a reader who knows how bridges are built.
LENGTH_UNIT = re.compile(
    r"\b(?:m|metres?|meters?|km|kilomet(?:re|er)s?|feet|foot|ft|yards?|miles?|cm|centimet(?:re|er)s?|"
    r"metros?|kil[oó]metros?|pies|millas?|cent[ií]metros?)$", re.IGNORECASE)
DIMENSIONS_AFTER = {
    "en": (("altitude", r"above\s+(?:mean\s+)?sea(?:\s+level)?|a\.?s\.?l\b"), ("thickness", r"thick|in\s+thickness"),
           ("height", r"high|tall|above|up|in\s+height|of\s+height"), ("length", r"long|in\s+length"),
           ("depth", r"deep|below|down|into|in\s+depth"), ("width", r"wide|broad|across|in\s+(?:width|diameter)")),
    "es": (("altitude", r"sobre\s+el\s+nivel\s+del\s+mar|s\.\s*n\.\s*m\b|msnm\b"), ("thickness", r"de\s+(?:espesor|grosor|grueso)"),
           ("height", r"de\s+(?:altura|alto)|sobre\s+(?:el|la|los|las)\b|por\s+encima"), ("length", r"de\s+(?:largo|longitud)"),
           ("depth", r"de\s+(?:profundidad|hondo)|bajo\s+(?:el|la|los|las)\b|por\s+debajo"), ("width", r"de\s+(?:ancho|anchura|di[aá]metro)")),
}
DIMENSIONS_BEFORE = {
    "en": (("altitude", r"altitude|elevation"), ("thickness", r"thickness"), ("height", r"height"), ("length", r"length"), ("depth", r"depth"),
           ("width", r"width|breadth|diameter")),
    "es": (("altitude", r"altitud|elevaci[oó]n|cota"), ("thickness", r"espesor|grosor"), ("height", r"altura"), ("length", r"longitud"),
           ("depth", r"profundidad"), ("width", r"anchura|di[aá]metro")),
}
DIMENSION_ROLES = frozenset(("altitude", "thickness", "height", "length", "depth", "width"))
# A verb of sinking right before the figure says a depth ("is sunk about 18 cm into the
# housing", «se hunde unos 18 centímetros»).
SUNK_BEFORE = {
    "en": r"\b(?:sunk|sinks?|sank|sinking|buried|driven|dug)\s+(?:(?:about|some|around|nearly|almost)\s+)?$",
    "es": r"\b(?:(?:se\s+)?h[uo]nd(?:e|en|i[oó]|ieron|[ií]a|[ií]an)|hundid[oa]s?|enterrad[oa]s?)\s+(?:(?:unos|unas|cerca\s+de|casi)\s+)?$",
}
# A figure with no word of its own that takes up the dimension of the figure before it in the
# sentence ("242.5 m above sea level at its highest and 231 m at its lowest", «9 metros de
# espesor en la coronación y 21 metros en la base»): only a place or a bound follows it.
ELIDED_AFTER = {
    "en": r"^\s*(?:[,.;)]|$|(?:at|in|on|for|and|or|near|by|each|respectively)\b)",
    "es": r"^\s*(?:[,.;)]|$|(?:en|a|al|y|e|o|u|para|cada|junto|respectivamente)\b)",
}
LENGTH_FIGURE = re.compile(
    r"\d[\d.,]*\s*(?:m|metres?|meters?|km|kilomet(?:re|er)s?|feet|foot|ft|yards?|miles?|cm|centimet(?:re|er)s?|"
    r"metros?|kil[oó]metros?|pies|millas?|cent[ií]metros?)\b", re.IGNORECASE)


def _own_dimension(before: str, after: str, code: str) -> str | None:
    for role, words in DIMENSIONS_AFTER[code]:
        if re.match(rf"^\s*(?:{words})(?!\w)", after, re.IGNORECASE):
            return role
    for role, words in DIMENSIONS_BEFORE[code]:
        if re.search(rf"\b(?:{words})\s+(?:of|de)\s+(?:(?:about|some|around|unos|unas|cerca\s+de|casi)\s+)?$", before, re.IGNORECASE):
            return role
    if re.search(SUNK_BEFORE[code], before, re.IGNORECASE):
        return "depth"
    return None


def _dimension(before: str, after: str, code: str) -> str | None:
    """The dimension a length measures from the words right beside it, or None when they do
    not say ("walk 190 metres out over the valley"); a figure with no word of its own after one
    that has ("... at its highest and 231 m at its lowest") measures what that one does."""
    own = _own_dimension(before, after, code)
    if own is not None or not re.match(ELIDED_AFTER[code], after, re.IGNORECASE):
        return own
    clause = re.split(r"[.;:]\s", before)[-1]
    previous = list(LENGTH_FIGURE.finditer(clause))
    if not previous:
        return None
    last = previous[-1]
    return _own_dimension(clause[:last.start()], clause[last.end():], code)


def figure_role(before: str, text: str, after: str, language: str) -> str | None:
    """The role a figure plays in its sentence, from the words ``before`` and ``after`` the
    figure ``text``, where the unit alone does not say it; None when the words do not say, or
    for a unit of one role (a weight). A percentage is a "share", a "change" or a "rate". A
    change: a noun of change in the figure's clause before it ("the fall reached 60 %", «la
    caída llega al 60 %») or right after it ("a 40 % rise"), a verb of change with "by"/«un»
    ("rose by 40 %", «subió un 40 %»; "fell to 20 %" is a level). A length is a "height", a
    "length", a "depth" or a "width" where the words beside it say so."""
    code = "es" if language == "es" else "en"
    if LENGTH_UNIT.search(text.strip()):
        return _dimension(before, after, code)
    if not PERCENT_UNIT.search(text):
        return None
    clause = " ".join(re.split(r"[,;:()]", before)[-1].split()[-CLAUSE_WORDS:]) + " "
    verbs, nouns = CHANGE_VERBS[code], CHANGE_NOUNS[code]
    if (re.search(rf"\b(?:{nouns})\b", clause, re.IGNORECASE) or re.match(rf"^\s*(?:{nouns}|m[aá]s|menos)\b", after, re.IGNORECASE)
            or re.search(rf"\b(?:{verbs})\b(?:\s+[^\W\d_]+){{0,3}}?\s+{CHANGE_BY[code]}\s+(?:[^\W\d_]+\s+)?$", clause, re.IGNORECASE)):
        return "change"
    if SHARE_AFTER.match(after):
        return "share"
    return "rate"


R = TypeVar("R")


def role_groups(roles: Sequence[R], noun: Callable[[R], str | None], size: int = 4, minimum: int = 3) -> list[list[R]]:
    """People with their roles (in document order) in groups of ``size`` (a last one of
    ``minimum`` or more) whose role nouns differ: "engineer" and "railway engineer" fit both
    people, and one such pair would spoil the group, so the second one waits for the next
    group instead of the whole group being dropped."""
    groups: list[list[R]] = []
    waiting = list(roles)
    while len(waiting) >= minimum:
        group: list[R] = []
        rest: list[R] = []
        for r in waiting:
            n = noun(r)
            if len(group) < size and not (n and any(noun(g) == n for g in group)):
                group.append(r)
            else:
                rest.append(r)
        if len(group) < minimum:
            break
        groups.append(group)
        waiting = rest
    return groups


def pick_seed(*parts: object) -> str:
    """A seed for ``spread_rank`` from what identifies the item: the same draft, the same rank."""
    return "|".join(str(p) for p in parts)


# ---------------------------------------------------------------- blind strategies


def _options(item: dict[str, Any]) -> list[str]:
    if item.get("type") == "true_false":
        return ["true", "false"]
    return [str(c["text"]) for c in item.get("choices", [])]


def _key_indices(item: dict[str, Any]) -> set[int]:
    if item.get("type") == "true_false":
        return {0 if item.get("answer") else 1}
    return {i for i, c in enumerate(item.get("choices", [])) if c.get("correct")}


def _ties(values: Sequence[float], best: Callable[[Sequence[float]], float]) -> list[int] | None:
    """The indices with the best value; None when every option has it (the cue says nothing)."""
    if not values:
        return None
    top = best(values)
    picked = [i for i, v in enumerate(values) if v == top]
    return None if len(picked) == len(values) else picked


def option_value(text: str, language: str) -> float | None:
    """A figure or date option as a number to order by ("1863", "21 de octubre de 1520",
    "3 November 1903", "33.5 metres", "150,000 pounds"), None for anything else."""
    lang = language_for(language)
    sentence = Sentence(paragraph=0, index=-1, start=0, end=len(text), text=text)
    dates = [m.value for m in read_dates(sentence, lang) if isinstance(m.value, tuple)]
    if dates and dates[0][0]:
        year, month, day = dates[0]
        return year * 400 + month * 32 + day
    figure = re.match(r"\s*(\d[\d.,\s]*)", text)
    if not figure:
        return None
    digits = figure.group(1).strip()
    if language == "es":
        digits = digits.replace(".", "").replace(" ", "").replace(",", ".")
    else:
        digits = digits.replace(",", "").replace(" ", "")
    try:
        return float(digits)
    except ValueError:
        return None


def _words(text: str, language: str) -> set[str]:
    stop = words_for(language).stop_words
    return {w for w in (fold_word(x) for x in re.findall(r"[^\W\d_]+", text)) if len(w) > 3 and w not in stop}


def _mentions(item: dict[str, Any]) -> str:
    """Everything a blind reader reads in an item, normalised, padded with spaces."""
    parts = [str(item.get("prompt", "")), *(_options(item) if item.get("type") != "true_false" else [])]
    return " " + " ".join(re.findall(r"[^\W_]+", fold_word(" ".join(parts)))) + " "


def _picks(name: str, item: dict[str, Any], context: str, language: str) -> list[int] | None:
    """The options a strategy picks on one item (ties: each equally likely), or None when it
    does not apply there (the reader then guesses uniformly)."""
    options = _options(item)
    qtype = item.get("type")
    if name == "always true":
        return [0] if qtype == "true_false" else None
    if qtype != "single_choice":
        return None
    if name == "longest option":
        return _ties([len(o) for o in options], max)
    if name == "most familiar option":
        if any(re.search(r"\d", o) for o in options):
            return None
        lang = language_for(language)
        return _ties([lang.familiarity(o) for o in options], max)
    if name == "most words shared with the prompt":
        prompt = _words(str(item.get("prompt", "")), language)
        return _ties([len(_words(o, language) & prompt) for o in options], max)
    if name == "middle number":
        values = [option_value(o, language) for o in options]
        if len(options) < 3 or any(v is None for v in values):
            return None
        order = sorted(range(len(options)), key=lambda i: values[i] or 0.0)
        return order[1:-1]
    if name in blind_cues.STRATEGIES:
        return blind_cues.picks(name, item, language)
    if name == "option the other items never mention":
        def normal(text: str) -> str:
            return " " + " ".join(re.findall(r"[^\W_]+", fold_word(text))) + " "
        return _ties([-context.count(normal(o)) for o in options], max)
    return None


STRATEGIES = (
    "longest option", "most familiar option", "most words shared with the prompt", "middle number", "always true",
    "option the other items never mention", *blind_cues.STRATEGIES,
)


def blind_scores(items: Sequence[dict[str, Any]], language: str) -> dict[str, tuple[float, float, int, int]]:
    """For each blind strategy: (its expected mark in %, a uniform guesser's in %, the single
    choice and true/false items it was run on, the items where it applies). A strategy that
    does not apply to an item guesses uniformly there. The other items a strategy may read
    are the choice items of ``items`` (all a blind reader is shown)."""
    single = [i for i in items if i.get("type") in SINGLE_ANSWER and _options(i)]
    shown = [i for i in items if i.get("type") in CHOICE_TYPES]
    chance = [1 / len(_options(i)) for i in single]
    out: dict[str, tuple[float, float, int, int]] = {}
    for name in STRATEGIES:
        marks: list[float] = []
        applied = 0
        for item in single:
            context = "".join(_mentions(o) for o in shown if o is not item)
            picks = _picks(name, item, context, language)
            if picks is None or not picks:
                marks.append(1 / len(_options(item)))
                continue
            applied += 1
            keys = _key_indices(item)
            marks.append(sum(1 for p in picks if p in keys) / len(picks))
        if single:
            out[name] = (100 * sum(marks) / len(marks), 100 * sum(chance) / len(chance), len(single), applied)
    return out


__all__ = [
    "CHOICE_TYPES",
    "FAMILIARITY_BAND",
    "KNOWN_NAME_LEAD",
    "KNOWN_NAME_ZIPF",
    "STRATEGIES",
    "agrees",
    "blind_scores",
    "comparable_fame_first",
    "dated_clauses",
    "dated_events",
    "event_groups",
    "familiarity_band",
    "familiarity_gap",
    "known_name_lead",
    "known_name_problems",
    "name_fame",
    "odd_head",
    "option_value",
    "pick_seed",
    "role_groups",
    "roles_fit",
    "same_form",
    "same_head_first",
    "same_shape",
    "spread_rank",
    "starts_with_vowel_sound",
]
