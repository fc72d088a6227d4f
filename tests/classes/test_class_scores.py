"""A student's "My classes" shows each set's score that counts and a link to its results, and
a set's results lead back to the classes it was given through (issue 13, left over)."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest

from quizapp.classes import services as class_services
from quizapp.classes.models import SchoolClass
from quizapp.extensions import db
from quizapp.sets import services
from quizapp.sets.models import QuizSet
from tests.helpers.app import HX, make_user
from tests.helpers.classes import enrol, give, make_class
from tests.helpers.queries import counted_statements
from tests.helpers.quiz import attempt_id_of, start_quiz
from tests.helpers.sets import T0, make_set, question_ids, take


def _set_item(page: str, title: str) -> str:
    """The <li> of a set on "My classes"."""
    match = re.search(rf"<li>\s*<a href=\"/join/\w+\">{re.escape(title)}</a>.*?</li>", page, re.S)
    assert match, f"no set {title!r} on the page"
    return match.group(0)


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.fixture
def classroom(app, auth):
    """sam in History 3B, given three sets: one taken twice (1 of 2 right, then 2 of 2), an
    exam still in progress, one not started. ben is in no class."""
    teacher = make_user(app, "teacher")
    qids = question_ids(app, "true_false", 2)
    sam = auth.create_and_login("sam")
    class_id = make_class(app, teacher, "History 3B")
    enrol(app, class_id, sam)
    taken = make_set(app, teacher, qids, title="Taken twice", attempts_allowed=3, grading="highest")
    exam = make_set(app, teacher, qids, title="Exam in progress", mode="exam")
    untouched = make_set(app, teacher, qids, title="Not started")
    for set_id in (untouched, exam, taken):
        give(app, class_id, set_id)
    first = take(app, taken, sam, [True, False])
    best = take(app, taken, sam, [True, True], now=T0 + timedelta(hours=1))
    with app.app_context():
        services.start_set_attempt(db.session.get(QuizSet, exam), sam, now=T0)
    return {"class_id": class_id, "taken": taken, "exam": exam, "first": first, "best": best, "teacher": teacher, "sam": sam}


@pytest.mark.parametrize("headers", [{}, HX])
def test_my_classes_shows_the_counted_score_with_a_link_to_its_results(client, classroom, headers):
    response = client.get("/classes/", headers=headers)
    assert response.status_code == 200
    taken = _set_item(response.text, "Taken twice")
    assert "Your score (your highest attempt counts): 2 / 2 (100%)" in _text(taken)
    assert f'href="/quiz/{classroom["best"]}/results">Your results<span class="visually-hidden"> for Taken twice</span>' in taken
    for title in ("Exam in progress", "Not started"):
        assert "Your score" not in _text(_set_item(response.text, title))


def test_the_score_follows_the_sets_grading_rule(client, app, classroom):
    with app.app_context():
        db.session.get(QuizSet, classroom["taken"]).grading = "first"
        db.session.commit()
    taken = _set_item(client.get("/classes/").text, "Taken twice")
    assert "Your score (your first attempt counts): 1 / 2 (50%)" in _text(taken)
    assert f'/quiz/{classroom["first"]}/results' in taken


def test_another_student_and_a_guest_see_no_score(client, auth, app, classroom):
    auth.logout()
    assert "Taken twice" not in client.get("/classes/").text  # a visitor: asked to sign in
    auth.create_and_login("ben")
    page = client.get("/classes/").text
    assert "Taken twice" not in page and "Your score" not in page
    assert client.get(f'/quiz/{classroom["best"]}/results').status_code == 404


@pytest.mark.parametrize("headers", [{}, HX])
def test_a_sets_results_link_back_to_the_set_and_to_each_class_it_was_given_through(client, app, classroom, headers):
    second = make_class(app, classroom["teacher"], "Ancient history club")
    archived = make_class(app, classroom["teacher"], "Last year")
    for class_id in (second, archived):
        enrol(app, class_id, classroom["sam"])
        give(app, class_id, classroom["taken"])
    with app.app_context():
        class_services.set_archived(db.session.get(SchoolClass, archived), True, T0)
    results = client.get(f'/quiz/{classroom["best"]}/results', headers=headers)
    assert results.status_code == 200
    way_back = results.text.split('class="given-through"')[1].split("</p>")[0]
    assert f'href="/classes/#class-{second}">Ancient history club</a>' in way_back
    assert f'href="/classes/#class-{classroom["class_id"]}">History 3B</a>' in way_back
    assert "Last year" not in way_back and 'href="/classes/">My classes</a>' in way_back
    assert re.search(r'href="/join/\w+">Taken twice</a>', results.text)
    # The set's own page says the same under the student's attempts.
    with app.app_context():
        code = db.session.get(QuizSet, classroom["taken"]).join_code
    assert f'href="/classes/#class-{second}">Ancient history club</a>' in client.get(f"/join/{code}").text


def test_self_study_results_and_a_set_given_to_no_class_of_the_student_have_no_way_back(client, app, classroom):
    own = attempt_id_of(start_quiz(client, app, count=1, types=["true_false"]))
    client.post(f"/quiz/{own}/finish")
    assert "given-through" not in client.get(f"/quiz/{own}/results").text
    loose = make_set(app, classroom["teacher"], question_ids(app, "true_false", 1), title="Not given")
    attempt = take(app, loose, classroom["sam"], [True])
    assert "given-through" not in client.get(f"/quiz/{attempt}/results").text


def test_my_classes_does_not_grow_with_sets_attempts_or_answer_policies(client, app, classroom):
    client.get("/classes/")  # warm: the signed-in account's row is kept per worker from here on (issue 15)
    with counted_statements(app) as small:
        client.get("/classes/")
    qids = question_ids(app, "true_false", 2)
    for n, policy in enumerate(("after_close", "never", "immediately", "after_close")):
        set_id = make_set(app, classroom["teacher"], qids, title=f"More {n}", answers_visible=policy,
                          closes_at=T0 + timedelta(days=1), attempts_allowed=3)
        with app.app_context():
            services.save_accommodation(db.session.get(QuizSet, set_id), services.AccommodationRequest("sam", extra_attempts=1))
        give(app, classroom["class_id"], set_id)
        take(app, set_id, classroom["sam"], [True, n % 2 == 0])
        take(app, set_id, classroom["sam"], [True, True], now=T0 + timedelta(hours=1))
    client.get("/classes/")  # warm again: the writes above may have outdated the kept account row
    with counted_statements(app) as large:
        page = client.get("/classes/").text
    assert _text(_set_item(page, "More 3")).count("Your score") == 1
    assert len(large) == len(small), (small, large)
