"""An exam's bank questions can be hidden from self-study (and other owners' sets) until it closes."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from quizapp.bank.models import Question, Topic
from quizapp.extensions import db
from quizapp.quiz import services as quiz_services
from quizapp.quiz.models import Attempt
from quizapp.sets.models import QuizSet
from tests.helpers.app import HX, PASSWORD, make_user
from tests.helpers.quiz import all_topics, attempt_id_of, start_quiz, wrong_form
from tests.helpers.sets import T0, make_set, question_ids

TRUE_FALSE_IN_BANK = 26  # fewer than a quiz may hold, so a quiz of them all draws every one


def drawn(app, attempt_id: int) -> set[int]:
    with app.app_context():
        return {aq.version.question_id for aq in db.session.get(Attempt, attempt_id).questions}


@pytest.fixture(autouse=True)
def draw_every_candidate(monkeypatch) -> None:
    """Draw every question the learner may practise: the drawer otherwise keeps enemy items
    apart (tests/bank/test_enemies.py), so one quiz would not hold all of them."""
    monkeypatch.setattr(quiz_services, "draw_apart", lambda candidates, count, rng: candidates[:count])


def every_true_false(client, app) -> set[int]:
    """A self-study quiz of every true/false question the learner may practise."""
    return drawn(app, attempt_id_of(start_quiz(client, app, count=50, mode="practice", types=["true_false"])))


def exam_form(**overrides) -> dict:
    return {"title": "Final exam", "mode": "exam", "grading": "highest", "answers_visible": "never",
            "closes_at": "2026-03-09T09:00", "hide_bank_questions": "y", **overrides}


def teacher_with_hiding_exam(app, client, hidden: list[int]) -> int:
    """The teacher builds an exam through the pages, ticking "hide", and signs out."""
    make_user(app, "teacher")
    client.post("/auth/login", data={"username": "teacher", "password": PASSWORD})
    response = client.post("/sets/new", data=exam_form())
    assert response.status_code == 303
    set_id = int(re.search(r"/sets/(\d+)$", response.headers["Location"]).group(1))
    for qid in hidden:
        assert client.post(f"/sets/{set_id}/items", data={"question_id": qid}).status_code == 303
    client.post("/auth/logout")
    return set_id


def test_the_builder_says_bank_questions_can_be_practised_and_offers_to_hide_them(client, auth):
    auth.create_and_login("teacher")
    form = client.get("/sets/new").text
    assert "the bank's questions can also be practised in" in form and "self-study, where their correct answers are shown" in form
    assert 'name="hide_bank_questions"' in form and "Hide this set&#39;s bank questions from self-study while the set is open" in form


def test_self_study_leaves_out_a_hiding_sets_questions_until_it_closes(client, app, auth, clock):
    hidden = question_ids(app, "true_false", 3)
    set_id = teacher_with_hiding_exam(app, client, hidden)
    with app.app_context():
        assert db.session.get(QuizSet, set_id).hide_bank_questions
    auth.create_and_login("student")
    practised = every_true_false(client, app)
    assert len(practised) == TRUE_FALSE_IN_BANK - 3 and not practised & set(hidden)
    clock.now = T0 + timedelta(days=7, minutes=1)  # the exam has closed
    assert set(hidden) <= every_true_false(client, app)


def test_archiving_the_set_or_unticking_the_box_shows_them_again(client, app, auth, clock):
    hidden = question_ids(app, "true_false", 2)
    set_id = teacher_with_hiding_exam(app, client, hidden)
    auth.create_and_login("student")

    def change(**values) -> None:
        with app.app_context():
            quiz_set = db.session.get(QuizSet, set_id)
            for name, value in values.items():
                setattr(quiz_set, name, value)
            db.session.commit()

    assert not every_true_false(client, app) & set(hidden)
    change(archived_at=T0)
    assert set(hidden) <= every_true_false(client, app)
    change(archived_at=None)
    assert not every_true_false(client, app) & set(hidden)
    change(hide_bank_questions=False)
    assert set(hidden) <= every_true_false(client, app)


def test_the_owner_still_practises_their_own_sets_questions(client, app, clock):
    hidden = question_ids(app, "true_false", 2)
    teacher_with_hiding_exam(app, client, hidden)
    client.post("/auth/login", data={"username": "teacher", "password": PASSWORD})
    assert set(hidden) <= every_true_false(client, app)


def test_a_random_draw_hides_every_question_of_its_topics(client, app, auth, clock):
    with app.app_context():
        topic = db.session.execute(select(Topic).order_by(Topic.position)).scalars().first()
        topic_questions = set(db.session.execute(select(Question.id).where(Question.topic_id == topic.id)).scalars())
    owner = make_user(app, "teacher")
    make_set(app, owner, [], random_count=2, random_topic_ids=[topic.id], hide_bank_questions=True, closes_at=T0 + timedelta(days=1))
    auth.create_and_login("student")
    attempt_id = attempt_id_of(start_quiz(client, app, count=50, topics=all_topics(app)))
    assert not drawn(app, attempt_id) & topic_questions
    only_that_topic = client.post("/quiz/new", data={"document": 1, "topics": [topic.id], "types": ["true_false", "single_choice"],
                                                     "count": 5, "mode": "practice", "focus": "all"})
    assert only_that_topic.status_code == 422 and "No questions match" in only_that_topic.text


def test_other_teachers_cannot_pick_or_draw_the_hidden_questions(client, app, auth, clock):
    hidden = question_ids(app, "true_false", 2)
    teacher_with_hiding_exam(app, client, hidden)
    other = auth.create_and_login("other")
    set_id = make_set(app, other, [], title="Quiz of my own")
    picker = client.get(f"/sets/{set_id}/picker?type=true_false", headers=HX).text
    assert f'value="{hidden[0]}"' not in picker and f'value="{question_ids(app, "true_false", 3)[2]}"' in picker
    refused = client.post(f"/sets/{set_id}/items", data={"question_id": hidden[0]}, headers=HX)
    assert refused.status_code == 422 and "hides that question until it closes" in refused.text
    with app.app_context():
        assert db.session.get(QuizSet, set_id).items == []
        topic_id = db.session.get(Question, hidden[0]).topic_id
    drawing = make_set(app, other, [], random_count=50, random_topic_ids=[topic_id], title="Draw")
    with app.app_context():
        import random

        from quizapp.sets.services import draw_set_questions

        questions = draw_set_questions(db.session.get(QuizSet, drawing), random.Random(1), T0)
        assert questions and not {q.id for q in questions} & set(hidden)


def test_retrying_missed_questions_leaves_out_hidden_ones(client, app, auth, clock):
    auth.create_and_login("student")
    url = start_quiz(client, app, count=2, mode="practice", types=["true_false"])
    attempt_id = attempt_id_of(url)
    for position in (1, 2):
        client.post(f"/quiz/{attempt_id}/q/{position}", data=wrong_form(app, attempt_id, position))
    client.post(f"/quiz/{attempt_id}/finish")
    missed = sorted(drawn(app, attempt_id))
    auth.logout()
    teacher_client = app.test_client()
    teacher_with_hiding_exam(app, teacher_client, missed[:1])
    auth.login("student")
    retry = client.post(f"/quiz/{attempt_id}/retry")
    assert retry.status_code == 303
    assert drawn(app, attempt_id_of(retry.headers["Location"])) == {missed[1]}
