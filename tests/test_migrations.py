"""The Alembic migrations and the SQLAlchemy models describe the same schema."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade

from quizapp.extensions import db
from tests.conftest import make_app


def test_models_and_migrations_agree(tmp_path):
    app = make_app(tmp_path / "fresh.sqlite", tmp_path)
    with app.app_context():
        upgrade()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True, "render_as_batch": True})
            differences = compare_metadata(context, db.metadata)
        assert differences == [], differences


def test_migrations_go_down_and_up_again(tmp_path):
    app = make_app(tmp_path / "roundtrip.sqlite", tmp_path)
    with app.app_context():
        upgrade()
        downgrade(revision="base")
        upgrade()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            assert compare_metadata(context, db.metadata) == []


def test_serve_prepares_an_empty_database_and_is_idempotent(tmp_path, monkeypatch):
    """What `quizapp serve` does before starting gunicorn: migrate, then load the bank."""
    from quizapp.cli import prepare_database

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'serve.sqlite'}")
    first = prepare_database()
    assert "peru-crisis-2026: questions:" in first and " added" in first
    second = prepare_database()
    assert "0 added, 0 changed" in second
