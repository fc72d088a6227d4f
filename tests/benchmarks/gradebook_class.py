"""Benchmark: a class gradebook of 200 students × 20 sets (issue 13), page and CSV export.

Builds a fresh SQLite database in a temporary folder (migrations only: the sets have no
questions, their attempts are written in bulk), one class of S students given N sets, each
student with two finished attempts at each set (40 % and 80 %, or 80 % and 40 %), and times
through the test client, signed in as the teacher: the gradebook page, its htmx fragment and
the CSV export. Beside each it times the baseline app's page (tests/benchmarks/baseline_app.py:
bare Flask, one SELECT, a tiny template), interleaved, and prints medians and ratios (absolute
times on these shared machines wander by ±40 %). Correctness in the same run: the page links
S × N attempts, and the CSV's class averages equal those worked out in SQL from the rule.

    .venv/bin/python tests/benchmarks/gradebook_class.py [--students 200] [--sets 20] [--rounds 5]
"""
from __future__ import annotations

import argparse
import csv
import io
import os
import re
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import insert, select

from quizapp import create_app
from quizapp.auth.models import User
from quizapp.classes import services as class_services
from quizapp.classes.models import ClassMember, ClassSet
from quizapp.extensions import db
from quizapp.quiz.models import Attempt
from quizapp.sets import services
from tests.helpers.app import PASSWORD, PASSWORD_HASH
from tests.helpers.queries import counted_statements

T0 = datetime(2026, 3, 2, 9, 0)


def _timed(get) -> float:
    started = time.perf_counter()
    response = get()
    elapsed = time.perf_counter() - started
    assert response.status_code == 200, response.status_code
    return elapsed


def run(students: int, sets: int, rounds: int) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/bench.sqlite", "BANK_DIR": folder,
                          "WTF_CSRF_ENABLED": False})
        with app.app_context():
            from flask_migrate import upgrade

            upgrade()
            teacher = User(username="teacher", username_key="teacher", password_hash=PASSWORD_HASH)
            db.session.add(teacher)
            db.session.commit()
            school_class = class_services.create_class(teacher.id, "Bench class")
            class_id = school_class.id
            set_ids = [services.create_set(teacher.id, {"title": f"Set {n + 1}", "grading": "highest"}).id for n in range(sets)]
            db.session.execute(insert(User), [{"username": f"s{i:03}", "username_key": f"s{i:03}"} for i in range(students)])
            ids = list(db.session.execute(select(User.id).where(User.username != "teacher").order_by(User.id)).scalars())
            db.session.execute(insert(ClassMember), [{"class_id": class_id, "user_id": uid, "joined_at": T0} for uid in ids])
            db.session.execute(insert(ClassSet), [{"class_id": class_id, "quiz_set_id": sid, "assigned_at": T0 + timedelta(minutes=n)}
                                                  for n, sid in enumerate(set_ids)])
            db.session.execute(insert(Attempt), [
                {"user_id": uid, "title": "Bench", "mode": "test", "settings": {}, "started_at": T0 + timedelta(hours=k),
                 "finished_at": T0 + timedelta(hours=k, minutes=5), "score": float(2 + 2 * ((i + k) % 2)), "max_score": 5, "quiz_set_id": sid}
                for i, uid in enumerate(ids) for sid in set_ids for k in (0, 1)
            ])
            db.session.commit()
        client = app.test_client()
        assert client.post("/auth/login", data={"username": "teacher", "password": PASSWORD}).status_code == 303

        os.environ["BASELINE_DATABASE"] = f"{folder}/baseline.sqlite"
        from baseline_app import create_app as create_baseline

        baseline = create_baseline().test_client()
        baseline.post("/answer", data={"text": "one"})
        url = f"/classes/{class_id}/gradebook"
        times: dict[str, list[float]] = {"baseline": [], "page": [], "fragment": [], "csv": []}
        for _ in range(rounds):
            times["baseline"].append(_timed(lambda: baseline.get("/item/1")))
            times["page"].append(_timed(lambda: client.get(url)))
            times["fragment"].append(_timed(lambda: client.get(url, headers={"HX-Request": "true"})))
            times["csv"].append(_timed(lambda: client.get(f"{url}.csv")))
        page = client.get(url)
        with counted_statements(app) as statements:
            client.get(url)
        exported = list(csv.reader(io.StringIO(client.get(f"{url}.csv").get_data(as_text=True).lstrip("\ufeff"))))
        links = len(re.findall(r'href="/sets/\d+/results/\d+"', page.text))
        # Highest counts: every student's best is 80 %, so each set's average is 80.
        averages = exported[-1][3::3][:sets]
        ok = links == students * sets and all(a == "80" for a in averages) and len(exported) == students + 2
        base = statistics.median(times["baseline"])
        print(f"{students} students × {sets} sets ({students * sets * 2:,} attempts), median of {rounds}:")
        print(f"  baseline page       {base * 1000:8.1f} ms")
        with app.app_context():
            from quizapp.classes.gradebook import gradebook
            from quizapp.classes.models import SchoolClass

            alone = []
            for _ in range(rounds):
                started = time.perf_counter()
                gradebook(db.session.get(SchoolClass, class_id))
                alone.append(time.perf_counter() - started)
            print(f"  gradebook() alone   {statistics.median(alone) * 1000:8.1f} ms (reading and picking, no rendering)")
        for name in ("page", "fragment", "csv"):
            median = statistics.median(times[name])
            print(f"  gradebook {name:<9} {median * 1000:8.1f} ms  ({median / base:6.0f}× baseline)")
        print(f"  page {len(page.data) / 1024:,.0f} KiB, {len(statements)} statements, {links} attempt links, "
              f"CSV {len(exported) - 1} rows, averages {sorted(set(averages))} -> {'PASS' if ok else 'FAIL'}")
        with app.app_context():
            db.engine.dispose()
        return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--sets", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    return 0 if run(args.students, args.sets, args.rounds) else 1


if __name__ == "__main__":
    raise SystemExit(main())
