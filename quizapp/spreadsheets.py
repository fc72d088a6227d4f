"""Cells a spreadsheet cannot run: a text starting with a formula character is written with a
leading apostrophe (OWASP's CSV-injection guidance). Every CSV and XLSX the app writes (score
exports, Kahoot spreadsheets) passes its text through here."""
from __future__ import annotations

from typing import Any

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(DANGEROUS):
        return "'" + value
    return value
