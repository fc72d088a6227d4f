"""Security headers on every response.

The Content-Security-Policy allows scripts from this site and the two files the layout loads
from a CDN (the exact URLs, by default jsDelivr's pinned htmx 4.0.1 and SortableJS 1.15.7, still
checked against their SRI hashes); no inline script or style and no ``eval``. SortableJS moves
and styles elements through the CSSOM (``element.style``), which CSP does not govern. htmx 4 needs none of them for what the
templates use: it evaluates JavaScript only for ``hx-on``, ``js:`` values and trigger filters,
which no template uses, and it adds its indicator styles as a constructed style sheet, which
CSP does not govern. A template that needs one of those needs the ``hx-csp`` extension first.

Pages are per user (the signed-in user's or the guest's answers): nothing is stored by the
browser or a shared cache, so Back after signing out shows nothing of the previous user.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, Response
from flask.globals import _cv_request
from werkzeug.datastructures import Headers


def script_source(url: str) -> str:
    """The CSP source expression for one script: its exact URL, or 'self' for a path on this site."""
    parts = urlsplit(url)
    if not parts.netloc:
        return "'self'"
    # A source expression with a path that does not end in "/" matches that file only.
    scheme = f"{parts.scheme}:" if parts.scheme else ""
    return f"{scheme}//{parts.netloc}{parts.path}".removeprefix("//")


def content_security_policy(htmx_url: str, *script_urls: str) -> str:
    """The policy for pages that load htmx from ``htmx_url`` and the other scripts in
    ``script_urls`` (SortableJS), each a full URL or a path on this site."""
    sources = ["'self'"]
    for url in (htmx_url, *script_urls):
        if (source := script_source(url)) not in sources:
            sources.append(source)
    directives = {
        "default-src": "'self'",
        "script-src": " ".join(sources),
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
    policy = content_security_policy(app.config["HTMX_URL"], app.config["SORTABLE_URL"], app.config["HTMX_SSE_URL"])
    # Made once per worker: the headers every response gets unless its view set its own.
    # Werkzeug's ``setdefault`` looks a header up twice and raises a KeyError for each missing
    # one (four a response, issue 15); one pass over the response's few headers says which are
    # there, and the missing ones are added in this order, as four ``setdefault`` calls did.
    fixed = (
        ("Content-Security-Policy", policy),
        ("X-Frame-Options", "DENY"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
    )
    fixed_names = tuple((name.lower(), name, value) for name, value in fixed)
    fixed_lower = frozenset(lower for lower, _, _ in fixed_names) | {"cache-control"}
    # What the usual response (a view's page, holding none of these headers) gets: the same
    # five headers in the same order as the steps below give it, written into the headers'
    # list in one step. Werkzeug's ``add`` and ``set`` check each name and value anew (five
    # times two Python calls a response, issue 15) for values checked once here.
    usual = [*fixed, ("Cache-Control", "no-store")]
    Headers().extend(usual)  # the same checks Werkzeug makes, once

    @app.after_request
    def add_security_headers(response: Response) -> Response:
        headers = response.headers
        present = {name.lower() for name, _ in headers}
        # The request's endpoint through its context (the proxy is a lookup of its own).
        rule = _cv_request.get().request.url_rule
        static = rule is not None and rule.endpoint == "static"
        if not static and present.isdisjoint(fixed_lower) and type(headers).add is Headers.add:  # adds as Werkzeug's does
            headers._list.extend(usual)
            return response
        for lower, name, value in fixed_names:
            if lower not in present:
                headers.add(name, value)
        if not static:
            # Static files are the same for everyone and may be cached; everything else is not.
            headers["Cache-Control"] = "no-store"
        return response
