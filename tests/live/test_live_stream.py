"""The phones' event stream, read as a browser would: a change made by another worker (a
second app on the same database, with its own hub) reaches the stream; keep-alives flow
while nothing happens; the end of the game closes it."""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator

from quizapp.live import hub, views
from quizapp.live.models import LiveSession
from tests.helpers.app import make_app
from tests.helpers.live import act, code_of, start
from tests.helpers.sets import T0


def other_worker(app):
    """A second app on the same database file: what another gunicorn worker is."""
    path = app.config["SQLALCHEMY_DATABASE_URI"].removeprefix("sqlite:///")
    return make_app(path, app.instance_path)


def events(chunks: Iterator[bytes]) -> Iterator[str]:
    buffer = ""
    for chunk in chunks:
        buffer += chunk.decode()
        while "\n\n" in buffer:
            message, buffer = buffer.split("\n\n", 1)
            yield message


def joined_stream(app, set_id):
    session_id = start(app, set_id)
    code = code_of(app, session_id)
    phone = app.test_client()
    phone.post(f"/live/{code}", data={"name": "Ana"})
    page = phone.get(f"/live/{code}/play").get_data(as_text=True)
    url = page.split('hx-sse:connect="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    response = phone.get(url, buffered=False)
    assert response.status_code == 200 and response.mimetype == "text/event-stream"
    return session_id, events(iter(response.response)), response


def test_a_change_made_by_another_worker_reaches_the_stream_within_a_second(app, set_id, clock):
    session_id, stream, response = joined_stream(app, set_id)
    assert next(stream) == "retry: 1000"
    worker = other_worker(app)
    moved_at: list[float] = []

    def teacher_presses_start() -> None:
        time.sleep(0.3)
        moved_at.append(time.monotonic())
        act(worker, session_id, "next", T0)

    thread = threading.Thread(target=teacher_presses_start)
    thread.start()
    message = next(stream)
    arrived = time.monotonic()
    thread.join()
    assert message.startswith("id: ") and "data: " in message
    assert "Time left" in message and 'class="live-option ' in message  # the question, for this phone
    assert "/stage?v=" not in message  # events reach this phone: no more polling
    assert arrived - moved_at[0] < 1.0
    response.close()


def test_keep_alives_flow_while_nothing_happens_and_the_end_closes_the_stream(app, set_id, clock, monkeypatch):
    monkeypatch.setattr(views, "KEEP_ALIVE_SECONDS", 0.2)
    session_id, stream, response = joined_stream(app, set_id)
    assert next(stream) == "retry: 1000"
    assert next(stream) == ": keep-alive"
    act(other_worker(app), session_id, "end", T0)
    ended = next(stream)
    assert "Game over" in ended
    assert next(stream) == "event: live-ended\ndata: ended"
    assert list(stream) == []  # the server ends the stream: the page's hx-sse:close stops reconnecting
    response.close()


def test_a_reconnect_with_an_old_version_gets_the_room_at_once(app, set_id, clock):
    session_id = start(app, set_id)
    code = code_of(app, session_id)
    phone = app.test_client()
    phone.post(f"/live/{code}", data={"name": "Ana"})
    act(app, session_id, "next", T0)  # happened while the phone was away
    response = phone.get(f"/live/{code}/events", headers={"Last-Event-ID": "1"}, buffered=False)
    stream = events(iter(response.response))
    assert next(stream) == "retry: 1000"
    assert "Time left" in next(stream)
    response.close()


def test_a_reconnect_that_missed_nothing_sends_nothing_until_the_room_moves(app, set_id, clock, monkeypatch):
    monkeypatch.setattr(views, "KEEP_ALIVE_SECONDS", 0.2)
    session_id = start(app, set_id)
    code = code_of(app, session_id)
    phone = app.test_client()
    phone.post(f"/live/{code}", data={"name": "Ana"})
    response = phone.get(f"/live/{code}/events", headers={"Last-Event-ID": "1"}, buffered=False)
    stream = events(iter(response.response))
    assert next(stream) == "retry: 1000"
    assert next(stream) == ": keep-alive"  # a half-ticked answer on the phone is left alone
    response.close()


def test_the_hub_wakes_waiters_and_times_out(app):
    the_hub = hub.Hub(app)
    the_hub.publish([(7, 3)])
    assert the_hub.wait(7, 2, timeout=0.1) == 3
    assert the_hub.wait(7, 3, timeout=0.1) is None
    threading.Timer(0.1, the_hub.publish, args=([(7, 4)],)).start()
    assert the_hub.wait(7, 3, timeout=2) == 4


def test_a_worker_runs_at_most_active_requests_at_once(app):
    """Many threads hold connections (event streams), few work at once (quizapp/request_slots.py)."""
    import threading as t

    from quizapp.request_slots import RequestSlots

    slots = RequestSlots(2)
    inside, most, lock = [0], [0], t.Lock()

    def work() -> None:
        with slots:
            with lock:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
            time.sleep(0.05)
            with lock:
                inside[0] -= 1

    threads = [t.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most[0] == 2
    assert app.config["ACTIVE_REQUESTS"] == 4 and app.extensions["request_slots"] is not None


def statements_while_the_room_moves(app, worker, session_id: int, code: str, phones_count: int) -> int:
    """How many statements about players this worker (``app``) runs while ``phones_count``
    open streams receive the room's next question, moved on by another ``worker``."""
    from sqlalchemy import event

    from quizapp.extensions import db

    received: list[str] = []
    waiting = threading.Barrier(phones_count + 1)

    def phone_follows(name: str) -> None:
        """A phone's stream, read in its own thread (as a worker's thread serves it)."""
        phone = app.test_client()
        phone.post(f"/live/{code}", data={"name": name})
        with app.app_context():
            version = db.session.get(LiveSession, session_id).version
        response = phone.get(f"/live/{code}/events?v={version}", buffered=False)
        stream = events(iter(response.response))
        assert next(stream) == "retry: 1000"
        waiting.wait()
        received.append(next(stream))
        response.close()

    threads = [threading.Thread(target=phone_follows, args=(f"P{phones_count}-{n}",)) for n in range(phones_count)]
    for thread in threads:
        thread.start()
    waiting.wait(timeout=10)
    time.sleep(0.3)  # every stream is waiting on the hub
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if "live_player" in statement:
            statements.append(statement)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        act(worker, session_id, "next", T0)
        for thread in threads:
            thread.join(timeout=5)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(received) == phones_count and all(message.startswith("id: ") for message in received)
    return len(statements)


def test_a_room_moving_on_costs_a_worker_the_same_statements_for_one_phone_or_many(app, set_id, clock):
    """Each worker reads the room and every player's part once, then each stream only draws
    its phone's page: per-phone statements made a room of 200 slow on PostgreSQL."""
    session_id = start(app, set_id)
    code = code_of(app, session_id)
    worker = other_worker(app)
    one = statements_while_the_room_moves(app, worker, session_id, code, 1)
    six = statements_while_the_room_moves(app, worker, session_id, code, 6)
    assert one == six <= 3, (one, six)  # the standings and every player's part, once


def test_the_projector_gets_joins_and_answers_by_its_event_stream(app, set_id, clock, monkeypatch):
    """The activity region's content at once (without the polling fallback), then again when
    a player joins or answers through another worker, and an end event once the room leaves
    the question."""
    from tests.helpers.app import PASSWORD, make_user
    from tests.helpers.live import answer, join

    monkeypatch.setattr(views, "ACTIVITY_SECONDS", 0.1)
    session_id = start(app, set_id)
    projector = app.test_client()
    projector.post("/auth/login", data={"username": "teacher", "password": PASSWORD})
    page = projector.get(f"/live/sessions/{session_id}").get_data(as_text=True)
    assert f'hx-sse:connect="/live/sessions/{session_id}/activity/events"' in page
    assert 'hx-trigger="every 1s"' in page  # the fallback, until the stream delivers
    response = projector.get(f"/live/sessions/{session_id}/activity/events", buffered=False)
    assert response.status_code == 200 and response.mimetype == "text/event-stream"
    stream = events(iter(response.response))
    assert next(stream) == "retry: 1000"
    first = next(stream)
    assert "<strong>0</strong> players have joined" in first and "hx-trigger" not in first
    worker = other_worker(app)
    ana = make_user(app, "ana")
    joined_at = time.monotonic()
    join(worker, session_id, ana, "Ana", T0)
    message = next(stream)
    assert "<strong>1</strong> player has joined" in message and "Ana" in message
    assert time.monotonic() - joined_at < 1.0
    act(worker, session_id, "next", T0)
    assert "<strong>0</strong> of 1 answered" in next(stream)
    answer(worker, session_id, ana, True, T0)
    assert "<strong>1</strong> of 1 answered" in next(stream)
    act(worker, session_id, "reveal", T0)
    assert next(stream) == "event: live-activity-end\ndata: end"
    assert list(stream) == []
    response.close()


def test_only_the_sessions_owner_gets_its_activity_stream(app, set_id, clock):
    from tests.helpers.app import PASSWORD, make_user

    session_id = start(app, set_id)
    make_user(app, "other")
    other = app.test_client()
    other.post("/auth/login", data={"username": "other", "password": PASSWORD})
    assert other.get(f"/live/sessions/{session_id}/activity/events").status_code == 404
    assert app.test_client().get(f"/live/sessions/{session_id}/activity/events").status_code == 404
