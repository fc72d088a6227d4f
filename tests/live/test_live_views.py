"""Live pages through the test client, with and without htmx: the teacher's projector and
buttons (owner only), a student's join, answer and reload, and CSRF."""
from __future__ import annotations

import re

import pytest

from quizapp.extensions import db
from quizapp.live.models import LiveSession
from tests.helpers.app import HX, PASSWORD, csrf_token, make_user
from tests.helpers.live import act, code_of, join, phone_form
from tests.helpers.sets import T0


def teacher_client(app, username: str = "teacher"):
    client = app.test_client()
    response = client.post("/auth/login", data={"username": username, "password": PASSWORD})
    assert response.status_code == 303
    return client


def started(app, set_id: int) -> tuple[object, int, str]:
    client = teacher_client(app)
    response = client.post(f"/sets/{set_id}/live", data={"seconds": "20", "show_leaderboard": "y"})
    assert response.status_code == 303
    session_id = int(response.headers["Location"].rsplit("/", 1)[1])
    return client, session_id, code_of(app, session_id)


def test_the_builder_offers_a_live_session_and_marks_live_capable_questions(app, set_id, clock):
    page = teacher_client(app).get(f"/sets/{set_id}").get_data(as_text=True)
    assert "Start live session" in page and f'action="/sets/{set_id}/live"' in page
    assert page.count('class="live-tag"') >= 3  # single choice and true/false suit a live round


def test_the_projector_shows_the_code_and_players_as_they_join(app, set_id, clock):
    client, session_id, code = started(app, set_id)
    page = client.get(f"/live/sessions/{session_id}").get_data(as_text=True)
    assert code in page and "<svg" in page and "Start the game" in page
    join(app, session_id, make_user(app, "ana"), "Ana", T0)
    activity = client.get(f"/live/sessions/{session_id}/activity", headers=HX).get_data(as_text=True)
    assert "<strong>1</strong> player has joined" in activity and "Ana" in activity
    assert 'hx-trigger="every 1s"' in activity


def test_the_teachers_buttons_move_the_room_with_and_without_htmx(app, set_id, clock):
    client, session_id, _code = started(app, set_id)
    response = client.post(f"/live/sessions/{session_id}/next")
    assert response.status_code == 303 and response.headers["Location"] == f"/live/sessions/{session_id}"
    fragment = client.post(f"/live/sessions/{session_id}/reveal", headers=HX).get_data(as_text=True)
    assert fragment.startswith('\n<section id="projector-stage"') or 'id="projector-stage"' in fragment[:200]
    assert "Show the leaderboard" in fragment and "0 right" in fragment
    response = client.post(f"/live/sessions/{session_id}/reveal", headers=HX)
    assert response.status_code == 409 and response.headers["HX-Retarget"] == "#error-slot"
    assert client.post(f"/live/sessions/{session_id}/leaderboard").status_code == 303
    assert client.post(f"/live/sessions/{session_id}/dance").status_code == 404


@pytest.mark.parametrize("who", ["second account", "guest", "nobody"])
def test_other_people_get_404_from_every_teacher_page(app, set_id, clock, who):
    _, session_id, code = started(app, set_id)
    client = app.test_client()
    if who == "second account":
        make_user(app, "other")
        client = teacher_client(app, "other")
    elif who == "guest":
        client.post(f"/live/{code}", data={"name": "Sneaky"})  # becomes a guest by joining
    for url in (f"/live/sessions/{session_id}", f"/live/sessions/{session_id}/activity"):
        assert client.get(url).status_code == 404
    for action in ("next", "end"):
        assert client.post(f"/live/sessions/{session_id}/{action}").status_code == 404
    assert client.post(f"/sets/{set_id}/live", data={"seconds": "20"}).status_code == 404
    with app.app_context():
        assert db.session.get(LiveSession, session_id).state == "lobby"


def test_a_guest_joins_answers_and_reloads_to_where_the_room_is(app, set_id, clock):
    _, session_id, code = started(app, set_id)
    phone = app.test_client()
    page = phone.get(f"/live/{code}").get_data(as_text=True)
    assert "Join the game" in page and 'name="name"' in page
    response = phone.post(f"/live/{code}", data={"name": "Zoë"})
    assert response.status_code == 303 and response.headers["Location"] == f"/live/{code}/play"
    assert phone.get(f"/live/{code}").headers["Location"] == f"/live/{code}/play"  # joined already
    lobby = phone.get(f"/live/{code}/play").get_data(as_text=True)
    assert "You're in!" in lobby and "Zoë" in lobby and 'hx-sse:connect="/live/' in lobby
    assert '<noscript><meta http-equiv="refresh" content="3"></noscript>' in lobby
    act(app, session_id, "next", T0)
    question = phone.get(f"/live/{code}/play").get_data(as_text=True)
    assert question.count('class="live-option ') == 4 and "<noscript><meta" not in question
    with app.app_context():
        guest_id = db.session.execute(db.text("SELECT user_id FROM live_player")).scalar_one()
    clock.advance(seconds=3)
    sent = phone.post(f"/live/{code}/answer", data=phone_form(app, session_id, guest_id, True), headers=HX)
    assert sent.status_code == 200 and "Answer sent" in sent.get_data(as_text=True)
    assert "Answer sent" in phone.get(f"/live/{code}/play").get_data(as_text=True)  # a reload keeps it
    clock.advance(seconds=1)
    act(app, session_id, "reveal", clock.now)
    result = phone.get(f"/live/{code}/play").get_data(as_text=True)
    stage = result[result.index("live-stage"):]
    assert "Right!" in stage and "+925 points" in stage and "#1</strong> of 1" in stage, stage


def test_a_plain_answer_redirects_and_a_late_one_is_refused_with_a_message(app, set_id, clock):
    _, session_id, code = started(app, set_id)
    phone = app.test_client()
    phone.post(f"/live/{code}", data={"name": "Ana"})
    act(app, session_id, "next", T0)
    with app.app_context():
        user_id = db.session.execute(db.text("SELECT user_id FROM live_player")).scalar_one()
    form = phone_form(app, session_id, user_id, False)
    clock.advance(seconds=20)
    late = phone.post(f"/live/{code}/answer", data=form)
    assert late.status_code == 409 and "Time is up" in late.get_data(as_text=True)
    late_hx = phone.post(f"/live/{code}/answer", data=form, headers=HX)
    assert late_hx.status_code == 409 and late_hx.headers["HX-Retarget"] == "#error-slot"
    act(app, session_id, "next", clock.now)
    response = phone.post(f"/live/{code}/answer", data=phone_form(app, session_id, user_id, False))
    assert response.status_code == 303 and response.headers["Location"] == f"/live/{code}/play"
    assert phone.post(f"/live/{code}/answer", data={"choice": "x"}, headers=HX).status_code == 200  # answered: first stands


def test_polling_gets_204_until_the_room_changes(app, set_id, clock):
    _, session_id, code = started(app, set_id)
    phone = app.test_client()
    phone.post(f"/live/{code}", data={"name": "Ana"})
    page = phone.get(f"/live/{code}/play").get_data(as_text=True)
    version = re.search(r"/stage\?v=(\d+)", page).group(1)
    assert phone.get(f"/live/{code}/stage?v={version}", headers=HX).status_code == 204
    act(app, session_id, "next", T0)
    changed = phone.get(f"/live/{code}/stage?v={version}", headers=HX)
    assert changed.status_code == 200 and "Time left" in changed.get_data(as_text=True)
    assert phone.get(f"/live/{code}/stage?v={version}").status_code == 302  # not htmx: the page


def test_strangers_to_the_session_get_404_and_wrong_codes_say_so(app, set_id, clock):
    _, _session_id, code = started(app, set_id)
    stranger = app.test_client()
    for url in (f"/live/{code}/stage", f"/live/{code}/events"):
        assert stranger.get(url).status_code == 404
    assert stranger.post(f"/live/{code}/answer", data={"choice": "0"}).status_code == 404
    assert stranger.get(f"/live/{code}/play").status_code == 302
    wrong = stranger.get("/live?code=ZZZZZZ")
    assert wrong.status_code == 404 and "No live session has that code" in wrong.get_data(as_text=True)
    assert stranger.get(f"/live?code={code.lower()}").headers["Location"] == f"/live/{code}"


def test_names_are_checked_with_a_message(app, set_id, clock):
    _, _session_id, code = started(app, set_id)
    app.test_client().post(f"/live/{code}", data={"name": "Ana"})
    response = app.test_client().post(f"/live/{code}", data={"name": "ana"})
    assert response.status_code == 422 and "already has that name" in response.get_data(as_text=True)
    assert app.test_client().post(f"/live/{code}", data={"name": ""}).status_code == 422


def test_posts_without_a_csrf_token_are_refused(app, set_id, clock):
    teacher, session_id, code = started(app, set_id)
    app.config["WTF_CSRF_ENABLED"] = True
    phone = app.test_client()
    assert phone.post(f"/live/{code}", data={"name": "Ana"}).status_code == 400
    page = phone.get(f"/live/{code}").get_data(as_text=True)
    assert phone.post(f"/live/{code}", data={"name": "Ana", "csrf_token": csrf_token(page)}).status_code == 303
    assert phone.post(f"/live/{code}/answer", data={"choice": "0"}).status_code == 400
    assert teacher.post(f"/live/sessions/{session_id}/next").status_code == 400
    with app.app_context():
        assert db.session.get(LiveSession, session_id).state == "lobby"


def test_the_sets_join_page_sends_students_on_to_the_running_live_session(app, set_id, clock):
    from tests.helpers.sets import join_code

    student = app.test_client()
    set_code = join_code(app, set_id)
    assert "Join the live session" not in student.get(f"/join/{set_code}").get_data(as_text=True)
    _, session_id, code = started(app, set_id)
    page = student.get(f"/join/{set_code}").get_data(as_text=True)
    assert "Join the live session" in page and f'href="/live/{code}"' in page
    act(app, session_id, "end", T0)
    assert "Join the live session" not in student.get(f"/join/{set_code}").get_data(as_text=True)
