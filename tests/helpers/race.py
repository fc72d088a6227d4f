"""Two requests at the same moment, for real: threads posting through the app, each held
before its first write until the other has got there too (so both read the same state)."""
from __future__ import annotations

import re
import threading

from sqlalchemy import event

from quizapp.extensions import db
from quizapp.quiz.models import Attempt, Response
from tests.helpers.app import PASSWORD

# An answer's first write: the lock on its attempt, or the answer itself.
ANSWER_WRITES = rf'^\s*(UPDATE|INSERT INTO)\s+"?({Attempt.__table__.name}|{Response.__table__.name})"?\s'
# A start's: the new attempt.
START_WRITES = rf'^\s*INSERT INTO\s+"?{Attempt.__table__.name}"?\s'


def signed_in(app, username: str):
    """One browser of ``username`` (its own cookie jar), signed in."""
    browser = app.test_client()
    assert browser.post("/auth/login", data={"username": username, "password": PASSWORD}).status_code == 303
    return browser


def held_at_first_write(app, racers: int, pattern: str = ANSWER_WRITES) -> tuple[threading.Barrier, list[str], threading.local]:
    """Hold each racing thread before its first statement matching ``pattern`` until all have arrived;
    returns the barrier, the statements that were held (to check the race happened) and the
    thread-local flag a racing thread sets."""
    first_write = re.compile(pattern, re.I)
    barrier = threading.Barrier(racers, timeout=20)
    held: list[str] = []
    local = threading.local()

    def before_execute(conn, cursor, statement, parameters, context, executemany):
        if getattr(local, "racing", False) and not getattr(local, "held", False) and first_write.match(statement):
            local.held = True
            held.append(statement.split()[0].upper())
            barrier.wait()

    with app.app_context():
        event.listen(db.engine, "before_cursor_execute", before_execute)
    return barrier, held, local
