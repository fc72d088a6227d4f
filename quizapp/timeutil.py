"""Times are stored as naive UTC everywhere, so SQLite and PostgreSQL compare them alike."""
from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
