"""Dates far from today: the set form refuses them with a message, and no page fails on them."""
from __future__ import annotations

import re
from datetime import datetime

import pytest

from quizapp.auth.models import User
from quizapp.extensions import db
from quizapp.sets.models import QuizSet
from quizapp.timeutil import to_local, to_utc
from tests.helpers.app import make_user
from tests.helpers.sets import join_code, make_set, question_ids

AHEAD, BEHIND = "Pacific/Auckland", "America/Los_Angeles"
FIRST, LAST = datetime(1, 1, 1, 0, 0), datetime(9999, 12, 31, 23, 59)


def set_zone(app, user_id: int, zone: str) -> None:
    with app.app_context():
        db.session.get(User, user_id).time_zone = zone
        db.session.commit()


def set_form(**times) -> dict:
    return {"title": "Far dates", "mode": "practice", "grading": "highest", "answers_visible": "immediately", **times}


@pytest.mark.parametrize("zone", [AHEAD, BEHIND, "UTC"])
@pytest.mark.parametrize(
    "times",
    [
        {"opens_at": "0001-01-01T00:00"},
        {"closes_at": "9999-12-31T23:59"},
        {"opens_at": "0001-01-01T00:00", "closes_at": "9999-12-31T23:59"},
        {"opens_at": "1999-12-31T23:59"},
        {"closes_at": "2101-01-01T00:00"},
    ],
)
def test_the_set_form_refuses_years_outside_2000_to_2100_with_a_message(client, auth, app, zone, times):
    teacher = auth.create_and_login("teacher")
    set_zone(app, teacher, zone)
    for url in ("/sets/new", f"/sets/{make_set(app, teacher, [], title='Existing')}/settings"):
        response = client.post(url, data=set_form(**times))
        assert response.status_code == 422, response.text
        assert "Choose a date between the years 2000 and 2100." in response.text
    with app.app_context():
        assert db.session.query(QuizSet).filter(QuizSet.title == "Far dates").count() == 0


@pytest.mark.parametrize("zone", [AHEAD, BEHIND])
def test_the_first_and_last_accepted_years_are_saved_in_any_zone(client, auth, app, zone):
    set_zone(app, auth.create_and_login("teacher"), zone)
    response = client.post("/sets/new", data=set_form(opens_at="2000-01-01T00:00", closes_at="2100-12-31T23:59"))
    assert response.status_code == 303
    builder = client.get(response.headers["Location"])
    assert builder.status_code == 200 and "2100-12-31 23:59 " + zone in builder.text
    form = client.get(response.headers["Location"] + "/settings").text
    assert 'value="2000-01-01T00:00"' in form and 'min="2000-01-01T00:00"' in form


@pytest.mark.parametrize("zone", [AHEAD, BEHIND])
def test_pages_never_fail_on_stored_extreme_times(client, auth, app, zone):
    """Times stored before the form refused them (or written by hand) are shown, not a 500."""
    teacher = auth.create_and_login("teacher")
    set_zone(app, teacher, zone)
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1), title="Extremes")
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        quiz_set.opens_at, quiz_set.closes_at = FIRST, LAST
        db.session.commit()
    for path in (f"/sets/{set_id}", f"/sets/{set_id}/settings", "/sets/", f"/sets/{set_id}/results"):
        assert client.get(path).status_code == 200, path
    student = make_user(app, "sam")
    set_zone(app, student, zone)
    auth.logout()
    auth.login("sam")
    code = join_code(app, set_id)
    join = client.get(f"/join/{code}")
    assert join.status_code == 200 and "9999-12-31" in join.text
    started = client.post(f"/join/{code}/start")
    assert started.status_code == 303
    attempt_url = started.headers["Location"]
    assert client.get(attempt_url).status_code == 200
    assert client.get("/quiz/progress").status_code == 200
    attempt_id = int(re.search(r"/quiz/(\d+)/", attempt_url).group(1))
    assert client.post(f"/quiz/{attempt_id}/finish").status_code == 303
    assert client.get(f"/quiz/{attempt_id}/results").status_code == 200


def test_zone_conversions_clamp_at_the_ends_of_the_calendar():
    from zoneinfo import ZoneInfo

    ahead, behind = ZoneInfo(AHEAD), ZoneInfo(BEHIND)
    assert to_local(LAST, ahead) == datetime.max.replace(microsecond=0)
    assert to_local(FIRST, behind) == datetime.min
    assert to_utc(FIRST, ahead) == datetime.min
    assert to_utc(LAST, behind) == datetime.max.replace(microsecond=0)
    assert to_local(datetime(2026, 3, 2, 9, 0), ahead) == datetime(2026, 3, 2, 22, 0)
