"""Quizapp: quizzes and flashcards derived from a source document."""
from __future__ import annotations

import json
import os
import secrets
import sys
import time
import weakref
from collections.abc import Callable
from functools import lru_cache
from inspect import CO_COROUTINE, iscoroutinefunction
from itertools import chain
from pathlib import Path
from types import FunctionType
from typing import Any

import click
from flask import Flask, Request, Response, has_request_context, request
from flask.ctx import AppContext, _sentinel
from flask.globals import _cv_app, _cv_request
from flask.signals import (
    appcontext_popped,
    appcontext_pushed,
    appcontext_tearing_down,
    request_finished,
    request_started,
    request_tearing_down,
)
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface, SessionMixin
from flask.templating import Environment
from flask_wtf.csrf import generate_csrf
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import event
from sqlalchemy.engine import Engine
from werkzeug.datastructures import Headers
from werkzeug.routing import Map, MapAdapter
from werkzeug.sansio.http import parse_cookie
from werkzeug.wsgi import get_host

from quizapp.config import (  # noqa: F401 (re-exported)
    DEFAULTS,
    HTMX_INTEGRITY,
    HTMX_URL,
    HTMX_VERSION,
    MAX_REQUEST_BYTES,
    SORTABLE_INTEGRITY,
    SORTABLE_URL,
    SORTABLE_VERSION,
)
from quizapp.csrf_check import kept_csrf_protect
from quizapp.extensions import csrf, db, login_manager, migrate

PROJECT_DIR = Path(__file__).resolve().parent.parent

# Settings read from the environment as plain strings, never parsed as JSON.
STRING_SETTINGS = ("BANK_DIR", "HTMX_URL", "HTMX_INTEGRITY", "SORTABLE_URL", "SORTABLE_INTEGRITY", "HTMX_SSE_URL", "HTMX_SSE_INTEGRITY", "SECRET_KEY", "INSTANCE_DIR")


class TemplateGlobals(dict[str, Any]):
    """A template's globals: its own over the environment's, as one plain dict kept current.

    Jinja keeps them in a ``ChainMap`` (its own over the environment's), so that globals added
    to the environment later are seen; but it copies them into a dict for every context it
    makes (``dict(globals, **vars)``, ``set(globals)``: every page render, every macro import
    that needs its own module), and a ChainMap answers each of its ~25 names through Python
    code, about 40 µs a copy here (issue 15). A dict is copied in C. It stays the environment's
    view all the same: ``EnvironmentGlobals`` tells every template's globals when it changes,
    and a template's own globals (written through this object) stay over it. Names are looked
    up as before, so what a template sees does not change.
    """

    def __init__(self, own: dict[str, Any], environment_globals: EnvironmentGlobals) -> None:
        super().__init__()
        self._own = own
        self._environment_globals = environment_globals
        environment_globals.watch(self)
        self.refresh()

    def refresh(self) -> None:
        """Take the environment's globals again, the template's own over them."""
        dict.clear(self)
        dict.update(self, self._environment_globals)
        dict.update(self, self._own)

    # Writes are the template's own: kept apart, so that they stay over the environment's.
    def __setitem__(self, key: str, value: Any) -> None:
        self._own[key] = value
        self.refresh()

    def __delitem__(self, key: str) -> None:
        del self._own[key]
        self.refresh()

    def update(self, *args: Any, **kwargs: Any) -> None:
        self._own.update(*args, **kwargs)
        self.refresh()

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]

    def pop(self, key: str, *default: Any) -> Any:
        value = self._own.pop(key, *default)
        self.refresh()
        return value

    def popitem(self) -> tuple[str, Any]:
        item = self._own.popitem()
        self.refresh()
        return item

    def clear(self) -> None:
        self._own.clear()
        self.refresh()

    def __ior__(self, other: Any) -> TemplateGlobals:  # type: ignore[override,misc]
        self.update(other)
        return self


class EnvironmentGlobals(dict[str, Any]):
    """The environment's globals, which tell every template's globals (``TemplateGlobals``)
    when they change: a global added or replaced after a template was loaded is seen by it,
    as with Jinja's ChainMap. Changes are rare (the app adds its globals at start)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # By identity (a dict is unhashable); an entry goes when its template's globals do.
        self._watchers: weakref.WeakValueDictionary[int, TemplateGlobals] = weakref.WeakValueDictionary()

    def watch(self, template_globals: TemplateGlobals) -> None:
        self._watchers[id(template_globals)] = template_globals

    def _changed(self) -> None:
        for watcher in list(self._watchers.values()):
            watcher.refresh()

    def __setitem__(self, key: str, value: Any) -> None:
        super().__setitem__(key, value)
        self._changed()

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        self._changed()

    def update(self, *args: Any, **kwargs: Any) -> None:
        super().update(*args, **kwargs)
        self._changed()

    def setdefault(self, key: str, default: Any = None) -> Any:
        value = super().setdefault(key, default)
        self._changed()
        return value

    def pop(self, key: str, *default: Any) -> Any:
        value = super().pop(key, *default)
        self._changed()
        return value

    def popitem(self) -> tuple[str, Any]:
        item = super().popitem()
        self._changed()
        return item

    def clear(self) -> None:
        super().clear()
        self._changed()

    def __ior__(self, other: Any) -> EnvironmentGlobals:  # type: ignore[override,misc]
        self.update(other)
        return self


# Loaded templates found by name without Jinja's LRU cache (the app has about 150).
TEMPLATES_KEPT = 1024


class QuizappEnvironment(Environment):
    """Flask's Jinja environment whose templates keep their globals in ``TemplateGlobals``,
    and whose loaded templates are found through a plain dict when they are not reloaded.

    Jinja keeps loaded templates in an ``LRUCache``, which, at each lookup, takes a lock and
    moves the name to the front of a deque (``deque.remove``: a scan of the whole deque), for
    each ``get_template``: a page, its layout and its partials and macro files, about six a
    render (issue 15). With ``auto_reload`` off (production: Flask turns it on only in debug
    mode or with ``TEMPLATES_AUTO_RELOAD``) a loaded template is never replaced, so the
    template Jinja's cache gave is kept in ``_loaded`` by name, for the same loader; with
    ``auto_reload`` on, with no cache (``cache_size=0``) or with globals to add, Jinja's own path
    is taken, as before. Bounded (``TEMPLATES_KEPT``), though the names are the app's own templates.
    """

    def __init__(self, app: Any, **options: Any) -> None:
        super().__init__(app, **options)
        self.globals = EnvironmentGlobals(self.globals)
        self._loaded: dict[str, tuple[Any, Any]] = {}

    def _load_template(self, name: str, globals: Any) -> Any:
        if self.auto_reload or globals or self.cache is None:
            return super()._load_template(name, globals)
        loaded = self._loaded.get(name)
        if loaded is not None and loaded[0] is self.loader:
            return loaded[1]
        template = super()._load_template(name, globals)
        if len(self._loaded) >= TEMPLATES_KEPT:
            self._loaded.clear()
        self._loaded[name] = (self.loader, template)
        return template

    def make_globals(self, d: Any) -> TemplateGlobals:
        assert isinstance(self.globals, EnvironmentGlobals)
        # ``d`` itself, as Jinja's ChainMap keeps it: the template's own globals.
        return TemplateGlobals(d if d is not None else {}, self.globals)


class ResponseHeaders(Headers):
    """Werkzeug's ``Headers``, answering "is this header there?" and ``get`` for a missing name
    without an exception.

    Werkzeug looks a name up by raising and catching a ``BadRequestKeyError`` when it is
    missing: an HTTP exception object made each time, for a question whether a response has a
    header yet (its Content-Type when it is made, the Vary that ``htmx.add_vary`` sets: about
    six a page, each costing more than the rest of the lookup, issue 15). The same scan of the
    headers, case-insensitive, answers here with False or the default; a ``type`` conversion
    and every other lookup are Werkzeug's own.
    """

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return super().__contains__(key)  # type: ignore[operator]
        lowered = key.lower()
        for name, _ in self._list:  # noqa: SIM110 (a loop: no generator made for each lookup)
            if name.lower() == lowered:
                return True
        return False

    def get(self, key: Any, default: Any = None, type: Any = None) -> Any:  # type: ignore[override]  # Werkzeug's overloads, one body
        if type is not None or not isinstance(key, str):
            return super().get(key, default, type)
        lowered = key.lower()
        for name, value in self._list:
            if name.lower() == lowered:
                return value
        return default


# The headers whose presence makes Werkzeug's ``get_wsgi_headers`` change a response's headers.
_HEADERS_WERKZEUG_FIXES = frozenset({"location", "content-location"})


class QuizappResponse(Response):
    """Flask's response, whose headers go to the server as they are when Werkzeug would only
    copy them.

    ``get_wsgi_headers`` copies every response's headers into a new ``Headers`` (each header
    checked again, about a tenth of a question page's response handling, issue 15), then
    changes the copy only for a Location or Content-Location header, a status without a body
    (1xx, 204, 304) or a missing Content-Length. A response with none of those gets the very
    headers the copy would have held: they are handed on uncopied (the server's list is made
    from them, ``to_wsgi_list``, as before). Any other response goes Werkzeug's way.

    Its headers are ``ResponseHeaders``: a header that is not there is found missing without
    an exception.
    """

    def __init__(self, response: Any = None, status: Any = None, headers: Any = None, *args: Any, **kwargs: Any) -> None:
        if not isinstance(headers, Headers):
            headers = ResponseHeaders(headers)
        super().__init__(response, status, headers, *args, **kwargs)

    def get_wsgi_headers(self, environ: dict[str, Any]) -> Headers:
        headers = self.headers
        status = self.status_code
        if 200 <= status and status != 204 and status != 304:
            has_length = False
            for key, _ in headers:
                lower = key.lower()
                if lower in _HEADERS_WERKZEUG_FIXES:
                    return super().get_wsgi_headers(environ)
                if lower == "content-length":
                    has_length = True
            if has_length:
                return headers
        return super().get_wsgi_headers(environ)


class QuizappRequest(Request):
    """Flask's request, reading its body limits (and, loading a form, whether the app is in debug
    mode) from the app context it runs in.

    Reading a POST's form asks ``max_content_length``, ``max_form_memory_size`` and
    ``max_form_parts`` about ten times (the body-size hook, Werkzeug's form parser); Flask's
    request answers each through two uses of the ``current_app`` proxy (``not current_app``,
    then its config), about a third of the answer POST's proxy lookups (issue 15). The app of
    the current app context is what that proxy finds: its config is read directly, a limit set
    on the request itself still comes first, and outside an app context Flask's own answer."""

    @property
    def max_content_length(self) -> int | None:
        if self._max_content_length is not None:
            return self._max_content_length
        context = _cv_app.get(None)
        if context is None:
            return super().max_content_length
        return context.app.config["MAX_CONTENT_LENGTH"]

    @max_content_length.setter
    def max_content_length(self, value: int | None) -> None:
        self._max_content_length = value

    @property
    def max_form_memory_size(self) -> int | None:
        if self._max_form_memory_size is not None:
            return self._max_form_memory_size
        context = _cv_app.get(None)
        if context is None:
            return super().max_form_memory_size
        return context.app.config["MAX_FORM_MEMORY_SIZE"]

    @max_form_memory_size.setter
    def max_form_memory_size(self, value: int | None) -> None:
        self._max_form_memory_size = value

    @property  # type: ignore[override]
    def max_form_parts(self) -> int | None:
        if self._max_form_parts is not None:
            return self._max_form_parts
        context = _cv_app.get(None)
        if context is None:
            return super().max_form_parts
        return context.app.config["MAX_FORM_PARTS"]

    @max_form_parts.setter
    def max_form_parts(self, value: int | None) -> None:
        self._max_form_parts = value

    def _load_form_data(self) -> None:
        # Flask's own, its debug-mode check (two more uses of current_app) read from the context.
        super(Request, self)._load_form_data()
        context = _cv_app.get(None)
        if context is not None and context.app.debug and self.mimetype != "multipart/form-data" and not self.files:
            from flask.debughelpers import attach_enctype_error_multidict

            attach_enctype_error_multidict(self)


class QuizappAppContext(AppContext):
    """Flask's app context, sending ``appcontext_pushed`` and ``appcontext_popped`` only when
    something listens (see ``Quizapp``); pushed and popped otherwise exactly as Flask does."""

    def push(self) -> None:
        self._cv_tokens.append(_cv_app.set(self))
        if appcontext_pushed.receivers:
            appcontext_pushed.send(self.app, _async_wrapper=self.app.ensure_sync)

    def pop(self, exc: BaseException | None = _sentinel) -> None:  # type: ignore[assignment]
        try:
            if len(self._cv_tokens) == 1:
                if exc is _sentinel:
                    exc = sys.exc_info()[1]
                self.app.do_teardown_appcontext(exc)
        finally:
            ctx = _cv_app.get()
            _cv_app.reset(self._cv_tokens.pop())
        if ctx is not self:
            raise AssertionError(f"Popped wrong app context. ({ctx!r} instead of {self!r})")
        if appcontext_popped.receivers:
            appcontext_popped.send(self.app, _async_wrapper=self.app.ensure_sync)


class Quizapp(Flask):
    """The Flask app class with the Jinja environment above, and ``ensure_sync`` answered once
    per function: Flask asks it of every hook and view of every request, and
    ``inspect.iscoroutinefunction`` costs about 2 µs a call here (issue 15); whether a function
    is a coroutine function never changes, so the answer is kept for each plain function.

    Kept weakly, in this app: a function that goes (a closure made for one request, as
    ``copy_current_request_context`` makes) takes its entry with it, and so does a bound method
    (a new object at each attribute lookup, so asked afresh each time). A coroutine function is
    wrapped by Flask each time, as before; a callable that cannot be weakly referenced or hashed
    is asked each time. A plain ``def`` function is answered from its code object before any of
    that, with no lookup at all.
    """

    jinja_environment = QuizappEnvironment
    request_class = QuizappRequest
    response_class = QuizappResponse

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._plain_functions: weakref.WeakKeyDictionary[Callable[..., Any], bool] = weakref.WeakKeyDictionary()

    def ensure_sync(self, func: Callable[..., Any]) -> Callable[..., Any]:
        # A plain function (every hook and view here) answers from its code's flags, as
        # ``inspect.iscoroutinefunction`` does for it, and from the mark Python 3.12's
        # ``inspect.markcoroutinefunction`` sets: no weak reference made to look it up (about
        # eight a request, issue 15).
        if (
            type(func) is FunctionType
            and not func.__code__.co_flags & CO_COROUTINE
            and "_is_coroutine_marker" not in func.__dict__
        ):
            return func
        if self._plain_functions.get(func):
            return func
        if iscoroutinefunction(func):
            return super().ensure_sync(func)
        try:
            self._plain_functions[func] = True
        except TypeError:  # not weakly referenceable (a builtin) or not hashable
            pass
        return func

    # Flask sends six signals a request (request started and finished, the request's and the
    # app context's teardown, the app context pushed and popped), each a call, a generator of
    # receivers and a list of answers (issue 15), though nothing here listens to them. The
    # methods below are Flask's own, sending each only when something is connected
    # (blinker's ``receivers``, as for Flask-Login's ``user_accessed`` in extensions.py); a
    # receiver connected later is reached as before.

    def app_context(self) -> AppContext:
        return QuizappAppContext(self)

    def create_url_adapter(self, request: Request | None) -> MapAdapter | None:
        """Flask's URL adapter for a request, with the request's host and the adapter's server
        name kept per worker for the Host header and server address they come from.

        Flask finds the request's host (``get_host``: the Host header checked character by
        character), then Werkzeug's ``bind_to_environ`` finds it again, and ``bind`` lower-cases
        it and encodes it to IDNA: about a tenth of building a request context (issue 15), for
        the same few hosts request after request. The same inputs give the same two names, so
        they are kept (``_request_host``); the adapter itself is made for each request, with
        its path, method and query as ``bind_to_environ`` reads them. Flask's own way wherever
        anything else could change the answer: no request (an app context), trusted hosts, a
        ``SERVER_NAME``, host or subdomain matching, a WebSocket upgrade, a URL map of another
        class, or a host that does not encode (Werkzeug's ``BadHost``, raised by its own code).
        """
        if (
            request is None
            or request.trusted_hosts is not None
            or type(self.url_map) is not Map
            or self.url_map.host_matching
            or self.subdomain_matching
            or self.config["TRUSTED_HOSTS"] is not None
            or self.config["SERVER_NAME"] is not None
        ):
            return super().create_url_adapter(request)
        environ = request.environ
        scheme = environ["wsgi.url_scheme"]
        connection = environ.get("HTTP_CONNECTION")
        if connection and "upgrade" in connection.lower():
            return super().create_url_adapter(request)
        names = _request_host(scheme, environ.get("HTTP_HOST"), environ.get("SERVER_NAME"), environ.get("SERVER_PORT"))
        if names is None:
            return super().create_url_adapter(request)
        request.host, server_name = names  # as Flask sets it
        script_name = environ.get("SCRIPT_NAME")
        path_info = environ.get("PATH_INFO")
        query_args = environ.get("QUERY_STRING")
        return MapAdapter(
            self.url_map,
            server_name,
            "/" if script_name is None else _wsgi_text(script_name),
            self.url_map.default_subdomain or "",
            scheme,
            "/" if path_info is None else _wsgi_text(path_info),
            environ["REQUEST_METHOD"],
            None if query_args is None else _wsgi_text(query_args),
        )

    def full_dispatch_request(self) -> Response:
        self._got_first_request = True
        try:
            if request_started.receivers:
                request_started.send(self, _async_wrapper=self.ensure_sync)
            rv = self.preprocess_request()
            if rv is None:
                rv = self.dispatch_request()
        except Exception as e:
            rv = self.handle_user_exception(e)
        return self.finalize_request(rv)

    def finalize_request(self, rv: Any, from_error_handler: bool = False) -> Response:
        response = self.make_response(rv)
        try:
            response = self.process_response(response)
            if request_finished.receivers:
                request_finished.send(self, _async_wrapper=self.ensure_sync, response=response)
        except Exception:
            if not from_error_handler:
                raise
            self.logger.exception("Request finalizing failed with an error while handling an error")
        return response

    def do_teardown_request(self, exc: BaseException | None = _sentinel) -> None:  # type: ignore[assignment]
        if exc is _sentinel:
            exc = sys.exc_info()[1]
        # The request through its context (the proxy is a lookup of its own).
        for name in chain(_cv_request.get().request.blueprints, (None,)):
            if name in self.teardown_request_funcs:
                for func in reversed(self.teardown_request_funcs[name]):
                    self.ensure_sync(func)(exc)
        if request_tearing_down.receivers:
            request_tearing_down.send(self, _async_wrapper=self.ensure_sync, exc=exc)

    def do_teardown_appcontext(self, exc: BaseException | None = _sentinel) -> None:  # type: ignore[assignment]
        if exc is _sentinel:
            exc = sys.exc_info()[1]
        for func in reversed(self.teardown_appcontext_funcs):
            self.ensure_sync(func)(exc)
        if appcontext_tearing_down.receivers:
            appcontext_tearing_down.send(self, _async_wrapper=self.ensure_sync, exc=exc)


# Request hosts whose URL adapter names are kept per worker (a site answers to a few).
REQUEST_HOSTS_KEPT = 256


@lru_cache(maxsize=REQUEST_HOSTS_KEPT)
def _request_host(scheme: str, host_header: str | None, server_name: str | None, server_port: str | None) -> tuple[str, str] | None:
    """The request's host as Flask sets it and the server name Werkzeug's ``Map.bind`` gives its
    adapter, for these environ values; None where ``bind`` would refuse the host (``BadHost``)."""
    environ: dict[str, Any] = {"wsgi.url_scheme": scheme}
    for key, value in (("HTTP_HOST", host_header), ("SERVER_NAME", server_name), ("SERVER_PORT", server_port)):
        if value is not None:
            environ[key] = value
    host = get_host(environ)
    name, port_sep, port = host.lower().partition(":")
    try:
        name = name.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    return host, f"{name}{port_sep}{port}"


def _wsgi_text(value: str) -> str:
    """A WSGI environ string as Werkzeug's routing reads it (its ``_wsgi_decoding_dance``)."""
    return value.encode("latin1").decode(errors="replace")


# The URLs templates build, kept per worker: the question page built about 18 a render at
# 4–5 µs each (issue 15), most of them the same on every page (the layout's links).
TEMPLATE_URLS_KEPT = 4096


def template_url_for(app: Flask) -> Callable[..., str]:
    """``url_for`` for templates, keeping each URL by (the app's mount point, endpoint, values).

    In a request a relative URL depends on nothing else: this app has no subdomains, host
    matching or URL-default callbacks (``app.url_default_functions``; with one, nothing is
    kept). Not kept, and built as ``url_for`` builds it: an endpoint relative to the request's
    blueprint (".name"), any ``_external``, ``_scheme``, ``_anchor`` or ``_method``, values
    that are not hashable, and URLs built outside a request. Bounded: least recently used first.
    """

    @lru_cache(maxsize=TEMPLATE_URLS_KEPT)
    def kept(script_root: str, endpoint: str, items: tuple[tuple[str, Any], ...]) -> str:
        return app.url_for(endpoint, **dict(items))

    def url_for(endpoint: str, **values: Any) -> str:
        if (
            endpoint[:1] == "."
            or app.url_default_functions
            or not has_request_context()
            or any(name[:1] == "_" for name in values)
        ):
            return app.url_for(endpoint, **values)
        try:
            return kept(request.script_root, endpoint, tuple(values.items()))
        except TypeError:  # an unhashable value (a list): built each time
            return app.url_for(endpoint, **values)

    url_for.cache_info = kept.cache_info  # type: ignore[attr-defined]
    return url_for


# add_vary's Vary header (htmx.py), and the same with the session's "Cookie" after it.
_HTMX_VARY_HEADER = "HX-Request, HX-Request-Type"
_HTMX_VARY_COOKIE = "HX-Request, HX-Request-Type, Cookie"

# Session cookies whose verified contents are kept per worker (each a few hundred bytes).
SESSIONS_KEPT = 4096
# Cookie headers longer than this are parsed on each request rather than kept (a browser's
# headers here hold a session and a remember-me cookie: well under it).
COOKIE_HEADER_KEPT_CHARS = 2048
# What a kept session's values may be: values of these types cannot be changed in place, so a
# request's session built from them cannot alter what the next request with that cookie reads.
_IMMUTABLE_VALUES = (str, int, float, bool, type(None))


class KeptSerializerSessions(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, with the signing serializer made once per secret key
    rather than on every request (Flask makes one to open each session and one to save it),
    and a cookie's verified contents kept per worker.

    Every request opens its session: Flask derives the signing key, checks the signature,
    inflates and parses the cookie, about 6 % of an answer POST (issue 15), for a cookie that
    a browser sends unchanged request after request. The cookie is its own proof: the same
    bytes under the same keys verify the same way, so what they held is kept, keyed by the
    keys and the cookie, with the time it was signed; the age limit Flask checks
    (``PERMANENT_SESSION_LIFETIME``) is checked on every request as before. Only sessions of
    plain values (tokens, flags) are kept: one holding a list (flashed messages) is opened as
    Flask opens it, as the request may change the list in place. A forged or altered cookie
    never verifies, so it is never kept and opens an empty session, as before.

    Saving: a session nothing changed (and that Flask would not refresh) is not signed again;
    Flask's ``save_session`` already sets no cookie then, but reads seven settings first.
    """

    _kept: tuple[tuple[Any, ...], URLSafeTimedSerializer, Callable[[str], Any]] | None = None

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        kept = self._keep(app)
        return kept[1] if kept is not None else None

    def _keep(self, app: Flask) -> tuple[tuple[Any, ...], URLSafeTimedSerializer, Callable[[str], Any]] | None:
        """The serializer of the app's current keys, with the cookies it verified lately."""
        keys = (app.secret_key, tuple(app.config.get("SECRET_KEY_FALLBACKS") or ()))
        kept = self._kept
        if kept is not None and kept[0] == keys:
            return kept
        serializer = super().get_signing_serializer(app)
        if serializer is None:
            return None

        @lru_cache(maxsize=SESSIONS_KEPT)
        def verified(cookie: str) -> tuple[int, tuple[tuple[str, Any], ...]] | bool:
            """When the cookie was signed and what it holds; False when it does not verify, True
            when it does but holds more than plain values (opened afresh each time)."""
            try:
                data, signed_at = serializer.loads(cookie, return_timestamp=True)
            except BadSignature:
                return False
            if not isinstance(data, dict) or not all(isinstance(value, _IMMUTABLE_VALUES) for value in data.values()):
                return True
            return int(signed_at.timestamp()), tuple(data.items())

        self._kept = kept = (keys, serializer, verified)
        return kept

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        kept = self._keep(app)
        if kept is None:
            return None
        cookie = _named_cookie(request.environ.get("HTTP_COOKIE"), self.get_cookie_name(app))
        if not cookie:
            return self.session_class()
        found = kept[2](cookie)
        if found is True:
            return super().open_session(app, request)
        if found is False:
            return self.session_class()  # forged, altered or signed with another key
        signed_at, items = found
        if 0 <= int(time.time()) - signed_at <= int(app.permanent_session_lifetime.total_seconds()):
            return self.session_class(items)
        return self.session_class()  # expired (or signed in the future): as itsdangerous refuses it

    def save_session(self, app: Flask, session: SessionMixin, response: Response) -> None:
        if session.modified or (session.permanent and app.config["SESSION_REFRESH_EACH_REQUEST"]):
            super().save_session(app, session, response)
        elif session.accessed:
            # All Flask does for such a session: "Cookie" added to Vary. ``response.vary``
            # parses the header and writes it back (a tenth of a page's response handling,
            # issue 15); the two headers views give (none, or add_vary's) get the same text.
            headers = response.headers
            if type(headers).add is Headers.add and _vary_cookie_in_place(headers._list):
                return
            vary = headers.get("Vary")
            if vary is None:
                headers["Vary"] = "Cookie"
            elif vary == _HTMX_VARY_HEADER:
                headers["Vary"] = _HTMX_VARY_COOKIE
            else:
                response.vary.add("Cookie")


def _vary_cookie_in_place(entries: list[tuple[str, str]]) -> bool:
    """"Cookie" added to the Vary header of a header list as ``save_session`` adds it, in place,
    when the list holds one Vary header or none: none gets "Cookie" at the end, add_vary's gets
    the two together where it stands, as Werkzeug's ``set`` writes them (without its lookup and
    checks of constants, issue 15). False, with nothing changed, for any other Vary."""
    found = -1
    for index, (name, _) in enumerate(entries):
        if name.lower() == "vary":
            if found >= 0:
                return False  # two Vary headers: Werkzeug's way
            found = index
    if found < 0:
        entries.append(("Vary", "Cookie"))
        return True
    if entries[found][1] == _HTMX_VARY_HEADER:
        entries[found] = ("Vary", _HTMX_VARY_COOKIE)
        return True
    return False


def _named_cookie(header: str | None, name: str) -> str | None:
    """``request.cookies.get(name)`` of a request whose Cookie header is ``header``, found in
    the header itself and kept per header.

    Werkzeug's ``request.cookies`` finds the header by scanning every key of the WSGI environ
    (``EnvironHeaders.getlist``), then parses every cookie into a dict: about 30 µs, most of
    opening a kept session (issue 15), for a header a browser sends unchanged request after
    request. In WSGI the Cookie header is the one environ key ``HTTP_COOKIE``, which is what
    that scan finds; the same header parses the same way, so the value is kept per header
    (and name). A header too long to keep is parsed each time."""
    if not header:
        return None
    if len(header) > COOKIE_HEADER_KEPT_CHARS:
        return parse_cookie(header).get(name)
    return _kept_named_cookie(header, name)


@lru_cache(maxsize=SESSIONS_KEPT)
def _kept_named_cookie(header: str, name: str) -> str | None:
    return parse_cookie(header).get(name)


# Signed CSRF tokens kept per worker, one per session seen lately.
CSRF_TOKENS_KEPT = 4096


def kept_csrf_token(app: Flask) -> Callable[[], str]:
    """``csrf_token()`` for templates: Flask-WTF's ``generate_csrf``, whose signing of the
    session's token (a tenth of a question partial's cost, issue 15) is done once per session
    and worker. Flask-WTF signs the token with the time, which it checks only under
    ``WTF_CSRF_TIME_LIMIT``: with no limit (``config.DEFAULTS``) every token ever signed for a
    session stays valid, so handing the same one out again grants nothing new; with a limit,
    or a session without a token yet, this is ``generate_csrf`` itself. Either way the request
    keeps its token in ``g`` as Flask-WTF does, so forms' ``hidden_tag()`` write the same one.
    """

    @lru_cache(maxsize=CSRF_TOKENS_KEPT)
    def signed(secret_key: Any, raw: str) -> str:
        return str(URLSafeTimedSerializer(secret_key, salt="wtf-csrf-token").dumps(raw))

    def csrf_token() -> str:
        # ``g`` and the session through the contexts Flask keeps them in: each use of Flask's
        # proxies is a lookup of its own (issue 15). Reading the session marks it accessed, as
        # the proxy does.
        context = _cv_request.get(None)
        if context is None:  # outside a request: Flask-WTF's own answer (or its error)
            return str(generate_csrf())
        request_globals = _cv_app.get().g
        token = request_globals.get("csrf_token")
        if token is not None:
            return str(token)
        config = app.config
        raw = context.session.get("csrf_token")
        if (
            not isinstance(raw, str)
            or config.get("WTF_CSRF_TIME_LIMIT") is not None
            or config.get("WTF_CSRF_FIELD_NAME", "csrf_token") != "csrf_token"
        ):
            return str(generate_csrf())
        request_globals.csrf_token = token = signed(config.get("WTF_CSRF_SECRET_KEY") or app.secret_key, raw)
        return token

    return csrf_token


def _on_writes_only(app: Flask, check: Callable[[], Any]) -> Callable[[], Any]:
    def csrf_protect() -> Any:
        if _cv_request.get().request.method in app.config["WTF_CSRF_METHODS"]:
            return check()
        return None

    return csrf_protect


def _check_csrf_on_writes_only(app: Flask) -> None:
    """Flask-WTF's CSRF check, called only for the methods it checks (``WTF_CSRF_METHODS``).

    Its hook looks up the request's blueprint and view for exemptions before it looks at the
    method, on every GET too, where it then does nothing (issue 15). Asking the method first
    skips only that: a POST is checked exactly as before, by the same function.
    """
    hooks = app.before_request_funcs.setdefault(None, [])
    for index, hook in enumerate(hooks):
        if hook.__name__ == "csrf_protect" and hook.__module__ == "flask_wtf.csrf":
            hooks[index] = _on_writes_only(app, kept_csrf_protect(app, csrf))  # its steps, signatures kept
            return
    raise RuntimeError("Flask-WTF's CSRF hook was not found: check the CSRF protection before starting")


def _when_remember_work(app: Flask, update_remember_cookie: Callable[..., Any]) -> Callable[[Response], Response]:
    """Flask-Login's hook ``update_remember_cookie``, run only when it has work (see below)."""
    config = app.config

    def remember_cookie(response: Response) -> Response:
        if "_remember" in _cv_request.get().session or config.get("REMEMBER_COOKIE_REFRESH_EACH_REQUEST"):
            return update_remember_cookie(response)
        return response

    return remember_cookie


def _remember_cookie_when_needed(app: Flask) -> None:
    """Flask-Login's remember-cookie hook, called only when it has something to do.

    It runs after every request and does something only when the session holds its
    ``_remember`` mark (set by ``login_user(remember=True)`` and ``logout_user``) or when
    ``REMEMBER_COOKIE_REFRESH_EACH_REQUEST`` is on; otherwise it looks the session up twice and
    the app through ``current_app`` for nothing (issue 15). Asking those two first, through
    this app, skips only that; a bound method, it was also the one hook whose ``ensure_sync``
    answer could not be kept. When it has work, the same hook does it.
    """
    hooks = app.after_request_funcs.setdefault(None, [])
    for index, hook in enumerate(hooks):
        if getattr(hook, "__name__", None) == "_update_remember_cookie" and hook.__module__ == "flask_login.login_manager":
            hooks[index] = _when_remember_work(app, hook)
            return
    raise RuntimeError("Flask-Login's remember-cookie hook was not found: check the sign-in cookies before starting")


class StartupError(click.ClickException):
    """The app cannot start as configured; the message says what is wrong and what to do.

    A ClickException, so ``flask`` commands print it as one line and exit with status 1;
    ``quizapp serve`` does the same.
    """


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app. Settings come from ``test_config``, else from the environment.

    Any Flask or extension setting can be given as ``QUIZAPP_<NAME>`` (``from_prefixed_env``:
    ``QUIZAPP_SESSION_COOKIE_SECURE=true``); values are read as JSON where they parse as JSON.
    """
    instance_dir = os.environ.get("QUIZAPP_INSTANCE_DIR")
    app = Quizapp(__name__, instance_relative_config=True, instance_path=os.path.abspath(instance_dir) if instance_dir else None)
    try:
        Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StartupError(
            f"Cannot create the instance folder {app.instance_path} ({exc.strerror}): create it, or run from a folder you can write to."
        ) from None
    app.config.from_mapping(DEFAULTS, SQLALCHEMY_DATABASE_URI=_database_url(app), BANK_DIR=str(PROJECT_DIR / "questions"))
    app.config.from_prefixed_env("QUIZAPP", loads=_setting_from_env)
    for name in STRING_SETTINGS:
        if f"QUIZAPP_{name}" in os.environ:
            app.config[name] = os.environ[f"QUIZAPP_{name}"]
    if test_config is not None:
        app.config.from_mapping(test_config)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY") or _instance_secret(app)

    app.session_interface = KeptSerializerSessions()
    db.init_app(app)
    migrate.init_app(app, db, directory=str(PROJECT_DIR / "migrations"), render_as_batch=True)
    csrf.init_app(app)
    _check_csrf_on_writes_only(app)
    login_manager.init_app(app)
    _remember_cookie_when_needed(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Sign in to see that page."

    from quizapp import errors, health, security
    from quizapp.auth import bp as auth_bp
    from quizapp.bank import bp as bank_bp
    from quizapp.cards import bp as cards_bp
    from quizapp.classes import bp as classes_bp
    from quizapp.documents import bp as documents_bp
    from quizapp.reader import bp as reader_bp
    from quizapp.documents import cli as derive_cli  # noqa: F401  (adds `flask bank derive`)
    from quizapp.formats import cli as formats_cli  # noqa: F401  (adds `flask bank import|export`)
    from quizapp.ids import IdConverter
    from quizapp.quiz import bp as quiz_bp
    from quizapp.sets import bp as sets_bp
    from quizapp.live import bp as live_bp

    app.url_map.converters["int"] = IdConverter  # before any route is added
    app.register_blueprint(auth_bp)
    app.register_blueprint(bank_bp)
    app.register_blueprint(quiz_bp)
    app.register_blueprint(sets_bp)
    app.register_blueprint(cards_bp)
    app.register_blueprint(classes_bp)
    app.register_blueprint(reader_bp)
    app.register_blueprint(health.bp)
    app.register_blueprint(documents_bp)
    app.register_blueprint(live_bp)
    from quizapp import qtypes

    qtypes.init_app(app)
    errors.register(app)
    security.register(app)
    from quizapp import request_slots

    request_slots.install(app)

    from quizapp.timeutil import local_time

    app.jinja_env.globals["url_for"] = template_url_for(app)
    from quizapp.htmx import layout_piece

    app.add_template_global(layout_piece, "layout_piece")  # layout.html's kept links

    app.add_template_filter(local_time, "local_time")
    app.add_template_filter(qtypes.format_mark, "mark")  # one rounding of marks on every page
    from quizapp.charts import bar_chart as chart_layout

    app.add_template_global(chart_layout, "chart_layout")  # the geometry _macros/charts.html draws
    from quizapp.wording import counted

    app.add_template_filter(counted, "counted")  # "1 question", "3 questions"

    csrf_token = kept_csrf_token(app)
    app.extensions["csrf_token"] = csrf_token  # the same, for pages drawn from kept pieces (quiz/fragments.py)

    # Made once per worker, as the CSP header is (security.py): settings do not change once
    # the app is made, and Flask only reads what a processor returns (issue 15).
    settings = {
        # Over Flask-WTF's own processor's csrf_token (this one runs after it).
        "csrf_token": csrf_token,
        "htmx_url": app.config["HTMX_URL"],
        "htmx_integrity": app.config["HTMX_INTEGRITY"],
        "sortable_url": app.config["SORTABLE_URL"],
        "sortable_integrity": app.config["SORTABLE_INTEGRITY"],
    }

    @app.context_processor
    def htmx_settings() -> dict[str, Any]:
        return settings

    return app


def _setting_from_env(text: str) -> Any:
    """``true``/``false`` in any case (and yes/no, on/off) as booleans, else JSON, else the text.

    JSON alone would read ``False`` as the non-empty, and so true, string "False".
    """
    word = text.strip().lower()
    if word in ("true", "yes", "on"):
        return True
    if word in ("false", "no", "off"):
        return False
    try:
        return json.loads(text)
    except ValueError:
        return text


def _database_url(app: Flask) -> str:
    url = os.environ.get("DATABASE_URL")
    if url:
        # Heroku-style URLs name the dialect "postgres", which SQLAlchemy 2 no longer accepts.
        return url.replace("postgres://", "postgresql://", 1)
    return "sqlite:///" + str(Path(app.instance_path) / "quizapp.sqlite")


def _instance_secret(app: Flask) -> str:
    """A secret key made on first start and kept in the instance folder, readable by us only."""
    path = Path(app.instance_path) / "secret_key"
    try:
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_hex(32))
        return path.read_text().strip()
    except OSError as exc:
        raise StartupError(
            f"Cannot keep a secret key in {path} ({exc.strerror}): set SECRET_KEY in the environment,"
            " or make the instance folder writable."
        ) from None


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    """WAL, foreign keys and a busy timeout, so several gunicorn workers can write at once."""
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
