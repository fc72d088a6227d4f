"""Accommodation pages through the test client: the owner's page with and without htmx, who
may see it, CSRF, what the results and join pages say, and answers after the normal close."""
from __future__ import annotations

from datetime import timedelta

from quizapp.extensions import db
from quizapp.quiz.models import Attempt
from quizapp.sets.models import QuizSet
from tests.helpers.app import HX, PASSWORD, csrf_token, make_user
from tests.helpers.sets import T0, answer_form, join_code, make_set, question_ids

CLOSE = T0 + timedelta(hours=1)


def test_owner_gives_and_removes_an_accommodation_without_javascript(client, auth, app, clock):
    owner = auth.create_and_login("teacher")
    make_user(app, "ana")
    set_id = make_set(app, owner, question_ids(app, "true_false", 2), time_limit_minutes=20, attempts_allowed=1, closes_at=CLOSE)
    page = client.get(f"/sets/{set_id}/accommodations")
    assert page.status_code == 200 and "No student has an accommodation yet." in page.text
    assert f'action="/sets/{set_id}/accommodations"' in page.text and "Extra time in minutes" in page.text
    response = client.post(
        f"/sets/{set_id}/accommodations",
        data={"username": "ana", "extra_minutes": "10", "extra_attempts": "1", "closes_at": "2026-03-02T12:30"},
    )
    assert response.status_code == 303 and response.headers["Location"].endswith(f"/sets/{set_id}/accommodations")
    page = client.get(response.headers["Location"])
    assert "Accommodation saved for ana." in page.text
    assert "+10 minutes (30 in all) · +1 attempt (2 in all) · closes 2026-03-02 12:30" in page.text
    results = client.get(f"/sets/{set_id}/results")
    assert "1 student with their own time, attempts or close time." in results.text
    for page_url in (f"/sets/{set_id}", f"/sets/{set_id}/settings", f"/sets/{set_id}/results"):
        assert f'href="/sets/{set_id}/accommodations"' in client.get(page_url).text
    assert "<strong>ana</strong>: +10 minutes (30 in all)" in results.text
    with app.app_context():
        accommodation_id = db.session.get(QuizSet, set_id).accommodations[0].id
    response = client.post(f"/sets/{set_id}/accommodations/{accommodation_id}/remove")
    assert response.status_code == 303
    assert "No student has an accommodation yet." in client.get(f"/sets/{set_id}/accommodations").text


def test_with_htmx_the_region_comes_back_and_a_refusal_keeps_what_was_typed(client, auth, app, clock):
    owner = auth.create_and_login("teacher")
    make_user(app, "ana")
    set_id = make_set(app, owner, question_ids(app, "true_false", 2), closes_at=CLOSE)
    response = client.post(f"/sets/{set_id}/accommodations", data={"username": "nobody", "closes_at": "2026-03-02T12:30"}, headers=HX)
    assert response.status_code == 422
    assert response.text.startswith("{#") is False and '<section id="accommodations"' in response.text and "<html" not in response.text
    assert "No account has the username “nobody”" in response.text and 'value="nobody"' in response.text
    response = client.post(f"/sets/{set_id}/accommodations", data={"username": "ana"}, headers=HX)
    assert response.status_code == 422 and "Give extra time, extra attempts or a close time" in response.text
    response = client.post(f"/sets/{set_id}/accommodations", data={"username": "ana", "closes_at": "2026-03-02T12:30"}, headers=HX)
    assert response.status_code == 200 and '<section id="accommodations"' in response.text
    assert "Accommodation saved for ana." in response.text and "closes 2026-03-02 12:30" in response.text
    assert 'value="ana"' not in response.text  # the form is empty again for the next student
    with app.app_context():
        accommodation_id = db.session.get(QuizSet, set_id).accommodations[0].id
    response = client.post(f"/sets/{set_id}/accommodations/{accommodation_id}/remove", headers=HX)
    assert response.status_code == 200 and "Accommodation removed" in response.text and "No student has an accommodation yet." in response.text
    response = client.post(f"/sets/{set_id}/accommodations/{accommodation_id}/remove", headers=HX)
    assert response.status_code == 404 and "That accommodation is not in this set." in response.text


def test_another_account_and_a_visitor_get_404_and_change_nothing(client, auth, app):
    owner = make_user(app, "teacher")
    make_user(app, "ana")
    set_id = make_set(app, owner, question_ids(app, "true_false", 2), closes_at=CLOSE)
    data = {"username": "ana", "closes_at": "2026-03-02T12:30"}
    assert client.get(f"/sets/{set_id}/accommodations").status_code == 404
    assert client.post(f"/sets/{set_id}/accommodations", data=data).status_code == 404
    auth.create_and_login("mallory")
    assert client.get(f"/sets/{set_id}/accommodations").status_code == 404
    assert client.post(f"/sets/{set_id}/accommodations", data=data).status_code == 404
    assert client.post(f"/sets/{set_id}/accommodations", data=data, headers=HX).status_code == 404
    with app.app_context():
        assert db.session.get(QuizSet, set_id).accommodations == []


def test_a_post_without_the_csrf_token_is_refused(app):
    app.config["WTF_CSRF_ENABLED"] = True
    client = app.test_client()
    owner = make_user(app, "teacher")
    make_user(app, "ana")
    set_id = make_set(app, owner, question_ids(app, "true_false", 2), closes_at=CLOSE)
    page = client.get("/auth/login")
    client.post("/auth/login", data={"username": "teacher", "password": PASSWORD, "csrf_token": csrf_token(page.text)})
    response = client.post(f"/sets/{set_id}/accommodations", data={"username": "ana", "closes_at": "2026-03-02T12:30"})
    assert response.status_code == 400
    with app.app_context():
        assert db.session.get(QuizSet, set_id).accommodations == []
    token = csrf_token(client.get(f"/sets/{set_id}/accommodations").text)
    response = client.post(f"/sets/{set_id}/accommodations", data={"username": "ana", "closes_at": "2026-03-02T12:30", "csrf_token": token})
    assert response.status_code == 303
    with app.app_context():
        accommodation_id = db.session.get(QuizSet, set_id).accommodations[0].id
    assert client.post(f"/sets/{set_id}/accommodations/{accommodation_id}/remove").status_code == 400
    with app.app_context():
        assert len(db.session.get(QuizSet, set_id).accommodations) == 1


def _first_question_form(app, attempt_id: int) -> dict:
    with app.app_context():
        return answer_form(db.session.get(Attempt, attempt_id).questions[0], True)


def test_after_the_normal_close_only_the_student_with_a_later_close_answers(client, auth, app, clock):
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 2), mode="exam", closes_at=CLOSE)
    code = join_code(app, set_id)
    make_user(app, "ana")
    auth.login("teacher")
    client.post(f"/sets/{set_id}/accommodations", data={"username": "ana", "closes_at": "2026-03-02T12:30"})
    auth.logout()
    auth.create_and_login("ben")
    response = client.post(f"/join/{code}/start")
    ben_attempt = int(response.headers["Location"].split("/")[-3])
    clock.now = CLOSE + timedelta(minutes=30)
    refused = client.post(f"/quiz/{ben_attempt}/q/1", data=_first_question_form(app, ben_attempt), headers=HX)
    assert refused.status_code == 422 and "This quiz set has closed" in refused.text
    assert "This set closed on 2026-03-02 at 10:00" in client.get(f"/join/{code}").text
    assert client.post(f"/join/{code}/start").status_code == 409
    auth.logout()
    auth.login("ana")
    page = client.get(f"/join/{code}")
    assert "closes 2026-03-02 12:30" in page.text and "Your teacher has given you an accommodation" in page.text
    response = client.post(f"/join/{code}/start")
    assert response.status_code == 303
    ana_attempt = int(response.headers["Location"].split("/")[-3])
    accepted = client.post(f"/quiz/{ana_attempt}/q/1", data=_first_question_form(app, ana_attempt))
    assert accepted.status_code == 303
    with app.app_context():
        assert db.session.get(Attempt, ana_attempt).questions[0].response is not None
        assert db.session.get(Attempt, ben_attempt).questions[0].response is None


def test_a_classmate_is_told_the_answers_open_at_the_last_close_time(client, auth, app, clock):
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 2), mode="exam", closes_at=CLOSE, answers_visible="after_close")
    make_user(app, "ana")
    auth.login("teacher")
    client.post(f"/sets/{set_id}/accommodations", data={"username": "ana", "closes_at": "2026-03-02T12:30"})
    auth.logout()
    auth.create_and_login("ben")
    code = join_code(app, set_id)
    attempt_id = int(client.post(f"/join/{code}/start").headers["Location"].split("/")[-3])
    client.post(f"/quiz/{attempt_id}/finish")
    clock.now = CLOSE + timedelta(minutes=30)  # the set's own close has passed, ana's has not
    results = client.get(f"/quiz/{attempt_id}/results").text
    assert "The correct answers open when the set closes, 2026-03-02 12:30 UTC." in results
    assert "Correct answer</dt>" not in results
    clock.now = T0 + timedelta(hours=4)
    assert "Correct answer</dt>" in client.get(f"/quiz/{attempt_id}/results").text
