"""Flask-Login's session protection, its identifier kept per client (issue 15): it must be
the very hash Flask-Login makes, or every kept session would look stolen (or none would)."""
from __future__ import annotations

import pytest
from flask_login.utils import _create_identifier

from quizapp.extensions import kept_session_identifier, login_manager

CLIENTS = [
    {},
    {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"},
    {"User-Agent": "Navegador ñandú ✓"},
    {"X-Forwarded-For": "203.0.113.7, 10.0.0.1", "User-Agent": "curl/8.0"},
    {"X-Forwarded-For": " 198.51.100.2 "},
]


@pytest.mark.parametrize("headers", CLIENTS)
@pytest.mark.parametrize("address", ["127.0.0.1", "2001:db8::1", None])
def test_the_kept_identifier_is_flask_logins_own(app, headers, address):
    environ = {"REMOTE_ADDR": address} if address is not None else {}
    for _ in range(2):  # made, then kept
        with app.test_request_context(headers=headers, environ_base=environ):
            assert kept_session_identifier() == _create_identifier()
    assert login_manager._session_identifier_generator is kept_session_identifier


def test_clients_differing_in_address_or_browser_get_different_identifiers(app):
    seen = set()
    for address in ("127.0.0.1", "127.0.0.2"):
        for agent in ("a", "b"):
            with app.test_request_context(headers={"User-Agent": agent}, environ_base={"REMOTE_ADDR": address}):
                seen.add(kept_session_identifier())
    assert len(seen) == 4
