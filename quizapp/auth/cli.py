"""``flask guests purge --older-than 30d``: delete guests idle that long, with everything they stored."""
from __future__ import annotations

import re
from datetime import timedelta

import click
from flask.cli import AppGroup

from quizapp.timeutil import app_now

guests_cli = AppGroup("guests", help="Look after guest accounts (visitors who never registered).")

UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_age(text: str) -> timedelta:
    """'30d', '12h', '90m', '2w' (a bare number is days)."""
    match = re.fullmatch(r"\s*(\d{1,6})\s*([mhdw]?)\s*", text.lower())
    if not match or int(match.group(1)) == 0:
        raise click.BadParameter(f"{text!r} is not an age such as 30d, 12h or 2w (more than zero).")
    return timedelta(**{UNITS[match.group(2) or "d"]: int(match.group(1))})


@guests_cli.command("purge")
@click.option("--older-than", "older_than", default="30d", show_default=True, help="idle for longer than this: 30d, 12h, 2w …")
def purge_command(older_than: str) -> None:
    """Delete guests idle longer than --older-than, with their attempts, answers and cards.

    Also forgets accounts' sign-in sessions older than a remember cookie lives (30 days).
    """
    from quizapp.auth.services import prune_expired_sessions, purge_idle_guests

    age = parse_age(older_than)
    now = app_now()
    count = purge_idle_guests(now - age)
    click.echo(f"Deleted {count} guest{'s' if count != 1 else ''} idle for more than {older_than.strip()}.")
    expired = prune_expired_sessions(now)
    click.echo(f"Forgot {expired} expired sign-in session{'s' if expired != 1 else ''}.")
