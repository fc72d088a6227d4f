"""Sign-in throttling per username and per client address, counted in the database."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from quizapp.auth import services
from quizapp.auth.models import LoginFailure
from quizapp.extensions import db
from tests.helpers.app import PASSWORD, install_clock

NOW = datetime(2026, 3, 10, 12, 0)


@pytest.fixture
def clock(app):
    return install_clock(app, NOW)


def attempt(client, username="alice", password="wrong password", address="10.0.0.1"):
    return client.post(
        "/auth/login", data={"username": username, "password": password}, environ_base={"REMOTE_ADDR": address}
    )


def message(response) -> str:
    return re.search(r'<p class="error" id="password-error">([^<]+)</p>', response.text).group(1)


def test_thirty_wrong_passwords_end_in_throttling_and_then_even_the_right_one_is_refused(client, auth, clock):
    auth.create("alice")
    statuses = [attempt(client).status_code for _ in range(30)]
    assert statuses[:5] == [422] * 5  # five free tries
    assert statuses[5:] == [429] * 25  # the clock stands still: every later one waits
    locked = attempt(client, password=PASSWORD)
    assert locked.status_code == 429
    assert int(locked.headers["Retry-After"]) >= 1
    assert "Too many failed sign-ins" in message(locked)
    assert "Signed in as" not in client.get("/").text


def test_delays_grow_and_a_success_clears_the_account_counter(client, auth, clock):
    auth.create("alice")
    for _ in range(5):
        assert attempt(client).status_code == 422
    waits = []
    for _ in range(5):
        locked = attempt(client)
        assert locked.status_code == 429
        wait = int(locked.headers["Retry-After"])
        waits.append(wait)
        clock.advance(seconds=wait)
        assert attempt(client).status_code == 422  # tried once the wait is over: one more failure
    assert waits == [1, 2, 4, 8, 16]
    clock.advance(seconds=32)
    assert attempt(client, password=PASSWORD).status_code == 303
    client.post("/auth/logout")
    # A success forgets the account's failures: five free tries again.
    assert [attempt(client).status_code for _ in range(6)] == [422] * 5 + [429]


def test_the_delay_is_capped_at_fifteen_minutes(client, auth, clock):
    assert services.backoff(4, 5) == timedelta(0)
    assert services.backoff(5, 5) == timedelta(seconds=1)
    assert services.backoff(9, 5) == timedelta(seconds=16)
    assert services.backoff(40, 5) == services.backoff(10_000, 5) == timedelta(minutes=15)


def test_the_answer_never_tells_whether_the_account_exists(client, auth, clock):
    auth.create("alice")
    known = [attempt(client, "alice") for _ in range(6)]
    unknown = [attempt(client, "nobody-here", address="10.0.0.2") for _ in range(6)]
    assert [r.status_code for r in known] == [r.status_code for r in unknown] == [422] * 5 + [429]
    assert message(known[0]) == message(unknown[0])
    assert message(known[-1]) == message(unknown[-1])
    assert known[-1].headers["Retry-After"] == unknown[-1].headers["Retry-After"]


def test_the_username_is_counted_however_it_is_typed(client, auth, clock):
    auth.create("alice")
    for name in ("alice", "ALICE", "Alice", " alice", "aLiCe"):
        attempt(client, name)
    assert attempt(client, "alice", PASSWORD).status_code == 429


def test_many_names_from_one_address_are_throttled_but_other_addresses_are_not(client, auth, clock):
    auth.create("alice")
    for n in range(services.FREE_CLIENT_FAILURES):
        assert attempt(client, f"user{n}", address="192.0.2.7").status_code == 422
    assert attempt(client, "alice", PASSWORD, address="192.0.2.7").status_code == 429
    assert attempt(client, "alice", PASSWORD, address="192.0.2.8").status_code == 303
    # The address window is an hour: after it, that network may try again.
    client.post("/auth/logout")
    clock.advance(hours=1, seconds=1)
    assert attempt(client, "alice", PASSWORD, address="192.0.2.7").status_code == 303


def test_failures_hold_neither_names_nor_addresses_and_old_ones_are_pruned(client, app, auth, clock):
    attempt(client, "secret-looking-name", address="203.0.113.9")
    with app.app_context():
        row = db.session.execute(select(LoginFailure)).scalar_one()
        assert "secret" not in row.account_key and "203.0.113.9" not in row.client_key
        assert len(row.account_key) == len(row.client_key) == 64
    clock.advance(hours=25)
    attempt(client, "someone-else")
    with app.app_context():
        assert db.session.execute(select(func.count(LoginFailure.id))).scalar_one() == 1


def test_throttling_is_shared_through_the_database(app, auth, clock):
    """Two clients (as two gunicorn workers would be) see the same count."""
    auth.create("alice")
    first, second = app.test_client(), app.test_client()
    for n in range(5):
        attempt(first if n % 2 else second)
    assert attempt(first, password=PASSWORD).status_code == 429


def test_a_throttled_htmx_sign_in_gets_the_form_back(client, auth, clock):
    auth.create("alice")
    for _ in range(5):
        attempt(client)
    response = client.post(
        "/auth/login", data={"username": "alice", "password": "x" * 9}, headers={"HX-Request": "true"}, environ_base={"REMOTE_ADDR": "10.0.0.1"}
    )
    assert response.status_code == 429 and "<html" not in response.text and 'id="login-form"' in response.text
