"""Defects found in review: each test failed before its fix."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from quizapp.cards.models import KIND_MISSED, StudyCard
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion, Response
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


HUGE = "9" * 30  # more than a 64-bit INTEGER holds
SUPERSCRIPT = "\u00b2"  # "²": str.isdigit() says yes, int() says no


@pytest.mark.parametrize(
    "path",
    [
        "/sets/{huge}", "/sets/{huge}/results", "/sets/{set}/results/{huge}", "/sets/{set}/questions/{huge}/edit",
        "/sets/{set}?document={huge}", "/sets/{set}/picker?topic={huge}", "/sets/{set}/picker?document={sup}",
        "/sets/{set}/picker?difficulty={huge}", "/quiz/{huge}", "/quiz/new?topic={sup}",
    ],
)
def test_bad_numbers_in_set_urls_are_not_server_errors(client, auth, app, path):
    teacher = auth.create_and_login("teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2))
    response = client.get(path.format(huge=HUGE, sup=SUPERSCRIPT, set=set_id))
    assert response.status_code in (200, 404)


@pytest.mark.parametrize("value", [HUGE, SUPERSCRIPT, "1" * 5000])
def test_bad_question_ids_to_add_are_refused_and_change_nothing(client, auth, app, value):
    teacher = auth.create_and_login("teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2))
    assert client.post(f"/sets/{set_id}/items", data={"question_id": value}).status_code == 422
    with app.app_context():
        from quizapp.sets.models import QuizSet

        assert len(db.session.get(QuizSet, set_id).items) == 2


@pytest.mark.parametrize("value", [SUPERSCRIPT, "1" * 5000])
def test_bad_choice_numbers_in_an_answer_are_refused(client, auth, app, clock, value):
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "single_choice", 1))
    student = auth.create_and_login("student")
    client.post(f"/join/{join_code(app, set_id)}/start")
    with app.app_context():
        attempt_id = db.session.execute(select(Attempt.id).where(Attempt.user_id == student)).scalar_one()
    assert client.post(f"/quiz/{attempt_id}/q/1", data={"choice": value}).status_code == 422
    with app.app_context():
        assert db.session.get(Attempt, attempt_id).questions[0].response is None


def test_a_control_character_in_an_answer_does_not_break_the_xlsx_export(client, auth, app, clock):
    """Spreadsheets cannot hold control characters (openpyxl refuses them): one student
    typing one must not stop the teacher, or the student, from downloading the scores."""
    import io

    import openpyxl

    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "fill_in", 1))
    student = auth.create_and_login("student")
    client.post(f"/join/{join_code(app, set_id)}/start")
    with app.app_context():
        attempt_id = db.session.execute(select(Attempt.id).where(Attempt.user_id == student)).scalar_one()
    # The form refuses control characters now; answers stored before that may still hold them.
    assert client.post(f"/quiz/{attempt_id}/q/1", data={"text": "Lima\x01\x1b"}).status_code == 422  # the question, again
    assert client.post(f"/quiz/{attempt_id}/q/1", data={"text": "Lima"}).status_code == 303
    with app.app_context():
        response_row = db.session.execute(select(Response).join(AttemptQuestion).where(AttemptQuestion.attempt_id == attempt_id)).scalar_one()
        response_row.given = {"text": "Lima\x01\x1b"}
        db.session.commit()
    client.post(f"/quiz/{attempt_id}/finish")
    response = client.get("/sets/history/long.xlsx")
    assert response.status_code == 200
    rows = list(openpyxl.load_workbook(io.BytesIO(response.data), read_only=True).active.iter_rows(values_only=True))
    assert rows[1][7] == "Lima"
