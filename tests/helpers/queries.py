"""Counting the SQL statements a request runs, to guard pages against N+1 regressions.

A page whose query count grows with the rows or decks it shows gets slower with every
learner's history; the tests compare the count at two sizes rather than timing anything.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from quizapp.extensions import db

WRITES = ("INSERT", "UPDATE", "DELETE")


@contextmanager
def _recording(app, record: Callable[..., None]) -> Iterator[None]:
    """Call ``record`` for every statement sent to the app's database inside the block."""
    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", record)


@contextmanager
def executed_statements(app) -> Iterator[list[tuple[str, Any]]]:
    """Collect every statement, with its parameters, sent to the app's database inside the block."""
    seen: list[tuple[str, Any]] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        seen.append((statement, parameters))

    with _recording(app, record):
        yield seen


@contextmanager
def counted_statements(app) -> Iterator[list[str]]:
    """Collect every statement sent to the app's database inside the block."""
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement)

    with _recording(app, record):
        yield statements


def writes(statements: list[str]) -> list[str]:
    return [s for s in statements if s.lstrip().upper().startswith(WRITES)]
