"""One event hub per worker process: wakes the worker's open event streams when a live
session they show changes, whichever worker or machine changed it.

The database is the one source of truth: a session's ``version`` grows on every change the
students' pages must show. The hub only learns versions and wakes the streams waiting on
them (a ``threading.Condition`` per session); the first stream of the worker to wake then
reads the new state from the database for all of them (``views.snapshot_of``).

- PostgreSQL: one thread LISTENs on ``services.CHANNEL``; the NOTIFY is sent in the
  transaction that changes the state, so it arrives on commit and never for a rollback, on
  every machine. After (re)connecting it reads the watched versions once, so nothing sent
  while it was away is missed.
- SQLite (one machine, several workers): one thread reads the versions of the sessions this
  worker's streams watch, every ``POLL_SECONDS`` (one indexed statement, none when no stream
  is open). SQLite has no notifications between processes.

The thread starts with the first stream and stops after ``IDLE_SECONDS`` without any; a
forked worker starts its own.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterable

from flask import Flask
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.live.models import LiveSession
from quizapp.live.services import CHANNEL

POLL_SECONDS = 0.15
IDLE_SECONDS = 10.0
RETRY_SECONDS = 1.0

log = logging.getLogger(__name__)


class Hub:
    """Versions of the sessions this process's streams watch, and a condition to wait on."""

    def __init__(self, app: Flask) -> None:
        self._app = app
        self._lock = threading.Lock()
        # One condition per watched session, on the hub's one lock: a change wakes only the
        # streams of its own room (10 rooms of 30: 8 threads a worker, not 75).
        self._rooms: dict[int, threading.Condition] = {}
        self._versions: dict[int, int] = {}
        self._watchers: dict[int, int] = {}
        self._thread: threading.Thread | None = None
        self._pid = 0
        self._idle_since = time.monotonic()

    # ------------------------------------------------------------ the streams' side

    def wait(self, session_id: int, known: int, timeout: float) -> int | None:
        """Block until the session's version is above ``known`` (return it) or ``timeout``
        seconds pass (return None, time for a keep-alive)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            self._watchers[session_id] = self._watchers.get(session_id, 0) + 1
            room = self._rooms.setdefault(session_id, threading.Condition(self._lock))
            self._ensure_running()
            try:
                while True:
                    version = self._versions.get(session_id)
                    if version is not None and version > known:
                        return version
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return None
                    room.wait(remaining)
            finally:
                self._watchers[session_id] -= 1
                if not self._watchers[session_id]:
                    del self._watchers[session_id]
                    del self._rooms[session_id]
                    if not self._watchers:
                        self._idle_since = time.monotonic()

    def publish(self, changes: Iterable[tuple[int, int]]) -> None:
        """Record versions read or notified, and wake the streams if any grew."""
        with self._lock:
            for session_id, version in changes:
                if version > self._versions.get(session_id, 0):
                    self._versions[session_id] = version
                    if (room := self._rooms.get(session_id)) is not None:
                        room.notify_all()

    # ------------------------------------------------------------ the thread

    def _ensure_running(self) -> None:
        """Start the thread (with the lock held) if this process has none running."""
        if self._thread is not None and self._thread.is_alive() and self._pid == os.getpid():
            return
        self._pid = os.getpid()
        self._idle_since = time.monotonic()
        with self._app.app_context():
            postgres = db.engine.dialect.name == "postgresql"
        target = self._listen if postgres else self._poll
        self._thread = threading.Thread(target=target, name="live-hub", daemon=True)
        self._thread.start()

    def _watched(self) -> list[int] | None:
        """The sessions watched now; None once the hub has been idle long enough to stop."""
        with self._lock:
            if self._watchers:
                return list(self._watchers)
            if time.monotonic() - self._idle_since > IDLE_SECONDS:
                self._thread = None
                return None
            return []

    def _read_versions(self, ids: list[int]) -> None:
        with self._app.app_context(), db.engine.connect() as connection:
            rows = connection.execute(select(LiveSession.id, LiveSession.version).where(LiveSession.id.in_(ids))).all()
        self.publish((row.id, row.version) for row in rows)

    def _poll(self) -> None:
        while (ids := self._watched()) is not None:
            try:
                if ids:
                    self._read_versions(ids)
            except Exception:  # a locked or vanished database: try again, never kill the thread
                log.exception("live hub: reading session versions failed")
                time.sleep(RETRY_SECONDS)
            time.sleep(POLL_SECONDS)

    def _listen(self) -> None:
        import psycopg

        with self._app.app_context():
            url = db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        while self._watched() is not None:
            try:
                with psycopg.connect(url, autocommit=True) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    if ids := self._watched():
                        self._read_versions(ids)  # what changed before we listened
                    while self._watched() is not None:
                        for notice in connection.notifies(timeout=1.0):
                            session_id, _, version = notice.payload.partition(":")
                            if session_id.isdigit() and version.isdigit():
                                self.publish([(int(session_id), int(version))])
                    return
            except Exception:
                log.exception("live hub: listening for session changes failed")
                time.sleep(RETRY_SECONDS)


def hub_for(app: Flask) -> Hub:
    """This app's hub (one per app, so one per gunicorn worker)."""
    hub = app.extensions.get("live_hub")
    if hub is None:
        hub = app.extensions.setdefault("live_hub", Hub(app))
    return hub
