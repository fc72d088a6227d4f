"""One place decides whether a request wants a whole page or only a region of it."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from flask import Response, current_app, has_request_context, render_template, request
from flask.globals import _cv_request
from jinja2 import Template, nodes
from markupsafe import Markup
from werkzeug.datastructures import Headers


# Where ``is_partial`` keeps its answer for the rest of the request (in the WSGI environ).
_PARTIAL_KEY = "quizapp.is_partial"


def is_partial() -> bool:
    """True for an htmx request that will swap a region of the page.

    htmx 4 sends ``HX-Request-Type: full`` when it targets the body or uses ``hx-select``,
    and history restores want the whole page too: those get the full template. Worked out
    once per request: a view, ``render`` and ``add_vary`` each ask (issue 15).
    """
    context = _cv_request.get(None)
    environ = context.request.environ if context is not None else request.environ  # (the proxy's error outside a request)
    answer = environ.get(_PARTIAL_KEY)
    if answer is None:
        answer = environ[_PARTIAL_KEY] = _wants_partial(environ)
    return answer


def _wants_partial(environ: dict[str, Any]) -> bool:
    # The request headers as the WSGI environ holds them (``HTTP_`` and the name upper-cased,
    # "-" as "_"), where ``request.headers`` finds them: each of its lookups upper-cases the
    # name, and a missing header costs it an HTTP exception raised and caught (one or two a
    # request, issue 15).
    if environ.get("HTTP_HX_REQUEST") != "true":
        return False
    if environ.get("HTTP_HX_HISTORY_RESTORE_REQUEST") == "true":
        return False
    return environ.get("HTTP_HX_REQUEST_TYPE", "partial") != "full"


def render(page: str, partial: str, code: int = 200, **context: Any) -> Response:
    """Render ``page`` for a normal request and ``partial`` alone for an htmx swap.

    The page template includes the partial, so both paths share one markup. A partial that
    answers a GET (a navigation, which may push its URL: ``hx-push-url``) ends with the page's
    ``<title>``: htmx 4 takes a ``<title>`` out of any response it swaps and makes it the
    document's title, so the tab and the history entry name the page the address now shows.
    """
    # The app's response class made directly: Flask's ``make_response`` would only unpack the
    # (body, status) pair it is handed and make the same response (issue 15).
    if not is_partial():
        return add_vary(current_app.response_class(render_template(page, **context), code))
    body = render_template(partial, **context)
    if request.method == "GET":
        body += f"\n<title>{page_title(page, context)}</title>"
    return add_vary(current_app.response_class(body, code))


def page_title(page: str, context: dict[str, Any]) -> Markup:
    """The ``<title>`` text of ``page`` rendered with ``context``, as layout.html writes it:
    the page's ``title`` block, then " · Quizapp" (tests/test_errors.py checks they agree)."""
    env = current_app.jinja_env
    template = env.get_template(page)
    block = template.blocks.get("title")
    if block is None:
        return Markup("Quizapp · Quizapp")
    variables = dict(context)
    if not _title_names(template) <= variables.keys():
        # The title reads a name only the context processors give (the page's own variables
        # are enough for nearly every title: running every processor again cost ~34 µs).
        current_app.update_template_context(variables)
    text = "".join(block(template.new_context(variables))).strip()
    return Markup(text) + " · Quizapp"


@lru_cache(maxsize=256)
def _title_names(template: Template) -> frozenset[str]:
    """The names the ``title`` block of ``template`` reads, from its source (once per template
    object: a template reloaded in debug mode is a new one). Unknown for a template with no
    source to read: every name counts as missing, so the context processors run."""
    env = template.environment
    if env.loader is None or template.name is None:
        return frozenset({"\x00unknown"})
    source = env.loader.get_source(env, template.name)[0]
    for block in env.parse(source).find_all(nodes.Block):
        if block.name == "title":
            return frozenset(name.name for name in block.find_all(nodes.Name) if name.ctx == "load")
    return frozenset({"\x00unknown"})


# The Vary header of a response that had none, as ``response.vary`` writes these two names.
_HTMX_VARY = ("HX-Request", "HX-Request-Type")
_HTMX_VARY_HEADER = ", ".join(_HTMX_VARY)


def add_vary(response: Response) -> Response:
    """Say that the response depends on the htmx request headers (a cache must not serve a
    partial for a page). ``response.vary`` parses the header at each use and writes it back at
    each change (twice each for two names, issue 15); a response without one, as a view's
    nearly always is, gets the same header text at once, appended to its header list as
    Werkzeug's ``set`` appends a new header, without its lookup and checks of a constant."""
    headers = response.headers
    if "Vary" in headers:
        response.vary.update(_HTMX_VARY)
    elif type(headers).add is Headers.add:  # a list of pairs, as Werkzeug's own
        headers._list.append(("Vary", _HTMX_VARY_HEADER))
    else:
        headers["Vary"] = _HTMX_VARY_HEADER
    return response


# The layout's pieces that are the same on every page of a mount point (quiz/fragments.py
# keeps the question card's own): drawn from the macros of this template, once per worker.
LAYOUT_PIECES_TEMPLATE = "_macros/layout.html"
LAYOUT_PIECES_KEPT = 256
_layout_pieces: dict[tuple[Any, ...], Markup] = {}


def layout_piece(name: str, *args: str) -> Markup:
    """The HTML of the macro ``name`` of ``_macros/layout.html`` called with ``args``, drawn
    once per worker for each mount point and kept.

    Every page draws the layout's links (its stylesheets, scripts and the site's menu): about a
    dozen ``url_for`` calls, each a Jinja call and an escape, a third of the question page's
    template (issue 15), for HTML that depends only on the app's settings (``args``, the
    context processors' values) and where the app is mounted. Keyed by the template object
    (per app, and new when a template is reloaded in debug mode), the mount point, the macro
    and its arguments; bounded, though an app has one or two mount points. Outside a request
    it is drawn each time (no mount point to key by)."""
    template = current_app.jinja_env.get_template(LAYOUT_PIECES_TEMPLATE)
    if not has_request_context():
        return Markup(getattr(template.module, name)(*args))
    key = (template, request.script_root, name, args)
    piece = _layout_pieces.get(key)
    if piece is None:
        piece = Markup(getattr(template.module, name)(*args))
        if len(_layout_pieces) >= LAYOUT_PIECES_KEPT:
            _layout_pieces.clear()
        _layout_pieces[key] = piece
    return piece
