"""Error pages in the app's style, or a fragment for htmx requests; never a bare 500."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from flask import Flask, Response, current_app, make_response, render_template
from flask.globals import _cv_request
from flask_wtf.csrf import CSRFError
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import HTTPException, InternalServerError, MethodNotAllowed, RequestEntityTooLarge

from quizapp.extensions import db
from quizapp.htmx import add_vary, is_partial, render

MESSAGES = {
    400: ("Bad request", "The request was not understood. Nothing was changed."),
    403: ("Not allowed", "You do not have access to this. Nothing was changed."),
    404: ("Not found", "There is nothing here, or it is not yours to see."),
    405: ("Not allowed", "That action is not possible here."),
    409: ("Cannot change that now", "That conflicts with what has already happened. Nothing was changed."),
    413: ("Too large", "That request was too large."),
    422: ("Cannot use that", "Some of what you sent could not be used. Nothing was changed."),
    429: ("Too many requests", "Please wait a moment and try again."),
    500: ("Something went wrong", "An unexpected error happened on our side. Nothing was saved."),
}


# The layout's live region for errors of htmx requests (templates/layout.html).
ERROR_SLOT = "#error-slot"


def error_response(status: int, message: str | None = None) -> Response:
    """The error page in the app's layout, with ``status``; for an htmx request, the message alone.

    htmx 4 swaps 4xx and 5xx responses like any other, into whatever the request targeted: an
    error there would replace the form or list the user is working on (a 409 in the set
    builder would leave no list to add to). ``HX-Retarget``/``HX-Reswap`` send it to the
    layout's error slot instead, a ``role="alert"`` region, and the targeted region stays as
    it was, ready for the next try; app.js empties the slot when a later request succeeds.
    """
    title, default = MESSAGES.get(status, ("Error", "Something went wrong."))
    context = {"status": status, "title": title, "message": message or default}
    if not is_partial():
        return render("errors/page.html", "errors/_error.html", status, **context)
    response = add_vary(make_response(render_template("errors/_slot.html", **context), status))
    response.headers["HX-Retarget"] = ERROR_SLOT
    response.headers["HX-Reswap"] = "innerHTML"
    return response


# C0 control characters other than tab, newline and carriage return: no one types them, and
# PostgreSQL refuses NUL in text, so a form holding one would fail on save.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


F = TypeVar("F", bound=Callable[..., Any])


def handles_control_characters(view: F) -> F:
    """Mark a view that answers control characters in its form itself.

    The app-wide check refuses them with a bare 400 page; a view where a learner pastes text
    (a typed answer) re-renders its own form with a message instead, keeping what was typed.
    """
    view.handles_control_characters = True  # type: ignore[attr-defined]
    return view


def body_limit(max_bytes: int) -> Callable[[F], F]:
    """Give an upload view its own body limit instead of the app's MAX_CONTENT_LENGTH; the
    check above refuses a larger body with 413 before anything reads it."""

    def mark(view: F) -> F:
        view.max_body_bytes = max_bytes  # type: ignore[attr-defined]
        return view

    return mark


def has_control_characters(values: Iterable[str] | MultiDict[str, str]) -> bool:
    """True when any value (every value of a repeated form field, too) holds a control character."""
    if isinstance(values, MultiDict):
        values = (value for _, value in values.items(multi=True))
    return any(CONTROL_CHARACTERS.search(v) for v in values)


def without_control_characters(form: MultiDict[str, str]) -> MultiDict[str, str]:
    """The form as typed, less its control characters, to show it again."""
    return MultiDict([(key, CONTROL_CHARACTERS.sub("", value)) for key, value in form.items(multi=True)])


def refuse_control_characters() -> Response | None:
    # Every request passes here: an address without a query (most) is not parsed for one, and
    # only a POST has a form to look at (issue 15). The request through its context: each use
    # of the proxy is a lookup of its own.
    incoming = _cv_request.get().request
    if incoming.environ.get("QUERY_STRING") and has_control_characters(incoming.args):
        return error_response(400, "The address held control characters. Nothing was changed.")
    if incoming.method == "POST":
        view = current_app.view_functions.get(incoming.endpoint or "")
        if not getattr(view, "handles_control_characters", False) and has_control_characters(incoming.form):
            return error_response(400, "The form held control characters that cannot be stored. Nothing was changed.")
    return None


# Upload routes with a larger limit of their own: endpoint -> (bytes, the message past it).
UPLOAD_LIMITS: dict[str, tuple[int, str]] = {}


def refuse_large_bodies() -> Response | None:
    """413 for a body over MAX_CONTENT_LENGTH before anything reads it, whatever the route.

    Werkzeug refuses it too, but only when the form is read; a view that 404s first would
    otherwise answer a 5 MB post with a 404. An upload route in ``UPLOAD_LIMITS`` gets its own,
    larger limit (for the form's fields too) and its own message. A request without a body
    (no Content-Length, not chunked: every GET a browser sends) has nothing to refuse or limit.
    """
    incoming = _cv_request.get().request  # without the proxy's lookup at each use
    environ = incoming.environ
    if not environ.get("CONTENT_LENGTH") and "HTTP_TRANSFER_ENCODING" not in environ:
        return None
    view = current_app.view_functions.get(incoming.endpoint or "")
    if getattr(view, "max_body_bytes", None):
        incoming.max_content_length = view.max_body_bytes  # type: ignore[union-attr]
    upload = UPLOAD_LIMITS.get(incoming.endpoint or "")
    if upload is not None:
        incoming.max_content_length = incoming.max_form_memory_size = upload[0]
    limit = incoming.max_content_length
    if limit is not None and incoming.content_length is not None and incoming.content_length > limit:
        if upload is not None:
            return error_response(413, upload[1])
        raise RequestEntityTooLarge()
    return None


def register(app: Flask) -> None:
    app.before_request_funcs.setdefault(None, []).insert(0, refuse_large_bodies)
    app.before_request(refuse_control_characters)

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError) -> Response:
        return error_response(400, "The form had expired or was not sent from this site. Reload the page and try again.")

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response:
        code = exc.code or 500
        message = exc.description if isinstance(exc.description, str) and code in (400, 403, 422, 429) else None
        response = error_response(code, message if message and not message.startswith("The browser") else None)
        if isinstance(exc, MethodNotAllowed) and exc.valid_methods:
            response.headers["Allow"] = ", ".join(exc.valid_methods)
        return response

    @app.errorhandler(InternalServerError)
    def server_error(exc: InternalServerError) -> Response:
        # The one rollback outside a service: whatever the failed request left half done.
        db.session.rollback()
        return error_response(500)
