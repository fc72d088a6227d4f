"""Sessions name a rotating token, never an account id: replayed and copied cookies sign in nobody."""
from __future__ import annotations

from sqlalchemy import select, text

from quizapp.auth.models import AccountSession, User
from quizapp.extensions import db
from tests.helpers.app import PASSWORD
from tests.helpers.quiz import start_quiz
from tests.helpers.sessions import cookies_of, replay, who
from datetime import UTC


def login(client, username="alice", password=PASSWORD, remember=True):
    data = {"username": username, "password": password}
    if remember:
        data["remember"] = "y"
    return client.post("/auth/login", data=data)


def test_the_session_holds_a_random_token_not_the_account_id(client, auth, app):
    user_id = auth.create("alice")
    assert login(client).status_code == 303
    with client.session_transaction() as session:
        token = session["_user_id"]
    assert token != str(user_id) and len(token) >= 43
    with app.app_context():
        row = db.session.execute(select(AccountSession).filter_by(token=token)).scalar_one()
        assert row.user_id == user_id


def test_after_sign_out_the_old_session_and_remember_cookies_sign_in_nobody(client, auth, app):
    auth.create("alice")
    login(client, remember=True)
    stolen = cookies_of(client)
    assert set(stolen) == {"session", "remember_token"}
    assert who(replay(app, stolen)) == "alice"  # the copy works while the session lives …
    assert auth.logout().status_code == 303
    assert who(client) == "nobody"
    assert who(replay(app, stolen)) == "nobody"  # … and not after sign-out
    assert who(replay(app, {"remember_token": stolen["remember_token"]})) == "nobody"
    assert who(replay(app, {"session": stolen["session"]})) == "nobody"


def test_signing_in_on_a_second_device_keeps_the_first_and_signing_out_ends_both(app, auth):
    auth.create("alice")
    laptop, phone = app.test_client(), app.test_client()
    login(laptop)
    login(phone)
    assert who(laptop) == who(phone) == "alice"
    with laptop.session_transaction() as a, phone.session_transaction() as b:
        assert a["_user_id"] != b["_user_id"]  # every sign-in gets a fresh token
    assert "every other device" in laptop.post("/auth/logout", follow_redirects=True).text
    assert who(phone) == "nobody"


def test_every_sign_in_issues_a_new_token(client, auth):
    """A token planted in a browser before sign-in is not the one the account's session gets."""
    auth.create("alice")
    login(client)
    with client.session_transaction() as session:
        first = session["_user_id"]
    client.post("/auth/logout")
    login(client)
    with client.session_transaction() as session:
        assert session["_user_id"] != first


def test_merged_guest_cookies_sign_in_nobody_and_ids_are_not_reused(client, app, auth):
    auth.create("alice")
    start_quiz(client, app, count=1)
    guest_cookies = cookies_of(client)
    with client.session_transaction() as session:
        guest_token = session["_user_id"]
    with app.app_context():
        guest_id = db.session.execute(select(AccountSession.user_id).filter_by(token=guest_token)).scalar_one()
    assert login(client, remember=False).status_code == 303  # the guest is merged into alice and deleted
    with app.app_context():
        assert db.session.get(User, guest_id) is None
    assert who(replay(app, guest_cookies)) == "nobody"

    # The next account created does not get the deleted guest's id, and the guest's cookies
    # still sign in nobody.
    newcomer = app.test_client()
    response = newcomer.post("/auth/register", data={"username": "mallory", "password": "a long new passphrase", "confirm": "a long new passphrase"})
    assert response.status_code == 303
    with app.app_context():
        mallory = db.session.execute(select(User).filter_by(username="mallory")).scalar_one()
        assert mallory.id > guest_id
    assert who(replay(app, guest_cookies)) == "nobody"


def test_the_account_table_never_reuses_ids(app):
    with app.app_context():
        sql = db.session.execute(text("SELECT sql FROM sqlite_master WHERE name = 'account'")).scalar_one()
        assert "AUTOINCREMENT" in sql.upper()
        first = User()
        db.session.add(first)
        db.session.commit()
        freed = first.id
        db.session.delete(first)
        db.session.commit()
        second = User()
        db.session.add(second)
        db.session.commit()
        assert second.id > freed


def test_registering_from_a_guest_session_does_not_hand_the_account_to_a_copy_of_the_guest_cookie(client, app):
    """Session fixation: whoever copied (or planted) the guest's cookie must not become the account."""
    start_quiz(client, app, count=1)
    planted = cookies_of(client)
    assert who(replay(app, planted)) == "guest"
    response = client.post("/auth/register", data={"username": "victim", "password": "a long new passphrase", "confirm": "a long new passphrase"})
    assert response.status_code == 303
    assert who(client) == "victim"
    assert who(replay(app, planted)) == "nobody"


def test_guests_get_no_remember_cookie_and_accounts_get_thirty_days(client, app, auth):
    response = client.post("/quiz/new", data={"document": 1, "topics": [1], "types": ["true_false"], "count": 1, "mode": "practice", "focus": "all"})
    assert response.status_code == 303
    set_cookies = response.headers.getlist("Set-Cookie")
    assert any(c.startswith("session=") for c in set_cookies)
    assert not any(c.startswith("remember_token=") for c in set_cookies)
    session_cookie = next(c for c in set_cookies if c.startswith("session="))
    assert "Expires=" not in session_cookie  # ends with the browser

    auth.create("alice")
    signed_in = login(app.test_client(), remember=True)
    remember = next(c for c in signed_in.headers.getlist("Set-Cookie") if c.startswith("remember_token="))
    assert "HttpOnly" in remember
    from datetime import datetime
    from email.utils import parsedate_to_datetime

    expires = parsedate_to_datetime(remember.split("Expires=")[1].split(";")[0])
    days = (expires - datetime.now(UTC)).days
    assert 28 <= days <= 30

    without = login(app.test_client(), remember=False)
    assert not any(c.startswith("remember_token=") for c in without.headers.getlist("Set-Cookie"))


def test_a_forged_or_overlong_session_token_finds_nobody(app):
    other = app.test_client()
    with other.session_transaction() as session:
        session["_user_id"] = "1"
    assert who(other) == "nobody"
    with other.session_transaction() as session:
        session["_user_id"] = "x" * 5000
    assert who(other) == "nobody"


def test_current_user_is_the_accounts_row_read_once_and_changes_go_through_the_account(app, client, auth):
    """Every request reads its user as one row (issue 15), read-only; a request that changes
    the account takes the ORM object, and from then on current_user is that object."""
    import pytest
    from flask_login import current_user

    from quizapp.auth.models import SignedInAccount, User
    from quizapp.auth.services import current_account
    from tests.helpers.queries import counted_statements

    user_id = auth.create_and_login("ana")
    with counted_statements(app) as statements:
        assert client.get("/quiz/progress").status_code == 200
    assert len([s for s in statements if "FROM account" in s]) == 1, statements
    cookie = client.get_cookie("session")
    with app.test_request_context(headers={"Cookie": f"session={cookie.value}"}):
        app.preprocess_request()
        seen = current_user._get_current_object()
        assert isinstance(seen, SignedInAccount) and (seen.id, seen.username, seen.is_guest) == (user_id, "ana", False)
        assert not hasattr(seen, "password_hash")
        with pytest.raises(AttributeError, match="read-only"):
            seen.time_zone = "Asia/Tokyo"
        account = current_account()
        assert isinstance(account, User) and account.id == user_id and account.get_id() == seen.get_id()
        assert current_user._get_current_object() is account
