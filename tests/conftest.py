"""Shared fixtures, after flaskr's: ``app``, ``client``, ``runner`` and an ``auth`` helper.

The schema is built by running the Alembic migrations (so every test also exercises them)
and the shipped bank is loaded once per session into a template database file; each test
gets its own copy of that file, which keeps tests isolated and fast.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from quizapp import create_app
from quizapp.extensions import db
from tests.helpers.app import BANK_DIR, PG_URL, AuthActions, make_app


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file with every migration applied and the shipped bank loaded."""
    from flask_migrate import upgrade

    from quizapp.bank.parser import read_banks
    from quizapp.bank.services import load_bank

    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.sqlite"
    app = make_app(path, folder)
    with app.app_context():
        upgrade()
        for bank in read_banks(BANK_DIR):
            load_bank(bank)
        db.session.commit()
        db.engine.dispose()
    return path


@pytest.fixture
def app(template_db: Path, tmp_path: Path):
    path = tmp_path / "test.sqlite"
    shutil.copy(template_db, path)
    app = make_app(path, tmp_path)
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def auth(app, client) -> AuthActions:
    return AuthActions(app, client)


@pytest.fixture
def pg_app(tmp_path):
    """The app on the scratch PostgreSQL database named by QUIZAPP_TEST_POSTGRES_URL, schema
    rebuilt from the migrations and the bank loaded (tests using it skip when it is unset)."""
    if not PG_URL:
        pytest.skip("set QUIZAPP_TEST_POSTGRES_URL to an empty PostgreSQL database to run these")
    from flask_migrate import downgrade, upgrade

    from quizapp.bank.parser import read_banks
    from quizapp.bank.services import load_bank

    app = create_app(
        {"TESTING": True, "SECRET_KEY": "test", "SQLALCHEMY_DATABASE_URI": PG_URL, "WTF_CSRF_ENABLED": False, "BANK_DIR": str(BANK_DIR)}
    )
    with app.app_context():
        with db.engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        upgrade()
        for bank in read_banks(BANK_DIR):
            load_bank(bank)
        db.session.commit()
    yield app
    with app.app_context():
        db.session.remove()
        downgrade(revision="base")
        db.engine.dispose()
