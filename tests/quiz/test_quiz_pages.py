"""Taking a self-study quiz through the Flask test client, with and without htmx."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from quizapp.bank.parser import QUESTION_TYPES
from quizapp.extensions import db
from quizapp.quiz.grading import correct_answer_text
from quizapp.quiz.models import Attempt, AttemptQuestion, Response
from tests.helpers.app import HX
from tests.helpers.quiz import all_topics, attempt_id_of, right_form, start_quiz, wrong_form


def test_new_quiz_form_lists_topics_types_modes_and_focus(client):
    page = client.get("/quiz/new")
    assert page.status_code == 200
    for text in ("Jerí&#39;s fall and the caretaker president", "Multiple select", "Put in order", "Practice", "Test", "not seen yet", "got wrong"):
        assert text in page.text


def without_tokens(html: str) -> str:
    """CSRF tokens carry a timestamp; everything else on a reloaded page must be identical."""
    return re.sub(r'(csrf_token" value=|"X-CSRFToken": )"[^"]+"', r"\1TOKEN", html)


def test_generated_quiz_is_frozen_a_reload_never_reshuffles(client, app):
    url = start_quiz(client, app, count=8)
    first, again = client.get(url).text, client.get(url).text
    assert without_tokens(first) == without_tokens(again)
    attempt_id = attempt_id_of(url)
    pages = [without_tokens(client.get(f"/quiz/{attempt_id}/q/{n}").text) for n in range(1, 9)]
    assert [without_tokens(client.get(f"/quiz/{attempt_id}/q/{n}").text) for n in range(1, 9)] == pages
    assert len(set(pages)) == 8


def test_the_correct_answer_is_not_in_the_page_before_answering(client, app):
    url = start_quiz(client, app, count=30)
    attempt_id = attempt_id_of(url)
    with app.app_context():
        aqs = db.session.execute(select(AttemptQuestion).filter_by(attempt_id=attempt_id)).scalars().all()
        answers = {aq.position: aq.version.content for aq in aqs}
    for position, content in answers.items():
        for headers in ({}, HX):
            response = client.get(f"/quiz/{attempt_id}/q/{position}", headers=headers)
            html = response.text
            # the question itself is there (not an error page) ...
            assert response.status_code == 200 and f"Question {position} of {len(answers)}" in html
            assert f'action="/quiz/{attempt_id}/q/{position}"' in html
            # ... but nothing that gives its answer away
            assert "Correct answer" not in html
            assert content["explanation"] not in html
            if content["type"] in ("fill_in", "numeric"):
                assert f'value="{correct_answer_text(content)[0]}"' not in html
            if content["type"] == "true_false":
                assert "checked" not in html


def test_htmx_answer_swaps_in_feedback_and_next_swaps_the_next_question(client, app):
    url = start_quiz(client, app, count=3)
    attempt_id = attempt_id_of(url)
    response = client.post(url, data=right_form(app, attempt_id, 1), headers=HX)
    assert response.status_code == 200
    assert "<html" not in response.text  # a fragment, not a page
    assert response.text.lstrip().startswith('<section id="question-card"')
    assert "Right!" in response.text and "Correct answer" in response.text
    assert "Source:" in response.text and "¶" in response.text
    assert "HX-Request" in response.headers["Vary"]
    nxt = client.get(f"/quiz/{attempt_id}/q/2", headers=HX)
    assert "<html" not in nxt.text and "Question 2 of 3" in nxt.text and "1 answered" in nxt.text
    full = client.get(f"/quiz/{attempt_id}/q/2", headers={**HX, "HX-Request-Type": "full"})
    assert "<html" in full.text


def test_without_javascript_answers_post_redirect_and_show_feedback(client, app):
    url = start_quiz(client, app, count=2)
    attempt_id = attempt_id_of(url)
    response = client.post(url, data=wrong_form(app, attempt_id, 1))
    assert response.status_code == 303 and response.headers["Location"].endswith(f"/quiz/{attempt_id}/q/1")
    page = client.get(response.headers["Location"]).text
    assert "<html" in page and ("Not quite." in page or "Partly right" in page) and "Correct answer" in page


def test_a_whole_quiz_ends_with_score_time_answers_and_progress(client, app):
    url = start_quiz(client, app, count=4)
    attempt_id = attempt_id_of(url)
    client.post(f"/quiz/{attempt_id}/q/1", data=right_form(app, attempt_id, 1))
    client.post(f"/quiz/{attempt_id}/q/2", data=right_form(app, attempt_id, 2))
    client.post(f"/quiz/{attempt_id}/q/3", data=wrong_form(app, attempt_id, 3))
    client.post(f"/quiz/{attempt_id}/q/4", data=right_form(app, attempt_id, 4))
    last = client.get(f"/quiz/{attempt_id}/q/4").text
    assert "See my results" in last
    finish = client.post(f"/quiz/{attempt_id}/finish")
    assert finish.status_code == 303
    results = client.get(finish.headers["Location"]).text
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        score = attempt.score
    assert 3 <= score < 4
    assert re.search(r"3(\.\d+)? / 4", results)
    assert "Time taken:" in results and "Your answer" in results and "Correct answer" in results
    assert "Retry the 1 question I missed" in results
    progress = client.get("/quiz/progress").text
    assert f"/quiz/{attempt_id}/results" in progress and "Accuracy by topic" in progress


def test_retry_the_missed_ones_makes_a_quiz_of_exactly_those(client, app):
    url = start_quiz(client, app, count=3)
    attempt_id = attempt_id_of(url)
    client.post(f"/quiz/{attempt_id}/q/1", data=wrong_form(app, attempt_id, 1))
    client.post(f"/quiz/{attempt_id}/q/2", data=right_form(app, attempt_id, 2))
    client.post(f"/quiz/{attempt_id}/finish")
    retry = client.post(f"/quiz/{attempt_id}/retry")
    assert retry.status_code == 303
    with app.app_context():
        old = db.session.get(Attempt, attempt_id)
        missed = {aq.version.question_id for aq in old.questions if aq.response is None or not aq.response.is_correct}
        new = db.session.get(Attempt, attempt_id_of(retry.headers["Location"]))
        assert {aq.version.question_id for aq in new.questions} == missed
        assert len(new.questions) == 2


def test_answering_twice_counts_once_and_does_not_fail(client, app):
    url = start_quiz(client, app, count=2)
    attempt_id = attempt_id_of(url)
    first = client.post(url, data=right_form(app, attempt_id, 1), headers=HX)
    second = client.post(url, data=wrong_form(app, attempt_id, 1), headers=HX)
    replay = client.post(url, data=right_form(app, attempt_id, 1))
    assert first.status_code == second.status_code == 200 and replay.status_code == 303
    assert "Right!" in second.text  # the first answer stands
    with app.app_context():
        n = db.session.execute(select(func.count()).select_from(Response)).scalar_one()
        assert n == 1


def test_test_mode_echoes_the_answer_saved_without_saying_whether_it_is_right(client, app):
    url = start_quiz(client, app, count=1, mode="test", types=["true_false"])
    attempt_id = attempt_id_of(url)
    form = wrong_form(app, attempt_id, 1)
    response = client.post(url, data=form, headers=HX)
    assert "Answer saved" in response.text and "Not quite" not in response.text
    assert f"Your answer: {form['answer'].capitalize()}</p>" in response.text


def test_test_mode_gives_feedback_only_at_the_end(client, app):
    url = start_quiz(client, app, count=2, mode="test")
    attempt_id = attempt_id_of(url)
    response = client.post(url, data=right_form(app, attempt_id, 1), headers=HX)
    assert "Answer saved" in response.text
    assert "Correct answer" not in response.text and "Right!" not in response.text
    client.post(f"/quiz/{attempt_id}/finish")
    assert "Correct answer" in client.get(f"/quiz/{attempt_id}/results").text


@pytest.mark.parametrize(
    "form, message",
    [
        ({}, "Choose one answer."),
        ({"choice": "99"}, "Choose one answer."),
        ({"choice": "abc"}, "Choose one answer."),
    ],
)
@pytest.mark.parametrize("headers", [{}, HX])
def test_malformed_answers_get_422_and_change_nothing(client, app, form, message, headers):
    url = start_quiz(client, app, count=1, types=["single_choice"])
    response = client.post(url, data=form, headers=headers)
    assert response.status_code == 422
    assert message in response.text
    assert ("<html" in response.text) is (not headers)
    with app.app_context():
        assert db.session.execute(select(func.count()).select_from(Response)).scalar_one() == 0


@pytest.mark.parametrize(
    "data, message",
    [
        ({"count": 0}, "between 1 and 50"),
        ({"count": 500}, "between 1 and 50"),
        ({"count": "many"}, "Not a valid integer value"),
        ({"types": []}, "at least one question type"),
        ({"topics": []}, "at least one topic"),
        ({"topics": [9999]}, "is not a valid choice"),
        ({"mode": "exam"}, "Not a valid choice"),
        ({"document": 77}, "Not a valid choice"),
    ],
)
def test_bad_quiz_requests_are_refused_with_a_message(client, app, data, message):
    form = {"document": 1, "topics": all_topics(app), "types": list(QUESTION_TYPES), "count": 5, "mode": "practice", "focus": "all", **data}
    response = client.post("/quiz/new", data=form)
    assert response.status_code == 422
    assert message in response.text
    with app.app_context():
        assert db.session.execute(select(func.count()).select_from(Attempt)).scalar_one() == 0


def test_focus_unseen_and_missed(client, app):
    topic = all_topics(app)[0]
    url = start_quiz(client, app, count=50, topics=[topic], types=["true_false"])
    attempt_id = attempt_id_of(url)
    with app.app_context():
        total = len(db.session.get(Attempt, attempt_id).questions)
    client.post(f"/quiz/{attempt_id}/q/1", data=wrong_form(app, attempt_id, 1))
    for n in range(2, total + 1):
        client.post(f"/quiz/{attempt_id}/q/{n}", data=right_form(app, attempt_id, n))
    missed_url = start_quiz(client, app, count=10, focus="missed", topics=[topic], types=["true_false"])
    with app.app_context():
        missed = db.session.get(Attempt, attempt_id_of(missed_url))
        assert len(missed.questions) == 1
    none_left = client.post("/quiz/new", data={"document": 1, "topics": [topic], "types": ["true_false"], "count": 5, "mode": "practice", "focus": "unseen"})
    assert none_left.status_code == 422 and "seen every question" in none_left.text


def test_unknown_ids_are_404_pages_or_fragments(client, app):
    url = start_quiz(client, app, count=2)
    attempt_id = attempt_id_of(url)
    for path in ("/quiz/99999", f"/quiz/{attempt_id}/q/3", f"/quiz/{attempt_id}/q/0", "/quiz/99999/results", "/no-such-page"):
        page = client.get(path)
        assert page.status_code == 404 and "Not found" in page.text and "<html" in page.text
        fragment = client.get(path, headers=HX)
        assert fragment.status_code == 404 and "Not found" in fragment.text and "<html" not in fragment.text
    assert client.post(f"/quiz/{attempt_id}/q/7", data={"choice": "0"}).status_code == 404


def test_another_users_attempt_is_404_and_unchanged(client, app, auth):
    auth.create_and_login("alice")
    url = start_quiz(client, app, count=2)
    attempt_id = attempt_id_of(url)
    auth.logout()
    auth.create_and_login("mallory")
    for method, path, data in (
        ("get", f"/quiz/{attempt_id}/q/1", None),
        ("post", f"/quiz/{attempt_id}/q/1", right_form(app, attempt_id, 1)),
        ("get", f"/quiz/{attempt_id}/results", None),
        ("post", f"/quiz/{attempt_id}/finish", None),
        ("post", f"/quiz/{attempt_id}/retry", None),
    ):
        assert getattr(client, method)(path, data=data).status_code == 404
    auth.logout()
    # and as a visitor who is not signed in at all
    guest = app.test_client()
    assert guest.get(f"/quiz/{attempt_id}/q/1").status_code == 404
    assert guest.post(f"/quiz/{attempt_id}/q/1", data=right_form(app, attempt_id, 1)).status_code == 404
    with app.app_context():
        assert db.session.execute(select(func.count()).select_from(Response)).scalar_one() == 0
        assert db.session.get(Attempt, attempt_id).finished_at is None


def test_finished_quiz_refuses_new_answers_but_keeps_old_ones(client, app):
    url = start_quiz(client, app, count=2)
    attempt_id = attempt_id_of(url)
    client.post(url, data=right_form(app, attempt_id, 1))
    client.post(f"/quiz/{attempt_id}/finish")
    late = client.post(f"/quiz/{attempt_id}/q/2", data=right_form(app, attempt_id, 2))
    assert late.status_code == 422 and "finished" in late.text
    with app.app_context():
        assert db.session.get(Attempt, attempt_id).score == 1.0


def test_a_test_in_progress_gives_nothing_away_in_progress_or_exports(client, app):
    url = start_quiz(client, app, count=2, mode="test")
    attempt_id = attempt_id_of(url)
    client.post(url, data=right_form(app, attempt_id, 1))
    progress = client.get("/quiz/progress").text
    # No accuracy figure anywhere (the charts' SVG is width="100%", hence the cell's markup).
    assert "Accuracy by topic" in progress and '<td class="num">100%</td>' not in progress
    assert client.get("/sets/history/long.csv").text.count("\n") == 1  # the header alone
    client.post(f"/quiz/{attempt_id}/finish")
    assert '<td class="num">100%</td>' in client.get("/quiz/progress").text
    assert client.get("/sets/history/long.csv").text.count("\n") == 3  # header and two questions
