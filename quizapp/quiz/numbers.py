"""Reading a typed number in the conventions of the document's language.

"1.800" is one thousand eight hundred in Spanish and one point eight in English; "5,3" is five
point three in Spanish and no English number at all. A number is read with the separators of
the language its bank is written in (``language`` in document.yaml), and anything those
conventions do not make a number is refused with a message that says how to write it: a
learner is never marked wrong for a number the app misread.

The reader scans left to right once, using regular expressions only for single character
classes (nothing to backtrack over), so its time grows linearly with the input whatever the
input is (the earlier pattern backtracked and a 150,000-character answer held a worker for
minutes).

Rules, for every language (README.md, "Grading", says the same):
- one number, with any text before it that holds no digit ("US$ 1.5", "about 70") and any text
  after it that holds no digit ("14.6 %", "83 years");
- the integer part is plain digits ("6000") or grouped by threes with the group separator
  ("6,000", "1,234,567"); anything else with a group separator is refused ("5,3" in English);
- at most one decimal separator, followed by digits only ("1.800" in English is 1.8);
- a scale word right after the number multiplies it ("70 thousand", "70k", "1.5 billion"),
  counted in the question's unit: when the unit starts with a scale word ("billion US
  dollars"), "1.5 billion" and "1,500 million" both mean 1.5 of that unit.
To add a language, add its ``NumberConventions`` to ``CONVENTIONS``.
"""
from __future__ import annotations

import math
import re
from functools import cache
from dataclasses import dataclass, field
from decimal import Decimal

ASCII_DIGITS = frozenset("0123456789")
_ASCII_DIGIT = re.compile("[0-9]")
# Thousands grouped by a space, as the SI and the RAE's Ortografía write them ("6 000",
# "1 219,5"; also a no-break, narrow no-break or thin space): groups of exactly three digits
# after one to three, so "6 000" is one number and "6 00" or "12 5" stay two.
_SPACE_GROUPED = re.compile("(?<![0-9.,])[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})+(?![0-9])")
_GROUP_SPACE = re.compile("[ \u00a0\u202f\u2009]")
SIGNS = {"+": 1, "-": -1, "\u2212": -1}  # U+2212 is the typographic minus sign
# Longer than any number a question asks for; refusing early keeps Decimal and float cheap.
MAX_NUMBER_CHARS = 60


class NumberError(ValueError):
    """The text is not one number in the document's conventions; the message says how to write it."""


@dataclass(frozen=True)
class NumberConventions:
    """How one language writes numbers: separators, scale words and a hint for learners."""

    name: str
    group: str
    decimal: str
    # Scale words as they follow a number, folded to lower case; the longest match wins.
    scales: dict[str, int] = field(default_factory=dict)
    how_to_write: str = ""
    examples: str = ""  # shown beside a number field, so that learners write it right the first time

    @property
    def number_characters(self) -> re.Pattern[str]:
        """Digits and this language's two separators, as many as there are."""
        return _number_characters(self.group, self.decimal)


CONVENTIONS: dict[str, NumberConventions] = {
    "en": NumberConventions(
        name="English",
        group=",",
        decimal=".",
        scales={
            "k": 10**3, "thousand": 10**3, "thousands": 10**3,
            "million": 10**6, "millions": 10**6, "mn": 10**6, "mln": 10**6,
            "billion": 10**9, "billions": 10**9, "bn": 10**9,
            "trillion": 10**12, "trillions": 10**12, "tn": 10**12,
        },
        how_to_write="write it with a point for decimals and, if you like, commas between thousands: 3.5, 6,000 or 1,250.75",
        examples="3.5, 6,000 or 1,250.75",
    ),
    "es": NumberConventions(
        name="Spanish",
        group=".",
        decimal=",",
        scales={
            "k": 10**3, "mil": 10**3,
            "millón": 10**6, "millon": 10**6, "millones": 10**6,
            "mil millones": 10**9, "millardo": 10**9, "millardos": 10**9,
            "billón": 10**12, "billon": 10**12, "billones": 10**12,
        },
        how_to_write="write it with a comma for decimals and, if you like, points between thousands: 3,5, 6.000 or 1.250,75",
        examples="3,5, 6.000 or 1.250,75",
    ),
}
DEFAULT_LANGUAGE = "en"


def conventions_for(language: str | None) -> NumberConventions:
    """The conventions of ``language`` ("es", "es-PE", "EN"); English for a language not listed."""
    code = (language or DEFAULT_LANGUAGE).strip().lower().replace("_", "-").split("-")[0]
    return CONVENTIONS.get(code, CONVENTIONS[DEFAULT_LANGUAGE])


def read_number(raw: str, language: str | None = DEFAULT_LANGUAGE, unit: str = "") -> float:
    """The number in ``raw`` expressed in ``unit``; raise NumberError when it is not one number."""
    conv = conventions_for(language)
    text = _SPACE_GROUPED.sub(lambda m: _GROUP_SPACE.sub("", m.group()), raw.strip())
    hint = f"Enter a number: {conv.how_to_write}."
    first = _ASCII_DIGIT.search(text)
    if first is None:
        if _has_other_numerals(text):
            raise NumberError(f"Write the number with the digits 0 to 9: {conv.how_to_write}.")
        raise NumberError(hint)
    start = first.start()
    # A separator right before the first digit belongs to the number (".5"), to be checked with it.
    if start > 0 and text[start - 1] in (conv.group, conv.decimal):
        start -= 1
    # One character class, repeated, with nothing after it: it cannot backtrack.
    run = conv.number_characters.match(text, start)
    end = run.end() if run else start
    # A separator that ends the number is punctuation ("It was 70.").
    token = text[start:end].rstrip(conv.group + conv.decimal)
    before, after = text[:start], text[start + len(token):]
    if _ASCII_DIGIT.search(after):
        raise NumberError(f"Enter one number only, with no space or letter inside it: {conv.how_to_write}.")
    # "10²" is not 102, nor 10: any other numeric character (superscripts, fractions, other
    # scripts' digits) is refused. map() keeps this at C speed on a long answer.
    if _has_other_numerals(before) or _has_other_numerals(after):
        raise NumberError(f"Write the number with the digits 0 to 9: {conv.how_to_write}.")
    if len(token) > MAX_NUMBER_CHARS:
        raise NumberError("That number is too long.")
    digits = _plain_digits(token, conv)
    if digits is None:
        raise NumberError(f"“{token}” cannot be read as a number in {conv.name}: {conv.how_to_write}.")
    sign = SIGNS.get(before.rstrip()[-1:], 1)  # "-5", "US$ -5", "- 5"
    # A bare number is counted in the question's unit; a scale word is converted to that unit.
    scale, scale_word = _leading_scale(after, conv)
    if scale_word:
        scale_in_unit = Decimal(scale) / _leading_scale(unit, conv)[0]
    else:
        scale_in_unit = Decimal(1)
    number = float(Decimal(digits) * sign * scale_in_unit)
    if not math.isfinite(number):
        raise NumberError("That number is too large.")
    return number


def _has_other_numerals(text: str) -> bool:
    """Whether ``text`` (which holds no ASCII digit) holds any other numeric character."""
    return not text.isascii() and any(map(str.isnumeric, text))


@cache
def _number_characters(group: str, decimal: str) -> re.Pattern[str]:
    return re.compile(f"[0-9{re.escape(group + decimal)}]*")


def _plain_digits(token: str, conv: NumberConventions) -> str | None:
    """``token`` as "1234.5" when it is a well-formed number in ``conv``, else None."""
    whole, has_decimal, fraction = token.partition(conv.decimal)
    if has_decimal and (not fraction or not _all_digits(fraction)):
        return None  # a second decimal separator, or a group separator after the decimal one
    if conv.group in whole:
        groups = whole.split(conv.group)
        if not (1 <= len(groups[0]) <= 3 and _all_digits(groups[0])):
            return None
        if any(len(g) != 3 or not _all_digits(g) for g in groups[1:]):
            return None
        whole = "".join(groups)
    elif whole and not _all_digits(whole):
        return None
    if not whole and not fraction:
        return None
    return f"{whole or '0'}.{fraction or '0'}"


def _all_digits(text: str) -> bool:
    return bool(text) and all(c in ASCII_DIGITS for c in text)


def _leading_scale(text: str, conv: NumberConventions) -> tuple[int, str]:
    """The scale word that ``text`` starts with ("thousand people" → 1000), else 1."""
    folded = text.lstrip()[:40].casefold()  # longer than any scale word
    best, best_word = 1, ""
    for word, scale in conv.scales.items():
        if folded.startswith(word) and len(word) > len(best_word):
            rest = folded[len(word):len(word) + 1]
            if not rest or not rest.isalpha():  # "70k" and "70 k", but not "70 km"
                best, best_word = scale, word
    return best, best_word
