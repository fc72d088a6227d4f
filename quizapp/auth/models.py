"""Accounts. A guest is an account without a username, so registering keeps its history."""
from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column
from werkzeug.security import check_password_hash, generate_password_hash

from quizapp.extensions import db
from quizapp.timeutil import utcnow


class User(UserMixin, db.Model):
    """A learner or teacher. Guests have no username and no password until they register."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str | None] = mapped_column(String(40), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Flashcard settings: an IANA zone name (None: not known yet, UTC is used) for "today".
    time_zone: Mapped[str | None] = mapped_column(String(64))
    new_cards_per_day: Mapped[int] = mapped_column(default=20, server_default="20")

    @property
    def is_guest(self) -> bool:
        return self.username is None

    @property
    def display_name(self) -> str:
        return self.username or "Guest"

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        return self.password_hash is not None and check_password_hash(self.password_hash, password)


from quizapp.extensions import login_manager  # noqa: E402


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    return db.session.get(User, int(user_id)) if user_id.isdigit() else None
