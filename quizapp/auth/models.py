"""Accounts. A guest is an account without a username, so registering keeps its history."""
from __future__ import annotations

import secrets
import unicodedata
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import ForeignKey, String, select
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


from quizapp.extensions import login_manager  # noqa: E402


@login_manager.user_loader
def load_user(token: str) -> User | None:
    """The account whose current session token the cookie holds; an old token finds nobody."""
    if not token or len(token) > 64:
        return None
    user = db.session.execute(
        select(User).join(AccountSession, AccountSession.user_id == User.id).where(AccountSession.token == token)
    ).scalar_one_or_none()
    if user is not None:
        user.current_session_token = token
    return user
