"""What several pages show alike comes from one macro or partial, and reads the same everywhere:
a score, the question-by-question review, and question text in the document's language."""
from __future__ import annotations

import re

from sqlalchemy import update

from quizapp.bank.models import Document
from quizapp.extensions import db
from tests.helpers.app import make_user
from tests.helpers.sets import join_code, make_set, question_ids, take


def review_list(html: str) -> str:
    match = re.search(r'<ol class="review">.*?</ol>', html, re.DOTALL)
    assert match, "no question-by-question review on the page"
    return match.group(0)


def test_a_score_reads_the_same_on_every_page_that_shows_it(client, auth, app):
    teacher = auth.create("teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 3))
    attempt_id = take(app, set_id, make_user(app, "sam"), [True, True, False])
    auth.login("sam")
    results = client.get(f"/quiz/{attempt_id}/results").text
    assert '<p class="score"><span class="big">2 / 3</span> <span class="percent">(67%)</span></p>' in results
    assert "2 / 3 (67%)" in client.get("/quiz/progress").text
    assert "2 / 3 (67%)</a>" in client.get(f"/join/{join_code(app, set_id)}").text  # the student's attempts at the set
    auth.logout()
    auth.login("teacher")
    assert client.get(f"/sets/{set_id}/results").text.count("2 / 3 (67%)") >= 3  # counted, best, last
    assert "score 2 / 3 (67%)" in client.get(f"/sets/{set_id}/results/{attempt_id}").text


def test_the_learner_and_the_sets_owner_see_one_review_of_an_attempt(client, auth, app):
    teacher = auth.create("teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 3))
    attempt_id = take(app, set_id, make_user(app, "sam"), [True, False, None])
    auth.login("sam")
    learners = review_list(client.get(f"/quiz/{attempt_id}/results").text)
    auth.logout()
    auth.login("teacher")
    owners = review_list(client.get(f"/sets/{set_id}/results/{attempt_id}").text)
    assert "<dt>Your answer</dt>" in learners and "<dt>Answer given</dt>" in owners
    # The owner's page adds a marking form to each question (quizapp/sets/marking.py); the
    # review itself is the same markup.
    assert learners.replace("Your answer", "Answer given") == re.sub(r'\n\s*<div class="marking">.*?</form>\s*</div>', "", owners, flags=re.S)
    assert re.findall(r'<p class="verdict">(.*?)</p>', owners) == ["Right — 1 / 1", "Wrong — 0 / 1", "Not answered — 0 / 1"]
    assert owners.count('class="explanation"') == 3 and owners.count("Source: ¶") == 3


def test_question_text_carries_its_documents_language(client, auth, app):
    with app.app_context():
        db.session.execute(update(Document).values(language="es"))
        db.session.commit()
    teacher = auth.create("teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2))
    attempt_id = take(app, set_id, make_user(app, "sam"), [True, None])
    auth.login("sam")
    review = review_list(client.get(f"/quiz/{attempt_id}/results").text)
    assert review.count('<h3 lang="es">') == 2 and review.count('<p class="explanation" lang="es">') == 2
    question = client.get(f"/quiz/{attempt_id}/q/2").text
    assert '<h2 id="q-prompt" lang="es"' in question
    assert '<html lang="en">' in question  # the app's own words stay English


def test_a_question_that_cites_nothing_shows_no_source_label(client, auth, app):
    """A teacher's own question has no citations: its feedback and results say nothing of a
    source, where a bank question names its paragraphs."""
    teacher = auth.create_and_login("teacher")
    set_id = make_set(app, teacher, [])
    written = {"type": "true_false", "prompt": "Lima is the capital of Peru.", "explanation": "It is.", "difficulty": "1", "answer": "true"}
    assert client.post(f"/sets/{set_id}/questions/new", data=written).status_code == 303
    auth.logout()
    auth.create_and_login("sam")
    attempt_url = client.post(f"/join/{join_code(app, set_id)}/start").headers["Location"]
    attempt_id = int(re.search(r"/quiz/(\d+)/", attempt_url).group(1))
    feedback = client.post(f"/quiz/{attempt_id}/q/1", data={"answer": "true"}, headers={"HX-Request": "true"}).text
    assert "Right!" in feedback and "Source" not in feedback
    client.post(f"/quiz/{attempt_id}/finish")
    results = client.get(f"/quiz/{attempt_id}/results").text
    assert "Lima is the capital of Peru." in review_list(results) and "Source" not in review_list(results)
