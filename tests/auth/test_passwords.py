"""Password rules (length, common passwords) and hashing (argon2id, upgrading old hashes, timing)."""
from __future__ import annotations

import shutil
import statistics
import time

import pytest
from sqlalchemy import delete, select
from werkzeug.security import generate_password_hash

from quizapp.auth import passwords, services
from quizapp.auth.models import LoginFailure, User
from quizapp.extensions import db
from tests.helpers.app import make_app


def register(client, username="newbie", password="a long new passphrase", confirm=None):
    return client.post("/auth/register", data={"username": username, "password": password, "confirm": confirm or password})


def test_the_shipped_list_holds_at_least_ten_thousand_common_passwords():
    common = passwords.common_passwords()
    assert len(common) >= 10_000
    assert {"123456", "password", "qwerty", "iloveyou"} <= common


@pytest.mark.parametrize("password", ["password1", "PASSWORD1", "Qwerty123", "iloveyou", "12345678", "Sunshine1"])
def test_common_passwords_are_refused_whatever_their_case(client, password):
    response = register(client, password=password)
    assert response.status_code == 422
    assert "most common" in response.text
    assert "Signed in as" not in client.get("/").text


def test_long_passphrases_are_welcome_up_to_the_limit(client, app):
    passphrase = "correct horse battery staple " * 6  # 174 characters
    assert register(client, "longpass", passphrase).status_code == 303
    too_long = register(app.test_client(), "toolong", "x" * (passwords.PASSWORD_MAX + 1))
    assert too_long.status_code == 422 and "at most 200" in too_long.text
    short = register(app.test_client(), "tooshort", "abc123!")
    assert short.status_code == 422 and "at least 8" in short.text


def test_new_passwords_are_stored_as_argon2id(client, app):
    assert register(client).status_code == 303
    with app.app_context():
        stored = db.session.execute(select(User.password_hash).filter_by(username="newbie")).scalar_one()
    assert stored.startswith("$argon2id$") and "passphrase" not in stored


def test_an_old_werkzeug_hash_still_signs_in_and_is_upgraded(client, app):
    with app.app_context():
        user = User(username="veteran", password_hash=generate_password_hash("an old password here", method="scrypt"))
        db.session.add(user)
        db.session.commit()
    wrong = client.post("/auth/login", data={"username": "veteran", "password": "not it at all"})
    assert wrong.status_code == 422
    with app.app_context():
        assert db.session.execute(select(User.password_hash).filter_by(username="veteran")).scalar_one().startswith("scrypt:")
    assert client.post("/auth/login", data={"username": "veteran", "password": "an old password here"}).status_code == 303
    with app.app_context():
        upgraded = db.session.execute(select(User.password_hash).filter_by(username="veteran")).scalar_one()
    assert upgraded.startswith("$argon2id$")
    client.post("/auth/logout")
    assert client.post("/auth/login", data={"username": "veteran", "password": "an old password here"}).status_code == 303


def test_a_hash_with_a_lower_cost_than_configured_is_upgraded(app):
    with app.app_context():
        cheap = passwords.hash_password("an old password here")
        app.config["PASSWORD_HASH_TIME_COST"] = 2
        assert passwords.needs_rehash(cheap)
        assert not passwords.needs_rehash(passwords.hash_password("an old password here"))


def test_an_unknown_user_costs_as_much_as_a_known_one(template_db, tmp_path):
    """With the real argon2 cost, "no such user" must not answer faster than "wrong password".

    Medians of interleaved runs, and a generous bound (3x) so a busy machine does not fail it;
    before the dummy hash the audit measured about 20 (110 ms against 6 ms).
    """
    path = tmp_path / "timing.sqlite"
    shutil.copy(template_db, path)
    app = make_app(
        path,
        tmp_path,
        PASSWORD_HASH_TIME_COST=passwords.DEFAULT_TIME_COST,
        PASSWORD_HASH_MEMORY_KIB=passwords.DEFAULT_MEMORY_KIB,
        PASSWORD_HASH_PARALLELISM=passwords.DEFAULT_PARALLELISM,
    )
    with app.test_request_context():
        user = User(username="timed")
        user.set_password("the real password here")
        db.session.add(user)
        db.session.commit()
        known, unknown = [], []
        for _ in range(4):
            for name, bucket in (("timed", known), ("nobody-like-this", unknown)):
                start = time.perf_counter()
                assert services.authenticate(name, "a wrong password", "127.0.0.1", services.app_now()) is None
                bucket.append(time.perf_counter() - start)
                db.session.execute(delete(LoginFailure))
                db.session.commit()
        db.session.remove()
        db.engine.dispose()
    ratio = statistics.median(known) / statistics.median(unknown)
    print(f"sign-in timing: known {statistics.median(known) * 1000:.0f} ms, unknown {statistics.median(unknown) * 1000:.0f} ms, ratio {ratio:.2f}")
    assert 1 / 3 < ratio < 3, (known, unknown)
