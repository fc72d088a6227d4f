"""The test app and what every test folder uses with it: users, a settable clock, htmx headers."""
from __future__ import annotations

import os
import re
from datetime import datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher

from quizapp import PROJECT_DIR, create_app
from quizapp.auth.models import User
from quizapp.extensions import db

# An empty scratch PostgreSQL database for the tests that run there (see tests/test_postgres.py).
PG_URL = os.environ.get("QUIZAPP_TEST_POSTGRES_URL")

BANK_DIR = PROJECT_DIR / "questions"

PASSWORD = "correct horse battery"

# argon2id with a cheap cost, the same the test app is configured with (CHEAP_HASHING), so
# creating and signing in users in tests is quick and no hash is upgraded on sign-in.
CHEAP_HASHING = {"PASSWORD_HASH_TIME_COST": 1, "PASSWORD_HASH_MEMORY_KIB": 64, "PASSWORD_HASH_PARALLELISM": 1}

PASSWORD_HASH = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1).hash(PASSWORD)


def make_app(db_path: Path, instance: Path, **config) -> object:
    return create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{db_path}",
            "WTF_CSRF_ENABLED": False,
            "BANK_DIR": str(BANK_DIR),
            **CHEAP_HASHING,
            **config,
        }
    )


HX = {"HX-Request": "true", "HX-Request-Type": "partial"}


def make_user(app, username: str) -> int:
    with app.app_context():
        user = User(password_hash=PASSWORD_HASH)
        user.set_username(username)
        db.session.add(user)
        db.session.commit()
        return user.id


class AuthActions:
    def __init__(self, app, client):
        self._app, self._client = app, client

    def create(self, username: str = "alice") -> int:
        return make_user(self._app, username)

    def login(self, username: str = "alice", password: str = PASSWORD):
        return self._client.post("/auth/login", data={"username": username, "password": password})

    def create_and_login(self, username: str = "alice") -> int:
        user_id = self.create(username)
        response = self.login(username)
        assert response.status_code == 303, response.data
        return user_id

    def logout(self):
        return self._client.post("/auth/logout")


class Clock:
    """A settable clock for ``app.config["CLOCK"]``, the app's source of "now" (naive UTC)."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> None:
        self.now += timedelta(**kwargs)


def install_clock(app, now: datetime) -> Clock:
    clock = Clock(now)
    app.config["CLOCK"] = clock
    return clock


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html) or re.search(
        r'value="([^"]+)"[^>]*name="csrf_token"', html
    )
    assert match, "no CSRF token in the page"
    return match.group(1)
