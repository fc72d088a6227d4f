"""A player's attempt is played on the live page alone: the ordinary quiz pages of it say it
belongs to a live session and link there, take no answer, flag or finish (409, nothing
stored), with and without htmx; once the game is over its results are the quiz's as always."""
from __future__ import annotations

from quizapp.extensions import db
from quizapp.quiz.models import LIVE_MODE, Attempt, Response
from tests.helpers.app import HX, PASSWORD, make_user
from tests.helpers.live import act, code_of, phone_form, start
from tests.helpers.sets import T0

HEADING = "This attempt belongs to a live session"


def playing(app, set_id: int):
    """Ana, signed in, has joined the set's live session and question 1 is open."""
    session_id = start(app, set_id)
    code = code_of(app, session_id)
    user_id = make_user(app, "ana")
    phone = app.test_client()
    assert phone.post("/auth/login", data={"username": "ana", "password": PASSWORD}).status_code == 303
    assert phone.post(f"/live/{code}", data={"name": "Ana"}).status_code == 303
    act(app, session_id, "next", T0)
    with app.app_context():
        attempt = db.session.execute(db.select(Attempt).filter_by(user_id=user_id)).scalar_one()
        assert attempt.mode == LIVE_MODE
        attempt_id = attempt.id
    return phone, session_id, code, user_id, attempt_id


def stored(app, attempt_id: int) -> int:
    with app.app_context():
        return db.session.execute(
            db.select(db.func.count(Response.id)).join(Response.attempt_question).filter_by(attempt_id=attempt_id)
        ).scalar_one()


def test_the_quiz_pages_of_a_live_attempt_point_to_the_live_page(app, set_id, clock):
    phone, _session_id, code, _user_id, attempt_id = playing(app, set_id)
    for url in (f"/quiz/{attempt_id}", f"/quiz/{attempt_id}/q/1", f"/quiz/{attempt_id}/summary"):
        response = phone.get(url)
        page = response.get_data(as_text=True)
        assert response.status_code == 200, url
        assert HEADING in page and f'href="/live/{code}/play"' in page, url
        assert 'name="choice"' not in page and "Finish" not in page, url  # no question, no Finish
    results = phone.get(f"/quiz/{attempt_id}/results")  # unfinished: on to where it is played
    assert HEADING in phone.get(results.headers["Location"]).get_data(as_text=True)
    card = phone.get(f"/quiz/{attempt_id}/q/1", headers=HX)
    assert card.headers["HX-Retarget"] == "#question-card" and 'id="attempt-elsewhere"' in card.get_data(as_text=True)


def test_answers_flags_and_finish_sent_to_the_quiz_pages_are_refused_and_store_nothing(app, set_id, clock):
    phone, session_id, code, user_id, attempt_id = playing(app, set_id)
    form = phone_form(app, session_id, user_id, True)
    for headers in ({}, HX):
        response = phone.post(f"/quiz/{attempt_id}/q/1", data=form, headers=headers)
        page = response.get_data(as_text=True)
        assert response.status_code == 409 and HEADING in page and "nothing was stored here" in page
        assert f'href="/live/{code}/play"' in page
        assert phone.post(f"/quiz/{attempt_id}/q/1/flag", data={"flagged": "1"}, headers=headers).status_code == 409
        assert phone.post(f"/quiz/{attempt_id}/finish", headers=headers).status_code == 409
    assert stored(app, attempt_id) == 0
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        assert attempt.finished_at is None and not attempt.questions[0].flagged
    # the live page still takes the answer, with its points
    assert phone.post(f"/live/{code}/answer", data=form).status_code == 303
    assert stored(app, attempt_id) == 1


def test_after_the_game_the_attempt_shows_its_results_as_any_other(app, set_id, clock):
    phone, session_id, _code, _user_id, attempt_id = playing(app, set_id)
    act(app, session_id, "end", T0)
    page = phone.get(f"/quiz/{attempt_id}/results").get_data(as_text=True)
    assert HEADING not in page and "Live mode" in page


def test_someone_elses_live_attempt_is_404(app, set_id, clock):
    _phone, _session_id, _code, _user_id, attempt_id = playing(app, set_id)
    make_user(app, "ben")
    other = app.test_client()
    other.post("/auth/login", data={"username": "ben", "password": PASSWORD})
    assert other.get(f"/quiz/{attempt_id}/q/1").status_code == 404
    assert other.post(f"/quiz/{attempt_id}/q/1", data={"choice": "0"}).status_code == 404
