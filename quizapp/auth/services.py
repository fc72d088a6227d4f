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
from collections.abc import Callable

from flask import current_app
from flask_login import current_user, login_user
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute

from quizapp.auth.models import AccountSession, LoginFailure, User, new_session_token, username_key
from quizapp.auth.passwords import verify_password
from quizapp.extensions import db
from quizapp.timeutil import app_now

# Features that keep per-user rows register a function here that moves a guest's rows to
# the account they sign in to (called with guest id and account id, inside the transaction).
guest_mergers: list[Callable[[int, int], None]] = []

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
        return current_user._get_current_object()
    guest = User(last_seen_at=app_now())
    db.session.add(guest)
    db.session.flush()
    start_session(guest)
    login_user(guest, remember=False)
    return guest


def note_guest_activity(user: User, now: datetime) -> None:
    """Record that a guest is still around, at most once per LAST_SEEN_EVERY (one cheap UPDATE)."""
    if user.is_guest and (user.last_seen_at is None or now - user.last_seen_at >= LAST_SEEN_EVERY):
        db.session.execute(update(User).where(User.id == user.id).values(last_seen_at=now))
        db.session.commit()


def start_session(user: User) -> str:
    """A new session row with a fresh token for ``user`` (committed); returns the token.

    An account's sessions last at most as long as a remember cookie (30 days): older ones are
    forgotten here and by ``prune_expired_sessions``. A guest has one session, never aged out
    (an idle guest is purged whole instead).
    """
    if not user.is_guest:
        cutoff = app_now() - remember_duration()
        db.session.execute(delete(AccountSession).where(AccountSession.user_id == user.id, AccountSession.created_at < cutoff))
    token = new_session_token()
    db.session.add(AccountSession(user_id=user.id, token=token, created_at=app_now()))
    db.session.commit()
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
    return result.rowcount or 0  # type: ignore[attr-defined]  # a DML statement returns a CursorResult, which has rowcount


def remember_duration() -> timedelta:
    return current_app.config.get("REMEMBER_COOKIE_DURATION", REMEMBER_DEFAULT)


def sign_in_session(user: User, remember: bool) -> None:
    """Sign ``user`` in on this browser with a brand-new token (so a planted cookie is worthless)."""
    start_session(user)
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
    end_sessions(user)
    start_session(user)
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
    from quizapp.sets.services import client_key

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


def absorb_guest(guest: User, account: User) -> None:
    """Move a guest's work to the account they signed in to, then delete the empty guest.

    The guest's id is never handed out again (AUTOINCREMENT), and its cookies named a session
    that is deleted with it, so they sign in nobody.
    """
    from quizapp.quiz.models import Attempt

    db.session.execute(update(Attempt).where(Attempt.user_id == guest.id).values(user_id=account.id))
    for merge in guest_mergers:
        merge(guest.id, account.id)
    db.session.execute(delete(AccountSession).where(AccountSession.user_id == guest.id))
    db.session.delete(guest)
    db.session.commit()


def purge_idle_guests(idle_since: datetime) -> int:
    """Delete guests not seen since ``idle_since`` with everything they stored; returns how many.

    No foreign key to ``account`` cascades, so the rows go child first: responses, attempt
    questions, attempts, card reviews, study cards, sessions, then the guests. Guests own no quiz sets
    or imported documents (both need an account), and a guest with either is kept to be safe.
    """
    from quizapp.cards.models import CardReview, DeckExam, StudyCard
    from quizapp.documents.models import UserDocument
    from quizapp.quiz.models import Attempt, AttemptQuestion, Response
    from quizapp.sets.models import QuizSet

    idle = (
        select(User.id)
        .where(User.username.is_(None))
        .where(func.coalesce(User.last_seen_at, User.created_at) < idle_since)
        .where(~select(QuizSet.id).where(QuizSet.owner_id == User.id).exists())
        .where(~select(UserDocument.id).where(UserDocument.owner_id == User.id).exists())
    )
    guest_ids = list(db.session.execute(idle).scalars())
    for start in range(0, len(guest_ids), 500):
        ids = guest_ids[start : start + 500]
        attempts = select(Attempt.id).where(Attempt.user_id.in_(ids))
        questions = select(AttemptQuestion.id).where(AttemptQuestion.attempt_id.in_(attempts))
        db.session.execute(delete(Response).where(Response.attempt_question_id.in_(questions)))
        db.session.execute(delete(AttemptQuestion).where(AttemptQuestion.attempt_id.in_(attempts)))
        db.session.execute(delete(Attempt).where(Attempt.user_id.in_(ids)))
        cards = select(StudyCard.id).where(StudyCard.user_id.in_(ids))
        db.session.execute(delete(CardReview).where((CardReview.user_id.in_(ids)) | CardReview.card_id.in_(cards)))
        db.session.execute(delete(StudyCard).where(StudyCard.user_id.in_(ids)))
        db.session.execute(delete(DeckExam).where(DeckExam.user_id.in_(ids)))
        db.session.execute(delete(AccountSession).where(AccountSession.user_id.in_(ids)))
        db.session.execute(delete(User).where(User.id.in_(ids)))
        db.session.commit()
    return len(guest_ids)
