"""``flask bank lint``: the cues a test-wise reader exploits to answer without knowing.

Each check is a plain function of a bank (read by ``quizapp.bank.parser``) that yields
``Finding`` rows, printed like ``flask bank check`` prints problems:
``file:line: item-id: code: what``. A finding's code names the cue so it can be discussed
and waived (rarely, with a written reason) by ``lint_ok: {code: reason}`` on the item.

The margins are deliberately clear ones, so that a finding is a cue a reader would notice:
- ``cue-longest``/``cue-shortest``: the key is longer than every other option by at least
  25 % and 10 characters (or every other option is that much longer than the key);
- ``cue-specific``: the key carries at least two more names and numbers than any other option;
- bank-wide, "always pick the longest (shortest)" must not beat chance by more than 10 points.

Enemy pairs (items that give each other away) are found here too (``quizapp.bank.enemies``)
and listed as information: the drawers keep them apart, so they never fail ``--strict``.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizapp import qtypes
from quizapp.language import (
    ENGLISH,
    LanguageWords,
    fold_word,
    stem,
    tokens,
    words_for,
)
from quizapp.qtypes.typed import exact_words  # grading's own neighbour search: what a slip may change

if TYPE_CHECKING:  # the parser imports CHECKS from here, so no import of it at run time
    from quizapp.bank.parser import Bank, BankCard, BankQuestion

# Every finding code, with what it means (also the list of codes ``lint_ok`` may name).
CHECKS: dict[str, str] = {
    "cue-longest": "the key is clearly the longest option",
    "cue-shortest": "the key is clearly the shortest option",
    "cue-specific": "the key carries clearly more names and numbers than any other option",
    "cue-longest-bank": "bank-wide, picking the longest option beats chance by more than 10 points",
    "cue-shortest-bank": "bank-wide, picking the shortest option beats chance by more than 10 points",
    "cue-stem-overlap": "the key repeats words of the prompt that no other option repeats",
    "cue-absolute": "absolute words ('always', 'only', ...) only in wrong options",
    "cue-hedge": "hedging words ('may', 'some', ...) only in the key",
    "cue-agreement-article": "the prompt ends with 'a'/'an' and only the key fits it",
    "cue-agreement-number": "the prompt is singular or plural and only the key agrees",
    "cue-negation-pair": "two options differ only by a negation, so one of them must be right",
    "cue-opposites": "two options are opposite extremes ('most' / 'least'), so one of them looks right",
    "cue-matching-overlap": "a matching pair shares a word that no other right-hand side shares",
    "cue-ordering-wording": "the items' own wording (numbers, 'first', 'finally') gives their order",
    "cue-odd-shape": "every other option has a shape the key lacks, or only the key has it",
    "cue-tf-balance": "true and false answers are not balanced (40-60 % true)",
    "cue-tf-wording": "absolute or hedging words in true/false prompts predict the answer",
    "typo-neighbour": "a typed answer accepts typos, and a real word lies within the typo distance",
    "label-unattributed": "the article's label for people is used without attributing it to the article",
    "kind-unphrased": "a characterisation item whose prompt does not ask for the article's view",
    "lint-waiver-unused": "a lint_ok waiver names a finding the item does not have",
}

LONGER_MARGIN = 1.25  # the key is "clearly" longest when >= 25 % longer than the next longest
LONGER_CHARACTERS = 10  # ... and by at least this many characters (two short words): names differ by less
SPECIFIC_MARGIN = 2  # names and numbers the key carries beyond every other option
BANK_MARGIN = 0.10  # "pick the longest" may beat chance by at most this, bank-wide
BANK_MINIMUM = 10  # single-choice items needed before the bank-wide figure means anything
TRUE_SHARE = (0.40, 0.60)
def _has(q: BankQuestion, trait: str) -> bool:
    """Whether the item's type has ``trait`` (see quizapp/qtypes/base.py): the cue checks ask
    the type what it is made of, never its name."""
    return trait in qtypes.get(q.type).traits


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    item_id: str
    code: str
    message: str
    waived: str | None = None  # the item's written reason, when it waives this code

    def __str__(self) -> str:
        text = f"{self.file}:{self.line}: {self.item_id}: {self.code}: {self.message}"
        return f"{text} (waived: {self.waived})" if self.waived else text


@dataclass
class LintReport:
    findings: list[Finding]
    figures: dict[str, str]  # bank-wide measures worth printing even when they pass

    @property
    def open_findings(self) -> list[Finding]:
        return [f for f in self.findings if f.waived is None]

    @property
    def waived_findings(self) -> list[Finding]:
        return [f for f in self.findings if f.waived is not None]

    def counts(self) -> Counter[str]:
        return Counter(f.code for f in self.open_findings)


# ---------------------------------------------------------------- words


NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def content_words(text: str, lang: LanguageWords) -> set[str]:
    return {stem(t) for t in tokens(text) if t not in lang.stop_words and not t[0].isdigit() and len(t) > 1}


def has_phrase(text: str, phrases: Iterable[str]) -> list[str]:
    """The phrases of ``phrases`` that occur in ``text`` as whole words."""
    folded = f" {' '.join(tokens(text))} "
    return [p for p in phrases if f" {' '.join(tokens(p))} " in folded]


def specificity(text: str) -> int:
    """Names and numbers in an option: capitalised words (not the first) and number groups."""
    words = re.findall(r"[^\W_][\w'’.-]*", text)
    names = sum(1 for w in words[1:] if w[0].isupper())
    if words and words[0][0].isupper() and len(words) == 1:
        names += 1
    return names + len(NUMBER.findall(text))


# ---------------------------------------------------------------- per-item checks


def _choices(q: BankQuestion) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    keys = [(i, c["text"]) for i, c in enumerate(q.content["choices"]) if c["correct"]]
    wrong = [(i, c["text"]) for i, c in enumerate(q.content["choices"]) if not c["correct"]]
    return keys, wrong


def check_length(q: BankQuestion) -> Iterator[tuple[str, str, str]]:
    """(code, field, message) when the key is clearly the longest, shortest or most specific."""
    if not _has(q, "choices"):
        return
    keys, wrong = _choices(q)
    if not wrong or len(keys) + len(wrong) < 3:
        return
    key_lengths = [len(t) for _, t in keys]
    wrong_lengths = [len(t) for _, t in wrong]
    field = f"choices.{keys[0][0]}"
    if min(key_lengths) >= max(LONGER_MARGIN * max(wrong_lengths), max(wrong_lengths) + LONGER_CHARACTERS):
        yield "cue-longest", field, (
            f"the key is the longest option ({min(key_lengths)} characters against at most {max(wrong_lengths)})"
        )
    if min(wrong_lengths) >= max(LONGER_MARGIN * max(key_lengths), max(key_lengths) + LONGER_CHARACTERS):
        yield "cue-shortest", field, (
            f"the key is the shortest option ({max(key_lengths)} characters against at least {min(wrong_lengths)})"
        )
    key_specific = min(specificity(t) for _, t in keys)
    wrong_specific = max(specificity(t) for _, t in wrong)
    if key_specific >= wrong_specific + SPECIFIC_MARGIN:
        yield "cue-specific", field, (
            f"the key carries {key_specific} names/numbers, the other options at most {wrong_specific}"
        )


def check_stem_overlap(q: BankQuestion, lang: LanguageWords) -> Iterator[tuple[str, str, str]]:
    if not _has(q, "choices"):
        return
    keys, wrong = _choices(q)
    stem_words = content_words(q.content["prompt"], lang)
    wrong_shared = [content_words(t, lang) & stem_words for _, t in wrong]
    shared_by_wrong = set().union(*wrong_shared) if wrong_shared else set()
    most_by_wrong = max((len(s) for s in wrong_shared), default=0)
    for i, text in keys:
        shared = content_words(text, lang) & stem_words
        only_key = shared - shared_by_wrong
        if only_key and len(shared) > most_by_wrong:
            yield "cue-stem-overlap", f"choices.{i}", (
                f"the key repeats the prompt's {', '.join(sorted(only_key))!s}; no wrong option does"
            )


def check_absolutes_and_hedges(q: BankQuestion, lang: LanguageWords) -> Iterator[tuple[str, str, str]]:
    if not _has(q, "choices"):
        return
    keys, wrong = _choices(q)
    key_abs = [w for _, t in keys for w in has_phrase(t, lang.absolutes)]
    wrong_abs = [(i, w) for i, t in wrong for w in has_phrase(t, lang.absolutes)]
    if wrong_abs and not key_abs:
        words = sorted({w for _, w in wrong_abs})
        yield "cue-absolute", f"choices.{wrong_abs[0][0]}", (
            f"absolute word(s) {', '.join(repr(w) for w in words)} only in wrong options"
        )
    key_hedges = [(i, w) for i, t in keys for w in has_phrase(t, lang.hedges)]
    wrong_hedges = [w for _, t in wrong for w in has_phrase(t, lang.hedges)]
    if key_hedges and not wrong_hedges:
        words = sorted({w for _, w in key_hedges})
        yield "cue-hedge", f"choices.{key_hedges[0][0]}", (
            f"hedging word(s) {', '.join(repr(w) for w in words)} only in the key"
        )


VOWEL_SOUND_LETTERS = set("aeiou")
# Exceptions to "a vowel letter makes a vowel sound" and the reverse, for the first word.
CONSONANT_SOUND_STARTS = ("uni", "use", "usu", "uti", "eu", "one", "once", "ubiq", "uran", "europ")
VOWEL_SOUND_STARTS = ("hour", "honest", "honor", "honour", "heir")
VOWEL_SOUND_INITIALS = set("AEFHILMNORSX")  # acronyms read letter by letter: "an FBI agent"


def takes_an(word: str) -> bool:
    """Whether an English word is preceded by "an" (by its sound, roughly)."""
    if len(word) > 1 and word.isupper() and word.isalpha():
        return word[0] in VOWEL_SOUND_INITIALS
    folded = fold_word(word)
    if folded.startswith(VOWEL_SOUND_STARTS):
        return True
    if folded.startswith(CONSONANT_SOUND_STARTS):
        return False
    return folded[:1] in VOWEL_SOUND_LETTERS or (folded[:1].isdigit() and folded[:1] == "8")


PLURAL_STEM = re.compile(
    r"^(which|what|who|name) (two|three|four|five|both|pair|ones)\b|^(who|what|which \w+) were\b|^(who|what) are\b", re.IGNORECASE
)
SINGULAR_STEM = re.compile(r"^(who|what|which \w+) (was|is)\b|^which (one|person|man|woman|party|country|company)\b", re.IGNORECASE)


def _is_plural_option(text: str) -> bool:
    """An option that names more than one thing: "X and Y", "X, Y", "both ..."."""
    folded = " ".join(tokens(text))
    return bool(re.search(r"\band\b|\bboth\b|&", folded)) or (text.count(",") >= 1 and len(text.split()) <= 8)


def check_agreement(q: BankQuestion, lang: LanguageWords) -> Iterator[tuple[str, str, str]]:
    if not _has(q, "one_key") or lang is not ENGLISH:  # a/an and "Which two" are English
        return
    prompt = q.content["prompt"].strip()
    keys, wrong = _choices(q)
    key_index, key = keys[0]
    last = re.findall(r"[A-Za-z]+", prompt.rstrip(" .…_?:"))
    if last and last[-1].lower() in ("a", "an") and not prompt.rstrip().endswith("?"):
        article_an = last[-1].lower() == "an"

        def fits(text: str) -> bool:
            first = text.split()[0] if text.split() else ""
            return takes_an(first) == article_an

        if fits(key) and not all(fits(t) for _, t in wrong):
            misfits = [t for _, t in wrong if not fits(t)]
            yield "cue-agreement-article", f"choices.{key_index}", (
                f"the prompt ends with {last[-1]!r}, which {', '.join(repr(t) for t in misfits)} cannot follow"
            )
    plural = PLURAL_STEM.search(prompt)
    singular = SINGULAR_STEM.search(prompt)
    if plural or singular:
        agrees = [(_is_plural_option(t) == bool(plural)) for _, t in [(key_index, key), *wrong]]
        if agrees[0] and not any(agrees[1:]):
            number = "plural" if plural else "singular"
            yield "cue-agreement-number", f"choices.{key_index}", f"the prompt is {number} and only the key agrees with it"


def _without_negation(text: str, lang: LanguageWords) -> tuple[tuple[str, ...], int]:
    words = [w.removesuffix("n't") for w in tokens(text.replace("n’t", "n't"))]
    kept = tuple(w for w in words if w not in lang.negations)
    negated = sum(1 for w in tokens(text) if w in lang.negations or w.endswith("n't"))
    return kept, negated


def check_negation_pairs(q: BankQuestion, lang: LanguageWords) -> Iterator[tuple[str, str, str]]:
    if not _has(q, "choices"):
        return
    options = [(i, c["text"]) for i, c in enumerate(q.content["choices"])]
    seen: dict[tuple[str, ...], list[tuple[int, str, int]]] = {}
    for i, text in options:
        kept, negated = _without_negation(text, lang)
        seen.setdefault(kept, []).append((i, text, negated))
    for group in seen.values():
        if len(group) > 1 and len({n for _, _, n in group}) > 1:
            (i, a, _), (_, b, _) = group[0], group[1]
            yield "cue-negation-pair", f"choices.{i}", f"{a!r} and {b!r} differ only by a negation: one of them must be right"


# Words at opposite ends of one scale: two options that take both ends invite "one of these".
OPPOSITES = [
    ({"most"}, {"least"}),
    ({"more"}, {"less", "fewer"}),
    ({"highest", "biggest", "largest", "greatest"}, {"lowest", "smallest", "least"}),
    ({"higher", "bigger", "larger", "greater", "above"}, {"lower", "smaller", "below"}),
    ({"best", "strongest"}, {"worst", "weakest"}),
    ({"increased", "rose", "grew", "up"}, {"decreased", "fell", "dropped", "down", "shrank"}),
]


def check_opposites(q: BankQuestion) -> Iterator[tuple[str, str, str]]:
    if not _has(q, "choices"):
        return
    options = [(i, c["text"], set(tokens(c["text"]))) for i, c in enumerate(q.content["choices"])]
    for high, low in OPPOSITES:
        ups = [(i, t) for i, t, words in options if words & high and not words & low]
        downs = [(i, t) for i, t, words in options if words & low and not words & high]
        if len(ups) == 1 and len(downs) == 1:
            (i, a), (_, b) = ups[0], downs[0]
            yield "cue-opposites", f"choices.{i}", f"{a!r} and {b!r} are opposite extremes: one of them looks right"
            return


def check_matching(q: BankQuestion, lang: LanguageWords) -> Iterator[tuple[str, str, str]]:
    if not _has(q, "pairs"):
        return
    pairs = q.content["pairs"]
    rights = [content_words(p["right"], lang) for p in pairs]
    for i, pair in enumerate(pairs):
        left = content_words(pair["left"], lang)
        others = set().union(*(r for j, r in enumerate(rights) if j != i))
        giveaway = (left & rights[i]) - others
        if giveaway:
            yield "cue-matching-overlap", f"pairs.{i}", (
                f"{pair['left']!r} and its match share {', '.join(sorted(giveaway))!s}, which no other match has"
            )


def _first_number(text: str) -> float | None:
    match = NUMBER.search(text)
    if not match:
        return None
    try:
        return float(match.group().replace(",", ""))
    except ValueError:
        return None


def check_ordering(q: BankQuestion, lang: LanguageWords) -> Iterator[tuple[str, str, str]]:
    if not _has(q, "sequence"):
        return
    items = q.content["items"]
    numbers = [_first_number(t) for t in items]
    present = [n for n in numbers if n is not None]
    enough = len(present) >= 2 and (len(present) == len(items) or len(present) >= 3)
    if enough and (present == sorted(present) or present == sorted(present, reverse=True)):
        yield "cue-ordering-wording", "items", (
            f"the numbers in the items ({', '.join(f'{n:g}' for n in present)}) are already in the answer's order"
        )
    words = [set(tokens(t)) for t in items]
    if words[0] & lang.sequence_first or words[-1] & lang.sequence_last:
        cue = sorted((words[0] & lang.sequence_first) | (words[-1] & lang.sequence_last))
        yield "cue-ordering-wording", "items", f"sequence words {', '.join(repr(w) for w in cue)} say where the items go"


def _shape_features(text: str) -> dict[str, bool]:
    words = tokens(text)
    return {
        "a number": bool(NUMBER.search(text)),
        "a parenthesis": "(" in text,
        "a comma clause": "," in text,
        "a colon or semicolon": bool(re.search(r"[;:]", text)),
        "the article 'the'": "the" in words,
        "an article 'a'/'an'": bool({"a", "an"} & set(words)),
        **({f"first word {words[0]!r}": True} if words else {}),
    }


def check_odd_shape(q: BankQuestion, lang: LanguageWords) -> Iterator[tuple[str, str, str]]:
    if _has(q, "choices") and not _has(q, "one_key"):
        yield from _keys_alike(q, lang)
    if not _has(q, "one_key"):
        return
    keys, wrong = _choices(q)
    if len(wrong) < 2:
        return
    key_index, key = keys[0]
    key_shape = _shape_features(key)
    wrong_shapes = [_shape_features(t) for _, t in wrong]
    names = set(key_shape) | {n for s in wrong_shapes for n in s}
    reasons = []
    for name in sorted(names):
        in_key = key_shape.get(name, False)
        in_wrong = [s.get(name, False) for s in wrong_shapes]
        if all(in_wrong) and not in_key:
            reasons.append(f"every wrong option has {name}, the key has not")
        # An odd one out by a first word or an article is too common to mean anything.
        elif in_key and not any(in_wrong) and not name.startswith(("first word", "the article", "an article")):
            reasons.append(f"only the key has {name}")
    if reasons:
        yield "cue-odd-shape", f"choices.{key_index}", "; ".join(reasons)


def _keys_alike(q: BankQuestion, lang: LanguageWords) -> Iterator[tuple[str, str, str]]:
    """Multiple select: a word every right option has and no wrong option has ("... workers"),
    among three right options or more, or as the last word of each of two."""
    keys, wrong = _choices(q)
    if len(keys) < 2 or not wrong:
        return
    shared = set.intersection(*(content_words(t, lang) for _, t in keys))
    shared -= set().union(*(content_words(t, lang) for _, t in wrong))
    # Two options sharing a word happens by chance; three, or the same head word, is a pattern.
    last_words = [{stem(tokens(t)[-1])} if tokens(t) else set() for _, t in keys]
    if len(keys) < 3:
        shared &= last_words[0].intersection(*last_words[1:])
    if shared:
        yield "cue-odd-shape", f"choices.{keys[0][0]}", (
            f"every right option has {', '.join(sorted(shared))}, no wrong option has"
        )


def _statement(q: BankQuestion) -> str:
    return re.sub(r"^\s*true or false\s*[:?.-]?\s*", "", q.content["prompt"], flags=re.IGNORECASE)


def check_labels(texts: dict[str, str], labels: list[str], lang: LanguageWords, context: str = "") -> Iterator[tuple[str, str, str]]:
    """A label of the article for people, in a field that does not attribute it to the article.

    ``texts`` maps field names to texts; ``context`` (the prompt, a card's front) attributes
    for every field when it does.
    """
    if not labels:
        return
    attributed = re.compile(lang.attribution, re.IGNORECASE)
    folded_labels = {" ".join(tokens(label)): label for label in labels}
    for field, text in texts.items():
        used = [folded_labels[f] for f in has_phrase(text, folded_labels)]
        if used and not _attributes(text, attributed) and not _attributes(context, attributed):
            yield "label-unattributed", field, (
                f"uses the article's label {', '.join(repr(u) for u in used)} without saying it is the article's"
            )


def check_kind(q: BankQuestion, lang: LanguageWords) -> Iterator[tuple[str, str, str]]:
    """``kind: characterisation`` teaches the article's own view: the prompt must say so."""
    if q.content.get("kind") == "characterisation" and not re.search(lang.attribution, fold_word(q.content["prompt"]), re.IGNORECASE):
        yield "kind-unphrased", "prompt", (
            "kind: characterisation, but the prompt does not ask for the article's view "
            "(\"According to the article…\", \"How does the article describe…\")"
        )


# "... mafias that it calls politically connected": "it" is the article when the text names it.
PRONOUN_ATTRIBUTION = re.compile(r"\b(it|which it|that it) (calls?|describes?|labels?|terms?|brands?|dubs?|names?)\b")


def _attributes(text: str, attributed: re.Pattern[str]) -> bool:
    folded = fold_word(text)
    return bool(attributed.search(folded) or ("article" in folded and PRONOUN_ATTRIBUTION.search(folded)))


def _question_texts(q: BankQuestion) -> dict[str, str]:
    c = q.content
    texts = {"prompt": c["prompt"], "explanation": c["explanation"]}
    for i, choice in enumerate(c.get("choices") or []):
        texts[f"choices.{i}"] = choice["text"]
    for i, pair in enumerate(c.get("pairs") or []):
        texts[f"pairs.{i}"] = f"{pair['left']} — {pair['right']}"
    if c.get("items"):
        texts["items"] = " / ".join(c["items"])
    if c.get("accept"):
        texts["accept"] = " / ".join(c["accept"])
    return texts


def typo_neighbours(answer: str, tag: str | None) -> dict[str, list[str]]:
    """Real words within the typo distance of the real word ``answer``: word -> neighbours
    (exact_words). An answer of two words or more has none: grading forgives a slip word by
    word and never in a word a real word lies near (qtypes.typed.exact_words_kept: «agua
    fluyente» takes «agua fluyentte», never «agau» nor «aguda fluyente»), so no typed neighbour
    passes for it."""
    if len(re.findall(r"[^\W_]+", answer)) >= 2:
        return {}
    return exact_words(answer, tag)


def forgives_a_slip(answer: str, tag: str | None) -> bool:
    """Whether grading with typos forgives a slip in some word of ``answer``: a word of four
    letters or more that no real word lies near, or a name's ("tidal mill": none, both words
    have neighbours, "tidal flow" neither; «agua fluyente»: «fluyente»)."""
    from quizapp.qtypes.typed import allowed_typos

    exact = exact_words(answer, tag)
    return any(allowed_typos(w) and w not in exact for w in (fold_word(t) for t in re.findall(r"[^\W\d_]+", answer)))


def check_typos(q: BankQuestion, tag: str | None) -> Iterator[tuple[str, str, str]]:
    """A typed answer (a fill-in, a cloze's typed gap) that forgives typos, with a real word
    within the typo distance of one of its words: a learner typing that word means something
    else, and would be marked right."""
    for typed in qtypes.get(q.type).typo_forgiving_answers(q.content):
        found: dict[str, list[str]] = {}
        for answer in typed.accept:
            for word, neighbours in typo_neighbours(answer, tag).items():
                found.setdefault(word, neighbours)
        if not found:
            continue
        shown = "; ".join(
            f"{word!r} ~ " + ", ".join(repr(w) for w in ws[:4]) + (" …" if len(ws) > 4 else "") for word, ws in found.items()
        )
        where = f"{typed.label}: " if typed.label else ""
        yield "typo-neighbour", typed.field, (
            f"{where}typos: true, and real words lie within the typo distance of the answer's words: {shown} "
            "(grading refuses a typed real word; set typos: false where one is a plausible wrong answer)"
        )


# ---------------------------------------------------------------- bank-wide checks


def length_strategy_figures(questions: list[BankQuestion]) -> dict[str, tuple[float, float, int]]:
    """For "always pick the longest/shortest option": (hit rate, chance, items), single choice."""
    items = [q for q in questions if _has(q, "one_key")]
    out = {}
    for name, pick in (("longest", max), ("shortest", min)):
        hits = chance = 0.0
        for q in items:
            lengths = [len(c["text"]) for c in q.content["choices"]]
            picked = [i for i, n in enumerate(lengths) if n == pick(lengths)]
            key = next(i for i, c in enumerate(q.content["choices"]) if c["correct"])
            hits += (key in picked) / len(picked)
            chance += 1 / len(lengths)
        out[name] = (hits / len(items) if items else 0.0, chance / len(items) if items else 0.0, len(items))
    return out


def check_true_false(questions: list[BankQuestion], lang: LanguageWords) -> Iterator[tuple[BankQuestion | None, str, str, str]]:
    items = [q for q in questions if _has(q, "statement")]
    if not items:
        return
    share = sum(q.content["answer"] for q in items) / len(items)
    if not TRUE_SHARE[0] <= share <= TRUE_SHARE[1]:
        yield None, "cue-tf-balance", "", (
            f"{share:.0%} of {len(items)} true/false items are true (keep it between 40 and 60 %)"
        )
    for words, answer, name in ((lang.absolutes, False, "absolute"), (lang.hedges, True, "hedging")):
        marked = [(q, has_phrase(_statement(q), words)) for q in items]
        marked = [(q, w) for q, w in marked if w]
        if not marked:
            continue
        predicted = [q for q, _ in marked if q.content["answer"] is answer]
        if len(predicted) / len(marked) > 0.6:
            for q, w in marked:
                if q.content["answer"] is answer:
                    yield q, "cue-tf-wording", "prompt", (
                        f"{name} word(s) {', '.join(repr(x) for x in w)} in a {str(answer).lower()} statement; "
                        f"{len(predicted)} of {len(marked)} such statements are {str(answer).lower()}"
                    )


# ---------------------------------------------------------------- the whole bank


def lint_bank(bank: Bank) -> LintReport:
    """Every finding on ``bank``, waived or not, and the bank-wide figures."""
    lang = words_for(bank.language)
    findings: list[Finding] = []
    raised: dict[str, set[str]] = {}

    def add(item: BankQuestion | BankCard | None, code: str, field: str, message: str) -> None:
        if item is None:
            findings.append(Finding(_document_file(bank), 1, "bank", code, message))
            return
        raised.setdefault(item.id, set()).add(code)
        line = item.lines.get(field) or item.lines.get(field.split(".")[0]) or item.line
        findings.append(Finding(item.file, line, item.id, code, message, item.lint_ok.get(code)))

    for q in bank.questions:
        for check in (
            check_length(q),
            check_stem_overlap(q, lang),
            check_absolutes_and_hedges(q, lang),
            check_agreement(q, lang),
            check_negation_pairs(q, lang),
            check_matching(q, lang),
            check_ordering(q, lang),
            check_opposites(q),
            check_odd_shape(q, lang),
            check_typos(q, bank.language),
            check_labels(_question_texts(q), bank.labels, lang, q.content["prompt"]),
            check_kind(q, lang),
        ):
            for code, field, message in check:
                add(q, code, field, message)
    for card in bank.cards:
        for code, field, message in check_labels({"front": card.front, "back": card.back}, bank.labels, lang, card.front):
            add(card, code, field, message)
    for flagged, code, field, message in check_true_false(bank.questions, lang):
        add(flagged, code, field, message)

    figures: dict[str, str] = {}
    for name, (hit, chance, n) in length_strategy_figures(bank.questions).items():
        figures[f"pick the {name}"] = f"{hit:.0%} right on {n} single-choice items (chance {chance:.0%})"
        if n >= BANK_MINIMUM and hit > chance + BANK_MARGIN:
            add(None, f"cue-{name}-bank", "", f"always picking the {name} option scores {hit:.0%}; chance is {chance:.0%}")
    tf = [q for q in bank.questions if _has(q, "statement")]
    if tf:
        figures["true/false"] = f"{sum(q.content['answer'] for q in tf) / len(tf):.0%} true of {len(tf)}"

    items: list[BankQuestion | BankCard] = [*bank.questions, *bank.cards]
    for item in items:
        for code in sorted(set(item.lint_ok) - raised.get(item.id, set())):
            line = item.lines.get("lint_ok", item.line)
            findings.append(Finding(item.file, line, item.id, "lint-waiver-unused", f"lint_ok waives {code!r}, which this item does not raise"))
    findings.sort(key=lambda f: (f.file, f.line, f.code))
    return LintReport(findings=findings, figures=figures)


def _document_file(bank: Bank) -> str:
    try:
        return str((bank.folder / "document.yaml").relative_to(bank.folder.parent))
    except ValueError:
        return str(bank.folder / "document.yaml")

