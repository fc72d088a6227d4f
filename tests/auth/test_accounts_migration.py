"""The accounts migration on a database with data: names keyed, ids never reused, guests purgeable."""
from __future__ import annotations

from flask_migrate import upgrade
from sqlalchemy import text

from quizapp.extensions import db
from tests.helpers.app import make_app


def test_upgrading_keeps_accounts_keys_their_names_and_stops_id_reuse(tmp_path):
    app = make_app(tmp_path / "old.sqlite", tmp_path)
    with app.app_context():
        upgrade(revision="e4openattempt")
        with db.engine.begin() as connection:
            # Two names that differ only in case, as a registration race could leave them.
            connection.execute(text("INSERT INTO account (id, username, password_hash, created_at) VALUES (1, 'Ana', 'x', '2026-01-01 10:00:00'), (2, 'ana', 'x', '2026-01-02 10:00:00'), (3, NULL, NULL, '2026-01-03 10:00:00')"))
            connection.execute(text("INSERT INTO attempt (id, user_id, title, mode, settings, started_at, max_score) VALUES (1, 2, 'Quiz', 'practice', '{}', '2026-01-02 10:05:00', 1)"))
        upgrade()
        with db.engine.connect() as connection:
            rows = connection.execute(text("SELECT id, username, username_key, last_seen_at FROM account ORDER BY id")).all()
            assert [(r[0], r[1]) for r in rows] == [(1, "Ana"), (2, "ana"), (3, None)]
            assert rows[0][2] == "ana" and rows[1][2] != "ana" and rows[2][2] is None
            assert str(rows[2][3]).startswith("2026-01-03")  # a guest's last activity starts at its creation
            assert connection.execute(text("SELECT user_id FROM attempt WHERE id = 1")).scalar_one() == 2
            assert "AUTOINCREMENT" in connection.execute(text("SELECT sql FROM sqlite_master WHERE name = 'account'")).scalar_one().upper()
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1  # switched back on
        with db.engine.begin() as connection:
            connection.execute(text("DELETE FROM account WHERE id = 3"))
            connection.execute(text("INSERT INTO account (username, created_at, new_cards_per_day) VALUES ('newcomer', '2026-02-01 10:00:00', 20)"))
            assert connection.execute(text("SELECT id FROM account WHERE username = 'newcomer'")).scalar_one() == 4


def test_every_table_that_points_at_an_account_is_handled_by_the_guest_purge():
    """A new table with a foreign key to account must be emptied by a receiver of
    ``quizapp.events.guests_deleting`` (or its guests kept by ``guests_kept``), and listed here."""
    # mark_change: its attempts' rows go with them (quiz), and ``changed_by`` is a set's owner (kept);
    # guests who played live are kept (live.subscribers); a session's owner owns its set
    handled = {"attempt", "study_card", "card_review", "account_session", "quiz_set", "deck_exam", "user_document",
               "school_class", "class_member", "set_accommodation", "mark_change", "own_deck", "deck_setting",
               "live_player", "live_session"}
    referencing = {
        fk.parent.table.name for table in db.metadata.tables.values() for fk in table.foreign_keys if fk.column.table.name == "account"
    }
    assert referencing == handled, referencing - handled
