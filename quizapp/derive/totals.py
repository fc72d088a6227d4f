"""A total beside its parts, asked without them (brief reasons, issue 10: coverage).

"The company now runs 14 trams, namely 9 older cars and 5 low-floor cars", «La cooperativa
cuenta con 28 colmenares, en concreto 18 de montaña y 10 de ribera»: every figure of such a
sentence is the others' sum or difference, so each gap on it is held back (arithmetic gives it,
``typed_answers.computed``, ``trivial_gaps``) and the paragraph had no item. The total is asked
with the breakdown cut from the prompt ("The company now runs ____ trams."): the prompt then
holds no figure that computes the key, and the reader recalls the figure from the text.

Only where the figures after the marker ("namely", "that is", "of which", «es decir», «en
concreto», «de los que», a colon) make up the figure right before it, two or more of them
summing to it (scale words read: "29 million", «600.000 euros» beside «1,8 millones»).
"""
from __future__ import annotations

import itertools
import re

from typing import TYPE_CHECKING

from quizapp.derive.extract import Mention, Sentence
from quizapp.derive.giveaways import gaps_of
from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft

# The marker opening a breakdown, right after the total's noun phrase.
BREAKDOWN = {
    "en": re.compile(
        r"(?:,\s+(?:namely|that is,?|i\.\s?e\.,?|of which|of whom|comprising|made up of|divided into|split into|broken down into)|:)\s+(?=\S)",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"(?:,\s+(?:es decir,?|en concreto,?|concretamente,?|a saber,?|de los que|de las que|de los cuales|de las cuales|de ellos|de ellas"
        r"|repartid[oa]s en|divididos en|divididas en)|:)\s+(?=\S)",
        re.IGNORECASE,
    ),
}
FIGURE = r"\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
SCALES = {
    "en": {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9},
    "es": {"mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6},
}
MIN_HEAD_WORDS = 5  # "The association manages 36 beds"
MAX_PARTS = 8  # figures after the marker looked at for a sum


def figures(text: str, lang: Language) -> list[float]:
    """The figures ``text`` writes, each times the scale word after it ("29 million")."""
    conv = lang.numbers
    scales = SCALES.get(lang.code, {})
    found = []
    for m in re.finditer(rf"(?<![\w.,])(?:{FIGURE})(?![\w])", text):
        raw = m.group().replace(conv.group, "").replace(" ", "").replace(conv.decimal, ".")
        try:
            value = float(raw)
        except ValueError:
            continue
        after = re.match(r"\s+([^\W\d_]+)", text[m.end():])
        found.append(value * scales.get(after.group(1).lower(), 1.0) if after else value)
    return found


def _sums_to(total: float, parts: list[float]) -> bool:
    parts = parts[:MAX_PARTS]
    return any(
        abs(sum(chosen) - total) <= 1e-6 * max(1.0, abs(total))
        for size in range(2, len(parts) + 1)
        for chosen in itertools.combinations(parts, size)
    )


def total_alone(sentence: Sentence, lang: Language) -> tuple[Sentence, Mention] | None:
    """The sentence cut before its breakdown, and the total's mention, or None where the
    sentence gives no total beside parts that make it up."""
    pattern = BREAKDOWN.get(lang.code)
    if pattern is None:
        return None
    text = sentence.text
    for marker in pattern.finditer(text):
        head = text[:marker.start()].rstrip()
        numbers = [m for m in sentence.mentions if m.kind == "number" and m.end - sentence.start <= marker.start()]
        if not numbers or len(head.split()) < MIN_HEAD_WORDS:
            continue
        total = max(numbers, key=lambda m: m.start)
        head_figures = figures(text[total.start - sentence.start:marker.start()], lang)
        if not head_figures or len(figures(text[total.end - sentence.start:marker.start()], lang)) > 0:
            continue  # a figure between the total and the marker: the total is not right before it
        parts = figures(text[marker.end():], lang)
        if len(parts) < 2 or not _sums_to(head_figures[0], parts):
            continue
        cut = Sentence(
            paragraph=sentence.paragraph, index=sentence.index, start=sentence.start, end=sentence.start + len(head),
            text=head + ".", mentions=[m for m in sentence.mentions if m.end - sentence.start <= len(head)],
        )
        return cut, total
    return None


def part_of_total(draft: Draft, lang: Language) -> list[str]:
    """A gap on one figure of a total and its breakdown whose prompt keeps the others ("14
    trams, namely 9 older cars and ____ low-floor cars": 14 - 9): arithmetic gives the key,
    however small (``typed_answers.computed`` reads two figures only from 10 up)."""
    pattern = BREAKDOWN.get(lang.code)
    if pattern is None:
        return []
    numeric = draft.item.get("type") == "numeric"
    for gap in gaps_of(draft):
        before, after = gap.sentence()
        for key in gap.keys[:1]:
            if numeric:
                try:
                    value = float(key)
                except ValueError:
                    continue
            elif re.fullmatch(rf"\s*(?:{FIGURE})\s*", str(key)) and len(read := figures(str(key), lang)) == 1:
                value = read[0]
            else:
                continue
            scale = re.match(r"\s+([^\W\d_]+)", after)
            value *= SCALES.get(lang.code, {}).get(scale.group(1).lower(), 1.0) if scale else 1.0
            # the gap as a figure of its own, its value put back once the sentence is read
            text = f"{before}0{after}"
            for marker in pattern.finditer(text):
                head = figures(text[:marker.start()], lang)
                parts = figures(text[marker.end():], lang)
                if len(before) < marker.start():
                    head = [*figures(before, lang), value, *figures(text[len(before) + 1:marker.start()], lang)]
                else:
                    parts = [*figures(text[marker.end():len(before)], lang), value, *figures(after, lang)]
                if not head or len(parts) < 2 or not _sums_to(head[-1], parts):
                    continue
                if value in (head[-1], *parts):
                    return [f"held back: the key ({float(key) if numeric else value:g}) is a part of the total the prompt breaks down, or that total: the prompt's other figures give it"]
    return []
