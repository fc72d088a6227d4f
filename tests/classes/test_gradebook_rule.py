"""The gradebook picks, in SQL, the attempt the set's own rule counts: the same attempt as
``sets.stats.counted_attempt`` (the results page's rule), ties and attempts in progress
included, on SQLite and, when it is set up, PostgreSQL (which orders NULLs the other way)."""
from __future__ import annotations

import random
from datetime import timedelta

import pytest

from quizapp.auth.models import User
from quizapp.classes import gradebook as gradebook_service
from quizapp.classes import services as class_services
from quizapp.extensions import db
from quizapp.quiz.models import Attempt
from quizapp.sets import services
from quizapp.sets.stats import counted_attempt
from tests.helpers.app import PASSWORD_HASH
from tests.helpers.sets import T0


@pytest.fixture(params=["sqlite", "postgresql"])
def any_app(request):
    return request.getfixturevalue("app" if request.param == "sqlite" else "pg_app")


def _user(name: str) -> int:
    user = User(password_hash=PASSWORD_HASH)
    user.set_username(name)
    db.session.add(user)
    db.session.commit()
    return user.id


def test_each_cell_is_the_attempt_the_sets_rule_counts(any_app):
    rng = random.Random(13)
    with any_app.app_context():
        teacher = _user("teacher")
        school_class = class_services.create_class(teacher, "Rules")
        quiz_sets = [services.create_set(teacher, {"title": f"Counts {rule}", "grading": rule}) for rule in ("highest", "last", "first")]
        students = [_user(f"s{n}") for n in range(6)]
        for student in students:
            class_services.join_class(school_class, student, T0)
        for quiz_set in quiz_sets:
            class_services.give_set(school_class, quiz_set.id, T0)
            for n, student in enumerate(students):
                count = n % 4  # 0 to 3 attempts; scores with ties; some end in an attempt in progress
                for k in range(count):
                    open_one = k == count - 1 and n % 3 == 0
                    db.session.add(Attempt(
                        user_id=student, title=quiz_set.title, mode="test", settings={}, quiz_set_id=quiz_set.id,
                        started_at=T0 + timedelta(hours=k, minutes=n), finished_at=None if open_one else T0 + timedelta(hours=k, minutes=n + 5),
                        score=None if open_one else float(rng.choice([1, 2, 2, 3])), max_score=3,
                    ))
        db.session.commit()
        book = gradebook_service.gradebook(school_class, T0)
        assert [s.grading for s in book.sets] == ["highest", "last", "first"]
        checked = 0
        for row in book.rows:
            for quiz_set, cell in zip(book.sets, row.cells):
                own = list(db.session.execute(
                    db.select(Attempt).where(Attempt.user_id == row.student.user_id, Attempt.quiz_set_id == quiz_set.id)
                    .order_by(Attempt.started_at, Attempt.id)
                ).scalars())
                if not own:
                    assert cell is None
                    continue
                assert cell is not None
                expected = counted_attempt([a for a in own if a.is_finished], quiz_set.grading)
                assert (cell.counted.id if cell.counted else None) == (expected.id if expected else None), (quiz_set.grading, row.student.name)
                assert cell.in_progress == any(not a.is_finished for a in own)
                checked += 1
        assert checked == 3 * 4  # the four students with 1 to 3 attempts, in three sets
