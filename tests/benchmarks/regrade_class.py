"""Benchmark: how long a teacher waits for a regrade's preview and for the regrade itself.

Builds a fresh SQLite database in a temporary folder (migrations only: the question is written
in the set, so no bank is needed), one set with one numeric question whose key is wrong, and N
students who each answered it (half with the value the fixed key accepts) and finished. It then
times, in-process, the preview (``marking.regrade_preview``, what the teacher reads before
confirming) and the regrade (``marking.regrade``: a new version, every attempt moved to it,
changed marks stored and logged, finished scores recomputed), and checks that every score
equals the sum of its marks afterwards and that one history row was written per changed answer.

    .venv/bin/python tests/benchmarks/regrade_class.py [--students 500 2000]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import func, insert, select

from quizapp import create_app
from quizapp.auth.models import User
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion, MarkChange, Response
from quizapp.sets import marking, services

T0 = datetime(2026, 3, 2, 9, 0)
QUESTION = {"type": "numeric", "prompt": "In which year was Lima founded?", "explanation": "In 1535.", "difficulty": 1, "answer": 1534}


def run(students: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/bench.sqlite", "BANK_DIR": folder})
        with app.app_context():
            from flask_migrate import upgrade

            upgrade()
            teacher = User(username="teacher", username_key="teacher")
            db.session.add(teacher)
            db.session.commit()
            quiz_set = services.create_set(teacher.id, {"title": "Bench"})
            question, _ = services.write_question(quiz_set, dict(QUESTION))
            assert question is not None
            version_id = question.current.id
            # Students, attempts, questions and answers written in bulk: only the regrade is timed.
            db.session.execute(insert(User), [{"username": f"s{i}", "username_key": f"s{i}"} for i in range(students)])
            ids = list(db.session.execute(select(User.id).where(User.username != "teacher").order_by(User.id)).scalars())
            db.session.execute(insert(Attempt), [
                {"user_id": uid, "title": "Bench", "mode": "test", "settings": {}, "started_at": T0, "finished_at": T0 + timedelta(minutes=5),
                 "score": 0.0 if i % 2 == 0 else 1.0, "max_score": 1, "quiz_set_id": quiz_set.id}
                for i, uid in enumerate(ids)
            ])
            attempts = list(db.session.execute(select(Attempt.id).order_by(Attempt.id)).scalars())
            db.session.execute(insert(AttemptQuestion), [
                {"attempt_id": a, "position": 1, "question_version_id": version_id, "layout": {}} for a in attempts
            ])
            aqs = list(db.session.execute(select(AttemptQuestion.id).order_by(AttemptQuestion.attempt_id)).scalars())
            db.session.execute(insert(Response), [
                {"attempt_question_id": aq, "given": {"value": 1535.0, "text": "1535"} if i % 2 == 0 else {"value": 1534.0, "text": "1534"}, "score": 0.0 if i % 2 == 0 else 1.0,
                 "is_correct": i % 2 == 1, "answered_at": T0 + timedelta(minutes=1)}
                for i, aq in enumerate(aqs)
            ])
            db.session.commit()
            fixed = {**question.current.content, "answer": 1535}
            started = time.perf_counter()
            preview = marking.regrade_preview(quiz_set, question, fixed)
            preview_s = time.perf_counter() - started
            started = time.perf_counter()
            marking.regrade(quiz_set, question, fixed, by=teacher.id, now=T0 + timedelta(hours=1), seen=preview.fingerprint)
            regrade_s = time.perf_counter() - started
            mismatched = db.session.execute(
                select(func.count()).select_from(Attempt).where(
                    Attempt.score != select(func.coalesce(func.sum(Response.score), 0.0))
                    .join(AttemptQuestion, AttemptQuestion.id == Response.attempt_question_id)
                    .where(AttemptQuestion.attempt_id == Attempt.id).scalar_subquery()
                )
            ).scalar_one()
            logged = db.session.execute(select(func.count()).select_from(MarkChange)).scalar_one()
            ok = mismatched == 0 and logged == len(preview.changed) == students
            print(f"{students:>6} students: preview {preview_s:6.2f} s, regrade {regrade_s:6.2f} s, "
                  f"{len(preview.changed)} answers changed, {logged} logged, scores = sum of marks: {'yes' if mismatched == 0 else 'NO'}"
                  f" -> {'PASS' if ok else 'FAIL'}")
            db.engine.dispose()
            return {"preview": preview_s, "regrade": regrade_s, "ok": float(ok)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, nargs="+", default=[500, 2000])
    args = parser.parse_args()
    results = [run(n) for n in args.students]
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
