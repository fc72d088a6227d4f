"""One time zone for the account, on the account page: every time shown is in it."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from quizapp.auth.models import User
from quizapp.extensions import db
from tests.helpers.app import HX, install_clock
from tests.helpers.sets import make_set, question_ids


def _zone(app, username: str) -> str | None:
    with app.app_context():
        return db.session.execute(select(User.time_zone).filter_by(username=username)).scalar_one()


def test_the_account_page_saves_the_zone_and_every_time_follows_it(client, auth, app):
    install_clock(app, datetime(2026, 3, 2, 15, 0))
    teacher = auth.create_and_login("teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1), closes_at=datetime(2026, 3, 9, 15, 0))
    page = client.get("/auth/account").text
    assert 'id="time-zone-form"' in page and 'data-browser-time-zone-default=""' in page
    assert "Until you save one, times follow the zone your browser reports" in page
    assert "closes 2026-03-09 15:00 UTC" in client.get(f"/sets/{set_id}").text  # UTC until one is chosen
    saved = client.post("/auth/account/time-zone", data={"time_zone": "America/Lima"})
    assert saved.status_code == 303 and _zone(app, "teacher") == "America/Lima"
    assert "Time zone saved: times are now shown in America/Lima." in client.get("/auth/account").text
    assert "closes 2026-03-09 10:00 America/Lima" in client.get(f"/sets/{set_id}").text  # the same moment


def test_saved_with_htmx_the_form_says_so_in_place(client, auth, app):
    auth.create_and_login("ana")
    response = client.post("/auth/account/time-zone", data={"time_zone": "Asia/Tokyo"}, headers=HX)
    assert response.status_code == 200 and response.text.lstrip().startswith('<form id="time-zone-form"')
    assert 'role="status">Time zone saved: times are now shown in Asia/Tokyo.' in response.text
    assert _zone(app, "ana") == "Asia/Tokyo"


@pytest.mark.parametrize(("zone", "message"), [("Mars/Olympus", "not a time zone we know"), ("", "Choose a time zone.")])
def test_a_zone_that_does_not_exist_is_refused_and_nothing_changes(client, auth, app, zone, message):
    auth.create_and_login("ana")
    client.post("/auth/account/time-zone", data={"time_zone": "Europe/Paris"})
    for headers in ({}, HX):
        response = client.post("/auth/account/time-zone", data={"time_zone": zone}, headers=headers)
        assert response.status_code == 422 and message in response.text
    assert _zone(app, "ana") == "Europe/Paris"


def test_guests_and_visitors_have_no_account_page_to_set_it(client, app):
    assert client.post("/auth/account/time-zone", data={"time_zone": "Europe/Paris"}).status_code in (302, 303)
