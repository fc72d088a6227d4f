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
    return ZoneInfo(name) if isinstance(name, str) and valid_time_zone(name) else ZoneInfo("UTC")


def to_local(moment: datetime, zone: ZoneInfo) -> datetime:
    """A stored naive-UTC time as a naive wall-clock time in ``zone``.

    Times at the very ends of the calendar (9999-12-31 in a zone ahead of UTC, 0001-01-01 in
    one behind) have no local time that ``datetime`` can hold: they are clamped to its ends
    rather than raising, so no page fails on a stored extreme value.
    """
    try:
        return moment.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)
    except OverflowError:
        return datetime.max.replace(microsecond=0) if moment.year > 1 else datetime.min


def to_utc(local: datetime, zone: ZoneInfo) -> datetime:
    """A naive wall-clock time in ``zone`` (as a person types it) as naive UTC for storage.

    Clamped at the ends of the calendar as ``to_local`` is; forms refuse such years first
    (``quizapp.sets.forms.YEARS``).
    """
    try:
        return local.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)
    except OverflowError:
        return datetime.max.replace(microsecond=0) if local.year > 1 else datetime.min


def local_time(moment: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """Template filter: a stored time in the signed-in user's zone, with the zone named."""
    if moment is None:
        return ""
    from flask import g
    from flask_login import current_user

    # Once per request, not once per row: a page of 1,000 attempts calls this 2,000 times.
    zone = g.get("_local_time_zone")
    if zone is None:
        zone = g._local_time_zone = learner_zone(current_user if current_user.is_authenticated else None)
    try:
        local = moment.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)
    except OverflowError:  # no local time exists at the ends of the calendar: say it in UTC
        local, zone = moment, ZoneInfo("UTC")
    return f"{local.strftime(fmt)} {zone.key}"
