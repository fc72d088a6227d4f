"""Classes on PostgreSQL: the roster, the student's classes (counts with FILTER) and the class
filter's subqueries, so their SQL stays portable. Runs when QUIZAPP_TEST_POSTGRES_URL is set."""
from __future__ import annotations

import csv
import io

import pytest

from tests.helpers.app import PG_URL, AuthActions, make_user
from tests.helpers.classes import enrol, give, make_class
from tests.helpers.sets import make_set, question_ids, take

pytestmark = pytest.mark.skipif(not PG_URL, reason="set QUIZAPP_TEST_POSTGRES_URL to an empty PostgreSQL database to run these")


def test_classes_and_the_class_filter_on_postgres(pg_app):
    app = pg_app
    client = app.test_client()
    teacher = AuthActions(app, client).create_and_login("teacher")
    qids = question_ids(app, "true_false", 2)
    set_id = make_set(app, teacher, qids, attempts_allowed=1)
    a, b = make_class(app, teacher, "Class A"), make_class(app, teacher, "Class B")
    ana, ben = make_user(app, "ana"), make_user(app, "ben")
    enrol(app, a, ana)
    enrol(app, b, ben, ana)
    give(app, a, set_id)
    take(app, set_id, ana, [True, True])
    take(app, set_id, ben, [False, False])
    assert "Students (2)" in client.get(f"/classes/{b}").text
    page = client.get(f"/sets/{set_id}/results?class={a}").text
    assert ">ana<" in page and ">ben<" not in page
    rows = list(csv.reader(io.StringIO(client.get(f"/sets/{set_id}/export/long.csv?class={b}").text.lstrip("\ufeff"))))
    assert {row[0] for row in rows[1:]} == {"ana", "ben"}
    AuthActions(app, client).logout()
    AuthActions(app, client).login("ana")
    mine = client.get("/classes/").text
    assert "Class A" in mine and "Class B" in mine and "You have used 1 of 1 attempt: 0 left." in mine
