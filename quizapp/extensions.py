"""Flask extensions, created unbound here and bound to the app in ``create_app``."""
from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator, MutableMapping
from functools import lru_cache
from hashlib import sha512
from typing import TYPE_CHECKING, Any, ClassVar

import click
from flask import Flask, request
from flask.globals import _cv_app, _cv_request
from flask_login import AUTH_HEADER_NAME, COOKIE_NAME, LoginManager, session_protected, user_accessed
from flask_sqlalchemy import SQLAlchemy
from flask_sqlalchemy.session import Session
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import MetaData, Table
from sqlalchemy.orm import DeclarativeBase, scoped_session, sessionmaker


class Base(DeclarativeBase):
    """Declarative base whose constraint names are predictable, so Alembic can alter them."""

    if TYPE_CHECKING:  # every model maps one table: Core statements on the hot paths use it
        __table__: ClassVar[Table]

    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            # every column of a multi-column constraint: uq_topic_document_id_slug
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


def app_context_id() -> int:
    """The current application context's id: what each ``db.session`` is scoped to.

    Flask-SQLAlchemy's own scope function asks the same through Werkzeug's ``app_ctx`` proxy,
    about a microsecond a call, and every ``db.session.<anything>`` calls it (a dozen times a
    request, issue 15); the context variable behind that proxy answers directly.
    """
    context = _cv_app.get(None)
    if context is None:
        raise RuntimeError("Working outside of application context: db.session needs one (app.app_context()).")
    return id(context)


# Closed sessions kept for the next application contexts (per worker; one per thread at most
# is ever in use, so a handful covers gthread workers too).
SPARE_SESSIONS = 8


class RecyclingScopedSession(scoped_session[Session]):
    """Flask-SQLAlchemy's scoped session, whose closed sessions serve later requests.

    Every request (every application context) used to make a new ``Session`` (its identity
    map, transaction bookkeeping, weak references: about a tenth of a bare signed-in
    request, issue 15) and throw it away at teardown. A closed session holds nothing (no
    objects, no transaction, no connection) and SQLAlchemy documents it as reusable, so
    ``remove()`` closes the session as before and keeps it for the next context, unless it
    leaves with settings a request changed (``expire_on_commit``, ``autoflush``) or data in
    ``info``: then it is dropped, as before. A session is in one scope at a time: it is
    taken from the spares before it is handed out and put back only after it was closed.
    """

    def __init__(self, session_factory: sessionmaker[Session], scopefunc: Any) -> None:
        self._spares: list[Session] = []
        self._fresh = session_factory
        super().__init__(self._session, scopefunc)  # type: ignore[arg-type]

    def _session(self) -> Session:
        try:
            return self._spares.pop()  # atomic: two threads never get the same one
        except IndexError:
            return self._fresh()

    def remove(self) -> None:
        registry = self.registry
        if registry.has():
            session = registry()
            session.close()
            registry.clear()
            if (
                len(self._spares) < SPARE_SESSIONS
                and session.expire_on_commit
                and session.autoflush
                and not session.__dict__.get("info")
                and not session.identity_map
            ):
                self._spares.append(session)
        else:
            registry.clear()


# Compiled forms a ``KeptCompiled`` holds at most (one per dialect and set of bound names: the
# engines of the test suite's many apps are what makes more than one).
COMPILED_KEPT = 16


class KeptCompiled(MutableMapping[Any, Any]):
    """A compiled-statement cache for a statement built once and executed on every request
    (``statement.execution_options(compiled_cache=KeptCompiled())``), which finds the compiled
    form by the identity of the statement's cache key rather than by its hash.

    SQLAlchemy looks a statement's compiled form up in the engine's cache by a key holding the
    statement's cache key: a nested tuple with a part for every column, join and condition (over
    a thousand for the question page's statement), which Python hashes anew at every lookup
    (tuples keep no hash: about 5 µs a page and an answer, issue 15). A statement built once
    memoizes its cache key, so the same tuple comes at every execution: kept by that tuple's
    identity (and the dialect's), with the small rest of the key (the bound names, the flags)
    compared as SQLAlchemy compares it, the lookup costs a small tuple's hash. A key made of
    equal parts that are other objects is a miss, compiled once more: never a wrong hit.
    """

    def __init__(self) -> None:
        self._kept: dict[tuple[Any, ...], tuple[Any, Any, Any]] = {}

    @staticmethod
    def _by_identity(key: tuple[Any, ...]) -> tuple[Any, ...]:
        # SQLAlchemy's key: (dialect, the statement's cache key, bound names, schema map?, executemany?)
        dialect, statement_key, *rest = key
        return (id(dialect), id(statement_key), *rest)

    def __getitem__(self, key: Any) -> Any:
        kept = self._kept.get(self._by_identity(key))
        # The objects themselves are held with the entry, so their ids cannot be reused.
        if kept is None or kept[0] is not key[0] or kept[1] is not key[1]:
            raise KeyError(key)
        return kept[2]

    def __setitem__(self, key: Any, compiled: Any) -> None:
        if len(self._kept) >= COMPILED_KEPT:
            self._kept.clear()
        self._kept[self._by_identity(key)] = (key[0], key[1], compiled)

    def __delitem__(self, key: Any) -> None:
        del self._kept[self._by_identity(key)]

    def __iter__(self) -> Iterator[Any]:
        return iter([(dialect, statement_key, *key[2:]) for key, (dialect, statement_key, _) in self._kept.items()])

    def __len__(self) -> int:
        return len(self._kept)

    def get(self, key: Any, default: Any = None) -> Any:  # the one call SQLAlchemy makes: no exception on a miss
        kept = self._kept.get(self._by_identity(key))
        if kept is None or kept[0] is not key[0] or kept[1] is not key[1]:
            return default
        return kept[2]


class QuizappSQLAlchemy(SQLAlchemy):
    """Flask-SQLAlchemy with ``RecyclingScopedSession`` scoped by ``app_context_id``."""

    def _make_scoped_session(self, options: dict[str, Any]) -> scoped_session[Session]:
        scope = options.pop("scopefunc", app_context_id)
        return RecyclingScopedSession(self._make_session_factory(options), scope)


db = QuizappSQLAlchemy(model_class=Base)

# The base class of every model. Flask-SQLAlchemy builds ``db.Model`` at run time (adding the
# table name and the session binding), which a type checker cannot follow; to mypy the models
# derive from the declarative ``Base`` they really extend, so their columns are checked.
if TYPE_CHECKING:
    Model = Base
else:
    Model = db.Model


class DeferredCommandGroup(click.Group):
    """A command group imported when it runs: ``flask --help`` lists it by its name and help,
    and ``flask NAME ...`` hands the arguments to the group ``load`` returns."""

    def __init__(self, name: str, load: Callable[[], click.Group], help: str) -> None:
        super().__init__(name, help=help)
        self._load = load

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any) -> click.Context:
        # The context is the loaded group's, so its parameters, help and commands are its own.
        return self._load().make_context(info_name, args, parent, **extra)


def _migration_commands() -> click.Group:
    from flask_migrate.cli import db as commands

    return commands


class _MigrateOnFirstUse:
    """``app.extensions["migrate"]`` until Flask-Migrate is first asked for something: then
    Flask-Migrate is bound to the app (replacing this entry with its own) and answers."""

    def __init__(self, app: Flask, db: SQLAlchemy, options: dict[str, Any]) -> None:
        self._app = weakref.ref(app)
        self._db = db
        self._options = options

    def __getattr__(self, name: str) -> Any:
        from flask_migrate import Migrate

        app = self._app()
        assert app is not None, "the app this migration configuration belongs to is gone"
        Migrate().init_app(app, self._db, **self._options)
        return getattr(app.extensions["migrate"], name)


class DeferredMigrate:
    """Flask-Migrate, imported when migrations run (``flask db ...``, ``quizapp serve``'s
    upgrade, Flask-Migrate's functions), not by every web worker: with Alembic and Mako it is
    150 modules and 11 MB a worker that a request never uses (issue 15)."""

    def init_app(self, app: Flask, db: SQLAlchemy, **options: Any) -> None:
        app.extensions["migrate"] = _MigrateOnFirstUse(app, db, options)
        app.cli.add_command(DeferredCommandGroup("db", _migration_commands, help="Perform database migrations."))


migrate = DeferredMigrate()
csrf = CSRFProtect()

# Session identifiers kept per worker, one per (client address, browser) seen lately.
SESSION_IDENTIFIERS_KEPT = 4096


@lru_cache(maxsize=SESSION_IDENTIFIERS_KEPT)
def _session_identifier(address: str | None, user_agent: str | None) -> str:
    """Flask-Login's ``_create_identifier`` formula, from its two inputs (bytes' reprs and all)."""
    address_bytes = address.encode("utf-8").split(b",")[0].strip() if address is not None else None
    agent_bytes = user_agent.encode("utf-8") if user_agent is not None else None
    return sha512(f"{address_bytes!r}|{agent_bytes!r}".encode()).hexdigest()


def kept_session_identifier() -> str:
    """Flask-Login's session-protection identifier of this request, made once per client.

    Flask-Login hashes the client's address and User-Agent on every request that asks for
    ``current_user`` (every request here: the guest-activity hook asks), to compare with the
    one the session was signed in with; a browser sends the same two request after request,
    and the hash of the same two is the same, so it is kept by them (issue 15).
    """
    headers = request.headers
    return _session_identifier(headers.get("X-Forwarded-For", request.remote_addr), headers.get("User-Agent"))


# Flask-Login's own session keys (``flask_login.config.SESSION_KEYS``): what "strong" session
# protection removes from a session whose identifier does not match.
LOGIN_SESSION_KEYS = ("_user_id", "_remember", "_remember_seconds", "_id", "_fresh", "next")


class QuizappLoginManager(LoginManager):
    """Flask-Login's manager whose ``_load_user`` (run once a request: every request asks for
    ``current_user``) reaches the request, its session, the app and ``g`` through the context
    variables Flask keeps them in, not through Werkzeug's proxies: Flask-Login's own looked
    them up about a dozen times a request, each lookup a few Python calls (issue 15).

    Step for step Flask-Login 0.6's ``_load_user`` and ``_session_protection_failed``: the
    ``user_accessed`` signal, session protection ("basic" marks the session not fresh,
    "strong" empties it and clears the remember cookie, with ``session_protected`` sent), the
    user loader on the session's ``_user_id``, then the remember cookie, the request loader
    or the authorization header. ``tests/auth/test_login_manager.py`` compares it with
    Flask-Login's own on every branch.
    """

    def _load_user(self) -> None:
        if self._user_callback is None and self._request_callback is None:
            return super()._load_user()
        context = _cv_request.get()
        app, sess, incoming = context.app, context.session, context.request
        if user_accessed.receivers:  # no one listens on most requests: send would find no one, a few calls later
            user_accessed.send(app)
        if self._protection_failed(app, sess, incoming):
            return self._store_user(None)
        user = None
        user_id = sess.get("_user_id") if sess is not None else None
        if user_id is not None and self._user_callback is not None:
            user = self._user_callback(user_id)
        if user is None:
            config = app.config
            cookie_name = config.get("REMEMBER_COOKIE_NAME", COOKIE_NAME)
            header_name = config.get("AUTH_HEADER_NAME", AUTH_HEADER_NAME)
            if cookie_name in incoming.cookies and (sess is None or sess.get("_remember") != "clear"):
                user = self._load_user_from_remember_cookie(incoming.cookies[cookie_name])
            elif self._request_callback:
                user = self._load_user_from_request(incoming)
            elif header_name in incoming.headers:
                user = self._load_user_from_header(incoming.headers[header_name])
        return self._store_user(user)

    def _store_user(self, user: Any) -> None:
        """``_update_request_context_with_user``: the user (or an anonymous one) in ``g``."""
        _cv_app.get().g._login_user = user if user is not None else self.anonymous_user()

    def _protection_failed(self, app: Any, sess: Any, incoming: Any) -> bool:
        """``_session_protection_failed`` for this request's session and request."""
        mode = app.config.get("SESSION_PROTECTION", self.session_protection)
        if not mode or mode not in ("basic", "strong"):
            return False
        if not sess:  # empty: anonymous, or just signed out
            return False
        headers = incoming.headers
        ident = _session_identifier(headers.get("X-Forwarded-For", incoming.remote_addr), headers.get("User-Agent"))
        if ident != sess.get("_id", None):
            if mode == "basic" or sess.permanent:
                if sess.get("_fresh") is not False:
                    sess["_fresh"] = False
                session_protected.send(app)
                return False
            if mode == "strong":
                for key in LOGIN_SESSION_KEYS:
                    sess.pop(key, None)
                sess["_remember"] = "clear"
                session_protected.send(app)
                return True
        return False


login_manager = QuizappLoginManager()
login_manager._session_identifier_generator = kept_session_identifier


def request_user() -> Any:
    """``current_user._get_current_object()`` inside a request: the request's user (or the
    anonymous one), loaded on first use as Flask-Login loads it, then read from ``g``.

    Through the application context's variable rather than Werkzeug's proxies: each use of
    ``current_user`` is a proxy lookup that looks ``g`` up twice more (Flask-Login's
    ``_get_user``), three lookups a use on the hot pages (issue 15).
    """
    request_globals = _cv_app.get().g
    user = request_globals.get("_login_user")
    if user is None:
        login_manager._load_user()  # the app's manager (init_app binds this one to every app)
        user = request_globals._login_user
    return user
