"""Regrading after a question written for a set is fixed: the preview (nothing stored), the
confirmation (a new version, answers kept as given, marks and scores recomputed, every change
logged), marks by hand standing, shape changes refused, and who may do it."""
from __future__ import annotations

import re
from datetime import timedelta

from quizapp.extensions import db
from quizapp.quiz.models import Attempt, MarkChange, Response
from quizapp.quiz.services import finish_attempt, record_answer
from quizapp.sets import marking, services
from quizapp.sets.models import QuizSet
from tests.helpers.app import HX, PASSWORD, make_user
from tests.helpers.sets import T0

NUMERIC = {"type": "numeric", "prompt": "In which year was Lima founded?", "explanation": "Pizarro founded it in 1535.",
           "difficulty": "1", "tolerance": "0", "unit": ""}


def _sign_in(client, username):
    client.post("/auth/logout")
    assert client.post("/auth/login", data={"username": username, "password": PASSWORD}).status_code == 303


def _set_with_a_mis_keyed_question(client, app, teacher) -> tuple[int, int, dict[str, int]]:
    """A set whose written question's key is wrong (1534); ana answered 1535, ben 1534, cam is
    still taking it after answering 1535."""
    _sign_in(client, "teacher")
    response = client.post("/sets/new", data={"title": "Founding", "mode": "exam", "grading": "highest", "answers_visible": "immediately"})
    set_id = int(response.headers["Location"].rsplit("/", 1)[1])
    client.post(f"/sets/{set_id}/questions/new", data={**NUMERIC, "number": "1534"})
    attempts = {}
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        question_id = quiz_set.items[0].question_id
        for name, typed, finish in (("ana", "1535", True), ("ben", "1534", True), ("cam", "1535", False)):
            attempt = services.start_set_attempt(quiz_set, make_user(app, name), now=T0)
            record_answer(attempt.questions[0], {"number": typed}, now=T0 + timedelta(minutes=1))
            if finish:
                finish_attempt(db.session.get(Attempt, attempt.id), now=T0 + timedelta(minutes=2))
            attempts[name] = attempt.id
    return set_id, question_id, attempts


def _fingerprint(html: str) -> str:
    return re.search(r'name="preview" value="(\w+)"', html).group(1)


def _scores(app, attempts):
    with app.app_context():
        return {name: db.session.get(Attempt, a).score for name, a in attempts.items()}


def test_preview_then_confirm_regrades_every_answer_and_logs_it(client, app, teacher, clock):
    set_id, question_id, attempts = _set_with_a_mis_keyed_question(client, app, teacher)
    assert _scores(app, attempts) == {"ana": 0, "ben": 1, "cam": None}
    edit = f"/sets/{set_id}/questions/{question_id}/edit"
    assert "saving first shows which answers" in client.get(edit).text
    preview = client.post(edit, data={**NUMERIC, "number": "1535"})
    assert preview.status_code == 200 and "Check the regrade before saving" in preview.text
    assert "3 answers given" in preview.text and "would change" in preview.text
    table = preview.text[preview.text.index('id="regrade-table"'):]
    assert "ana" in table and "ben" in table and "cam" in table
    assert "0 → <strong>1</strong> (+1)" in table and "1 → <strong>0</strong> (-1)" in table and "in progress" in table
    assert 'name="confirm" value="1"' in preview.text and 'name="number" value="1535"' in preview.text
    # the preview stored nothing
    assert _scores(app, attempts) == {"ana": 0, "ben": 1, "cam": None}
    with app.app_context():
        assert db.session.query(MarkChange).count() == 0
        given_before = {r.id: r.given for r in db.session.query(Response)}
    # a confirmation without the preview it confirms is shown the preview again, storing nothing
    again = client.post(edit, data={**NUMERIC, "number": "1535", "confirm": "1"})
    assert again.status_code == 409 and "check it again before saving" in again.text and "0 → <strong>1</strong>" in again.text
    done = client.post(edit, data={**NUMERIC, "number": "1535", "confirm": "1", "preview": _fingerprint(preview.text)})
    assert done.status_code == 303
    assert "Question saved as version 2. 3 answers regraded." in client.get(done.headers["Location"]).text
    assert _scores(app, attempts) == {"ana": 1, "ben": 0, "cam": None}
    with app.app_context():
        for attempt_id in attempts.values():
            aq = db.session.get(Attempt, attempt_id).questions[0]
            assert aq.version.number == 2  # every attempt reads the fixed question
        assert {r.id: r.given for r in db.session.query(Response)} == given_before  # the answers stay as given
        changes = db.session.query(MarkChange).order_by(MarkChange.id).all()
        assert [(c.kind, c.old_mark, c.new_mark) for c in changes] == [("regrade", 0, 1), ("regrade", 1, 0), ("regrade", 0, 1)]
        assert "version 1 → 2" in changes[0].comment
    # the in-progress attempt is scored with the fixed key when it finishes
    with app.app_context():
        finish_attempt(db.session.get(Attempt, attempts["cam"]), now=T0 + timedelta(minutes=3))
    assert _scores(app, attempts)["cam"] == 1
    # the student sees the new mark; the changes export lists the regrade
    _sign_in(client, "ana")
    assert "1 / 1" in client.get(f"/quiz/{attempts['ana']}/results").text
    _sign_in(client, "teacher")
    export = client.get(f"/sets/{set_id}/export/changes.csv").text
    assert export.count("Regraded") == 3


def test_a_mark_by_hand_stands_through_a_regrade_and_the_preview_says_so(client, app, teacher, clock):
    set_id, question_id, attempts = _set_with_a_mis_keyed_question(client, app, teacher)
    with app.app_context():
        attempt = db.session.get(Attempt, attempts["ana"])
        marking.mark_question(attempt, attempt.questions[0].id, 0.5, "Half: off by one.", by=teacher, now=T0 + timedelta(hours=1))
    edit = f"/sets/{set_id}/questions/{question_id}/edit"
    preview = client.post(edit, data={**NUMERIC, "number": "1535"}, headers=HX)
    assert preview.status_code == 200 and preview.text.lstrip().startswith('<section id="question-form"')
    assert "1 of them has a mark you set by hand: that mark stands" in preview.text
    assert "(your mark by hand, 0.5, stands)" in preview.text and "0.5, unchanged" in preview.text
    done = client.post(edit, data={**NUMERIC, "number": "1535", "confirm": "1", "preview": _fingerprint(preview.text)}, headers=HX)
    assert done.status_code == 204 and done.headers["HX-Redirect"].endswith(f"/sets/{set_id}#set-items")
    assert _scores(app, attempts)["ana"] == 0.5
    with app.app_context():
        aq = db.session.get(Attempt, attempts["ana"]).questions[0]
        assert aq.mark_override == 0.5 and aq.response.score == 1  # the automatic mark beneath it moved
        last = db.session.query(MarkChange).filter_by(attempt_id=attempts["ana"], kind="regrade").one()
        assert "The mark by hand stands." in last.comment


def test_an_answer_stored_after_the_preview_makes_the_confirmation_show_it_first(client, app, teacher, clock):
    set_id, question_id, attempts = _set_with_a_mis_keyed_question(client, app, teacher)
    edit = f"/sets/{set_id}/questions/{question_id}/edit"
    preview = client.post(edit, data={**NUMERIC, "number": "1535"})
    with app.app_context():
        attempt = services.start_set_attempt(db.session.get(QuizSet, set_id), make_user(app, "dan"), now=T0)
        record_answer(attempt.questions[0], {"number": "1535"}, now=T0 + timedelta(minutes=5))
    stale = client.post(edit, data={**NUMERIC, "number": "1535", "confirm": "1", "preview": _fingerprint(preview.text)}, headers=HX)
    assert stale.status_code == 409 and "Answers or marks changed since you looked at the preview" in stale.text
    assert "4 answers given" in stale.text and "dan" in stale.text
    assert _scores(app, attempts) == {"ana": 0, "ben": 1, "cam": None}
    done = client.post(edit, data={**NUMERIC, "number": "1535", "confirm": "1", "preview": _fingerprint(stale.text)}, headers=HX)
    assert done.status_code == 204 and _scores(app, attempts) == {"ana": 1, "ben": 0, "cam": None}


def test_changing_the_shape_is_refused_and_revising_returns_to_the_form(client, app, teacher, clock):
    set_id, question_id, attempts = _set_with_a_mis_keyed_question(client, app, teacher)
    edit = f"/sets/{set_id}/questions/{question_id}/edit"
    refused = client.post(edit, data={"type": "true_false", "prompt": "Lima was founded in 1535.", "explanation": "Yes.",
                                      "difficulty": "1", "answer": "true"}, headers=HX)
    assert refused.status_code == 409 and "not its type or how many choices" in refused.text
    back = client.post(edit, data={**NUMERIC, "number": "1535", "revise": "1"})
    assert back.status_code == 200 and 'value="1535"' in back.text and "Save the question" in back.text
    with app.app_context():
        assert db.session.get(QuizSet, set_id).items[0].question.version == 1
    assert _scores(app, attempts) == {"ana": 0, "ben": 1, "cam": None}


def test_another_account_and_a_visitor_cannot_preview_or_regrade(client, auth, app, teacher, clock):
    set_id, question_id, attempts = _set_with_a_mis_keyed_question(client, app, teacher)
    edit = f"/sets/{set_id}/questions/{question_id}/edit"
    client.post("/auth/logout")
    assert client.post(edit, data={**NUMERIC, "number": "1535", "confirm": "1"}).status_code == 404
    auth.create_and_login("mallory")
    assert client.post(edit, data={**NUMERIC, "number": "1535"}).status_code == 404
    assert client.post(edit, data={**NUMERIC, "number": "1535", "confirm": "1"}, headers=HX).status_code == 404
    assert _scores(app, attempts) == {"ana": 0, "ben": 1, "cam": None}


def test_accommodation_marks_and_regrade_on_postgres(pg_app):
    """The SQL that differs by database: the close time coalesced per student, the one-statement
    question read with the student's accommodation, scores recomputed by a correlated UPDATE."""
    from quizapp.auth.models import User
    from quizapp.bank.models import Question
    from quizapp.quiz.services import close_overdue_attempts, question_in_attempt
    from tests.helpers.app import PASSWORD_HASH

    with pg_app.app_context():
        users = {}
        for name in ("teacher", "ana", "ben"):
            user = User(password_hash=PASSWORD_HASH)
            user.set_username(name)
            db.session.add(user)
            db.session.commit()
            users[name] = user.id
        quiz_set = services.create_set(users["teacher"], {"title": "PG", "closes_at": T0 + timedelta(hours=1)})
        question, _ = services.write_question(quiz_set, {**{k: v for k, v in NUMERIC.items() if k not in ("tolerance", "unit")},
                                                         "difficulty": 1, "answer": 1534})
        assert question is not None
        services.save_accommodation(quiz_set, services.AccommodationRequest("ana", closes_at=T0 + timedelta(hours=3)))
        ana = services.start_set_attempt(quiz_set, users["ana"], now=T0)
        ben = services.start_set_attempt(quiz_set, users["ben"], now=T0)
        ana_id, ben_id = ana.id, ben.id
        assert question_in_attempt(ana_id, 1).attempt.set_closes_at == T0 + timedelta(hours=3)
        assert close_overdue_attempts(T0 + timedelta(hours=2), quiz_set_id=quiz_set.id) == 1
        record_answer(db.session.get(Attempt, ana_id).questions[0], {"number": "1535"}, now=T0 + timedelta(hours=2))
        finish_attempt(db.session.get(Attempt, ana_id), now=T0 + timedelta(hours=2, minutes=1))
        assert db.session.get(Attempt, ana_id).score == 0 and db.session.get(Attempt, ben_id).finished_at is not None
        attempt = db.session.get(Attempt, ana_id)
        marking.mark_question(attempt, attempt.questions[0].id, 0.5, "half", by=users["teacher"], now=T0 + timedelta(hours=4))
        assert db.session.get(Attempt, ana_id).score == 0.5
        fixed = {**db.session.get(Question, question.id).current.content, "answer": 1535}
        marking.regrade(db.session.get(QuizSet, quiz_set.id), db.session.get(Question, question.id), fixed, by=users["teacher"],
                        now=T0 + timedelta(hours=5))
        assert db.session.get(Attempt, ana_id).score == 0.5  # the mark by hand stands
        marking.mark_question(db.session.get(Attempt, ana_id), attempt.questions[0].id, None, "", by=users["teacher"],
                              now=T0 + timedelta(hours=6))
        assert db.session.get(Attempt, ana_id).score == 1
        assert [c.kind for c in marking.set_history(db.session.get(QuizSet, quiz_set.id))] == ["override", "regrade", "override"]
        # The fixture's downgrade refuses to drop questions written inside sets: clear them.
        from sqlalchemy import delete

        from quizapp.bank.models import QuestionVersion
        from quizapp.cards.models import CardReview, StudyCard
        from quizapp.quiz.models import AttemptQuestion
        from quizapp.sets.models import Accommodation, QuizSetItem

        for model in (CardReview, StudyCard, MarkChange, Response, AttemptQuestion, Attempt, QuizSetItem, Accommodation):
            db.session.execute(delete(model))
        db.session.execute(delete(QuestionVersion).where(QuestionVersion.question_id == question.id))
        db.session.execute(delete(Question).where(Question.id == question.id))
        db.session.commit()
