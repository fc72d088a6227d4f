"""The drafter's one stem check (quizapp/derive/word_families.py): which words are of one family
and which merely look alike, in English and Spanish. Every give-away rule that asks "does the
prompt (or the heading) write the key's word or its family?" calls these functions, so these
cases hold for all of them."""
from __future__ import annotations

import pytest

from quizapp.derive import answers, word_families
from quizapp.derive.extract import fold
from quizapp.derive.word_families import (
    opening,
    pair_words,
    prefix_apart,
    share_opening,
    share_stem,
    stem_relation,
    strip_ending,
)


@pytest.mark.parametrize(("word", "stem"), [
    ("condensation", "condens"),  # derivation, English
    ("melting", "melt"),  # inflection, English
    ("stations", "stat"),  # "-ations" would leave too little: "-ions" goes
    ("regeneración", "regener"),  # derivation, Spanish (the accent folded first)
    ("volcánicos", "volcanic"),  # inflection, Spanish
    ("población", "pobl"),  # "-ación" leaves four letters: too few for the stem rule, the key still "holds"
    ("sal", "sal"),  # too short to lose an ending
])
def test_strip_ending_drops_the_longest_ending(word: str, stem: str) -> None:
    assert strip_ending(word) == stem


@pytest.mark.parametrize(("key", "word", "relation"), [
    ("condensation", "condense", "stem"),  # EN derivation: the prompt's verb opens with the noun's stem
    ("erupciones", "erupción", "stem"),  # ES inflection
    ("volcánicos", "volcánica", "stem"),
    ("Xólotl", "āxōlōtl", "holds"),  # the key whole inside the word, accents folded
    ("planktonic", "plankton", "root"),  # the key made from the word
    ("extrusions", "intrusions", "pair"),  # pair words a short prefix apart
    ("w-type", "r-type", "pair"),
    ("station", "nation", None),  # false friends: only an ending in common
    ("Scotland", "Flanders", None),  # names are no pair words
    ("Sil", "Silva", None),  # a short key inside a longer word says nothing
    ("densification", "densification", None),  # the same word is the key itself, not a relation
])
def test_stem_relation(key: str, word: str, relation: str | None) -> None:
    assert stem_relation(key, word) == relation


def test_pair_words_need_a_shared_part_as_long_as_what_differs() -> None:
    assert pair_words("hyperthermia", "hypothermia")
    assert pair_words("extrusions", "intrusions")
    assert not pair_words("nation", "station")
    assert not pair_words("tension", "extension")  # one has no prefix to differ in


@pytest.mark.parametrize(("a", "b", "shared"), [
    ("denser", "densification", True),  # a short word: four letters are enough
    ("drains", "drainage", True),
    ("salinero", "salinas", True),  # five letters
    ("tiroideas", "tiroxina", False),  # four letters only, both long: no family by this rule
    ("texto", "textura", True),  # ... this rule sees the opening; giveaways.word_family asks more (below)
    ("den", "dense", False),  # too short to have a stem
])
def test_share_stem_by_length(a: str, b: str, shared: bool) -> None:
    assert share_stem({fold(a)}, {fold(b)}) is shared


def test_share_opening_takes_the_shorter_word_whole() -> None:
    assert share_opening("tubo", "tubos")  # four letters, all of the shorter
    assert share_opening("volcanico", "volcanicos")
    assert not share_opening("sal", "salinas")  # fewer than four
    assert not share_opening("volcan", "volumen")
    assert share_opening("tiroideas", "tiroxina", 4)  # a rule may ask four letters (rare words)
    assert opening("Salineras") == "salin"
    assert opening("Ñandú", 3) == "nan"


@pytest.mark.parametrize(("code", "key", "word", "family"), [
    ("es", "despoblacion", "poblacion", True),
    ("es", "poblacion", "despoblacion", True),  # either way round
    ("en", "depopulation", "population", True),
    ("en", "disagreement", "agree", True),
    ("en", "disagreement", "agreement", True),
    ("es", "reforma", "forma", True),
    ("es", "deshielo", "hielo", True),
    ("es", "desagüe", "agua", False),  # four letters left: too short to be sure
    ("en", "decline", "incline", False),  # "in" is no English family prefix here
    ("es", "textura", "texto", False),
])
def test_prefix_apart(code: str, key: str, word: str, family: bool) -> None:
    assert prefix_apart(key, word, code) is family


def test_the_callers_share_one_check() -> None:
    """The typed-answer rule and the modules that used to stem on their own now ask here: one
    constant, one function."""
    assert answers.share_stem is word_families.share_stem
    assert answers.SHORT_STEM == word_families.SHORT_STEM
    assert answers.given_away("La ____ del tejido comienza cuando se regenera la piel.", "regeneración")
    assert answers.given_away("the nation built a new ____ for the trains", "station") is None


def test_spanish_endings_are_folded_like_the_words() -> None:
    """The words are folded (accents dropped) before their ending is stripped, so an accented
    ending of the table ("-ación") never matched: "regeneraciones" lost "-aciones" but
    "regeneración" only "-ion", and the prompt's "regenerar" (given_away's own example) did not
    give the singular key away while it gave the plural away."""
    assert strip_ending("regeneración") == strip_ending("regeneraciones") == "regener"
    assert strip_ending("condensación") == strip_ending("condensaciones") == "condens"
    prompt = "Las células dañadas pueden regenerar el tejido; la ____ tarda semanas."
    assert answers.given_away(prompt, "regeneraciones")
    assert answers.given_away(prompt, "regeneración")
    assert stem_relation("condensación", "condensar") == "stem"
    # ... and a word that only ends alike stays apart ("nación"/"estación", "-ación" leaves too little)
    assert stem_relation("estación", "nación") is None
    assert stem_relation("nación", "nacional") is not None  # the key whole inside the word
