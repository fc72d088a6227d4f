"""A student leaves a class themselves: asked first on a page of its own (so it works without
JavaScript), then a POST with CSRF; the teacher's roster loses them, their attempts stay."""
from __future__ import annotations

from sqlalchemy import func, select

from quizapp.classes.models import ClassMember
from quizapp.extensions import db
from tests.helpers.app import PASSWORD, csrf_token, make_user
from tests.helpers.classes import class_code, enrol, make_class


def members(app, class_id: int) -> int:
    with app.app_context():
        return db.session.execute(select(func.count()).select_from(ClassMember).filter_by(class_id=class_id)).scalar_one()


def test_a_student_leaves_a_class_after_confirming_and_can_join_again(client, auth, app):
    teacher = make_user(app, "teacher")
    class_id = make_class(app, teacher, "History 3B")
    student = auth.create_and_login("ada")
    enrol(app, class_id, student)
    listing = client.get("/classes/")
    assert f'href="/classes/{class_id}/leave"' in listing.text
    asked = client.get(f"/classes/{class_id}/leave")
    assert asked.status_code == 200 and "Leave History 3B?" in asked.text and "attempts you made stay with" in asked.text
    assert f'action="/classes/{class_id}/leave"' in asked.text and 'name="csrf_token"' in asked.text
    assert members(app, class_id) == 1  # asking changes nothing
    left = client.post(f"/classes/{class_id}/leave")
    assert left.status_code == 303 and left.headers["Location"].endswith("/classes/")
    after = client.get("/classes/")
    assert "You left History 3B." in after.text and "You are in no class yet." in after.text
    assert members(app, class_id) == 0
    # not a member any more: the pages say nothing about the class
    assert client.get(f"/classes/{class_id}/leave").status_code == 404
    assert client.post(f"/classes/{class_id}/leave").status_code == 404
    rejoined = client.post(f"/classes/join/{class_code(app, class_id)}")
    assert rejoined.status_code == 303 and members(app, class_id) == 1


def test_leaving_needs_the_csrf_token_and_membership(app):
    app.config["WTF_CSRF_ENABLED"] = True
    teacher = make_user(app, "teacher")
    class_id = make_class(app, teacher, "History 3B")
    client = app.test_client()
    assert client.get(f"/classes/{class_id}/leave").status_code == 404  # signed out
    student = make_user(app, "ada")
    enrol(app, class_id, student)
    login_page = client.get("/auth/login")
    client.post("/auth/login", data={"username": "ada", "password": PASSWORD, "csrf_token": csrf_token(login_page.text)})
    assert client.post(f"/classes/{class_id}/leave").status_code == 400
    assert members(app, class_id) == 1
    page = client.get(f"/classes/{class_id}/leave")
    assert client.post(f"/classes/{class_id}/leave", data={"csrf_token": csrf_token(page.text)}).status_code == 303
    assert members(app, class_id) == 0
