"""The signed-in accounts' rows kept per worker, and the mark that tells every worker when
any account or session changed (issue 15).

Every request reads its account by the session cookie's token: one statement, about a tenth of
a question page in SQLAlchemy's machinery alone. The same rows come back request after request,
so a worker keeps them, keyed by token, for as long as no account and no session changed
anywhere. "Anywhere" is the point: signing out or changing a password in one worker must end
that session in the other workers at once (revocation), so the change is announced to all of
them through a file beside the SQLite database, the *account mark*:

- every transaction that writes the ``account`` or ``account_session`` table (through the ORM
  unit of work, or an INSERT, UPDATE or DELETE statement run through a ``Session``) appends one
  byte to the mark AFTER its commit, so its size only ever grows;
- a worker reads the mark's size (one ``stat``) BEFORE it uses or reads a row, and keeps a row
  read under that size only while the size is the same. A row read before a change committed
  was read under an older size, which the change's byte then outdates.

Any other change counts too (a guest's hourly ``last_seen_at``, a new time zone): more rows are
read again than strictly need to be, never one too few. A row is also never kept longer than
``KEPT_SECONDS``, for changes made outside this app (a restored database, a hand edit), and at
most ``ACCOUNTS_KEPT`` are kept. Only a SQLite database in a file has a mark: its workers share
a host and its folder. With PostgreSQL (workers possibly on several hosts) or an in-memory
database nothing is kept and every request reads its row, as before.
"""
from __future__ import annotations

import os
import time
import weakref
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

# Rows kept per worker (one per session seen lately) and for how long at most.
ACCOUNTS_KEPT = 4096
KEPT_SECONDS = 60.0

# The tables whose writes outdate kept rows.
ACCOUNT_TABLES = frozenset({"account", "account_session"})


def mark_path(engine: Engine) -> str | None:
    """The account mark of ``engine``'s database: a file beside a SQLite database file, else None."""
    url = engine.url
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:") or url.query.get("mode") == "memory":
        return None
    return os.path.abspath(database) + "-accounts"


def mark_of(path: str) -> int | None:
    """The mark's size now, or None when it cannot be read (then nothing is kept or used)."""
    try:
        return os.stat(path).st_size
    except OSError:
        return None


def bump(path: str) -> None:
    """Append one byte to the mark: every worker's kept rows are outdated. An append is atomic,
    so two workers bumping at once grow it by two."""
    try:
        with open(path, "ab", buffering=0) as mark:
            mark.write(b".")
    except OSError:
        pass  # with the mark unreadable, mark_of answers None and nothing is kept


class AccountRows:
    """One app's kept account rows: token -> (mark size, time kept, the row's name/value pairs)."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self._rows: dict[str, tuple[int, float, tuple[tuple[str, Any], ...]]] = {}
        if path is not None and mark_of(path) is None:
            bump(path)  # create it, so that workers find one

    def mark(self) -> int | None:
        """The mark's size: read BEFORE a row is looked up or read (see the module's docstring)."""
        return mark_of(self.path) if self.path is not None else None

    def get(self, token: str, mark: int | None) -> tuple[tuple[str, Any], ...] | None:
        if mark is None:
            return None
        kept = self._rows.get(token)
        if kept is None or kept[0] != mark or time.monotonic() - kept[1] > KEPT_SECONDS:
            return None
        return kept[2]

    def keep(self, token: str, mark: int | None, row: tuple[tuple[str, Any], ...]) -> None:
        if mark is None:
            return
        if len(self._rows) >= ACCOUNTS_KEPT:
            self._rows.clear()
        self._rows[token] = (mark, time.monotonic(), row)


# Sessions whose transaction wrote an account table, to bump the mark after its commit. Not
# forgotten at a rollback (a savepoint's rollback would forget an earlier write): the next
# commit then bumps once more than needed, which outdates rows that did not need it, no more.
_changed: weakref.WeakSet[Session] = weakref.WeakSet()


def _writes_accounts(statement: Any) -> bool:
    """Whether an INSERT/UPDATE/DELETE (or any statement that is not a SELECT) may write an
    account table: when its target table is not known, it is assumed to."""
    table = getattr(statement, "table", None)
    name = getattr(table, "name", None)
    return name is None or name in ACCOUNT_TABLES


@event.listens_for(Session, "do_orm_execute")
def _note_statement(state: ORMExecuteState) -> None:
    if not state.is_select and _writes_accounts(state.statement):
        _changed.add(state.session)


@event.listens_for(Session, "after_flush")
def _note_flush(session: Session, _flush: UOWTransaction) -> None:
    from quizapp.auth.models import AccountSession, User

    for objects in (session.new, session.dirty, session.deleted):
        for obj in objects:
            if isinstance(obj, (User, AccountSession)):
                _changed.add(session)
                return


@event.listens_for(Session, "after_commit")
def _announce(session: Session) -> None:
    if session not in _changed:
        return
    _changed.discard(session)
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    path = mark_path(engine)
    if path is not None:
        bump(path)

