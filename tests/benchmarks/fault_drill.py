"""Fault drill: kill gunicorn workers with SIGKILL during an answer storm; nothing may be lost or doubled.

It starts gunicorn on 127.0.0.1 with four workers on a fresh SQLite database (migrated, bank
loaded, as ``quizapp serve`` does), then LEARNERS guests each start a quiz of QUESTIONS
single-choice and true/false questions and answer every question TWICE on purpose: on even
positions the same answer twice in a row (what a client's retry sends), on odd positions two
different answers at the same moment from two threads (a double click racing itself). Meanwhile
a killer thread sends SIGKILL to a random worker KILLS times (the gunicorn master respawns
them). Clients retry, up to RETRIES times, every request that failed with a connection error.

Afterwards it checks in the database:
- every answer the server acknowledged (a 303, or 200 for htmx) is stored, and for a repeated
  answer the stored one is the answer sent;
- no question has two responses;
- each finished attempt's score equals the sum of its marks; every learner finished.
It prints the counts (acknowledged vs stored, duplicates, errors by kind, workers killed) as
JSON and exits 1 when an invariant fails (2 when the drill itself could not run).

    .venv/bin/python tests/benchmarks/fault_drill.py [--learners 24] [--questions 20] [--kills 6]

Only 127.0.0.1 is contacted. Every loop is bounded in count, and the storm in time (--deadline).
Not collected by pytest (the file name does not start with test_): a drill, not a test.
"""
from __future__ import annotations

import argparse
import http.client
import http.cookiejar
import json
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RETRIES = 6
FIRST = {"choice": "0", "answer": "true"}  # shown choice 0, or True
SECOND = {"choice": "1", "answer": "false"}  # shown choice 1, or False


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Drill:
    """What every learner thread reports: acknowledgements, errors by kind, statuses."""

    def __init__(self, deadline: float):
        self.lock = threading.Lock()
        self.deadline = deadline
        self.errors: Counter[str] = Counter()
        self.statuses: Counter[int] = Counter()
        # (attempt id, position) -> {"kind": "repeat"|"race", "acked": [answer names acknowledged]}
        self.sent: dict[tuple[int, int], dict] = {}
        self.finished_acked: set[int] = set()
        self.gave_up = 0

    def error(self, kind: str) -> None:
        with self.lock:
            self.errors[kind] += 1


class Learner:
    """A guest with its own cookies, retrying requests that died with their worker."""

    def __init__(self, base: str, drill: Drill):
        self.base, self.drill = base, drill
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect())

    def request(self, path: str, data: dict | list | None = None, htmx: bool = False) -> tuple[int, str, str]:
        """(status, body, Location); status 0 when every retry failed or the storm is over."""
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        headers = {"HX-Request": "true", "HX-Request-Type": "partial"} if htmx else {}
        for attempt in range(RETRIES + 1):
            if time.monotonic() > self.drill.deadline:
                self.drill.error("deadline")
                return 0, "", ""
            try:
                req = urllib.request.Request(self.base + path, data=body, headers=headers)
                with self.opener.open(req, timeout=40) as r:
                    status, text, location = r.status, r.read().decode(), r.headers.get("Location", "")
            except urllib.error.HTTPError as e:
                status, text, location = e.code, e.read().decode(errors="replace"), e.headers.get("Location", "")
            except (urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError) as e:
                reason = getattr(e, "reason", e)
                self.drill.error(f"connection: {type(reason).__name__}")
                time.sleep(0.2 * (attempt + 1))
                continue
            with self.drill.lock:
                self.drill.statuses[status] += 1
            if status >= 500:
                self.drill.error(f"http {status}")
                time.sleep(0.2 * (attempt + 1))
                continue  # a 502/503 while a worker restarts is worth a retry too
            return status, text, location
        with self.drill.lock:
            self.drill.gave_up += 1
        return 0, "", ""


def token(html: str) -> str | None:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    return match.group(1) if match else None


def acknowledged(status: int, htmx: bool) -> bool:
    return status == 200 if htmx else status == 303


def run_learner(base: str, questions: int, drill: Drill, seed: int) -> None:
    rng = random.Random(seed)
    learner = Learner(base, drill)
    status, page, _ = learner.request("/quiz/new")
    csrf = token(page)
    if status != 200 or csrf is None:
        drill.error("could not open /quiz/new")
        return
    topics = re.findall(r'name="topics"[^>]*value="(\d+)"', page) or re.findall(r'value="(\d+)"[^>]*name="topics"', page)
    form = [("csrf_token", csrf), ("document", "1"), ("count", str(questions)), ("mode", "practice"), ("focus", "all")]
    form += [("topics", t) for t in topics] + [("types", "single_choice"), ("types", "true_false")]
    status, _, location = learner.request("/quiz/new", form)
    if status != 303:
        # A retried start may have made a quiz already: that attempt is simply never answered.
        drill.error(f"start quiz: {status}")
        return
    attempt_path = urllib.parse.urlsplit(location).path.rsplit("/q/", 1)[0]
    attempt_id = int(attempt_path.rsplit("/", 1)[1])
    for position in range(1, questions + 1):
        status, page, _ = learner.request(f"{attempt_path}/q/{position}")
        csrf = token(page)
        if csrf is None:
            drill.error(f"question page: {status}")
            continue
        url = f"{attempt_path}/q/{position}"
        kind = "repeat" if position % 2 == 0 else "race"
        record = {"kind": kind, "acked": []}
        with drill.lock:
            drill.sent[(attempt_id, position)] = record

        def post(name: str, answer: dict, barrier: threading.Barrier | None = None) -> None:
            htmx = rng.random() < 0.5
            if barrier is not None:
                try:
                    barrier.wait(timeout=30)
                except threading.BrokenBarrierError:
                    pass
            status, _, _ = learner.request(url, {"csrf_token": csrf, **answer}, htmx=htmx)
            if acknowledged(status, htmx):
                with drill.lock:
                    record["acked"].append(name)
            elif status:
                drill.error(f"answer refused: {status}")

        if kind == "repeat":
            post("first", FIRST)
            post("first", FIRST)
        else:
            barrier = threading.Barrier(2)
            pair = [threading.Thread(target=post, args=(name, answer, barrier)) for name, answer in (("first", FIRST), ("second", SECOND))]
            for t in pair:
                t.start()
            for t in pair:
                t.join(timeout=300)
    status, page, _ = learner.request(f"{attempt_path}/q/{questions}")
    csrf = token(page)
    if csrf is not None:
        status, _, _ = learner.request(f"{attempt_path}/finish", {"csrf_token": csrf})
        if status == 303:
            with drill.lock:
                drill.finished_acked.add(attempt_id)


def worker_pids(master: int) -> list[int]:
    """The gunicorn master's children (its workers), read from /proc."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name is in parentheses and may hold spaces: the ppid follows the last ')'.
        if int(stat.rsplit(")", 1)[1].split()[1]) == master:
            pids.append(int(entry.name))
    return pids


def killer(master: int, kills: int, stop: threading.Event, killed: list[int], rng: random.Random) -> None:
    """SIGKILL a random worker every 0.7-2 s, ``kills`` times at most, while the storm lasts."""
    time.sleep(1.0)  # let the storm start
    while len(killed) < kills and not stop.wait(rng.uniform(0.7, 2.0)):
        pids = worker_pids(master)
        if not pids:
            continue
        victim = rng.choice(pids)
        try:
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)
        except ProcessLookupError:
            pass


def bank_answer(content: dict, layout: dict, form: dict) -> dict:
    """What the server stores for ``form`` on a single-choice or true/false question."""
    if content["type"] == "true_false":
        return {"value": form["answer"] == "true"}
    return {"choice": layout["choices"][int(form["choice"])]}


def check(db_path: Path, drill: Drill) -> dict:
    """The database against what the server acknowledged."""
    meaning = {"first": FIRST, "second": SECOND}
    counts: Counter[str] = Counter(
        dict.fromkeys(("acknowledged_but_not_stored", "stored_without_acknowledgement", "stored_answer_not_the_one_sent"), 0)
    )
    with sqlite3.connect(db_path) as con:
        rows = con.execute(
            "select aq.attempt_id, aq.position, aq.layout, qv.content, "
            "(select count(*) from response r where r.attempt_question_id = aq.id), "
            "(select r.given from response r where r.attempt_question_id = aq.id order by r.id limit 1) "
            "from attempt_question aq join question_version qv on qv.id = aq.question_version_id"
        ).fetchall()
        counts["questions_with_two_responses"] = sum(1 for *_, n, _ in rows if n > 1)
        for attempt_id, position, layout, content, n, given in rows:
            record = drill.sent.get((attempt_id, position))
            if record is None:
                continue
            acked = record["acked"]
            counts["answers_acknowledged"] += len(acked)
            counts["questions_acknowledged"] += bool(acked)
            counts["questions_stored"] += n > 0
            if acked and n == 0:
                counts["acknowledged_but_not_stored"] += 1
            if not acked and n > 0:
                counts["stored_without_acknowledgement"] += 1  # killed after the commit: allowed
            if n:
                # A repeat sent FIRST twice; a race sent FIRST and SECOND at once, and either may win.
                names = ["first"] if record["kind"] == "repeat" else ["first", "second"]
                allowed = [bank_answer(json.loads(content), json.loads(layout), meaning[name]) for name in names]
                if json.loads(given) not in allowed:
                    counts["stored_answer_not_the_one_sent"] += 1
        counts["finished_scores_not_sum_of_marks"] = con.execute(
            "select count(*) from attempt a where a.finished_at is not null and abs(coalesce(a.score, -1) - "
            "(select coalesce(sum(r.score), 0) from attempt_question aq join response r on r.attempt_question_id = aq.id "
            "where aq.attempt_id = a.id)) > 1e-6"
        ).fetchone()[0]
        finished = {row[0] for row in con.execute("select id from attempt where finished_at is not null")}
        counts["finish_acknowledged_but_not_finished"] = len(drill.finished_acked - finished)
        counts["responses_in_database"] = con.execute("select count(*) from response").fetchone()[0]
    return dict(counts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--learners", type=int, default=24)
    parser.add_argument("--questions", type=int, default=20)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--kills", type=int, default=6)
    parser.add_argument("--deadline", type=float, default=420, help="seconds the storm may last")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (database, logs)")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="quizapp-drill-"))
    db_path = workdir / "drill.sqlite"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db_path}", "SECRET_KEY": "drill"}
    server = None
    try:
        subprocess.run(
            [sys.executable, "-c", "from quizapp.cli import prepare_database; prepare_database()"],
            env=env, check=True, cwd=ROOT, capture_output=True, timeout=300,
        )
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", str(args.workers),
             "--timeout", "60", "quizapp:create_app()"],
            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=open(workdir / "gunicorn.log", "w"),
        )
        base = f"http://127.0.0.1:{port}"
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        else:
            print("gunicorn did not start; see", workdir / "gunicorn.log")
            return 2

        drill = Drill(deadline=time.monotonic() + args.deadline)
        rng = random.Random(args.seed)
        killed: list[int] = []
        stop = threading.Event()
        kill_thread = threading.Thread(target=killer, args=(server.pid, args.kills, stop, killed, rng), daemon=True)
        threads = [threading.Thread(target=run_learner, args=(base, args.questions, drill, args.seed * 1000 + i)) for i in range(args.learners)]
        started = time.monotonic()
        for t in threads:
            t.start()
        kill_thread.start()
        for t in threads:
            t.join(timeout=max(1.0, drill.deadline + 60 - time.monotonic()))
        stop.set()
        kill_thread.join(timeout=5)
        wall = time.monotonic() - started
        alive = sum(t.is_alive() for t in threads)
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=5)

    counts = check(db_path, drill)
    report = {
        "learners": args.learners,
        "questions_each": args.questions,
        "answers_sent_twice": len(drill.sent),
        "workers_killed": len(killed),
        **counts,
        "requests_given_up_after_retries": drill.gave_up,
        "learner_threads_still_running": alive,
        "attempts_finished_acknowledged": len(drill.finished_acked),
        "errors_by_kind": dict(drill.errors.most_common()),
        "statuses": {str(k): v for k, v in sorted(drill.statuses.items())},
        "wall_seconds": round(wall, 1),
    }
    print(json.dumps(report, indent=2))
    failed = [
        name
        for name in (
            "acknowledged_but_not_stored",
            "questions_with_two_responses",
            "stored_answer_not_the_one_sent",
            "finished_scores_not_sum_of_marks",
            "finish_acknowledged_but_not_finished",
        )
        if counts.get(name)
    ]
    server_errors = {kind: n for kind, n in drill.errors.items() if kind.startswith(("http 5", "answer refused"))}
    if server_errors:
        failed.append(f"server errors or refused answers: {server_errors}")
    if len(drill.finished_acked) < args.learners:
        failed.append("not every learner finished (see errors_by_kind)")
    if len(killed) < min(args.kills, 1):
        failed.append("no worker was killed: the drill did not drill")
    if alive:
        failed.append("learner threads still running at the deadline")
    if args.keep or failed:
        print("database and gunicorn log kept in", workdir)
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    print("FAIL: " + "; ".join(failed) if failed else "OK: nothing acknowledged was lost, nothing counted twice")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
