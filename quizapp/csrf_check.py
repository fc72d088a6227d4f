"""Flask-WTF's CSRF check, with each token's signature verified once per worker (issue 15).

Every POST (an answer, a card rating, every form) pays Flask-WTF's ``validate_csrf``: it builds
a ``URLSafeTimedSerializer``, derives its key with one HMAC, checks the token's signature with
another, decodes the timestamp and the JSON payload, and only then compares the payload with
the session's raw token. A session posts the same signed token again and again (the page hands
out one token per session, ``kept_csrf_token``), and whether a token's signature is good under a
secret never changes; so a token whose signature was found good is kept, keyed by the secret and
the token itself, with the payload and signing time the signature vouches for. Everything that
can change from one request to the next is still checked on every request, in Flask-WTF's order
and with its messages: the token is there, the session has its token, the token's age is within
``WTF_CSRF_TIME_LIMIT`` (measured now, as itsdangerous does), the token matches THIS session's
(``hmac.compare_digest``), the referrer under HTTPS. A token never found good is never kept: a
forged, altered, truncated or foreign-keyed token is checked afresh and refused each time.

The hook is Flask-WTF's ``csrf_protect`` step by step (enabled, checked by default, exemptions,
methods, then ``CSRFProtect.protect``) using the extension's own exemption list, token lookup and
error, so ``@csrf.exempt`` and the ``CSRFError`` page (400, in the app's style, or a fragment for
htmx) stay as they are.
"""
from __future__ import annotations

import hmac
import logging
import time
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from flask import Flask, current_app
from flask import session as flask_session
from flask.globals import _cv_app, _cv_request
from flask_wtf.csrf import CSRFProtect, same_origin
from itsdangerous import BadData, URLSafeTimedSerializer
from wtforms import ValidationError

# Flask-WTF's own logger, so a refused token is logged exactly where it was before.
logger = logging.getLogger("flask_wtf.csrf")

# Flask-WTF signs its tokens with this salt (``generate_csrf``/``validate_csrf``).
CSRF_SALT = "wtf-csrf-token"

# Tokens whose signature was found good, kept per worker: about one per session posting lately.
VERIFIED_TOKENS_KEPT = 4096


def _signature_checked(secret_key: Any, signed_token: str) -> tuple[Any, int]:
    """The payload and signing time (seconds since the epoch) of a token whose signature is good
    under ``secret_key``, with no age limit; raises itsdangerous's ``BadData`` otherwise."""
    payload, signed_at = URLSafeTimedSerializer(secret_key, salt=CSRF_SALT).loads(signed_token, return_timestamp=True)
    return payload, int(signed_at.timestamp())


# A raised error is never kept by lru_cache: only tokens found good are.
_kept_signature_checked = lru_cache(maxsize=VERIFIED_TOKENS_KEPT)(_signature_checked)


def verified_payload(secret_key: Any, signed_token: Any) -> tuple[Any, int]:
    """``_signature_checked``, answered from the tokens already found good when it can be: a
    string token under a string (or bytes) secret; a list of secrets (itsdangerous's key
    rotation) or any other type is checked afresh."""
    if isinstance(signed_token, str) and isinstance(secret_key, (str, bytes)):
        return _kept_signature_checked(secret_key, signed_token)
    return _signature_checked(secret_key, signed_token)


def validate_csrf(data: Any) -> None:
    """Flask-WTF's ``validate_csrf(data)`` with the app's settings, the signature check kept.

    Same settings and defaults (``WTF_CSRF_SECRET_KEY`` else the app's secret key,
    ``WTF_CSRF_FIELD_NAME``, ``WTF_CSRF_TIME_LIMIT`` else 3600 s), same checks in the same
    order, same ``ValidationError`` messages.
    """
    # The app and the session through their contexts: each use of Flask's proxies is a lookup
    # of its own (issue 15). Outside a request, the proxies' own error.
    app_context = _cv_app.get(None)
    app = app_context.app if app_context is not None else current_app._get_current_object()  # type: ignore[attr-defined]
    request_context = _cv_request.get(None)
    session = request_context.session if request_context is not None else flask_session
    config = app.config
    secret_key = config.get("WTF_CSRF_SECRET_KEY", app.secret_key)
    if secret_key is None:
        raise RuntimeError("A secret key is required to use CSRF.")
    field_name = config.get("WTF_CSRF_FIELD_NAME", "csrf_token")
    if field_name is None:
        raise RuntimeError("A field name is required to use CSRF.")
    time_limit = config.get("WTF_CSRF_TIME_LIMIT", 3600)

    if not data:
        raise ValidationError("The CSRF token is missing.")
    if field_name not in session:
        raise ValidationError("The CSRF session token is missing.")
    try:
        token, signed_at = verified_payload(secret_key, data)
    except BadData as exc:
        raise ValidationError("The CSRF token is invalid.") from exc
    if time_limit is not None:
        # itsdangerous's own rule: whole seconds now, older than the limit or from the future.
        age = int(time.time()) - signed_at
        if age > time_limit or age < 0:
            raise ValidationError("The CSRF token has expired.")
    if not hmac.compare_digest(session[field_name], token):
        raise ValidationError("The CSRF tokens do not match.")


def kept_csrf_protect(app: Flask, csrf: CSRFProtect) -> Callable[[], None]:
    """A ``before_request`` hook doing what Flask-WTF's ``csrf_protect`` does for ``app``, with
    ``validate_csrf`` above. The extension's exemption lookup, token lookup (form field, prefixed
    field, ``X-CSRFToken`` header) and error are its own, looked up here so that a Flask-WTF
    without them stops the app at start rather than letting a POST through."""
    config = app.config
    is_exempt: Callable[[], bool] = csrf._is_exempt
    submitted_token: Callable[[], str | None] = csrf._get_csrf_token
    refuse: Callable[[str], None] = csrf._error_response

    def csrf_protect() -> None:
        if not config["WTF_CSRF_ENABLED"] or not config["WTF_CSRF_CHECK_DEFAULT"]:
            return
        # The request and g through their contexts (a hook runs in a request): each use of
        # Flask's proxies is a lookup of its own (issue 15).
        request = _cv_request.get().request
        if not request.endpoint or is_exempt():
            return
        if request.method not in config["WTF_CSRF_METHODS"]:
            return
        try:
            validate_csrf(submitted_token())
        except ValidationError as exc:
            logger.info(exc.args[0])
            refuse(exc.args[0])
        if request.is_secure and config["WTF_CSRF_SSL_STRICT"]:
            if not request.referrer:
                refuse("The referrer header is missing.")
            if not same_origin(request.referrer, f"https://{request.host}/"):
                refuse("The referrer does not match the host.")
        _cv_app.get().g.csrf_valid = True  # as Flask-WTF marks it: forms validated later skip the check

    return csrf_protect
