"""What a web worker holds: the app made by ``create_app`` imports only what every request may
need. The drafter (its word tables), openpyxl, genanki, segno and Flask-Migrate (Alembic) are
imported by the routes and commands that use them, when they run (issue 15: a worker's heap was twice B1's, 1,162 modules,
and its CPU per request 1.25× B1's for the same instructions). The routes and commands that use
them are tested where they live (exports, document import, ``flask bank derive``, Anki)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEFERRED = ("quizapp.derive", "openpyxl", "genanki", "segno", "flask_migrate", "alembic")


@pytest.fixture(scope="module")
def worker_modules(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The modules a fresh interpreter holds after ``create_app()``, as a gunicorn worker does."""
    instance = tmp_path_factory.mktemp("instance")
    code = "import json, sys; from quizapp import create_app; create_app(); print(json.dumps(sorted(sys.modules)))"
    env = {**os.environ, "QUIZAPP_INSTANCE_DIR": str(instance), "SECRET_KEY": "footprint", "DATABASE_URL": f"sqlite:///{instance / 'q.sqlite'}"}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return set(json.loads(out))


@pytest.mark.parametrize("package", DEFERRED)
def test_a_worker_does_not_import_what_only_some_routes_need(worker_modules: set[str], package: str) -> None:
    assert not {m for m in worker_modules if m == package or m.startswith(package + ".")}


def test_the_commands_that_need_them_are_still_registered() -> None:
    from quizapp import create_app

    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://", "SECRET_KEY": "footprint"})
    bank = app.cli.get_command(None, "bank")  # type: ignore[arg-type]
    assert bank is not None
    assert {"derive", "import", "export"} <= set(bank.list_commands(None))  # type: ignore[attr-defined,arg-type]


def test_migrations_still_run_from_the_command_line(tmp_path: Path) -> None:
    """``flask db`` is listed, and runs Flask-Migrate's commands (imported when it runs)."""
    env = {**os.environ, "QUIZAPP_INSTANCE_DIR": str(tmp_path), "SECRET_KEY": "footprint", "DATABASE_URL": f"sqlite:///{tmp_path / 'q.sqlite'}"}
    flask = [sys.executable, "-m", "flask", "--app", "quizapp"]
    listed = subprocess.run([*flask, "--help"], env=env, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    assert "Perform database migrations." in listed
    subprocess.run([*flask, "db", "upgrade"], env=env, cwd=ROOT, check=True, capture_output=True)
    current = subprocess.run([*flask, "db", "current"], env=env, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    assert "(head)" in current
