"""The typed-answer rules, shared by every type where a learner types words (fill_in, cloze).

An answer counts when it is one of the accepted answers without regard to case, accents,
punctuation or spacing ("co-factor" = "cofactor", "canción" = "cancion"), or one of them written
another way that is the same answer: a word in its British or American spelling ("haemophilia",
"hemophilia": quizapp.languages.en.spelling_variants) and a number in words or figures ("three",
"3", "third", "3rd"; «tres», «tercera», "3.ª"). Where the item allows typos, also within a small
edit distance, unless what was typed holds another real word of the document's language or
changes a number or a Roman numeral of the answer.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from typing import TYPE_CHECKING, Any
from collections.abc import Mapping

from rapidfuzz.distance import DamerauLevenshtein

from quizapp.language import PLAIN_LETTERS, base_language, fold_word, frequent_words, other_real_words, stem, tokens
from quizapp.qtypes.base import Checker, text_list

if TYPE_CHECKING:
    from quizapp.languages import Language


def fold_text(text: str) -> str:
    """Compare typed answers without case, accents, punctuation or spacing, and with the letters
    that carry no separate accent in their Latin spelling ("Sigurður": sigurdur, "Þing": thing;
    PLAIN_LETTERS, as the drafter folds its words)."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c)).casefold().translate(PLAIN_LETTERS)


# A number ("11", "1.5") or an upper-case Roman numeral ("II", "XIV") in an accepted answer.
NUMERAL_IN_ANSWER = re.compile(r"\d+(?:[.,]\d+)*|\b(?=[IVXLCDM]+\b)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\b")
# The same in what a learner typed, in either case ("felipe ii").
NUMERAL_TYPED = re.compile(NUMERAL_IN_ANSWER.pattern.replace("[IVXLCDM]", "[IVXLCDMivxlcdm]"), re.IGNORECASE)


def numerals(text: str, pattern: re.Pattern[str] = NUMERAL_IN_ANSWER) -> list[str]:
    """The numbers and Roman numerals of ``text``, folded: what a typo may never change."""
    return [m.group().casefold() for m in pattern.finditer(text) if m.group()]


def allowed_typos(answer: str) -> int:
    n = len(answer)
    return 0 if n < 4 else 1 if n <= 8 else 2


# The articles a learner may type before an answer ("the Hornberg Valley", «el lago Poopó»).
LEADING_ARTICLES = {
    "en": re.compile(r"^\s*(?:the|a|an)\s+(?=\S)", re.IGNORECASE),
    "es": re.compile(r"^\s*(?:el|la|los|las|lo|un|una|unos|unas)\s+(?=\S)", re.IGNORECASE),
}


def _without_article(typed: str, language: str | None) -> str | None:
    """``typed`` without the article it opens with, or None when it opens with none."""
    codes = [base_language(language)] if language and base_language(language) in LEADING_ARTICLES else list(LEADING_ARTICLES)
    for code in codes:
        if (m := LEADING_ARTICLES[code].match(typed)) is not None:
            return typed[m.end():]
    return None


def typed_answer_matches(content: Mapping[str, Any], typed: str, language: str | None = "en") -> bool:
    """An accepted answer (``content["accept"]``), exactly (folded) or, where ``content["typos"]``
    allows, within the typo distance, unless the typed answer holds another real word of the
    language: "fool" is not a misspelt "foil", while "Balcazr" is a misspelt "Balcázar"."""
    given = fold_text(typed)
    if not given:
        return False
    targets = [(accepted, fold_text(accepted)) for accepted in content["accept"]]
    if any(given == target for _, target in targets):
        return True
    if (bare := _without_article(typed, language)) is not None and typed_answer_matches(content, bare, language):
        return True  # "the Hornberg Valley", «el lago Poopó»: the article a learner puts before a name
    if any(given in same_answer_forms(accepted, language) for accepted, _ in targets):
        return True
    if not content.get("typos"):
        return False
    return any(
        DamerauLevenshtein.distance(given, target) <= allowed_typos(target)
        and not other_real_words(typed, accepted, language)
        and same_numerals(accepted, typed)
        and exact_words_kept(accepted, typed, language)
        for accepted, target in targets
    )


def exact_words_kept(accepted: str, typed: str, language: str | None) -> bool:
    """Whether a near miss of an answer of two words or more leaves as they are the words a slip
    may not change: its lower-case words with a real word of the language a slip away («agua»,
    «aguda»; exact_words). The tolerance is the word's: «agua fluyentte» is a slip
    in «fluyente», which no real word lies near, «agau fluyente» one in «agua», refused. Each
    typed word is read against the answer's word in its place, or, where the words do not pair
    up ("aguafluyentte"), each such word must stand in what was typed as it is."""
    written = re.findall(r"[^\W_]+", accepted)
    if len(written) < 2:
        return True
    exact = exact_words(accepted, language)
    if not exact:
        return True
    typed_words = [fold_text(w) for w in re.findall(r"[^\W_]+", typed)]
    folded = [fold_text(w) for w in written]
    if len(typed_words) != len(folded):
        return all(word in fold_text(typed) for word in exact)
    return all(t == a or stem(t) == stem(a) or t in same_answer_forms(a, language) for t, a in zip(typed_words, folded) if a in exact)


def exact_words(answer: str, tag: str | None) -> dict[str, list[str]]:
    """Real words within the typo distance of the real words of ``answer``: word -> neighbours.

    Only words of the answer written in lower case that are themselves words of the language
    are looked at ("foil", "leaders"): a learner may mean another real word ("fool",
    "lenders"), while a real word next to a name ("Kiko" for "Keiko") is a typo, not a
    different answer. Inflections of the word ("leader" for "leaders") and the forms grading takes
    as the same answer ("color" for "colour": same_answer_forms) are no other answer. The distance is
    grading's own: one edit, two for words longer than eight letters, never more than the
    whole answer allows.
    """
    vocabulary = frequent_words(tag)
    whole = fold_text(answer)
    budget = allowed_typos(whole)
    found: dict[str, list[str]] = {}
    common = [fold_word(w) for w in re.findall(r"[^\W\d_]+", answer) if not w[0].isupper()]
    for word in dict.fromkeys(t for t in tokens(answer) if t in common):
        limit = min(allowed_typos(word), budget)
        if not limit or word not in vocabulary:
            continue
        neighbours = near_words(word, tag, limit)
        if neighbours:
            found[word] = neighbours
    return found


def near_words(word: str, tag: str | None, limit: int) -> list[str]:
    """The language's frequent words within ``limit`` edits of ``word`` (folded), other than
    its inflections and the forms grading takes as the same answer."""
    from rapidfuzz import process

    index = _by_length(tag)
    pool = [w for n in range(len(word) - limit, len(word) + limit + 1) for w in index.get(n, ())]
    same = same_answer_forms(word, tag)
    return sorted(
        match
        for match, distance, _ in process.extract(word, pool, scorer=DamerauLevenshtein.distance, score_cutoff=limit, limit=None)
        if distance > 0 and stem(match) != stem(word) and match not in same
    )


_LENGTH_INDEX: dict[str, dict[int, tuple[str, ...]]] = {}


def _by_length(tag: str | None) -> dict[int, tuple[str, ...]]:
    key = str(tag)
    if key not in _LENGTH_INDEX:
        index: dict[int, list[str]] = {}
        for word in frequent_words(tag):
            index.setdefault(len(word), []).append(word)
        _LENGTH_INDEX[key] = {n: tuple(sorted(ws)) for n, ws in index.items()}
    return _LENGTH_INDEX[key]


# The most forms of one accepted answer compared (each word's options multiply).
MAX_FORMS = 256
# Ordinals that are also other words: "second" (of time), «segundo», «cuarto» (a room).
ORDINAL_HOMONYMS = frozenset(["second", "segundo", "cuarto"])
ENGLISH_ORDINAL_ENDINGS = {1: "st", 2: "nd", 3: "rd"}


def number_forms(lang: Language) -> dict[str, list[str]]:
    """Folded word or figure -> its other folded forms, from the language's numbers 1 to 21
    (``Language.century_words``): "three" <-> "3", "third" <-> "3rd"; «tercero» -> "3o" (as
    "3.º" folds), «tercera» -> "3a", «tercer» -> "3er"."""
    forms: dict[str, list[str]] = {}
    for n, (cardinal, ordinal) in lang.century_words.items():
        cardinal, ordinal = fold_text(cardinal), fold_text(ordinal)
        forms.setdefault(cardinal, []).append(str(n))
        forms.setdefault(str(n), []).append(cardinal)
        if lang.code == "en":
            written = f"{n}{'th' if 11 <= n % 100 <= 13 else ENGLISH_ORDINAL_ENDINGS.get(n % 10, 'th')}"
            forms.setdefault(written, []).append(ordinal)
            if ordinal not in ORDINAL_HOMONYMS:
                forms.setdefault(ordinal, []).append(written)
        elif lang.code == "es" and ordinal not in ORDINAL_HOMONYMS:
            forms.setdefault(ordinal, []).append(f"{n}o")
            forms.setdefault(ordinal[:-1] + "a", []).append(f"{n}a")
            if n in (1, 3):  # "primer", "tercer" before a noun: "1.er", "3.er"
                forms.setdefault(ordinal[:-1], []).extend([f"{n}er", f"{n}o"])
    return forms


_NUMBER_FORMS: dict[str, dict[str, list[str]]] = {}


ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
ROMAN_VALUES = (("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90), ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def roman_value(token: str) -> int | None:
    """The value of an upper-case Roman numeral ("XIV": 14), else None."""
    if not token or not ROMAN.fullmatch(token):
        return None
    value, rest = 0, token
    for letters, worth in ROMAN_VALUES:
        while rest.startswith(letters):
            value, rest = value + worth, rest[len(letters):]
    return value


def as_roman(value: int) -> str:
    out = []
    for letters, worth in ROMAN_VALUES:
        count, value = divmod(value, worth)
        out.append(letters * count)
    return "".join(out).casefold()


def roman_forms(written: list[str], i: int) -> list[str]:
    """A Roman numeral after a word is also its number, and a number after a word also its
    Roman numeral: "World War II" / "World War 2", "Apollo 11" / "Apollo XI", «siglo XX» / «siglo
    20». A single letter counts only as I, V or X after a capitalised word ("Carlos V", not
    "Vitamin C"), and nothing before the first word ("I" is no 1)."""
    if i == 0 or not written[i - 1].isalpha():
        return []
    token = written[i]
    single_ok = token in ("I", "V", "X") and written[i - 1][:1].isupper()
    if (len(token) >= 2 or single_ok) and (value := roman_value(token)):
        return [str(value)]
    if token.isdigit() and 0 < int(token) < 4000 and not token.startswith("0"):
        return [as_roman(int(token))]
    return []


def same_answer_forms(accepted: str, language: str | None) -> set[str]:
    """The folded ways to write ``accepted`` that are the same answer: each word in its other
    spelling (English: "colour", "color"), a number in words or figures and a Roman numeral
    after a word in figures (roman_forms), in a language with its own rules (English, Spanish). A number next to another number word ("twenty-one") is
    left as it is, so that its parts never run into another figure ("201")."""
    code = base_language(language)
    if code not in ("en", "es"):
        return set()
    from quizapp.languages import language_for  # here: the languages package loads the quiz's number rules

    lang = language_for(code)
    numbers = _NUMBER_FORMS.get(code)
    if numbers is None:
        numbers = _NUMBER_FORMS[code] = number_forms(lang)
    plain = "".join(c for c in unicodedata.normalize("NFKD", accepted) if not unicodedata.combining(c))
    written = re.findall(r"[^\W_]+", plain)
    words = [w.casefold().translate(PLAIN_LETTERS) for w in written]

    def numeric(word: str) -> bool:
        return word.isdigit() or word in numbers or bool(lang.number_words.fullmatch(word))

    options: list[list[str]] = []
    for i, word in enumerate(words):
        forms = [word, *lang.spelling_variants(word)]
        if not any(numeric(w) for w in words[max(i - 1, 0): i] + words[i + 1: i + 2]):
            forms += numbers.get(word, [])
        forms += roman_forms(written, i)
        options.append(forms)
    found: set[str] = set()
    for combo in itertools.islice(itertools.product(*options), MAX_FORMS):
        found.add("".join(combo))
    found.discard(fold_text(accepted))
    return found


def same_numerals(accepted: str, typed: str) -> bool:
    """Whether a near miss keeps the accepted answer's numbers and Roman numerals as they are:
    "Felipe I" is another king than "Felipe II", "Apollo 12" another mission than "Apollo 11",
    though each is one edit away. An answer without numerals is not checked (a word made of
    numeral letters, "Mixtec", is no number there)."""
    wanted = numerals(accepted)
    return not wanted or wanted == numerals(typed, NUMERAL_TYPED)


def read_accept(raw: dict[str, Any], item_id: str, check: Checker) -> dict[str, Any] | None:
    """``accept`` (one or more answers) and ``typos`` (true or false, default false)."""
    accept = text_list(raw, "accept", item_id, check, minimum=1)
    typos = raw.get("typos", False)
    if not isinstance(typos, bool):
        check.add(check.line_of(raw, "typos"), item_id, "typos must be true or false", "typos")
        return None
    return None if accept is None else {"accept": accept, "typos": typos}
