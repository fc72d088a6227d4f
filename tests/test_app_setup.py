"""How the app is set up: SQLite settings, the secret key, the pinned htmx."""
from __future__ import annotations

import os
import stat
from types import SimpleNamespace

from sqlalchemy import text

from quizapp import HTMX_INTEGRITY, HTMX_URL, _instance_secret
from quizapp.extensions import db


def test_sqlite_uses_wal_foreign_keys_and_a_busy_timeout(app):
    with app.app_context(), db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_a_secret_key_is_made_once_and_kept_private(tmp_path):
    fake_app = SimpleNamespace(instance_path=str(tmp_path))
    first = _instance_secret(fake_app)
    assert len(first) >= 64
    assert _instance_secret(fake_app) == first
    mode = stat.S_IMODE(os.stat(tmp_path / "secret_key").st_mode)
    assert mode == 0o600


def test_pages_load_the_pinned_htmx_with_its_integrity_hash(client):
    page = client.get("/").text
    assert "htmx.org@4.0.1/dist/htmx.min.js" in HTMX_URL
    assert f'<script src="{HTMX_URL}" integrity="{HTMX_INTEGRITY}" crossorigin="anonymous"' in page
