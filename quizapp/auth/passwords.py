"""Password rules and hashing: argon2id, a list of common passwords, old hashes upgraded on sign-in.

Hashes are argon2id at OWASP's recommended cost (19 MiB, 2 passes, 1 lane: about 0.1 s on
this 2-core machine, and little memory per concurrent sign-in for several gunicorn workers).
Hashes made before (werkzeug scrypt or pbkdf2), or at another cost, still verify and are
replaced on the next successful sign-in. Tests may lower the cost through
``PASSWORD_HASH_TIME_COST``, ``PASSWORD_HASH_MEMORY_KIB`` and ``PASSWORD_HASH_PARALLELISM``.
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from werkzeug.security import check_password_hash

PASSWORD_MIN = 8
# Long passphrases are welcome; the cap only keeps a hash request bounded.
PASSWORD_MAX = 200
# Django's list (BSD licence): 20,000 common passwords by Royce Williams, lower-cased and
# de-duplicated (19,640 entries). See data/README.md.
COMMON_PASSWORDS_FILE = Path(__file__).with_name("data") / "common-passwords.txt.gz"


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    with gzip.open(COMMON_PASSWORDS_FILE, "rt", encoding="utf-8") as fh:
        return frozenset(line.strip().casefold() for line in fh if line.strip())


def password_problem(password: str) -> str | None:
    """Why a new password is refused, or None. NIST 800-63B: length and a blocklist, no composition rules."""
    if len(password) < PASSWORD_MIN:
        return f"A password needs at least {PASSWORD_MIN} characters."
    if len(password) > PASSWORD_MAX:
        return f"A password has at most {PASSWORD_MAX} characters."
    if password.strip().casefold() in common_passwords():
        return "That password is one of the most common ones, which are guessed first. Choose another one."
    return None


# OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1.
DEFAULT_TIME_COST, DEFAULT_MEMORY_KIB, DEFAULT_PARALLELISM = 2, 19 * 1024, 1


@lru_cache(maxsize=8)
def _hasher(time_cost: int, memory_kib: int, parallelism: int) -> PasswordHasher:
    return PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=parallelism)


def _cost() -> tuple[int, int, int]:
    config = current_app.config
    return (
        int(config.get("PASSWORD_HASH_TIME_COST", DEFAULT_TIME_COST)),
        int(config.get("PASSWORD_HASH_MEMORY_KIB", DEFAULT_MEMORY_KIB)),
        int(config.get("PASSWORD_HASH_PARALLELISM", DEFAULT_PARALLELISM)),
    )


def hasher() -> PasswordHasher:
    """The argon2id hasher for the current app's cost settings."""
    return _hasher(*_cost())


def hash_password(password: str) -> str:
    return hasher().hash(password)


@lru_cache(maxsize=8)
def _dummy_hash(time_cost: int, memory_kib: int, parallelism: int) -> str:
    return _hasher(time_cost, memory_kib, parallelism).hash("a password nobody has, for timing")


def verify_password(stored: str | None, password: str) -> bool:
    """True when ``password`` matches ``stored``; with no stored hash, the same work is done anyway.

    Verifying against a dummy hash of the same algorithm and cost makes "no such user" take as
    long as "wrong password", so timing does not tell which usernames exist.
    """
    ph = hasher()
    if not stored:
        try:
            ph.verify(_dummy_hash(*_cost()), password)
        except VerificationError:
            pass
        return False
    if stored.startswith("$argon2"):
        try:
            return ph.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False
    try:
        return check_password_hash(stored, password)  # werkzeug's scrypt / pbkdf2, from before argon2
    except ValueError:
        return False


def needs_rehash(stored: str) -> bool:
    """An older algorithm or a cost other than today's: replace it while the password is at hand."""
    if not stored.startswith("$argon2"):
        return True
    try:
        return hasher().check_needs_rehash(stored)
    except InvalidHashError:
        return True
