"""Machine instructions per request of the quiz hot paths, counted by valgrind (issue 15).

Times on these shared 2-core machines swing by ±40 % with the load; the instructions one
request executes do not. This counts them for the answer POST (htmx), the question page (full
and htmx partial) and an answered question's partial (its feedback), in-process through
Flask's test client with production settings (CSRF on, a guest's session cookie), so two
checkouts can be compared request for request:

    .venv/bin/python tests/benchmarks/instructions_per_request.py [CHECKOUT ...] [--requests 30]
        [--only answer answer-class question-full question-partial question-answered b1-answer b1-item]

``answer`` answers one learner's quizzes, every answer to another question; ``answer-class``
sends each answer twice in a row, from two attempts holding the same questions in the same
places (drawn twice from one seed), as a class answers one quiz: the second is the answer a
worker has seen given before.

``b1-answer`` and ``b1-item`` count B1 (tests/benchmarks/baseline_app.py: one INSERT and a small
fragment, one SELECT and a small page) the same way, in-process: the budget that the goals,
ratios to B1, are measured against ("CPU per answer ≤ 2× B1").

For each checkout (this one by default) a database is prepared natively once (migrated, the
bank loaded, a guest with open 20-question attempts, as perf_vs_baseline.py makes them); then,
for each kind, the same script runs under ``valgrind --tool=callgrind`` twice on a fresh copy
of that database, sending ``--requests`` and twice as many requests after the same warm-up: the
difference of the two totals divided by ``--requests`` is one request's count, start-up and
warm-up cancelling out. Also printed: the statements one request runs. As for
question_pages_html.py, a checkout needs ``../shared`` beside it (the cited passages). Needs valgrind
(Debian package ``valgrind``). Not collected by pytest: a benchmark, not a test.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any
from callgrind import instructions_in, run_under_callgrind

if TYPE_CHECKING:
    from flask import Flask

# What one request of a kind sends: method, path, headers and form (None for a GET).
Request = tuple[str, str, dict[str, str], "dict[str, str] | None"]

HERE = Path(__file__).resolve()
KINDS = ("answer", "answer-class", "question-full", "question-partial", "question-answered")
# B1 (tests/benchmarks/baseline_app.py) counted the same way: the budget the goals are ratios to.
BASELINE_KINDS = ("b1-answer", "b1-item")
HX = {"HX-Request": "true", "HX-Request-Type": "partial"}
WARM_UP = 5
ATTEMPTS = 8
QUESTIONS = 20
# The seed of the prepared attempts' draws (which questions, in which order, their choices'
# order): every checkout prepares the same attempts, so two checkouts are counted on the same
# requests (unseeded, one checkout's answers could write a missed-question card another's did not).
DRAW_SEED = 15


def _app(folder: Path) -> Flask:
    from quizapp import create_app

    return create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'quizapp.sqlite'}", "SECRET_KEY": "instructions"})


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    assert match, html[:300]
    return match.group(1)


def prepare(folder: Path) -> None:
    """The database and a guest with ``ATTEMPTS`` open practice attempts; one of them answered.
    The attempts are drawn with one ``random.Random(DRAW_SEED)``, whatever the checkout."""
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'quizapp.sqlite'}"
    os.environ["QUIZAPP_INSTANCE_DIR"] = str(folder)
    os.environ["SECRET_KEY"] = "instructions"
    from quizapp.cli import prepare_database

    prepare_database()
    from sqlalchemy import select

    from quizapp.bank.models import Topic
    from quizapp.extensions import db
    from quizapp.quiz import services

    # The quiz view draws with a new unseeded Random: hand it the seeded one instead.
    rngs = [random.Random(DRAW_SEED)]
    unseeded_new_quiz = services.new_quiz
    services.new_quiz = lambda *args, **kwargs: unseeded_new_quiz(*args, **{**kwargs, "rng": rngs[0]})
    app = _app(folder)
    client = app.test_client()
    page = client.get("/cards/doc-1/study").text
    assert client.post("/cards/doc-1/start", data={"csrf_token": _csrf(page)}).status_code == 303
    with app.app_context():
        topics = list(db.session.execute(select(Topic.id).where(Topic.document_id == 1)).scalars())

    def new_attempt() -> int:
        form = client.get("/quiz/new").text
        response = client.post("/quiz/new", data={
            "csrf_token": _csrf(form), "document": 1, "topics": topics, "count": QUESTIONS, "mode": "practice",
            "focus": "all", "types": ["single_choice", "true_false"],
        })
        assert response.status_code == 303, response.text[:300]
        return int(response.headers["Location"].split("/")[2])

    attempts = [new_attempt() for _ in range(ATTEMPTS)]
    # The open attempts drawn again from the same seed: the same questions in the same places,
    # as a class's students answer one quiz (``answer-class``).
    rngs[0] = random.Random(DRAW_SEED)
    twins = [new_attempt() for _ in range(ATTEMPTS - 1)]
    token = _csrf(client.get(f"/quiz/{attempts[0]}/q/1").text)
    answered = attempts[-1]
    for position in range(1, QUESTIONS + 1):
        client.post(f"/quiz/{answered}/q/{position}", data={"csrf_token": token, "choice": "0", "answer": "true"}, headers=HX)
    cookie = client.get_cookie("session")
    assert cookie is not None
    (folder / "learner.json").write_text(json.dumps({"session": cookie.value, "csrf": token, "attempts": attempts, "twins": twins}))


def requests_of(kind: str, learner: dict) -> list[Request]:
    """(method, path, headers, form) of every request of ``kind``, in the order they are sent."""
    open_attempts = learner["attempts"][:-1]
    form = {"csrf_token": learner["csrf"], "choice": "0", "answer": "true"}
    if kind == "answer":  # each answer to another question, as one learner answers their quizzes
        return [("POST", f"/quiz/{a}/q/{p}", HX, form) for a in open_attempts for p in range(1, QUESTIONS + 1)]
    if kind == "answer-class":  # each answer given again at once by a second learner (a twin attempt)
        pairs = zip(open_attempts, learner["twins"])
        return [("POST", f"/quiz/{a}/q/{p}", HX, form) for pair in pairs for p in range(1, QUESTIONS + 1) for a in pair]
    pages: list[Request]
    if kind == "question-answered":
        pages = [("GET", f"/quiz/{learner['attempts'][-1]}/q/{p}", HX, None) for p in range(1, QUESTIONS + 1)]
        return pages * 20
    headers = HX if kind == "question-partial" else {}
    pages = [("GET", f"/quiz/{a}/q/{p}", headers, None) for a in open_attempts[:3] for p in (1, 5, 10)]
    return pages * 20


def _baseline_app() -> Any:
    """B1's app (tests/benchmarks/baseline_app.py, beside this script), imported by name."""
    import importlib

    return importlib.import_module("baseline_app").create_app()


def run_baseline(folder: Path, kind: str, count: int) -> None:
    """``run`` for B1: its answer POST (one INSERT, a small fragment) or its item page."""
    os.environ["BASELINE_DATABASE"] = str(folder / "b1.sqlite")
    sys.path.insert(0, str(HERE.parent))
    client = _baseline_app().test_client()
    for n in range(WARM_UP + count):
        if kind == "b1-answer":
            response = client.post("/answer", data={"text": f"answer {n}"})
        else:
            response = client.get(f"/item/{n % 10 + 1}")
        assert response.status_code == 200, (kind, response.status_code, response.text[:300])


def prepare_baseline(folder: Path) -> None:
    """B1's database with ten answers, so that its item pages find theirs."""
    os.environ["BASELINE_DATABASE"] = str(folder / "b1.sqlite")
    sys.path.insert(0, str(HERE.parent))
    client = _baseline_app().test_client()
    for n in range(10):
        assert client.post("/answer", data={"text": f"answer {n}"}).status_code == 200


def run(folder: Path, kind: str, count: int) -> None:
    """Send ``WARM_UP`` + ``count`` requests of ``kind`` (under valgrind: see ``count_once``)."""
    import logging

    logging.disable(logging.CRITICAL)
    if kind in BASELINE_KINDS:
        run_baseline(folder, kind, count)
        return
    app = _app(folder)
    learner = json.loads((folder / "learner.json").read_text())
    client = app.test_client()
    client.set_cookie("session", learner["session"])
    todo = requests_of(kind, learner)
    assert len(todo) >= WARM_UP + count, f"only {len(todo)} {kind} requests prepared"
    for method, path, headers, form in todo[: WARM_UP + count]:
        response = client.open(path, method=method, headers=headers, data=form)
        assert response.status_code == 200, (path, response.status_code, response.text[:300])


def count_once(checkout: Path, prepared: Path, kind: str, count: int) -> int:
    """Instructions of a run of ``count`` requests, on a fresh copy of the prepared database."""
    with tempfile.TemporaryDirectory(prefix="instructions-run-") as scratch:
        folder = Path(scratch)
        for name in ("quizapp.sqlite", "learner.json", "b1.sqlite"):
            if (prepared / name).exists():
                shutil.copy(prepared / name, folder / name)
        out = folder / "callgrind.out"
        env = {**os.environ, "PYTHONPATH": str(checkout), "QUIZAPP_INSTANCE_DIR": str(folder), "PYTHONHASHSEED": "0"}
        run_under_callgrind([sys.executable, str(HERE), "--run", kind, "--folder", str(folder), "--requests", str(count)], out, env)
        total = instructions_in(out)
        assert total is not None, "no summary in the callgrind output"
        return total


def statements_of(checkout: Path, prepared: Path, kind: str) -> list[str]:
    """The SQL one request of ``kind`` runs (after the warm-up), in a native run."""
    with tempfile.TemporaryDirectory(prefix="instructions-sql-") as scratch:
        folder = Path(scratch)
        for name in ("quizapp.sqlite", "learner.json"):
            shutil.copy(prepared / name, folder / name)
        env = {**os.environ, "PYTHONPATH": str(checkout), "QUIZAPP_INSTANCE_DIR": str(folder)}
        result = subprocess.run(
            [sys.executable, str(HERE), "--statements", kind, "--folder", str(folder)], env=env, capture_output=True, text=True,
        )
        if result.returncode != 0:
            raise SystemExit(f"statements failed:\n{result.stderr[-3000:]}")
        return json.loads(result.stdout)


def print_statements(folder: Path, kind: str) -> None:
    import logging

    from sqlalchemy import event

    from quizapp.extensions import db

    logging.disable(logging.CRITICAL)
    app = _app(folder)
    learner = json.loads((folder / "learner.json").read_text())
    client = app.test_client()
    client.set_cookie("session", learner["session"])
    statements: list[str] = []
    with app.app_context():
        event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(" ".join(args[2].split())[:100]))
    todo = requests_of(kind, learner)
    for method, path, headers, form in todo[:WARM_UP]:
        client.open(path, method=method, headers=headers, data=form)
    statements.clear()
    method, path, headers, form = todo[WARM_UP]
    client.open(path, method=method, headers=headers, data=form)
    print(json.dumps(statements))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("checkouts", nargs="*", type=Path, default=[HERE.parents[2]])
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--only", nargs="*", default=list(KINDS), choices=KINDS + BASELINE_KINDS)
    parser.add_argument("--run", choices=KINDS + BASELINE_KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--statements", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--prepare-baseline", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare:
        prepare(args.folder)
        return
    if args.prepare_baseline:
        prepare_baseline(args.folder)
        return
    if args.run:
        run(args.folder, args.run, args.requests)
        return
    if args.statements:
        print_statements(args.folder, args.statements)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian package valgrind)")
    results: dict[str, dict[str, float]] = {}
    for checkout in args.checkouts:
        checkout = checkout.resolve()
        with tempfile.TemporaryDirectory(prefix="instructions-prepared-") as scratch:
            prepared = Path(scratch)
            env = {**os.environ, "PYTHONPATH": str(checkout)}
            subprocess.run([sys.executable, str(HERE), "--prepare", "--folder", str(prepared)], env=env, check=True,
                           capture_output=True)
            if set(args.only) & set(BASELINE_KINDS):
                subprocess.run([sys.executable, str(HERE), "--prepare-baseline", "--folder", str(prepared)], env=env,
                               check=True, capture_output=True)
            for kind in args.only:
                once = count_once(checkout, prepared, kind, args.requests)
                twice = count_once(checkout, prepared, kind, 2 * args.requests)
                per_request = (twice - once) / args.requests
                results.setdefault(kind, {})[str(checkout)] = per_request
                sql = statements_of(checkout, prepared, kind) if kind in KINDS else []
                print(f"{checkout}  {kind:18} {per_request / 1e6:7.2f} M instructions/request, {len(sql)} statements", flush=True)
                for statement in sql:
                    print(f"      {statement}")
    if len(args.checkouts) > 1:
        first = str(args.checkouts[0].resolve())
        print()
        for kind, by_checkout in results.items():
            ratios = ", ".join(f"{Path(c).name} {n / by_checkout[first]:.2f}×" for c, n in by_checkout.items())
            print(f"{kind:18} vs {Path(first).name}: {ratios}")


if __name__ == "__main__":
    main()
