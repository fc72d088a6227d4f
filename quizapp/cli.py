"""``quizapp serve``: bring the database up to date, load the shipped bank, run gunicorn.

gunicorn runs threaded workers (``gthread``) by default: a sync worker is held by one client
for as long as that client takes to send its request, so two clients trickling headers stalled
the whole server; a threaded worker waits for a request's bytes without holding a thread
(tests/benchmarks/slow_clients.py measures both). Four processes rather than two, because a
timed exam for 200 students on a 2-core machine shared with other work
(tests/benchmarks/exam_500.py) kept its answers' p95 at 19 ms with 4 × 4 against 60 and 362 ms
with 2 × 8 (threads of one process share its interpreter lock), 1.5 s with gevent (a SQLite wait
blocks its whole worker) and 2.5 s with 4 sync workers.

128 threads a worker, because a live session's phones each hold an event stream, and a stream
holds a thread (tests/benchmarks/live_room.py): 10 rooms of 30 need 300, and a worker accepts
no more connections than it has threads, so no request waits behind streams inside a worker.
Only ``ACTIVE_REQUESTS`` (4) of them run the app at once (quizapp/request_slots.py): with all
128 running, the exam's answer p95 went from 24 to 103 ms; with 4 slots it was 15 ms. gevent
holds streams cheaply but failed the live room: 200 phones, next-question p95 1.5 s and ordinary
pages' p95 2.4 s, against 0.54 s and 60 ms with gthread 4 × 128.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from flask import Flask
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError

from quizapp import StartupError, create_app

WORKER_CLASSES = ("gthread", "sync", "gevent")
# Imported by the routes and commands that use them, not by create_app (a worker would hold
# them for nothing): checked at start all the same, so a missing one stops ``serve`` at once.
DEFERRED_PACKAGES = ("openpyxl", "genanki", "segno", "flask_migrate")
# A Unix socket path must fit in sockaddr_un (108 bytes on Linux, 104 on macOS).
MAX_SOCKET_PATH = 100


def prepare_database(app: Flask | None = None) -> str:
    """Apply migrations and load every bank in the bank folder (an idempotent upsert).

    Raises StartupError, with one line saying what is wrong and what to do, when the bank
    folder is missing or the database cannot be opened, read or written.
    """
    from flask_migrate import upgrade

    from quizapp.bank.parser import BankError, read_banks
    from quizapp.bank.services import load_banks
    from quizapp.extensions import db

    app = app or create_app()
    with app.app_context():
        bank_dir = Path(app.config["BANK_DIR"])
        if not bank_dir.is_dir():
            raise StartupError(
                f"The bank folder {bank_dir} does not exist: set QUIZAPP_BANK_DIR to the folder that holds the banks."
            )
        try:
            check_sqlite_file(app.config["SQLALCHEMY_DATABASE_URI"])
            upgrade()
            try:
                banks = read_banks(bank_dir)
            except BankError as exc:
                raise SystemExit(f"The bank has problems; nothing was loaded:\n{exc}") from None
            lines = [f"{bank.slug}: {report}" for bank, report in zip(banks, load_banks(banks))]
        except DatabaseError as exc:
            raise StartupError(database_problem(app.config["SQLALCHEMY_DATABASE_URI"], exc)) from None
        finally:
            db.engine.dispose()
        return "\n".join(lines)


def check_sqlite_file(url: str) -> None:
    """Refuse to start on a damaged SQLite file, before a learner meets the damage.

    ``PRAGMA quick_check`` reads every page once (well under a second for a school's
    database) and finds a truncated or overwritten file that migrations alone might not touch.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or not Path(parsed.database).is_file():
        return
    from quizapp.extensions import db

    with db.engine.connect() as connection:
        result = connection.exec_driver_sql("PRAGMA quick_check(1)").scalar()
    if result != "ok":
        raise StartupError(
            f"The database file {parsed.database} is damaged ({result}): restore it from a backup,"
            " or move it aside to start with an empty database."
        )


def database_problem(url: str, exc: DatabaseError) -> str:
    """One line for an operator: which database, what went wrong, what to do about it."""
    reason = str(exc.orig).strip() if exc.orig is not None else str(exc)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return f"The database {parsed.render_as_string(hide_password=True)} cannot be used ({reason}): check DATABASE_URL and that the server is up."
    path = parsed.database or ":memory:"
    lowered = reason.lower()
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return (
            f"The database file {path} is damaged or is not a SQLite database ({reason}): restore it from a backup,"
            " or move it aside to start with an empty database."
        )
    if "readonly" in lowered or "read-only" in lowered:
        return f"The database file {path} cannot be written ({reason}): make it and its folder writable."
    return f"The database file {path} cannot be used ({reason}): check that its folder exists, is writable and has free space."


def control_socket_args(instance_path: str, port: int) -> list[str]:
    """gunicorn's control socket for this instance alone, or none.

    gunicorn 24+ opens a control socket at ~/.gunicorn/gunicorn.ctl unless told otherwise, so
    two instances run by the same user share it and stopping one removes the other's. Each
    instance gets its own in its instance folder (named by port); where that path is too long
    for a Unix socket, none.
    """
    from gunicorn.config import KNOWN_SETTINGS

    names = {setting.name for setting in KNOWN_SETTINGS}
    if "control_socket" not in names:
        return []  # gunicorn 23 has no control socket
    path = str(Path(instance_path) / f"gunicorn-{port}.ctl")
    if len(path.encode()) <= MAX_SOCKET_PATH:
        return ["--control-socket", path]
    return ["--no-control-socket"] if "control_socket_disable" in names else []


def gunicorn_command(args: argparse.Namespace, instance_path: str) -> list[str]:
    """The gunicorn command line for ``args``, without the app."""
    command = [
        sys.executable, "-m", "gunicorn",
        "--bind", f"{args.host}:{args.port}",
        "--workers", str(args.workers),
        "--worker-class", args.worker_class,
        "--timeout", str(args.timeout),
    ]
    if args.worker_class == "gthread":
        # A worker takes no more connections than it has threads: a live session's event
        # streams each hold a thread, and a request queued behind them would wait for a
        # stream to end; the connection waits in the listen queue for a free worker instead.
        command += ["--threads", str(args.threads), "--worker-connections", str(args.threads)]
    elif args.worker_class == "gevent":
        command += ["--worker-connections", str(max(args.threads, 100))]
    return command + control_socket_args(instance_path, args.port)


def worker_environment(args: argparse.Namespace, environ: Mapping[str, str]) -> dict[str, str]:
    """Settings gunicorn's workers need beyond ``environ``, for the app they build.

    Each thread may hold a database connection; SQLAlchemy's pool holds 5 (+10 overflow) by
    default, so with more threads than that requests would wait for one and then fail.
    """
    if args.worker_class == "gthread" and "QUIZAPP_SQLALCHEMY_ENGINE_OPTIONS" not in environ:
        return {"QUIZAPP_SQLALCHEMY_ENGINE_OPTIONS": json.dumps({"pool_size": max(5, args.threads)})}
    return {}


def build_parser() -> argparse.ArgumentParser:
    env = os.environ.get
    parser = argparse.ArgumentParser(prog="quizapp", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="migrate, load the bank and serve with gunicorn")
    serve.add_argument("--host", default=env("QUIZAPP_HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=int(env("QUIZAPP_PORT", "8000")))
    serve.add_argument("--workers", type=int, default=int(env("QUIZAPP_WORKERS", "4")))
    serve.add_argument(
        "--worker-class", choices=WORKER_CLASSES, default=env("QUIZAPP_WORKER_CLASS", "gthread"),
        help="gunicorn worker class (default gthread; gevent needs the gevent package)",
    )
    serve.add_argument(
        "--threads", type=int, default=int(env("QUIZAPP_THREADS", "128")),
        help="threads per gthread worker (default 128: a live session's event streams each hold one)",
    )
    # gunicorn's default of 30 s would cut off a large XLSX export: 100,000 response rows take
    # about 35 s to write (tests/benchmarks/export_memory.py).
    serve.add_argument("--timeout", type=int, default=int(env("QUIZAPP_TIMEOUT", "120")))
    return parser


def main(argv: list[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    try:
        if args.worker_class == "gevent" and importlib.util.find_spec("gevent") is None:
            raise StartupError("The gevent worker class needs the gevent package: pip install -e '.[gevent]', or use gthread.")
        missing = [name for name in DEFERRED_PACKAGES if importlib.util.find_spec(name) is None]
        if missing:
            raise StartupError(f"Packages Quizapp needs are missing ({', '.join(missing)}): pip install -e . again.")
        app = create_app()
        print(prepare_database(app), flush=True)
    except StartupError as exc:
        print(f"quizapp: {exc.format_message()}", file=sys.stderr, flush=True)
        raise SystemExit(1) from None
    os.environ.update(worker_environment(args, os.environ))
    print(f"Quizapp is running at http://{args.host}:{args.port}/  (Ctrl+C to stop)", flush=True)
    # The factory form works from any directory; wsgi.py is the same app for plain gunicorn.
    os.execv(sys.executable, [*gunicorn_command(args, app.instance_path), "quizapp:create_app()"])
