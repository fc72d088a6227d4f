"""``GET /healthz``: 200 when the database answers and can be written, 503 when it cannot.

A database that answers reads but refuses writes (a read-only file or replica, a full disk)
loses every answer a learner sends, so it is reported unhealthy too. The probe is cheap and
changes nothing: an UPDATE of the one-row ``alembic_version`` table to its own value, rolled
back (it takes the write lock for a moment, as any answer does). A rolled-back write never
reaches an SQLite file, so for SQLite the free space of the database's disk is checked too.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from flask import Blueprint, current_app
from sqlalchemy import text

from quizapp.extensions import db

bp = Blueprint("health", __name__)

# Below this much free space an SQLite database is about to fail writes (checkpoints, the WAL).
MIN_FREE_BYTES = 16 * 1024 * 1024


def database_status() -> str:
    """"ok", or what is wrong: "unreachable", "not writable" or "disk full"."""
    try:
        db.session.execute(text("SELECT 1"))
    except Exception:
        db.session.rollback()
        return "unreachable"
    try:
        db.session.execute(text("UPDATE alembic_version SET version_num = version_num"))
    except Exception:
        return "not writable"
    finally:
        db.session.rollback()
    folder = _sqlite_folder()
    if folder is not None:
        minimum = current_app.config.get("HEALTH_MIN_FREE_BYTES", MIN_FREE_BYTES)
        if shutil.disk_usage(folder).free < minimum:
            return "disk full"
    return "ok"


def _sqlite_folder() -> Path | None:
    url = db.engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database.removeprefix("file:").split("?")[0]).resolve().parent


@bp.get("/healthz")
def healthz() -> tuple[dict[str, str], int]:
    status = database_status()
    if status == "ok":
        return {"status": "ok", "database": "ok"}, 200
    return {"status": "error", "database": status}, 503
