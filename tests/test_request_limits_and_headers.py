"""Request size limits, security headers and settings from the environment."""
from __future__ import annotations

import io
import time

import pytest
from werkzeug.test import EnvironBuilder

from quizapp import HTMX_URL, MAX_REQUEST_BYTES, create_app
from quizapp.security import content_security_policy
from tests.helpers.app import HX, make_app

FIVE_MEGABYTES = 5 * 1024 * 1024


class CountingStream(io.RawIOBase):
    """A request body of ``size`` bytes that counts how much of it the app reads."""

    def __init__(self, size: int) -> None:
        self.size, self.position, self.read_bytes = size, 0, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True  # the test client measures the body by seeking to its end and back

    def seek(self, offset: int, whence: int = 0) -> int:
        self.position = {0: offset, 1: self.position + offset, 2: self.size + offset}[whence]
        return self.position

    def tell(self) -> int:
        return self.position

    def readinto(self, buffer) -> int:
        n = max(0, min(len(buffer), self.size - self.position))
        buffer[:n] = b"a" * n
        self.position += n
        self.read_bytes += n
        return n


@pytest.mark.parametrize("headers", [{}, HX], ids=["page", "htmx"])
@pytest.mark.parametrize("path", ["/auth/login", "/quiz/1/q/1", "/quiz/new"])
def test_a_five_megabyte_body_gets_413_quickly_without_being_read(client, path, headers):
    body = CountingStream(FIVE_MEGABYTES)
    started = time.perf_counter()
    response = client.post(
        path,
        input_stream=body,
        content_length=FIVE_MEGABYTES,
        content_type="application/x-www-form-urlencoded",
        headers=headers,
    )
    assert response.status_code == 413
    assert time.perf_counter() - started < 1.0
    assert body.read_bytes < MAX_REQUEST_BYTES
    assert "Too large" in response.text
    assert ("<nav" in response.text) is (not headers)  # a page, or a fragment for htmx


def test_a_multipart_body_over_the_limit_gets_413(client):
    builder = EnvironBuilder(
        path="/auth/login",
        method="POST",
        data={"username": "a", "file": (io.BytesIO(b"x" * (MAX_REQUEST_BYTES + 1)), "big.bin")},
        content_type="multipart/form-data",
    )
    environ = builder.get_environ()
    try:
        assert client.open(environ).status_code == 413
    finally:
        environ["wsgi.input"].close()  # the encoded body, spooled to a temporary file
        builder.close()


def test_ordinary_forms_fit_well_within_the_limits(app):
    assert app.config["MAX_CONTENT_LENGTH"] == MAX_REQUEST_BYTES
    assert app.config["MAX_FORM_MEMORY_SIZE"] == MAX_REQUEST_BYTES
    assert app.config["MAX_FORM_PARTS"] >= 500


@pytest.mark.parametrize("path", ["/", "/quiz/new", "/auth/login", "/cards/", "/sets/", "/healthz", "/no-such-page"])
def test_every_response_carries_the_security_headers(client, path):
    response = client.get(path)
    headers = response.headers
    csp = headers["Content-Security-Policy"]
    assert f"script-src 'self' {HTMX_URL}" in csp
    for directive in ("default-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "base-uri 'self'",
                      "form-action 'self'", "object-src 'none'"):
        assert directive in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cache-Control"] == "no-store"


def test_pages_of_a_signed_in_user_are_not_stored(client, auth):
    auth.create_and_login()
    response = client.get("/quiz/progress")
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"


def test_static_files_may_be_cached_but_carry_the_other_headers(client):
    response = client.get("/static/app.css")
    assert response.headers.get("Cache-Control") != "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    response.close()


def test_pages_hold_no_inline_script_or_style_attribute(client):
    for path in ("/", "/quiz/new", "/auth/login", "/auth/register", "/cards/", "/sets/"):
        page = client.get(path).text
        assert "<script>" not in page and " style=" not in page, path
        assert "<script " not in page.replace('<script src="', ""), path


@pytest.mark.parametrize(
    "url, source",
    [
        ("https://cdn.example.org/npm/htmx.org@4.0.1/dist/htmx.min.js", "https://cdn.example.org/npm/htmx.org@4.0.1/dist/htmx.min.js"),
        ("/static/htmx.min.js", None),  # served from this site: 'self' covers it
    ],
)
def test_the_policy_allows_the_configured_htmx_url(url, source):
    csp = content_security_policy(url)
    script_src = next(d for d in csp.split("; ") if d.startswith("script-src"))
    assert script_src == (f"script-src 'self' {source}" if source else "script-src 'self'")


def test_quizapp_htmx_url_reaches_the_page_and_the_policy(tmp_path, monkeypatch, template_db):
    own = "https://static.school.example/js/htmx.min.js"
    monkeypatch.setenv("QUIZAPP_HTMX_URL", own)
    app = make_app(template_db, tmp_path)
    response = app.test_client().get("/")
    assert f'<script src="{own}"' in response.text
    assert f"script-src 'self' {own}" in response.headers["Content-Security-Policy"]


def test_cookie_settings_come_from_the_environment(tmp_path, monkeypatch, template_db):
    monkeypatch.setenv("QUIZAPP_SESSION_COOKIE_SECURE", "true")
    monkeypatch.setenv("QUIZAPP_REMEMBER_COOKIE_SECURE", "True")
    monkeypatch.setenv("QUIZAPP_REMEMBER_COOKIE_DURATION", "86400")
    monkeypatch.setenv("QUIZAPP_SESSION_COOKIE_NAME", "quizapp_session")
    monkeypatch.setenv("QUIZAPP_BANK_DIR", "123")  # a path stays a string, never JSON
    app = create_app({"TESTING": True, "SECRET_KEY": "test", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{template_db}"})
    config = app.config
    assert config["BANK_DIR"] == "123"
    assert config["SESSION_COOKIE_SECURE"] is True and config["REMEMBER_COOKIE_SECURE"] is True
    assert config["REMEMBER_COOKIE_DURATION"] == 86400
    assert config["SESSION_COOKIE_HTTPONLY"] is True and config["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert config["REMEMBER_COOKIE_HTTPONLY"] is True and config["REMEMBER_COOKIE_SAMESITE"] == "Lax"
    # The session cookie is sent Secure, HttpOnly and SameSite=Lax, under its configured name.
    with app.test_request_context():
        from flask import session

        session["x"] = 1
        response = app.make_response("ok")
        app.session_interface.save_session(app, session, response)
    set_cookie = response.headers["Set-Cookie"]
    assert set_cookie.startswith("quizapp_session=")
    assert "Secure" in set_cookie and "HttpOnly" in set_cookie and "SameSite=Lax" in set_cookie


def test_false_in_the_environment_is_false(tmp_path, monkeypatch, template_db):
    monkeypatch.setenv("QUIZAPP_SESSION_COOKIE_SECURE", "False")
    assert make_app(template_db, tmp_path).config["SESSION_COOKIE_SECURE"] is False


def test_a_header_a_view_sets_itself_is_kept_once_and_the_others_added(app):
    """The security headers are defaults: a response's own (any spelling) wins, never doubled."""

    @app.get("/own-headers")
    def own_headers():
        return "own", {"x-frame-options": "SAMEORIGIN", "Cache-Control": "max-age=60"}

    response = app.test_client().get("/own-headers")
    headers = response.headers
    assert headers.getlist("X-Frame-Options") == ["SAMEORIGIN"]
    assert headers.getlist("Cache-Control") == ["no-store"]
    assert headers.getlist("X-Content-Type-Options") == ["nosniff"]
    assert len(headers.getlist("Content-Security-Policy")) == 1



def test_a_page_gets_each_security_header_once_in_order(app):
    """The usual response (a view's page holding none of the security headers) gets the five
    written in one step: each once, in the order the defaults were added one by one."""
    security = ["Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Cache-Control"]

    @app.get("/plain-page")
    def plain_page():
        return "page", {"X-Own": "1"}

    names = [name for name, _ in app.test_client().get("/plain-page").headers]
    assert names[:3] == ["X-Own", "Content-Type", "Content-Length"]
    assert [name for name in names if name in security] == security
