"""Accounts and guests: who the current learner is, and keeping a guest's work on sign-up."""
from __future__ import annotations

from typing import Callable

from flask_login import current_user, login_user
from sqlalchemy import func, select, update

from quizapp.auth.models import User
from quizapp.extensions import db

# Features that keep per-user rows register a function here that moves a guest's rows to
# the account they sign in to (called with guest id and account id, inside the transaction).
guest_mergers: list[Callable[[int, int], None]] = []


def current_learner() -> User:
    """The signed-in user, or a new guest account signed in now, for actions that store work."""
    if current_user.is_authenticated:
        return current_user._get_current_object()  # type: ignore[attr-defined]
    guest = User()
    db.session.add(guest)
    db.session.commit()
    login_user(guest, remember=True)
    return guest


def find_user(username: str) -> User | None:
    return db.session.execute(select(User).where(func.lower(User.username) == username.strip().lower())).scalar_one_or_none()


def register(username: str, password: str) -> User:
    """Create an account; a signed-in guest becomes that account and keeps everything."""
    if current_user.is_authenticated and current_user.is_guest:
        user = current_user._get_current_object()  # type: ignore[attr-defined]
    else:
        user = User()
        db.session.add(user)
    user.username = username.strip()
    user.set_password(password)
    db.session.commit()
    return user


def absorb_guest(guest: User, account: User) -> None:
    """Move a guest's work to the account they signed in to, then delete the empty guest."""
    from quizapp.quiz.models import Attempt

    db.session.execute(update(Attempt).where(Attempt.user_id == guest.id).values(user_id=account.id))
    for merge in guest_mergers:
        merge(guest.id, account.id)
    db.session.delete(guest)
    db.session.commit()
