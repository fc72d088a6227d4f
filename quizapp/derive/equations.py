"""An equation on a line of its own ("CaCO₃ + H₂O + CO₂ ⇌ Ca(HCO₃)₂", "E = mc²"): content of the
text, never a heading (fresh review, kinds7 (f)), and never a passage to cut a gap in (a gap in a
formula, "____(HCO₃)₂" keyed "Ca", asks a token, not a fact). No imports of the app: the readers
(``quizapp.derive.bankfolder``, ``quizapp.documents.reading``) and the drafter all use it.
"""
from __future__ import annotations

import re

# A relation or reaction sign, or a plus between formula tokens ("CaCO₃ + H₂O", "x + 2"): an
# equation's line, which is the text's content (a title never holds one).
EQUATION = re.compile(r"[=⇌⇄⇆⇋→←↔⟶⟵⟷≈≠≤≥]|(?:[\w)₀-₉²³]\s*[+−×÷]\s*[\w(])")
FORMULA_TOKEN = re.compile(r"[A-Z][a-z]?[\d₀-₉²³]|\d|\b[A-Za-z]\b|[()]")


def is_equation(line: str) -> bool:
    """A chemical or mathematical equation ("CaCO₃ + H₂O + CO₂ ⇌ Ca(HCO₃)₂", "E = mc²"): the
    sign of one beside a formula token (a digit, an element with its count, a one-letter
    variable, a bracket). A short line without a full stop, it would pass for a heading, and the
    drafter would file a section's items under a topic titled with it (fresh review, kinds7)."""
    return bool(EQUATION.search(line)) and bool(FORMULA_TOKEN.search(line))


EQUATION_WORDS = 12  # an equation paragraph is a line, not a sentence that mentions "x = 2"


def equation_paragraph(draft_paragraph_text: str) -> list[str]:
    """Why a draft citing this paragraph is held back: the paragraph is an equation line, whose
    tokens ("Ca", "H₂O") a gap would ask as if they were facts (empty: it is not)."""
    text = draft_paragraph_text.strip()
    if text and len(text.split()) <= EQUATION_WORDS and is_equation(text):
        return [f"held back: its paragraph is an equation ({text!r}), not a sentence: a gap in it asks a formula's token, not a fact"]
    return []
