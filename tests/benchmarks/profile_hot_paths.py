"""Profile the hot paths in-process (issue 15): where one answer POST, question page, study GET
and rating POST spend their CPU, without gunicorn or the network in the way.

    .venv/bin/python tests/benchmarks/profile_hot_paths.py [--requests 300] [--top 25]
        [--only answer question study rate] [--statements]

Builds a migrated SQLite database with the shipped bank in a temporary folder, makes a learner
through the test client (CSRF on, as in production), then runs each kind of request
``--requests`` times under cProfile and prints the functions with the most cumulative time,
the mean wall time per request and, with ``--statements``, the SQL statements one request runs.
Not collected by pytest: a tool for finding what to fix, not a test.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

HX = {"HX-Request": "true", "HX-Request-Type": "partial"}


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html) or re.search(r'value="([^"]+)"[^>]*name="csrf_token"', html)
    if match is None:
        raise SystemExit("no CSRF token in the page")
    return match.group(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--only", nargs="*", default=["answer", "question", "study", "rate"])
    parser.add_argument("--statements", action="store_true", help="print the SQL of one request of each kind")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="quizapp-profile-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'quizapp.sqlite'}"
    os.environ["SECRET_KEY"] = "profile"
    os.environ["QUIZAPP_INSTANCE_DIR"] = str(folder)
    from quizapp.cli import prepare_database

    prepare_database()
    from sqlalchemy import event, select

    from quizapp import create_app
    from quizapp.bank.models import Topic
    from quizapp.extensions import db
    from quizapp.quiz.models import AttemptQuestion

    app = create_app()
    client = app.test_client()
    with app.app_context():
        topics = list(db.session.execute(select(Topic.id).where(Topic.document_id == 1)).scalars())
    # A guest learner: "Start studying" on the first deck makes one (and enrols it).
    page = client.get("/cards/doc-1/study").text
    client.post("/cards/doc-1/start", data={"csrf_token": csrf_from(page)})
    with app.app_context():  # enough new cards a day for every rating profiled
        from quizapp.auth.models import User

        db.session.execute(User.__table__.update().values(new_cards_per_day=500))
        db.session.commit()

    def new_attempt() -> tuple[str, str]:
        form = client.get("/quiz/new").text
        response = client.post("/quiz/new", data={
            "csrf_token": csrf_from(form), "document": 1, "topics": topics, "count": 50, "mode": "practice", "focus": "all",
            "types": ["single_choice", "true_false"],  # answered by the same form: choice 0 or true
        })
        assert response.status_code == 303, response.text[:500]
        location = response.headers["Location"]
        return location.rsplit("/q/", 1)[0], csrf_from(client.get(location).text)

    def answer_requests(n: int) -> list[tuple[str, dict]]:
        todo: list[tuple[str, dict]] = []
        while len(todo) < n:
            base, token = new_attempt()
            attempt_id = int(base.rsplit("/", 1)[1])
            with app.app_context():
                positions = db.session.execute(
                    select(AttemptQuestion.position).where(AttemptQuestion.attempt_id == attempt_id).order_by(AttemptQuestion.position)
                ).scalars().all()
            todo += [(f"{base}/q/{p}", {"csrf_token": token, "choice": "0", "answer": "true"}) for p in positions]
        return todo[:n]

    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement)

    with app.app_context():
        event.listen(db.engine, "before_cursor_execute", record)

    for kind in args.only:
        calls: list[Callable[[], object]]
        if kind == "answer":
            todo = answer_requests(args.requests + 1)
            calls = [partial(client.post, url, data=form, headers=HX) for url, form in todo]
        elif kind == "question":
            base, _ = new_attempt()
            calls = [partial(client.get, f"{base}/q/{1 + i % 50}", headers=HX) for i in range(args.requests + 1)]
        elif kind == "study":
            calls = [lambda: client.get("/cards/doc-1/study", headers=HX) for _ in range(args.requests + 1)]
        else:  # each call shows a card, reveals it and rates it: only the rating POST is timed apart
            calls = []
            for _ in range(args.requests + 1):
                def rate() -> None:
                    front = client.get("/cards/doc-1/study", headers=HX).text
                    back = re.search(r'action="(/cards/doc-1/card/\d+/back)"', front)
                    assert back, front[:800]
                    html = client.get(back.group(1), headers=HX).text
                    match = re.search(r'action="(/cards/doc-1/card/\d+/rate)"', html)
                    token = re.search(r'name="token" value="([^"]*)"', html)
                    assert match and token, html[:800]
                    client.post(match.group(1), data={"csrf_token": csrf_from(html), "rating": "3", "token": token.group(1)}, headers=HX)
                calls.append(rate)
        statements.clear()
        status = calls[0]()  # warm up, and the statements of one request
        first = list(statements)
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        for call in calls[1:]:
            call()
        profiler.disable()
        elapsed = time.perf_counter() - started
        print(f"\n=== {kind}: {len(calls) - 1} requests, {1000 * elapsed / (len(calls) - 1):.2f} ms each (under cProfile), "
              f"{len(first)} statements in one: {status!r}")
        if args.statements:
            for statement in first:
                print("   ", " ".join(statement.split())[:160])
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.top)
        print(out.getvalue())


if __name__ == "__main__":
    main()
