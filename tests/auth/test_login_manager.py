"""The app's ``_load_user`` (quizapp/extensions.py ``QuizappLoginManager``) against Flask-Login's
own, on the same requests: the same user, the same session afterwards, the same signals."""
from __future__ import annotations

from typing import Any

import pytest
from flask import g, session
from flask_login import LoginManager, session_protected, user_accessed

from quizapp.auth import services
from quizapp.auth.models import User
from quizapp.extensions import _session_identifier, db, login_manager
from tests.helpers.app import PASSWORD


def loaded_by(app, load: Any, *, session_data: dict[str, Any], headers: dict[str, str], cookies: str = "") -> tuple[Any, ...]:
    """What ``load`` (the app's or Flask-Login's ``_load_user``) leaves for one request."""
    sent: list[str] = []

    def accessed(sender: Any, **_: Any) -> None:
        sent.append("accessed")

    def protected(sender: Any, **_: Any) -> None:
        sent.append("protected")

    all_headers = {**headers, **({"Cookie": cookies} if cookies else {})}
    with (
        user_accessed.connected_to(accessed, app),
        session_protected.connected_to(protected, app),
        app.test_request_context("/", headers=all_headers, environ_base={"REMOTE_ADDR": "203.0.113.9"}),
    ):
        session.update(session_data)
        load(login_manager)
        user = g._login_user
        who = (type(user).__name__, getattr(user, "id", None), user.is_authenticated)
        return who, dict(session), sent


@pytest.fixture
def alice_token(app) -> str:
    with app.app_context():
        user = User()
        user.set_username("alice")
        user.set_password(PASSWORD)
        db.session.add(user)
        db.session.commit()
        return services.start_session(user)


IDENT = _session_identifier("203.0.113.9", "Browser/1")


@pytest.mark.parametrize("mode", ["basic", "strong", None])
@pytest.mark.parametrize(
    "case",
    [
        "signed-in",
        "nobody",
        "other-browser",
        "other-browser-permanent",
        "unknown-token",
        "remember-cookie",
        "remember-cleared",
    ],
)
def test_the_apps_user_loading_is_flask_logins(app, alice_token: str, case: str, mode: str | None) -> None:
    app.config["SESSION_PROTECTION"] = mode
    headers = {"User-Agent": "Browser/1"}
    data: dict[str, Any] = {"_user_id": alice_token, "_id": IDENT, "_fresh": True, "csrf_token": "x"}
    cookies = ""
    if case == "nobody":
        data = {}
    elif case == "other-browser":
        headers = {"User-Agent": "Other/2"}
    elif case == "other-browser-permanent":
        headers = {"User-Agent": "Other/2"}
        data["_permanent"] = True
    elif case == "unknown-token":
        data["_user_id"] = "not-a-session"
    elif case == "remember-cookie":
        from flask_login.utils import encode_cookie

        with app.test_request_context("/"):
            cookies = f"remember_token={encode_cookie(alice_token)}"
        data = {}
    elif case == "remember-cleared":
        from flask_login.utils import encode_cookie

        with app.test_request_context("/"):
            cookies = f"remember_token={encode_cookie(alice_token)}"
        data = {"_remember": "clear", "_id": IDENT}
    with app.app_context():
        ours = loaded_by(app, type(login_manager)._load_user, session_data=data, headers=headers, cookies=cookies)
        theirs = loaded_by(app, LoginManager._load_user, session_data=data, headers=headers, cookies=cookies)
    assert ours == theirs
    if case == "signed-in":
        assert ours[0][2] is True and ours[2] == ["accessed"]
    if case == "other-browser" and mode == "strong":
        assert ours[0][2] is False and ours[1].get("_remember") == "clear" and "protected" in ours[2]
