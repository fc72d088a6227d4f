"""Benchmark: many learners answering at once against gunicorn with several workers on SQLite.

It starts gunicorn on 127.0.0.1 with a fresh SQLite database (migrated, bank loaded), then runs
LEARNERS threads; each is a guest who starts a quiz, answers every question and finishes. It
reports throughput and latency of the answer POSTs, every non-2xx/3xx status, and checks in
the database that every answer was stored exactly once ("database is locked" would show up as
500s or missing rows).

"Exactly once" is tested, not assumed: every third question is answered twice in a row with
two different answers (the second must not replace the first), and every third question is
answered twice at the same moment from two threads with two different answers (a double
click racing itself: exactly one of the two must be stored). The check then asserts that no
question has two responses, that every question has one, that each sequential duplicate kept
the first answer, and that each finished attempt's score is the sum of its marks.

    .venv/bin/python tests/benchmarks/concurrent_answers.py [--learners 24] [--questions 10] [--workers 4]

Not collected by pytest (the file name does not start with test_): a benchmark, not a test.
"""
from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(base: str, tries: int = 100) -> None:
    """Wait for a freshly started server to answer /healthz (about ten seconds at most)."""
    for _ in range(tries):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1)
            return
        except OSError:
            time.sleep(0.1)


class Learner:
    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect()
        )

    def request(self, path: str, data: dict | list | None = None) -> tuple[int, str, str]:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        try:
            with self.opener.open(self.base + path, data=body, timeout=30) as r:
                return r.status, r.read().decode(), r.headers.get("Location", "")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode(errors="replace"), e.headers.get("Location", "")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def token(html: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)


FIRST = {"choice": "0", "answer": "true"}  # shown choice 0, or True
SECOND = {"choice": "1", "answer": "false"}  # shown choice 1, or False


def duplicate_kind(position: int) -> str:
    """Which questions are answered twice, and how: one in three in a row, one in three at once."""
    return ("once", "sequential", "parallel")[position % 3]


def run_learner(
    base: str, questions: int, latencies: list[float], statuses: list[int], sent: dict, lock: threading.Lock
) -> None:
    learner = Learner(base)
    status, page, _ = learner.request("/quiz/new")
    topics = re.findall(r'name="topics"[^>]*value="(\d+)"', page) or re.findall(r'value="(\d+)"[^>]*name="topics"', page)
    types = ["single_choice", "true_false"]
    form = [("csrf_token", token(page)), ("document", "1"), ("count", str(questions)), ("mode", "practice"), ("focus", "all")]
    form += [("topics", t) for t in topics] + [("types", t) for t in types]
    status, _, location = learner.request("/quiz/new", form)
    with lock:
        statuses.append(status)
    attempt_path = urllib.parse.urlsplit(location).path.rsplit("/q/", 1)[0]
    attempt_id = int(attempt_path.rsplit("/", 1)[1])
    for position in range(1, questions + 1):
        status, page, _ = learner.request(f"{attempt_path}/q/{position}")
        csrf = token(page)
        kind = duplicate_kind(position)
        with lock:
            sent[(attempt_id, position)] = kind

        def post(answer: dict, barrier: threading.Barrier | None = None) -> None:
            if barrier is not None:
                barrier.wait(timeout=30)
            started = time.perf_counter()
            status, _, _ = learner.request(f"{attempt_path}/q/{position}", {"csrf_token": csrf, **answer})
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                statuses.append(status)

        if kind == "parallel":
            barrier = threading.Barrier(2)
            pair = [threading.Thread(target=post, args=(answer, barrier)) for answer in (FIRST, SECOND)]
            for t in pair:
                t.start()
            for t in pair:
                t.join(timeout=60)
        else:
            post(FIRST)
            if kind == "sequential":
                post(SECOND)
    status, page, _ = learner.request(f"{attempt_path}/q/{questions}")
    status, _, _ = learner.request(f"{attempt_path}/finish", {"csrf_token": token(page)})
    with lock:
        statuses.append(status)


def check_exactly_once(con: sqlite3.Connection, sent: dict[tuple[int, int], str]) -> dict[str, int]:
    """Counts of every way "exactly once" failed (all zero when it held).

    Answers are compared in bank terms: the stored ``given`` against what FIRST and SECOND
    mean in the attempt question's frozen layout.
    """
    rows = con.execute(
        "select aq.attempt_id, aq.position, aq.layout, qv.content, "
        "(select count(*) from response r where r.attempt_question_id = aq.id), "
        "(select r.given from response r where r.attempt_question_id = aq.id order by r.id limit 1) "
        "from attempt_question aq join question_version qv on qv.id = aq.question_version_id"
    ).fetchall()
    failures = {"questions_with_two_responses": 0, "questions_without_response": 0, "second_answer_replaced_first": 0, "stored_answer_never_sent": 0}
    for attempt_id, position, layout, content, count, given in rows:
        kind = sent.get((attempt_id, position))
        if kind is None:
            continue
        if count > 1:
            failures["questions_with_two_responses"] += 1
        if count == 0:
            failures["questions_without_response"] += 1
            continue
        meaning = [bank_answer(json.loads(content), json.loads(layout), form) for form in (FIRST, SECOND)]
        stored = json.loads(given)
        if kind == "parallel":
            failures["stored_answer_never_sent"] += stored not in meaning
        elif stored != meaning[0]:
            failures["second_answer_replaced_first" if stored == meaning[1] else "stored_answer_never_sent"] += 1
    failures["finished_scores_not_sum_of_marks"] = con.execute(
        "select count(*) from attempt a where a.finished_at is not null and abs(coalesce(a.score, -1) - "
        "(select coalesce(sum(r.score), 0) from attempt_question aq join response r on r.attempt_question_id = aq.id "
        "where aq.attempt_id = a.id)) > 1e-6"
    ).fetchone()[0]
    return failures


def bank_answer(content: dict, layout: dict, form: dict) -> dict:
    """What the server stores for ``form`` on a single-choice or true/false question."""
    if content["type"] == "true_false":
        return {"value": form["answer"] == "true"}
    return {"choice": layout["choices"][int(form["choice"])]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--learners", type=int, default=24)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="quizapp-bench-"))
    db_path = workdir / "bench.sqlite"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db_path}", "SECRET_KEY": "bench"}
    subprocess.run([sys.executable, "-c", "from quizapp.cli import prepare_database; prepare_database()"], env=env, check=True, cwd=ROOT, capture_output=True)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", str(args.workers),
         "--access-logfile", str(workdir / "access.log"), "--access-logformat", "%(m)s %(U)s %(s)s %(D)s",
         "quizapp:create_app()"],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=open(workdir / "gunicorn.log", "w"),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base)
        latencies: list[float] = []
        statuses: list[int] = []
        sent: dict[tuple[int, int], str] = {}
        lock = threading.Lock()
        threads = [
            threading.Thread(target=run_learner, args=(base, args.questions, latencies, statuses, sent, lock))
            for _ in range(args.learners)
        ]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=10)

    with sqlite3.connect(db_path) as con:
        stored = con.execute("select count(*) from response").fetchone()[0]
        finished = con.execute("select count(*) from attempt where finished_at is not null").fetchone()[0]
        exactly_once = check_exactly_once(con, sent)
    bad = [s for s in statuses if s >= 400]
    # Time spent inside gunicorn per answer POST (microseconds in the access log), to tell the
    # server's own cost apart from queueing behind other learners and the client's overhead.
    server_ms = sorted(
        int(line.split()[3]) / 1000
        for line in (workdir / "access.log").read_text().splitlines()
        if line.startswith("POST") and "/q/" in line
    )
    locked = (workdir / "gunicorn.log").read_text().count("database is locked")
    latencies.sort()
    report = {
        "learners": args.learners,
        "workers": args.workers,
        "answers_posted": len(latencies),
        "answers_stored": stored,
        "attempts_finished": finished,
        "error_statuses": bad,
        "database_is_locked_in_log": locked,
        "questions_answered_twice_in_a_row": sum(1 for k in sent.values() if k == "sequential"),
        "questions_answered_twice_at_once": sum(1 for k in sent.values() if k == "parallel"),
        **exactly_once,
        "wall_seconds": round(wall, 2),
        "answers_per_second": round(len(latencies) / wall, 1),
        "answer_latency_ms_p50": round(statistics.median(latencies) * 1000, 1),
        "answer_latency_ms_p95": round(latencies[int(0.95 * (len(latencies) - 1))] * 1000, 1),
        "answer_latency_ms_max": round(latencies[-1] * 1000, 1),
        "answer_server_ms_p50": round(statistics.median(server_ms), 1) if server_ms else None,
    }
    print(json.dumps(report, indent=2))
    ok = (
        not bad
        and not locked
        and stored == args.learners * args.questions
        and finished == args.learners
        and not any(exactly_once.values())
    )
    print("OK: every answer stored exactly once, no errors" if ok else "PROBLEM: see the figures above")
    if ok:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        print("database and logs kept in", workdir)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
