"""Start-up faults end in one line and exit status 1; /healthz reports a database it cannot write."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask.cli import FlaskGroup

from quizapp import cli, create_app
from tests.helpers.app import BANK_DIR, make_app

QUIZAPP = Path(sys.executable).with_name("quizapp")


def run_serve(instance: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``quizapp serve`` as an operator runs it; it must stop before starting gunicorn."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("QUIZAPP_") and k != "SECRET_KEY"}
    environment.update({"QUIZAPP_INSTANCE_DIR": str(instance), "QUIZAPP_BANK_DIR": str(BANK_DIR), "QUIZAPP_PORT": "1", **env})
    environment.pop("DATABASE_URL", None)
    return subprocess.run([str(QUIZAPP), "serve"], env=environment, capture_output=True, text=True, timeout=60)


def assert_one_line_failure(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("quizapp: ")
    for word in words:
        assert word in last, last
    assert "Quizapp is running" not in result.stdout


def test_a_missing_bank_folder_is_one_line(tmp_path):
    result = run_serve(tmp_path / "instance", QUIZAPP_BANK_DIR=str(tmp_path / "no-such-folder"))
    assert_one_line_failure(result, "no-such-folder", "QUIZAPP_BANK_DIR")


def test_a_file_that_is_not_a_database_is_one_line(tmp_path):
    instance = tmp_path / "instance"
    instance.mkdir()
    (instance / "quizapp.sqlite").write_bytes(os.urandom(8192))
    assert_one_line_failure(run_serve(instance), "quizapp.sqlite", "not a SQLite database", "backup")


def test_a_truncated_database_is_one_line(tmp_path, template_db):
    instance = tmp_path / "instance"
    instance.mkdir()
    copy = instance / "quizapp.sqlite"
    shutil.copy(template_db, copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = copy.read_bytes()
    copy.write_bytes(data[: len(data) - 40_000])  # the end of the file is lost
    assert_one_line_failure(run_serve(instance), "damaged", "backup")


@pytest.fixture
def read_only_instance(tmp_path, monkeypatch) -> Path:
    """An instance folder the app cannot write to (as root, chmod alone would not stop it)."""
    instance = tmp_path / "read-only"
    instance.mkdir()
    monkeypatch.setenv("QUIZAPP_INSTANCE_DIR", str(instance))
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("QUIZAPP_SECRET_KEY", raising=False)
    if os.geteuid() == 0:
        real_open = os.open

        def refuse_writes(path, flags, *args, **kwargs):
            if str(path).startswith(str(instance)) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse_writes)
    else:
        instance.chmod(0o500)
    return instance


def test_a_read_only_instance_folder_without_secret_key_is_one_line(read_only_instance, capsys, monkeypatch):
    monkeypatch.setattr(os, "execv", lambda *args: pytest.fail("gunicorn must not start"))
    with pytest.raises(SystemExit) as stopped:
        cli.main(["serve"])
    assert stopped.value.code == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "secret key" in err and "SECRET_KEY" in err and str(read_only_instance) in err


def test_flask_commands_report_the_same_fault_in_one_line(read_only_instance):
    group = FlaskGroup(create_app=create_app)
    result = CliRunner().invoke(group, ["bank", "check"], catch_exceptions=False)
    assert result.exit_code == 1
    assert "Error: Cannot keep a secret key" in result.output and "Traceback" not in result.output


def test_healthz_is_ok_for_a_writable_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json == {"status": "ok", "database": "ok"}


def test_healthz_reports_a_read_only_database(tmp_path, template_db):
    copy = tmp_path / "ro.sqlite"
    shutil.copy(template_db, copy)
    app = make_app(copy, tmp_path, SQLALCHEMY_DATABASE_URI=f"sqlite:///file:{copy}?mode=ro&uri=true")
    response = app.test_client().get("/healthz")
    assert response.status_code == 503 and response.json["database"] == "not writable"


def test_healthz_reports_a_full_disk(app):
    app.config["HEALTH_MIN_FREE_BYTES"] = 2**62  # more than any disk has free
    response = app.test_client().get("/healthz")
    assert response.status_code == 503 and response.json["database"] == "disk full"


def test_the_health_probe_changes_nothing(app, client):
    from sqlalchemy import text

    from quizapp.extensions import db

    with app.app_context():
        before = db.session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    for _ in range(3):
        assert client.get("/healthz").status_code == 200
    with app.app_context():
        assert db.session.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == before
