"""Duplicating a set copies its students' accommodations when the teacher keeps the box ticked
(issue 13, left over): the form says so, the copy enforces them, another teacher cannot."""
from __future__ import annotations

import re
from datetime import timedelta

from quizapp.extensions import db
from quizapp.sets import services
from quizapp.sets.models import QuizSet
from tests.helpers.app import PASSWORD, make_user
from tests.helpers.sets import T0, make_set, question_ids

LATER = T0 + timedelta(days=3)


def _set_with_accommodations(app, teacher: int) -> int:
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), time_limit_minutes=20, attempts_allowed=1,
                      closes_at=T0 + timedelta(days=1))
    make_user(app, "ana"), make_user(app, "ben")
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        services.save_accommodation(quiz_set, services.AccommodationRequest("ana", extra_minutes=10))
        services.save_accommodation(quiz_set, services.AccommodationRequest("ben", extra_attempts=1, closes_at=LATER))
    return set_id


def _accommodations(app, set_id: int) -> list[tuple[str, int | None, int | None, object]]:
    with app.app_context():
        return [(a.user.username, a.extra_minutes, a.extra_attempts, a.closes_at)
                for a in services.accommodations_of(db.session.get(QuizSet, set_id))]


def _sign_in(client, username: str) -> None:
    client.post("/auth/logout")
    assert client.post("/auth/login", data={"username": username, "password": PASSWORD}).status_code == 303


def test_the_builder_offers_to_copy_them_ticked_and_the_copy_enforces_them(client, app, teacher):
    set_id = _set_with_accommodations(app, teacher)
    _sign_in(client, "teacher")
    builder = client.get(f"/sets/{set_id}").text
    form = re.search(r'<form[^>]*class="duplicate-form".*?</form>', builder, re.S)
    assert form is not None
    assert re.search(r'<input type="checkbox" name="accommodations" value="1" checked>', form.group(0))
    assert "with the accommodations of 2 students" in form.group(0)
    copied = client.post(f"/sets/{set_id}/duplicate", data={"accommodations": "1"})
    assert copied.status_code == 303
    copy_id = int(copied.headers["Location"].rsplit("/", 1)[1])
    assert copy_id != set_id
    page = client.get(copied.headers["Location"]).text
    assert "duplicated, with the accommodations of 2 students" in page
    assert _accommodations(app, copy_id) == _accommodations(app, set_id) == [("ana", 10, None, None), ("ben", None, 1, LATER)]
    with app.app_context():
        copy = db.session.get(QuizSet, copy_id)
        ben = services.rules_for(copy, copy.accommodations[1].user_id)
        assert ben.attempts_allowed == 2 and ben.closes_at == LATER
        assert services.rules_for(copy, copy.accommodations[0].user_id).time_limit_minutes == 30
    # Editing the copy's accommodation leaves the original's alone.
    with app.app_context():
        services.save_accommodation(db.session.get(QuizSet, copy_id), services.AccommodationRequest("ana", extra_minutes=5))
    assert _accommodations(app, set_id)[0] == ("ana", 10, None, None)


def test_unticked_the_copy_has_none_and_a_set_without_any_shows_no_box(client, app, teacher):
    set_id = _set_with_accommodations(app, teacher)
    _sign_in(client, "teacher")
    copied = client.post(f"/sets/{set_id}/duplicate", data={})
    copy_id = int(copied.headers["Location"].rsplit("/", 1)[1])
    assert _accommodations(app, copy_id) == []
    page = client.get(copied.headers["Location"]).text
    assert "accommodations" not in page.split('class="duplicate-form"')[1].split("</form>")[0]


def test_another_teacher_cannot_duplicate_it_or_its_accommodations(client, app, teacher):
    set_id = _set_with_accommodations(app, teacher)
    make_user(app, "other")
    _sign_in(client, "other")
    assert client.post(f"/sets/{set_id}/duplicate", data={"accommodations": "1"}).status_code == 404
    with app.app_context():
        assert db.session.query(QuizSet).count() == 1
