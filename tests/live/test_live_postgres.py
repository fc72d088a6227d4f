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


def test_a_phones_stream_follows_the_room_moved_by_another_worker(pg_app):
    """The whole stream path on PostgreSQL: NOTIFY wakes this worker's hub, one snapshot of
    the room and its players is read, the phone's stage is drawn from it; the points of a
    right answer are added with the reveal."""
    from tests.helpers.live import code_of, phone_form
    from tests.live.test_live_stream import events

    pg_app.config["CLOCK"] = lambda: T0  # the question stays open
    teacher = make_user(pg_app, "teacher")
    session_id = start(pg_app, make_set(pg_app, teacher, question_ids(pg_app, "single_choice", 2)))
    code = code_of(pg_app, session_id)
    other = create_app({**pg_app.config})
    phone = pg_app.test_client()
    assert phone.post(f"/live/{code}", data={"name": "Ana"}).status_code == 303
    response = phone.get(f"/live/{code}/events?v=1", buffered=False)
    stream = events(iter(response.response))
    assert next(stream) == "retry: 1000"
    pressed: list[float] = []

    def press(action: str) -> None:
        time.sleep(0.3)
        pressed.append(time.monotonic())
        act(other, session_id, action, T0)

    thread = threading.Thread(target=press, args=("next",))
    thread.start()
    question = next(stream)
    arrived = time.monotonic()
    thread.join()
    assert "Question 1 of 2" in question and 'class="live-option ' in question and arrived - pressed[0] < 1.0
    with pg_app.app_context():
        user_id = db.session.execute(db.text("SELECT user_id FROM live_player")).scalar_one()
    assert phone.post(f"/live/{code}/answer", data=phone_form(pg_app, session_id, user_id, True)).status_code == 303
    thread = threading.Thread(target=press, args=("reveal",))
    thread.start()
    revealed = next(stream)
    thread.join()
    assert "Right!" in revealed and "+1000 points" in revealed, revealed
    response.close()
    with other.app_context():
        db.engine.dispose()
