"""``quizapp serve``'s gunicorn command: threaded workers by default, its own control socket."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from quizapp.cli import build_parser, control_socket_args, gunicorn_command


def command_for(*argv: str, instance: str = "/srv/quizapp/instance") -> list[str]:
    return gunicorn_command(build_parser().parse_args(["serve", *argv]), instance)


def option(command: list[str], name: str) -> str:
    return command[command.index(name) + 1]


def test_serve_uses_threaded_workers_by_default(monkeypatch):
    for name in ("QUIZAPP_WORKER_CLASS", "QUIZAPP_THREADS", "QUIZAPP_WORKERS"):
        monkeypatch.delenv(name, raising=False)
    command = command_for()
    assert option(command, "--worker-class") == "gthread"
    assert option(command, "--threads") == "128" and option(command, "--workers") == "4"
    # a worker accepts no more connections than its threads: none waits behind event streams
    assert option(command, "--worker-connections") == "128"


def test_worker_class_and_threads_come_from_options_or_the_environment(monkeypatch):
    assert option(command_for("--worker-class", "sync"), "--worker-class") == "sync"
    assert "--threads" not in command_for("--worker-class", "sync")
    monkeypatch.setenv("QUIZAPP_THREADS", "6")
    monkeypatch.setenv("QUIZAPP_WORKER_CLASS", "gthread")
    assert option(command_for(), "--threads") == "6"


def test_each_instance_has_its_own_control_socket(tmp_path):
    one = control_socket_args(str(tmp_path / "one"), 8000)
    other = control_socket_args(str(tmp_path / "two"), 8000)
    same_folder_other_port = control_socket_args(str(tmp_path / "one"), 8001)
    assert one[0] == "--control-socket" and one[1].startswith(str(tmp_path / "one"))
    assert len({one[1], other[1], same_folder_other_port[1]}) == 3
    assert "/.gunicorn/" not in one[1]


def test_a_folder_too_deep_for_a_unix_socket_gets_none():
    assert control_socket_args("/" + "d" * 200, 8000) == ["--no-control-socket"]


def test_the_installed_gunicorn_accepts_the_command(tmp_path):
    """gunicorn itself checks the command line and loads the app (--check-config)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUIZAPP_")}
    env.update(QUIZAPP_INSTANCE_DIR=str(tmp_path), SECRET_KEY="check", DATABASE_URL=f"sqlite:///{tmp_path / 'x.sqlite'}")
    command = [*command_for("--port", "0", instance=str(tmp_path)), "--check-config", "quizapp:create_app()"]
    assert command[0] == sys.executable
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr


def test_gevent_without_the_package_is_one_line(monkeypatch, capsys):
    import importlib.util

    from quizapp import cli

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "gevent" else real_find_spec(name, *a))
    monkeypatch.setattr(os, "execv", lambda *args: pytest.fail("gunicorn must not start"))
    with pytest.raises(SystemExit) as stopped:
        cli.main(["serve", "--worker-class", "gevent"])
    assert stopped.value.code == 1
    assert "pip install -e '.[gevent]'" in capsys.readouterr().err


def test_a_package_only_some_routes_import_is_checked_at_start(monkeypatch, capsys):
    """openpyxl, genanki and segno are imported by the routes that use them, not by the app:
    a missing one still stops ``quizapp serve`` at start, not a teacher's first export."""
    import importlib.util

    from quizapp import cli

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "openpyxl" else real_find_spec(name, *a))
    monkeypatch.setattr(os, "execv", lambda *args: pytest.fail("gunicorn must not start"))
    with pytest.raises(SystemExit) as stopped:
        cli.main(["serve"])
    assert stopped.value.code == 1
    assert "openpyxl" in capsys.readouterr().err


def test_the_database_pool_has_a_connection_for_every_thread(monkeypatch, tmp_path, template_db):
    """gunicorn's app gets a pool as large as its threads (SQLAlchemy's default is 5 + 10)."""
    import shutil

    from quizapp import cli, create_app
    from quizapp.extensions import db

    shutil.copy(template_db, tmp_path / "quizapp.sqlite")
    monkeypatch.setenv("QUIZAPP_INSTANCE_DIR", str(tmp_path))
    monkeypatch.setenv("SECRET_KEY", "x")
    # setenv first, so that the value serve sets is removed again after the test
    monkeypatch.setenv("QUIZAPP_SQLALCHEMY_ENGINE_OPTIONS", "")
    monkeypatch.delenv("QUIZAPP_SQLALCHEMY_ENGINE_OPTIONS")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    started = []
    monkeypatch.setattr(os, "execv", lambda *args: started.append(args))
    cli.main(["serve", "--threads", "24"])
    assert started, "gunicorn was not started"
    app = create_app()  # as gunicorn's worker builds it, from the environment serve leaves
    with app.app_context():
        assert db.engine.pool.size() == 24
        db.engine.dispose()

