"""Every time the app shows is in the viewer's zone, with the zone named: pages (one filter,
``local_time``), messages written by services, and exports (tested in tests/sets/test_sets_exports.py).

T0 is 2026-03-02 09:00 UTC: 04:00 in Lima (UTC-5 all year), 18:00 in Tokyo (UTC+9).
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy import select

from quizapp.auth.models import User
from quizapp.bank.models import Topic
from quizapp.extensions import db
from quizapp.timeutil import UTC_ZONE, format_local
from tests.helpers.app import install_clock, make_user
from tests.helpers.cards import study_one
from tests.helpers.sets import T0, join_code, make_set, question_ids, take


def set_zone(app, user_id: int, zone: str) -> None:
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        user.time_zone = zone
        db.session.commit()


def test_a_set_not_open_yet_says_when_it_opens_in_the_students_zone(client, auth, app):
    install_clock(app, T0)
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), opens_at=T0 + timedelta(days=1))
    set_zone(app, auth.create_and_login("sam"), "Asia/Tokyo")
    message = "This set opens on 2026-03-03 at 18:00 Asia/Tokyo."
    assert message in client.get(f"/join/{join_code(app, set_id)}").text
    refused = client.post(f"/join/{join_code(app, set_id)}/start")
    assert refused.status_code == 409 and message in refused.text


def test_a_closed_set_says_when_it_closed_in_utc_until_a_zone_is_chosen(client, auth, app):
    install_clock(app, T0 + timedelta(days=2))
    set_id = make_set(app, make_user(app, "teacher"), question_ids(app, "true_false", 2), closes_at=T0)
    auth.create_and_login("sam")
    assert "This set closed on 2026-03-02 at 09:00 UTC." in client.get(f"/join/{join_code(app, set_id)}").text


def test_set_results_list_every_attempt_at_the_teachers_local_time(client, auth, app):
    teacher = auth.create_and_login("teacher")
    set_zone(app, teacher, "America/Lima")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2))
    take(app, set_id, make_user(app, "sam"), [True, False])
    page = client.get(f"/sets/{set_id}/results").text
    assert re.search(r">sam, 2026-03-02 04:00 America/Lima</a>", page), page


def test_the_next_due_card_is_shown_at_the_learners_local_time(client, auth, app):
    install_clock(app, datetime(2026, 3, 10, 12, 0))
    set_zone(app, auth.create_and_login(), "Asia/Tokyo")
    with app.app_context():
        key = f"topic-{db.session.execute(select(Topic.id).order_by(Topic.position)).scalars().first()}"
    study_one(client, key, 3)  # Good: due again in 10 minutes, at 12:10 UTC
    assert '<dd id="next-due">Tue 10 Mar 2026, 21:10 Asia/Tokyo</dd>' in client.get(f"/cards/{key}").text


def test_a_time_with_no_local_equivalent_is_written_in_utc_and_says_so():
    from zoneinfo import ZoneInfo

    assert format_local(datetime(9999, 12, 31, 23, 0), ZoneInfo("Asia/Tokyo")) == "9999-12-31 23:00 UTC"
    assert format_local(datetime(2026, 3, 2, 9, 0), UTC_ZONE, "%H:%M") == "09:00 UTC"
