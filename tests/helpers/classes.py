"""Helpers for class tests: classes made and joined through the services."""
from __future__ import annotations

from sqlalchemy import select

from quizapp.classes import services
from quizapp.classes.models import SchoolClass
from quizapp.extensions import db
from quizapp.sets.models import QuizSet
from tests.helpers.sets import T0


def make_class(app, owner_id: int, name: str = "History 3B") -> int:
    with app.app_context():
        return services.create_class(owner_id, name).id


def class_code(app, class_id: int) -> str:
    with app.app_context():
        return db.session.execute(select(SchoolClass.join_code).filter_by(id=class_id)).scalar_one()


def enrol(app, class_id: int, *user_ids: int) -> None:
    with app.app_context():
        school_class = db.session.get(SchoolClass, class_id)
        for user_id in user_ids:
            services.join_class(school_class, user_id, T0)


def give(app, class_id: int, set_id: int) -> None:
    with app.app_context():
        services.give_set(db.session.get(SchoolClass, class_id), set_id, T0)
        assert db.session.get(QuizSet, set_id) is not None
