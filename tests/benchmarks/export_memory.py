"""Benchmark: do score exports stream, keeping memory flat however many rows there are?

Issue 5 says "exports stream, so memory stays flat however many rows there are". This builds a
fresh SQLite database in a temporary folder (migrations and the shipped bank, as
``quizapp serve`` does), one teacher, one quiz set of 10 bank questions and N students, each
with one finished attempt answering all 10. For each N (ascending; students are added to the
same database) it downloads the four set exports (wide/long x CSV/XLSX) through the Flask test
client as the set's owner, consuming the response chunk by chunk (``buffered=False``, chunks
discarded as they come), and measures:

- peak Python memory above the level before the request (tracemalloc, peak reset per export);
- wall time and bytes produced;
- rows: the CSV is parsed as it streams and its records counted (wide: N, long: 10 N, plus the
  header); the XLSX is written to a temporary file as it streams and, for the smallest N
  (every N with --xlsx-check-all), read back with openpyxl (read_only) and its rows counted.

The claim holds when, for every export, from the smallest N to the largest:

- the peak grows by at most SHARE (default 5 %) of what the body grew by, + SLACK MB (0.25):
  an export that builds its whole body in memory grows its peak at least as much as its
  body, so it fails however small its numbers are (a ratio of peaks would let a buffered
  export through when the small N's peak is already the whole body);
- the body grew by at least MIN-GROWTH MB (default 0.4, where a held body would already
  exceed the allowance), so the comparison can tell the two apart; closer sizes are reported
  as a problem, not a pass;
- a body of 1 MB or more arrives in more than one chunk (one chunk is a buffered body).

    .venv/bin/python tests/benchmarks/export_memory.py [--students 500 2000 10000] [--share 0.05] [--slack-mb 0.25]
        [--min-growth-mb 0.4] [--xlsx-check-all] [--untraced-timing] [--top K]

Times are taken with tracemalloc on, which slows allocation-heavy code several times over (the
default run takes about eight minutes, most of it the long XLSX, written cell by cell by
openpyxl); --untraced-timing times each export once more at the largest N with it off. "first
byte" is when the response begins: a CSV starts at once, an XLSX only once the whole workbook
has been written to its temporary file.

tracemalloc sees allocations made through Python's allocators (the app, SQLAlchemy, openpyxl,
the csv module); SQLite's own page cache is C memory it does not see (and is bounded anyway).
With --top K, the largest export at the largest N is run once more and the K allocation sites
holding the most memory at its peak moment are printed (to show where memory grows).

Not collected by pytest (the file name does not start with test_): a benchmark, not a test.
"""
from __future__ import annotations

import argparse
import codecs
import csv
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = 10
T0 = datetime(2026, 3, 2, 9, 0, 0)
PASSWORD = "correct horse battery"
EXPORTS = [("wide", "csv"), ("long", "csv"), ("wide", "xlsx"), ("long", "xlsx")]
MB = 1024 * 1024


# ---------------------------------------------------------------- the data


def prepare(workdir: Path):
    """A migrated database with the bank loaded (in a child process, as the other benchmark
    does, so the migrations' logging stays out of the report), and the app to read it with."""
    db_path = workdir / "bench.sqlite"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db_path}", "SECRET_KEY": "bench"}
    subprocess.run([sys.executable, "-c", "from quizapp.cli import prepare_database; prepare_database()"],
                   env=env, check=True, cwd=ROOT, capture_output=True)
    from quizapp import create_app

    return create_app(
        {"TESTING": True, "SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{db_path}", "WTF_CSRF_ENABLED": False}
    )


def answer_form(aq, right: bool):
    """The form a learner sends to a choice or true/false question, right or wrong."""
    from werkzeug.datastructures import MultiDict

    content, layout = aq.version.content, aq.layout
    if content["type"] == "true_false":
        return MultiDict([("answer", "true" if content["answer"] == right else "false")])
    shown = [i for i, b in enumerate(layout["choices"]) if content["choices"][b]["correct"] == right]
    return MultiDict([("choice", str(shown[0]))])


class Class:
    """The teacher, the set and its students; ``grow(n)`` adds students until there are n."""

    def __init__(self, app, seed: int = 5):
        from sqlalchemy import select
        from werkzeug.security import generate_password_hash

        from quizapp.auth.models import User
        from quizapp.bank.models import Question
        from quizapp.extensions import db
        from quizapp.sets import services

        self.app = app
        self.rng = random.Random(seed)
        self.students = 0
        with app.app_context():
            teacher = User(username="teacher", password_hash=generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000"))
            db.session.add(teacher)
            db.session.commit()
            self.teacher_id = teacher.id
            qids = list(
                db.session.execute(
                    select(Question.id)
                    .where(Question.retired_at.is_(None), Question.type.in_(["single_choice", "true_false"]))
                    .order_by(Question.id)
                    .limit(QUESTIONS)
                ).scalars()
            )
            assert len(qids) == QUESTIONS, "the bank has too few choice questions"
            quiz_set = services.create_set(teacher.id, {"title": "Export benchmark", "shuffle_choices": True})
            for qid in qids:
                services.add_question(quiz_set, qid)
            self.set_id = quiz_set.id
        # Two students through the services (every answer right, every answer wrong): their
        # rows are the templates the other students' rows are copied from, mixed at random.
        self.templates = [self._take_with_services(right) for right in (True, False)]

    def _take_with_services(self, right: bool) -> list[dict]:
        from quizapp.auth.models import User
        from quizapp.extensions import db
        from quizapp.quiz.services import finish_attempt, record_answer
        from quizapp.sets import services
        from quizapp.sets.models import QuizSet

        with self.app.app_context():
            self.students += 1
            student = User(username=f"student{self.students:06d}")
            db.session.add(student)
            db.session.commit()
            now = T0 + timedelta(seconds=self.students)
            attempt = services.start_set_attempt(db.session.get(QuizSet, self.set_id), student.id, now=now)
            for aq in attempt.questions:
                record_answer(aq, answer_form(aq, right), now=now + timedelta(seconds=30))
            finish_attempt(attempt, now=now + timedelta(minutes=2))
            return [
                {"position": aq.position, "question_version_id": aq.question_version_id, "layout": aq.layout,
                 "given": aq.response.given, "score": aq.response.score, "is_correct": aq.response.is_correct}
                for aq in attempt.questions
            ]

    def grow(self, n: int, batch: int = 2000) -> None:
        """Bulk-insert students (one finished attempt each, all questions answered) up to n."""
        from sqlalchemy import func, insert, select

        from quizapp.auth.models import User
        from quizapp.extensions import db
        from quizapp.quiz.models import Attempt, AttemptQuestion, Response

        with self.app.app_context():
            while self.students < n:
                count = min(batch, n - self.students)
                next_user = (db.session.execute(select(func.max(User.id))).scalar() or 0) + 1
                next_attempt = (db.session.execute(select(func.max(Attempt.id))).scalar() or 0) + 1
                next_aq = (db.session.execute(select(func.max(AttemptQuestion.id))).scalar() or 0) + 1
                next_response = (db.session.execute(select(func.max(Response.id))).scalar() or 0) + 1
                users, attempts, aqs, responses = [], [], [], []
                for k in range(count):
                    self.students += 1
                    user_id, attempt_id = next_user + k, next_attempt + k
                    started = T0 + timedelta(seconds=self.students)
                    users.append({"id": user_id, "username": f"student{self.students:06d}", "created_at": started, "new_cards_per_day": 20})
                    score = 0.0
                    for q in range(QUESTIONS):
                        row = self.templates[self.rng.random() < 0.35][q]
                        aq_id = next_aq + k * QUESTIONS + q
                        aqs.append({"id": aq_id, "attempt_id": attempt_id, "position": row["position"],
                                    "question_version_id": row["question_version_id"], "layout": row["layout"]})
                        responses.append({"id": next_response + k * QUESTIONS + q, "attempt_question_id": aq_id,
                                          "given": row["given"], "score": row["score"], "is_correct": row["is_correct"],
                                          "answered_at": started + timedelta(seconds=10 * (q + 1))})
                        score += row["score"]
                    attempts.append({"id": attempt_id, "user_id": user_id, "document_id": None, "title": "Export benchmark",
                                     "mode": "practice", "settings": {"quiz_set": self.set_id}, "started_at": started,
                                     "finished_at": started + timedelta(minutes=2, seconds=k % 97), "score": score,
                                     "max_score": QUESTIONS, "quiz_set_id": self.set_id, "deadline_at": None})
                db.session.execute(insert(User), users)
                db.session.execute(insert(Attempt), attempts)
                db.session.execute(insert(AttemptQuestion), aqs)
                db.session.execute(insert(Response), responses)
                db.session.commit()
            stored = db.session.execute(select(func.count()).select_from(Attempt).where(Attempt.quiz_set_id == self.set_id)).scalar()
            assert stored == n, (stored, n)


# ---------------------------------------------------------------- reading an export as it streams


class CsvCounter:
    """Counts the records of a CSV fed as byte chunks, holding no more than the current record."""

    def __init__(self) -> None:
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.pending = ""
        self.record: list[str] = []
        self.quotes = 0
        self.rows = 0
        self.header: list[str] | None = None

    def feed(self, chunk: bytes) -> None:
        # Split at "\n" only: the csv writer quotes any field holding a line break or a "\r".
        *complete, self.pending = (self.pending + self.decoder.decode(chunk)).split("\n")
        for line in complete:
            self._line(line + "\n")

    def close(self) -> None:
        tail = self.pending + self.decoder.decode(b"", final=True)
        if tail:
            self._line(tail)
        if self.record:
            self._parse("".join(self.record))

    def _line(self, line: str) -> None:
        # A line that leaves an odd number of quotes open ends inside a quoted field.
        self.record.append(line)
        self.quotes += line.count('"')
        if self.quotes % 2 == 0:
            self._parse("".join(self.record))
            self.record.clear()
            self.quotes = 0

    def _parse(self, text: str) -> None:
        for record in csv.reader(io.StringIO(text, newline="")):
            if self.header is None:
                self.header = record
            else:
                self.rows += 1


def fetch(client, url: str, keep: Path | None) -> dict:
    """GET url, consuming the body chunk by chunk; figures, and the CSV's counted rows."""
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    started = time.perf_counter()
    response = client.get(url, buffered=False)
    first_byte = time.perf_counter() - started
    status = response.status_code
    counter = CsvCounter() if url.endswith(".csv") else None
    size = chunks = 0
    out = keep.open("wb") if keep is not None else None
    try:
        for chunk in response.response:
            size += len(chunk)
            chunks += 1
            if counter is not None:
                counter.feed(chunk)
            if out is not None:
                out.write(chunk)
    finally:
        response.close()
        if out is not None:
            out.close()
    if counter is not None:
        counter.close()
    wall = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] - before
    return {
        "status": status, "bytes": size, "chunks": chunks, "seconds": round(wall, 3), "first_byte_seconds": round(first_byte, 3),
        "peak_mb": round(peak / MB, 3), "peak_bytes": peak,
        "rows": counter.rows if counter is not None else None, "header": counter.header if counter is not None else None,
        "content_type": response.headers.get("Content-Type", ""),
    }


def xlsx_rows(path: Path) -> tuple[list, int]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        header = list(next(rows))
        return header, sum(1 for _ in rows)
    finally:
        workbook.close()


def top_sites(client, url: str, k: int) -> list[str]:
    """Run the export once more, snapshotting tracemalloc when traced memory is highest."""
    tracemalloc.stop()
    tracemalloc.start(25)
    best = {"size": -1, "snapshot": None}

    def sample() -> None:
        current = tracemalloc.get_traced_memory()[0]
        if current > best["size"]:
            best["size"], best["snapshot"] = current, tracemalloc.take_snapshot()

    response = client.get(url, buffered=False)
    sample()  # for XLSX the whole workbook has been written by now
    for n, _chunk in enumerate(response.response):
        if n % 50 == 0:
            sample()
    response.close()
    snapshot = best["snapshot"].filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    lines = []
    for stat in snapshot.statistics("traceback")[:k]:
        frames = [f"{f.filename.replace(str(ROOT) + '/', '')}:{f.lineno}" for f in stat.traceback if "site-packages/werkzeug" not in f.filename]
        lines.append(f"{stat.size / MB:.2f} MB in {stat.count} blocks: " + " <- ".join(reversed(frames[-6:])))
    tracemalloc.stop()
    tracemalloc.start()
    return lines


# ---------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, nargs="+", default=[500, 2000, 10000], help="class sizes N, each measured")
    parser.add_argument("--share", type=float, default=0.05, help="allowed peak growth, as a share of the body's growth")
    parser.add_argument("--slack-mb", type=float, default=0.25, help="allowed extra peak growth, MB")
    parser.add_argument("--min-growth-mb", type=float, default=0.4, help="the body must grow at least this much between sizes")
    parser.add_argument("--xlsx-check-all", action="store_true", help="read every XLSX back with openpyxl, not only the smallest N's")
    parser.add_argument("--untraced-timing", action="store_true", help="time each export again at the largest N with tracemalloc off")
    parser.add_argument("--top", type=int, default=0, help="print the K allocation sites holding most memory at the largest export's peak")
    args = parser.parse_args()
    sizes = sorted(set(args.students))

    workdir = Path(tempfile.mkdtemp(prefix="quizapp-export-bench-"))
    sys.path.insert(0, str(ROOT))
    started = time.perf_counter()
    app = prepare(workdir)
    klass = Class(app)
    setup_seconds = time.perf_counter() - started

    client = app.test_client()
    login = client.post("/auth/login", data={"username": "teacher", "password": PASSWORD})
    assert login.status_code == 303, login.status_code

    tracemalloc.start()
    results: list[dict] = []
    problems: list[str] = []
    build_seconds: dict[int, float] = {}
    for n in sizes:
        t = time.perf_counter()
        klass.grow(n)
        build_seconds[n] = round(time.perf_counter() - t, 2)
        for shape, fmt in EXPORTS:
            url = f"/sets/{klass.set_id}/export/{shape}.{fmt}"
            keep = workdir / f"export-{n}-{shape}.{fmt}" if fmt == "xlsx" else None
            figures = fetch(client, url, keep)
            expected = n if shape == "wide" else n * QUESTIONS
            row = {"students": n, "export": f"{shape}.{fmt}", "expected_rows": expected, **figures}
            if figures["status"] != 200:
                problems.append(f"{shape}.{fmt} at N={n}: status {figures['status']}")
            if fmt == "csv" and figures["rows"] != expected:
                problems.append(f"{shape}.{fmt} at N={n}: {figures['rows']} rows, expected {expected}")
            if fmt == "xlsx":
                if not zipfile.is_zipfile(keep):
                    problems.append(f"{shape}.{fmt} at N={n}: not a zip file")
                elif n == sizes[0] or args.xlsx_check_all:
                    header, rows = xlsx_rows(keep)
                    row["rows"], row["header"] = rows, header
                    if rows != expected:
                        problems.append(f"{shape}.{fmt} at N={n}: {rows} rows read back by openpyxl, expected {expected}")
                keep.unlink()
            results.append(row)
            print(f"N={n:>6} {shape}.{fmt:<4} {figures['peak_mb']:8.3f} MB peak {figures['seconds']:7.2f} s "
                  f"{figures['bytes']:>11,} bytes rows={row['rows']}", file=sys.stderr, flush=True)

    # The verdict, export by export: how much the peak grew against how much the body grew,
    # from the smallest N to the largest. Holding the body in memory makes the peak grow at
    # least as much as the body; streaming keeps the peak's growth a small share of it.
    verdicts = {}
    for shape, fmt in EXPORTS:
        name = f"{shape}.{fmt}"
        by_n = {r["students"]: r for r in results if r["export"] == name}
        small, large = by_n[sizes[0]], by_n[sizes[-1]]
        body_growth = large["bytes"] - small["bytes"]
        peak_growth = large["peak_bytes"] - small["peak_bytes"]
        limit = args.share * body_growth + args.slack_mb * MB
        judged = len(sizes) > 1 and body_growth >= args.min_growth_mb * MB
        one_piece = large["bytes"] >= MB and large["chunks"] <= 1
        flat = judged and peak_growth <= limit and not one_piece
        verdicts[name] = {
            "peak_mb_by_students": {n: by_n[n]["peak_mb"] for n in sizes},
            "body_growth_mb": round(body_growth / MB, 3),
            "peak_growth_mb": round(peak_growth / MB, 3),
            "limit_mb": round(limit / MB, 3),
            "chunks_at_largest_n": large["chunks"],
            "flat": flat,
        }
        if not judged:
            problems.append(f"{name}: the body grew {body_growth / MB:.2f} MB from N={sizes[0]} to N={sizes[-1]}, "
                            f"under {args.min_growth_mb} MB: too close to tell streaming from buffering (use larger --students)")
        elif peak_growth > limit:
            problems.append(f"{name}: peak grew {peak_growth / MB:.2f} MB while the body grew {body_growth / MB:.2f} MB "
                            f"(allowed {args.share:.0%} of it + {args.slack_mb} MB = {limit / MB:.2f} MB): the body is held in memory")
        if one_piece:
            problems.append(f"{name}: its {large['bytes'] / MB:.1f} MB body arrived in one chunk at N={sizes[-1]}: buffered, not streamed")

    table = ["| students | export | rows | bytes | seconds | first byte s | peak MB |", "|---:|---|---:|---:|---:|---:|---:|"]
    for r in results:
        table.append(f"| {r['students']} | {r['export']} | {r['rows'] if r['rows'] is not None else '(not read)'} | "
                     f"{r['bytes']:,} | {r['seconds']:.2f} | {r['first_byte_seconds']:.2f} | {r['peak_mb']:.2f} |")

    untraced = {}
    if args.untraced_timing:
        tracemalloc.stop()  # tracemalloc slows allocation-heavy code several times over
        for shape, fmt in EXPORTS:
            t = time.perf_counter()
            response = client.get(f"/sets/{klass.set_id}/export/{shape}.{fmt}", buffered=False)
            first = time.perf_counter() - t
            size = sum(len(chunk) for chunk in response.response)
            response.close()
            untraced[f"{shape}.{fmt}"] = {"students": sizes[-1], "bytes": size, "seconds": round(time.perf_counter() - t, 2),
                                          "first_byte_seconds": round(first, 2)}
        tracemalloc.start()

    top: list[str] = []
    if args.top:
        worst = max((r for r in results if r["students"] == sizes[-1]), key=lambda r: r["peak_bytes"])
        top = top_sites(client, f"/sets/{klass.set_id}/export/{worst['export']}", args.top)

    report = {
        "students": sizes,
        "questions_per_attempt": QUESTIONS,
        "setup_seconds": round(setup_seconds, 2),
        "build_seconds_by_students": build_seconds,
        "share": args.share,
        "slack_mb": args.slack_mb,
        "min_growth_mb": args.min_growth_mb,
        "exports": [{k: v for k, v in r.items() if k not in ("peak_bytes", "header")} for r in results],
        "verdict_by_export": verdicts,
        "problems": problems,
    }
    if untraced:
        report["untraced_timing_at_largest_n"] = untraced
    if top:
        report["top_allocation_sites_at_peak"] = top
    print(json.dumps(report, indent=2, default=str))
    print("\n".join(table))
    print(f"OK: from N={sizes[0]} to N={sizes[-1]} every export's peak grew by at most {args.share:.0%} of its body's growth "
          f"+ {args.slack_mb} MB, in chunks; row counts match" if not problems else "PROBLEM: " + "; ".join(problems))
    sys.exit(0 if not problems else 1)


if __name__ == "__main__":
    main()
