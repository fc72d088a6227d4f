"""Marks set by hand, comments and their history: the services, the owner's attempt page (with
and without htmx, another account, a visitor, CSRF), what the student sees under each review
policy, and the exports."""
from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from quizapp.extensions import db
from quizapp.quiz.models import Attempt, MarkChange
from quizapp.sets import marking, services, stats
from quizapp.sets.models import QuizSet
from tests.helpers.app import HX, PASSWORD, csrf_token, make_user
from tests.helpers.sets import T0, make_set, question_ids, take

NOW = T0 + timedelta(hours=2)


@pytest.mark.parametrize(("typed", "mark"), [("0.5", 0.5), ("0,25", 0.25), ("50%", 0.5), ("1/3", 0.3333), ("1", 1.0), ("0", 0.0), (" ", None)])
def test_marks_are_read_as_teachers_type_them(typed, mark):
    assert marking.parse_mark(typed) == mark


@pytest.mark.parametrize("typed", ["2", "-0.1", "abc", "150%", "1/0", "nan", "inf"])
def test_a_mark_outside_0_to_1_is_refused_with_a_message(typed):
    with pytest.raises(services.SetError, match="is not a mark: give one from 0 to 1"):
        marking.parse_mark(typed)


def _wrong_then_right(app, teacher, **settings) -> tuple[int, int]:
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), **settings)
    attempt_id = take(app, set_id, make_user(app, "sam"), [False, True], now=T0)
    return set_id, attempt_id


def test_a_mark_by_hand_replaces_the_automatic_one_and_the_score_follows_with_history(app, teacher):
    set_id, attempt_id = _wrong_then_right(app, teacher)
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        first = attempt.questions[0]
        assert attempt.score == 1
        assert marking.mark_question(attempt, first.id, 0.5, "Half: the reasoning was right.", by=teacher, now=NOW)
        db.session.expire_all()
        attempt = db.session.get(Attempt, attempt_id)
        assert attempt.score == 1.5 and attempt.questions[0].mark == 0.5 and attempt.questions[0].response.score == 0
        # the same again changes nothing and logs nothing
        assert not marking.mark_question(attempt, first.id, 0.5, "Half: the reasoning was right.", by=teacher, now=NOW)
        # a comment alone; then the mark cleared: the automatic mark counts again
        assert marking.mark_question(attempt, first.id, 0.5, "Half marks.", by=teacher, now=NOW + timedelta(minutes=1))
        assert marking.mark_question(attempt, first.id, None, "", by=teacher, now=NOW + timedelta(minutes=2))
        db.session.expire_all()
        assert db.session.get(Attempt, attempt_id).score == 1
        history = marking.attempt_history(db.session.get(Attempt, attempt_id))
        assert [(h.kind, h.old_mark, h.new_mark, h.comment, h.changed_by, h.position) for h in history] == [
            ("override", 0.0, 0.5, "Half: the reasoning was right.", "teacher", 1),
            ("comment", None, None, "Half marks.", "teacher", 1),
            ("override", 0.5, 0.0, "", "teacher", 1),
        ]
        # item analysis counts the mark that counts
        quiz_set = db.session.get(QuizSet, set_id)
        assert marking.mark_question(db.session.get(Attempt, attempt_id), first.id, 1.0, "", by=teacher, now=NOW)
        db.session.expire_all()
        facility = {row.number: row.figures.facility for row in stats.analyse(quiz_set, "all").items}
        assert facility == {1: 1.0, 2: 1.0}


def test_unfinished_attempts_and_foreign_questions_are_refused_and_change_nothing(app, teacher):
    set_id, attempt_id = _wrong_then_right(app, teacher)
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        open_attempt = services.start_set_attempt(quiz_set, make_user(app, "ana"), now=T0)
        with pytest.raises(services.SetError) as refused:
            marking.mark_question(open_attempt, open_attempt.questions[0].id, 1.0, "", by=teacher, now=NOW)
        assert refused.value.status == 409
        with pytest.raises(services.SetError) as refused:
            marking.comment_attempt(open_attempt, "Good", by=teacher, now=NOW)
        assert refused.value.status == 409
        attempt = db.session.get(Attempt, attempt_id)
        with pytest.raises(services.SetError) as missing:
            marking.mark_question(attempt, open_attempt.questions[0].id, 1.0, "", by=teacher, now=NOW)
        assert missing.value.status == 404
        with pytest.raises(services.SetError, match="at most 2,000 characters"):
            marking.comment_attempt(attempt, "x" * 2001, by=teacher, now=NOW)
        assert db.session.query(MarkChange).count() == 0 and db.session.get(Attempt, attempt_id).teacher_comment is None


# ---------------------------------------------------------------- pages


def _sign_in(client, username):
    client.post("/auth/logout")
    response = client.post("/auth/login", data={"username": username, "password": PASSWORD})
    assert response.status_code == 303


def test_owner_marks_by_hand_without_javascript_and_the_student_sees_it(client, app, teacher, clock):
    set_id, attempt_id = _wrong_then_right(app, teacher, answers_visible="immediately")
    with app.app_context():
        aq_id = db.session.get(Attempt, attempt_id).questions[0].id
    _sign_in(client, "teacher")
    page = client.get(f"/sets/{set_id}/results/{attempt_id}")
    assert page.status_code == 200 and "Mark by hand, 0 to 1" in page.text and "No mark or comment has been changed by hand." in page.text
    response = client.post(
        f"/sets/{set_id}/results/{attempt_id}/questions/{aq_id}/mark", data={"mark": "0,5", "comment": "Close: <b>half</b> marks."}
    )
    assert response.status_code == 303 and response.headers["Location"].endswith(f"/sets/{set_id}/results/{attempt_id}#mark-form-{aq_id}")
    response = client.post(f"/sets/{set_id}/results/{attempt_id}/comment", data={"comment": "Well argued overall."})
    assert response.status_code == 303
    page = client.get(f"/sets/{set_id}/results/{attempt_id}")
    assert "Marked by hand — 0.5 / 1" in page.text and "1.5 / 2" in page.text
    assert "&lt;b&gt;half&lt;/b&gt;" in page.text and "<b>half</b>" not in page.text
    assert "Mark set by hand" in page.text and "Well argued overall." in page.text
    _sign_in(client, "sam")
    results = client.get(f"/quiz/{attempt_id}/results")
    assert "Marked by your teacher — 0.5 / 1" in results.text and "1.5 / 2" in results.text
    assert "Your teacher's comment" in results.text and "Close: &lt;b&gt;half&lt;/b&gt; marks." in results.text
    assert "Well argued overall." in results.text


@pytest.mark.parametrize("policy", ["never", "after_close"])
def test_the_student_sees_comments_only_when_the_set_shows_answers_but_the_mark_always(client, app, teacher, clock, policy):
    _set_id, attempt_id = _wrong_then_right(app, teacher, answers_visible=policy, closes_at=T0 + timedelta(days=1))
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        marking.mark_question(attempt, attempt.questions[0].id, 1.0, "Accepted: the key was unclear.", by=teacher, now=NOW)
        marking.comment_attempt(db.session.get(Attempt, attempt_id), "See me after class.", by=teacher, now=NOW)
    _sign_in(client, "sam")
    results = client.get(f"/quiz/{attempt_id}/results")
    assert "Marked by your teacher — 1 / 1" in results.text and "2 / 2" in results.text
    assert "Accepted: the key was unclear." not in results.text and "See me after class." not in results.text
    if policy == "after_close":
        clock.now = T0 + timedelta(days=2)
        results = client.get(f"/quiz/{attempt_id}/results")
        assert "Accepted: the key was unclear." in results.text and "See me after class." in results.text


def test_with_htmx_the_attempt_region_comes_back_and_a_bad_mark_is_kept_with_its_message(client, app, teacher, clock):
    set_id, attempt_id = _wrong_then_right(app, teacher)
    with app.app_context():
        aq_id = db.session.get(Attempt, attempt_id).questions[0].id
    _sign_in(client, "teacher")
    url = f"/sets/{set_id}/results/{attempt_id}/questions/{aq_id}/mark"
    response = client.post(url, data={"mark": "7", "comment": "typed"}, headers=HX)
    assert response.status_code == 422 and response.text.lstrip().startswith('<section id="attempt-detail"')
    assert "“7” is not a mark" in response.text and 'value="7"' in response.text and ">typed</textarea>" in response.text
    response = client.post(url, data={"mark": "1", "comment": ""}, headers=HX)
    assert response.status_code == 200 and "<html" not in response.text
    assert "Mark and comment saved; the score is recomputed." in response.text and "2 / 2" in response.text
    with app.app_context():
        assert db.session.get(Attempt, attempt_id).score == 2
    # Without htmx a refusal is the whole page, 422, nothing stored
    response = client.post(url, data={"mark": "abc"})
    assert response.status_code == 422 and "<html" in response.text
    with app.app_context():
        assert db.session.query(MarkChange).count() == 1


def test_another_account_and_a_visitor_get_404_and_nothing_changes(client, auth, app, teacher):
    set_id, attempt_id = _wrong_then_right(app, teacher)
    with app.app_context():
        aq_id = db.session.get(Attempt, attempt_id).questions[0].id
    urls = [f"/sets/{set_id}/results/{attempt_id}/questions/{aq_id}/mark", f"/sets/{set_id}/results/{attempt_id}/comment"]
    for url in urls:
        assert client.post(url, data={"mark": "1", "comment": "x"}).status_code == 404
    auth.create_and_login("mallory")
    for url in urls:
        assert client.post(url, data={"mark": "1", "comment": "x"}).status_code == 404
        assert client.post(url, data={"mark": "1", "comment": "x"}, headers=HX).status_code == 404
    assert client.get(f"/sets/{set_id}/results/{attempt_id}").status_code == 404
    # the student who took it cannot mark it either
    _sign_in(client, "sam")
    assert client.post(urls[0], data={"mark": "1", "comment": "x"}).status_code == 404
    with app.app_context():
        assert db.session.query(MarkChange).count() == 0 and db.session.get(Attempt, attempt_id).score == 1


def test_marking_needs_the_csrf_token(app, teacher):
    set_id, attempt_id = _wrong_then_right(app, teacher)
    app.config["WTF_CSRF_ENABLED"] = True
    client = app.test_client()
    page = client.get("/auth/login")
    client.post("/auth/login", data={"username": "teacher", "password": PASSWORD, "csrf_token": csrf_token(page.text)})
    with app.app_context():
        aq_id = db.session.get(Attempt, attempt_id).questions[0].id
    url = f"/sets/{set_id}/results/{attempt_id}/questions/{aq_id}/mark"
    assert client.post(url, data={"mark": "1"}).status_code == 400
    assert client.post(f"/sets/{set_id}/results/{attempt_id}/comment", data={"comment": "x"}).status_code == 400
    token = csrf_token(client.get(f"/sets/{set_id}/results/{attempt_id}").text)
    assert client.post(url, data={"mark": "1", "csrf_token": token}).status_code == 303
    with app.app_context():
        assert db.session.query(MarkChange).count() == 1


def test_exports_carry_the_marks_that_count_and_the_history_formula_safe(client, app, teacher, clock):
    set_id, attempt_id = _wrong_then_right(app, teacher)
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        marking.mark_question(attempt, attempt.questions[0].id, 0.5, "=HYPERLINK(\"http://x\")", by=teacher, now=NOW)
    _sign_in(client, "teacher")
    wide = list(csv.reader(io.StringIO(client.get(f"/sets/{set_id}/export/wide.csv").text.lstrip("\ufeff"))))
    assert wide[1][6] == "1.5" and wide[1][9] == "0.5"
    long = list(csv.reader(io.StringIO(client.get(f"/sets/{set_id}/export/long.csv").text.lstrip("\ufeff"))))
    assert (long[1][8], long[1][9]) == ("0.5", "no")
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        marking.mark_question(attempt, attempt.questions[0].id, 1.0, "", by=teacher, now=NOW)
    long = list(csv.reader(io.StringIO(client.get(f"/sets/{set_id}/export/long.csv").text.lstrip("\ufeff"))))
    assert (long[1][8], long[1][9]) == ("1", "yes")  # a full mark by hand makes the answer count as correct
    response = client.get(f"/sets/{set_id}/export/changes.csv")
    assert response.status_code == 200 and "changes.csv" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.text.lstrip("\ufeff"))))
    assert rows[0] == ["Student", "Attempt", "Question", "Question id", "Change", "Old mark", "New mark", "Comment", "Changed by", "Changed at (UTC)"]
    assert len(rows) == 3 and rows[2][4:7] == ["Mark set by hand", "0.5", "1"]
    assert rows[1][:3] == ["sam", str(attempt_id), "1"] and rows[1][4:9] == ["Mark set by hand", "0", "0.5", "'=HYPERLINK(\"http://x\")", "teacher"]
    xlsx = client.get(f"/sets/{set_id}/export/changes.xlsx")
    assert xlsx.status_code == 200
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx.data)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[1][7] == "'=HYPERLINK(\"http://x\")" and values[1][6] == 0.5
    assert client.get("/sets/history/changes.csv").status_code == 404  # a learner's own history has no such export


def test_a_guest_gets_404_on_every_teacher_page_and_changes_nothing(client, app, teacher):
    """A guest account (made by starting a self-study quiz without signing in) is someone else."""
    from tests.helpers.quiz import start_quiz

    set_id, attempt_id = _wrong_then_right(app, teacher, time_limit_minutes=10)
    start_quiz(client, app, count=1)  # the client is now a guest
    with app.app_context():
        from quizapp.auth.models import User

        assert db.session.query(User).filter(User.username.is_(None)).count() == 1
    with app.app_context():
        aq_id = db.session.get(Attempt, attempt_id).questions[0].id
        question_id = db.session.get(QuizSet, set_id).items[0].question_id
    for url in (f"/sets/{set_id}/accommodations", f"/sets/{set_id}/results/{attempt_id}"):
        assert client.get(url).status_code == 404
    posts = [
        (f"/sets/{set_id}/accommodations", {"username": "sam", "extra_minutes": "5"}),
        (f"/sets/{set_id}/results/{attempt_id}/questions/{aq_id}/mark", {"mark": "1"}),
        (f"/sets/{set_id}/results/{attempt_id}/comment", {"comment": "x"}),
        (f"/sets/{set_id}/questions/{question_id}/edit", {"type": "true_false", "prompt": "p", "explanation": "e", "difficulty": "1",
                                                         "answer": "true", "confirm": "1"}),
    ]
    for url, data in posts:
        assert client.post(url, data=data).status_code == 404
        assert client.post(url, data=data, headers=HX).status_code == 404
    with app.app_context():
        assert db.session.query(MarkChange).count() == 0 and db.session.get(QuizSet, set_id).accommodations == []
        assert db.session.get(Attempt, attempt_id).score == 1


def test_purging_an_idle_guest_takes_their_attempts_marking_history_and_accommodation(app, teacher):
    from quizapp.auth.models import User
    from quizapp.auth.services import purge_idle_guests
    from quizapp.sets.models import Accommodation

    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), time_limit_minutes=10)
    with app.app_context():
        guest = User(last_seen_at=T0 - timedelta(days=60), created_at=T0 - timedelta(days=60))
        db.session.add(guest)
        db.session.commit()
        guest_id = guest.id
    attempt_id = take(app, set_id, guest_id, [True, False], now=T0)
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        marking.mark_question(attempt, attempt.questions[1].id, 1.0, "ok", by=teacher, now=NOW)
        db.session.add(Accommodation(quiz_set_id=set_id, user_id=guest_id, extra_minutes=5))
        db.session.commit()
        assert purge_idle_guests(T0) == 1
        assert db.session.get(User, guest_id) is None and db.session.get(Attempt, attempt_id) is None
        assert db.session.query(MarkChange).count() == 0 and db.session.query(Accommodation).count() == 0
