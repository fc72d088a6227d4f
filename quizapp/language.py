"""What Quizapp knows about the language of a document, in one place.

A bank names its language in ``document.yaml`` (``language: en``, a BCP 47 tag); the document
row keeps it. Two things depend on it:

- grading typed answers: a typo is forgiven only when the typed answer is not itself another
  real word of the language ("fool" is not a typo of "foil"), using the frequent words of the
  language from the ``wordfreq`` package (offline data shipped in the wheel);
- the bank linter: stop words, absolute and hedging words, negations and sequence words.

A language without a profile here falls back to English word lists for the linter (the rules
are then rough, and say nothing wrong) and to wordfreq's own list, if it has one, for grading.
Number conventions (decimal comma or point) belong here too when they depend on the language.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# How many of the language's most frequent words count as "real words" when grading and
# linting typed answers. 50,000 reaches well past everyday words ("foil", "fool", "libra")
# while leaving out most names; a typed word outside the list is taken as a typo.
FREQUENT_WORDS = 50_000


@dataclass(frozen=True)
class LanguageWords:
    """Word classes the linter reasons with (all folded: lower case, no accents)."""

    stop_words: frozenset[str]
    absolutes: tuple[str, ...]  # words or phrases that make a claim total
    hedges: tuple[str, ...]  # words that make a claim safe
    negations: frozenset[str]
    sequence_first: frozenset[str]  # words that say "this comes first"
    sequence_last: frozenset[str]  # words that say "this comes last"
    # Phrases that attribute a judgement to the document ("according to the article").
    attribution: str


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENGLISH = LanguageWords(
    stop_words=_words(
        """a an the and or but nor of to in on at by for from with without into onto over under about
        above below after before between during through against among as than then so such that this
        these those there here it its it's he him his she her hers they them their theirs we us our you
        your i me my is are was were be been being am do does did done doing has have had having will
        would shall should can could may might must not no yes also only just very more most less least
        much many few some any all each every both either neither other another same own what which who
        whom whose when where why how whether if while because since until up down out off again once
        one two three four five six seven eight nine ten true false select apply following these s t
        article according says say said describe describes described call calls called its"""
    ),
    absolutes=(
        "always", "never", "only", "no precedent", "without precedent", "unprecedented", "simply",
        "entirely", "all", "none", "every", "everyone", "nothing", "nobody", "no one", "completely",
        "totally", "wholly", "solely", "purely", "exclusively", "invariably", "absolutely", "certainly",
        "undoubtedly", "impossible", "must", "whatsoever", "at all",
    ),
    hedges=(
        "may", "might", "some", "partly", "partially", "in part", "perhaps", "possibly", "probably",
        "likely", "often", "usually", "generally", "largely", "mostly", "somewhat", "relatively",
        "tends to", "appears to", "seems", "apparently", "roughly", "arguably", "supposedly",
        "allegedly", "reportedly", "so-called",
    ),
    negations=_words("not no never n't nor without cannot"),
    sequence_first=_words("first firstly initially originally began begins start starts started earliest"),
    sequence_last=_words("finally eventually last lastly ultimately later latest ended ends end"),
    attribution=(
        r"according to the (article|author|text)|(how|what|why|whom?|which) (does|did|do) the (article|author)|the (article|author|text)(?:'s)? (?:\w+ )?"
        r"(calls?|describes?|labels?|terms?|brands?|dubs?|characteri[sz]es?|says?|portrays?|presents?|"
        r"views?|sees?|names?|refers? to|judges?|considers?|treats?|casts?|paints?)|"
        r"in the (article|author)'s (view|words|account|terms|telling|description)|"
        r"what the (article|author) calls|as the (article|author) (puts it|calls|describes)|"
        r"the (article|author)'s (label|term|description|phrase|word|characteri[sz]ation)|"
        r"(called|described|labelled|labeled|termed|branded|dubbed) [^.]{0,60} (by|in) the (article|author)"
    ),
)

SPANISH = LanguageWords(
    stop_words=_words(
        """el la los las un una unos unas y o u e ni de del al a en con sin por para sobre entre hasta
        desde que quien quienes cual cuales cuyo como cuando donde es son fue fueron ser era eran ha han
        habia se su sus lo le les no si mas muy ya tambien solo este esta estos estas ese esa esos esas
        aquel otro otra otros otras todo toda todos todas cada ambos mismo verdadero falso segun articulo"""
    ),
    absolutes=(
        "siempre", "nunca", "jamas", "solo", "solamente", "unicamente", "todos", "todas", "todo",
        "ninguno", "ninguna", "nada", "nadie", "sin precedentes", "simplemente", "completamente",
        "totalmente", "enteramente", "exclusivamente",
    ),
    hedges=(
        "puede", "pueden", "podria", "quiza", "quizas", "tal vez", "algunos", "algunas", "parcialmente",
        "en parte", "a menudo", "generalmente", "mayormente", "probablemente", "relativamente",
    ),
    negations=_words("no nunca jamas ni sin tampoco"),
    sequence_first=_words("primero primera inicialmente empezo comienza"),
    sequence_last=_words("finalmente luego despues ultimo ultima termino"),
    attribution=r"segun el (articulo|autor|texto)|el (articulo|autor) (llama|describe|califica|dice|presenta|considera)",
)

PROFILES: dict[str, LanguageWords] = {"en": ENGLISH, "es": SPANISH}


def base_language(tag: str | None) -> str:
    """'en' for 'en', 'en-GB' or 'EN_us'; English when nothing is given."""
    return re.split(r"[-_]", (tag or "en").strip().lower(), maxsplit=1)[0] or "en"


def words_for(tag: str | None) -> LanguageWords:
    return PROFILES.get(base_language(tag), ENGLISH)


# Letters that carry no separate accent, so NFKD leaves them whole, spelled as a learner without
# them on the keyboard writes them: "Sigurður" Sigurdur, "Þingvellir" Thingvellir, "Ærø" Aero,
# "Łódź" Lodz, "Đorđe" Dorde, "œuvre" oeuvre ("ß" casefolds to ss already). Lower case: applied
# after casefold.
PLAIN_LETTERS = str.maketrans({"ð": "d", "þ": "th", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "œ": "oe", "ı": "i"})


def fold_word(text: str) -> str:
    """Lower case without accents: 'Balcázar' -> 'balcazar', 'Sigurður' -> 'sigurdur' (the
    letters grading folds too: quizapp.qtypes.typed.fold_text).

    Plain ASCII has no accent to take off and no letter to spell out, and its case folding is
    its lower case: returned at once (the drafter folds over a million words of a 3,000-word
    document; issue 10's "in a minute"). Other text is folded once per distinct text."""
    if text.isascii():
        return text.lower()
    return _fold_accented(text)


@lru_cache(maxsize=65536)
def _fold_accented(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().translate(PLAIN_LETTERS)


# Numbers first, so that "10.3" and "6,000" stay one token.
TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|[^\W_]+", re.UNICODE)


def lower_initial(text: str) -> str:
    """The text with its first letter in lower case, for use inside a sentence.

    A first word written in capitals is an acronym and keeps them ("CCOO y UGT" stays, never
    "cCOO y UGT"); "The inner tank" becomes "the inner tank".
    """
    if not text or text[1:2].isupper():
        return text
    return text[0].lower() + text[1:]


def tokens(text: str) -> list[str]:
    """Folded word tokens, with the possessive 's dropped ("Jerí's" -> "jeri")."""
    out = []
    for token in TOKEN.findall(text):
        token = fold_word(token.replace("’", "'"))
        out.append(token.removesuffix("'s"))
    return out


def stem(word: str) -> str:
    """A deliberately simple stemmer: enough to see "meetings" and "meeting" as one word."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def other_real_words(typed: str, accepted: str, tag: str | None) -> list[str]:
    """Words of ``typed`` that are real words of the language but no form of a word of ``accepted``.

    "fool" typed for "foil" is another word, not a typo; "Balcazr" for "Balcázar" is no word at
    all, and "leader" for "leaders" or "gate" in "Chifa gate" for "Chifagate" are the answer's own.
    A word inside the answer is its own only as a piece written apart (more words typed than the
    answer has): "ear" for "bear", "plan" for "plant" are other words.
    Stop words ("a hoodie") are no other answer either.
    """
    target = "".join(re.findall(r"[^\W_]+", fold_word(accepted)))
    own = {stem(w) for w in re.findall(r"[^\W\d_]+", fold_word(accepted))}
    vocabulary = frequent_words(tag)
    small = words_for(tag).stop_words  # "a hoodie" for "hoodie" adds no other meaning
    typed_words = re.findall(r"[^\W\d_]+", fold_word(typed))
    split = len(typed_words) > len(re.findall(r"[^\W\d_]+", fold_word(accepted)))
    return [
        w
        for w in typed_words
        if w in vocabulary and w not in small and not (split and w in target) and stem(w) not in own
    ]


@lru_cache(maxsize=8)
def frequent_words(tag: str | None) -> frozenset[str]:
    """The language's most frequent words, folded; empty when wordfreq has no list for it."""
    import wordfreq  # imported here: loading its data takes a moment, and only some commands need it

    language = base_language(tag)
    try:
        words = wordfreq.top_n_list(language, FREQUENT_WORDS)
    except LookupError:
        return frozenset()
    return frozenset(w for w in (fold_word(w) for w in words) if w.isalpha())


def is_real_word(word: str, tag: str | None) -> bool:
    """True when ``word`` is one of the language's frequent words."""
    return fold_word(word) in frequent_words(tag)
