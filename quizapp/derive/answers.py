"""Typed answers: what a learner may type for a gap, and which gaps are no fair typed question.

The tenth independent review found accept lists that rejected natural answers ("monstruo del
agua" for "monstruo de agua", "Se" for "S_e"), held a word no language has ("eclosionanes"), or
asked a reader to type a symbol; and gaps a reader fills from the prompt alone: a figure the
sentence computes ("1/0.03, or about ____ years"), the partner of a pair word ("____ and
intrusions"), a verb or a generic subject the sentence predicts ("Las larvas ____ al cabo de
dos semanas", "Los ____ interpretan..."). The rules here are general (no word lists of those
texts): the shape of the key, the words around the gap, the document's own words and the
frequency of a form in general text (``wordfreq``, offline).
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Any

from quizapp.derive.extract import fold
from quizapp.derive.word_families import SHORT_STEM as SHORT_STEM  # re-exported: the stem check now lives in word_families
from quizapp.derive.word_families import share_stem as share_stem
from quizapp.derive.word_families import stem_relation
from quizapp.languages import Language

# A symbol or formula token: a subscript or superscript mark ("S_e", "σ^n"), a Greek letter
# ("Δσ", "ε̇") or a mathematical sign. A reader types it in as many ways as there are keyboards ("Se", "Sₑ",
# "delta sigma"), and the text's word for it ("endurance limit") is the fair answer.
SYMBOL_CHARS = re.compile(r"[_^=+×÷±∑∫√∞≈≠≤≥∂∆∇′″\u0370-\u03ff\u1f00-\u1fff\u2070-\u209f\u0300-\u036f]")
# Operators between figures in a prompt ("1/0.03", "2 × 40", "500 − 120").
OPERATOR = r"\s*(?:[/*×÷+−–-]|x(?=\s))\s*"
# How close a figure the prompt computes must be to the key to give it away.
COMPUTED_MARGIN = 0.05
# Subject pronouns that open a clause of their own ("..., and he counted ..."): a "who" question
# cannot take such a clause, whose subject it has just asked for.
# (A subordinate clause's subject, "bent axles as they turned", and a possessive, "his
# findings", read well in a question: only a pronoun after a coordinating word is the person
# again.)
OWN_SUBJECT = {
    "en": r"\b(?:and|but|so|then|yet)\s+(?:then\s+|later\s+)?(?:he|she|they)\b",
    "es": r"(?:^|\s)(?:y|pero|luego)\s+(?:luego\s+)?(?:él|ella|ellos|ellas)(?=[\s,.;]|$)",
}


def symbol_key(key: str) -> bool:
    """Whether a typed key is a symbol or a formula token rather than a word ("S_e", "Δσ",
    "P_LM", "σ_a"): see SYMBOL_CHARS. A plain acronym ("BOAC") or a name is not one."""
    return bool(SYMBOL_CHARS.search(key))


def symbol_problem(key: str) -> str | None:
    """Why a typed gap on ``key`` is held back when it is a symbol (see symbol_key)."""
    if symbol_key(key):
        return f"held back: the key {key!r} is a symbol or a formula token, which a reader types in many ways (not a fair typed answer)"
    return None


# Characters that join a token into a formula ("____/C_min", "Q = ____ A").
FORMULA_JOINERS = "/=×*^_+−·²³"


def formula_problem(before: str, after: str, key: str) -> str | None:
    """Why a gap is held back when its key stands inside a formula (touching an operator, "the
    ratio ____/C_min"): a term of a formula is a symbol too, typed in many ways."""
    def joiner(c: str) -> bool:
        return c != "" and c in FORMULA_JOINERS

    # Touching an operator, or after one and a space ("Q = ____ A").
    if joiner(before[-1:]) or joiner(after[:1]) or (joiner(before.rstrip()[-1:]) and before.rstrip()[-1:] in "=×"):
        return f"held back: the key {key!r} is a term of a formula, which a reader types in many ways (not a fair typed answer)"
    return None


# A name this long (words that are not small words) is typed right by nobody but the one who
# copies it: without a short form the text uses, it is no typed answer.
LONG_NAME_WORDS = 4


def long_name_problem(accepted: Sequence[str], lang: Language) -> str | None:
    """Why a typed key of LONG_NAME_WORDS content words or more ("Gobierno de las Islas
    Baleares") is held back when its accept list offers no shorter form."""
    small = {fold(w) for w in lang.name_connectors | lang.determiners | lang.name_particles} | {"and", "y", "e", "&"}
    key = accepted[0] if accepted else ""
    content = [w for w in key.split() if fold(w) not in small]
    shorter = [a for a in accepted[1:] if len(a.split()) < len(key.split())]
    if len(content) >= LONG_NAME_WORDS and not shorter:
        return f"held back: the key {key!r} is a name of {len(content)} words with no short form the text uses: a reader who knows it still types it another way"
    return None


def document_words(paragraphs: Iterable[str]) -> frozenset[str]:
    """Every word the document writes, folded (hyphenated words whole and in parts)."""
    found: set[str] = set()
    for text in paragraphs:
        for w in re.findall(r"[^\W\d_][\w\-'’]*", text):
            found.add(fold(w))
            found.update(fold(p) for p in re.split(r"[\-'’]", w) if p)
    return frozenset(found)


def real_form(form: str, lang: Language, written: frozenset[str]) -> bool:
    """Whether ``form`` is a word, so that it may stand in an accept list: the document writes
    it, or general text of the language does (a form of one unhyphenated word, Zipf > 0; a
    hyphenated form must be the document's own, since general text counts its parts)."""
    if fold(form) in written:
        return True
    if re.search(r"[\-\s'’]", form):
        return False
    return lang.familiarity(form) > 0


def real_forms(key: str, forms: Sequence[str], lang: Language, written: frozenset[str]) -> list[str]:
    """``forms`` (other forms of ``key``: plural, spelling) less those that are no word."""
    return [f for f in forms if fold(f) == fold(key) or real_form(f, lang, written)]


def phrase_variants(key: str, lang: Language) -> list[str]:
    """The natural other ways to type a key of two words or more: with or without its leading
    article; a preposition with or without the article it often contracts or takes ("monstruo de
    agua": "monstruo del agua", "monstruo de la agua" is no form, so only the contraction for
    Spanish "de"/"a", and "of"/"of the" in English)."""
    words = key.split()
    if len(words) < 2:
        return []
    dets = {fold(d) for d in lang.determiners}
    out: list[str] = []
    if fold(words[0]) in dets:
        out.append(" ".join(words[1:]))
    swaps = {"es": {"de": ["del"], "del": ["de"], "a": ["al"], "al": ["a"]}, "en": {"of": ["of the"]}}.get(lang.code, {})
    options: list[list[str]] = []
    for i, w in enumerate(words):
        choices = [w]
        if 0 < i < len(words) - 1 and words[i + 1][:1].islower() and fold(words[i + 1]) not in dets:
            # "monstruo de agua": "del agua"; never inside a name ("de Vilaboa", "of Engineers")
            # nor before an article ("de la Salud": no "del la").
            choices += swaps.get(w.lower(), [])
            # "of the sea" -> "of sea"; "del agua" handled above
            if lang.code == "en" and w.lower() == "the" and words[i - 1].lower() == "of" and words[i + 1][:1].islower():
                choices.append("")
        options.append(choices)
    for combo in itertools.product(*options):
        form = " ".join(w for w in combo if w)
        if form != key:
            out.append(form)
    seen = {fold(key)}
    unique = []
    for f in out:
        if fold(f) not in seen and len(f.split()) >= 1:
            seen.add(fold(f))
            unique.append(f)
    return unique[:6]


# Words before a noun that say its number ("un ____", "la ____", "a ____", "each ____"): a
# form of the other number is then no right answer ("es un anfibios").
NUMBER_WORDS = {
    "es": frozenset(["el", "la", "un", "una", "los", "las", "unos", "unas", "del", "al", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "aquel", "aquella", "cada", "otro", "otra", "otros", "otras"]),
    "en": frozenset(["a", "an", "this", "that", "these", "those", "each", "every", "another"]),
}


def number_fixed(before: str, after: str, lang: Language) -> bool:
    """Whether the words around a gap fix its key's number: a determiner of one number right
    before it ("en especial la ____"), or a word after it that agrees with it or that it
    modifies ("un ____ urodelo", "by ____ tearing")."""
    words = re.findall(r"[^\W\d_]+", before)
    if words and fold(words[-1]) in NUMBER_WORDS.get(lang.code, frozenset()):
        return True
    following = re.match(r"\s+([^\W\d_]+)\b", after)
    return bool(following and following.group(1).islower() and fold(following.group(1)) not in lang.words.stop_words)


def same_number(key: str, forms: Sequence[str]) -> list[str]:
    """``forms`` less those of the other number than ``key`` (a plural ends in -s in both
    languages; "kilometer" for "kilometre" stays)."""
    plural = fold(key).endswith("s")
    return [f for f in forms if fold(f).endswith("s") == plural]


def leading_particle(before: str, key: str, lang: Language) -> str | None:
    """Why a gap cuts a name after its leading particle ("the de ____" for "de Havilland
    Comet", "van ____"), or None: a lower-case name particle right before a capitalised key,
    in a language where that particle is no ordinary word (English "de", not Spanish "de")."""
    words = before.split()
    if not words or not key[:1].isupper():
        return None
    last = words[-1]
    particles = {fold(w) for w in lang.name_particles} | {"de", "del", "della", "di", "du", "le", "la", "van", "von", "ten", "ter"}
    if last.islower() and fold(last) in particles and fold(last) not in lang.words.stop_words:
        return f"held back: the gap cuts the name after its particle {last!r} ({last} {key}), which reads as neither the whole name nor its short form"
    return None


def given_away(prompt: str, key: str) -> str | None:
    """Why the prompt (the gap left out) gives a one-word key away, or None: another word of the
    prompt opens with the key's stem ("regenera-" in "regenerar" for "regeneración") or holds
    the key whole ("āxōlōtl" for "Xólotl"), or is its
    pair word, sharing the stem's end and differing only in a short prefix ("intrusions" beside a
    gap for "extrusions", "w-type" beside "r-type"). The comparison is word_families.stem_relation."""
    if len(key.split()) != 1 or not re.search(r"[^\W\d_]", key):
        return None
    for word in dict.fromkeys(re.findall(r"[^\W\d_][\w\-]*", prompt)):  # in the text's order: the same reason under any hash seed
        relation = stem_relation(key, word)
        if relation == "stem":
            return f"held back: the prompt's word {word!r} shares the key's stem ({key!r}): it gives the answer away"
        if relation == "holds":  # "āxōlōtl" for the god Xólotl (review 10)
            return f"held back: the prompt's word {word!r} holds the key ({key!r}): it gives the answer away"
        if relation == "root":  # "the ____ larvae ... the plankton" for "planktonic"
            return f"held back: the key {key!r} is made from the prompt's word {word!r}: it gives the answer away"
        if relation == "pair":
            return f"held back: the prompt's word {word!r} is the key's pair word ({key!r}): its partner is guessed from it"
    return None


# Words that join two parallel phrases ("ductile tearing or brittle cleavage").
COORDINATORS = {"en": "or|and|nor|versus|vs", "es": "o|u|y|e|ni|frente a"}


def contrast_pair(prompt: str, key: str, lang: Language) -> str | None:
    """Why a gap on a lower-case modifier is given away by the parallel phrase it is joined
    to, or None: "by ____ tearing or brittle cleavage" (English: modifier before its noun),
    "por desgarro ____ o clivaje frágil" (Spanish: after it). The other phrase's modifier
    ("brittle") names the key's usual opposite, which a reader supplies without the text
    (review 10); the pair-word rule sees only words of one stem ("extrusions"/"intrusions")."""
    if " " in key or not key[:1].islower():
        return None
    blank = re.escape("____")
    join = COORDINATORS.get(lang.code, COORDINATORS["en"])
    word = r"([^\W\d_]+)"
    if lang.code == "es":
        patterns = [rf"{word}\s+{blank}\s+(?:{join})\s+{word}\s+{word}", rf"{word}\s+{word}\s+(?:{join})\s+{word}\s+{blank}(?![\w])"]
    else:
        patterns = [rf"{blank}\s+{word}\s+(?:{join})\s+{word}\s+{word}", rf"{word}\s+{word}\s+(?:{join})\s+{blank}\s+{word}"]
    stop = lang.words.stop_words
    for pattern in patterns:
        found = re.search(pattern, prompt)
        if found and all(w.islower() and fold(w) not in stop for w in found.groups()):
            return f"held back: the gap is one of two parallel phrases ({found.group(0)!r}): the other's modifier gives its opposite away"
    return None


def number_in(text: str, lang: Language) -> float | None:
    """The figure ``text`` writes in ``lang``'s conventions ("1.200" in Spanish), or None."""
    return _number(text, lang)


def _number(text: str, lang: Language) -> float | None:
    conv = lang.numbers
    raw = text.replace(conv.group, "").replace(" ", "").replace(conv.decimal, ".")
    try:
        return float(raw)
    except ValueError:
        return None


# A rounding tolerance wider than this share of its figure is no tolerance: the figure as written.
MAX_ROUNDING_SHARE = 0.05


def rounding_tolerance(written: str, lang: Language) -> float:
    """The tolerance of a figure the text gives as approximate ("about 2.4 %", "unas 20.000
    libras"): what the text's own rounding admits, never a share of the figure. A whole figure
    takes half a unit only ("close to 19": 18.5 to 19.5), since nobody can tell which rounding
    "20,000" stands for and a ± of its digits would take 21,000, a figure the text does not give
    (reviews 10 and 11); a decimal one,
    half a unit of its last written decimal ("2.4": 2.35 to 2.45, so the exact 2.44). Unless
    that half unit is a large share of a small figure: "0.1 %" would take 0.05 to 0.15, half the
    figure either side (review 16); beyond MAX_ROUNDING_SHARE of the figure it is asked as
    written."""
    decimals = written.rsplit(lang.numbers.decimal, 1)[1] if lang.numbers.decimal in written else ""
    if decimals and not decimals.isdigit():
        return 0
    # A whole figure: half a unit, the least any rounding to it admits ("close to 19": 18.5 to
    # 19.5, so the 19.2 a learner computes from the text's own figures, givesaway3); never a
    # ± of its round digits ("about 20,000" takes no 21,000).
    tolerance = round(0.5 * 10 ** -len(decimals), len(decimals) + 1)
    value = _number(written, lang)
    if value is None or tolerance > MAX_ROUNDING_SHARE * abs(value):
        return 0
    return tolerance


# Words that make the figure after them the text's rounding ("close to 180", «unos 180»).
APPROXIMATE_BEFORE = r"(?:about|around|roughly|some|nearly|almost|approximately|close\s+to|just\s+(?:over|under)|c\.|unos|unas|aproximadamente|cerca\s+de|casi|alrededor\s+de|en\s+torno\s+a|más\s+o\s+menos)"
ROUNDING_DIGITS = 2  # a rounding keeps this many significant digits at least: 178 is "close to 180", not "about 200"


def _unit_words(text: str) -> list[str]:
    return [w[:-2] if w.endswith("es") else w[:-1] if w.endswith("s") else w for w in (fold(t) for t in re.findall(r"[^\W\d_]+", text))]


def _rounds_to(exact: float, rounded: float) -> bool:
    """Whether ``rounded`` is ``exact`` rounded to a coarser step that keeps ROUNDING_DIGITS
    significant digits (178 to 180; 2.44 to 2.4; never 178 to 200)."""
    if exact == rounded or not rounded:
        return False
    for power in range(-3, 10):
        step = 10.0 ** power
        if step * 10 ** (ROUNDING_DIGITS - 1) > abs(rounded) * (1 + 1e-9):
            break
        if abs(round(exact / step) * step - rounded) < 1e-9 * max(1.0, abs(rounded)):
            return True
    return False


SHARED_WORD_LETTERS = 4  # a word of the thing measured, not a particle ("kiln", «depósito»)


def _sentence_at(text: str, start: int, end: int) -> str:
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    closing = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return text[opening + 1:closing]


def _about_the_same(one: str, other: str, unit: list[str], lang: Language) -> bool:
    """Whether two sentences measure the same thing: a word of four letters or more, no
    particle and no word of the unit or of an approximation, that both write ("the drying floor
    of the largest kiln at 178 square metres", "the great kiln ..., with close to 180 square
    metres of floor")."""
    def words(text: str) -> set[str]:
        return {w for w in _unit_words(text) if len(w) >= SHARED_WORD_LETTERS and w not in lang.words.stop_words and w not in unit
                and not re.fullmatch(APPROXIMATE_BEFORE, w)}
    return bool(words(one) & words(other))


def stated_rounding_tolerance(answer: float, tolerance: float, unit: str, prompt: str, document: str, lang: Language) -> float:
    """A numeric item's tolerance widened to take the value the text itself gives, rounded,
    for the same quantity: the item keys 178 square metres and another paragraph says "close
    to 180 square metres" (180 is right), or the item keys "close to 180" and the text
    measures it elsewhere at 178. The same quantity: the same unit after the figure, the one
    value the other's rounding, the rounded one written as approximate, and a word of the thing
    measured in both sentences (givesaway4)."""
    wanted = _unit_words(unit)
    if not wanted or MAX_ROUNDING_SHARE * abs(answer) <= tolerance:
        return tolerance
    conv = lang.numbers
    g, d = re.escape(conv.group), re.escape(conv.decimal)
    figure = rf"(?<![\w.,])(?P<fig>\d{{1,3}}(?:{g}\d{{3}})+(?:{d}\d+)?|\d+(?:{d}\d+)?)(?![\w]|[.,]\d)"
    key_approximate = re.search(rf"\b{APPROXIMATE_BEFORE}\s+(?:____)", prompt, re.IGNORECASE) is not None
    widened = tolerance
    for found in re.finditer(figure, document):
        value = _number(found.group("fig"), lang)
        if value is None or _unit_words(document[found.end():found.end() + 40])[:len(wanted)] != wanted:
            continue
        approximate = re.search(rf"\b{APPROXIMATE_BEFORE}\s+$", document[max(0, found.start() - 30):found.start()], re.IGNORECASE) is not None
        rounded = (approximate and _rounds_to(answer, value)) or (key_approximate and _rounds_to(value, answer))
        if not rounded or abs(value - answer) > MAX_ROUNDING_SHARE * abs(answer):
            continue  # (the cheap tests first: reading both sentences' words is the costly one)
        if _about_the_same(prompt, _sentence_at(document, found.start(), found.end()), wanted, lang):
            widened = max(widened, abs(value - answer))
    return round(widened, 6)


def computed(prompt: str, value: float, lang: Language, unit: str = "") -> str | None:
    """Why a numeric key is computable from the figures the prompt shows, or None: an
    arithmetic expression written out ("1/0.03, or about ____ years": 33), or two figures whose
    sum, difference, product or ratio is the key ("in 1842 ... twenty years later, in 1862" when
    written "1842 ... 20 years ... ____"). Close enough: within COMPUTED_MARGIN of the key."""
    conv = lang.numbers
    g, d = re.escape(conv.group), re.escape(conv.decimal)
    number = rf"\d{{1,3}}(?:{g}\d{{3}})+(?:{d}\d+)?|\d+(?:{d}\d+)?"
    if not value:
        return None

    def close(x: float) -> bool:
        return abs(x - value) <= COMPUTED_MARGIN * abs(value)

    for expr in re.finditer(rf"(?<![\w.,])({number})((?:{OPERATOR}(?:{number}))+)", prompt):
        parts = re.split(rf"({OPERATOR})", expr.group(0))
        result = _number(parts[0], lang)
        for op, operand in zip(parts[1::2], parts[2::2]):
            b = _number(operand, lang)
            if result is None or b is None:
                break
            sign = op.strip()
            if sign in ("/", "÷"):
                result = result / b if b else None
            elif sign in ("*", "×", "x"):
                result = result * b
            elif sign == "+":
                result = result + b
            else:
                result = result - b
        if result is not None and close(result):
            return f"held back: the prompt computes the key ({expr.group(0).strip()} = {result:g}): no figure to recall"
    if unit.strip() in ("%", "per cent", "percent", "por ciento") and re.search(rf"(?<![\w.,]){re.escape(f'{value / 100:g}')}(?![\d])", prompt.replace(conv.decimal, ".")):
        return f"held back: the prompt computes the share ({value / 100:g} = {value:g} %): no figure to recall"
    # Two figures give the key only exactly ("1,200 hours ... 800 hours, 2,000 hours in all"):
    # within a margin, a day of the month and a year nearly make another year by chance.
    figures = [v for v in (_number(m.group(), lang) for m in re.finditer(rf"(?<![\w.,])(?:{number})(?![\w])", prompt)) if v is not None]
    if abs(value) >= 10:
        for a, b in itertools.permutations(figures, 2):
            if a == value or b == value:
                continue
            for result in (a + b, a - b, a * b, a / b if b else None):
                if result is not None and abs(result - value) < 1e-9 * max(1.0, abs(value)):
                    return f"held back: the key is computed from the prompt's figures {a:g} and {b:g}: no figure to recall"
    return None


# Where a second clause with its own subject joins the first ("..., and another foreman, Luís
# Pinto, was dismissed ...", "..., while the old owner ...", «, mientras que ...», «; ...»): a
# "who" question on the first clause stops there (brief fronts3).
OTHER_SUBJECT = {
    "en": re.compile(
        r"\s*(?:;|,\s+(?:while|whereas)\s|,\s+(?:and|but)\s+(?=(?:another|other|the|a|an|his|her|their|its)\s))"
    ),
    "es": re.compile(
        r"\s*(?:;|,\s+mientras\s+que\s|,\s+(?:y|pero)\s+(?=(?:otro|otra|otros|otras|el|la|los|las|su|sus|un|una)\s))"
    ),
}


def first_clause(predicate: str, lang: Language) -> str:
    """A "who" question's predicate without a coordinated clause that has its own subject:
    "resigned in 2018, and another foreman, Luís Pinto, was dismissed" -> "resigned in 2018"."""
    pattern = OTHER_SUBJECT.get(lang.code)
    m = pattern.search(predicate) if pattern else None
    return predicate[:m.start()].rstrip(" ,") if m and m.start() else predicate


def own_subject_clause(predicate: str, lang: Language) -> bool:
    """Whether a "who" question's predicate joins a clause with its own subject ("built
    machines ... and he counted ..."): the question would ask "who ... and he ...?"."""
    pattern = OWN_SUBJECT.get(lang.code)
    return bool(pattern and re.search(pattern, predicate, re.IGNORECASE if lang.code == "en" else 0))


# Spanish finite verb endings (present, past, imperfect, future, of the third person): a word
# ending so after a noun is the clause's verb ("las larvas eclosionan", "los biólogos
# interpretan"), not a modifier of the noun. "-en" nouns ("origen", "volumen") rarely follow one.
SPANISH_VERB = re.compile(r"(?:[^i]an|[^aeiou]en|aron|ieron|aban|aba|ían|ía|ó|ió|arán|erán|irán|ará|erá|irá)$")
# English: a past or progressive form, or a word before an object or a preposition opener.
ENGLISH_VERB = re.compile(r"(?:ed|ing)$")


def verb_like(word: str, lang: Language, next_word: str = "") -> bool:
    """Whether ``word`` reads as a finite verb where it stands (no tagger: the endings of the
    language, and in English the word after it: "the larvae ____ after two weeks")."""
    w = fold(word)
    if lang.code == "es":
        return len(w) > 3 and bool(SPANISH_VERB.search(w)) and not w.endswith(("cion", "sion"))
    if ENGLISH_VERB.search(w) and len(w) > 4:
        return True
    nxt = fold(next_word)
    return nxt in {"the", "a", "an", "after", "before", "into", "onto", "within", "until", "when", "while", "their", "its", "them", "it"}


# Markdown emphasis a document may carry ("the **stress range**", "su *Historia natural*"):
# quoted in a prompt it shows as asterisks (the tenth review read "- the **stress range**,
# ____ = ...", the eleventh "el libro ____ de su *Historia natural*"). Underscores only around
# words, never inside a symbol ("n_i/N_i").
EMPHASIS = re.compile(r"(\*\*|\*)(?=\S)(.+?)(?<=\S)\1|(?<!\w)(__|_)(?=[^\s_])(.+?)(?<=[^\s_])\3(?!\w)")
SHOWN_FIELDS = ("prompt", "passage", "front", "back", "explanation", "statement")


def without_emphasis(item: dict[str, Any]) -> dict[str, Any]:
    """The item with markdown emphasis ("**term**", "*title*") written plain in every text a
    learner reads."""
    out = dict(item)
    for name in SHOWN_FIELDS:
        if isinstance(out.get(name), str):
            out[name] = EMPHASIS.sub(lambda e: e.group(2) or e.group(4), out[name])
    return out


def term_forgives_typos(term: str, language: str) -> bool:
    """Whether a typed term key may forgive a typo: a term of two words or more ("waterwheel
    governor", «tolva alimentadora», «agua fluyente») with a word no real word of the language
    lies a typo from (``lint.forgives_a_slip``: grading forgives a slip word by word, never in a
    word a real word lies near, «agua»; accept6). A one-word term is often a common word, or one
    edit from one ("headrace", «socaz»), and stays exact (shortforms, issue 10 item 4), unless it
    is long and no frequent word of the language lies within grading's typo distance of it
    ("autoxidation", «contrademanda»: a slip or a plural was marked wrong; variants)."""
    from quizapp.bank.lint import fold_word, forgives_a_slip  # the bank linter, loaded only when a term is typed
    from quizapp.qtypes.typed import near_words
    from quizapp.qtypes.typed import allowed_typos

    if len(term.split()) >= 2:
        return forgives_a_slip(term, language)  # «agua fluyente»: a slip in «fluyente», never in «agua» (accept6)
    word = fold_word(term)
    return len(word) >= LONG_TERM and word.isalpha() and not near_words(word, language, allowed_typos(word))


# A one-word term this long (letters) is rarely a typo of another word ("autoxidation").
LONG_TERM = 10
