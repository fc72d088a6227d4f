"""A numeric item on the result of a worked example the text gives ("Suppose a pan holds 2,000
litres of brine at high tide. At about 30 grams of salt to the litre, that gives some 60
kilograms of salt", «Supongamos que una era recibe 400 litros de muera ... A razón de unos 200
gramos de sal por litro, eso da unos 80 kilos de sal»): the prompt states the example's inputs
as the text does and asks its result ("In the text's worked example, a pan holds 2,000 litres of
brine at high tide, at about 30 grams of salt to the litre. How many kilograms of salt does the
example come to?" -> 60). A gap on an input is the free parameter of the example (giveaways holds it) and
a gap inside the arithmetic is settled by calculation; the result is what the example teaches.
Every candidate then goes through the same checks as the others.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from quizapp.derive import answers as typed_answers
from quizapp.derive.drafting import BASE_SCORE, Builder, Candidate
from quizapp.quiz.numbers import NumberError, read_number

SCORE = BASE_SCORE["numeric"] + 0.45  # above a gap in the same sentence (0.95 for "At about ____ grams"): the result, not a factor
MAX_PROMPT_WORDS = 60

# The sentence that sets the example up, its opener dropped in the prompt.
_SUPPOSE = {
    "en": re.compile(r"^(?:Suppose|Say|Imagine|Assume)(?: that)?\s+(?P<inputs>\S.*?)[.]$"),
    "es": re.compile(r"^(?:Supongamos|Pongamos|Imaginemos)\s+que\s+(?P<inputs>\S.*?)[.]$"),
}
# The next sentence's result: its step before ("At about 30 grams of salt to the litre"), then
# "that gives"/«eso da», the figure and what it counts ("60 kilograms of salt", «80 kilos de sal»).
_RESULT = {
    "en": re.compile(
        r"^(?P<step>\S[^.;]*?),\s+(?:that|this|which) (?:gives|makes|comes to|yields)\s+(?P<approx>(?:some|about|roughly|around|nearly) )?"
        r"(?P<n>\d[\d,]*(?:\.\d+)?)\s+(?P<unit>[a-z]+(?: of [a-z]+)?)\b"),
    "es": re.compile(
        r"^(?P<step>\S[^.;]*?),\s+(?:eso|esto|lo que) (?:da|supone|son|equivale a)\s+(?P<approx>(?:unos|unas|alrededor de|cerca de|casi) )?"
        r"(?P<n>\d[\d.]*(?:,\d+)?)\s+(?P<unit>[a-záéíóúñ]+(?: de [a-záéíóúñ]+)?)\b"),
}
_PROMPT = {
    "en": "In the text's worked example, {inputs}, {step}. How many {unit} does the example come to?",
    "es": "En el ejemplo práctico del texto, {inputs}, {step}. ¿A cuántos {unit} llega el ejemplo?",
}
_FEMININE_UNIT = re.compile(r"^(?:toneladas|hectáreas|libras|onzas|horas|piezas|botellas|cajas|unidades)\b")
_EXPLAIN = {
    "en": "The text works it out: {sentences}",
    "es": "El texto lo calcula así: {sentences}",
}


class WorkedExampleDrafter:
    """Numeric items on the results of a document's worked examples."""

    def __init__(self, builder: Builder) -> None:
        self.builder = builder
        self.code = builder.lang.code if builder.lang.code in _SUPPOSE else ""

    def candidates(self) -> Iterator[Candidate]:
        if not self.code:
            return
        for number, text in sorted(self.builder.facts.paragraphs.items()):
            yield from self.examples(number, text)

    def examples(self, number: int, text: str) -> Iterator[Candidate]:
        # (A point between digits is a figure's, «72.000», "2.5": no sentence ends there.)
        sentences = [(m.start(), m.group()) for m in re.finditer(r"\S(?:[^.!?]|\.(?=\d))*(?:[.!?](?=\s|$)|$)", text)]
        for (_, setup), (at, worked) in pairwise(sentences):
            suppose = _SUPPOSE[self.code].match(setup.strip())
            result = _RESULT[self.code].match(worked.strip())
            if suppose is None or result is None:
                continue
            inputs, step, unit = suppose.group("inputs"), result.group("step"), result.group("unit")
            if not re.search(r"\d", inputs) or not re.search(r"\d", step):
                continue  # an example states its figures: else the result is the text's alone
            try:
                value = read_number(result.group("n"), self.code)
            except NumberError:
                continue
            word = _PROMPT[self.code]
            if self.code == "es" and _FEMININE_UNIT.match(unit):
                word = word.replace("cuántos", "cuántas")
            prompt = word.format(inputs=inputs, step=step[:1].lower() + step[1:], unit=unit)
            if len(prompt.split()) > MAX_PROMPT_WORDS:
                continue
            tolerance: float = typed_answers.rounding_tolerance(result.group("n"), self.builder.lang) if result.group("approx") else 0
            answer: dict[str, Any] = {
                "answer": int(value) if float(value).is_integer() else value,
                "tolerance": int(tolerance) if float(tolerance).is_integer() else tolerance,
                "unit": unit.split()[0],
            }
            explain = _EXPLAIN[self.code].format(sentences=f"{setup.strip()} {worked.strip()}")
            item = self.builder.question("numeric", prompt, explain, [number], 2, **answer)
            start = at + len(worked) - len(worked.lstrip()) + result.start("n")
            span = (start, start + len(result.group("n")))
            fact = f"example:{number}:{at}"
            yield Candidate("question", item, number, span, SCORE, f"numeric|{fact}|{prompt}", fact, [result.group("n")])
