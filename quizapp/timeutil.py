"""Times are stored as naive UTC everywhere, so SQLite and PostgreSQL compare them alike."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import current_app
from flask.globals import _cv_app

# The zone of anyone who has not chosen one (and of times at the ends of the calendar).
UTC_ZONE = ZoneInfo("UTC")


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def app_now() -> datetime:
    """The current time for the web layer: ``app.config["CLOCK"]()`` when set, else ``utcnow()``.

    Tests set ``CLOCK`` to a callable returning a naive UTC datetime to move time forward
    (time limits, opening and closing times) without sleeping; services take ``now`` instead.
    """
    context = _cv_app.get(None)  # the app without its proxy's lookup: every request asks (issue 15)
    clock = (context.app if context is not None else current_app).config.get("CLOCK")
    return clock() if clock is not None else utcnow()


def valid_time_zone(name: str | None) -> bool:
    if not name or len(name) > 64:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def time_zone_names() -> list[str]:
    """Every zone the system knows, for the time-zone field's list of suggestions."""
    from zoneinfo import available_timezones

    return sorted(available_timezones())


def learner_zone(user: Any) -> ZoneInfo:
    """The one reading of an account's time zone, else UTC.

    It is kept on the account (``User.time_zone``: chosen in the flashcard settings, or
    reported by the browser until one is chosen); every page, export and message that shows
    a time asks here, through ``viewer_zone`` or ``format_local``.
    """
    name = getattr(user, "time_zone", None)
    return ZoneInfo(name) if isinstance(name, str) and valid_time_zone(name) else UTC_ZONE


def viewer_zone() -> ZoneInfo:
    """The zone of whoever is looking (the signed-in user or guest, else UTC), once per request.

    Cached on ``g``: a page of 1,000 attempts shows 2,000 times.
    """
    from flask import g
    from flask_login import current_user

    zone = g.get("_viewer_zone")
    if zone is None:
        zone = g._viewer_zone = learner_zone(current_user if current_user.is_authenticated else None)
    return zone


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


# How a time is shown unless a page asks otherwise: date and minute, then the zone's name.
TIME_FORMAT = "%Y-%m-%d %H:%M"


def format_local(moment: datetime, zone: ZoneInfo, fmt: str = TIME_FORMAT) -> str:
    """A stored naive-UTC time as wall-clock text in ``zone``, the zone named after it
    ("2026-03-02 04:00 America/Lima"): the one way every page and message writes a time.

    At the very ends of the calendar, where no local time exists, the time is written in UTC
    and says so, rather than clamped to a wrong one.
    """
    try:
        local = moment.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)
    except OverflowError:
        local, zone = moment, UTC_ZONE
    return f"{local.strftime(fmt)} {zone.key}"


def local_time(moment: datetime | None, fmt: str = TIME_FORMAT) -> str:
    """The template filter for every time a page shows: ``format_local`` in the viewer's zone."""
    if moment is None:
        return ""
    return format_local(moment, viewer_zone(), fmt)
