"""Accounts. A guest is an account without a username, so registering keeps its history."""
from __future__ import annotations

import secrets
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from flask import current_app
from flask_login import UserMixin
from sqlalchemy import ForeignKey, String, bindparam, select
from sqlalchemy.orm import Mapped, mapped_column, validates

from quizapp.auth.passwords import hash_password, needs_rehash, verify_password
from quizapp.config import NEW_CARDS_PER_DAY
from quizapp.extensions import Model, db
from quizapp.timeutil import utcnow


def new_session_token() -> str:
    """32 random bytes: what a session or remember cookie names instead of the account id."""
    return secrets.token_urlsafe(32)


class NoSessionError(RuntimeError):
    """get_id() on an account object that was not signed in through a session row."""


def username_key(name: str) -> str:
    """The form of a username that must be unique: NFKC case-folded, so 'Ana' and 'ＡＮＡ' clash."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name.strip()).casefold())


class User(UserMixin, Model):
    """A learner or teacher. Guests have no username and no password until they register.

    Ids are never reused (AUTOINCREMENT on SQLite), and a session cookie names the account by
    the random token of an ``AccountSession`` row, not by its id: deleting the row signs every
    copy of that cookie out.
    """

    __tablename__ = "account"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str | None] = mapped_column(String(40), unique=True)
    # username_key(username): unique at the database, so racing "Ana" and "ana" cannot both exist.
    username_key: Mapped[str | None] = mapped_column(String(255), index=True, unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # When a guest was last seen (updated at most hourly); idle guests are purged by the CLI.
    last_seen_at: Mapped[datetime | None] = mapped_column(index=True, default=utcnow)
    # Flashcard settings: an IANA zone name (None: not known yet, UTC is used) for "today".
    time_zone: Mapped[str | None] = mapped_column(String(64))
    new_cards_per_day: Mapped[int] = mapped_column(default=NEW_CARDS_PER_DAY, server_default=str(NEW_CARDS_PER_DAY))

    @property
    def is_guest(self) -> bool:
        return self.username is None

    @property
    def display_name(self) -> str:
        return self.username or "Guest"

    # The token of the session this object was signed in through (set by load_user or when a
    # session starts); not a column.
    current_session_token = None  # type: str | None

    def get_id(self) -> str:
        """Flask-Login stores this in the session and the remember cookie: the token, never the id."""
        if not self.current_session_token:
            raise NoSessionError("start a session (auth.services.start_session) before signing in")
        return self.current_session_token

    def set_username(self, name: str) -> None:
        self.username = unicodedata.normalize("NFC", name.strip())

    @validates("username")
    def _keep_username_key(self, _field: str, name: str | None) -> str | None:
        """Whoever sets a username (a form, a script, a test) sets its unique key with it."""
        self.username_key = username_key(name) if name is not None else None
        return name

    def set_password(self, password: str) -> None:
        self.password_hash = hash_password(password)

    def check_password(self, password: str) -> bool:
        """Verify, upgrading an older or cheaper hash to today's argon2id when it matches."""
        if not verify_password(self.password_hash, password):
            return False
        if self.password_hash and needs_rehash(self.password_hash):
            self.set_password(password)
        return True


class AccountSession(Model):
    """One signed-in browser: its random token is all its cookies hold.

    A new row (a new token) for every sign-in, registration and password change, so a cookie
    copied or planted before those is worth nothing; signing out deletes every row of the
    account (all devices), a password change every row but the new one.
    """

    __tablename__ = "account_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    token: Mapped[str] = mapped_column(String(64), unique=True, index=True, default=new_session_token)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LoginFailure(Model):
    """One wrong password, keyed by keyed hashes of the username tried and of the client address.

    In the database so that every gunicorn worker counts the same failures; neither the name
    typed (it is sometimes a password) nor the address is stored in clear. Old rows are pruned.
    """

    __tablename__ = "login_failure"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_key: Mapped[str] = mapped_column(String(64), index=True)
    client_key: Mapped[str] = mapped_column(String(64), index=True)
    failed_at: Mapped[datetime] = mapped_column(index=True)


class SignedInAccount(UserMixin):
    """The signed-in account as ``current_user`` holds it: the account's columns (less the
    password hash) from one Core row, not an ORM object.

    Every request loads its user, and an ORM load of one row (statement, identity map, loading
    machinery) cost more than a whole bare request (issue 15). This is read-only: code that
    changes the account takes the ORM ``User`` from ``auth.services.current_account()``; an
    assignment here raises rather than being silently lost. Columns added to ``User`` appear
    here by themselves.
    """

    # Set by __init__ from the account's row: the columns below, as on User.
    if TYPE_CHECKING:
        id: int
        username: str | None
        username_key: str | None
        created_at: datetime
        last_seen_at: datetime | None
        time_zone: str | None
        new_cards_per_day: int

    def __init__(self, row: Mapping[str, Any] | Iterable[tuple[str, Any]], token: str) -> None:
        """``row``: the account's columns by name (a mapping or name, value pairs)."""
        # Straight into the instance's dict: __setattr__ refuses every assignment.
        self.__dict__.update(row, current_session_token=token)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"current_user is read-only ({name}): change the account through auth.services.current_account()")

    @property
    def is_guest(self) -> bool:
        return self.username is None

    @property
    def display_name(self) -> str:
        return self.username or "Guest"

    def get_id(self) -> str:
        """The session token this request was signed in with (see ``User.get_id``)."""
        return str(self.current_session_token)

    def __repr__(self) -> str:
        return f"<SignedInAccount {self.id}>"


# What reading code may be handed for the signed-in account: the request's row, or the ORM
# object (after a sign-in in the same request, or from auth.services.current_account()).
Account = User | SignedInAccount

# Built once: the statement for every request's user (bound by token), and its columns' names.
_ACCOUNT_COLUMNS = tuple(column for column in User.__table__.c if column.key != "password_hash")
_ACCOUNT_NAMES = tuple(column.key for column in _ACCOUNT_COLUMNS)
_ACCOUNT_BY_TOKEN = (
    select(*_ACCOUNT_COLUMNS)
    .join(AccountSession, AccountSession.user_id == User.id)
    .where(AccountSession.token == bindparam("token"))
)


from quizapp.auth.account_cache import AccountRows, mark_path  # noqa: E402
from quizapp.extensions import login_manager  # noqa: E402


def account_rows() -> AccountRows:
    """This app's kept account rows (``auth.account_cache``), made at its first request."""
    extensions = current_app.extensions
    rows = extensions.get("account_rows")
    if rows is None:
        rows = extensions["account_rows"] = AccountRows(mark_path(db.engine))
    return cast(AccountRows, rows)


@login_manager.user_loader
def load_user(token: str) -> SignedInAccount | None:
    """The account whose current session token the cookie holds; an old token finds nobody.

    Kept per worker while no account or session changed anywhere (``auth.account_cache``):
    the mark is read first, so a row read before a sign-out elsewhere is never kept past it.
    """
    if not token or len(token) > 64:
        return None
    rows = account_rows()
    mark = rows.mark()
    kept = rows.get(token, mark)
    if kept is not None:
        return SignedInAccount(kept, token)
    # first(), not one_or_none(): the token is unique (a second fetch only to find no more
    # rows), and the row's values are paired with the names kept above, not through a mapping.
    row = db.session.connection().execute(_ACCOUNT_BY_TOKEN, {"token": token}).first()
    if row is None:
        return None
    values = tuple(zip(_ACCOUNT_NAMES, row))
    rows.keep(token, mark, values)
    return SignedInAccount(values, token)
