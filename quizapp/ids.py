"""Whole numbers from URLs and forms, limited to what the database can store.

``str.isdigit`` alone is not enough before ``int()``: it accepts "²" (which ``int`` refuses)
and numbers too long for ``int`` or too large for a 64-bit INTEGER column (SQLite raises
OverflowError, PostgreSQL an out-of-range error). Either way the request ended in a 500.
"""
from __future__ import annotations

from typing import Any

from werkzeug.routing import IntegerConverter

MAX_ID = 2**63 - 1


def parse_id(value: Any) -> int | None:
    """A non-negative whole number written in ASCII digits and small enough to store, or None."""
    if not isinstance(value, str) or not value.isascii() or not value.isdigit() or len(value) > 19:
        return None
    number = int(value)
    return number if number <= MAX_ID else None


class IdConverter(IntegerConverter):
    """``<int:…>`` in every route: a number the database cannot hold is a 404, not a 500."""

    def __init__(self, map: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)
