"""Benchmark: Quizapp against B1 (``baseline_app.py``), interleaved in one run (issue 15).

The machines are shared and noisy, so no absolute time means much: every figure is printed as a
ratio to B1 measured in the same round, and the medians over the rounds are reported.

Both apps run under gunicorn with the same settings (``--workers``, ``--worker-class``) on
127.0.0.1, each with its own temporary instance folder and SQLite database. Quizapp's database is
migrated and the bank loaded (as ``quizapp serve`` does); learners are made through HTTP
(a visitor presses "Start studying" and becomes a guest with a cookie) and their bulk data
(attempts, 12,000 study cards, 100,000 reviews, classes of 100/1,000/10,000 students) is written
directly into the database.

Load generator: ``wrk`` (Debian package ``wrk``; written in C, so its own CPU stays small next
to the servers': the run prints it) with a Lua script that cycles through a file of prepared
requests (method, path, cookie, htmx header, form body), each thread taking its own slice. Each
POST in a round is a different question or card: the request files are rebuilt from the
database before every round, from what is still unanswered, and the script reports if a thread
ran out and repeated one. Every request, wrk's and the learners' own, carries one User-Agent
(``USER_AGENT``), as a browser sends its own: the sessions are bound to it, and a request with
another would find its session not fresh and get a newly signed cookie each time (the run
prints how many responses set a cookie: none should).

Measured, for each round, in this order (B1 first, then Quizapp, then B1's other kind):
- under load (wrk, ``--connections``, ``--seconds`` each): throughput, p50/p99 latency and CPU
  per request (utime+stime of the gunicorn master and workers from /proc) for
  the answer POST (htmx), the question page (full and htmx partial), the flashcard study page
  and the rating POST (htmx) for a learner with 12,000 cards and for one with only the
  74-card deck; each against B1's POST or GET of the same round;
- one request at a time (median of a few): the deck list and statistics (learner with 12,000
  cards and 100,000 reviews), progress (1,000 attempts), a set's results at 100, 1,000 and
  10,000 students; against B1's GET; and the largest worker RSS after them.

Correctness in the same run: every answer POST and rating POST acknowledged (2xx) is stored, no
more than the requests in flight when wrk stopped are stored unacknowledged, no POST is sent
twice (each would find its question answered or its card rated: a cheaper path than the one
measured), and no error statuses.

    .venv/bin/python tests/benchmarks/perf_vs_baseline.py [--quick] [--rounds 5] [--seconds 4]
        [--connections 32] [--workers 2] [--worker-class sync] [--threads 1] [--json out.json]

``--quick``: 2 rounds of 2 s and a class of 2,000 instead of 10,000 (about 2 minutes).
Not collected by pytest (the file name does not start with test_): a benchmark, not a test.
"""
from __future__ import annotations

import argparse
import http.client
import http.cookiejar
import json
import os
import random
import re
import resource
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLK_TCK = os.sysconf("SC_CLK_TCK")
BIG_CARDS = 12_000
REVIEWS = 100_000
ATTEMPTS = 1_000
QUESTIONS_PER_ATTEMPT = 20
SYNTHETIC_TOPICS = 10
MB = 1024 * 1024
# The User-Agent of every request, the learners' sign-up and wrk's alike, as one browser sends
# it on every request: Flask-Login's session protection binds a session to the browser that
# signed in (a hash of its address and User-Agent). A request with another User-Agent finds the
# session "not fresh" and Flask signs and sends the cookie again, which a browser would keep and
# send from then on; wrk keeps sending the old one, so before this every Quizapp request of the
# run paid a session signing and a Set-Cookie that no browser's requests pay (issue 15).
USER_AGENT = "perf-vs-baseline"

LUA = r"""
-- Cycles through prepared requests: one per line, tab-separated
-- method, path, cookie, HX-Request value ("" for none), form body ("" for none).
-- Every request carries the User-Agent given as the third argument (see USER_AGENT).
local threads = {}
local counter = 0
function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end
function init(args)
  local nthreads = tonumber(args[2])
  local agent = args[3]
  prepared = {}
  index = 0
  passes = 0
  wrapped = 0
  ok = 0
  bad = 0
  cookies = 0
  local lines = {}
  for line in io.lines(args[1]) do table.insert(lines, line) end
  -- Each thread its own slice; a file shorter than the threads (B1's one request) is shared.
  if #lines < nthreads then nthreads = 1; tid = 0 end
  local i = 0
  for _, line in ipairs(lines) do
    if i % nthreads == tid then
      local method, path, cookie, hx, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
      local headers = {["User-Agent"] = agent}
      if cookie ~= "" then headers["Cookie"] = cookie end
      if hx ~= "" then headers["HX-Request"] = hx end
      if body ~= "" then headers["Content-Type"] = "application/x-www-form-urlencoded" else body = nil end
      table.insert(prepared, wrk.format(method, path, headers, body))
    end
    i = i + 1
  end
end
function request()
  index = index + 1
  if index > #prepared then
    index = 1
    passes = passes + 1
  end
  if passes > 0 then wrapped = wrapped + 1 end
  return prepared[index]
end
function response(status, headers, body)
  if status >= 200 and status < 400 then ok = ok + 1 else bad = bad + 1 end
  if headers["Set-Cookie"] or headers["set-cookie"] then cookies = cookies + 1 end
end
function done(summary, latency, requests)
  local okays, bads, wraps, sets = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    okays = okays + thread:get("ok")
    bads = bads + thread:get("bad")
    sets = sets + thread:get("cookies")
    wraps = wraps + thread:get("wrapped")
  end
  io.write(string.format(
    'RESULT {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "ok": %d, "bad": %d, "wrapped": %d, "socket_errors": %d, "cookies_set": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), okays, bads, wraps,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, sets))
end
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------- servers


class Server:
    """A gunicorn serving one app; knows its processes' CPU time and memory."""

    def __init__(self, name: str, app: str, env: dict[str, str], workdir: Path, args: argparse.Namespace):
        self.name = name
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        command = [
            sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{self.port}", "--workers", str(args.workers),
            "--worker-class", args.worker_class, "--threads", str(args.threads), "--timeout", "300",
            "--pythonpath", str(Path(__file__).parent), app,
        ]
        self.log = open(workdir / f"{name}-gunicorn.log", "w")
        self.process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=self.log)
        for _ in range(300):
            try:
                urllib.request.urlopen(self.base + self.ready_path(), timeout=2)
                return
            except urllib.error.HTTPError:
                return
            except OSError:
                time.sleep(0.1)
        raise SystemExit(f"{name} did not start: see {workdir / (name + '-gunicorn.log')}")

    def ready_path(self) -> str:
        return "/healthz" if self.name == "quizapp" else "/item/1"

    def pids(self) -> list[int]:
        master = self.process.pid
        try:
            children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        except OSError:
            children = []
        return [master, *map(int, children)]

    def worker_pids(self) -> list[int]:
        return self.pids()[1:]

    def cpu_seconds(self) -> float:
        total = 0
        for pid in self.pids():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / CLK_TCK

    def max_worker_rss_mb(self) -> float:
        peak = 0.0
        for pid in self.worker_pids():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            match = re.search(r"VmRSS:\s+(\d+) kB", status)
            if match:
                peak = max(peak, int(match.group(1)) / 1024)
        return peak

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)
        self.log.close()


# ---------------------------------------------------------------- load and single requests


@dataclass
class Load:
    throughput: float
    p50_ms: float
    p99_ms: float
    cpu_ms: float  # server CPU per request
    client_cpu_ms: float
    requests: int
    ok: int
    bad: int
    wrapped: int  # requests sent again after the thread's prepared ones ran out
    cookies_set: int  # responses that set a cookie (a session signed again)


def run_wrk(server: Server, lines: list[str], workdir: Path, args: argparse.Namespace, seconds: float) -> Load:
    """Send the prepared requests with wrk for ``seconds``; figures and server CPU per request."""
    requests_file = workdir / "requests.tsv"
    requests_file.write_text("\n".join(lines) + "\n")
    script = workdir / "bench.lua"
    threads = min(args.wrk_threads, args.connections)
    before_cpu = server.cpu_seconds()
    before_client = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(
        ["wrk", "-t", str(threads), "-c", str(args.connections), "-d", f"{max(1, round(seconds))}s", "--timeout", "30s",
         "-s", str(script), server.base, "--", str(requests_file), str(threads), USER_AGENT],
        capture_output=True, text=True, check=True,
    )
    after_client = resource.getrusage(resource.RUSAGE_CHILDREN)
    # Let the requests still in flight when wrk stopped finish before reading the CPU.
    time.sleep(0.3)
    cpu = server.cpu_seconds() - before_cpu
    line = next((row for row in result.stdout.splitlines() if row.startswith("RESULT ")), None)
    if line is None:
        raise SystemExit(f"wrk printed no result:\n{result.stdout}\n{result.stderr}")
    figures = json.loads(line[len("RESULT "):])
    n = max(1, figures["requests"])
    client = (after_client.ru_utime + after_client.ru_stime) - (before_client.ru_utime + before_client.ru_stime)
    return Load(
        throughput=figures["requests"] / (figures["duration_us"] / 1e6),
        p50_ms=figures["p50_us"] / 1000,
        p99_ms=figures["p99_us"] / 1000,
        cpu_ms=1000 * cpu / n,
        client_cpu_ms=1000 * client / n,
        requests=figures["requests"],
        ok=figures["ok"],
        bad=figures["bad"] + figures["socket_errors"],
        wrapped=figures["wrapped"],
        cookies_set=figures["cookies_set"],
    )


def line(method: str, path: str, cookie: str = "", hx: bool = False, body: dict | None = None) -> str:
    return "\t".join([method, path, cookie, "true" if hx else "", urllib.parse.urlencode(body or {})])


def timed_gets(server: Server, path: str, cookie: str, repeat: int) -> tuple[float, int]:
    """Median milliseconds of ``repeat`` GETs one at a time (after one warm-up), and the status."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=300)
    headers = {"User-Agent": USER_AGENT, **({"Cookie": cookie} if cookie else {})}
    times, status = [], 0
    for i in range(repeat + 1):
        started = time.perf_counter()
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
        elapsed = time.perf_counter() - started
        status = response.status
        if i:
            times.append(elapsed * 1000)
    connection.close()
    return statistics.median(times), status


# ---------------------------------------------------------------- Quizapp's learners and data


class Browser:
    """A cookie jar and a CSRF token, as a learner's browser holds them."""

    def __init__(self, base: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
        self.opener.addheaders = [("User-Agent", USER_AGENT)]  # as wrk sends it (USER_AGENT)
        self.csrf = ""

    def request(self, path: str, data: dict | None = None) -> tuple[int, str]:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        try:
            with self.opener.open(self.base + path, data=body, timeout=60) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode(errors="replace")

    def take_csrf(self, html: str) -> str:
        match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
        if match:
            self.csrf = match.group(1)
        return self.csrf

    @property
    def cookie(self) -> str:
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Learner:
    browser: Browser
    user_id: int
    attempt_ids: list[int] = field(default_factory=list)


def new_guest(base: str, db_path: Path, deck_key: str) -> Learner:
    """A visitor opens a deck and presses "Start studying": the POST makes them a guest."""
    browser = Browser(base)
    status, page = browser.request(f"/cards/{deck_key}/study")
    assert status == 200, status
    status, _ = browser.request(f"/cards/{deck_key}/start", {"csrf_token": browser.take_csrf(page)})
    assert status == 303, status
    status, page = browser.request(f"/cards/{deck_key}/study")
    browser.take_csrf(page)
    with sqlite3.connect(db_path) as con:
        user_id = con.execute("select max(id) from account").fetchone()[0]
    return Learner(browser, user_id)


class QuizappData:
    """Everything Quizapp's scenarios need, written through the app's own models."""

    def __init__(self, db_path: Path, base: str, args: argparse.Namespace):
        from quizapp import create_app

        self.db_path = db_path
        self.base = base
        self.args = args
        self.app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{db_path}", "SECRET_KEY": "bench", "TESTING": True})
        self.rng = random.Random(15)
        self.now = datetime.utcnow().replace(microsecond=0)
        with self.app.app_context():
            from sqlalchemy import select

            from quizapp.bank.models import Document
            from quizapp.extensions import db

            document = db.session.execute(select(Document).order_by(Document.id)).scalars().first()
            self.document_id = document.id
            self.deck_key = f"doc-{document.id}"

    # -------- learners

    def make_learners(self) -> None:
        args = self.args
        self.quiz_learners = [new_guest(self.base, self.db_path, self.deck_key) for _ in range(args.connections)]
        self.big_learners = [new_guest(self.base, self.db_path, self.deck_key) for _ in range(args.card_learners)]
        self.small_learners = [new_guest(self.base, self.db_path, self.deck_key) for _ in range(args.card_learners)]
        self.add_synthetic_flashcards()
        for learner in self.big_learners:
            self.give_big_collection(learner.user_id)
        for learner in self.quiz_learners:
            self.give_attempts(learner)
        self.heavy = self.big_learners[0]
        self.give_reviews(self.heavy.user_id, REVIEWS)
        self.give_finished_attempts(self.heavy.user_id, ATTEMPTS)

    def add_synthetic_flashcards(self) -> None:
        """A second document whose flashcards make up a 12,000-card collection with the bank's 74."""
        from sqlalchemy import func, insert, select

        from quizapp.bank.models import Document, Flashcard, Topic
        from quizapp.extensions import db

        with self.app.app_context():
            bank_cards = db.session.execute(select(func.count()).select_from(Flashcard)).scalar_one()
            document = Document(slug="synthetic-benchmark", title="Synthetic benchmark deck", paragraph_count=1)
            db.session.add(document)
            db.session.flush()
            topics = [Topic(document_id=document.id, slug=f"t{i}", title=f"Synthetic topic {i}", position=i) for i in range(SYNTHETIC_TOPICS)]
            db.session.add_all(topics)
            db.session.flush()
            rows = [
                {"document_id": document.id, "topic_id": topics[i % SYNTHETIC_TOPICS].id, "bank_id": f"s{i}", "front": f"Front {i}",
                 "back": f"Back {i}", "source": [1], "tags": [], "content_hash": f"{i:064d}"}
                for i in range(BIG_CARDS - bank_cards)
            ]
            db.session.execute(insert(Flashcard), rows)
            db.session.commit()

    def give_big_collection(self, user_id: int) -> None:
        """Cards for every synthetic flashcard, most already reviewed, due over the next months."""
        from sqlalchemy import insert, select

        from quizapp.bank.models import Document, Flashcard
        from quizapp.cards.models import StudyCard
        from quizapp.extensions import db

        with self.app.app_context():
            ids = db.session.execute(
                select(Flashcard.id).join(Document).where(Document.slug == "synthetic-benchmark")
            ).scalars().all()
            rows = []
            for i, flashcard_id in enumerate(ids):
                reviewed = i % 10 != 0
                rows.append({
                    "user_id": user_id, "kind": "bank", "flashcard_id": flashcard_id, "state": 2 if reviewed else 1,
                    "step": None if reviewed else 0, "stability": 10.0 if reviewed else None,
                    "difficulty": 5.0 if reviewed else None,
                    "due": self.now + timedelta(hours=self.rng.randint(-48, 24 * 90)),
                    "last_review": self.now - timedelta(days=self.rng.randint(1, 60)) if reviewed else None,
                    "created_at": self.now - timedelta(days=90),
                })
            db.session.execute(insert(StudyCard), rows)
            db.session.commit()

    def give_attempts(self, learner: Learner) -> None:
        """Open practice attempts of choice and true/false questions for the answer POSTs."""
        from quizapp.extensions import db
        from quizapp.quiz import services

        with self.app.app_context():
            request = services.QuizRequest(
                document_id=self.document_id, topic_ids=self._topic_ids(), types=["single_choice", "true_false"],
                count=QUESTIONS_PER_ATTEMPT, mode="practice", focus="all",
            )
            for _ in range(self.args.attempts_per_learner):
                attempt = services.new_quiz(learner.user_id, request, rng=self.rng)
                learner.attempt_ids.append(attempt.id)
            db.session.remove()

    def _topic_ids(self) -> list[int]:
        from sqlalchemy import select

        from quizapp.bank.models import Topic
        from quizapp.extensions import db

        return list(db.session.execute(select(Topic.id).where(Topic.document_id == self.document_id)).scalars())

    def give_reviews(self, user_id: int, count: int) -> None:
        """``count`` ratings over the last 30 days, on the learner's rated cards (as in the app:
        a card never rated has no review, and the study page's "Undo" relies on that)."""
        from sqlalchemy import insert, select

        from quizapp.cards.models import CardReview, StudyCard
        from quizapp.extensions import db

        with self.app.app_context():
            rated = select(StudyCard.id).where(StudyCard.user_id == user_id, StudyCard.last_review.is_not(None))
            card_ids = db.session.execute(rated).scalars().all()
            rows = []
            for i in range(count):
                rows.append({
                    "card_id": card_ids[i % len(card_ids)], "user_id": user_id, "rating": 1 + i % 4,
                    "reviewed_at": self.now - timedelta(seconds=self.rng.randint(60, 29 * 86400)), "duration_ms": 4000,
                    "prev_state": 2, "prev_step": None, "prev_stability": 5.0, "prev_difficulty": 5.0,
                    "prev_due": self.now - timedelta(days=40), "prev_last_review": self.now - timedelta(days=45),
                })
            for start in range(0, len(rows), 20_000):
                db.session.execute(insert(CardReview), rows[start:start + 20_000])
            db.session.commit()

    def give_finished_attempts(self, user_id: int, count: int) -> None:
        """``count`` finished self-study attempts of 10 answered questions each (the progress page)."""
        from sqlalchemy import func, insert, select

        from quizapp.bank.models import QuestionVersion
        from quizapp.extensions import db
        from quizapp.quiz.models import Attempt, AttemptQuestion, Response

        with self.app.app_context():
            versions = db.session.execute(select(QuestionVersion.id).order_by(QuestionVersion.id).limit(10)).scalars().all()
            next_attempt = (db.session.execute(select(func.max(Attempt.id))).scalar() or 0) + 1
            next_aq = (db.session.execute(select(func.max(AttemptQuestion.id))).scalar() or 0) + 1
            attempts, aqs, responses = [], [], []
            for k in range(count):
                attempt_id = next_attempt + k
                started = self.now - timedelta(days=k % 300, minutes=k)
                attempts.append({"id": attempt_id, "user_id": user_id, "document_id": self.document_id, "title": f"Quiz {k}",
                                 "mode": "practice", "settings": {}, "started_at": started,
                                 "finished_at": started + timedelta(minutes=5), "score": 6.0, "max_score": 10})
                for q, version_id in enumerate(versions):
                    aq_id = next_aq + k * len(versions) + q
                    aqs.append({"id": aq_id, "attempt_id": attempt_id, "position": q + 1, "question_version_id": version_id, "layout": {}})
                    responses.append({"attempt_question_id": aq_id, "given": {}, "score": float(q % 5 != 0),
                                      "is_correct": q % 5 != 0, "answered_at": started + timedelta(minutes=1)})
            db.session.execute(insert(Attempt), attempts)
            db.session.execute(insert(AttemptQuestion), aqs)
            db.session.execute(insert(Response), responses)
            db.session.commit()

    # -------- a teacher and classes

    def make_classes(self, sizes: list[int]) -> None:
        """A teacher signed in through HTTP, and a set of 10 questions per class size."""
        from quizapp.auth.models import User
        from quizapp.extensions import db

        with self.app.app_context():
            teacher = User(username="teacher")
            teacher.set_password("correct horse battery staple")
            db.session.add(teacher)
            db.session.commit()
            self.teacher_id = teacher.id
        self.teacher = Browser(self.base)
        _, page = self.teacher.request("/auth/login")
        status, _ = self.teacher.request(
            "/auth/login", {"csrf_token": self.teacher.take_csrf(page), "username": "teacher", "password": "correct horse battery staple"}
        )
        assert status == 303, status
        self.class_sets = {size: self.make_class(size) for size in sizes}

    def make_class(self, size: int) -> int:
        """A set whose ``size`` students each finished one attempt (two answer patterns, mixed)."""
        from sqlalchemy import func, insert, select

        from quizapp.auth.models import User
        from quizapp.bank.models import Question
        from quizapp.extensions import db
        from quizapp.quiz.models import Attempt, AttemptQuestion, Response
        from quizapp.quiz.services import finish_attempt, record_answer
        from quizapp.sets import services
        from quizapp.sets.models import QuizSet

        sys.path.insert(0, str(Path(__file__).parent))
        from export_memory import answer_form

        with self.app.app_context():
            qids = db.session.execute(
                select(Question.id).where(Question.retired_at.is_(None), Question.type.in_(["single_choice", "true_false"]))
                .order_by(Question.id).limit(10)
            ).scalars().all()
            quiz_set = services.create_set(self.teacher_id, {"title": f"Class of {size}", "shuffle_choices": True})
            for qid in qids:
                services.add_question(quiz_set, qid)
            set_id = quiz_set.id
            templates = []
            for right in (True, False):
                student = User()
                db.session.add(student)
                db.session.commit()
                attempt = services.start_set_attempt(db.session.get(QuizSet, set_id), student.id, now=self.now)
                for aq in attempt.questions:
                    record_answer(aq, answer_form(aq, right), now=self.now)
                finish_attempt(attempt, now=self.now + timedelta(minutes=2))
                templates.append([(aq.position, aq.question_version_id, aq.layout, aq.response.given, aq.response.score,
                                   aq.response.is_correct) for aq in attempt.questions])
            made = 2
            while made < size:
                count = min(2000, size - made)
                next_user = (db.session.execute(select(func.max(User.id))).scalar() or 0) + 1
                next_attempt = (db.session.execute(select(func.max(Attempt.id))).scalar() or 0) + 1
                next_aq = (db.session.execute(select(func.max(AttemptQuestion.id))).scalar() or 0) + 1
                users, attempts, aqs, responses = [], [], [], []
                for k in range(count):
                    user_id, attempt_id = next_user + k, next_attempt + k
                    started = self.now - timedelta(hours=1, seconds=made + k)
                    users.append({"id": user_id, "username": f"s{size}-{made + k:06d}", "username_key": f"s{size}-{made + k:06d}",
                                  "created_at": started, "new_cards_per_day": 20})
                    score = 0.0
                    for q in range(len(qids)):
                        position, version_id, layout, given, mark, correct = templates[self.rng.random() < 0.35][q]
                        aq_id = next_aq + k * len(qids) + q
                        aqs.append({"id": aq_id, "attempt_id": attempt_id, "position": position,
                                    "question_version_id": version_id, "layout": layout})
                        responses.append({"attempt_question_id": aq_id, "given": given, "score": mark, "is_correct": correct,
                                          "answered_at": started + timedelta(seconds=10 * (q + 1))})
                        score += mark
                    attempts.append({"id": attempt_id, "user_id": user_id, "document_id": None, "title": f"Class of {size}",
                                     "mode": "practice", "settings": {"quiz_set": set_id}, "started_at": started,
                                     "finished_at": started + timedelta(minutes=2, seconds=k % 97), "score": score,
                                     "max_score": len(qids), "quiz_set_id": set_id, "deadline_at": None})
                db.session.execute(insert(User), users)
                db.session.execute(insert(Attempt), attempts)
                db.session.execute(insert(AttemptQuestion), aqs)
                db.session.execute(insert(Response), responses)
                db.session.commit()
                made += count
            return set_id

    # -------- request files, rebuilt before each round from what is in the database

    def answer_lines(self) -> list[str]:
        """One POST per unanswered question of the quiz learners' open attempts, shuffled."""
        lines = []
        with sqlite3.connect(self.db_path) as con:
            for learner in self.quiz_learners:
                marks = ",".join("?" * len(learner.attempt_ids))
                rows = con.execute(
                    f"select aq.attempt_id, aq.position from attempt_question aq left join response r on r.attempt_question_id = aq.id "
                    f"where aq.attempt_id in ({marks}) and r.id is null order by aq.attempt_id, aq.position",
                    learner.attempt_ids,
                ).fetchall()
                for attempt_id, position in rows:
                    body = {"csrf_token": learner.browser.csrf, "choice": "0", "answer": "true"}
                    lines.append(line("POST", f"/quiz/{attempt_id}/q/{position}", learner.browser.cookie, True, body))
        self.rng.shuffle(lines)
        return lines

    def question_lines(self, partial: bool) -> list[str]:
        return [
            line("GET", f"/quiz/{attempt_id}/q/{position}", learner.browser.cookie, partial)
            for learner in self.quiz_learners
            for attempt_id in learner.attempt_ids[:3]
            for position in (1, 5, 10)
        ]

    def study_lines(self, learners: list[Learner]) -> list[str]:
        return [line("GET", f"/cards/{self.deck_key}/study", learner.browser.cookie, True) for learner in learners]

    def rating_lines(self, learners: list[Learner]) -> list[str]:
        """A Good rating of every card of the shipped deck, with each card's current state token."""
        lines = []
        with sqlite3.connect(self.db_path) as con:
            for learner in learners:
                rows = con.execute(
                    "select sc.id, sc.last_review from study_card sc join flashcard f on f.id = sc.flashcard_id "
                    "where sc.user_id = ? and f.document_id = ?",
                    (learner.user_id, self.document_id),
                ).fetchall()
                for card_id, last_review in rows:
                    token = datetime.fromisoformat(last_review).isoformat() if last_review else "new"
                    body = {"csrf_token": learner.browser.csrf, "rating": "3", "token": token}
                    lines.append(line("POST", f"/cards/{self.deck_key}/card/{card_id}/rate", learner.browser.cookie, True, body))
        self.rng.shuffle(lines)
        return lines

    def stored_answers(self) -> int:
        with sqlite3.connect(self.db_path) as con:
            marks = ",".join(str(a) for learner in self.quiz_learners for a in learner.attempt_ids)
            return con.execute(
                f"select count(*) from response r join attempt_question aq on aq.id = r.attempt_question_id where aq.attempt_id in ({marks})"
            ).fetchone()[0]

    def reviews_of(self, learners: list[Learner]) -> int:
        with sqlite3.connect(self.db_path) as con:
            ids = ",".join(str(learner.user_id) for learner in learners)
            return con.execute(f"select count(*) from card_review where user_id in ({ids})").fetchone()[0]


# ---------------------------------------------------------------- the run


# The most POSTs per second either app is expected to take on this kind of machine (B1's POST
# runs at 400-1,100 per second on the 2-core machines, Quizapp's below it): the prepared POSTs
# are sized from it, so that none is sent twice. A POST sent again finds its question answered
# or its card already rated, a cheaper path than the one measured (and an answer sent again
# redirects with a message, which signs the session afresh): the run counts such repeats.
POSTS_PER_SECOND_CAP = 1_200
BANK_DECK_CARDS = 74  # the shipped deck a card learner rates: one POST per card and round


def supply_posts(args: argparse.Namespace) -> None:
    """Enough open questions for every round's answer POSTs, and enough card learners for one
    round's ratings (the rating lines are rebuilt each round from the cards' new states)."""
    if args.attempts_per_learner is None:
        answers = args.rounds * args.seconds * POSTS_PER_SECOND_CAP
        args.attempts_per_learner = -(-answers // (args.connections * QUESTIONS_PER_ATTEMPT))
    if args.card_learners is None:
        args.card_learners = -(-args.seconds * POSTS_PER_SECOND_CAP // BANK_DECK_CARDS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="2 rounds of 2 s, classes up to 2,000")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=int, default=4, help="length of each wrk run")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--worker-class", default="sync")
    parser.add_argument("--threads", type=int, default=1, help="gunicorn --threads (gthread)")
    parser.add_argument("--card-learners", type=int, help="learners per card scenario (default: enough for --seconds)")
    parser.add_argument("--attempts-per-learner", type=int, help="open attempts per quiz learner (default: enough for the run)")
    parser.add_argument("--classes", type=int, nargs="*", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=5, help="single requests per page and round")
    parser.add_argument("--only", nargs="*", help="run only these scenarios (names as printed)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.seconds, args.repeat = 2, 2, 3
        args.classes = [100, 1000, 2000]
    supply_posts(args)
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install -y wrk")

    workdir = Path(tempfile.mkdtemp(prefix="quizapp-perf-"))
    started = time.perf_counter()
    (workdir / "bench.lua").write_text(LUA)
    b1_db = workdir / "b1" / "b1.sqlite"
    b1_db.parent.mkdir()
    q_db = workdir / "quizapp" / "quizapp.sqlite"
    q_db.parent.mkdir()
    q_env = {**os.environ, "DATABASE_URL": f"sqlite:///{q_db}", "SECRET_KEY": "bench"}
    b1_env = {**os.environ, "BASELINE_DATABASE": str(b1_db)}
    subprocess.run([sys.executable, "-c", "from quizapp.cli import prepare_database; prepare_database()"],
                   env=q_env, check=True, cwd=ROOT, capture_output=True)
    with sqlite3.connect(b1_db) as con:  # B1's table, with a row to GET
        con.execute("create table answer (id integer primary key, text varchar not null, created_at datetime not null)")
        con.execute("insert into answer (text, created_at) values ('The second round of the election', '2026-03-01 10:00:00')")

    b1 = Server("b1", "baseline_app:create_app()", b1_env, workdir, args)
    quizapp = Server("quizapp", "quizapp:create_app()", q_env, workdir, args)
    try:
        print(f"preparing data in {workdir} ...", file=sys.stderr)
        data = QuizappData(q_db, quizapp.base, args)
        data.make_learners()
        data.make_classes(args.classes)
        prepared = time.perf_counter() - started
        print(f"prepared in {prepared:.0f} s; measuring {args.rounds} rounds", file=sys.stderr)
        report = measure(args, workdir, b1, quizapp, data)
    finally:
        b1.stop()
        quizapp.stop()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    report["settings"] = {k: v for k, v in vars(args).items() if k not in ("json",)}
    report["wall_seconds"] = round(time.perf_counter() - started)
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, default=str))
    sys.exit(0 if report["correct"] else 1)


LOAD_SCENARIOS = [
    # name, B1 counterpart
    ("answer POST (htmx)", "post"),
    ("question page full", "get"),
    ("question page partial", "get"),
    ("study page, 12,000 cards", "get"),
    ("study page, 74 cards", "get"),
    ("rating POST, 12,000 cards", "post"),
    ("rating POST, 74 cards", "post"),
]


def measure(args: argparse.Namespace, workdir: Path, b1: Server, quizapp: Server, data: QuizappData) -> dict:
    rounds: list[dict] = []
    stored_before = data.stored_answers()
    acknowledged = in_flight_allowance = bad = wrapped_posts = 0
    reviews_before = data.reviews_of(data.big_learners + data.small_learners)
    ratings_ok = ratings_in_flight = 0
    b1_posts_ok = 0
    cookies_set = 0
    with sqlite3.connect(b1.process and workdir / "b1" / "b1.sqlite") as con:
        b1_rows_before = con.execute("select count(*) from answer").fetchone()[0]
    wanted = set(args.only) if args.only else None
    single_pages = [
        ("deck list, 12,000 cards", "/cards/", data.heavy.browser.cookie),
        ("statistics, 100,000 reviews", "/cards/stats", data.heavy.browser.cookie),
        ("progress, 1,000 attempts", "/quiz/progress", data.heavy.browser.cookie),
        *[(f"set results, {size:,} students", f"/sets/{set_id}/results", data.teacher.cookie) for size, set_id in data.class_sets.items()],
    ]
    for number in range(args.rounds):
        figures: dict[str, dict] = {}
        b1_post_lines = [line("POST", "/answer", body={"text": "Dina Boluarte"})]
        b1_get_lines = [line("GET", "/item/1")]
        base_post = run_wrk(b1, b1_post_lines, workdir, args, args.seconds)
        b1_posts_ok += base_post.ok
        base_get = run_wrk(b1, b1_get_lines, workdir, args, args.seconds)
        figures["B1 POST"] = vars(base_post)
        figures["B1 GET"] = vars(base_get)
        for name, kind in LOAD_SCENARIOS:
            if wanted and name not in wanted:
                continue
            if name == "answer POST (htmx)":
                lines = data.answer_lines()
            elif name.startswith("question page"):
                lines = data.question_lines(partial=name.endswith("partial"))
            elif name.startswith("study page"):
                lines = data.study_lines(data.big_learners if "12,000" in name else data.small_learners)
            else:
                lines = data.rating_lines(data.big_learners if "12,000" in name else data.small_learners)
            load = run_wrk(quizapp, lines, workdir, args, args.seconds)
            base = base_post if kind == "post" else base_get
            entry = vars(load) | {
                "throughput_ratio": load.throughput / base.throughput,
                "cpu_ratio": load.cpu_ms / base.cpu_ms,
                "p50_ratio": load.p50_ms / base.p50_ms,
                "prepared": len(lines),
            }
            figures[name] = entry
            bad += load.bad
            cookies_set += load.cookies_set
            if kind == "post" and load.wrapped:
                wrapped_posts += load.wrapped
            if name == "answer POST (htmx)":
                acknowledged += load.ok
                in_flight_allowance += args.connections
            if name.startswith("rating POST"):
                ratings_ok += load.ok
                ratings_in_flight += args.connections
        # One request at a time: B1's GET, then each page.
        base_ms, _ = timed_gets(b1, "/item/1", "", args.repeat)
        figures["B1 GET single"] = {"ms": base_ms}
        for name, path, cookie in single_pages:
            if wanted and name not in wanted:
                continue
            ms, status = timed_gets(quizapp, path, cookie, args.repeat if "10,000" not in name else max(2, args.repeat // 2))
            figures[name] = {"ms": ms, "ratio": ms / base_ms, "status": status, "worker_rss_mb": quizapp.max_worker_rss_mb()}
            bad += status != 200
        figures["max worker RSS MB"] = {"quizapp": quizapp.max_worker_rss_mb(), "b1": b1.max_worker_rss_mb()}
        rounds.append(figures)
        print(f"round {number + 1}/{args.rounds} done", file=sys.stderr)

    stored = data.stored_answers() - stored_before
    ratings_stored = data.reviews_of(data.big_learners + data.small_learners) - reviews_before
    with sqlite3.connect(workdir / "b1" / "b1.sqlite") as con:
        b1_rows = con.execute("select count(*) from answer").fetchone()[0] - b1_rows_before
    correct = (bad == 0 and wrapped_posts == 0 and acknowledged <= stored <= acknowledged + in_flight_allowance
               and ratings_ok <= ratings_stored <= ratings_ok + ratings_in_flight)
    return {
        "rounds": rounds,
        "checks": {
            "answers_acknowledged": acknowledged, "answers_stored": stored,
            "allowed_unacknowledged_in_flight": in_flight_allowance,
            "ratings_acknowledged": ratings_ok, "ratings_stored": ratings_stored,
            "b1_posts_acknowledged": b1_posts_ok, "b1_rows_stored": b1_rows,
            "error_statuses": bad, "posts_repeated_after_running_out": wrapped_posts,
            # Quizapp responses under load that set a cookie: a browser's requests set none.
            "quizapp_responses_setting_a_cookie": cookies_set,
        },
        "correct": correct,
    }


def median_of(rounds: list[dict], name: str, key: str) -> float | None:
    values = [r[name][key] for r in rounds if name in r and r[name].get(key) is not None]
    return statistics.median(values) if values else None


def print_report(report: dict) -> None:
    rounds = report["rounds"]
    s = report["settings"]
    print(f"\nQuizapp vs B1: gunicorn -w {s['workers']} -k {s['worker_class']} --threads {s['threads']}, "
          f"wrk -c{s['connections']} -t{s['wrk_threads']} -d{s['seconds']}s, {s['rounds']} interleaved rounds, medians")
    print(f"{'under load':34} {'req/s':>8} {'×B1':>6} {'p50 ms':>8} {'p99 ms':>8} {'CPU ms/req':>10} {'CPU ×B1':>8} {'client CPU':>10}")
    for name in ["B1 POST", "B1 GET", *(n for n, _ in LOAD_SCENARIOS)]:
        if median_of(rounds, name, "throughput") is None:
            continue
        ratio = median_of(rounds, name, "throughput_ratio")
        cpu_ratio = median_of(rounds, name, "cpu_ratio")
        print(f"{name:34} {median_of(rounds, name, 'throughput'):8.0f} {ratio if ratio is not None else 1:6.2f} "
              f"{median_of(rounds, name, 'p50_ms'):8.1f} {median_of(rounds, name, 'p99_ms'):8.1f} "
              f"{median_of(rounds, name, 'cpu_ms'):10.2f} {cpu_ratio if cpu_ratio is not None else 1:8.2f} "
              f"{median_of(rounds, name, 'client_cpu_ms'):10.2f}")
    print(f"\n{'one request at a time':34} {'ms':>8} {'×B1 GET':>8} {'worker RSS MB':>14}")
    print(f"{'B1 GET':34} {median_of(rounds, 'B1 GET single', 'ms'):8.1f}")
    for name in rounds[0]:
        if "ratio" in rounds[0][name] and "throughput" not in rounds[0][name]:
            print(f"{name:34} {median_of(rounds, name, 'ms'):8.1f} {median_of(rounds, name, 'ratio'):8.1f} "
                  f"{max(r[name]['worker_rss_mb'] for r in rounds):14.0f}")
    rss = max(r["max worker RSS MB"]["quizapp"] for r in rounds)
    print(f"largest Quizapp worker RSS at the end of a round: {rss:.0f} MB (B1: {max(r['max worker RSS MB']['b1'] for r in rounds):.0f} MB)")
    print("\nchecks:", json.dumps(report["checks"]))
    print("OK: every acknowledged answer stored once, no errors" if report["correct"] else "PROBLEM: see the checks above")
    print(f"wall time {report['wall_seconds']} s")


if __name__ == "__main__":
    main()
