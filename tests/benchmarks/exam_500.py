"""Benchmark: a timed exam for a whole class against ``quizapp serve`` (issue 15).

A teacher's quiz set of ``--questions`` questions (single choice and true/false, test mode, a
time limit) is made in a fresh database; ``--students`` accounts each get a signed-in session
(made directly in the database: hashing 500 passwords through the sign-in form would measure
argon2, not the exam). Then ``quizapp serve`` starts, with its defaults unless told otherwise,
and every student, in a thread of their own, does what a browser does:

    GET /join/<code>, POST /join/<code>/start (303 to question 1), and for each question
    GET the question page, think, POST the answer with htmx (HX-Request), then POST Finish.

Students arrive over the first 15 % of ``--minutes`` and spread their answers over the rest,
so the exam takes about ``--minutes``. Reported: answer POST latency (p50/p95/p99), question
page latency, every error (status >= 400 or a failed connection), and, counted in the database
afterwards, lost answers (acknowledged with a 2xx but not stored), double answers (two
responses to one question: the schema forbids it, the count checks it) and unfinished attempts.
The run passes when there are no errors, none lost or double, and p95 of the answer POST is
under ``--p95-ms`` (300).

    .venv/bin/python tests/benchmarks/exam_500.py [--students 500] [--questions 20] [--minutes 3]
        [--database sqlite|postgresql] [--workers N] [--worker-class gthread] [--threads N]

``--database postgresql`` starts a throw-away PostgreSQL server (Debian's, as .ci/run does),
or uses ``--postgres-url`` (an empty database). Not collected by pytest: a benchmark.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
USER_AGENT = "exam-benchmark"
CLK_TCK = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------- PostgreSQL


class Postgres:
    """A throw-away PostgreSQL cluster in a temporary folder (root runs it as ``postgres``)."""

    def __init__(self) -> None:
        bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
        if not bins:
            raise SystemExit("PostgreSQL is not installed (Debian package postgresql), or pass --postgres-url")
        # A folder of its own: the postgres user cannot enter the run's private temporary folder.
        self.bin, self.dir, self.port = bins[-1], Path(tempfile.mkdtemp(prefix="quizapp-exam-pg-")), free_port()
        if os.getuid() == 0:
            shutil.chown(self.dir, "postgres")
        self.run("initdb", "-D", str(self.dir / "data"), "-U", "postgres", "--auth=trust", "--no-sync")
        self.run("pg_ctl", "-D", str(self.dir / "data"), "-l", str(self.dir / "server.log"), "-w", "start", "-o",
                 f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c max_connections=200")
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def run(self, program: str, *args: str) -> None:
        command = [str(self.bin / program), *args]
        if os.getuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, check=False, capture_output=True, text=True, cwd="/")
        if done.returncode != 0:
            raise SystemExit(f"{program} failed: {done.stderr or done.stdout}")

    def stop(self) -> None:
        try:
            self.run("pg_ctl", "-D", str(self.dir / "data"), "-m", "immediate", "stop")
        except SystemExit:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)


# ---------------------------------------------------------------- the class


def prepare(env: dict[str, str], students: int, questions: int, minutes: float) -> dict:
    """Migrate, load the bank, make the teacher, the set and the students' sessions; returns
    the join code and each student's session cookie."""
    os.environ.update(env)
    from flask_login.utils import _create_identifier
    from sqlalchemy import insert, select

    from quizapp import create_app
    from quizapp.auth.models import AccountSession, User, new_session_token
    from quizapp.bank.models import Question
    from quizapp.cli import prepare_database
    from quizapp.extensions import db
    from quizapp.sets import services as sets
    from quizapp.timeutil import utcnow

    app = create_app()
    prepare_database(app)
    with app.app_context():
        teacher = User(password_hash="!")
        teacher.set_username("teacher")
        db.session.add(teacher)
        db.session.commit()
        qids = list(db.session.execute(
            select(Question.id).where(Question.type.in_(["single_choice", "true_false"]), Question.retired_at.is_(None),
                                      Question.quiz_set_id.is_(None)).order_by(Question.id)
        ).scalars())[:questions]
        quiz_set = sets.create_set(teacher.id, {
            "title": "Timed exam", "mode": "test", "time_limit_minutes": int(minutes) + 10, "attempts_allowed": 1,
            "answers_visible": "after_close", "shuffle_choices": True,
        })
        for qid in qids:
            sets.add_question(quiz_set, qid)
        code = quiz_set.join_code
        now = utcnow()
        users = []
        for number in range(students):
            user = User(password_hash="!")
            user.set_username(f"student{number:04d}")
            users.append(user)
        db.session.add_all(users)
        db.session.flush()
        tokens = [new_session_token() for _ in users]
        db.session.execute(insert(AccountSession), [
            {"user_id": user.id, "token": token, "created_at": now} for user, token in zip(users, tokens)
        ])
        db.session.commit()
        with app.test_request_context(environ_base={"REMOTE_ADDR": "127.0.0.1"}, headers={"User-Agent": USER_AGENT}):
            identifier = _create_identifier()
            serializer = app.session_interface.get_signing_serializer(app)  # type: ignore[attr-defined]
            cookies = [f"session={serializer.dumps({'_user_id': t, '_fresh': True, '_id': identifier})}" for t in tokens]
        set_id = quiz_set.id
        db.engine.dispose()
    return {"code": code, "cookies": cookies, "set_id": set_id, "questions": len(qids)}


@dataclass
class Tally:
    answer_ms: list[float] = field(default_factory=list)
    page_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    acknowledged: set[tuple[int, int]] = field(default_factory=set)
    finished: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class Browser:
    """One student's requests: a fresh connection each (as many browsers behind one school's
    network would look), the session cookie, and the answers' latency."""

    def __init__(self, port: int, cookie: str, tally: Tally):
        self.port, self.cookie, self.tally = port, cookie, tally

    def request(self, method: str, path: str, form: dict | None = None, htmx: bool = False) -> tuple[int, str, str, float]:
        headers = {"Cookie": self.cookie, "User-Agent": USER_AGENT}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if htmx:
            headers["HX-Request"] = "true"
        started = time.perf_counter()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode()
            status, location = response.status, response.getheader("Location", "")
            for header in response.headers.get_all("Set-Cookie") or []:
                if header.startswith("session="):  # the CSRF secret is kept in the session
                    self.cookie = header.split(";", 1)[0]
        finally:
            connection.close()
        elapsed = 1000 * (time.perf_counter() - started)
        if status >= 400:
            with self.tally.lock:
                self.tally.errors.append(f"{method} {path}: {status}")
        return status, text, location, elapsed


def token_of(html: str) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    return match.group(1) if match else ""


def answer_of(html: str, rng: random.Random) -> dict:
    """Any well-formed answer the page offers: one of its choices, or true/false."""
    if 'name="answer"' in html:
        return {"answer": rng.choice(["true", "false"])}
    choices = re.findall(r'name="choice"[^>]*value="(\d+)"', html) or re.findall(r'value="(\d+)"[^>]*name="choice"', html)
    return {"choice": rng.choice(choices) if choices else "0"}


def student(number: int, port: int, cookie: str, code: str, questions: int, minutes: float, tally: Tally) -> None:
    rng = random.Random(number)
    browser = Browser(port, cookie, tally)
    length = minutes * 60
    time.sleep(rng.uniform(0, 0.15 * length))
    think = 0.8 * length / questions
    try:
        status, page, _, _ = browser.request("GET", f"/join/{code}")
        status, _, location, _ = browser.request("POST", f"/join/{code}/start", {"csrf_token": token_of(page)})
        if status != 303 or "/q/" not in location:
            with tally.lock:
                tally.errors.append(f"start: {status} {location}")
            return
        base = urllib.parse.urlsplit(location).path.rsplit("/q/", 1)[0]
        attempt_id = int(base.rsplit("/", 1)[1])
        for position in range(1, questions + 1):
            status, page, _, page_ms = browser.request("GET", f"{base}/q/{position}")
            with tally.lock:
                tally.page_ms.append(page_ms)
            time.sleep(rng.uniform(0.5, 1.5) * think)
            form = {"csrf_token": token_of(page), **answer_of(page, rng)}
            status, _, _, answer_ms = browser.request("POST", f"{base}/q/{position}", form, htmx=True)
            with tally.lock:
                tally.answer_ms.append(answer_ms)
                if 200 <= status < 300:
                    tally.acknowledged.add((attempt_id, position))
        status, _, _, _ = browser.request("POST", f"{base}/finish", {"csrf_token": token_of(page)})
        if status == 303:
            with tally.lock:
                tally.finished += 1
    except (OSError, http.client.HTTPException) as exc:
        with tally.lock:
            tally.errors.append(f"student {number}: {exc!r}")


def count_in_database(url: str, set_id: int, acknowledged: set[tuple[int, int]]) -> dict:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as con:
        stored = {
            (attempt_id, position): n
            for attempt_id, position, n in con.execute(text(
                "select a.id, aq.position, count(r.id) from attempt a join attempt_question aq on aq.attempt_id = a.id "
                "join response r on r.attempt_question_id = aq.id where a.quiz_set_id = :s group by a.id, aq.position"
            ), {"s": set_id})
        }
        attempts, finished = con.execute(text(
            "select count(*), count(finished_at) from attempt where quiz_set_id = :s"), {"s": set_id}).one()
        mismatched = con.execute(text(
            "select count(*) from attempt a where a.quiz_set_id = :s and a.finished_at is not null and abs(coalesce(a.score, 0) - "
            "(select coalesce(sum(r.score), 0) from attempt_question aq join response r on r.attempt_question_id = aq.id "
            "where aq.attempt_id = a.id)) > 1e-9"), {"s": set_id}).scalar_one()
    engine.dispose()
    return {
        "responses_stored": sum(stored.values()),
        "answers_acknowledged": len(acknowledged),
        "lost": len(acknowledged - set(stored)),
        "double": sum(1 for n in stored.values() if n > 1),
        "stored_unacknowledged": len(set(stored) - acknowledged),
        "attempts": attempts,
        "attempts_finished": finished,
        "scores_not_the_sum_of_marks": mismatched,
    }


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def server_cpu_seconds(pid: int) -> float:
    total = 0
    for task in [pid, *map(int, Path(f"/proc/{pid}/task/{pid}/children").read_text().split())]:
        try:
            fields = Path(f"/proc/{task}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except OSError:
            pass
    return total / CLK_TCK


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=500)
    parser.add_argument("--questions", type=int, default=20)
    parser.add_argument("--minutes", type=float, default=3.0, help="about how long the exam takes")
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--postgres-url", help="an empty PostgreSQL database instead of a throw-away server")
    parser.add_argument("--workers", type=int, help="quizapp serve --workers (default: serve's)")
    parser.add_argument("--worker-class", help="quizapp serve --worker-class (default: serve's)")
    parser.add_argument("--threads", type=int, help="quizapp serve --threads (default: serve's)")
    parser.add_argument("--p95-ms", type=float, default=300.0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="quizapp-exam-"))
    postgres = None
    server = None
    try:
        if args.database == "postgresql":
            if args.postgres_url:
                url = args.postgres_url
            else:
                postgres = Postgres()
                url = postgres.url
        else:
            url = f"sqlite:///{folder / 'quizapp.sqlite'}"
        env = {"DATABASE_URL": url, "SECRET_KEY": "exam-benchmark", "QUIZAPP_INSTANCE_DIR": str(folder / "instance")}
        started = time.perf_counter()
        made = prepare(env, args.students, args.questions, args.minutes)
        print(f"prepared {args.students} students and a {made['questions']}-question set in "
              f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
        port = free_port()
        command = [str(Path(sys.executable).parent / "quizapp"), "serve", "--port", str(port)]
        for option in ("workers", "worker_class", "threads"):
            if getattr(args, option) is not None:
                command += [f"--{option.replace('_', '-')}", str(getattr(args, option))]
        with open(folder / "serve.log", "w") as log:  # the child keeps its own copy of the descriptor
            server = subprocess.Popen(command, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        for _ in range(600):
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
                connection.request("GET", "/healthz")
                connection.getresponse().read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit(f"quizapp serve did not start: {(folder / 'serve.log').read_text()[-2000:]}")
        cpu_before = server_cpu_seconds(server.pid)
        client_before = resource.getrusage(resource.RUSAGE_SELF)
        tally = Tally()
        threads = [
            threading.Thread(target=student, args=(n, port, cookie, made["code"], made["questions"], args.minutes, tally), daemon=True)
            for n, cookie in enumerate(made["cookies"])
        ]
        began = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - began
        cpu = server_cpu_seconds(server.pid) - cpu_before
        client_after = resource.getrusage(resource.RUSAGE_SELF)
        client_cpu = client_after.ru_utime + client_after.ru_stime - client_before.ru_utime - client_before.ru_stime
        load = os.getloadavg()
        counts = count_in_database(url, made["set_id"], tally.acknowledged)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        if postgres is not None:
            postgres.stop()
        shutil.rmtree(folder, ignore_errors=True)

    requests = len(tally.answer_ms) + len(tally.page_ms)
    report = {
        "settings": {k: v for k, v in vars(args).items() if k not in ("json", "postgres_url")},
        "serve_command": " ".join(command[1:]),
        "wall_seconds": round(wall, 1),
        "answer_posts": len(tally.answer_ms),
        "answers_per_second": round(len(tally.answer_ms) / wall, 1),
        "answer_ms": {"p50": round(percentile(tally.answer_ms, 0.5), 1), "p95": round(percentile(tally.answer_ms, 0.95), 1),
                      "p99": round(percentile(tally.answer_ms, 0.99), 1), "max": round(max(tally.answer_ms, default=0), 1)},
        "question_page_ms": {"p50": round(percentile(tally.page_ms, 0.5), 1), "p95": round(percentile(tally.page_ms, 0.95), 1)},
        "server_cpu_ms_per_request": round(1000 * cpu / max(1, requests), 2),
        "server_cpu_share_of_2_cores": round(cpu / wall / 2, 2),
        # The students' threads share the machine with the server: their CPU is shown, as is the
        # machine's load average at the end (other work on a shared machine slows the server).
        "client_cpu_ms_per_request": round(1000 * client_cpu / max(1, requests), 2),
        "load_average_1_5_min": [round(x, 1) for x in load[:2]],
        "students_finished": tally.finished,
        "errors": len(tally.errors),
        "first_errors": tally.errors[:10],
        **counts,
    }
    report["ok"] = (
        report["errors"] == 0 and counts["lost"] == 0 and counts["double"] == 0
        and report["answer_ms"]["p95"] < args.p95_ms and tally.finished == args.students
    )
    print(json.dumps(report, indent=2))
    print(("OK" if report["ok"] else "FAILED") + f": {args.students} students on {args.database}, answer p95 "
          f"{report['answer_ms']['p95']} ms (limit {args.p95_ms:.0f}), {report['errors']} errors, {counts['lost']} lost, "
          f"{counts['double']} double")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    sys.exit(0 if report["ok"] else 1)


if __name__ == "__main__":
    main()
