"""What a student reads about a set they take: the teacher's exam is called an exam, the
results page leads back to the set, and the set's page says how many attempts are left and
when the correct answers open."""
from __future__ import annotations

from datetime import timedelta

from tests.helpers.app import HX
from tests.helpers.sets import T0, join_code, make_set, question_ids, take


def test_an_exam_is_called_an_exam_on_every_page_the_student_sees(client, auth, app, clock, teacher):
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), mode="exam", answers_visible="immediately")
    code = join_code(app, set_id)
    student = auth.create_and_login("student")
    started = client.post(f"/join/{code}/start", data={})
    assert started.status_code == 303, started.text
    question = client.get(started.headers["Location"])
    assert "(exam)" in question.text and "(test)" not in question.text
    attempt_id = take(app, set_id, student, [True, False], now=T0 + timedelta(minutes=5))
    results = client.get(f"/quiz/{attempt_id}/results")
    assert results.status_code == 200
    assert "Exam mode" in results.text and "Test mode" not in results.text
    progress = client.get("/quiz/progress")
    assert "<td>Exam</td>" in progress.text and "<td>Test</td>" not in progress.text


def test_self_study_tests_keep_their_name(client, auth, app):
    auth.create_and_login("learner")
    from tests.helpers.quiz import start_quiz

    url = start_quiz(client, app, count=1, mode="test")
    assert "(test)" in client.get(url).text


def test_results_of_a_set_attempt_lead_back_to_the_set_and_say_when_answers_open(client, auth, app, clock, teacher):
    closes = T0 + timedelta(days=3)
    set_id = make_set(
        app, teacher, question_ids(app, "true_false", 2), mode="exam", answers_visible="after_close",
        closes_at=closes, attempts_allowed=2,
    )
    code = join_code(app, set_id)
    student = auth.create_and_login("student")
    attempt_id = take(app, set_id, student, [True, True])
    for headers in ({}, HX):
        results = client.get(f"/quiz/{attempt_id}/results", headers=headers)
        assert results.status_code == 200
        assert f'href="/join/{code}"' in results.text
        assert "The correct answers open when the set closes" in results.text
    page = client.get(f"/join/{code}")
    assert "You have used 1 of 2 attempts: 1 left." in page.text
    assert "The correct answers open when the set closes" in page.text


def test_the_set_page_counts_down_to_the_last_attempt_in_the_singular(client, auth, app, clock, teacher):
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1), attempts_allowed=1, answers_visible="never")
    code = join_code(app, set_id)
    student = auth.create_and_login("student")
    before = client.get(f"/join/{code}")
    assert "You have used 0 of 1 attempt: 1 left." in before.text
    take(app, set_id, student, [True])
    after = client.get(f"/join/{code}")
    assert "You have used 1 of 1 attempt: 0 left." in after.text
    assert "Your teacher does not show the correct answers for this set." in after.text
