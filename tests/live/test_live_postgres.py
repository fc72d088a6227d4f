"""On PostgreSQL the hub LISTENs: a change committed by another worker (a second app on the
same database) is NOTIFYed to this one's open stream at once, and not before the commit.
Runs when QUIZAPP_TEST_POSTGRES_URL names a scratch database (skipped otherwise)."""
from __future__ import annotations

import threading
import time

from quizapp import create_app
from quizapp.extensions import db
from quizapp.live import services
from quizapp.live.hub import Hub
from quizapp.live.models import LiveSession
from tests.helpers.app import make_user
from tests.helpers.live import act, start
from tests.helpers.sets import T0, make_set, question_ids


def test_a_commit_in_another_worker_wakes_this_workers_stream(pg_app):
    teacher = make_user(pg_app, "teacher")
    session_id = start(pg_app, make_set(pg_app, teacher, question_ids(pg_app, "single_choice", 2)))
    other = create_app({**pg_app.config})  # another worker: its own engine and hub
    hub = Hub(pg_app)
    assert hub.wait(session_id, 1, timeout=0.5) is None  # starts listening; nothing has changed
    pressed: list[float] = []

    def press() -> None:
        time.sleep(0.3)
        pressed.append(time.monotonic())
        act(other, session_id, "next", T0)

    thread = threading.Thread(target=press)
    thread.start()
    woke = hub.wait(session_id, 1, timeout=5)
    arrived = time.monotonic()
    thread.join()
    assert woke == 2 and arrived - pressed[0] < 1.0
    with other.app_context():
        session = db.session.get(LiveSession, session_id)
        assert session.state == "question"
        services.reveal(session, T0)  # a third version, notified like the second
    assert hub.wait(session_id, 2, timeout=5) == 3
    with other.app_context():
        db.engine.dispose()
