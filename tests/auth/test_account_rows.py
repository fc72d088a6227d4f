"""Account rows kept per worker (auth/account_cache.py): two apps on one database file stand
for two gunicorn workers, each with its own kept rows. Whatever one of them changes about an
account or its sessions, the other sees at its next request."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from quizapp.extensions import db
from tests.helpers.app import PASSWORD, make_app
from tests.helpers.sessions import cookies_of, replay, who


def login(client, username: str = "alice", password: str = PASSWORD) -> None:
    assert client.post("/auth/login", data={"username": username, "password": password}).status_code == 303


@contextmanager
def account_reads(app) -> Iterator[list[str]]:
    """The statements ``app`` runs that read an account by its session token."""
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        if "account_session.token" in statement and statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


def second_worker(app, tmp_path):
    return make_app(app.config["SQLALCHEMY_DATABASE_URI"].removeprefix("sqlite:///"), tmp_path / "worker2")


def test_a_worker_reads_a_signed_in_account_once_then_keeps_it(app, auth, client):
    auth.create("alice")
    login(client)
    assert who(client) == "alice"
    with account_reads(app) as reads:
        assert who(client) == "alice"
        assert who(client) == "alice"
    assert reads == []


def test_signing_out_in_one_worker_signs_out_the_copy_another_worker_kept(app, auth, client, tmp_path):
    auth.create("alice")
    login(client)
    other = second_worker(app, tmp_path)
    copy = replay(other, cookies_of(client))
    assert who(copy) == "alice"  # the second worker has read and kept alice's row
    assert who(copy) == "alice"
    assert client.post("/auth/logout").status_code == 303  # in the first worker
    assert who(copy) == "nobody"
    assert who(replay(app, cookies_of(copy))) == "nobody"


def test_a_password_change_in_one_worker_ends_the_other_devices_kept_by_another(app, auth, client, tmp_path):
    auth.create("alice")
    login(client)
    other = second_worker(app, tmp_path)
    phone = other.test_client()
    login(phone)
    assert who(phone) == "alice"
    assert who(phone) == "alice"
    response = client.post("/auth/account", data={"current": PASSWORD, "password": "a new long passphrase 42", "confirm": "a new long passphrase 42"})
    assert response.status_code == 303, response.text[:500]
    assert who(phone) == "nobody"
    assert who(client) == "alice"  # the device that changed it stays signed in
    assert who(replay(other, cookies_of(client))) == "alice"


def test_a_change_to_the_account_in_one_worker_is_read_again_by_another(app, auth, client, tmp_path):
    from quizapp.auth.models import load_user

    auth.create("alice")
    login(client)
    with client.session_transaction() as session:
        token = session["_user_id"]
    other = second_worker(app, tmp_path)

    def time_zone_in_other_worker() -> str | None:
        with other.app_context():
            account = load_user(token)
            assert account is not None
            return account.time_zone

    assert time_zone_in_other_worker() is None
    assert time_zone_in_other_worker() is None  # kept
    response = client.post("/auth/account/time-zone", data={"time_zone": "Europe/Madrid"})
    assert response.status_code == 303, response.text[:500]
    assert time_zone_in_other_worker() == "Europe/Madrid"


def test_with_postgresql_or_in_memory_nothing_is_kept(app):
    from types import SimpleNamespace

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from quizapp.auth.account_cache import mark_path

    assert mark_path(create_engine("sqlite://")) is None
    assert mark_path(create_engine("sqlite:///:memory:")) is None
    assert mark_path(SimpleNamespace(url=make_url("postgresql://u@localhost/quizapp"))) is None  # type: ignore[arg-type]
    with app.app_context():
        assert mark_path(db.engine) == app.config["SQLALCHEMY_DATABASE_URI"].removeprefix("sqlite:///") + "-accounts"


def test_every_kind_of_account_write_grows_the_mark_after_its_commit_and_others_do_not(app, auth):
    import os

    from sqlalchemy import delete, text, update

    from quizapp.auth.account_cache import mark_path
    from quizapp.auth.models import AccountSession, User
    from quizapp.quiz.models import Response

    user_id = auth.create("alice")
    with app.app_context():
        path = mark_path(db.engine)
        assert path is not None
        if not os.path.exists(path):
            open(path, "ab").close()

        def size() -> int:
            return os.stat(path).st_size

        before = size()
        db.session.execute(update(User).where(User.id == user_id).values(time_zone="UTC"))  # a statement
        assert size() == before  # not before the commit
        db.session.commit()
        assert size() == before + 1
        db.session.get(User, user_id).time_zone = "Europe/Oslo"  # the unit of work
        db.session.commit()
        assert size() == before + 2
        db.session.execute(text("UPDATE account SET time_zone = NULL"))  # text: assumed to
        db.session.commit()
        assert size() == before + 3
        db.session.execute(delete(AccountSession).where(AccountSession.user_id == user_id))
        db.session.commit()
        assert size() == before + 4
        db.session.execute(delete(Response).where(Response.id == -1))  # another table: no
        db.session.get(User, user_id)  # a read: no
        db.session.commit()
        assert size() == before + 4
