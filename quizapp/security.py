"""Security headers on every response.

The Content-Security-Policy allows scripts from this site and the one htmx file the layout
loads (the exact URL, by default jsDelivr's pinned htmx 4.0.1, still checked against its SRI
hash); no inline script or style and no ``eval``. htmx 4 needs none of them for what the
templates use: it evaluates JavaScript only for ``hx-on``, ``js:`` values and trigger filters,
which no template uses, and it adds its indicator styles as a constructed style sheet, which
CSP does not govern. A template that needs one of those needs the ``hx-csp`` extension first.

Pages are per user (the signed-in user's or the guest's answers): nothing is stored by the
browser or a shared cache, so Back after signing out shows nothing of the previous user.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, Response, request


def content_security_policy(htmx_url: str) -> str:
    """The policy for pages that load htmx from ``htmx_url`` (a full URL or a path on this site)."""
    parts = urlsplit(htmx_url)
    # A source expression with a path that does not end in "/" matches that file only.
    scheme = f"{parts.scheme}:" if parts.scheme else ""
    htmx_source = f"{scheme}//{parts.netloc}{parts.path}".removeprefix("//") if parts.netloc else "'self'"
    directives = {
        "default-src": "'self'",
        "script-src": f"'self' {htmx_source}" if htmx_source != "'self'" else "'self'",
        "style-src": "'self'",
        "img-src": "'self' data:",
        "connect-src": "'self'",
        "font-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": "'none'",
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def register(app: Flask) -> None:
    policy = content_security_policy(app.config["HTMX_URL"])

    @app.after_request
    def add_security_headers(response: Response) -> Response:
        headers = response.headers
        headers.setdefault("Content-Security-Policy", policy)
        headers.setdefault("X-Frame-Options", "DENY")
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("Referrer-Policy", "same-origin")
        if request.endpoint != "static":
            # Static files are the same for everyone and may be cached; everything else is not.
            headers["Cache-Control"] = "no-store"
        return response
