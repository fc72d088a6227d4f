"""The typed-answer rules, shared by every type where a learner types words (fill_in, cloze).

An answer counts when it is one of the accepted answers without regard to case, accents,
punctuation or spacing; where the item allows typos, within a small edit distance, unless
what was typed holds another real word of the document's language or changes a number or a
Roman numeral of the answer.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any
from collections.abc import Mapping

from rapidfuzz.distance import DamerauLevenshtein

from quizapp.language import other_real_words
from quizapp.qtypes.base import Checker, text_list


def fold_text(text: str) -> str:
    """Compare typed answers without case, accents, punctuation or spacing."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c)).casefold()


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
    if not content.get("typos"):
        return False
    return any(
        DamerauLevenshtein.distance(given, target) <= allowed_typos(target)
        and not other_real_words(typed, accepted, language)
        and same_numerals(accepted, typed)
        for accepted, target in targets
    )


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
