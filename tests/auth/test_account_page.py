"""The Account page: change the password; other devices are signed out, this one stays."""
from __future__ import annotations

from tests.helpers.app import HX, PASSWORD
from tests.helpers.sessions import cookies_of, replay, who

NEW = "a brand new passphrase"


def change(client, current=PASSWORD, new=NEW, confirm=None, headers=None):
    return client.post("/auth/account", data={"current": current, "password": new, "confirm": confirm or new}, headers=headers)


def test_the_header_links_to_the_account_page_for_accounts_only(client, auth):
    assert 'href="/auth/account"' not in client.get("/").text
    auth.create_and_login("alice")
    assert 'href="/auth/account"' in client.get("/").text
    page = client.get("/auth/account")
    assert page.status_code == 200 and "Change your password" in page.text


def test_changing_the_password_signs_out_other_devices_and_keeps_this_one(app, auth):
    auth.create("alice")
    here, elsewhere = app.test_client(), app.test_client()
    for client in (here, elsewhere):
        assert client.post("/auth/login", data={"username": "alice", "password": PASSWORD, "remember": "y"}).status_code == 303
    stolen = cookies_of(here)
    response = change(here)
    assert response.status_code == 303 and response.headers["Location"] == "/auth/account"
    assert "Every other device has been signed out" in here.get("/auth/account").text
    assert who(here) == "alice"
    assert who(elsewhere) == "nobody"
    assert who(replay(app, stolen)) == "nobody"  # the cookies from before the change are dead too
    assert "remember_token" in cookies_of(here)  # "remember me" survives the change
    assert who(replay(app, {"remember_token": cookies_of(here)["remember_token"]})) == "alice"
    fresh = app.test_client()
    assert fresh.post("/auth/login", data={"username": "alice", "password": PASSWORD}).status_code == 422
    assert fresh.post("/auth/login", data={"username": "alice", "password": NEW}).status_code == 303


def test_a_wrong_current_password_or_a_weak_new_one_changes_nothing(client, app, auth):
    auth.create_and_login("alice")
    wrong = change(client, current="not my password")
    assert wrong.status_code == 422 and "not your current password" in wrong.text
    common = change(client, new="iloveyou1")
    assert common.status_code == 422 and "most common" in common.text
    differ = change(client, confirm="something else entirely")
    assert differ.status_code == 422 and "The passwords differ" in differ.text
    partial = change(client, current="nope", headers=HX)
    assert partial.status_code == 422 and "<html" not in partial.text and 'id="password-form"' in partial.text
    assert app.test_client().post("/auth/login", data={"username": "alice", "password": PASSWORD}).status_code == 303


def test_visitors_and_guests_are_sent_to_sign_in_or_register(client, app):
    assert client.get("/auth/account").headers["Location"].startswith("/auth/login")
    from tests.helpers.quiz import start_quiz

    start_quiz(client, app, count=1)
    assert client.get("/auth/account").headers["Location"] == "/auth/register"


def test_guessing_the_current_password_is_throttled_like_signing_in(client, app, auth):
    """A stolen session must not become a faster way to guess the password."""
    auth.create_and_login("alice")
    statuses = [change(client, current=f"guess number {n}").status_code for n in range(7)]
    assert statuses == [422] * 5 + [429] * 2
    locked = change(client)  # even the right one, during the lock-out
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) >= 1
    assert app.test_client().post("/auth/login", data={"username": "alice", "password": NEW}).status_code in (422, 429)
