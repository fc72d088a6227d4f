"""One place decides whether a request wants a whole page or only a region of it."""
from __future__ import annotations

from typing import Any

from flask import Response, make_response, render_template, request


def is_partial() -> bool:
    """True for an htmx request that will swap a region of the page.

    htmx 4 sends ``HX-Request-Type: full`` when it targets the body or uses ``hx-select``,
    and history restores want the whole page too: those get the full template.
    """
    if request.headers.get("HX-Request") != "true":
        return False
    if request.headers.get("HX-History-Restore-Request") == "true":
        return False
    return request.headers.get("HX-Request-Type", "partial") != "full"


def render(page: str, partial: str, code: int = 200, **context: Any) -> Response:
    """Render ``page`` for a normal request and ``partial`` alone for an htmx swap.

    The page template includes the partial, so both paths share one markup.
    """
    template = partial if is_partial() else page
    response = make_response(render_template(template, **context), code)
    add_vary(response)
    return response


def add_vary(response: Response) -> Response:
    response.vary.add("HX-Request")
    response.vary.add("HX-Request-Type")
    return response
