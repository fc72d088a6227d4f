"""Accounts and guests: who the current learner is, signing in safely, and keeping a guest's work.

A session cookie names an ``AccountSession`` row by its random token (see ``User.get_id``),
never an account id. Register, sign-in and password change start a new row (a new token);
guest merge, password change and sign-out delete the old ones, so a copied, planted or
replayed cookie from before any of those signs in nobody. Signing out ends every device's
session; other devices stay signed in when one more signs in.
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from flask import current_app, g
from flask_login import current_user, login_user
from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute

from quizapp.auth.models import Account, AccountSession, LoginFailure, NoSessionError, User, new_session_token, username_key
from quizapp.auth.passwords import verify_password
from quizapp.client_keys import client_key
from quizapp.events import guest_merged, guests_deleting, guests_kept
from quizapp.extensions import db
from quizapp.timeutil import app_now, valid_time_zone
from quizapp.transactions import unit_of_work

USERNAME_MIN, USERNAME_MAX = 3, 40
USERNAME_PUNCTUATION = frozenset("_.-'")
# How often a guest's last_seen_at is written: often enough for a 30-day purge, rarely enough
# that ordinary page views do not each write to the database.
LAST_SEEN_EVERY = timedelta(hours=1)
# "Remember me" lasts this long unless REMEMBER_COOKIE_DURATION says otherwise.
REMEMBER_DEFAULT = timedelta(days=30)


class UsernameTaken(Exception):
    """Someone else has this username (perhaps registered a moment ago by a racing request)."""


# ---------------------------------------------------------------- the current learner


def current_learner() -> User:
    """The signed-in user, or a new guest signed in now. Only for POSTs that store work.

    Guests get a session cookie only (no remember cookie): closing the browser ends a guest.
    """
    if current_user.is_authenticated:
        return current_account()
    guest = User(last_seen_at=app_now())
    db.session.add(guest)
    db.session.flush()
    start_session(guest)
    login_user(guest, remember=False)
    return guest


def current_account() -> User:
    """The signed-in account as an ORM object, for code that changes it or hands it to a
    service that does. ``current_user`` is a read-only row (``SignedInAccount``): this loads
    the account itself, and from then on ``current_user`` is this object, so what the request
    changes shows in the rest of it (a template reading ``current_user.time_zone``). Only for
    a signed-in request."""
    signed_in = current_user._get_current_object()
    if isinstance(signed_in, User):  # signed in during this request, or loaded already
        return signed_in
    user = db.session.get(User, signed_in.id)
    if user is None:  # deleted since the session's row was read: as if signed out
        raise NoSessionError("the signed-in account no longer exists")
    user.current_session_token = signed_in.current_session_token
    g._login_user = user  # where Flask-Login keeps the request's user (login_user sets it alike)
    return user


def note_guest_activity(user: Account, now: datetime) -> None:
    """Record that a guest is still around, at most once per LAST_SEEN_EVERY (one cheap UPDATE)."""
    if user.is_guest and (user.last_seen_at is None or now - user.last_seen_at >= LAST_SEEN_EVERY):
        db.session.execute(update(User).where(User.id == user.id).values(last_seen_at=now))
        db.session.commit()


def start_session(user: User) -> str:
    """A new session row with a fresh token for ``user`` (committed); returns the token."""
    token = _add_session(user)
    db.session.commit()
    return token


def _add_session(user: User) -> str:
    """A new session row with a fresh token for ``user``, in the caller's transaction (flushes
    nothing, commits nothing); returns the token.

    An account's sessions last at most as long as a remember cookie (30 days): older ones are
    forgotten here and by ``prune_expired_sessions``. A guest has one session, never aged out
    (an idle guest is purged whole instead).
    """
    if not user.is_guest:
        cutoff = app_now() - remember_duration()
        db.session.execute(delete(AccountSession).where(AccountSession.user_id == user.id, AccountSession.created_at < cutoff))
    token = new_session_token()
    db.session.add(AccountSession(user_id=user.id, token=token, created_at=app_now()))
    user.current_session_token = token
    return token


def end_sessions(user: User) -> None:
    """Delete every session of the account: their cookies sign in nobody now."""
    db.session.execute(delete(AccountSession).where(AccountSession.user_id == user.id))
    db.session.commit()


def prune_expired_sessions(now: datetime) -> int:
    """Forget registered accounts' sessions older than a remember cookie lives; returns how many."""
    accounts = select(User.id).where(User.username.is_not(None))
    result = db.session.execute(
        delete(AccountSession).where(AccountSession.created_at < now - remember_duration(), AccountSession.user_id.in_(accounts))
    )
    db.session.commit()
    return cast("CursorResult[Any]", result).rowcount or 0  # a DELETE's result is a cursor result


def remember_duration() -> timedelta:
    return current_app.config.get("REMEMBER_COOKIE_DURATION", REMEMBER_DEFAULT)


@unit_of_work
def sign_in(user: User, remember: bool, guest: User | None = None) -> None:
    """Sign ``user`` in on this browser with a brand-new token (so a planted cookie is worthless).

    A ``guest`` signed in on this browser is merged into ``user`` first: the guest's work moves
    and the guest is deleted in the same transaction as the new session, so either the learner
    is signed in with all of it or nothing changed.
    """
    if guest is not None and guest.is_guest and guest.id != user.id:
        _absorb_guest(guest, user)
    _add_session(user)
    db.session.commit()
    keep_signed_in(user, remember)


def keep_signed_in(user: User, remember: bool) -> None:
    """(Re)issue this browser's cookies for the current token; a remember cookie for accounts only."""
    login_user(user, remember=remember and not user.is_guest, duration=remember_duration())


def sign_out_everywhere(user: User) -> None:
    """End every session of the account: this browser's and every other device's cookies stop working."""
    end_sessions(user)


# ---------------------------------------------------------------- usernames


def username_problem(name: str) -> str | None:
    """Why a new username is refused, or None. Letters of any script, digits, inner spaces."""
    if name != name.strip():
        return "A username cannot start or end with a space."
    name = unicodedata.normalize("NFC", name)
    if not USERNAME_MIN <= len(name) <= USERNAME_MAX:
        return f"A username has {USERNAME_MIN} to {USERNAME_MAX} characters."
    for ch in name:
        category = unicodedata.category(ch)
        if category[0] in "LMN" or ch in USERNAME_PUNCTUATION or ch == " ":
            continue
        return "Use letters, digits, spaces inside the name, '.', '-', '_' or ' only."
    if "  " in name:
        return "Use single spaces between the words of a username."
    if len(username_key(name)) > 255:
        return "That username cannot be used. Choose another one."
    return None


def find_user(username: str) -> User | None:
    """The account with this name, compared as ``username_key`` (case and width do not matter)."""
    if not username or len(username) > 4 * USERNAME_MAX:
        return None
    return db.session.execute(select(User).where(User.username_key == username_key(username))).scalar_one_or_none()


def username_is_taken(username: str) -> bool:
    return find_user(username) is not None


# ---------------------------------------------------------------- registering


def register(username: str, password: str, guest: User | None = None) -> User:
    """Create an account; a signed-in ``guest`` becomes that account and keeps everything.

    The database's unique key decides between two racing registrations: the loser gets
    ``UsernameTaken`` and nothing is stored.
    """
    user = guest if guest is not None and guest.is_guest else User()
    if user.id is None:
        db.session.add(user)
    user.set_username(username)
    user.set_password(password)
    if user.id is not None:
        # The guest's own sessions end: a copy of the guest's cookie must not become the account.
        db.session.execute(delete(AccountSession).where(AccountSession.user_id == user.id))
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise UsernameTaken(username) from None
    return user


@unit_of_work
def set_time_zone(user: User, name: str) -> None:
    """The account's time zone, for every time shown or typed (refused: nothing changes)."""
    if not valid_time_zone(name):
        raise ValueError(f"{name!r} is not a time zone")
    user.time_zone = name
    db.session.commit()


def change_password(user: User, current: str, new: str, address: str | None, now: datetime) -> bool:
    """Set a new password when ``current`` is right, end every session and start a new one
    for this browser (whoever else held a cookie is signed out).

    A wrong current password counts as a failed sign-in, so a stolen session cannot be used to
    guess the password faster than the sign-in page allows; raises SignInThrottled likewise.
    """
    keys = throttle_keys(user.username or "", address)
    wait = seconds_to_wait(keys, now)
    if wait > 0:
        raise SignInThrottled(wait)
    if not verify_password(user.password_hash, current):
        record_failure(keys, now)
        return False
    user.set_password(new)
    db.session.execute(delete(AccountSession).where(AccountSession.user_id == user.id))
    _add_session(user)
    db.session.commit()
    return True


# ---------------------------------------------------------------- signing in, throttled

FREE_ACCOUNT_FAILURES = 5
FREE_CLIENT_FAILURES = 20  # one school's NAT shares an address: more room there
ACCOUNT_WINDOW = timedelta(hours=24)
CLIENT_WINDOW = timedelta(hours=1)
FIRST_DELAY = timedelta(seconds=1)
MAX_DELAY = timedelta(minutes=15)
KEEP_FAILURES = timedelta(hours=24)


@dataclass(frozen=True)
class ThrottleKeys:
    account: str
    client: str


class SignInThrottled(Exception):
    """Too many recent failures for this name or address; try again in ``retry_after`` seconds."""

    def __init__(self, retry_after: int):
        super().__init__(retry_after)
        self.retry_after = retry_after


def throttle_keys(username: str, address: str | None) -> ThrottleKeys:
    """Keyed hashes of the name tried (as its username_key) and of the client address.

    A name that matches no account is counted just like one that does, so the answers never
    tell whether an account exists.
    """
    secret = current_app.config["SECRET_KEY"]
    return ThrottleKeys(
        account=client_key("account:" + username_key(username or "")[:255], secret),
        client=client_key(address, secret),
    )


def backoff(failures: int, free: int) -> timedelta:
    """How long to wait after the last failure: nothing for the free tries, then 1 s doubling to 15 min."""
    if failures < free:
        return timedelta(0)
    return min(FIRST_DELAY * 2 ** min(failures - free, 20), MAX_DELAY)


def _wait(column: InstrumentedAttribute[str], key: str, since: datetime, free: int, now: datetime) -> float:
    count, last = db.session.execute(
        select(func.count(LoginFailure.id), func.max(LoginFailure.failed_at)).where(column == key, LoginFailure.failed_at > since)
    ).one()
    if not count:
        return 0.0
    return max(0.0, (last + backoff(count, free) - now).total_seconds())


def seconds_to_wait(keys: ThrottleKeys, now: datetime) -> int:
    """0 when a sign-in may be tried now, else whole seconds until it may."""
    wait = max(
        _wait(LoginFailure.account_key, keys.account, now - ACCOUNT_WINDOW, FREE_ACCOUNT_FAILURES, now),
        _wait(LoginFailure.client_key, keys.client, now - CLIENT_WINDOW, FREE_CLIENT_FAILURES, now),
    )
    return math.ceil(wait)


def record_failure(keys: ThrottleKeys, now: datetime) -> None:
    db.session.execute(delete(LoginFailure).where(LoginFailure.failed_at <= now - KEEP_FAILURES))
    db.session.add(LoginFailure(account_key=keys.account, client_key=keys.client, failed_at=now))
    db.session.commit()


def authenticate(username: str, password: str, address: str | None, now: datetime) -> User | None:
    """The account when name and password match, else None; raises SignInThrottled during a lock-out.

    During a lock-out even the right password is refused (else guessing just goes on). An
    unknown name costs one argon2 verification like a known one (see verify_password).
    """
    keys = throttle_keys(username, address)
    wait = seconds_to_wait(keys, now)
    if wait > 0:
        raise SignInThrottled(wait)
    user = find_user(username)
    if user is None:
        verify_password(None, password)
        record_failure(keys, now)
        return None
    if not user.check_password(password):  # may rehash an older hash: committed with the sign-in
        db.session.rollback()
        record_failure(keys, now)
        return None
    db.session.execute(delete(LoginFailure).where(LoginFailure.account_key == keys.account))
    db.session.commit()
    return user


# ---------------------------------------------------------------- guests


def _absorb_guest(guest: User, account: User) -> None:
    """Move a guest's work to the account they signed in to, then delete the empty guest, in
    the caller's transaction (``sign_in``).

    The packages that keep per-user rows (quizzes, cards) move theirs on ``guest_merged``. The
    guest's id is never handed out again (AUTOINCREMENT), and its cookies named a session that
    is deleted with it, so they sign in nobody.
    """
    guest_merged.send(None, guest_id=guest.id, account_id=account.id)
    db.session.execute(delete(AccountSession).where(AccountSession.user_id == guest.id))
    db.session.delete(guest)
    db.session.flush()


def purge_idle_guests(idle_since: datetime) -> int:
    """Delete guests not seen since ``idle_since`` with everything they stored; returns how many.

    No foreign key to ``account`` cascades, so the packages that keep per-user rows delete
    theirs first (``guests_deleting``), then the sessions and the guests go. Guests own no quiz
    sets (building one needs an account); a guest some package still needs (``guests_kept``:
    one that owns a set) is kept to be safe. A batch job: each batch of 500 guests is one unit
    of work, committed before the next, so a failure keeps what was already purged.
    """
    idle = (
        select(User.id)
        .where(User.username.is_(None))
        .where(func.coalesce(User.last_seen_at, User.created_at) < idle_since)
        .order_by(User.id)
    )
    candidates = list(db.session.execute(idle).scalars())
    kept: set[int] = set()
    for _receiver, needed in guests_kept.send(None, guest_ids=candidates):
        kept |= set(needed or ())
    guest_ids = [guest_id for guest_id in candidates if guest_id not in kept]
    for start in range(0, len(guest_ids), 500):
        ids = guest_ids[start : start + 500]
        guests_deleting.send(None, guest_ids=ids)
        db.session.execute(delete(AccountSession).where(AccountSession.user_id.in_(ids)))
        db.session.execute(delete(User).where(User.id.in_(ids)))
        db.session.commit()
    return len(guest_ids)
