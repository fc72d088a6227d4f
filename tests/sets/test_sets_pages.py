"""Quiz-set pages through the test client: building, joining, taking, results, and who may see what."""
from __future__ import annotations

import re
import threading
from datetime import timedelta

import pytest
from markupsafe import escape
from sqlalchemy import select

from quizapp.bank.models import Question
from quizapp.cards.models import KIND_MISSED, StudyCard
from quizapp.extensions import db
from quizapp.quiz.grading import correct_answer_text
from quizapp.quiz.models import Attempt, AttemptQuestion
from quizapp.sets.models import QuizSet
from tests.helpers.app import HX, make_user
from tests.helpers.race import START_WRITES, held_at_first_write, signed_in
from tests.helpers.sets import T0, answer_form, join_code, make_set, question_ids, take


def new_set(client, **overrides) -> int:
    data = {"title": "Week 3 <b>quiz</b>", "description": "Read ¶1–5 first", "mode": "practice", "grading": "highest",
            "answers_visible": "immediately", "shuffle_choices": "y", **overrides}
    response = client.post("/sets/new", data=data)
    assert response.status_code == 303, response.text
    return int(re.search(r"/sets/(\d+)$", response.headers["Location"]).group(1))


def test_teacher_builds_a_set_with_and_without_htmx(client, auth, app):
    auth.create_and_login("teacher")
    set_id = new_set(client)
    page = client.get(f"/sets/{set_id}")
    assert page.status_code == 200
    assert "Week 3 &lt;b&gt;quiz&lt;/b&gt;" in page.text and "<b>quiz</b>" not in page.text
    assert 'hx-trigger="input changed delay:300ms, change"' in page.text
    qids = question_ids(app, "true_false", 3)

    # htmx add: the items region alone comes back
    response = client.post(f"/sets/{set_id}/items", data={"question_id": qids[0]}, headers=HX)
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section id="set-items"') and "<html" not in response.text
    # no-JS add: post, redirect, whole page
    response = client.post(f"/sets/{set_id}/items", data={"question_id": qids[1]})
    assert response.status_code == 303
    client.post(f"/sets/{set_id}/items", data={"question_id": qids[2]})
    with app.app_context():
        items = db.session.get(QuizSet, set_id).items
        assert [i.question_id for i in items] == qids
        first_item, last_item = items[0].id, items[2].id
    client.post(f"/sets/{set_id}/items/{first_item}/move", data={"direction": "down"}, headers=HX)
    client.post(f"/sets/{set_id}/items/{last_item}/remove")
    with app.app_context():
        assert [i.question_id for i in db.session.get(QuizSet, set_id).items] == [qids[1], qids[0]]


def test_picker_filters_narrow_live_and_as_a_plain_form(client, auth, app):
    auth.create_and_login("teacher")
    set_id = new_set(client)
    with app.app_context():
        question = db.session.execute(select(Question).where(Question.type == "numeric")).scalars().first()
        prompt = question.current.content["prompt"]
        total_numeric = len(db.session.execute(select(Question.id).where(Question.type == "numeric", Question.retired_at.is_(None))).all())
    partial = client.get(f"/sets/{set_id}/picker?type=numeric", headers=HX)
    assert partial.text.lstrip().startswith('<div id="picker-results"') and "<html" not in partial.text
    assert f"{total_numeric} question" in partial.text
    words = prompt.split()[:4]
    narrowed = client.get(f"/sets/{set_id}/picker", query_string={"q": " ".join(words).lower(), "type": "numeric"}, headers=HX)
    assert f'value="{question.id}"' in narrowed.text
    full = client.get(f"/sets/{set_id}/picker?type=numeric&difficulty=9")
    assert "<html" in full.text and 'id="picker-results"' in full.text


def test_owner_only_pages_are_404_for_others_and_guests(client, auth, app):
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 2), title="Secret set")
    attempt_id = take(app, set_id, make_user(app, "sam"), [True, False])
    with app.app_context():
        item_id = db.session.get(QuizSet, set_id).items[0].id
    gets = [f"/sets/{set_id}", f"/sets/{set_id}/settings", f"/sets/{set_id}/picker", f"/sets/{set_id}/results",
            f"/sets/{set_id}/results/{attempt_id}", f"/sets/{set_id}/export/wide.csv", f"/sets/{set_id}/export/long.xlsx"]
    posts = [f"/sets/{set_id}/items", f"/sets/{set_id}/items/{item_id}/remove", f"/sets/{set_id}/items/{item_id}/move",
             f"/sets/{set_id}/duplicate", f"/sets/{set_id}/archive", f"/sets/{set_id}/settings"]

    def check() -> None:
        for url in gets:
            response = client.get(url)
            assert response.status_code == 404, url
            assert "Secret set" not in response.text and "sam" not in response.text
        for url in posts:
            response = client.post(url, data={"question_id": 1, "direction": "up", "title": "Mine now"})
            assert response.status_code == 404, url

    check()  # a visitor who never signed in
    client.get("/quiz/new")  # a guest account
    check()
    auth.create_and_login("other")
    check()
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        assert quiz_set.title == "Secret set" and len(quiz_set.items) == 2 and not quiz_set.is_archived
        assert db.session.execute(select(QuizSet).where(QuizSet.owner_id != owner)).first() is None


def test_post_without_csrf_token_is_refused(app, tmp_path):

    app.config["WTF_CSRF_ENABLED"] = True
    client = app.test_client()
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, [])
    page = client.get("/auth/login")
    from tests.helpers.app import PASSWORD, csrf_token

    client.post("/auth/login", data={"username": "teacher", "password": PASSWORD, "csrf_token": csrf_token(page.text)})
    response = client.post(f"/sets/{set_id}/items", data={"question_id": question_ids(app)[0]})
    assert response.status_code == 400
    with app.app_context():
        assert db.session.get(QuizSet, set_id).items == []


def test_student_joins_with_the_code_and_takes_the_set(client, auth, app):
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 2), mode="exam", answers_visible="never")
    code = join_code(app, set_id)
    response = client.get("/join", query_string={"code": f" {code[:4].lower()}-{code[4:]} "})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/join/{code}")
    page = client.get(f"/join/{code}")
    assert "Chapter 1 check" in page.text and f"next=/join/{code}" in page.text
    # not signed in: starting sends you to sign in, then back here
    response = client.post(f"/join/{code}/start")
    assert response.status_code == 303 and "/auth/login?next=" in response.headers["Location"]
    student = auth.create_and_login("sam")
    response = client.post(f"/join/{code}/start")
    assert response.status_code == 303
    attempt_url = response.headers["Location"]
    attempt_id = int(re.search(r"/quiz/(\d+)/q/1", attempt_url).group(1))
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        assert attempt.quiz_set_id == set_id and attempt.user_id == student and attempt.mode == "test"
        forms = [answer_form(aq, True) for aq in attempt.questions]
        contents = [aq.version.content for aq in attempt.questions]
    for position, form in enumerate(forms, start=1):
        response = client.post(f"/quiz/{attempt_id}/q/{position}", data=form, headers=HX)
        assert response.status_code == 200
    client.post(f"/quiz/{attempt_id}/finish")
    results = client.get(f"/quiz/{attempt_id}/results")
    assert results.status_code == 200 and "2 / 2" in results.text
    # answers are never shown: no "Correct answer" rows, no explanation
    assert "Correct answer" not in results.text
    for content in contents:
        assert content["explanation"] not in results.text
    # a second student cannot open this attempt
    auth.logout()
    auth.create_and_login("eve")
    assert client.get(f"/quiz/{attempt_id}/results").status_code == 404


def test_correct_answer_is_not_in_the_practice_feedback_when_hidden(client, auth, app):
    owner = make_user(app, "teacher")
    qid = question_ids(app, "single_choice", 1)
    set_id = make_set(app, owner, qid, mode="practice", answers_visible="never")
    auth.create_and_login("sam")
    attempt_url = client.post(f"/join/{join_code(app, set_id)}/start").headers["Location"]
    attempt_id = int(re.search(r"/quiz/(\d+)/", attempt_url).group(1))
    with app.app_context():
        aq = db.session.execute(select(AttemptQuestion).filter_by(attempt_id=attempt_id)).scalar_one()
        form, correct = answer_form(aq, False), correct_answer_text(aq.version.content)
    response = client.post(f"/quiz/{attempt_id}/q/1", data=form, headers=HX)
    assert response.status_code == 200 and "Answer saved" in response.text
    for line in correct:
        assert line not in response.text


def test_answers_shown_after_the_set_closes(client, auth, app, clock):
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 1), answers_visible="after_close", closes_at=T0 + timedelta(hours=1))
    auth.create_and_login("sam")
    attempt_url = client.post(f"/join/{join_code(app, set_id)}/start").headers["Location"]
    attempt_id = int(re.search(r"/quiz/(\d+)/", attempt_url).group(1))
    client.post(f"/quiz/{attempt_id}/finish")
    assert "Correct answer" not in client.get(f"/quiz/{attempt_id}/results").text
    clock.advance(hours=2)
    assert "Correct answer" in client.get(f"/quiz/{attempt_id}/results").text


def test_time_limit_on_the_quiz_pages(client, auth, app, clock):
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 2), time_limit_minutes=5)
    auth.create_and_login("sam")
    attempt_url = client.post(f"/join/{join_code(app, set_id)}/start").headers["Location"]
    attempt_id = int(re.search(r"/quiz/(\d+)/", attempt_url).group(1))
    page = client.get(attempt_url)
    assert 'data-seconds-left="300"' in page.text and "countdown.js" in page.text
    clock.advance(minutes=4)
    assert 'data-seconds-left="60"' in client.get(attempt_url).text
    with app.app_context():
        forms = [answer_form(aq, True) for aq in db.session.get(Attempt, attempt_id).questions]
    assert client.post(f"/quiz/{attempt_id}/q/1", data=forms[0]).status_code == 303
    clock.advance(minutes=1, seconds=1)
    late = client.post(f"/quiz/{attempt_id}/q/2", data=forms[1], headers=HX)
    assert late.status_code == 422 and "Time is up" in late.text
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        assert attempt.is_finished and attempt.score == 1
        assert attempt.finished_at == T0 + timedelta(minutes=5)
    # the closed attempt offers no answer form any more, only the results
    page = client.get(f"/quiz/{attempt_id}/q/2")
    assert "answer-form" not in page.text and f"/quiz/{attempt_id}/results" in page.text


def test_opening_a_question_after_the_deadline_closes_the_attempt(client, auth, app, clock):
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 2), time_limit_minutes=5)
    auth.create_and_login("sam")
    attempt_url = client.post(f"/join/{join_code(app, set_id)}/start").headers["Location"]
    attempt_id = int(re.search(r"/quiz/(\d+)/", attempt_url).group(1))
    clock.advance(minutes=6)
    response = client.get(attempt_url)
    # The time-up page, not a question form that would be refused.
    assert response.status_code == 200 and "<h2" in response.text and "Time is up" in response.text
    assert "answer-form" not in response.text and f'href="/quiz/{attempt_id}/results"' in response.text
    with app.app_context():
        assert db.session.get(Attempt, attempt_id).is_finished


def test_no_retry_of_missed_questions_for_a_set(client, auth, app):
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 1))
    auth.create_and_login("sam")
    attempt_url = client.post(f"/join/{join_code(app, set_id)}/start").headers["Location"]
    attempt_id = int(re.search(r"/quiz/(\d+)/", attempt_url).group(1))
    client.post(f"/quiz/{attempt_id}/finish")
    assert "Retry" not in client.get(f"/quiz/{attempt_id}/results").text
    assert client.post(f"/quiz/{attempt_id}/retry").status_code == 404


def test_attempts_allowed_on_the_join_page(client, auth, app):
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 1), attempts_allowed=1)
    student = auth.create_and_login("sam")
    take(app, set_id, student, [True])
    code = join_code(app, set_id)
    assert "You have used the one attempt allowed for this set." in client.get(f"/join/{code}").text
    response = client.post(f"/join/{code}/start")
    assert response.status_code == 409 and "You have used the one attempt allowed for this set." in response.text


def test_locked_set_explains_why(client, auth, app):
    owner = auth.create_and_login("teacher")
    qids = question_ids(app, "true_false", 3)
    set_id = make_set(app, owner, qids[:2])
    take(app, set_id, make_user(app, "sam"), [True, True])
    response = client.post(f"/sets/{set_id}/items", data={"question_id": qids[2]})
    assert response.status_code == 409 and "recorded scores" in response.text
    with app.app_context():
        item_id = db.session.get(QuizSet, set_id).items[0].id
    assert client.post(f"/sets/{set_id}/items/{item_id}/remove", headers=HX).status_code == 409
    assert "Duplicate the set" in client.get(f"/sets/{set_id}").text


def test_results_page_rows_items_and_chart(client, auth, app):
    owner = auth.create_and_login("teacher")
    set_id = make_set(app, owner, question_ids(app, "single_choice", 3), grading="last")
    take(app, set_id, make_user(app, "ana"), [True, True, True])
    take(app, set_id, make_user(app, "ben"), [False, True, None])
    page = client.get(f"/sets/{set_id}/results")
    assert page.status_code == 200
    assert re.search(r"<th scope=\"row\">ana</th>.*?3 / 3 \(100%\)", page.text, re.S)
    assert re.search(r"<th scope=\"row\">ben</th>.*?1 / 3 \(33%\)", page.text, re.S)
    assert 'role="img"' in page.text and 'aria-labelledby="dist-title dist-desc"' in page.text
    assert 'id="items-table"' in page.text and "Facility" in page.text
    assert "Source paragraphs answered worst" in page.text
    partial = client.get(f"/sets/{set_id}/results", headers=HX)
    assert "<html" not in partial.text and 'id="set-results"' in partial.text


def test_item_analysis_on_first_or_on_all_attempts(client, auth, app):
    owner = auth.create_and_login("teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 2), attempts_allowed=2)
    student = make_user(app, "ana")
    take(app, set_id, student, [False, False])
    take(app, set_id, student, [True, True])
    first = client.get(f"/sets/{set_id}/results").text
    assert "(1 attempt)" in first and "analyse all attempts" in first
    def facilities(html):
        return re.findall(r'<td class="num">(\d+)%</td>', html.split('id="items-table"')[1].split("</table>")[0])
    assert facilities(first) == ["0", "0"]  # both wrong on the first try
    everything = client.get(f"/sets/{set_id}/results?attempts=all").text
    assert "(2 attempts)" in everything and "analyse first attempts only" in everything
    assert facilities(everything) == ["50", "50"]  # wrong once, right once
    assert client.get(f"/sets/{set_id}/results?attempts=best").status_code == 400


def test_opening_and_closing_times_are_in_the_teachers_time_zone(client, auth, app):
    from quizapp.auth.models import User

    teacher = auth.create_and_login("teacher")
    with app.app_context():
        db.session.get(User, teacher).time_zone = "America/Lima"  # UTC-5 all year
        db.session.commit()
    set_id = new_set(client, opens_at="2026-03-10T09:00", closes_at="2026-03-10T17:30")
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        assert (quiz_set.opens_at.hour, quiz_set.closes_at.hour, quiz_set.closes_at.minute) == (14, 22, 30)  # stored in UTC
    form = client.get(f"/sets/{set_id}/settings").text
    assert 'value="2026-03-10T09:00"' in form and 'value="2026-03-10T17:30"' in form
    assert "In your time zone, America/Lima." in form
    assert "opens 2026-03-10 09:00 America/Lima" in client.get(f"/sets/{set_id}").text
    # Saving the form unchanged keeps the same instants.
    client.post(f"/sets/{set_id}/settings", data={"title": "Timed", "mode": "practice", "grading": "highest", "answers_visible": "immediately", "opens_at": "2026-03-10T09:00", "closes_at": "2026-03-10T17:30"})
    with app.app_context():
        assert db.session.get(QuizSet, set_id).opens_at.hour == 14


HUGE = "9" * 30  # more than a 64-bit INTEGER holds
SUPERSCRIPT = "\u00b2"  # "²": str.isdigit() says yes, int() says no


def _missed_cards(app, user_id: int) -> int:
    with app.app_context():
        return len(db.session.execute(select(StudyCard).where(StudyCard.user_id == user_id, StudyCard.kind == KIND_MISSED)).all())


@pytest.mark.parametrize(
    "mode, visible, during, after",
    [
        ("practice", "never", 0, 0),
        ("exam", "never", 0, 0),
        ("exam", "after_close", 0, 0),
        ("exam", "immediately", 0, 1),  # seen on the results page, so a card once finished
        ("practice", "immediately", 1, 1),
    ],
)
def test_missed_cards_never_show_a_set_answer_the_student_may_not_see(client, auth, app, clock, mode, visible, during, after):
    """A missed-question card's back is the correct answer: a wrong answer in a set makes
    one only once the set lets the student see answers, never mid-exam or when hidden."""
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), mode=mode, answers_visible=visible,
                      closes_at=T0 + timedelta(days=1))
    student = auth.create_and_login("student")
    client.post(f"/join/{join_code(app, set_id)}/start")
    with app.app_context():
        attempt = db.session.execute(select(Attempt).where(Attempt.user_id == student)).scalar_one()
        aq = attempt.questions[0]
        attempt_id, form = attempt.id, answer_form(aq, right=False)
    assert client.post(f"/quiz/{attempt_id}/q/1", data=form).status_code == 303
    assert _missed_cards(app, student) == during
    assert client.post(f"/quiz/{attempt_id}/finish").status_code == 303
    assert _missed_cards(app, student) == after


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/sets/{huge}", 404), ("/sets/{huge}/results", 404), ("/sets/{set}/results/{huge}", 404),
        ("/sets/{set}/questions/{huge}/edit", 404), ("/quiz/{huge}", 404),
        # a bad filter is ignored: the page shows, unfiltered
        ("/sets/{set}?document={huge}", 200), ("/sets/{set}/picker?topic={huge}", 200), ("/sets/{set}/picker?document={sup}", 200),
        ("/sets/{set}/picker?difficulty={huge}", 200), ("/quiz/new?topic={sup}", 200),
    ],
)
def test_bad_numbers_in_set_urls_are_not_server_errors(client, auth, app, path, status):
    teacher = auth.create_and_login("teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2))
    response = client.get(path.format(huge=HUGE, sup=SUPERSCRIPT, set=set_id))
    assert response.status_code == status
    assert ("Not found" in response.text) == (status == 404)


@pytest.mark.parametrize("value", [HUGE, SUPERSCRIPT, "1" * 5000])
def test_bad_question_ids_to_add_are_refused_and_change_nothing(client, auth, app, value):
    teacher = auth.create_and_login("teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2))
    assert client.post(f"/sets/{set_id}/items", data={"question_id": value}).status_code == 422
    with app.app_context():
        from quizapp.sets.models import QuizSet

        assert len(db.session.get(QuizSet, set_id).items) == 2


def test_the_owner_sees_a_students_attempt_answer_by_answer(client, auth, app):
    owner = auth.create_and_login("teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 3), title="Chapter 1 check")
    attempt_id = take(app, set_id, make_user(app, "sam"), [True, False, None])
    with app.app_context():
        contents = [aq.version.content for aq in db.session.get(Attempt, attempt_id).questions]
    page = client.get(f"/sets/{set_id}/results/{attempt_id}")
    assert page.status_code == 200
    assert "sam: Chapter 1 check" in page.text and "score 1 / 3 (33%)" in page.text
    items = re.findall(r'<li class="card review-item (\w+)">(.*?)</li>\s*(?=<li class="card review-item|</ol>)', page.text, re.S)
    assert [kind for kind, _ in items] == ["right", "wrong", "wrong"]
    for (_, item), content, right in zip(items, contents, [True, False, None]):
        assert f'<h3 lang="en">{escape(content["prompt"])}</h3>' in item  # in the document's language
        truth = "True" if content["answer"] else "False"
        given = re.search(r"<dt>Answer given</dt>\s*<dd>(.*?)</dd>", item, re.S).group(1)
        if right is None:
            assert "Not answered — 0" in item and given == "—"
        else:
            assert given == f'<ul class="answer-list"><li>{truth if right else ("False" if truth == "True" else "True")}</li></ul>'
        correct = re.search(r"<dt>Correct answer</dt>\s*<dd[^>]*>(.*?)</dd>", item, re.DOTALL).group(1)
        assert correct == f'<ul class="answer-list"><li>{truth}</li></ul>'
    fragment = client.get(f"/sets/{set_id}/results/{attempt_id}", headers=HX)
    assert fragment.status_code == 200 and "<html" not in fragment.text and 'id="attempt-detail"' in fragment.text


def test_an_attempt_of_another_set_is_not_shown_under_this_sets_address(client, auth, app):
    """Both sets are the teacher's own: the attempt must still belong to the set in the URL."""
    owner = auth.create_and_login("teacher")
    this_set = make_set(app, owner, question_ids(app, "true_false", 2), title="This set")
    other_set = make_set(app, owner, question_ids(app, "true_false", 2), title="Other set")
    other_attempt = take(app, other_set, make_user(app, "sam"), [True, False])
    assert client.get(f"/sets/{other_set}/results/{other_attempt}").status_code == 200
    for headers in ({}, HX):
        response = client.get(f"/sets/{this_set}/results/{other_attempt}", headers=headers)
        assert response.status_code == 404
        assert "sam" not in response.text and "Answer given" not in response.text


def test_two_start_clicks_at_once_open_one_attempt_for_both(client, auth, app, clock):
    """Two "Start" requests by one student, at the same moment, through the app: both pass
    the "no open attempt yet" check; the database keeps one, and both land on it."""
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), attempts_allowed=1)
    code = join_code(app, set_id)
    make_user(app, "racer")
    browsers = [signed_in(app, "racer"), signed_in(app, "racer")]
    _, held, local = held_at_first_write(app, 2, START_WRITES)
    locations: list[str] = []

    def start(browser) -> None:
        local.racing = True
        response = browser.post(f"/join/{code}/start")
        locations.append(f"{response.status_code} {response.headers.get('Location')}")

    threads = [threading.Thread(target=start, args=(browser,)) for browser in browsers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert held == ["INSERT", "INSERT"]  # both got as far as inserting an attempt
    with app.app_context():
        attempts = db.session.execute(select(Attempt).where(Attempt.quiz_set_id == set_id)).scalars().all()
        assert len(attempts) == 1
        attempt_id = attempts[0].id
    assert locations == [f"303 /quiz/{attempt_id}/q/1"] * 2


def test_a_wrong_code_says_so_and_keeps_what_was_typed(client, auth, app):
    message = ">No quiz set has that code. Check it with your teacher.<"
    typed = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # longer than any code: kept to its first 20 characters
    page = client.get(f"/join/{typed}")
    assert page.status_code == 404 and "<html" in page.text and message in page.text
    assert 'value="ABCDEFGHIJKLMNOPQRST"' in page.text and "ABCDEFGHIJKLMNOPQRSTU" not in page.text
    fragment = client.get(f"/join/{typed}", headers=HX)
    assert fragment.status_code == 404 and "<html" not in fragment.text and 'id="join"' in fragment.text and message in fragment.text
    # the same from the Start button of a page whose set has gone
    auth.create_and_login("student")
    started = client.post("/join/NOSUCH12/start")
    assert started.status_code == 404 and message in started.text and 'value="NOSUCH12"' in started.text


def test_visitors_and_guests_are_asked_to_sign_in_before_building_a_set(client, app):
    for who in ("visitor", "guest"):
        if who == "guest":
            client.get("/quiz/new")  # studying as a guest
        for method in (client.get, client.post):
            response = method("/sets/new", data={"title": "Mine"} if method == client.post else None)
            assert response.status_code == 302 and response.headers["Location"] == "/auth/login?next=/sets/new", who
        page = client.get("/auth/login?next=/sets/new")
        assert '<p class="flash flash-info">Sign in or register to build quiz sets.</p>' in page.text, who
    with app.app_context():
        assert db.session.execute(select(QuizSet)).first() is None
