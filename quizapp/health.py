"""``GET /healthz``: 200 when the database answers, 503 when it does not."""
from __future__ import annotations

from flask import Blueprint

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> tuple[dict[str, str], int]:
    from quizapp import database_is_reachable

    if database_is_reachable():
        return {"status": "ok", "database": "ok"}, 200
    return {"status": "error", "database": "unreachable"}, 503
