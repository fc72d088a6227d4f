"""Attack check: what an outside attacker tries against a fresh ``quizapp serve``, over HTTP only.

It starts ``.venv/bin/quizapp serve --port <free port>`` on 127.0.0.1 from a temporary folder,
with ``DATABASE_URL`` pointing at a new SQLite file there and its own ``SECRET_KEY`` (the app
has no setting for the instance folder itself; with both variables set it reads nothing from
it, and gunicorn's working directory is the temporary folder). ``quizapp serve`` migrates and
loads the bank as it would for a school. Then, as an attacker with a browser's tools would:

a. cookies: a guest's cookies copied before the guest signs in to an account, before another
   account is created with a reused id, before the guest registers, and an account's cookies
   copied before sign-out; replayed afterwards they must sign in nobody (session cookie and
   the remember cookie alone), and must not open the account's quiz;
b. a 1 MB numeric answer crafted against the number parser is answered in under 1 s;
c. a 5 MB POST gets 413;
d. 30 wrong passwords for one account end in 429;
e. 50 cookie-less GETs of every public page (a flashcard deck's study page included) create
   no account (counted in the database, as the operator would);
f. security headers on every page: CSP, frame-ancestors or X-Frame-Options, nosniff,
   Referrer-Policy, and Cache-Control no-store on signed-in pages;
g. a right join code gets through after 10 wrong ones from the same address;
h. 30 finish-vs-answer races leave every score equal to the sum of its marks (database).

Each check prints PASS or FAIL with its figures; the exit status is 1 when any check fails.

    .venv/bin/python tests/benchmarks/attack_check.py [--only a,b,...] [--keep]

Only 127.0.0.1 is contacted; every loop is bounded in count and every request in time.
Not collected by pytest (the file name does not start with test_).
"""
from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import secrets
import shutil
import signal
import socket
import sqlite3
import string
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from email.message import Message
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[2]
QUIZAPP = ROOT / ".venv" / "bin" / "quizapp"
JOIN_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Reply:
    status: int
    headers: Message
    text: str
    seconds: float


class Client:
    """A browser reduced to what matters here: cookies we can copy, and plain requests."""

    def __init__(self, port: int, cookies: dict[str, str] | None = None):
        self.port = port
        self.cookies: dict[str, str] = dict(cookies or {})
        self.lock = threading.Lock()

    def request(self, method: str, path: str, form: dict | list | None = None, headers: dict | None = None, body: bytes | None = None, timeout: float = 30) -> Reply:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        sent = {"Host": f"127.0.0.1:{self.port}", **(headers or {})}
        with self.lock:
            if self.cookies:
                sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if form is not None:
            body = urlencode(form, doseq=True).encode()
        if body is not None:
            sent.setdefault("Content-Type", "application/x-www-form-urlencoded")
        started = time.monotonic()
        try:
            try:
                conn.request(method, path, body=body, headers=sent)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server may answer (413) before it has read the whole body
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
        finally:
            conn.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            self._keep(header)
        return Reply(response.status, response.headers, text, time.monotonic() - started)

    def get(self, path: str, **kw) -> Reply:
        return self.request("GET", path, **kw)

    def post(self, path: str, form: dict | list | None = None, **kw) -> Reply:
        return self.request("POST", path, form=form, **kw)

    def _keep(self, header: str) -> None:
        cookie = SimpleCookie()
        cookie.load(header)
        with self.lock:
            for name, morsel in cookie.items():
                expired = morsel["max-age"] == "0" or "1970" in (morsel["expires"] or "")
                if expired or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value

    def copy_cookies(self, only: tuple[str, ...] | None = None) -> dict[str, str]:
        with self.lock:
            return {k: v for k, v in self.cookies.items() if only is None or k in only}


def token(html: str) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html) or re.search(r'value="([^"]+)"[^>]*name="csrf_token"', html)
    if not match:
        raise RuntimeError("no CSRF token in the page")
    return match.group(1)


def whoami(client: Client) -> str | None:
    """The account name the home page shows, "(guest)", or None for nobody."""
    page = client.get("/").text
    match = re.search(r"Signed in as\s*<strong>([^<]+)</strong>", page)
    if match:
        return match.group(1).strip()
    return "(guest)" if "Studying as a guest" in page else None


def new_name(prefix: str) -> str:
    return prefix + "".join(random.choices(string.ascii_lowercase, k=6))


PASSWORD = "Tq8-" + secrets.token_hex(8) + "-zebra-lantern"


def register(client: Client, username: str) -> Reply:
    page = client.get("/auth/register").text
    return client.post("/auth/register", {"csrf_token": token(page), "username": username, "password": PASSWORD, "confirm": PASSWORD})


def sign_in(client: Client, username: str, password: str = PASSWORD) -> Reply:
    page = client.get("/auth/login").text
    return client.post("/auth/login", {"csrf_token": token(page), "username": username, "password": password})


def sign_out(client: Client) -> Reply:
    return client.post("/auth/logout", {"csrf_token": token(client.get("/").text)})


def start_quiz(client: Client, types: list[str], count: int) -> str:
    """Start a self-study quiz (a cookie-less client becomes a guest); the attempt's path."""
    page = client.get("/quiz/new").text
    topics = re.findall(r'name="topics"[^>]*value="(\d+)"', page) or re.findall(r'value="(\d+)"[^>]*name="topics"', page)
    form = [("csrf_token", token(page)), ("document", "1"), ("count", str(count)), ("mode", "practice"), ("focus", "all")]
    form += [("topics", t) for t in topics] + [("types", t) for t in types]
    reply = client.post("/quiz/new", form)
    if reply.status != 303:
        raise RuntimeError(f"starting a quiz gave {reply.status}")
    return urlsplit(reply.headers["Location"]).path.rsplit("/q/", 1)[0]


def answer_any(client: Client, attempt: str, position: int) -> Reply:
    page = client.get(f"{attempt}/q/{position}").text
    return client.post(f"{attempt}/q/{position}", {"csrf_token": token(page), "choice": "0", "answer": "true"})


@dataclass
class Result:
    name: str
    passed: bool
    figures: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- the checks


def check_cookies(port: int, db: Path) -> Result:
    lines, ok = [], True

    def expect_nobody_as(label: str, cookies: dict[str, str], account: str, private_path: str | None) -> None:
        nonlocal ok
        replay = Client(port, cookies)
        who = whoami(replay)
        seen = replay.get(private_path).status if private_path else None
        bad = who == account or seen == 200
        ok &= not bad
        lines.append(f"{'FAIL' if bad else 'ok'}: {label}: replayed cookies {sorted(cookies)} sign in as {who!r}" + (f", its quiz page answers {seen}" if private_path else ""))

    def copy_working(client: Client, expected: str) -> dict[str, str]:
        """The client's cookies, after making sure that a replay of them works right now: a
        copy that never worked would make every check below pass for nothing."""
        cookies = client.copy_cookies()
        if whoami(Client(port, cookies)) != expected:
            raise RuntimeError(f"copied cookies {sorted(cookies)} do not sign in as {expected!r} even before the event")
        return cookies

    # 1. A guest's cookies, copied before the guest signs in to an account.
    owner = new_name("owner")
    assert register(Client(port), owner).status == 303
    guest = Client(port)
    quiz = start_quiz(guest, ["true_false"], 1)
    stolen = copy_working(guest, "(guest)")
    assert sign_in(guest, owner).status == 303
    expect_nobody_as("guest copied, then signed in to an account", stolen, owner, f"{quiz}/q/1")
    expect_nobody_as("same, remember cookie alone", {k: v for k, v in stolen.items() if k == "remember_token"}, owner, f"{quiz}/q/1")

    # 2. Id reuse: the guest row goes away on sign-in; the next account must not inherit its id.
    guest = Client(port)
    start_quiz(guest, ["true_false"], 1)
    stolen = copy_working(guest, "(guest)")
    assert sign_in(guest, owner).status == 303
    newcomer = Client(port)
    newbie = new_name("newbie")
    assert register(newcomer, newbie).status == 303
    newbie_quiz = start_quiz(newcomer, ["true_false"], 1)
    expect_nobody_as("guest signed in elsewhere, then a new account registered", stolen, newbie, f"{newbie_quiz}/q/1")
    expect_nobody_as("same, remember cookie alone", {k: v for k, v in stolen.items() if k == "remember_token"}, newbie, f"{newbie_quiz}/q/1")
    expect_nobody_as("same, session cookie alone", {k: v for k, v in stolen.items() if k == "session"}, newbie, f"{newbie_quiz}/q/1")

    # 3. Fixation: a guest's cookies copied before the guest registers.
    guest = Client(port)
    quiz = start_quiz(guest, ["true_false"], 1)
    stolen = copy_working(guest, "(guest)")
    fixated = new_name("fixated")
    assert register(guest, fixated).status == 303
    expect_nobody_as("guest copied, then registered", stolen, fixated, f"{quiz}/q/1")

    # 4. Sign-out: cookies copied while signed in, replayed after sign-out.
    leaver_name = new_name("leaver")
    leaver = Client(port)
    assert register(leaver, leaver_name).status == 303
    quiz = start_quiz(leaver, ["true_false"], 1)
    stolen = copy_working(leaver, leaver_name)
    assert sign_out(leaver).status in (302, 303)
    expect_nobody_as("copied while signed in, replayed after sign-out", stolen, leaver_name, f"{quiz}/q/1")
    expect_nobody_as("same, remember cookie alone", {k: v for k, v in stolen.items() if k == "remember_token"}, leaver_name, f"{quiz}/q/1")
    return Result("a. replayed and reused cookies give no access", ok, lines)


def check_huge_number(port: int, db: Path) -> Result:
    client = Client(port)
    quiz = start_quiz(client, ["numeric"], 1)
    page = client.get(f"{quiz}/q/1").text
    # Digits, a long run of spaces, a digit: the overlapping "\s*[^\d]*" of a naive number
    # pattern backtracks over the run quadratically.
    crafted = "1" + " " * (1_000_000 - 2) + "1"
    try:
        reply = client.post(f"{quiz}/q/1", {"csrf_token": token(page), "number": crafted}, timeout=10)
    except TimeoutError:
        return Result("b. a 1 MB numeric answer is answered in < 1 s", False, ["no answer within 10 s (a worker is held)"])
    passed = reply.status < 500 and reply.seconds < 1.0
    return Result("b. a 1 MB numeric answer is answered in < 1 s", passed, [f"status {reply.status} in {reply.seconds:.3f} s"])


def check_big_body(port: int, db: Path) -> Result:
    client = Client(port)
    page = client.get("/auth/login").text
    body = urlencode({"csrf_token": token(page), "username": "x", "password": "y", "filler": "a" * (5 * 1024 * 1024)}).encode()
    try:
        reply = client.request("POST", "/auth/login", body=body, timeout=30)
    except (ConnectionError, TimeoutError, http.client.HTTPException) as exc:
        return Result("c. a 5 MB POST gets 413", False, [f"no answer: {type(exc).__name__}"])
    return Result("c. a 5 MB POST gets 413", reply.status == 413, [f"status {reply.status} after {reply.seconds:.2f} s for {len(body):,} bytes"])


def check_password_throttle(port: int, db: Path) -> Result:
    name = new_name("target")
    assert register(Client(port), name).status == 303
    attacker = Client(port)
    statuses, retry_after = [], None
    for _ in range(30):
        reply = sign_in(attacker, name, "wrong-" + secrets.token_hex(4))
        statuses.append(reply.status)
        retry_after = reply.headers.get("Retry-After") or retry_after
    first = statuses.index(429) + 1 if 429 in statuses else None
    right = sign_in(Client(port), name).status
    figures = [
        f"statuses: { {s: statuses.count(s) for s in sorted(set(statuses))} }; first 429 at try {first}; Retry-After {retry_after}",
        f"the right password straight after, from a fresh client: {right}",
    ]
    return Result("d. 30 wrong passwords for one account end in 429", statuses[-1] == 429, figures)


def public_pages(port: int, code: str) -> list[str]:
    """Every page a visitor without an account can open. The join page is the real code's: a
    wrong code would count towards the join-code limit and spoil check g."""
    decks = sorted(set(re.findall(r'href="/cards/((?:doc|topic)-\d+)"', Client(port).get("/cards/").text)))
    deck = decks[0] if decks else "doc-1"
    return ["/", "/quiz/new", "/quiz/progress", "/cards/", f"/cards/{deck}", f"/cards/{deck}/study", "/cards/stats",
            "/cards/settings", "/sets/", "/join", f"/join/{code}", "/auth/login", "/auth/register"]


def account_count(db: Path) -> int:
    with sqlite3.connect(db) as con:
        return con.execute("select count(*) from account").fetchone()[0]


def check_cookieless_gets(port: int, db: Path, code: str) -> Result:
    before = account_count(db)
    statuses: dict[str, set[int]] = {}
    for page in public_pages(port, code):
        for _ in range(50):
            statuses.setdefault(page, set()).add(Client(port).get(page).status)
    made = account_count(db) - before
    return Result(
        "e. 50 cookie-less GETs of every page create no account",
        made == 0,
        [f"{made} accounts made by {50 * len(statuses)} GETs of {len(statuses)} pages", "statuses: " + ", ".join(f"{p} {sorted(s)}" for p, s in statuses.items())],
    )


def header_problems(reply: Reply, signed_in: bool) -> list[str]:
    h = reply.headers
    csp = h.get("Content-Security-Policy") or ""
    problems = []
    if not csp:
        problems.append("no Content-Security-Policy")
    elif re.search(r"script-src[^;]*'unsafe-inline'", csp) or ("script-src" not in csp and re.search(r"default-src[^;]*'unsafe-inline'", csp)):
        problems.append("CSP allows inline script")
    if "frame-ancestors" not in csp and (h.get("X-Frame-Options") or "").upper() not in ("DENY", "SAMEORIGIN"):
        problems.append("no frame-ancestors nor X-Frame-Options")
    if (h.get("X-Content-Type-Options") or "").lower() != "nosniff":
        problems.append("no X-Content-Type-Options: nosniff")
    if not h.get("Referrer-Policy"):
        problems.append("no Referrer-Policy")
    if signed_in and "no-store" not in (h.get("Cache-Control") or ""):
        problems.append("signed in without Cache-Control: no-store")
    return problems


def check_headers(port: int, db: Path, teacher: Client, set_id: int, code: str) -> Result:
    pages = [*public_pages(port, code), "/healthz", "/no-such-page"]
    quiz = start_quiz(teacher, ["true_false"], 1)
    private = [*pages, f"/sets/{set_id}", f"/sets/{set_id}/settings", f"/sets/{set_id}/results", f"/join/{code}", f"{quiz}/q/1"]
    missing: dict[str, list[str]] = {}
    for signed_in, client, paths in ((False, None, pages), (True, teacher, private)):
        for path in paths:
            reply = (client or Client(port)).get(path)
            for problem in header_problems(reply, signed_in):
                missing.setdefault(problem, []).append(("signed in " if signed_in else "") + path)
    figures = [f"{problem}: {len(paths)} pages, e.g. {paths[0]}" for problem, paths in missing.items()] or [f"all {len(pages) + len(private)} pages have them"]
    return Result("f. security headers on every page", not missing, figures)


def make_teacher_set(port: int) -> tuple[Client, int, str]:
    """A teacher signed in, with a one-question set; its id and join code."""
    teacher = Client(port)
    assert register(teacher, new_name("teacher")).status == 303
    page = teacher.get("/sets/new").text
    reply = teacher.post("/sets/new", {"csrf_token": token(page), "title": "Unit test", "mode": "exam", "grading": "highest", "answers_visible": "never", "shuffle_choices": "y"})
    assert reply.status == 303, reply.status
    set_id = int(re.search(r"/sets/(\d+)", reply.headers["Location"]).group(1))
    builder = teacher.get(f"/sets/{set_id}").text
    question_id = re.search(r'name="question_id"[^>]*value="(\d+)"', builder) or re.search(r'value="(\d+)"[^>]*name="question_id"', builder)
    assert teacher.post(f"/sets/{set_id}/items", {"csrf_token": token(builder), "question_id": question_id.group(1)}).status == 303
    code = re.search(r'id="join-code">([^<]+)<', teacher.get(f"/sets/{set_id}").text).group(1).strip()
    return teacher, set_id, code


def check_join_codes(port: int, db: Path, code: str) -> Result:
    guesser, classmate = Client(port), Client(port)
    assert register(guesser, new_name("student")).status == 303
    assert register(classmate, new_name("student")).status == 303
    wrong = []
    for _ in range(10):
        guess = "".join(random.choices(JOIN_ALPHABET, k=8))
        if guess != code:
            wrong.append(guesser.get(f"/join/{guess}").status)
    lines, ok = [f"10 wrong codes from 127.0.0.1: statuses {sorted(set(wrong))}"], True
    for label, student in (("a classmate at the same address", classmate), ("the student who guessed wrong", guesser)):
        page = student.get(f"/join/{code}")
        started = None
        if page.status == 200:
            started = student.post(f"/join/{code}/start", {"csrf_token": token(page.text)}).status
        good = page.status == 200 and started in (302, 303)
        ok &= good
        lines.append(f"{'ok' if good else 'FAIL'}: {label} with the right code: join page {page.status}, start {started}")
    return Result("g. a right join code gets through after 10 wrong ones", ok, lines)


def check_finish_races(port: int, db: Path, rounds: int = 30) -> Result:
    learner = Client(port)
    attempts, statuses = [], []
    for _ in range(rounds):
        quiz = start_quiz(learner, ["single_choice", "true_false"], 3)
        attempts.append(int(quiz.rsplit("/", 1)[1]))
        for position in (1, 2):
            answer_any(learner, quiz, position)
        page = learner.get(f"{quiz}/q/3").text
        csrf = token(page)
        barrier = threading.Barrier(2)
        got: dict[str, int] = {}

        def send(kind: str) -> None:
            try:
                barrier.wait(timeout=10)
            except threading.BrokenBarrierError:
                pass
            time.sleep(random.uniform(0, 0.02))
            if kind == "answer":
                got[kind] = learner.post(f"{quiz}/q/3", {"csrf_token": csrf, "choice": "0", "answer": "true"}).status
            else:
                got[kind] = learner.post(f"{quiz}/finish", {"csrf_token": csrf}).status

        pair = [threading.Thread(target=send, args=(kind,)) for kind in ("answer", "finish")]
        for t in pair:
            t.start()
        for t in pair:
            t.join(timeout=60)
        statuses.append((got.get("answer"), got.get("finish")))
    with sqlite3.connect(db) as con:
        rows = con.execute(
            f"select a.id, a.score, a.finished_at is not null, (select coalesce(sum(r.score), 0) from attempt_question aq "
            f"join response r on r.attempt_question_id = aq.id where aq.attempt_id = a.id) "
            f"from attempt a where a.id in ({','.join('?' * len(attempts))})",
            attempts,
        ).fetchall()
    wrong = [(attempt_id, score, marks) for attempt_id, score, finished, marks in rows if finished and (score is None or abs(score - marks) > 1e-6)]
    unfinished = sum(1 for _, _, finished, _ in rows if not finished)
    server_errors = sum(1 for a, f in statuses if (a or 0) >= 500 or (f or 0) >= 500)
    figures = [
        f"{len(wrong)} of {rounds} finished attempts with a score that is not the sum of their marks" + (f", e.g. attempt {wrong[0][0]}: score {wrong[0][1]}, marks {wrong[0][2]}" if wrong else ""),
        f"{unfinished} not finished; {server_errors} rounds with a 5xx; (answer, finish) statuses seen: {sorted(set(statuses), key=str)}",
    ]
    return Result("h. 30 finish-vs-answer races keep score = sum of marks", not wrong and not unfinished and not server_errors, figures)


# ---------------------------------------------------------------- running it


def start_server(workdir: Path, port: int) -> tuple[subprocess.Popen, Path]:
    db = workdir / "attack.sqlite"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", "SECRET_KEY": secrets.token_hex(32)}
    for name in ("QUIZAPP_PORT", "QUIZAPP_HOST", "QUIZAPP_WORKERS", "QUIZAPP_TIMEOUT"):
        env.pop(name, None)  # the defaults, as a school would run it
    log = open(workdir / "serve.log", "w")
    server = subprocess.Popen(
        [str(QUIZAPP), "serve", "--port", str(port)], cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"quizapp serve exited with {server.returncode}; see {workdir / 'serve.log'}")
        try:
            if Client(port).get("/healthz", timeout=2).status == 200:
                return server, db
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError("quizapp serve did not answer /healthz within 180 s")


def stop_server(server: subprocess.Popen) -> None:
    """SIGTERM to the server's own process group (it was started in a new session), then SIGKILL."""
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=10)
    except ProcessLookupError:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="a,e,f,g,h,c,d,b", help="checks to run, in this order (b, which may hold a worker, runs last by default)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (database, server log)")
    args = parser.parse_args()
    if not QUIZAPP.exists():
        print(f"{QUIZAPP} is missing: python3 -m venv .venv && .venv/bin/pip install -e .")
        return 2
    random.seed(8)
    workdir = Path(tempfile.mkdtemp(prefix="quizapp-attack-"))
    port = free_port()
    server = None
    results: list[Result] = []
    try:
        server, db = start_server(workdir, port)
        print(f"quizapp serve on 127.0.0.1:{port}, database {db}", flush=True)
        teacher = set_id = code = None
        for key in args.only.split(","):
            started = time.monotonic()
            try:
                if key in ("e", "f", "g") and teacher is None:
                    teacher, set_id, code = make_teacher_set(port)
                result = {
                    "a": lambda: check_cookies(port, db),
                    "b": lambda: check_huge_number(port, db),
                    "c": lambda: check_big_body(port, db),
                    "d": lambda: check_password_throttle(port, db),
                    "e": lambda: check_cookieless_gets(port, db, code),
                    "f": lambda: check_headers(port, db, teacher, set_id, code),
                    "g": lambda: check_join_codes(port, db, code),
                    "h": lambda: check_finish_races(port, db),
                }[key.strip()]()
            except Exception as exc:
                result = Result(f"{key}. (could not run)", False, [f"{type(exc).__name__}: {exc}"])
            results.append(result)
            print(f"{'PASS' if result.passed else 'FAIL'}  {result.name}  ({time.monotonic() - started:.1f} s)", flush=True)
            for line in result.figures:
                print(f"      {line}", flush=True)
    finally:
        if server is not None:
            stop_server(server)
        if args.keep or not results:
            print("kept:", workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    failed = [r.name for r in results if not r.passed]
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
