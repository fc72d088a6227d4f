"""``flask attempts close-overdue``: close abandoned attempts that are over, for cron.

Attempts are closed anyway when their learner, or their teacher's results and exports, next
look; this closes the rest, so that nothing reads an attempt left open past its end.
"""
from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup

from quizapp.quiz import bp
from quizapp.quiz.services import close_overdue_attempts
from quizapp.timeutil import app_now

attempts_cli = AppGroup("attempts", help="Look after learners' quiz attempts.")


@attempts_cli.command("close-overdue")
def close_overdue() -> None:
    """Close every unfinished attempt whose time limit has passed or whose quiz set has closed
    or been archived, scored on the answers it holds."""
    closed = close_overdue_attempts(app_now())
    click.echo(f"{closed} attempt{'s' if closed != 1 else ''} closed.")


@bp.record_once
def _register(state: object) -> None:
    app: Flask = state.app  # type: ignore[attr-defined]
    app.cli.add_command(attempts_cli)
