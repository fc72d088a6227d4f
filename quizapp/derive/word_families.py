"""Whether two words are of one family: the drafter's one stem check.

Many rules ask the same question in other words: "does the prompt (or the heading, the
sentence, another option) write the key's word, or a word of its family?" A key that does is
read off the words around it ("población ... la ____" for despoblación; "denser" for
densification; "intrusions" beside a gap for "extrusions"). Until this module each rule
stemmed on its own; the comparisons now live here and the rules only say which of them they
ask, and how many letters they need:

- ``opening``/``share_opening``: the first letters of two folded words (four for a short or a
  rare word, five otherwise): "salin-" of "salinero" and "salinas", "tubo"/"tubos";
- ``share_stem``: four or five first letters by the words' length ("denser"/"densification");
- ``strip_ending``: a word without one inflection or derivation ending of ENDINGS (English and
  Spanish: "regeneración" -> "regener", "condensation" -> "condens");
- ``stem_relation``: how one word of a prompt gives a one-word key away (opens with its stem,
  holds it, is its root, or is its pair word differing in a short prefix);
- ``prefix_apart``: the same word but for a derivational prefix of the language
  ("población"/"despoblación", "population"/"depopulation", "agree"/"disagreement").

Words that merely open alike are refused where the rules always refused them: "nation" and
"station" share only an ending, names are no pair words ("Flanders"/"Scotland"), a short key
inside a longer word says nothing ("Sil" in "Silva"), and a four-letter opening of common
words ("texto"/"textura") is no family.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from quizapp.derive.extract import fold

SHORT_STEM = 4  # two words sharing this many first letters share a stem ("denser", "densification")
FAMILY_STEM = 5  # ... this many, for longer words ("salinero"/"salinas", "volcánico"/"volcánicos")
# Endings that turn one stem into many words: two words sharing only one of them ("nation",
# "station") are no pair. Longest first; folded, as the words they are stripped from are
# ("-ación" of "regeneración" is "-acion" once the accent goes).
ENDINGS = tuple(sorted(dict.fromkeys(fold(e) for e in (
    "ations", "ation", "itions", "ition", "ions", "ion", "iones", "ión", "ments", "ment", "mente", "ness", "ings", "ing",
    "ed", "es", "s", "ly", "al", "ales", "idad", "idades", "ity", "ities", "ers", "er", "or", "ors", "ores",
    "ador", "adores", "aciones", "ación", "os", "as", "o", "a", "e",
)), key=len, reverse=True))
MIN_STEM = 3  # letters left once an ending is stripped
# The endings a compound's part drops ("melts" in "meltwater", "salineras" -> "salin"; see
# explanations.compound_of), tried in this order.
COMPOUND_ENDINGS = ("ations", "ation", "ing", "ings", "ers", "er", "ed", "es", "s", "eras", "era", "eros", "ero", "as", "os", "a", "o")
PAIR_PREFIX = 5  # the parts two pair words differ in ("ex"/"in", "hyper"/"hypo") are this short at most
PAIR_STEM = 3  # ... and the part they share, once their ending is set aside, this long at least
# Derivational prefixes that make a word of the same family ("población" -> "despoblación",
# "agree" -> "disagreement"); what is left must share FAMILY_STEM letters with the other word.
FAMILY_PREFIXES = {
    "en": ("de", "dis", "un", "re", "non", "over", "under", "counter"),
    "es": ("des", "de", "re", "in", "im", "sobre", "contra", "sub"),
}


def opening(word: str, letters: int = FAMILY_STEM) -> str:
    """The first ``letters`` letters of the folded word (fewer if it is shorter): what two
    words of one family share ("salin" of "salinero" and "salinas")."""
    return fold(word)[:letters]


def share_opening(word: str, other: str, letters: int = FAMILY_STEM, least: int = SHORT_STEM) -> bool:
    """Whether two folded words share their first ``letters`` letters, or all of the shorter
    one's when it has ``least`` letters or more: "tubo" and "tubos", "volcanico" and
    "volcanicos"."""
    n = min(letters, len(word), len(other))
    return n >= least and word[:n] == other[:n]


def share_stem(these: Iterable[str], those: Iterable[str]) -> bool:
    """Whether a (folded) word of one set shares its stem with a word of the other: their first
    five letters, or four where one has six letters or fewer ("denser" and "densification",
    "drains" and "drainage"; also "ground" and "grouting", which costs a gap, never a
    give-away). Concept gaps (concepts.py) and every typed gap (giveaways.word_family) use it."""
    those = list(those)
    for a in these:
        for b in those:
            shorter = min(len(a), len(b))
            n = SHORT_STEM if shorter <= SHORT_STEM + 2 else SHORT_STEM + 1  # "denser": "dens"
            if shorter >= SHORT_STEM and a[:n] == b[:n]:
                return True
    return False


def strip_ending(word: str, endings: tuple[str, ...] = ENDINGS, least: int = MIN_STEM) -> str:
    """The folded word without its longest ending of ``endings`` that leaves ``least``
    letters ("regeneración" -> "regener", "melting" -> "melt")."""
    w = fold(word)
    for ending in endings:
        if w.endswith(ending) and len(w) - len(ending) >= least:
            return w[: -len(ending)]
    return w


def common_suffix(a: str, b: str) -> str:
    """The longest ending two strings share."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n:]


def pair_words(key: str, word: str) -> bool:
    """Whether two lower-case words are a pair, one guessed from the other: once their ending
    is set aside they share a long enough end and differ only in a short prefix ("extrusions"
    and "intrusions", "w-type" and "r-type"); "nation" and "station" share only an ending."""
    stem, other = strip_ending(key), strip_ending(word)
    shared = len(common_suffix(stem, other))
    rest_k, rest_w = len(stem) - shared, len(other) - shared
    return shared >= PAIR_STEM and shared >= max(rest_k, rest_w) and 0 < rest_k <= PAIR_PREFIX and 0 < rest_w <= PAIR_PREFIX


def stem_relation(key: str, word: str) -> str | None:
    """How a prompt's ``word`` gives a one-word ``key`` away, or None: "stem" (it opens with
    the key's stem, "regenerar" for "regeneración"), "holds" (the whole key inside it,
    "āxōlōtl" for "Xólotl"), "root" (the key is made from it, "plankton" for "planktonic"),
    "pair" (its pair word, lower-case words only: "intrusions" for "extrusions"). The same word
    is no relation (the caller looks for other words)."""
    k, w = fold(key), fold(word)
    if w == k:
        return None
    stem = strip_ending(key)
    if len(stem) >= FAMILY_STEM and w.startswith(stem):
        return "stem"
    if len(k) >= FAMILY_STEM and k in w:
        return "holds"
    root = strip_ending(word)
    if len(root) >= FAMILY_STEM and len(root) * 2 >= len(k) and k.startswith(root):
        return "root"
    if key.islower() and word.islower() and pair_words(key, word):  # names are no pair words ("Flanders", "Scotland")
        return "pair"
    return None


def unprefixed(word: str, code: str) -> str | None:
    """The folded ``word`` without a derivational prefix of the language ("despoblacion" ->
    "poblacion"), if FAMILY_STEM letters at least are left; None if it has none."""
    for prefix in FAMILY_PREFIXES.get(code, ()):
        if word.startswith(prefix) and len(word) - len(prefix) >= FAMILY_STEM:
            return word[len(prefix):]
    return None


# Prefixes that make a compound of a whole word ("semiquinone", «semicírculo», "prepolymer",
# "subunit"): the word after one is itself a word, so the compound holds it nearly whole.
COMPOUND_PREFIXES = {
    "en": ("semi", "pre", "anti", "sub", "post", "hyper", "hypo", "ultra", "micro", "macro", "multi", "pseudo", "proto", "neo", "non"),
    "es": ("semi", "pre", "anti", "sub", "post", "pos", "hiper", "hipo", "ultra", "micro", "macro", "multi", "pseudo", "proto", "neo"),
}


def compound_holds(key: str, word: str, code: str) -> bool:
    """Whether one of two folded words is the other behind a compound's prefix ("semiquinone"
    holds "quinones", «semicirculos» holds «circulos», "prepolymers" holds "polymer"): what
    follows the prefix and the other word share all their letters but an ending of two at most,
    FAMILY_STEM at least ("preservation" does not hold "servants": "serva" only)."""
    for whole, part in ((word, key), (key, word)):
        for prefix in COMPOUND_PREFIXES.get(code, ()):
            rest = whole[len(prefix):].lstrip("-")
            if not whole.startswith(prefix) or len(rest) < FAMILY_STEM:
                continue
            shared = next((i for i, (a, b) in enumerate(zip(rest, part)) if a != b), min(len(rest), len(part)))
            if shared >= max(FAMILY_STEM, min(len(rest), len(part)) - 2):
                return True
    return False


def prefix_apart(key: str, word: str, code: str) -> bool:
    """Whether two folded words are one word but for a derivational prefix ("poblacion" and
    "despoblacion", "population" and "depopulation", "agree" and "disagreement")."""
    for a, b in ((unprefixed(key, code), word), (unprefixed(word, code), key)):
        if a and len(b) >= FAMILY_STEM and a[:FAMILY_STEM] == b[:FAMILY_STEM]:
            return True
    return False


# A term of a field built of classical parts, a Greek or Latin opening and ending ("idiophone",
# «idiófono», "xerophyte", «xerófita», "hygrometer", "dendrochronology"): every textbook of the
# field defines it the same way, though general text hardly writes it (idiophone 0 on the Zipf
# scale). A document's own coinage is a name of its place or trade ("the Hornberg cut", «el
# chuño»), not such a compound. (genknow: a gap on such a term asked from its definition, or a
# card whose back is that definition, is general knowledge of the field.)
CLASSICAL_OPENINGS = (
    "idio", "aero", "membrano", "chordo", "cordo", "electro", "hydro", "hidro", "xero", "endo", "exo", "meso", "hypo", "hipo",
    "hyper", "hiper", "photo", "foto", "geo", "bio", "thermo", "termo", "chrono", "crono", "dendro", "litho", "lito", "morpho",
    "morfo", "necro", "paleo", "palaeo", "petro", "phyto", "fito", "proto", "pseudo", "seudo", "zoo", "ortho", "orto", "poly",
    "poli", "mono", "micro", "macro", "iso", "hetero", "homo", "holo", "halo", "hygro", "higro", "psychro", "psicro", "cryo",
    "crio", "pyro", "piro", "baro", "anemo", "pluvio", "helio", "seismo", "sismo", "xylo", "xilo", "chloro", "cloro", "rhizo",
    "rizo", "sclero", "esclero", "myco", "mico", "epi", "hemi", "eu", "sapro", "chemo", "quimio", "oligo", "mega", "tele",
)
CLASSICAL_ENDINGS = (
    "phone", "fono", "phyte", "fita", "fito", "logy", "logia", "graph", "grafo", "meter", "metre", "metro", "scope", "scopio",
    "sphere", "sfera", "esfera", "lith", "lito", "morph", "morfo", "cyte", "cito", "plasm", "plasma", "phile", "filo", "phage",
    "fago", "genesis", "lysis", "lisis", "zoic", "zoico", "cene", "ceno", "pod", "podo", "phore", "foro", "tropism", "tropismo",
    "trophy", "trofia", "troph", "trofo", "saur", "saurio", "derm", "dermo", "phyll", "phobe", "fobo", "cracy", "cracia",
)
CLASSICAL_INFLECTIONS = ("", "s", "es", "a", "as", "o", "os")
MIN_CLASSICAL_LETTERS = 7  # "isopod" (6) and shorter are everyday words or abbreviations


def textbook_compound(word: str) -> bool:
    """Whether the lower-case ``word`` is a term of a field built of a classical opening and a
    classical ending (see CLASSICAL_OPENINGS): "idiophone", «idiófonos», "xerophytes"."""
    if not word.isalpha() or not word.islower():
        return False
    folded = fold(word).lower()
    if len(folded) < MIN_CLASSICAL_LETTERS:
        return False
    for inflection in CLASSICAL_INFLECTIONS:
        if inflection and not folded.endswith(inflection):
            continue
        bare = folded[: len(folded) - len(inflection)] if inflection else folded
        for ending in CLASSICAL_ENDINGS:
            if not bare.endswith(ending):
                continue
            if _classical_opening(bare[: len(bare) - len(ending)], parts=2):
                return True
    return False


def _classical_opening(opening: str, parts: int) -> bool:
    """Whether ``opening`` is one classical opening, or up to ``parts`` of them in a row
    ("dendrochrono-" of "dendrochronology"), the link vowel written or not."""
    if opening in CLASSICAL_OPENINGS or opening.rstrip("aeio") in _BARE_OPENINGS:
        return True
    return parts > 1 and any(opening.startswith(o) and len(opening) > len(o) and _classical_opening(opening[len(o):], parts - 1) for o in CLASSICAL_OPENINGS)


_BARE_OPENINGS = frozenset(o.rstrip("aeio") for o in CLASSICAL_OPENINGS)


# --- a matching's two sides linked by their words (worldknow2) ---------------------------------
#
# A reader matches "Antioxidants" with "... rancid through oxidation" and «Aceleradores» with
# «acortaban el tiempo de cocción» without the text: behind the name's prefix stands the other
# side's word family, or the name is an agent named for the effect the other side describes.
# The effects are few and general (speed, slowness, softness, hardness, thickness, friction,
# steadiness, colour): each an opening of the folded agent noun and of the effect's words, in
# English and Spanish. A name that says nothing of its effect (binders, perfumes) is the text's.
SIDE_PREFIXES = {
    "en": ("anti", "counter", "non"),
    "es": ("anti", "contra"),
}
EFFECT_FAMILIES: tuple[tuple[str, str], ...] = (
    # (what names the agent, what names its effect): folded word openings, as regexes
    (r"accelerat|acelera|hasten|speeder", r"fast|quick|rapid|speed|short|sooner|hasten|acort|veloc|pront"),
    (r"retard|retarda|decelerat|slower", r"slow|delay|long|later|lent|retras|alarg|prolong|tard"),
    (r"soften|suaviz|ablanda|plastici|plastific", r"soft|suav|bland|flexib|pliab|maleab"),
    (r"harden|endurec|stiffen", r"hard|stiff|rigid|dur[oa]s?$|durez|firm"),
    (r"thicken|espesa", r"thick|espes|viscos|dens"),
    (r"thinner|diluent|dilu|adelgaz", r"thin|dilu|fluid|liquid|ligero"),
    (r"lubric", r"friction|fricci|rozamient|slid|slip|desliz|smooth"),
    (r"stabili[sz]|estabiliz", r"stabl|steady|establ|constant|firme"),
    (r"colou?rant|colorant|pigment|tint|dye", r"colou?r|color|tint|shade|tono|matiz"),
)
_EFFECT = tuple((re.compile(rf"^(?:{agent})"), re.compile(rf"^(?:{effect})")) for agent, effect in EFFECT_FAMILIES)


def sides_linked(left: Iterable[str], right: Iterable[str], code: str) -> bool:
    """Whether a matching's left side (its folded content words) is linked to its right side by
    the words alone beyond a shared stem (the caller's first test): a left word behind one of
    SIDE_PREFIXES opens like a right word ("antioxidants": "oxidation"), or names an agent of
    an effect a right word describes (EFFECT_FAMILIES: "accelerators", "a shorter time")."""
    left, right = list(left), list(right)
    for word in left:
        for prefix in SIDE_PREFIXES.get(code, SIDE_PREFIXES["en"]):
            rest = word[len(prefix):].lstrip("-")
            if word.startswith(prefix) and len(rest) >= FAMILY_STEM and any(share_opening(rest, other, FAMILY_STEM, FAMILY_STEM) for other in right):
                return True
        for agent, effect in _EFFECT:
            if agent.match(word) and any(effect.match(other) for other in right if other != word):
                return True
    return False


NAME_STEM = 4  # letters of a name's stem at least ("Marx", "Tudor"; not "Rom" of Rome)


def _consonants(word: str) -> str:
    return re.sub(r"[aeiouy]", "", word)


def made_from_name(name: str, word: str, endings: tuple[str, ...]) -> bool:
    """Whether ``word`` is made from the name ``name`` by one of ``endings`` (brief fame): the
    name's stem (its last vowels, "y" or plural "s" left out: "Ptolemy" -> "ptolem", «Borbón»
    -> "borbon", "Victoria" -> "victor"), a linking vowel at most, then the ending ("Ptolemies",
    "Ptolemaic", «borbónica», "Victorian", "Thatcherism"). A stem whose vowels the other
    language shifts («Ptolomeo», "ptolemaica") counts when its first NAME_STEM letters and its
    consonants are the same."""
    n, w = fold(name).lower(), fold(word).lower()
    stem = re.sub(r"(?:[aeiouy]+s?|s)$", "", n) or n
    if n == w or len(stem) < NAME_STEM or not w.isalpha():
        return False
    for ending in sorted(endings, key=len, reverse=True):
        if not w.endswith(ending) or len(w) - len(ending) < NAME_STEM:
            continue
        base = w[: -len(ending)]
        if base == n:
            return True
        if len(base) == len(stem) + 1 and base[-1] in "aeiou":
            base = base[:-1]  # "ptolema-ic": the linking vowel
        if base == stem or (len(base) == len(stem) and base[:NAME_STEM] == stem[:NAME_STEM] and _consonants(base) == _consonants(stem)):
            return True
    return False
