"""Rough edges found walking through the teacher's flows as a newcomer would (issue 13's "fresh
eyes"), each checked where the teacher would notice it."""
from __future__ import annotations

import csv
import io
from datetime import timedelta

from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion
from quizapp.quiz.services import finish_attempt, record_answer
from quizapp.sets import services
from quizapp.sets.models import QuizSet
from tests.helpers.app import HX, make_user
from tests.helpers.classes import enrol, give, make_class
from tests.helpers.sets import T0, make_set, question_ids, take

NUMERIC = {"type": "numeric", "prompt": "In which year was Lima founded?", "explanation": "Pizarro founded it in 1535.",
           "difficulty": "1", "tolerance": "0", "unit": "", "number": "1534"}


def test_after_students_answer_the_builder_still_links_to_editing_a_written_question(client, auth, app, clock):
    """Regrading starts from editing the question: the builder must keep the way there once the
    set is locked, or the teacher meets a dead end (the link used to vanish with the first answer)."""
    auth.create_and_login("teacher")
    response = client.post("/sets/new", data={"title": "Founding", "mode": "exam", "grading": "highest", "answers_visible": "immediately"})
    set_id = int(response.headers["Location"].rsplit("/", 1)[1])
    client.post(f"/sets/{set_id}/questions/new", data=NUMERIC)
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        question_id = quiz_set.items[0].question_id
        attempt = services.start_set_attempt(quiz_set, make_user(app, "ana"), now=T0)
        record_answer(attempt.questions[0], {"number": "1535"}, now=T0 + timedelta(minutes=1))
        finish_attempt(db.session.get(Attempt, attempt.id), now=T0 + timedelta(minutes=2))
    edit = f'href="/sets/{set_id}/questions/{question_id}/edit"'
    for headers in ({}, HX):
        builder = client.get(f"/sets/{set_id}", headers=headers).text
        assert edit in builder
        assert "fix those written for it (Edit shows which marks would change before you confirm)" in builder
        assert 'id="picker-title"' not in builder and "/picker" not in builder  # nothing can be added any more
    assert "saving first shows which answers" in client.get(f"/sets/{set_id}/questions/{question_id}/edit").text


def test_a_bank_question_gets_no_edit_link(client, auth, app, clock):
    owner = auth.create_and_login("teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 1))
    assert "Add questions from the bank" in client.get(f"/sets/{set_id}").text  # not locked: the picker is there
    assert "/edit" not in client.get(f"/sets/{set_id}").text.split('id="set-items"')[1].split("</section>")[0]


def test_the_changes_export_follows_the_class_filter_like_the_others(client, auth, app, clock):
    """Filtered to a class, the results page's three downloads all carry ?class=, and the
    history of marking changes holds that class's students only."""
    teacher = auth.create_and_login("teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1))
    history = make_class(app, teacher, "History 3B")
    ana, bo = make_user(app, "ana"), make_user(app, "bo")
    enrol(app, history, ana)
    give(app, history, set_id)
    for student in (ana, bo):
        attempt_id = take(app, set_id, student, [False])
        with app.app_context():
            aq_id = db.session.query(AttemptQuestion.id).filter_by(attempt_id=attempt_id).scalar()
        marked = client.post(f"/sets/{set_id}/results/{attempt_id}/questions/{aq_id}/mark", data={"mark": "1", "comment": "Fair enough."})
        assert marked.status_code == 303
    page = client.get(f"/sets/{set_id}/results", query_string={"class": history}).text
    assert f'href="/sets/{set_id}/export/changes.csv?class={history}"' in page
    assert f'href="/sets/{set_id}/export/changes.xlsx?class={history}"' in page
    rows = list(csv.reader(io.StringIO(client.get(f"/sets/{set_id}/export/changes.csv", query_string={"class": history}).text.lstrip("\ufeff"))))
    assert [row[0] for row in rows[1:]] == ["ana"]
    everyone = list(csv.reader(io.StringIO(client.get(f"/sets/{set_id}/export/changes.csv").text.lstrip("\ufeff"))))
    assert sorted(row[0] for row in everyone[1:]) == ["ana", "bo"]


def test_a_question_files_preview_table_scrolls_in_its_own_region(client, auth, app):
    """Its wrapper used to be an unstyled "table-wrap", so the table widened a phone's page."""
    from tests.documents.test_import_items import GIFT

    owner = auth.create_and_login("teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 1))
    preview = client.post(f"/sets/{set_id}/import", data={"file": (io.BytesIO(GIFT), "lighthouse.gift"), "format": ""}, content_type="multipart/form-data")
    assert preview.status_code == 200
    assert '<div class="table-scroll" role="region" aria-label="Questions read from the file" tabindex="0"><table class="data">' in preview.text
