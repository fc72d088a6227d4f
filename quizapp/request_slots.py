"""How many requests of one worker run the app's code at once.

A live session's event streams each hold a gunicorn thread for as long as a phone is in the
room, so a worker needs many threads (``quizapp serve``: 128). Letting all of them run at once
made a timed exam slower (tests/benchmarks/exam_500.py, 200 students: answer p95 24 ms with 4
threads a worker, 103 ms with 128): threads of one process take turns at one interpreter lock
and at SQLite's one write lock, and many at once convoy. So a worker has many threads to *hold*
connections but only ``ACTIVE_REQUESTS`` slots to *work* in; the others wait here, first come
first served, as they waited in the listen queue before. A stream takes a slot only while it
draws a message (``quizapp/live/views.py``), never while it waits for the room to move.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask


class RequestSlots:
    """A counting semaphore, used as ``with slots: ...``."""

    def __init__(self, count: int) -> None:
        self._semaphore = threading.BoundedSemaphore(max(1, count))

    def __enter__(self) -> RequestSlots:
        self._semaphore.acquire()
        return self

    def __exit__(self, *_: object) -> None:
        self._semaphore.release()


class _LimitedApp:
    """WSGI middleware: the view runs in a slot; a streamed body is sent after it, outside."""

    def __init__(self, wsgi_app: Callable[..., Iterable[bytes]], slots: RequestSlots) -> None:
        self.wsgi_app, self.slots = wsgi_app, slots

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        with self.slots:
            return self.wsgi_app(environ, start_response)


def install(app: Flask) -> None:
    slots = RequestSlots(int(app.config["ACTIVE_REQUESTS"]))
    app.extensions["request_slots"] = slots
    app.wsgi_app = _LimitedApp(app.wsgi_app, slots)  # type: ignore[method-assign]


def slots_of(app: Flask) -> RequestSlots:
    return app.extensions["request_slots"]
