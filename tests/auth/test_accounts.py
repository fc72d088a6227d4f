"""Registering, signing in and out, guests, CSRF and escaping."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from quizapp.auth.models import User
from quizapp.extensions import db
from tests.helpers.app import PASSWORD, csrf_token, make_app
from tests.helpers.quiz import attempt_id_of, right_form, start_quiz


def register(client, username="newbie", password="long enough pw", confirm=None):
    return client.post(
        "/auth/register", data={"username": username, "password": password, "confirm": confirm or password}
    )


def test_register_signs_in_and_stores_a_hashed_password(client, app):
    response = register(client)
    assert response.status_code == 303
    assert "Signed in as" in client.get("/").text
    with app.app_context():
        user = db.session.execute(select(User).filter_by(username="newbie")).scalar_one()
        assert user.password_hash and "long enough pw" not in user.password_hash
        assert user.check_password("long enough pw") and not user.check_password("wrong")


@pytest.mark.parametrize(
    "username, password, confirm, message",
    [
        ("alice", "long enough pw", None, "That username is taken"),
        ("ALICE", "long enough pw", None, "That username is taken"),
        ("bob", "short", None, "at least 8 characters"),
        ("bob", "long enough pw", "different pw!", "The passwords differ"),
        ("b", "long enough pw", None, "3 to 40 characters"),
        ("bad name!", "long enough pw", None, "letters, digits"),
    ],
)
def test_register_explains_what_is_wrong(client, auth, username, password, confirm, message):
    auth.create("alice")
    response = register(client, username, password, confirm)
    assert response.status_code == 422
    assert message in response.text


def test_login_logout(client, auth):
    auth.create("alice")
    bad = auth.login("alice", "nope nope nope")
    assert bad.status_code == 422 and "do not match" in bad.text
    assert auth.login("alice", PASSWORD).status_code == 303
    assert "Signed in as" in client.get("/").text
    assert auth.logout().status_code == 303
    assert "Signed in as" not in client.get("/").text


def test_login_refuses_to_redirect_off_site(client, auth):
    auth.create("alice")
    response = client.post("/auth/login", data={"username": "alice", "password": PASSWORD, "next": "https://evil.example/"})
    assert response.headers["Location"] == "/"


def test_a_guest_who_registers_keeps_their_attempts(client, app):
    url = start_quiz(client, app, count=2)
    attempt_id = attempt_id_of(url)
    client.post(url, data=right_form(app, attempt_id, 1))
    assert "Studying as a guest" in client.get("/").text
    assert register(client, "keeper").status_code == 303
    progress = client.get("/quiz/progress").text
    assert f"/quiz/{attempt_id}" in progress
    with app.app_context():
        user = db.session.execute(select(User).filter_by(username="keeper")).scalar_one()
        from quizapp.quiz.models import Attempt

        assert db.session.get(Attempt, attempt_id).user_id == user.id


def test_a_guest_who_signs_in_brings_their_attempts_along(client, app, auth):
    auth.create("alice")
    url = start_quiz(client, app, count=2)
    attempt_id = attempt_id_of(url)
    assert auth.login("alice").status_code == 303
    assert f"/quiz/{attempt_id}" in client.get("/quiz/progress").text


def test_every_post_needs_a_csrf_token(tmp_path, template_db):
    import shutil

    path = tmp_path / "csrf.sqlite"
    shutil.copy(template_db, path)
    app = make_app(path, tmp_path, WTF_CSRF_ENABLED=True)
    client = app.test_client()
    for url in ("/auth/register", "/auth/login", "/quiz/new", "/auth/logout"):
        response = client.post(url, data={"username": "x"})
        assert response.status_code == 400, url
        assert "expired or was not sent from this site" in response.text
    page = client.get("/auth/register").text
    ok = client.post(
        "/auth/register",
        data={"csrf_token": csrf_token(page), "username": "withtoken", "password": "long enough pw", "confirm": "long enough pw"},
    )
    assert ok.status_code == 303
    # htmx requests carry the token in a header set on <body>
    assert 'hx-headers:inherited=\'{"X-CSRFToken": "' in client.get("/").text


def test_user_text_is_escaped(client, app):
    register(client, "x<b>y")  # refused by the username rule, but echoed back escaped
    page = register(client, "<script>alert(1)</script>")
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;" in page.text
