"""A typed gap on a word many synonyms could fill: "the spillway was ____ vulnerable" accepted
only "inherently", where "intrinsically", "fundamentally" or "structurally" say the same (review
14, rule 3: the item tests the exact word, not the content).

Two kinds of key are such words, told apart by form, not by topic:
- a manner adverb: English "-ly", Spanish "-mente", whose stem is an adjective general text
  writes ("inherent", "intrínseca"); a noun that merely ends so ("anomaly", "jetty", "Clemente")
  has no such stem;
- an evaluative adjective of degree or importance ("considerable", "enormes", "crucial"): a
  short per-language list, since no part-of-speech data is available offline.
Held back, not repaired: no accept list can hold every synonym a reader of the text may type.
"""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from quizapp.derive.giveaways import gaps_of
from quizapp.language import fold_word
from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft

# The adjective an adverb is made from must be a word general text writes often (Zipf scale)
# and long enough not to be an accident of spelling ("belly" is no "bel" + "-ly").
ADJECTIVE_STEM_ZIPF = 3.0
ADJECTIVE_STEM_LETTERS = 4



def _words(text: str) -> frozenset[str]:
    """A word list written as running text (one frozenset of its words)."""
    return frozenset(text.split())


# Adjectives that grade or judge rather than describe: each has several synonyms a reader who
# understood the text would type as readily ("considerable", "substantial", "significant").
EVALUATIVE = {
    "en": _words("""
        considerable substantial significant important crucial critical vital essential key major
        serious severe huge enormous vast immense massive tremendous great remarkable notable
        dramatic extraordinary exceptional striking profound heavy minor slight modest poor
        excellent outstanding impressive devastating catastrophic terrible disastrous
        incalculable irreparable inestimable
    """),
    "es": _words("""
        considerable considerables importante importantes significativo significativa
        significativos significativas crucial cruciales crítico crítica críticos críticas vital
        vitales esencial esenciales fundamental fundamentales clave grave graves serio seria serios
        serias enorme enormes inmenso inmensa inmensos inmensas gran grande grandes notable
        notables destacado destacada destacados destacadas extraordinario extraordinaria
        extraordinarios extraordinarias excepcional excepcionales profundo profunda profundos
        profundas cuantioso cuantiosa cuantiosos cuantiosas ligero ligera ligeros ligeras leve
        leves devastador devastadora devastadores devastadoras catastrófico catastrófica
        catastróficos catastróficas terrible terribles incalculable
        incalculables irreparable irreparables inestimable inestimables
    """),
}
JUDGEMENT_WORDS = 3  # a typed key of at most this many words, one evaluative, is a judgement
# Evaluative words that also make terms in a phrase ("heavy water", "critical mass", "minor
# planet", "Gran Canal", "palabra clave"): they judge alone, not inside a longer key.
TERM_FORMING = _words("""
    key major minor heavy poor great critical vital essential serious slight important modest
    gran grande grandes clave crítico crítica críticos críticas vital vitales esencial esenciales
    fundamental fundamentales grave graves ligero ligera ligeros ligeras leve leves importante importantes
""")


def _adverb_stems(word: str, code: str) -> list[str]:
    """The adjectives ``word`` would be the manner adverb of (empty: its form is no adverb's)."""
    if code == "es":
        return [word[: -len("mente")]] if word.endswith("mente") else []
    if not word.endswith("ly"):
        return []
    stems = [word[:-2]]  # inherent-ly, careful-ly
    if word.endswith("ily"):
        stems.append(word[:-3] + "y")  # happi-ly
    if word.endswith(("ably", "ibly")):
        stems.append(word[:-1] + "e")  # notab-ly -> notable
    return stems


def manner_adverb(word: str, lang: Language) -> bool:
    """Whether ``word`` (one lower-case word) is a manner adverb of a common adjective."""
    code = lang.code if lang.code in EVALUATIVE else "en"
    return any(
        len(stem) >= ADJECTIVE_STEM_LETTERS and lang.familiarity(stem) >= ADJECTIVE_STEM_ZIPF
        for stem in _adverb_stems(word, code)
    )


COMPARATIVE_ZIPF = 2.1  # "costlier" 2.3, "deadlier" 2.4; "forer", "interer" are no words
SUPERLATIVE_BEFORE = re.compile(r"\b(?:most|least|más|mas|menos)\s+$", re.IGNORECASE)
SUPERLATIVE_WORDS = {
    "en": _words("most least best worst"),
    "es": _words("más mas menos mayor menor mayores menores mejor peor mejores peores máximo máxima mínimo mínima"),
}


def superlative(words: list[str], before: str, lang: Language) -> bool:
    """Whether a lower-case key is a superlative ("costliest", "most expensive", "más
    destructivos", "la peor"), or fills "most ____" / "más ____": a judgement whose synonyms
    ("most expensive", "most costly") fit its gap as well (review 16)."""
    code = lang.code if lang.code in SUPERLATIVE_WORDS else "en"
    if SUPERLATIVE_BEFORE.search(before) or fold_word(words[0]) in {fold_word(w) for w in SUPERLATIVE_WORDS[code]}:
        return True
    word = words[-1] if len(words) == 1 else ""
    if code == "es":
        return word.endswith(("ísimo", "ísima", "ísimos", "ísimas"))
    if not word.endswith("est") or len(word) < 6:
        return False
    stem = word[:-3]
    stems = [stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else "", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""]
    # An adjective's stem and its comparative both words ("costly", "costlier"; "large",
    # "larger"): "forest", "interest", "conquest" are nouns.
    comparative = word[:-2] + "r"
    return lang.familiarity(comparative) >= COMPARATIVE_ZIPF and any(s and lang.familiarity(s) >= ADJECTIVE_STEM_ZIPF for s in stems)


def synonym_gap(draft: Draft, lang: Language) -> list[str]:
    """Why a typed gap of ``draft`` is a word many synonyms fill (empty: it is none)."""
    code = lang.code if lang.code in EVALUATIVE else "en"
    for gap in gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip()
        words = key.split()
        if not words or not all(w.isalpha() and w.islower() for w in words):
            continue  # names and figures are no loose words
        if len(words) <= JUDGEMENT_WORDS and superlative(words, gap.before, lang):
            return [f"held back: {key!r} is a superlative, a judgement: its synonyms fit the gap as well, and the accept list cannot hold them all"]
        if len(words) == 1 and manner_adverb(key, lang):
            return [f"held back: {key!r} is a manner adverb: its synonyms fit the gap as well, and the accept list cannot hold them all"]
        # A judgement in a few words ("pérdida incalculable", "a terrible blow"): the
        # evaluative word makes the whole phrase one of many a reader may write.
        evaluative = {fold_word(w) for w in EVALUATIVE[code]}
        if len(words) > 1:
            evaluative -= {fold_word(w) for w in TERM_FORMING}
        if len(words) <= JUDGEMENT_WORDS and (judging := next((w for w in words if fold_word(w) in evaluative), None)):
            what = "an evaluative adjective" if len(words) == 1 else f"a judgement ({judging!r})"
            return [f"held back: {key!r} is {what}: its synonyms fit the gap as well, and the accept list cannot hold them all"]
    return []
