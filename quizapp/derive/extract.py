"""Reading a document's facts: names, numbers, dates, roles, dated events and definitions.

Light rules, no model: a name is a run of capitalised words (a sentence's first word counts only
when the document also writes it capitalised elsewhere); its kind (person, place, organisation)
comes from the words around it and in it; a number takes the word after it as its unit; dates
follow the language's formats. Everything is found with character offsets in its paragraph, so
that every draft can cite the span its answer comes from.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import pairwise

from quizapp.language import fold_word
from quizapp.languages import Language
from quizapp.derive import context
from quizapp.derive.place_kinds import country_adjective

TOKEN = re.compile(r"[^\W_][\w'’\-]*", re.UNICODE)
ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$")
DEMONYM = re.compile(r"(?:an|ese|ish|ch|ic|ian|ous)$")
MAX_PROMPT_WORDS = 48  # long enough for a fact-rich sentence with two clauses
# The same names and sentences are folded again and again while drafting and checking.
fold = lru_cache(maxsize=1 << 16)(fold_word)
LEANING = frozenset(("them", "ellos", "ellas", "it", "this", "these", "those"))  # words a definition cannot stand without
# Prepositions and conjunctions the languages' stop words miss, which open a sentence before a
# name ("Like Smeaton's tower, …", "Igual que Humboldt, …"): never the name's first word, or a
# gap on the name swallows them (fresh review, kinds7 (e): key "Like Smeaton").
# Name connectors that are prepositions, never a surname's particle: opening a sentence ("For
# Pryor herself, the settlement came too late", "Of Gibb, the papers wrote little") they are not
# part of the name after them, and "For Pryor" offered as an option or a key is a phrase cut
# from the sentence (brief choices2).
PREPOSITION_CONNECTORS = frozenset(("of", "for", "upon", "contra"))
LEADING_FUNCTION_WORDS = {
    "en": frozenset(["like", "unlike", "despite", "beyond", "besides", "per", "via", "including", "towards", "toward", "upon", "within", "throughout", "behind"]),
    "es": frozenset(["igual", "tras", "ante", "durante", "hacia", "mediante", "salvo", "excepto", "incluso", "conforme"]),
}
# A canal or a line named after its two ends ("Kennet and Avon Canal"), a works after its two
# owners ("Hartley and Moss Foundry"): one name over its "and".
JOINED_ENDS = frozenset(("Canal", "Railway", "Navigation", "Tramway", "Turnpike", "Junction", "Foundry", "Works", "Brewery", "Mills", "Shipyard"))
# A plural noun before two names ("las casas de Pedro Arregui y Lizarraga", «los hermanos Soto y
# Vidal»): each name is one of them, and "y" joins two names, not a double surname (brief tfunits).
PLURAL_OWNERS = re.compile(r"(?:^|\s)(?:los|las|unos|unas|ambos|ambas|dos)\s+(?:[^\W\d_]+\s+)?[^\W\d_]+s\s+(?:de\s+(?:los\s+|las\s+)?)?$", re.IGNORECASE)
# Titles of nobility English writes capitalised before a name, beside the language's titles:
# "Count Lorenzo Falier" is Lorenzo Falier.
NOBLE_TITLES = frozenset(("Count", "Countess", "Duke", "Duchess", "Archduke", "Archduchess", "Earl", "Baron", "Baroness", "Marquis", "Marquess", "Marchioness", "Viscount", "Viscountess", "Archbishop", "Cardinal", "Tsar", "Czar", "Sultan"))
# Religious orders English writes capitalised before a member's name, as it does a nationality:
# "the Jesuit Pedro Valdés" is Pedro Valdés.
RELIGIOUS_ORDERS = frozenset(("Jesuit", "Franciscan", "Dominican", "Benedictine", "Augustinian", "Carmelite", "Capuchin", "Cistercian", "Trappist", "Salesian"))
# Honorifics and religious titles written capitalised before a person's name in either language,
# beside the language's titles: "Pandit Ram Sharan Verma" is Ram Sharan Verma, «Fray Bartolomé
# de Olmedo» Bartolomé de Olmedo (shortnames). The rest must read as a person's name.
HONORIFICS = frozenset((
    "Pandit", "Sheikh", "Shaikh", "Rabbi", "Imam", "Swami", "Ustad", "Maulana", "Mullah", "Fr", "Rev", "Revd", "Dame", "Canon",
    "Deacon", "Pastor", "Abbot", "Abbess", "Friar", "Mother", "Monsignor", "Msgr", "Mgr",
    "Fray", "Sor", "Padre", "Madre", "Monseñor", "Hermano", "Hermana", "Doctor", "Doctora", "Dr", "Dra", "Profesor", "Profesora",
    "Señor", "Señora", "Sr", "Sra", "Maese",
))
AWARDS = frozenset(("Prize", "Award", "Medal", "Premio", "Medalla"))  # "Nobel Prize in Physics" is one name
PERSON_VERB = re.compile(r"\s+(?:was born|died|wrote|said|signed|resigned|murió|nació|escribió|firmó|dijo)\b")
# Where a clause ends after a figure: a comma, a semicolon, a colon, a full stop, a dash or a
# bracket (a slash stays: "290 mOsm/L").
CLAUSE_END = re.compile(r"[,;:.()\[\]\u2013\u2014]")
# A comma, a colon or a dash between two digits is part of a number ("2,5 litros", "1,200 kg",
# "15:30", "8–10"): a clause is never cut there (gapfixes: «Infunde entre 2 y 2» was cut from
# «entre 2 y 2,5 litros»). ``NOT_IN_NUMBER`` goes before a pattern's cut mark; ``CLAUSE_COMMA``
# splits at the commas that end a clause.
NOT_IN_NUMBER = r"(?!(?<=\d)[,.:\u2013](?=\d))"
CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")

PERSON_PREPOSITIONS = frozenset({"to", "from", "towards", "toward", "a", "hacia", "hasta"})


def _placed(before_folded: list[str], after: str, lang: Language) -> bool:
    """A name right after a preposition of place ("starts at Lucas Rosario", «arrancará en
    Prek Kdam») is a place, even when its last word is written alone elsewhere: the surname
    evidence does not make it a person (a fresh review: the province «Takeo» accepted the
    town «Prek Takeo» as its "full name"). Only prepositions that go before places alone:
    "to", "from", "towards", «a», «hacia», «hasta» also go before a person ("a letter to Ruth
    Pennock"), and a possessive ("at John Snow's house") is a person's."""
    return bool(before_folded) and before_folded[-1] in lang.place_prepositions - PERSON_PREPOSITIONS and not re.match(r"['’]s\b", after)


@dataclass(frozen=True)
class Mention:
    """One name, number or date as written in a paragraph."""

    kind: str  # person, place, organisation, name, year, date, month, number
    text: str  # as written
    start: int  # offsets in the paragraph's text
    end: int
    paragraph: int
    sentence: int  # the sentence's index in the document
    value: str | float | tuple[int, int, int] = ""  # canonical name, number, or (year, month, day)
    unit: str = ""  # numbers: the unit as written ("kilometres", "million dollars")
    approximate: bool = False  # "about 14,000"

    @cached_property
    def group(self) -> str:
        """What "the same kind" means for distractors: people with people, kilometres with kilometres."""
        if self.kind == "number":
            return f"number:{fold_word(self.unit)}"
        return self.kind

    @cached_property
    def identity(self) -> str:
        """Two mentions with one identity are the same answer ("Snow" and "John Snow")."""
        return f"{self.group}:{fold_word(str(self.value))}"


@dataclass
class Sentence:
    paragraph: int
    index: int
    start: int  # offsets in the paragraph's text
    end: int
    text: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Role:
    person: Mention
    role: str  # "the curate of St Luke's Church", without a leading article
    paragraph: int
    sentence: int


@dataclass(frozen=True)
class Event:
    text: str  # the event without its date ("The company went bankrupt")
    date: Mention
    paragraph: int
    sentence: int


@dataclass(frozen=True)
class Definition:
    term: str
    definition: str
    copula: str
    paragraph: int
    sentence: int
    start: int  # the term's span in the paragraph
    end: int


@dataclass
class Facts:
    """Everything read from one document."""

    language: Language
    paragraphs: dict[int, str]
    sentences: list[Sentence] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)

    def by_group(self) -> dict[str, list[Mention]]:
        """One mention per identity, grouped by kind, in document order (the first occurrence)."""
        groups: dict[str, list[Mention]] = defaultdict(list)
        seen: set[str] = set()
        for sentence in self.sentences:
            for m in sentence.mentions:
                if m.identity not in seen:
                    seen.add(m.identity)
                    groups[m.group].append(m)
        return groups


def read_facts(paragraphs: Sequence[tuple[int, str]], language: Language) -> Facts:
    """The facts of the content paragraphs (number, text), headings left out by the caller."""
    facts = Facts(language=language, paragraphs=dict(paragraphs))
    lower_words = Counter(fold_word(w) for _, text in paragraphs for w in TOKEN.findall(text) if w[0].islower())
    capitalised_inside = set()
    spans: list[tuple[int, str, int, int]] = []
    for number, text in paragraphs:
        for start, end in language.split_sentences(text):
            spans.append((number, text, start, end))
            for i, m in enumerate(TOKEN.finditer(text[start:end])):
                if i > 0 and m.group()[0].isupper():
                    capitalised_inside.add(m.group())
    openings = name_openings([text[start:end] for _, text, start, end in spans])
    for index, (number, text, start, end) in enumerate(spans):
        sentence = Sentence(paragraph=number, index=index, start=start, end=end, text=text[start:end])
        dates = _dates(sentence, language)
        numbers = _numbers(sentence, language, dates)
        # The entity itself, not a group or an affiliation joined to it (quizapp.derive.context).
        names = [context.head_entity(m, language) for m in _names(sentence, language, lower_words, capitalised_inside, dates, openings)]
        terms = _terms(sentence, dates + numbers, language)
        sentence.mentions = sorted((m for m in dates + numbers + names + terms if not cut_from_token(text, m)), key=lambda m: m.start)
        facts.sentences.append(sentence)
    _type_names(facts)
    facts.roles = _roles(facts)
    facts.events = _events(facts)
    facts.definitions = _definitions(facts)
    return facts


# A season or a one-year span: a year, a slash or a dash, and the next year's two digits
# ("2019/20", "2008–09"); and what glues a name's letters to a token it is only part of.
SEASON_SPLIT = re.compile(r"(?<![\d.,])(1\d{3}|20\d{2})\s?[/–—-]\s?(\d{2})(?![\d.,]?\d)")


def cut_from_token(text: str, m: Mention) -> bool:
    """Whether the mention ``m`` of the paragraph ``text`` is only part of a token, and no fact
    of its own to ask (prompts2): letters glued to a currency symbol or a slash ("GH" of
    "GH₵51,660", "AC" of "AC/DC"), or a name glued to the letters before it; either half of a
    season written "2019/20" or "2008–09" (the other half is the next year: the prompt's shape
    would give the gap)."""
    before, after = text[max(0, m.start - 6):m.start], text[m.end:m.end + 4]
    if m.kind in ("year", "number"):
        for found in SEASON_SPLIT.finditer(text, max(0, m.start - 6), min(len(text), m.end + 4)):
            first, second = int(found.group(1)), int(found.group(2))
            if second == (first + 1) % 100 and found.start() <= m.start < found.end():
                return True
        return False
    if m.kind in ("person", "place", "organisation", "name", "term") and m.text[:1].isalnum() and m.text[-1:].isalnum():
        glued_after = after[:1] == "/" or (after[:1] != "" and unicodedata.category(after[0]) == "Sc")
        return glued_after or before[-1:].isalnum()
    return False


# ---------------------------------------------------------------- dates and numbers


def read_dates(sentence: Sentence, lang: Language) -> list[Mention]:
    """The dates written in ``sentence`` (also used on headings, which hold no other facts)."""
    return _dates(sentence, lang)


def _dates(sentence: Sentence, lang: Language) -> list[Mention]:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    text = sentence.text

    def add(kind: str, start: int, end: int, value: tuple[int, int, int]) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        out.append(Mention(kind, text[start:end], sentence.start + start, sentence.start + end, sentence.paragraph, sentence.index, value))

    for m in lang.full_date.finditer(text):
        groups = m.groupdict()
        month = lang.months[fold_word(groups.get("month") or groups.get("month2") or "")]
        day = int(groups.get("day") or groups.get("day2") or 0)
        year = groups.get("year") or groups.get("year2")
        if not 1 <= day <= 31:
            continue
        if year:
            add("date", m.start(), m.end(), (int(year), month, day))
        else:
            add("day", m.start(), m.end(), (0, month, day))
    for m in lang.month_year.finditer(text):
        add("month", m.start(), m.end(), (int(m.group("year")), lang.months[fold_word(m.group("month"))], 0))
    for m in re.finditer(r"(?<![\d.,])(1[0-9]\d{2}|20\d{2})(?![\d.,]\d|\w)", text):  # "1960s" is a decade
        after = text[m.end():m.end() + 12]
        # "built in 2016 tells the history": after "in", "from", "since", "en", "desde" it is a year,
        # and so is a figure opening its sentence ("1847 engineers were asked"): a count there is
        # spelled out, and the noun after a year ("From 1815 householders") is never its unit.
        year_before = bool(re.search(r"\b(?:in|from|since|after|before|by|until|of|en|desde|hasta|de|tras)\s+$", text[:m.start()], re.IGNORECASE))
        year_before = year_before or not text[:m.start()].strip(" \"“«¿¡(")
        # "the 1996 treaty", «la 2000 edición»: a determiner, the figure, a singular noun: a year
        # naming its thing (a count of it would be plural, "the 1,996 treaties").
        year_before = year_before or bool(
            re.search(r"\b(?:the|its|their|this|that|el|la|su|esta|este)\s+$", text[:m.start()], re.IGNORECASE)
            and re.match(r"\s+[a-zà-ü]+\b(?<!s)(?![-'’])", after)
        )
        if re.match(r"\s+[a-zà-ü]", after) and not re.match(r"\s+(?:and|y|to|a|when|which|until|after|before)\b", after) and not year_before:
            continue  # "1,800 kilometres" style counts are numbers, not years
        add("year", m.start(), m.end(), (int(m.group(1)), 0, 0))
    return out


def _numbers(sentence: Sentence, lang: Language, dates: list[Mention]) -> list[Mention]:
    conv = lang.numbers
    g, d = re.escape(conv.group), re.escape(conv.decimal)
    # "15:11" is a time of day, not two numbers.
    pattern = re.compile(rf"(?<![\w.,:])(\d{{1,3}}(?:{g}\d{{3}})+(?:{d}\d+)?|\d+(?:{d}\d+)?)(?![\w]|[.,:]\d)")
    out = []
    text = sentence.text
    stop = lang.words.stop_words
    for m in pattern.finditer(text):
        start, end = m.span()
        if any(x.start - sentence.start <= start < x.end - sentence.start for x in dates):
            continue
        value = float(m.group(1).replace(conv.group, "").replace(conv.decimal, "."))
        rest = text[end:]
        if _ERA.match(rest):
            continue  # "73 d. C.", "55 BC": a year of an era, and "d" or "BC" is no unit
        unit_words: list[str] = []
        # "3 per cent", "26 por ciento", "12 %": a share is a figure like any other ("per" alone
        # opens a rate, and ends the unit, below).
        if share := PERCENT.match(rest):
            before = text[:start].split()[-2:]
            approximate = any(fold_word(w) in lang.approximate for w in before)
            unit = share.group(1)
            out.append(Mention("number", text[start:end + share.end()], sentence.start + start, sentence.start + end + share.end(), sentence.paragraph, sentence.index, value, unit, approximate))
            continue
        # "about −18 °C", "a unos 12 ºC": a temperature's unit is a sign, not a word, and a minus
        # right before it (a true minus, or a hyphen after a space) belongs to the figure.
        if degrees := DEGREES.match(rest):
            if MINUS.search(text[:start]):
                start, value = start - 1, -value
            before = text[:start].split()[-2:]
            approximate = any(fold_word(w) in lang.approximate for w in before)
            unit = "°" + degrees.group(1).upper()
            out.append(Mention("number", text[start:end + degrees.end()], sentence.start + start, sentence.start + end + degrees.end(), sentence.paragraph, sentence.index, value, unit, approximate))
            continue
        if clock := MERIDIEM.match(rest):
            unit = f"{clock.group(1).lower()}.m."
            out.append(Mention("number", text[start:end + clock.end()], sentence.start + start, sentence.start + end + clock.end(), sentence.paragraph, sentence.index, value, unit, False))
            continue
        # A unit stays in the number's clause: "hasta los 17.000 millones, aunque ..." has no
        # unit "millones aunque" (review 15).
        for word in TOKEN.findall(CLAUSE_END.split(rest[:60], maxsplit=1)[0])[:3]:
            folded = fold_word(word)
            if folded in ("per", "por") and not unit_words:
                break
            if folded in conv.scales and not unit_words:
                unit_words.append(word)
                continue
            if folded == "de" and len(unit_words) == 1 and fold_word(unit_words[0]) in conv.scales:
                unit_words.append(word)  # «3,4 millones de euros»: the unit comes after «de» (brief reasons)
                continue
            if lang.code == "es" and (word.endswith("ó") or re.search(r"(?:ía|ían|aba|aban|aron|ieron)$", word)):
                break  # "magnitud 9,5 sacudió", "solo 15 habían cobrado", «la Ordenanza 12 prohibía»: a verb in the past, no unit
            if word[0].islower() and folded not in stop and folded not in lang.place_prepositions:
                unit_words.append(word)
                if folded in ("square", "cubic", "cuadrados", "cubicos", "por") or re.search(r"(?:al|ic|ive|ous|ary|ing|ate)$", folded):
                    continue  # "square kilometres", "presidential candidates", "2,300 separate stalls": the noun comes next
                if lang.code == "es" and (measure := re.match(rf"\s*(?:[^\W\d_]+\s+de\s+)?{re.escape(word)}\s+(cuadrad[oa]s?|c[uú]bic[oa]s?)\b", rest, re.IGNORECASE)):
                    unit_words.append(measure.group(1))  # "135 kilómetros cuadrados" is an area, not a length
                if lang.code == "en" and (head := compound_head(rest, word, stop)):
                    unit_words.append(head)  # "flight cycles", not "flight" (review 10)
                elif lang.code == "en" and re.match(rf"\s*{re.escape(word)} [A-Z]", rest):
                    unit_words = []  # "800,000 small French investors": half a noun phrase is no unit
            break
        if unit_words and fold_word(unit_words[-1]) == "de":
            unit_words = unit_words[:-1]  # «2 millones de Bolivia»: no unit after «de»
        unit_words = [w.rstrip("'’") for w in unit_words]  # "700 million dollars' worth": no possessive mark
        if unit_words and value != 1 and not counted_noun(unit_words[-1], lang.code, rest[rest.find(unit_words[-1]) + len(unit_words[-1]):]):
            unit_words = []  # "the 300 limit stays", «el tope de 300 sigue»: a figure used as a label, or a verb after it, is no unit
        if unit_words and RATIO_BEFORE.search(text[:start]):
            unit_words = []  # "About 1 in 5 develops renal colic", «uno de cada 5 sufre»: a ratio's denominator counts the people of its clause; the word after it is its verb
        if folded_unit := " ".join(unit_words):
            if fold_word(unit_words[-1]) in conv.scales:
                continue  # "40 million" with no unit after it
            unit_end = rest.find(unit_words[-1]) + len(unit_words[-1])
            # "290 mOsm/L", "35 grams/litre": a unit per another, written with a slash, is one
            # unit, and its label keeps both halves (review 12 labelled "mOsm" and "mmol").
            if per := re.match(r"/([^\W\d_]+)", rest[unit_end:]):
                folded_unit = f"{folded_unit}/{per.group(1)}"
                unit_end += per.end()
            # "700 kilómetros por hora" is a speed: no distractor for a distance in kilómetros.
            # ("207 kilómetros por las provincias": "por" before an article is a place, no rate.)
            # Its second unit is taken whole: "per tonne-kilometre", «por tonelada-kilómetro»,
            # "per m/s" (kinds16a: "yuan per tonne" was read from "yuan per tonne-kilometre").
            # "per cubic metre", «por metro cúbico»: an area's or a volume's word goes with its noun.
            if power_hours := POWER_HOURS.match(rest[unit_end:]) if POWER_UNIT.fullmatch(fold_word(unit_words[-1])) else None:
                folded_unit = f"{folded_unit} {power_hours.group(1)}"  # «95.000 megavatios hora»: energy, not power
                unit_end += power_hours.end()
            rate = re.match(
                r"\s+(per|por)\s+((?:(?:square|cubic)\s+)?[^\W\d_]+(?:[-‐/][^\W\d_]+)*(?:\s+(?:cuadrad[oa]s?|c[uú]bic[oa]s?))?)(?![-‐/]?\w)",
                rest[unit_end:], re.IGNORECASE,
            )
            if rate and rate.group(2)[:1].islower() and fold_word(rate.group(2)) not in stop:
                folded_unit = f"{folded_unit} {rate.group(1)} {rate.group(2)}"
            before = text[:start].split()[-2:]
            approximate = any(fold_word(w) in lang.approximate for w in before)
            out.append(
                Mention("number", text[start:end + unit_end], sentence.start + start, sentence.start + end + unit_end, sentence.paragraph, sentence.index, value, folded_unit, approximate)
            )
    return out


def compound_head(rest: str, word: str, stop: frozenset[str] | set[str]) -> str | None:
    """The noun closing an English compound unit after ``word`` ("89,000 flight cycles":
    cycles): ``word`` has no plural ending, and the next word, after one space, is a lower-case
    plural (not a verb in -ed, not a small word). None when the unit is ``word`` alone."""
    after = re.search(rf"(?<!\w){re.escape(word)} ([a-z][a-z\-]+)\b", rest)  # the unit's second word too: "separate trader stalls"
    if not after or word.endswith("s") or not word.isalpha():
        return None
    head = after.group(1)
    if fold_word(head) in stop or not head.endswith("s") or head.endswith(("ss", "us", "is")) or head in VERBS_IN_S:
        return None
    return head


# English verbs in -s that follow a noun as its verb ("the 300 limit stays in force", "the 40
# tonne cap applies"): never the plural closing a compound unit ("89,000 flight cycles").
VERBS_IN_S = frozenset((
    "stays", "remains", "applies", "holds", "stands", "lasts", "means", "seems", "looks", "goes", "comes",
    "grows", "rises", "continues", "expires", "matters", "exists", "takes", "makes", "gives", "keeps",
    "includes", "requires", "allows", "helps", "says", "becomes", "sets", "limits", "caps", "covers",
))
# A counted thing or a measure after a figure other than one is plural ("300 places", «300
# plazas») or a unit's symbol ("46 m", "12 kg"); a lower-case singular word is none: the figure
# names a thing ("the 300 limit", «el tope de 300 sigue vigente») or a verb follows it. Nouns whose
# plural has no -s ending, and units written alike in both numbers, are counted nouns too.
INVARIANT_PLURALS = frozenset((
    "people", "children", "men", "women", "feet", "teeth", "geese", "mice", "sheep", "cattle", "fish", "deer",
    "aircraft", "livestock", "personnel", "staff", "crew", "data", "bacteria", "criteria", "phenomena", "stomata",
    "horsepower", "hertz", "kelvin", "celsius", "fahrenheit", "percent", "yuan", "yen", "euro", "baht", "rand",
    "lux", "watt", "volt", "cent", "gente", "personal", "ganado", "tonnage",
))
SYMBOL_LETTERS = 3  # "km", "kWh", "mph": a symbol or an abbreviation, counted whatever its number


# "1 in ____", "one in ____", «uno de cada ____», «1 de cada ____»: a ratio's denominator (integrator, session 16).
RATIO_BEFORE = re.compile(r"\b(?:1|one)\s+in\s*$|\b(?:1|un[oa]?)\s+de\s+cada\s*$", re.IGNORECASE)


def counted_noun(word: str, code: str, after: str = "") -> bool:
    """Whether ``word``, the last word read as a figure's unit (``after``: the text after it),
    is a unit or a counted noun for a figure other than one: a plural, a symbol ("mOsm", "kWh"),
    a unit per another ("grams/litre", "kilogram per hour"), or a noun with no plural ending
    ("people"). A singular word ("limit", «sigue») is no unit (brief tfunits)."""
    folded = fold_word(word)
    if len(word) <= SYMBOL_LETTERS or not word[:1].islower() or folded in INVARIANT_PLURALS or any(c.isupper() for c in word[1:]):
        return True
    if "/" in word or "-" in word or re.match(r"/|\s+(?:per|por|a\s+(?:day|week|year|month|hour)|al\s+(?:d[ií]a|año|mes))\b", after):
        return True  # "tonne-kilometre", "km/h", "grams/litre"
    return folded.endswith(("s", "x", "z")) if code == "es" else folded.endswith("s")


NUMBER_SIGN = re.compile(r"\.?\s?[ºª°]|\.\s?\d")  # right after a name: «N.º 1», «1.ª», "No. 4"
PERCENT = re.compile(r"\s?(%|per cent|percent|por ciento)(?!\w)", re.IGNORECASE)
# A temperature's unit ("18 °C", "12 ºC", "−40°F"), and a minus before its figure: the minus
# sign, or a hyphen standing after a space or a bracket ("10-14 °C" is a range, no minus).
DEGREES = re.compile(r"\s?[°º]\s?([CFcf])(?!\w)")
POWER_UNIT = re.compile(r"(?:kilo|mega|giga|tera)?(?:vatios?|watts?)")  # folded
POWER_HOURS = re.compile(r"\s+(horas?|hours?)(?![\w-])")
MERIDIEM = re.compile(r"\s?([AaPp])\.\s?[Mm]\.")  # "10 p.m.": an hour of the clock, whose unit is "p.m.", never "p"
MINUS = re.compile(r"(?:−|(?:^|(?<=[\s(]))-)$")
# "X-rays", "T-cells", "B-tree": a capital letter joined to a common noun is a term, not a name.
LETTER_TERM = re.compile(r"[A-Z]-[a-z]+")
# An era after a figure makes it a year ("73 d. C.", "27 a.C.", "55 BC"): no numeric unit.
_ERA = re.compile(r"\s*(?:[ad]\.\s?C\.|a\.\s?de\s?C\.|BCE?\b|CE\b|AD\b|B\.C\.|A\.D\.)")
QUOTED = re.compile(r"[“\"«‘]([^“”\"«»‘’]{2,40})[”\"»’]")
TERM_WORDS = 4
# "a tool called a raspa", "una herramienta llamada raspa": the word a text names a thing by.
# Also "Botanists call this stage a fen", "se llama rubisco", "recibe el nombre de lonja".
CALLED = re.compile(
    r"\b(?:called|named|known as|termed|llamad[oa]s?|denominad[oa]s?|conocid[oa]s? como|se llaman?|se denominan?|se conocen? como"
    r"|reciben? el nombre de|calls?\s+(?:(?:this|these|that|those|it|them)\s+)?(?:[a-z]+\s+)?(?=(?:a|an|the)\s))"
    r"\s*(?:(?:a|an|the|el|la|los|las|un|una)\s+)?([a-záéíóúñü][\w\-]{2,})\b(?=[\s,.;:])"
)


def _terms(sentence: Sentence, taken: list[Mention], lang: Language) -> list[Mention]:
    """A short phrase the text puts in quotation marks ("seeing", the "mother of Hubble") is a
    term the text coins or names: a typed answer a reader cannot guess from the words around it."""
    out = []
    for m in CALLED.finditer(sentence.text):
        start = sentence.start + m.start(1)
        if fold_word(m.group(1)) not in lang.words.stop_words and not any(x.start < start + len(m.group(1)) and start < x.end for x in taken):
            out.append(Mention("term", m.group(1), start, start + len(m.group(1)), sentence.paragraph, sentence.index, m.group(1)))
    for m in QUOTED.finditer(sentence.text):
        phrase = m.group(1).strip()
        start = sentence.start + m.start(1)
        if not 1 <= len(phrase.split()) <= TERM_WORDS or any(c.isdigit() for c in phrase) or phrase[-1] in ".,;:!?":
            continue
        if any(x.start < start + len(phrase) and start < x.end for x in taken):
            continue
        out.append(Mention("term", phrase, start, start + len(phrase), sentence.paragraph, sentence.index, phrase))
    return out


# ---------------------------------------------------------------- names


def _opens_name(tokens: list[re.Match[str]], text: str, j: int, lang: Language, small_word: bool = True) -> bool:
    """The token at ``j`` follows the one before it after one space and is capitalised, or
    (``small_word``) is one more small word before one ("de la Salud", "of the United States")."""
    if j >= len(tokens) or text[tokens[j - 1].end():tokens[j].start()] != " ":
        return False
    if tokens[j].group()[0].isupper():
        return True
    small = fold_word(tokens[j].group())
    return small_word and (small in lang.name_connectors or small in lang.determiners or _foreign_particle(small, lang)) and _opens_name(tokens, text, j + 1, lang, False)


# Particles of German and Dutch surnames, which the language's own connectors may lack: «Karl von
# Stetten», «Hendrik van der Berg», «Gerrit ten Brink» in a Spanish text are one name each, and
# "Joost van den Vondel" in English (shortnames); the French «du» ("David du Bose Gaillard", never
# "Bose Gaillard" alone). Never a word of the language between two names
# ("ten" in English: "in May ten Dutch ships").
FOREIGN_PARTICLES = {"en": frozenset(("den", "du", "von")), "es": frozenset(("von", "van", "der", "den", "ten", "ter", "zu", "du"))}


def _foreign_particle(word: str, lang: Language) -> bool:
    return word in FOREIGN_PARTICLES.get(lang.code, frozenset())


# A capitalised function word inside a sentence, after a word or a comma and one space, opening a
# run of capitalised words: "la bahía de Ha Long", "en La Haya", "from Le Havre", "in The Hague".
# The capital says it is the name's first word, not the verb "ha" or an article before a name.
OPENING_BEFORE = re.compile(r"[\w,]\s$")


def name_openings(sentences: Sequence[str]) -> frozenset[tuple[str, str]]:
    """The two first words of names opening with a capitalised word inside a sentence ("Ha
    Long", "La Haya"): the same pair opening a sentence is that name too, not "ha" and Long."""
    found = set()
    for text in sentences:
        tokens = list(TOKEN.finditer(text))
        for first, second in pairwise(tokens):
            if (
                first.start() > 1 and len(first.group()) >= 2 and first.group()[0].isupper() and second.group()[0].isupper()
                and text[first.end():second.start()] == " " and OPENING_BEFORE.search(text[: first.start()])
            ):
                found.add((first.group(), second.group()))
    return frozenset(found)


def _name_opening_word(text: str, run: Sequence[re.Match[str]], known: frozenset[tuple[str, str]]) -> bool:
    """Whether the run's capitalised first word belongs to the name: it stands inside the
    sentence after a word or a comma ("de Ha Long"), or the document writes the same two words
    so there ("Ha Long es ..." after "la bahía de Ha Long")."""
    if len(run) < 2 or not run[0].group()[:1].isupper() or not run[1].group()[:1].isupper() or len(run[0].group()) < 2:
        return False
    if run[0].start() > 1 and OPENING_BEFORE.search(text[: run[0].start()]):
        return True
    return (run[0].group(), run[1].group()) in known


# A person's name is no phrase of common words: every word of "Carlo Benedetti", "Lucía
# Barragán" is rarer in general text than this, and "Civil War", "Grand Prix", "Foreign Legion"
# have one word that is not.
PERSON_NAME_WORD_ZIPF = 4.5


def persons_name(words: Sequence[str], lang: Language) -> bool:
    """Whether the capitalised ``words`` after a nationality adjective read as a person's name
    ("Carlo Benedetti"), not as the rest of a name the adjective belongs to ("Civil War",
    "Riviera", "National Park", "Guard"): two or three words, none of them common in general
    text, nor a place's or an organisation's word, nor a known place."""
    return (
        2 <= len(words) <= 3 and all(w.isalpha() and w[:1].isupper() for w in words)
        and all(lang.familiarity(w.lower()) < PERSON_NAME_WORD_ZIPF for w in words)
        and not any(w in lang.organisation_words or w in lang.place_words or w in lang.titles for w in words)
        and not lang.is_known_place(" ".join(words))
    )


def _without_particles(words: Sequence[str], lang: Language) -> list[str]:
    """A name's words but its lower-case particles ("Tomás de Aranda": Tomás, Aranda)."""
    small = lang.name_particles | lang.name_connectors
    return [w for w in words if not (w[:1].islower() and fold_word(w) in small)]


# A capitalised possessive inside a run of capitalised words: "Moravia's Hornberg Valley".
POSSESSIVE_WORD = re.compile(r"^[A-ZÁÉÍÓÚÑ][\w-]*['’]s$")
OWNED_NAME_ZIPF = 4.0  # the word after "X's" opening a name of its own: "Hornberg" far below, "Church" 5.2
OWNED_WORD_ZIPF = 2.5  # a one-word name after "X's": no word of the language ("Vineyard" 3.5 is one)


def _split_at_owner(run: list[re.Match[str]], lang: Language) -> list[list[re.Match[str]]]:
    """A run cut after a capitalised possessive whose next word opens a name of its own: "the
    energy ministers: Moravia's Dauletbek Sarsenov" names Dauletbek Sarsenov, of Moravia, and
    "Silesia's Hornberg Valley" the Hornberg Valley, in Silesia: a learner types the name, not
    its owner (names4). Not where the next word is a common word or a kind's word, which the
    possessive names: "St Mary's Church", "King's Cross", "Lloyd's Register", "Kaspar
    Lindqvist's Ferry Suite" (accept_variants.authored_work gives the title alone)."""
    from quizapp.derive.given_names import given_name

    for i, tok in enumerate(run[:-1]):
        after, rest = run[i + 1].group(), run[i + 1:]
        if not POSSESSIVE_WORD.match(tok.group()) or not after[:1].isupper() or after in lang.organisation_words or after in lang.place_words:
            continue
        # "Moravia's Dauletbek Sarsenov", "Britain's John Hale": a name of two words or more that
        # opens with a rare word or a given name; one word alone only if it is no word of the
        # language ("Silesia's Hornberg"; "Martha's Vineyard" is one place's name).
        if (len(rest) >= 2 and (lang.familiarity(after.lower()) < OWNED_NAME_ZIPF or given_name(after))) or lang.familiarity(after.lower()) < OWNED_WORD_ZIPF:
            return [run[: i + 1], *_split_at_owner(rest, lang)]
    return [run]


# What may stand before a sentence's first word: an opening quotation mark, a bracket, an
# inverted question or exclamation mark or a dash («"Llevamos años ...", señala»).
SENTENCE_OPENERS = " \"'«“‘(¿¡—–-"


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` is the sentence's first (after any opening quotation mark)."""
    return not text[:at].strip(SENTENCE_OPENERS)


def _names(
    sentence: Sentence, lang: Language, lower_words: Counter[str], capitalised_inside: set[str], dates: list[Mention],
    known_openings: frozenset[tuple[str, str]] = frozenset(),
) -> list[Mention]:
    from quizapp.derive import titled_names  # titled_names reads names with extract's helpers

    text = sentence.text
    tokens = list(TOKEN.finditer(text))
    stop = lang.words.stop_words
    adverbs = {fold_word(w) for w in lang.sentence_adverbs}
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for i, tok in enumerate(tokens):
        word = tok.group()
        joined = current and text[current[-1].end():tok.start()] == " "
        in_date = any(x.start - sentence.start <= tok.start() < x.end - sentence.start for x in dates)
        capital = word[0].isupper() and not in_date and not word.isdigit()
        connector = (fold_word(word) in lang.name_connectors or (word.islower() and _foreign_particle(word, lang)) or (bool(current) and current[-1].group()[0].islower() and fold_word(word) in lang.determiners)) and bool(current) and joined
        if (capital and (not current or joined)) or (connector and _opens_name(tokens, text, i + 1, lang)):
            current.append(tok)
        else:
            if current:
                runs.append(current)
            current = [tok] if capital else []
    if current:
        runs.append(current)
    runs = [part for run in runs for part in _split_at_owner(run, lang)]  # before the joins: "Martha's Vineyard and ..."
    # "Southwark and Vauxhall Company": one organisation, not a place and a company.
    merged: list[list[re.Match[str]]] = []
    for run in runs:
        if (
            merged and text[merged[-1][-1].end():run[0].start()] in (" and ", " y ") and run[-1].group() in lang.organisation_words
            and not any(t.group() in lang.organisation_words for t in merged[-1])
        ):
            merged[-1] = merged[-1] + run
        elif (
            merged and text[merged[-1][-1].end():run[0].start()] == " and " and len(run) == 2 and run[-1].group() in JOINED_ENDS
            and run[0].group()[:1].isupper() and merged[-1][-1].group()[:1].isupper() and merged[-1][-1].group() not in lang.place_words
            and (text[: merged[-1][0].start()].lower().endswith("the ") or merged[-1][0].group() == "The")
        ):
            # "the Kennet and Avon Canal", "Friends of the Leeds and Liverpool Canal": a canal or
            # a line named after its two ends is one name, not "Kennet" and "Avon Canal" (names13);
            # its article says so ("between Bath and Avon Canal wharves" names two things).
            merged[-1] = merged[-1] + run
        elif (
            lang.code == "es" and merged and text[merged[-1][-1].end():run[0].start()] == " y " and len(merged[-1]) >= 2 and len(run) == 1
            and not any(t.group() in lang.organisation_words for t in merged[-1] + run) and not lang.is_known_place(run[0].group())
            and not text[run[-1].end():run[-1].end() + 2].strip(" ")[:1].isupper()
            and not PLURAL_OWNERS.search(text[: merged[-1][0].start()])
        ):
            # "Antonio García y Bellido", "Santiago Ramón y Cajal": a Spanish double surname
            # joined by "y" is one person, not Antonio García and someone called Bellido.
            merged[-1] = merged[-1] + run
        elif (
            merged and text[merged[-1][-1].end():run[0].start()] in (" and ", " y ", " e ", " & ") and len(merged[-1]) >= 3 and len(run) <= 3
            and any(t.group() in lang.organisation_words for t in merged[-1][:2])
            and any(fold_word(t.group()) in lang.name_connectors and t.group()[:1].islower() for t in merged[-1][1:-1])
            and not lang.is_known_place(run[0].group())
        ):
            # "Institute of Geology and Mining", «Instituto Castellano de Geología y Minería»: an
            # organisation's name with a linking word goes on over its "and" (kinds16a).
            merged[-1] = merged[-1] + run
        elif merged and text[merged[-1][-1].end():run[0].start()] in (" in ", " en ") and (
            (any(t.group() in lang.organisation_words for t in merged[-1][:-1]) and any(fold_word(t.group()) in lang.name_connectors for t in merged[-1]))
            or merged[-1][-1].group() in AWARDS
        ):
            # "Association of Universities for Research in Astronomy": the name goes on (an
            # organisation word at the end, "Institute in Baltimore", is followed by a place).
            merged[-1] = merged[-1] + run
        else:
            merged.append(run)
    runs = merged
    out = []
    for run in runs:
        words = [t.group() for t in run]
        if len(words) > 1 and _name_opening_word(text, run, known_openings):
            pass  # "la bahía de Ha Long", "en La Haya", "desde Le Havre": the first word is the name's
        # The sentence's first word is capitalised anyway: a name only if written so elsewhere.
        elif _opens_sentence(text, run[0].start()) and len(words) > 1 and fold_word(words[0]) in lang.name_connectors and fold_word(words[0]) not in PREPOSITION_CONNECTORS:
            pass  # "De Lesseps planned...": the particle is part of the name (never "For Pryor herself, ...")
        elif _opens_sentence(text, run[0].start()) and fold_word(words[0]) in adverbs:
            run, words = run[1:], words[1:]  # "Hoy Valdivia es...": Valdivia
        elif _opens_sentence(text, run[0].start()) and (
            fold_word(words[0]) in stop or fold_word(words[0]) in lang.context_openers or fold_word(words[0]) in LEADING_FUNCTION_WORDS.get(lang.code, ())
            or lower_words[fold_word(words[0])] or (len(words) == 1 and words[0] not in capitalised_inside)
        ):
            run, words = run[1:], words[1:]
        while run and len(words) > 1 and (
            fold_word(words[0]) in stop or fold_word(words[0]) in lang.determiners or words[0] in lang.name_connectors
        ) and not (_opens_sentence(text, run[0].start()) and words[0][0].isupper() and fold_word(words[0]) in lang.name_connectors) and not _name_opening_word(text, run, known_openings):
            run, words = run[1:], words[1:]
        while run and fold_word(words[-1]) in lang.name_connectors:
            run, words = run[:-1], words[:-1]
        if len(words) >= 3 and (country_adjective(words[0], lang.code) or words[0] in RELIGIOUS_ORDERS):
            # "the Italian Carlo Benedetti" is Carlo Benedetti, "the Austrian Archduke Karl
            # Wendel" Karl Wendel (names13); "American Civil War" keeps its adjective; "the
            # Jesuit Tomás de Aranda" Tomás de Aranda (its particle no word of the check).
            titled = words[1] in lang.titles or words[1] in NOBLE_TITLES
            if persons_name(_without_particles(words[2:] if titled else words[1:], lang), lang):
                cut = 2 if titled else 1
                run, words = run[cut:], words[cut:]
        if not run:
            continue
        start, end = run[0].start(), run[-1].end()
        name = text[start:end]
        next_word = text[end:end + 20].split()[:1]
        if (
            lang.code == "en" and len(words) == 1 and DEMONYM.search(words[0]) and next_word and next_word[0][0].islower()
            and not any(c.isupper() for c in words[0][1:])
        ):
            continue  # "Italian anatomist", "American investors": an adjective (Spanish writes them in lower case)
        if len(words) == 1 and (fold_word(words[0]) in stop or words[0] in lang.titles or len(words[0]) < 2 or fold_word(words[0]) in lang.months):
            continue
        holder = titled_names.office_holder_start(words, text[:start], lang)
        if holder:
            # «el exministro de Finanzas Jorge Gallardo», "the Health Minister Brenda Laidlaw":
            # the portfolio is the office's, the name the person's.
            office_run = run[:holder]
            if titled_names.portfolio_opens(text[:start], lang):
                while office_run and fold_word(office_run[-1].group()) in lang.name_connectors:
                    office_run = office_run[:-1]
                office = text[office_run[0].start():office_run[-1].end()]
                out.append(Mention("name", office, sentence.start + office_run[0].start(), sentence.start + office_run[-1].end(), sentence.paragraph, sentence.index, office))
            start, words = run[holder].start(), words[holder:]
            name = text[start:end]
        elif len(words) >= 3 and (words[0] in lang.titles or words[0] in NOBLE_TITLES) and words[1][0].isupper() and not any(w in lang.organisation_words for w in words):
            start, words = run[1].start(), words[1:]  # "President Theodore Roosevelt" is Theodore Roosevelt
            name = text[start:end]
        elif len(words) >= 3 and words[0].rstrip(".") in HONORIFICS and words[1][0].isupper() and persons_name(_without_particles(words[1:], lang), lang):
            start, words = run[1].start(), words[1:]  # "Pandit Ram Sharan Verma", «Fray Bartolomé de Olmedo»
            name = text[start:end]
        if name.endswith(("'s", "’s")):
            name, end = name[:-2], end - 2
        if NUMBER_SIGN.match(text, end):
            continue  # «Sindicato N.º 1 de ...», "Gate No. 4": a name its number sign cut, no name
        out.append(Mention("name", name, sentence.start + start, sentence.start + end, sentence.paragraph, sentence.index, name))
    return out


def _type_names(facts: Facts) -> None:
    """Give each name a kind (person, place, organisation or plain name) and people one
    canonical full name, so "Snow" and "John Snow" are one answer."""
    lang = facts.language
    all_names = [(s, m) for s in facts.sentences for m in s.mentions if m.kind == "name"]
    kinds: dict[str, str] = {}
    roles_folded = {fold_word(r) for r in lang.roles}
    works = {fold_word(w) for w in lang.work_words}
    # A surname written alone elsewhere ("Snow" beside "John Snow") says the name is a person's.
    surnames: Counter[str] = Counter()
    places: set[str] = set()  # a word ever written "in X" or "the X" is no surname
    for sentence, m in all_names:
        previous = sentence.text[: m.start - sentence.start].split()[-1:]
        if len(m.text.split()) == 1:
            surnames[fold_word(m.text)] += 1
            # (Spanish "a" is also the "a" before a person: "llevó a Arnodin a construir".)
            if previous and fold_word(previous[0]) in (lang.place_prepositions | lang.determiners) - {"a"}:
                places.add(fold_word(m.text))
    for word in places:
        del surnames[word]
    things = _acronyms_of_things(all_names, lang)
    for sentence, m in all_names:
        words = m.text.split()
        local = m.start - sentence.start
        before = sentence.text[:local].split()[-3:]
        before_folded = [fold_word(w.strip(",")) for w in before]
        after = sentence.text[m.end - sentence.start:]
        role_after = re.match(r",\s+(?:the|a|an|el|la|un|una|his|her|their|su|[A-Z][\w\-]+['’]s)\s+(?:[\w\-]+\s+){0,3}?(?:" + "|".join(lang.roles) + r")\b", after, re.IGNORECASE)
        # "Marta Ruiz, catedrática de Geografía": a role word right after the comma, no article.
        role_after = role_after or re.match(r",\s+(?:" + "|".join(lang.roles) + r")\s+(?:of|de|del|at|en|in)\b", after)
        # "NASA's first chief of astronomy, Nancy Grace Roman": a name in apposition to a role.
        role_before = bool(before) and before[-1].endswith(",") and len(words) >= 2 and any(w in roles_folded for w in before_folded)
        copula_role = re.match(r"\s+(?:" + "|".join(lang.copulas) + r")\s+(?:a|an|un|una)\s+(?:\w+\s+){0,2}?(?:" + "|".join(lang.roles) + r")\b", after)
        if m.text in things:
            kinds[m.text] = "name"  # "cyclic AMP", "a channel known as CFTR": a thing's letters, no organisation
        elif any(w in lang.organisation_words for w in words) or re.fullmatch(r"[A-Z]{2,6}", m.text):
            kinds[m.text] = "organisation"
        elif words[0] in lang.titles and len(words) > 1 and fold_word(words[1]) not in lang.name_connectors:
            kinds[m.text] = "person"
        elif words[0] in lang.titles:
            kinds[m.text] = "name"  # "King of Spain" is a title, not a person's name
        elif any(w in lang.place_words for w in words):
            kinds[m.text] = "place"
        elif (before and (before[-1].strip(",") in lang.titles or before_folded[-1] in roles_folded)) or role_after or copula_role or role_before:
            kinds[m.text] = "person"
        elif 2 <= len(words) <= 5 and "of" not in words and (surnames[fold_word(words[-1])] or PERSON_VERB.match(after)) and (not before_folded or before_folded[-1] not in lang.determiners) and not _placed(before_folded, after, lang):
            kinds.setdefault(m.text, "person")
        elif (before_folded and before_folded[-1] in works) or (
            (after_work := re.match(r",?\s+(?:(?:a|an|the|his|her|their|un|una|su|el|la)\s+)?([^\W\d_]+)", after)) and fold_word(after_work.group(1)) in works
        ):
            kinds.setdefault(m.text, "name")  # "in his novel Candide", "en su sátira Cándido": a work, no place
        elif before_folded and before_folded[-1] in lang.place_prepositions and not LETTER_TERM.fullmatch(m.text):
            kinds.setdefault(m.text, "place")  # ("from X-rays": a letter and a common noun is a term, no place)
    persons = {name for name, kind in kinds.items() if kind == "person" and len(name.split()) >= 2}
    # "Hubble" opening "Hubble Space Telescope" or "Hubble Deep Field" names a thing after the
    # person: written alone, it is that thing, not "Edwin Hubble".
    namesakes = {fold_word(m.text.split()[0]) for _, m in all_names if len(m.text.split()) >= 2 and m.text not in persons}
    # A person's surname alone ("Snow", "de Lesseps") is that person.
    canonical: dict[str, str] = {}
    for name in sorted(persons, key=len, reverse=True):
        canonical.setdefault(fold_word(name), name)
        words = name.split()
        numeral = next((i for i, w in enumerate(words) if ROMAN.match(w)), None)
        if numeral is not None:
            # "Carlos I" is "Carlos I de España"; "Portugal" alone is the country, not "Manuel I de Portugal".
            canonical.setdefault(fold_word(" ".join(words[: numeral + 1])), name)
            continue
        if "of" in words:
            continue  # "Confederation of Workers of Peru" is no one, and "Peru" no surname
        for cut in range(1, len(words)):
            tail = " ".join(words[cut:])
            if cut == len(words) - 1 and fold_word(tail) in namesakes:
                continue
            if fold_word(words[cut]) in lang.name_connectors or words[cut][0].isupper():
                canonical.setdefault(fold_word(tail), name)
    for sentence in facts.sentences:
        typed = []
        for m in sentence.mentions:
            if m.kind == "name":
                full = canonical.get(fold_word(m.text))
                if full:
                    m = Mention("person", m.text, m.start, m.end, m.paragraph, m.sentence, full)
                else:
                    m = Mention(kinds.get(m.text, "name"), m.text, m.start, m.end, m.paragraph, m.sentence, m.text)
            typed.append(m)
        sentence.mentions = typed


# "a channel known as CFTR", "una enzima llamada PDE": the lower-case noun before these names
# the kind of thing the letters stand for.
NAMED_AS = re.compile(r"\b([a-záéíóúñ]+)\s+(?:(?:also\s+)?(?:known\s+as|called|named|termed)|(?:llamad[oa]|denominad[oa]|conocid[oa]\s+como))\s*$")


def _acronyms_of_things(all_names: Sequence[tuple[Sentence, Mention]], lang: Language) -> set[str]:
    """Acronyms the document writes as a thing's, not an organisation's: after a lower-case
    modifier that is no function word ("cyclic AMP", "vitamina B3" aside, "high GMP levels"),
    or introduced by a lower-case noun that is no organisation word ("an enzyme called PDE").
    An organisation's letters follow an article or a preposition ("by the WHO", "la OMS")."""
    stop = lang.words.stop_words | {fold_word(w) for w in lang.determiners | lang.place_prepositions}
    organisation_words = {fold_word(w) for w in lang.organisation_words}
    things: set[str] = set()
    for sentence, m in all_names:
        if not re.fullmatch(r"[A-Z]{2,6}", m.text):
            continue
        before = sentence.text[: m.start - sentence.start]
        named = NAMED_AS.search(before)
        if named is not None:
            if fold_word(named.group(1)) not in organisation_words | stop:
                things.add(m.text)
            continue
        previous = re.search(r"([^\W\d_]+)\s+$", before)
        if previous is not None and previous.group(1).islower() and fold_word(previous.group(1)) not in stop:
            things.add(m.text)
    return things


# ---------------------------------------------------------------- roles, events, definitions


# Words dating an apposition's role: "X, then director of", "X, entonces directora de".
ROLE_TIME_WORDS = r"(?:then|by\s+then|at\s+the\s+time|later|now|today|entonces|por\s+entonces|en\s+aquel\s+momento|ya|luego|hoy|m[aá]s\s+tarde)"
ROLE_GOVERNORS = frozenset({"of", "the", "a", "an", "de", "del", "la", "el", "al", "los", "las"})


# Determiners and possessives before a role in a list of people ("the captain, ...", "su
# portavoz, ...").
LIST_ROLE_DETERMINERS = r"(?i:the|a|an|its|their|his|her|el|la|los|las|un|una|su|sus)"
LIST_JOIN = re.compile(r"[\s,;]*(?:(?:and|or|y|e|o|u)\s+)?")
# A noun phrase in apposition, opened by a determiner and a lower-case word: the slot a list
# gives each name's role, whether the drafter knows the role noun ("el primer oficial") or not.
APPOSITION = rf"{LIST_ROLE_DETERMINERS}\s+[^\W\d_A-Z][^,;:()]*?"


def _person_like(m: Mention, lang: Language) -> bool:
    """A person, or a name of two to four capitalised words the reader did not type
    ("Julián Otamendi Landa", "Giuseppe Tamburelli"): a list of people holds both."""
    words = m.text.split()
    return m.kind == "person" or (
        m.kind == "name" and 2 <= len(words) <= 4 and all(w[:1].isupper() or fold_word(w) in lang.name_connectors for w in words)
    )


def _slot_before(text: str) -> bool:
    """Whether ``text`` (from the previous name up to this one) ends with a noun phrase in
    apposition and its comma: "the captain, ", "; el jefe de máquinas, ", ", y el primer oficial, "."""
    return re.search(rf"(?:^|[,;:]\s*|\s)(?:(?i:and|y|e)\s+)?{APPOSITION},\s*$", text) is not None


def _slot_after(text: str) -> re.Match[str] | None:
    """The noun phrase in apposition right after a name, up to the next comma (", the harbour
    master,", ", el práctico del puerto.")."""
    return re.match(rf"\s*[,;]\s*(?P<slot>{APPOSITION})\s*(?=[,.;:)]|$)", text)


def _role_before(text: str, roles_alt: str) -> str | None:
    """The role a list writes right before a name ("the captain, ", "y el jefe de máquinas, ",
    "el capitán "): the last words of the text up to the name, after a determiner or a list's
    comma, with its own "of ..." only when a comma closes it."""
    stripped = text.rstrip()
    comma = stripped.endswith(",")
    segment = re.split(r"[,;:()]", stripped[:-1] if comma else stripped)[-1].strip()
    if not comma and segment != text.rstrip(" "):
        return None
    tail = r"(?:\s+(?:of|de|del|at|en|in)\b[^,;:()]*)?" if comma else ""
    found = re.search(
        rf"(?:^(?:(?i:and|y|e)\s+)?|\b{LIST_ROLE_DETERMINERS}\s+)(?P<role>(?P<lead>(?:[^\W\d_]+\s+){{0,2}}?)(?:{roles_alt}){tail})$", segment
    )
    if found is None or found.group("role")[:1].isupper():
        return None
    # "la dirección del ingeniero": the role is the words after the last function word before
    # the role noun, not the noun that governs it.
    lead = found.group("lead").split()
    cut = max((i + 1 for i, w in enumerate(lead) if fold_word(w) in ROLE_GOVERNORS), default=0)
    return " ".join(found.group("role").split()[cut:]) or None


def _role_after(slot: str, roles_alt: str) -> str | None:
    """The role in a noun phrase in apposition after a name ("the chief engineer of the tug",
    "el capitán del remolcador"), without its determiner; None if it names no role."""
    found = re.fullmatch(rf"{LIST_ROLE_DETERMINERS}\s+(?P<role>(?:[^\W\d_]+\s+){{0,2}}?(?:{roles_alt})\b.*)", slot.strip())
    return found.group("role").strip() if found is not None else None


def _list_roles(s: Sentence, roles_alt: str, lang: Language) -> dict[int, str | None] | None:
    """The roles of a sentence that lists two or more people each beside a noun phrase in
    apposition ("el capitán, Apostolos Mangouras; el jefe de máquinas, Nikolaos Argyropoulos, y
    el primer oficial, ...", "Edward Hollis, the harbour master, Leonard Pike, the chief
    engineer, ..."), by the mention's start; None when the sentence is no such list.

    A phrase between two names belongs to one of them: where every listed name has one before
    it, the list pairs each name with the phrase before; where every one has one after, with
    the phrase after (a review gave a captain the next name's role, "jefe de máquinas"). Where
    both hold, neither, or a name of the list has none ("A, el capitán, B, el jefe, y C"), the
    pairing is not certain and every role of the list is None: no card on it."""
    people = [m for m in s.mentions if _person_like(m, lang)]
    if len(people) < 2:
        return None
    before: dict[int, bool] = {}
    after: dict[int, re.Match[str] | None] = {}
    previous_end = 0
    for i, m in enumerate(people):
        start, end = m.start - s.start, m.end - s.start
        before[m.start] = _slot_before(s.text[previous_end:start])
        found = _slot_after(s.text[end:])
        if found is not None and i + 1 < len(people) and people[i + 1].start - s.start < end + found.end():
            found = None  # ", el capitán Juan Pérez": the phrase is the next name's title
        after[m.start] = found
        previous_end = end
    listed = [m for m in people if before[m.start] or after[m.start]]
    if len(listed) < 2:
        return None
    role_first = all(before[m.start] for m in listed)
    role_last = all(after[m.start] for m in listed)
    roles: dict[int, str | None] = dict.fromkeys((m.start for m in people), None)
    if role_first == role_last:
        return roles
    for m in people[people.index(listed[0]) + 1:]:
        if m in listed:
            continue
        previous = max((x for x in listed if x.start < m.start), key=lambda x: x.start)
        found = after[previous.start]
        end = previous.end - s.start + (found.end() if role_last and found is not None else 0)
        if LIST_JOIN.fullmatch(s.text[end:m.start - s.start]):
            return roles  # a name of the list without a phrase of its own
    previous_end = 0
    for m in people:
        if m in listed:
            found = after[m.start]
            if role_first:
                roles[m.start] = _role_before(s.text[previous_end:m.start - s.start], roles_alt)
            elif found is not None:
                roles[m.start] = _role_after(found.group("slot"), roles_alt)
        previous_end = m.end - s.start
    return roles


def _roles(facts: Facts) -> list[Role]:
    lang = facts.language
    roles_alt = "|".join(sorted(lang.roles, key=len, reverse=True))
    out: list[Role] = []
    seen: set[str] = set()
    for s in facts.sentences:
        listed = _list_roles(s, roles_alt, lang)
        for m in s.mentions:
            if m.kind != "person":
                continue
            local_start, local_end = m.start - s.start, m.end - s.start
            after = s.text[local_end:]
            before = s.text[:local_start]
            role = None
            if listed is not None:
                # A list of people with their roles: its own pairing, or none (not certain).
                role = listed.get(m.start)
                if role and not any(ROMAN.match(w) for w in str(m.value).split()) and 1 <= len(role.split()) <= 14 and not any(c.isdigit() for c in role):
                    key = fold_word(str(m.value))
                    if key not in seen:
                        seen.add(key)
                        out.append(Role(m, role.strip(), s.paragraph, s.index))
                continue
            appositive = re.match(rf",\s+(?:the|a|an|el|la|un|una)\s+([^,.;()]{{0,90}}?\b(?:{roles_alt})\b[^,.;()]{{0,70}}?)(?=[,.;]|\s+(?:who|que)\b)", after)
            # ... or no article: "Marta Ruiz, catedrática de Geografía de la Universidad ...,"
            # ... or after a word dating it: "Penelope Boston, entonces directora del Instituto ...",
            # "Helen Marsh, then director of ..." (review 16 took the bare "investigadora" before the name).
            appositive = appositive or re.match(rf",\s+(?:{ROLE_TIME_WORDS}\s+)?((?:{roles_alt})\s+(?:of|de|del|at|en|in)\b[^,.;()]{{0,70}}?)(?=[,.;]|\s+(?:who|que)\b)", after, re.IGNORECASE)
            copula = re.match(rf"\s+(?:{'|'.join(lang.copulas)})\s+(?:a|an|un|una)\s+((?:\w+\s+){{0,2}}(?:{roles_alt})\b[^,.;]{{0,40}}?)(?=[,.;]|\s+(?:who|que|that)\b)", after)
            prefix = re.search(rf"(?:\b(?:the|The|el|El|la|La|al|del)\s+|^)((?:[\wáéíóú]+\s+){{0,2}}(?:{roles_alt}))\s+$", before)
            if appositive:
                role = appositive.group(1)
            elif copula:
                role = copula.group(1)
            elif prefix and not prefix.group(1)[0].isupper():
                # "bajo la dirección del ingeniero", "the supervision of surveyor": the role is
                # the words after the last function word, not the noun that governs it.
                words = prefix.group(1).split()
                cut = max((i + 1 for i, w in enumerate(words) if fold_word(w) in ROLE_GOVERNORS), default=0)
                role = " ".join(words[cut:])
            # "Carlos I de España": the numeral already says "king", so the role would be a give-away.
            regnal = any(ROMAN.match(w) for w in str(m.value).split())
            if role and not regnal and 1 <= len(role.split()) <= 14 and not any(c.isdigit() for c in role):
                key = fold_word(str(m.value))
                if key not in seen:
                    seen.add(key)
                    out.append(Role(m, role.strip(), s.paragraph, s.index))
    return out


def _events(facts: Facts) -> list[Event]:
    """Sentences that open ("In 1881 the first attempt began") or close ("... in 1889") with their
    date: the rest of the sentence is the event."""
    lang = facts.language
    out = []
    for s in facts.sentences:
        dated = [m for m in s.mentions if m.kind in ("year", "date", "month")]
        if len(dated) != 1 or s.words > 30:
            continue
        d = dated[0]
        local = d.start - s.start, d.end - s.start
        text = s.text.rstrip(".")
        head = re.match(r"^(?:In|On|By|En|El|Hacia)\s*$", s.text[: local[0]])
        if head:
            rest = text[local[1]:].lstrip(" ,")
        elif re.search(r"\s(?:in|on|en|el)\s*$", s.text[: local[0]]) and s.text[local[1]:].strip() in (".", "") and "," not in s.text:
            rest = re.sub(r"\s(?:in|on|en|el)\s*$", "", s.text[: local[0]])
        else:
            continue
        words = rest.split()
        if head and words and words[0][0].islower() and fold_word(words[0]) not in lang.determiners:
            continue  # "El 27 de abril atacó...": the subject is in another sentence
        if not 3 <= len(words) <= 18 or fold_word(words[0]) in lang.context_openers or any(c.isdigit() for c in rest):
            continue
        out.append(Event(rest[0].upper() + rest[1:], d, s.paragraph, s.index))
    return out


# Where a definition's own clause ends: a comma and a word that opens another clause ("..., and
# decades of development had covered ...", "..., and represents ...", "..., pero ...").
NEXT_CLAUSE = re.compile(
    r",\s+(?P<joint>and|but|while|whereas|although|though|yet|so|y|e|pero|mientras|aunque|sino|así)\s+",
    re.IGNORECASE,
)
LIST_ITEM_WORDS = 3  # "clay, sand, and boulders": the words between two commas of a list


def own_clause(definition: str) -> str:
    """The definition up to where another clause is joined to it (review 16: "A flat, low-lying
    delta where water drains slowly, and decades of rapid development had covered ..."; a second
    review: "A characteristic of the pump itself, ..., and represents ..."): a card's back is
    one statement of what its front is. A comma before "and" closing a list ("clay, sand, and
    boulders": a short item after the previous comma) is no clause boundary."""
    for m in NEXT_CLAUSE.finditer(definition):
        before = definition[: m.start()]
        item = before.rsplit(",", 1)[1] if "," in before else ""
        if m.group("joint").lower() in ("and", "y", "e") and item and len(item.split()) <= LIST_ITEM_WORDS:
            continue
        return before
    return definition


# An apposition naming another term after a definition ("..., proceso conocido como
# suberización", "..., a process known as corking"): another term's name, not this one's meaning.
NAMING_APPOSITION = re.compile(r",\s+(?:[^\W\d_]+\s+){1,3}(?:conocid[oa]s?\s+como|llamad[oa]s?|denominad[oa]s?|known\s+as|called|named|termed)\s", re.IGNORECASE)


def _own_term(term: str, facts: Facts) -> bool:
    """Whether a one-word subject ("El súber", "Lupulin") is a term of the document's own: a
    lower-case word (after its article, or written in lower case elsewhere in the document, a
    sentence's capital aside) that general text hardly writes (Language.is_general_word). "El
    agua es un ...", "Amorim es un ..." name no term."""
    lang = facts.language
    words = term.split()
    word = words[-1]
    if not word.isalpha() or lang.is_general_word(word.lower()):
        return False
    if len(words) == 2:
        return word.islower()
    return any(re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", s.text) for s in facts.sentences)


def _definitions(facts: Facts) -> list[Definition]:
    lang = facts.language
    copulas = "|".join(lang.copulas)
    dets = "|".join(lang.determiners)
    out = []
    for s in facts.sentences:
        m = re.match(rf"^((?:(?:The|El|La|Los|Las)\s+)?[\w'’\-]+(?:\s+[\w'’\-]+){{0,5}}?)\s+({copulas})\s+((?:{dets})\s+[^;]+?)\.?$", s.text)
        if not m:
            continue
        term, copula, definition = m.group(1), m.group(2), own_clause(m.group(3))
        definition = NAMING_APPOSITION.split(definition, maxsplit=1)[0]
        if len([w for w in term.split() if fold_word(w) not in lang.determiners]) < 2 and not _own_term(term, facts):
            continue  # "Water is the canal's main problem": a common word, no term (but "El súber es un tejido ...")
        if fold_word(term.split()[0]) in {fold_word(w) for w in lang.sentence_adverbs}:
            continue  # "Hoy Valdivia es una ciudad...": no term, and true only "today"
        if fold_word(term.split()[0]) in lang.context_openers or len(definition.split()) > 30 or len(definition.split()) < 4:
            continue
        words = term.split()
        if len(words) > 1 and fold_word(words[0]) in lang.determiners and fold_word(words[1]) in lang.name_connectors:
            continue  # "El de Vizcaya es el más antiguo de ellos": the noun is in another sentence
        if {fold_word(w) for w in re.findall(r"[^\W\d_]+", definition)} & (lang.demonstratives | LEANING):
            continue  # "... the oldest of them": the definition leans on another sentence
        if any(fold_word(w) in lang.words.stop_words and fold_word(w) not in lang.determiners and fold_word(w) not in lang.name_connectors for w in term.split()):
            continue
        out.append(Definition(term, definition, copula, s.paragraph, s.index, s.start, s.start + len(term)))
    return out
