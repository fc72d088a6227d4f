"""Times are stored as naive UTC everywhere, so SQLite and PostgreSQL compare them alike."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


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


def valid_time_zone(name: str | None) -> bool:
    if not name or len(name) > 64:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def learner_zone(user: Any) -> ZoneInfo:
    """The user's time zone (chosen in the flashcard settings, or reported by the browser), else UTC."""
    name = getattr(user, "time_zone", None)
    return ZoneInfo(name) if valid_time_zone(name) else ZoneInfo("UTC")


def to_local(moment: datetime, zone: ZoneInfo) -> datetime:
    """A stored naive-UTC time as a naive wall-clock time in ``zone``."""
    return moment.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)


def to_utc(local: datetime, zone: ZoneInfo) -> datetime:
    """A naive wall-clock time in ``zone`` (as a person types it) as naive UTC for storage."""
    return local.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)


def local_time(moment: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """Template filter: a stored time in the signed-in user's zone, with the zone named."""
    if moment is None:
        return ""
    from flask_login import current_user

    zone = learner_zone(current_user if current_user.is_authenticated else None)
    return f"{to_local(moment, zone).strftime(fmt)} {zone.key}"
