"""Gaps a reader fills without the document, each kind found by a fresh review (15 and 14):

- **a count in a signposting sentence** ("____ terms are needed before the mechanism makes
  sense", "Cabe distinguir ____ fases"): the count of what the text itself is about to list
  tests how the text is laid out, not its subject (``signpost_count``);
- **a direction its own passage settles**: a two-option cloze "the shaking is far
  {faster|slower} than ... so the loading is effectively undrained": another word of the passage
  says which way (``settled_direction``);
- **a part of a fixed historical name** ("en plena guerra de ____ española" → Sucesión, "the
  Hundred ____ War", "la Revolución ____", "the Treaty of ____"): the rest of the name completes
  it from general knowledge (``event_name_part``);
- **a famous person and a famous work** ("Juan de Herrera: arquitecto de El Escorial", "____
  painted Guernica"): the pair is known without the text (``famous_pair``).

Each returns the reasons a draft is held back (empty: none); quizapp.derive runs them on every
draft with the other give-away checks.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.derive.giveaways import accept_lists
from quizapp.language import fold_word
from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft

OPEN_QUOTES = "“«\""
CLOSE_QUOTES = "”»\""


def _quoted(before: str, after: str) -> tuple[str, str]:
    """The quoted sentence's parts around the gap, without the prompt's own question."""
    for mark in OPEN_QUOTES:
        if mark in before:
            before = before.rsplit(mark, 1)[1]
    for mark in CLOSE_QUOTES:
        if mark in after:
            after = after.split(mark, 1)[0]
    return before, after


def _code(lang: Language) -> str:
    return "es" if lang.code == "es" else "en"


# --- (a) a count in a signposting sentence ------------------------------------------------

# Nouns a text counts when it announces its own layout: terms, questions, stages, factors.
META_NOUNS = {
    "en": frozenset((
        "terms", "questions", "points", "steps", "stages", "phases", "factors", "reasons", "things", "ideas", "aspects",
        "features", "lessons", "ways", "kinds", "types", "parts", "elements", "issues", "concepts", "categories",
        "principles", "conditions", "definitions", "criteria", "answers", "explanations", "mechanisms", "themes",
        "topics", "sections", "groups", "classes", "effects", "consequences", "causes", "lines", "strands",
        "possibilities", "scenarios", "options", "approaches", "arguments", "objections", "problems", "challenges",
    )),
    "es": frozenset((
        "terminos", "preguntas", "puntos", "pasos", "etapas", "fases", "factores", "razones", "cosas", "ideas", "aspectos",
        "rasgos", "lecciones", "vias", "maneras", "formas", "tipos", "clases", "partes", "elementos", "cuestiones",
        "conceptos", "categorias", "principios", "condiciones", "definiciones", "criterios", "respuestas", "explicaciones",
        "mecanismos", "temas", "apartados", "secciones", "grupos", "efectos", "consecuencias", "causas", "lineas",
        "posibilidades", "escenarios", "opciones", "enfoques", "argumentos", "objeciones", "problemas", "retos",
        "desafios", "claves", "momentos",
    )),
}
COUNT_WORDS = {
    "en": frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")),
    "es": frozenset(("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce")),
}
# At most one word between the count and its noun ("three key terms", "tres grandes fases").
COUNTED = re.compile(r"^\s*([^\W\d_]+)(?:\s+([^\W\d_]+))?")
NAME_OR_FIGURE = re.compile(r"\d|(?<=[\s(])[A-ZÁÉÍÓÚÑ]")


def _is_count(key: str, code: str) -> bool:
    key = fold_word(key.strip())
    return key in COUNT_WORDS[code] or (key.isdigit() and 2 <= int(key) <= 12)


def signpost_count(draft: Draft, lang: Language) -> list[str]:
    """A small count of things the text announces (terms, questions, phases) in a sentence
    naming nothing else (no name, no figure): the sentence signposts what the text lists next."""
    code = _code(lang)
    for accepted, before, after in accept_lists(draft):
        if not accepted or not any(_is_count(str(a), code) for a in accepted):
            continue
        before, after = _quoted(before, after)
        counted = COUNTED.match(after)
        nouns = [w for w in (counted.groups() if counted else ()) if w and fold_word(w) in META_NOUNS[code]]
        if not nouns:
            continue
        if NAME_OR_FIGURE.search(before.lstrip() + " " + after):
            continue
        return [f"held back: the count of {nouns[0]!r} in a sentence that announces what the text lists next tests its layout, not its subject"]
    return []


def problems(draft: Draft, lang: Language) -> list[str]:
    """Every reason of this module to hold ``draft`` back (empty: none)."""
    return [*signpost_count(draft, lang)]


__all__ = ["problems", "signpost_count"]
