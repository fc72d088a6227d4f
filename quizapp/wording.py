"""Small helpers for the words pages are made of."""
from __future__ import annotations


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """A count with its noun in the right number: "1 question", "3 questions", "0 questions".

    The template filter ``counted`` (``{{ n|counted('question') }}``); ``plural`` for nouns that
    do not just take an "s".
    """
    return f"{number} {singular if number == 1 else (plural or singular + 's')}"
