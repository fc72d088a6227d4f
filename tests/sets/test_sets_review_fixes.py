"""Defects found in review: each test failed before its fix."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from quizapp.cards.models import KIND_MISSED, StudyCard
from quizapp.extensions import db
from quizapp.quiz.models import Attempt
from tests.conftest import make_user
from tests.sets.sets_helpers import T0, answer_form, join_code, make_set, question_ids


def _missed_cards(app, user_id: int) -> int:
    with app.app_context():
        return len(db.session.execute(select(StudyCard).where(StudyCard.user_id == user_id, StudyCard.kind == KIND_MISSED)).all())


@pytest.mark.parametrize(
    "mode, visible, during, after",
    [
        ("practice", "never", 0, 0),
        ("exam", "never", 0, 0),
        ("exam", "after_close", 0, 0),
        ("exam", "immediately", 0, 1),  # seen on the results page, so a card once finished
        ("practice", "immediately", 1, 1),
    ],
)
def test_missed_cards_never_show_a_set_answer_the_student_may_not_see(client, auth, app, clock, mode, visible, during, after):
    """A missed-question card's back is the correct answer: a wrong answer in a set makes
    one only once the set lets the student see answers, never mid-exam or when hidden."""
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), mode=mode, answers_visible=visible,
                      closes_at=T0 + timedelta(days=1))
    student = auth.create_and_login("student")
    client.post(f"/join/{join_code(app, set_id)}/start")
    with app.app_context():
        attempt = db.session.execute(select(Attempt).where(Attempt.user_id == student)).scalar_one()
        aq = attempt.questions[0]
        attempt_id, form = attempt.id, answer_form(aq, right=False)
    assert client.post(f"/quiz/{attempt_id}/q/1", data=form).status_code == 303
    assert _missed_cards(app, student) == during
    assert client.post(f"/quiz/{attempt_id}/finish").status_code == 303
    assert _missed_cards(app, student) == after
