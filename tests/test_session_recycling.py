"""Database sessions kept between requests (issue 15): a closed session serves the next
application context instead of a new one being built, and must come back empty, in one
context at a time, with the settings a fresh one has.
"""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from quizapp.auth.models import User
from quizapp.extensions import db


def _load_someone() -> User:
    """An account loaded into the session's identity map (held by the caller: the map is weak)."""
    db.session.add(User(username="someone"))
    db.session.commit()
    return db.session.execute(select(User).where(User.username == "someone")).scalar_one()


def test_a_closed_session_serves_the_next_context_holding_nothing_of_the_last(app):
    with app.app_context():
        someone = _load_someone()
        first = db.session()
        assert len(first.identity_map) == 1
    with app.app_context():
        second = db.session()
        assert second is first  # kept, not built again
        assert len(second.identity_map) == 0
        assert someone not in second  # detached by the close, not carried over
        assert not second.in_transaction()
        # and it works: the account is read afresh from the database
        assert db.session.execute(select(User.username).where(User.username == "someone")).scalar_one() == "someone"


def test_a_session_left_with_changed_settings_or_info_is_not_kept(app):
    for change in ("expire_on_commit", "autoflush", "info"):
        with app.app_context():
            session = db.session()
            if change == "info":
                session.info["mark"] = 1
            else:
                setattr(session, change, False)
        with app.app_context():
            fresh = db.session()
            assert fresh is not session, change
            assert fresh.expire_on_commit and fresh.autoflush and not fresh.info


def test_nested_contexts_and_threads_each_have_their_own_session(app):
    with app.app_context():
        outer = db.session()
        with app.app_context():
            inner = db.session()
            assert inner is not outer
        assert db.session() is outer

    seen: dict[str, object] = {}
    both_in = threading.Barrier(2)

    def request_in_thread(name: str) -> None:
        with app.app_context():
            seen[name] = db.session()
            both_in.wait(timeout=10)  # both hold their sessions at the same time

    threads = [threading.Thread(target=request_in_thread, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen["a"] is not seen["b"]


def test_db_session_outside_an_application_context_says_so():
    with pytest.raises(RuntimeError, match="application context"):
        db.session.execute(select(1))
