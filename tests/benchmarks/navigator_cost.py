"""What the question navigator costs the hot paths: CPU time per question GET and per htmx
answer POST, in-process, for a checkout given on the command line (this one by default).

    .venv/bin/python tests/benchmarks/navigator_cost.py [CHECKOUT] [--questions 20] [--rounds 3]

Compare two checkouts by running it on each, interleaved (e.g. a ``git worktree`` of the commit
before the navigator, then this one). ``time.process_time`` counts what this process burns
(SQLite runs in it too), which the other processes of a shared machine disturb far less than
wall time. Not collected by pytest.
"""
from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path


def measure(questions: int) -> tuple[float, float]:
    """(question GET, answer POST) milliseconds of CPU each, on a fresh database."""
    from flask_migrate import upgrade

    from quizapp.bank.parser import read_banks
    from quizapp.bank.services import load_bank
    from quizapp.extensions import db
    from tests.helpers.app import BANK_DIR, HX, AuthActions, make_app
    from tests.helpers.quiz import attempt_id_of, right_form, start_quiz

    folder = Path(tempfile.mkdtemp(prefix="navigator-cost-"))
    app = make_app(folder / "db.sqlite", folder)
    with app.app_context():
        upgrade()
        for bank in read_banks(BANK_DIR):
            load_bank(bank)
        db.session.commit()
    client = app.test_client()
    AuthActions(app, client).create_and_login("ana")
    attempt_id = attempt_id_of(start_quiz(client, app, count=questions, mode="test", types=["true_false"]))
    forms = {p: right_form(app, attempt_id, p) for p in range(1, questions + 1)}
    for _ in range(20):  # warm the template and statement caches
        client.get(f"/quiz/{attempt_id}/q/1", headers=HX)
    started = time.process_time()
    for i in range(300):
        client.get(f"/quiz/{attempt_id}/q/{i % questions + 1}", headers=HX)
    page = (time.process_time() - started) / 300 * 1000
    started = time.process_time()
    for position in range(1, questions + 1):
        client.post(f"/quiz/{attempt_id}/q/{position}", data=forms[position], headers=HX)
    answer = (time.process_time() - started) / questions * 1000
    return page, answer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("checkout", nargs="?", default=str(Path(__file__).resolve().parents[2]))
    parser.add_argument("--questions", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(args.checkout).resolve()))
    logging.disable(logging.CRITICAL)  # Alembic's INFO lines
    results = [measure(args.questions) for _ in range(args.rounds)]
    page = statistics.median(r[0] for r in results)
    answer = statistics.median(r[1] for r in results)
    print(f"{Path(args.checkout).resolve()}: question GET {page:.2f} ms CPU, htmx answer POST {answer:.2f} ms CPU "
          f"(median of {args.rounds}, {args.questions} questions)")


if __name__ == "__main__":
    main()
