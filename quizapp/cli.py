"""``quizapp serve``: bring the database up to date, load the shipped bank, run gunicorn."""
from __future__ import annotations

import argparse
import os
import sys

from quizapp import create_app


def prepare_database() -> str:
    """Apply migrations and load every bank in the bank folder (an idempotent upsert)."""
    from flask_migrate import upgrade

    from quizapp.bank.parser import BankError, read_banks
    from quizapp.bank.services import load_bank
    from quizapp.extensions import db

    app = create_app()
    with app.app_context():
        upgrade()
        try:
            banks = read_banks(app.config["BANK_DIR"])
        except BankError as exc:
            raise SystemExit(f"The bank has problems; nothing was loaded:\n{exc}") from None
        lines = [f"{bank.slug}: {load_bank(bank)}" for bank in banks]
        db.session.commit()
        return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="quizapp", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="migrate, load the bank and serve with gunicorn")
    serve.add_argument("--host", default=os.environ.get("QUIZAPP_HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=int(os.environ.get("QUIZAPP_PORT", "8000")))
    serve.add_argument("--workers", type=int, default=int(os.environ.get("QUIZAPP_WORKERS", "2")))
    # gunicorn's default of 30 s would cut off a large XLSX export: 100,000 response rows take
    # about 35 s to write (tests/benchmarks/export_memory.py).
    serve.add_argument("--timeout", type=int, default=int(os.environ.get("QUIZAPP_TIMEOUT", "120")))
    args = parser.parse_args(argv)

    print(prepare_database(), flush=True)
    print(f"Quizapp is running at http://{args.host}:{args.port}/  (Ctrl+C to stop)", flush=True)
    gunicorn = [
        sys.executable, "-m", "gunicorn",
        "--bind", f"{args.host}:{args.port}", "--workers", str(args.workers), "--timeout", str(args.timeout),
    ]
    # The factory form works from any directory; wsgi.py is the same app for plain gunicorn.
    os.execv(sys.executable, [*gunicorn, "quizapp:create_app()"])
