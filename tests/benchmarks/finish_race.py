"""Benchmark: Finish racing an answer over HTTP, against gunicorn with several workers on SQLite.

It starts gunicorn on 127.0.0.1 with a fresh SQLite database (migrated, bank loaded). Each
trial is a guest with a two-question test: the first question is answered, then the last
answer and Finish are sent at the same moment from two threads (so, most often, to two
different workers). Afterwards the database is read: every attempt's score must equal the
sum of the marks stored for it. It prints how often the answer was counted or refused and
how many scores disagree with their marks (0 is the only good figure).

    .venv/bin/python tests/benchmarks/finish_race.py [--trials 30] [--workers 4] [--app-dir PATH]

``--app-dir`` runs another checkout's app (e.g. an older commit, for a before/after figure).
Not collected by pytest (the file name does not start with test_): a benchmark, not a test.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from concurrent_answers import Learner, free_port, token, wait_until_up

ROOT = Path(__file__).resolve().parents[2]


def start_test(learner: Learner) -> str:
    """Start a two-question true/false test as a guest; the attempt's path, e.g. /quiz/7."""
    _, page, _ = learner.request("/quiz/new")
    topics = re.findall(r'name="topics"[^>]*value="(\d+)"', page) or re.findall(r'value="(\d+)"[^>]*name="topics"', page)
    form = [("csrf_token", token(page)), ("document", "1"), ("count", "2"), ("mode", "test"), ("focus", "all"), ("types", "true_false")]
    form += [("topics", t) for t in topics]
    status, _, location = learner.request("/quiz/new", form)
    assert status == 303, status
    return urllib.parse.urlsplit(location).path.rsplit("/q/", 1)[0]


def trial(base: str) -> dict[str, int | str]:
    learner = Learner(base)
    attempt_path = start_test(learner)
    _, page, _ = learner.request(f"{attempt_path}/q/1")
    learner.request(f"{attempt_path}/q/1", {"csrf_token": token(page), "answer": "true"})
    _, page, _ = learner.request(f"{attempt_path}/q/2")
    csrf = token(page)
    barrier = threading.Barrier(2)
    statuses: dict[str, int | str] = {"attempt": attempt_path.rsplit("/", 1)[1]}

    def answer() -> None:
        barrier.wait()
        statuses["answer"] = learner.request(f"{attempt_path}/q/2", {"csrf_token": csrf, "answer": "true"})[0]

    def finish() -> None:
        barrier.wait()
        statuses["finish"] = learner.request(f"{attempt_path}/finish", {"csrf_token": csrf})[0]

    threads = [threading.Thread(target=answer), threading.Thread(target=finish)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return statuses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--app-dir", type=Path, default=ROOT, help="the checkout whose app is served (default: this one)")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="quizapp-race-"))
    db_path = workdir / "race.sqlite"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db_path}", "SECRET_KEY": "bench", "QUIZAPP_BANK_DIR": str(ROOT / "questions")}
    subprocess.run([sys.executable, "-c", "from quizapp.cli import prepare_database; prepare_database()"],
                   env=env, check=True, cwd=args.app_dir, capture_output=True)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", str(args.workers), "quizapp:create_app()"],
        env=env, cwd=args.app_dir, stdout=subprocess.DEVNULL, stderr=open(workdir / "gunicorn.log", "w"),
    )
    base = f"http://127.0.0.1:{port}"
    results = []
    try:
        wait_until_up(base)
        started = time.perf_counter()
        results = [trial(base) for _ in range(args.trials)]
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)  # a loaded, shared machine can take a while to stop workers
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

    with sqlite3.connect(db_path) as con:
        rows = con.execute(
            """
            SELECT attempt.id, attempt.score, COALESCE(SUM(response.score), 0), COUNT(response.id)
            FROM attempt JOIN attempt_question ON attempt_question.attempt_id = attempt.id
            LEFT JOIN response ON response.attempt_question_id = attempt_question.id
            GROUP BY attempt.id, attempt.score
            """
        ).fetchall()
    mismatched = [{"attempt": a, "score": s, "sum_of_marks": m} for a, s, m, _ in rows if s is None or abs(s - m) > 1e-9]
    by_attempt = {str(a): n for a, _, _, n in rows}
    report = {
        "app_dir": str(args.app_dir),
        "workers": args.workers,
        "trials": len(results),
        "answer_counted": sum(1 for r in results if by_attempt.get(str(r["attempt"])) == 2),
        "answer_refused": sum(1 for r in results if by_attempt.get(str(r["attempt"])) == 1),
        "answer_statuses": sorted({r.get("answer") for r in results}, key=str),
        "finish_statuses": sorted({r.get("finish") for r in results}, key=str),
        "scores_not_equal_to_marks": len(mismatched),
        "mismatches": mismatched[:5],
        "wall_seconds": round(wall, 2),
    }
    print(json.dumps(report, indent=2))
    ok = not mismatched and len(rows) == args.trials
    print(f"OK: {len(rows)} of {args.trials} scores equal the sum of their marks" if ok else "PROBLEM: see the figures above")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
