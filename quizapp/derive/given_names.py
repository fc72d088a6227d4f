"""Given names and surnames of many countries, to tell a person's name from a place's or a
thing's when nothing else in the text does (issue 10, names2).

The name reader types a two-word name as a person's when its first word is a given name general
text writes in several languages (``Builder.named_like_person``), or when a title, a role or a
person's verb stands beside it (titled_names.py). A fresh review found the surname refused where
neither holds: "____ moved to Lyon" with a given name general text rarely writes ("Ngozi",
"Tarik"), «destacaban ____ en el violín» with a surname of the Andes ("Quispe"). The lists of
Faker's person providers (MIT, some seventy locales, kept up to date monthly) are the robust
signal: a name is a person's when its first word is a given name of any of them, or its last
word a surname, and neither is a word of the language (a given name that is also a word,
"Santa", "Victoria", "Mar", "Monte", says nothing: ``person_words``).

A name in Chinese order ("Hou Debang") writes the surname first: ``chinese_order``.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache

# Faker's person providers name their lists so; a locale without one of them lacks it.
GIVEN_NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
SURNAME_LISTS = ("last_names",)
CHINESE_LOCALES = ("zh_CN", "zh_TW")
LATIN_NAME = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ'’-]+")


def _words(provider: type, attributes: tuple[str, ...]) -> set[str]:
    out: set[str] = set()
    for attribute in attributes:
        value = getattr(provider, attribute, None)
        if isinstance(value, (dict, list, tuple, set, frozenset)):
            out.update(w for w in value if isinstance(w, str) and LATIN_NAME.fullmatch(w))
    return out


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(given names, surnames, Chinese surnames in pinyin), loaded once, on first use."""
    import faker.providers.person as people  # imported here: only the drafter needs it

    given: set[str] = set()
    surnames: set[str] = set()
    chinese: set[str] = set()
    for module in pkgutil.iter_modules(people.__path__):
        provider = getattr(importlib.import_module(f"{people.__name__}.{module.name}"), "Provider", None)
        if provider is None:
            continue
        given |= _words(provider, GIVEN_NAME_LISTS)
        surnames |= _words(provider, SURNAME_LISTS)
        if module.name in CHINESE_LOCALES:
            chinese |= _words(provider, ("last_romanized_names",))
    return frozenset(given), frozenset(surnames), frozenset(chinese)


def given_name(word: str) -> bool:
    """Whether ``word`` ("Ngozi", "Tarik", "Teodor") is a given name of some country."""
    return word in _lists()[0]


def surname(word: str) -> bool:
    """Whether ``word`` ("Quispe", "Soto", "Halloran") is a surname of some country."""
    return word in _lists()[1]


HISPANIC_LOCALES = ("es", "pt")  # the locales whose names carry two surnames («Pérez Ortega», "Souza Lima")


@lru_cache(maxsize=1)
def _hispanic_surnames() -> frozenset[str]:
    import faker.providers.person as people  # imported here: only the drafter needs it

    found: set[str] = set()
    for module in pkgutil.iter_modules(people.__path__):
        if module.name.split("_")[0] in HISPANIC_LOCALES:
            provider = getattr(importlib.import_module(f"{people.__name__}.{module.name}"), "Provider", None)
            if provider is not None:
                found |= _words(provider, SURNAME_LISTS)
    return frozenset(found)


def hispanic_surname(word: str) -> bool:
    """Whether ``word`` ("Pérez", "Quispe", "Silva") is a surname of a Spanish- or
    Portuguese-speaking country, whose names carry two surnames; "Ali" (a given name and a
    surname elsewhere) is not."""
    return word in _hispanic_surnames()


def middle_and_surname(last_two: list[str]) -> bool:
    """Whether the last two words of a person's name are a middle name and one surname, not
    two surnames, in a text of a language of two surnames: no Hispanic surname among them,
    the last a surname the lists give ("Findley Wallace" of John Findley Wallace: "Wallace",
    never «Findley» alone); «Aldao Ferreiro», surnames no list gives, are two surnames."""
    return len(last_two) == 2 and surname(last_two[-1]) and not any(hispanic_surname(w) for w in last_two)


# A pinyin syllable (tone marks left out): an initial, then a final. A Chinese given name is one
# or two of them, written as one word ("Debang", "Zhiwei", "Li").
PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v|ü)"
)
PINYIN_NAME = re.compile(rf"(?:{PINYIN_SYLLABLE}){{1,2}}")


def chinese_order(words: list[str]) -> bool:
    """"Hou Debang", "Wang Zhiwei": a Chinese surname, then a given name of one or two pinyin
    syllables that no list gives as a given name (not "Lee Harvey", "Long Island")."""
    return (
        len(words) == 2 and words[0] in _lists()[2] and not given_name(words[1])
        and bool(PINYIN_NAME.fullmatch(words[1].lower()))
    )


@lru_cache(maxsize=4)
def _gendered(prefix: str) -> tuple[frozenset[str], frozenset[str]]:
    """(male, female) given names of the locales whose code starts with ``prefix`` ("es", "en";
    "" for every locale), loaded once each."""
    import faker.providers.person as people  # imported here: only the drafter needs it

    male: set[str] = set()
    female: set[str] = set()
    for module in pkgutil.iter_modules(people.__path__):
        if not module.name.startswith(prefix):
            continue
        provider = getattr(importlib.import_module(f"{people.__name__}.{module.name}"), "Provider", None)
        if provider is not None:
            male |= _words(provider, ("first_names_male",))
            female |= _words(provider, ("first_names_female",))
    return frozenset(male), frozenset(female)


def name_gender(name: str, language: str) -> str | None:
    """"m" or "f" when a person's name opens with a given name that the document language's
    locales (else every locale) list for one sex only («Lucía Ferrando» f, "Tomás Arrieta" m);
    None for a surname alone, a given name of both ("Andrea", "Ariel") or none. Spanish marks it
    in the articles and endings around the name («La presidenta, ____»), English in "her"/"his":
    an option of the other sex is ruled out without the text (see person_options.gender_giveaway)."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0]
    for prefix in (language, ""):
        male, female = _gendered(prefix)
        if (first in male) != (first in female):
            return "m" if first in male else "f"
        if first in male:  # listed for both: says nothing
            return None
    return None
