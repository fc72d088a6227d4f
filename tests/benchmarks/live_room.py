"""Benchmark: live classroom rooms over real HTTP event streams against ``quizapp serve`` (issue 14).

A fresh SQLite database (or a throw-away PostgreSQL) gets ``--rooms`` teachers, each with a
set of ``--questions`` questions (single choice and true/false) and a live session in its
lobby, and ``--students`` accounts per room with a signed-in session (made in the database:
hashing passwords would measure argon2). Then ``quizapp serve`` starts (its defaults unless
told otherwise) and, in one asyncio loop, every student does what a phone does:

    GET /live/<code> and POST their name (the join), GET /live/<code>/play, then holds
    GET /live/<code>/events open and, each time the stream brings an open question,
    thinks 0.5-3 s and POSTs an answer (htmx), as a finger on a phone would.

Each room's teacher, once the room is in, plays every question: POST next, wait
``--seconds-open``, POST reveal, wait 2 s, ..., POST end. Meanwhile a visitor asks for
ordinary pages (the home page and a set's results) every 200 ms.

Reported: the delay from the teacher's "next" POST being sent to each student's stream
receiving the new question (p50/p95/max; also for the reveal), events missing, answers sent
vs acknowledged vs stored in the database (must be equal; an answer arriving after its
question closed is refused with 409 and counted apart), the ordinary pages' p50/p95, and
server CPU. Pass: p95 next-question delay < 1 s, nothing missing, nothing lost, no errors.

    .venv/bin/python tests/benchmarks/live_room.py --students 200 --rooms 1
    .venv/bin/python tests/benchmarks/live_room.py --students 30 --rooms 10
        [--questions 5] [--workers N] [--worker-class gthread|gevent] [--threads N]
        [--database sqlite|postgresql]

Not collected by pytest: a benchmark.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.exam_500 import Postgres, free_port, percentile, server_cpu_seconds  # noqa: E402

USER_AGENT = "live-benchmark"


def prepare(env: dict[str, str], rooms: int, students: int, questions: int, seconds: int) -> dict:
    """Migrate, load the bank; make each room's teacher, set and live session, and every
    student's signed-in session cookie."""
    os.environ.update(env)
    from flask_login.utils import _create_identifier
    from sqlalchemy import insert, select

    from quizapp import create_app
    from quizapp.auth.models import AccountSession, User, new_session_token
    from quizapp.bank.models import Question
    from quizapp.cli import prepare_database
    from quizapp.extensions import db
    from quizapp.live import services as live
    from quizapp.sets import services as sets
    from quizapp.timeutil import utcnow

    app = create_app()
    prepare_database(app)
    with app.app_context():
        qids = list(db.session.execute(
            select(Question.id).where(Question.type.in_(["single_choice", "true_false"]), Question.retired_at.is_(None),
                                      Question.quiz_set_id.is_(None)).order_by(Question.id)
        ).scalars())[:questions]
        users = []
        for room in range(rooms):
            teacher = User(password_hash="!")
            teacher.set_username(f"teacher{room:02d}")
            users.append(teacher)
            for number in range(students):
                user = User(password_hash="!")
                user.set_username(f"s{room:02d}-{number:04d}")
                users.append(user)
        visitor = User(password_hash="!")
        visitor.set_username("visitor")
        users.append(visitor)
        db.session.add_all(users)
        db.session.commit()
        tokens = {user.username: new_session_token() for user in users}
        db.session.execute(insert(AccountSession), [
            {"user_id": user.id, "token": tokens[user.username], "created_at": utcnow()} for user in users
        ])
        db.session.commit()
        made_rooms = []
        for room in range(rooms):
            teacher = next(u for u in users if u.username == f"teacher{room:02d}")
            quiz_set = sets.create_set(teacher.id, {"title": f"Room {room}", "shuffle_choices": False})
            for qid in qids:
                sets.add_question(quiz_set, qid)
            session = live.start_session(quiz_set, teacher.id, seconds=seconds)
            made_rooms.append({"teacher": teacher.username, "set_id": quiz_set.id, "session_id": session.id,
                               "code": session.code, "students": [f"s{room:02d}-{n:04d}" for n in range(students)]})
        with app.test_request_context(environ_base={"REMOTE_ADDR": "127.0.0.1"}, headers={"User-Agent": USER_AGENT}):
            identifier = _create_identifier()
            serializer = app.session_interface.get_signing_serializer(app)  # type: ignore[attr-defined]
            cookies = {name: f"session={serializer.dumps({'_user_id': t, '_fresh': True, '_id': identifier})}" for name, t in tokens.items()}
        db.engine.dispose()
    return {"rooms": made_rooms, "cookies": cookies, "questions": len(qids)}


# ---------------------------------------------------------------- HTTP over asyncio streams


async def http(port: int, method: str, path: str, cookie: str, form: dict | None = None, htmx: bool = False) -> tuple[int, dict, str, str]:
    """One HTTP/1.0 request (a connection each, as phones on a school's network); returns
    the status, headers, body and the session cookie, updated if the server set one."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    body = urllib.parse.urlencode(form or {}, doseq=True).encode() if form is not None else b""
    lines = [f"{method} {path} HTTP/1.0", "Host: 127.0.0.1", f"Cookie: {cookie}", f"User-Agent: {USER_AGENT}"]
    if htmx:
        lines += ["HX-Request: true", "HX-Request-Type: partial"]
    if form is not None:
        lines += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
    await writer.drain()
    raw = await reader.read()
    writer.close()
    head, _, content = raw.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers: dict[str, str] = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        if name.lower() == "set-cookie" and value.strip().startswith("session="):
            cookie = value.strip().split(";", 1)[0]
        headers[name.lower()] = value.strip()
    return int(status_line.split()[1]), headers, content.decode(), cookie


def token_of(html: str) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    return match.group(1) if match else ""


def answer_of(html: str, rng: random.Random) -> dict:
    if 'name="answer"' in html:
        return {"answer": rng.choice(["true", "false"])}
    choices = re.findall(r'name="choice" value="(\d+)"', html)
    return {"choice": rng.choice(choices) if choices else "0"}


@dataclass
class Tally:
    sent_at: dict[tuple[int, int], tuple[str, float]] = field(default_factory=dict)  # (room, version) -> (action, time)
    received: list[tuple[int, int, float]] = field(default_factory=list)  # (room, version, time)
    streams_open: int = 0
    answers_sent: int = 0
    refused_late: int = 0
    acknowledged: set[tuple[str, int]] = field(default_factory=set)  # (student, question)
    page_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    done: bool = False


async def student(port: int, room: int, code: str, name: str, cookie: str, tally: Tally, ready: asyncio.Event) -> None:
    rng = random.Random(name)
    status, _, page, cookie = await http(port, "GET", f"/live/{code}", cookie)
    status, _, _, cookie = await http(port, "POST", f"/live/{code}", cookie, {"csrf_token": token_of(page), "name": name})
    if status != 303:
        tally.errors.append(f"join {name}: {status}")
        return
    status, _, page, cookie = await http(port, "GET", f"/live/{code}/play", cookie)
    version = re.search(r"/events\?v=(\d+)", page)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write((f"GET /live/{code}/events?v={version.group(1) if version else 0} HTTP/1.0\r\nHost: 127.0.0.1\r\n"
                  f"Cookie: {cookie}\r\nUser-Agent: {USER_AGENT}\r\nAccept: text/event-stream\r\nHX-Request: true\r\n\r\n").encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    if b" 200 " not in head.split(b"\r\n", 1)[0]:
        tally.errors.append(f"stream {name}: {head[:40]!r}")
        return
    tally.streams_open += 1
    ready.set()
    answering: set[asyncio.Task] = set()
    event_id, data = None, []
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            text = line.decode().rstrip("\r\n")
            if text.startswith("id: "):
                event_id = int(text[4:])
            elif text.startswith("data: "):
                data.append(text[6:])
            elif text == "" and event_id is not None and data:
                tally.received.append((room, event_id, time.perf_counter()))
                stage = "\n".join(data)
                if 'class="live-answer"' in stage:
                    question = int(re.search(r"Question (\d+) of", stage).group(1))
                    task = asyncio.create_task(answer(port, code, name, cookie, stage, question, rng, tally))
                    answering.add(task)
                    task.add_done_callback(answering.discard)
                if "Game over" in stage:
                    break
                event_id, data = None, []
    finally:
        writer.close()
    await asyncio.gather(*answering)


async def answer(port: int, code: str, name: str, cookie: str, stage: str, question: int, rng: random.Random, tally: Tally) -> None:
    await asyncio.sleep(rng.uniform(0.5, 3.0))
    form = {"csrf_token": token_of(stage), **answer_of(stage, rng)}
    tally.answers_sent += 1
    status, _, _, _ = await http(port, "POST", f"/live/{code}/answer", cookie, form, htmx=True)
    if 200 <= status < 300:
        tally.acknowledged.add((name, question))
    elif status == 409:
        tally.refused_late += 1  # arrived after the question closed: refused by design, not lost
    else:
        tally.errors.append(f"answer {name} q{question}: {status}")


async def teacher(port: int, room: int, made: dict, cookie: str, questions: int, seconds_open: float, tally: Tally) -> None:
    _status, _, page, cookie = await http(port, "GET", f"/live/sessions/{made['session_id']}", cookie)
    token = token_of(page)
    version = 1

    async def press(action: str) -> None:
        nonlocal version, cookie
        version += 1
        tally.sent_at[(room, version)] = (action, time.perf_counter())
        status, _, _, cookie = await http(port, "POST", f"/live/sessions/{made['session_id']}/{action}", cookie, {"csrf_token": token}, htmx=True)
        if status != 200:
            tally.errors.append(f"teacher {room} {action}: {status}")

    for _ in range(questions):
        await press("next")
        await asyncio.sleep(seconds_open)
        await press("reveal")
        await asyncio.sleep(2.0)
    await press("end")


async def visitor(port: int, cookie: str, set_id: int, tally: Tally) -> None:
    """Ordinary pages while the rooms play: the home page and a teacher's results page."""
    paths = ["/", "/sets/"]
    turn = 0
    while not tally.done:
        started = time.perf_counter()
        status, _, _, _ = await http(port, "GET", paths[turn % len(paths)], cookie)
        tally.page_ms.append(1000 * (time.perf_counter() - started))
        if status >= 400:
            tally.errors.append(f"page {paths[turn % len(paths)]}: {status}")
        turn += 1
        await asyncio.sleep(0.2)


async def play(port: int, made: dict, questions: int, seconds_open: float) -> Tally:
    tally = Tally()
    cookies = made["cookies"]
    everyone: list[asyncio.Task] = []
    readies = []
    for room, info in enumerate(made["rooms"]):
        for name in info["students"]:
            ready = asyncio.Event()
            readies.append(ready)
            everyone.append(asyncio.create_task(student(port, room, info["code"], name, cookies[name], tally, ready)))
            await asyncio.sleep(0.01)  # a room fills over a few seconds, not in one instant
    await asyncio.wait_for(asyncio.gather(*(r.wait() for r in readies)), timeout=180)
    print(f"{tally.streams_open} streams open", file=sys.stderr)
    visiting = asyncio.create_task(visitor(port, cookies["visitor"], made["rooms"][0]["set_id"], tally))
    await asyncio.gather(*(teacher(port, room, info, cookies[info["teacher"]], questions, seconds_open, tally)
                           for room, info in enumerate(made["rooms"])))
    await asyncio.wait_for(asyncio.gather(*everyone), timeout=60)
    tally.done = True
    await visiting
    return tally


def stored_answers(url: str, set_ids: list[int]) -> int:
    from sqlalchemy import bindparam, create_engine, text

    engine = create_engine(url)
    with engine.connect() as con:
        count = con.execute(text(
            "select count(r.id) from attempt a join attempt_question aq on aq.attempt_id = a.id "
            "join response r on r.attempt_question_id = aq.id where a.quiz_set_id in :ids"
        ).bindparams(bindparam("ids", expanding=True)), {"ids": set_ids}).scalar_one()
    engine.dispose()
    return count


def main() -> None:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stop the server on the way out
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=200, help="students per room")
    parser.add_argument("--rooms", type=int, default=1)
    parser.add_argument("--questions", type=int, default=5)
    parser.add_argument("--seconds-open", type=float, default=8.0, help="how long the teacher leaves each question open")
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--workers", type=int)
    parser.add_argument("--worker-class")
    parser.add_argument("--threads", type=int)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="quizapp-live-"))
    postgres = server = None
    try:
        if args.database == "postgresql":
            postgres = Postgres()
            url = postgres.url
        else:
            url = f"sqlite:///{folder / 'quizapp.sqlite'}"
        env = {"DATABASE_URL": url, "SECRET_KEY": "live-benchmark", "QUIZAPP_INSTANCE_DIR": str(folder / "instance")}
        made = prepare(env, args.rooms, args.students, args.questions, 20)
        port = free_port()
        command = [str(Path(sys.executable).parent / "quizapp"), "serve", "--port", str(port)]
        for option in ("workers", "worker_class", "threads"):
            if getattr(args, option) is not None:
                command += [f"--{option.replace('_', '-')}", str(getattr(args, option))]
        with open(folder / "serve.log", "w") as log:
            server = subprocess.Popen(command, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        for _ in range(600):
            try:
                with __import__("socket").create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        time.sleep(1.0)
        cpu_before = server_cpu_seconds(server.pid)
        started = time.perf_counter()
        tally = asyncio.run(play(port, made, args.questions, args.seconds_open))
        elapsed = time.perf_counter() - started
        cpu = server_cpu_seconds(server.pid) - cpu_before
        delays: dict[str, list[float]] = {"next": [], "reveal": [], "end": []}
        by_question: dict[int, list[float]] = {}
        for room, version, at in tally.received:
            sent = tally.sent_at.get((room, version))
            if sent is not None:
                delays[sent[0]].append(at - sent[1])
                if sent[0] == "next":  # versions 2, 4, 6 ...: the questions' openings
                    by_question.setdefault(version // 2, []).append(at - sent[1])
        expected_next = args.rooms * args.students * args.questions
        stored = stored_answers(url, [room["set_id"] for room in made["rooms"]])
        report = {
            "command": " ".join(sys.argv),
            "server": " ".join(command[1:]),
            "rooms": args.rooms,
            "students_per_room": args.students,
            "questions": args.questions,
            "streams_open": tally.streams_open,
            "next_delay_p50_ms": round(1000 * percentile(delays["next"], 0.50)),
            "next_delay_p95_ms": round(1000 * percentile(delays["next"], 0.95)),
            "next_delay_max_ms": round(1000 * max(delays["next"], default=float("nan"))),
            "next_delay_p95_ms_by_question": [round(1000 * percentile(by_question[q], 0.95)) for q in sorted(by_question)],
            "next_events_received": len(delays["next"]),
            "next_events_expected": expected_next,
            "reveal_delay_p95_ms": round(1000 * percentile(delays["reveal"], 0.95)),
            "answers_sent": tally.answers_sent,
            "answers_acknowledged": len(tally.acknowledged),
            "answers_stored": stored,
            "answers_refused_late": tally.refused_late,
            "pages_fetched": len(tally.page_ms),
            "page_p50_ms": round(percentile(tally.page_ms, 0.50)),
            "page_p95_ms": round(percentile(tally.page_ms, 0.95)),
            "errors": len(tally.errors),
            "first_errors": tally.errors[:5],
            "seconds": round(elapsed),
            "server_cpu_s": round(cpu, 1),
        }
        ok = (report["next_delay_p95_ms"] < 1000 and len(delays["next"]) == expected_next
              and tally.answers_sent == len(tally.acknowledged) + tally.refused_late and len(tally.acknowledged) == stored
              and not tally.errors)
        report["result"] = "PASS" if ok else "FAIL"
        print(json.dumps(report, indent=2))
        if args.json:
            args.json.write_text(json.dumps(report, indent=2))
        if not ok:
            raise SystemExit(1)
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        if postgres is not None:
            postgres.stop()


if __name__ == "__main__":
    main()
