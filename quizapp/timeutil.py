"""Times are stored as naive UTC everywhere, so SQLite and PostgreSQL compare them alike."""
from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def app_now() -> datetime:
    """The current time for the web layer: ``app.config["CLOCK"]()`` when set, else ``utcnow()``.

    Tests set ``CLOCK`` to a callable returning a naive UTC datetime to move time forward
    (time limits, opening and closing times) without sleeping; services take ``now`` instead.
    """
    from flask import current_app

    clock = current_app.config.get("CLOCK")
    return clock() if clock is not None else utcnow()
