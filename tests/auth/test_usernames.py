"""Usernames: any script, inner spaces, unique on the case-folded name at the database."""
from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from quizapp.auth import services
from quizapp.auth.models import User, username_key
from quizapp.extensions import db

PASSPHRASE = "a long new passphrase"


def register(client, username, password=PASSPHRASE):
    return client.post("/auth/register", data={"username": username, "password": password, "confirm": password})


def sign_in(app, username, password=PASSPHRASE):
    return app.test_client().post("/auth/login", data={"username": username, "password": password})


@pytest.mark.parametrize(
    "name, typed_at_sign_in",
    [("Ana María", "ana maría"), ("José", "JOSÉ"), ("Zoë_2", "zoë_2"), ("Дмитрий", "дмитрий"), ("李小龍", "李小龍"), ("O'Brien", "o'brien")],
)
def test_names_in_any_script_register_and_sign_in_whatever_the_case(client, app, name, typed_at_sign_in):
    response = register(client, name)
    assert response.status_code == 303, response.text
    assert f"Signed in as <strong>{name}" in client.get("/").text.replace("&#39;", "'")
    assert sign_in(app, typed_at_sign_in).status_code == 303


def test_a_name_typed_decomposed_is_the_same_name(client, app):
    assert register(client, "Jose\u0301").status_code == 303  # "José" typed with a combining accent
    assert sign_in(app, "José").status_code == 303
    assert register(app.test_client(), "JOSÉ").status_code == 422


@pytest.mark.parametrize(
    "name, message",
    [
        (" ana", "cannot start or end with a space"),
        ("ana ", "cannot start or end with a space"),
        ("ab", "3 to 40 characters"),
        ("a" * 41, "3 to 40 characters"),
        ("ana\tmaria", "letters, digits"),
        ("ana\u200bmaria", "letters, digits"),  # zero-width space: two names that look alike
        ("ana  maria", "single spaces"),
        ("<b>x</b>", "letters, digits"),
    ],
)
def test_bad_names_are_refused_with_a_reason(client, name, message):
    response = register(client, name)
    assert response.status_code == 422
    assert message in response.text


@pytest.mark.parametrize("first, second", [("Ana", "ana"), ("ana", "ＡＮＡ"), ("Straße", "STRASSE")])
def test_names_that_differ_only_in_case_or_width_are_taken(client, app, first, second):
    assert register(client, first).status_code == 303
    response = register(app.test_client(), second)
    assert response.status_code == 422 and "That username is taken" in response.text


def test_the_database_refuses_a_second_account_with_the_same_folded_name(app):
    with app.app_context():
        db.session.add(User(username="Ana"))
        db.session.commit()
        db.session.add(User(username="ANA"))
        with pytest.raises(IntegrityError):
            db.session.commit()
        db.session.rollback()
        assert db.session.execute(select(User.username_key).filter_by(username="Ana")).scalar_one() == username_key("ana")


def test_a_registration_that_loses_a_race_gets_the_taken_message_not_a_500(client, app, monkeypatch):
    """Both requests passed the form's check before either committed: the unique key decides."""
    assert register(client, "Ana").status_code == 303
    monkeypatch.setattr(services, "username_is_taken", lambda name: False)
    late = app.test_client()
    response = register(late, "ana")
    assert response.status_code == 422
    assert "That username is taken" in response.text
    assert "Signed in as" not in late.get("/").text
    with app.app_context():
        assert db.session.execute(select(User.username).where(User.username_key == "ana")).scalars().all() == ["Ana"]
