"""The question navigator, flag for review, the summary before Finish and the time-up page
(issue 13, "Taking a quiz or an exam"), through the test client with and without htmx."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.quiz import services
from quizapp.quiz.models import Attempt, AttemptQuestion, Response
from tests.helpers.app import HX, PASSWORD, Clock, csrf_token, install_clock, make_user
from tests.helpers.queries import counted_statements, writes
from tests.helpers.quiz import attempt_id_of, right_form, start_quiz, wrong_form
from tests.helpers.sets import T0, answer_form, join_code, make_set, question_ids


@pytest.fixture
def clock(app) -> Clock:
    return install_clock(app, T0)


def navigator_html(page: str) -> str:
    match = re.search(r'<nav class="question-navigator" aria-label="Questions of this quiz">.*?</nav>', page, re.S)
    assert match, "no question navigator on the page"
    return match.group(0)


def entry_html(page: str, position: int) -> str:
    match = re.search(rf'<li id="nav-q-{position}".*?</li>', page, re.S)
    assert match, f"no navigator entry for question {position}"
    return match.group(0)


def words(html: str) -> str:
    """The text a screen reader reads: what is aria-hidden left out, tags gone, whitespace
    collapsed (block elements end with a space)."""
    html = re.sub(r'<span[^>]*aria-hidden="true"[^>]*>[^<]*</span>', "", html)
    html = re.sub(r"</(li|p|h\d|a|button|dt|dd)>", " ", html)
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


def flagged_in_db(app, attempt_id: int) -> list[int]:
    with app.app_context():
        return list(db.session.execute(
            select(AttemptQuestion.position).where(AttemptQuestion.attempt_id == attempt_id, AttemptQuestion.flagged.is_(True))
            .order_by(AttemptQuestion.position)
        ).scalars())


def test_the_navigator_lists_every_question_with_its_state_in_words(client, auth, app):
    auth.create_and_login("ana")
    attempt_id = attempt_id_of(start_quiz(client, app, count=4, mode="test", types=["true_false"]))
    client.post(f"/quiz/{attempt_id}/q/2", data=right_form(app, attempt_id, 2))
    page = client.get(f"/quiz/{attempt_id}/q/3").text
    nav = navigator_html(page)
    assert nav.count('<li id="nav-q-') == 4
    for position in range(1, 5):
        assert f'href="/quiz/{attempt_id}/q/{position}"' in entry_html(nav, position)
    assert "Question 2: answered" in words(entry_html(nav, 2))
    assert "Question 1: not answered" in words(entry_html(nav, 1))
    # The current question is marked for assistive technology and in words, and only it.
    assert nav.count("aria-current") == 1 and 'aria-current="page"' in entry_html(nav, 3)
    assert "current question" in words(entry_html(nav, 3))
    # With htmx, a navigator link swaps the question card and pushes its address.
    assert 'hx-target="#question-card"' in entry_html(nav, 1) and 'hx-push-url="true"' in entry_html(nav, 1)


def test_previous_and_next_and_a_jump_through_the_navigator_with_and_without_htmx(client, auth, app):
    auth.create_and_login("ana")
    attempt_id = attempt_id_of(start_quiz(client, app, count=3, types=["true_false"]))
    first = client.get(f"/quiz/{attempt_id}/q/1").text
    assert "Previous question" not in first and f'href="/quiz/{attempt_id}/q/2" rel="next"' in first
    middle = client.get(f"/quiz/{attempt_id}/q/2").text
    assert f'href="/quiz/{attempt_id}/q/1" rel="prev"' in middle and f'href="/quiz/{attempt_id}/q/3" rel="next"' in middle
    jumped = client.get(f"/quiz/{attempt_id}/q/3", headers=HX)
    assert jumped.status_code == 200 and "<html" not in jumped.text
    assert "Question 3 of 3" in jumped.text and 'aria-current="page"' in entry_html(jumped.text, 3)
    assert "<title>Question 3 of 3" in jumped.text  # the pushed address is named in the history


def test_practice_shows_right_and_wrong_in_the_navigator(client, auth, app):
    auth.create_and_login("ana")
    attempt_id = attempt_id_of(start_quiz(client, app, count=3, mode="practice", types=["true_false"]))
    client.post(f"/quiz/{attempt_id}/q/1", data=right_form(app, attempt_id, 1))
    answered = client.post(f"/quiz/{attempt_id}/q/2", data=wrong_form(app, attempt_id, 2), headers=HX)
    # The htmx answer's navigator already counts this answer, and says how it went.
    assert "Question 2: answered, wrong" in words(entry_html(answered.text, 2))
    page = client.get(f"/quiz/{attempt_id}/q/3").text
    assert "Question 1: answered, right" in words(entry_html(page, 1))
    assert "Question 2: answered, wrong" in words(entry_html(page, 2))
    assert "✓" in entry_html(page, 1) and "✗" in entry_html(page, 2)


def test_a_test_in_progress_never_tells_through_the_navigator_which_answers_were_right(client, auth, app):
    auth.create_and_login("ana")
    attempt_id = attempt_id_of(start_quiz(client, app, count=2, mode="test", types=["true_false"]))
    answered = client.post(f"/quiz/{attempt_id}/q/1", data=wrong_form(app, attempt_id, 1), headers=HX)
    for page in (answered.text, client.get(f"/quiz/{attempt_id}/q/2").text, client.get(f"/quiz/{attempt_id}/summary").text):
        nav = navigator_html(page)
        assert "answered" in words(entry_html(nav, 1))
        for leak in ("wrong", "right", "✗", "✓", "½"):
            assert leak not in words(nav) and leak not in nav


def test_an_exam_set_whose_answers_open_after_close_hides_them_in_the_navigator(client, auth, app, clock):
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 2), mode="practice", answers_visible="after_close",
                      closes_at=T0 + timedelta(hours=2))
    auth.create_and_login("sam")
    attempt_url = client.post(f"/join/{join_code(app, set_id)}/start").headers["Location"]
    attempt_id = attempt_id_of(attempt_url)
    with app.app_context():
        aq = db.session.execute(select(AttemptQuestion).filter_by(attempt_id=attempt_id, position=1)).scalar_one()
        form = answer_form(aq, False)
    saved = client.post(f"/quiz/{attempt_id}/q/1", data=form, headers=HX)
    assert "Answer saved" in saved.text
    nav = navigator_html(client.get(f"/quiz/{attempt_id}/q/2").text)
    assert "Question 1: answered" in words(nav) and "wrong" not in words(nav) and "✗" not in nav


def test_flag_for_review_without_javascript_redirects_and_shows_the_flag(client, auth, app):
    auth.create_and_login("ana")
    attempt_id = attempt_id_of(start_quiz(client, app, count=3, types=["true_false"]))
    page = client.get(f"/quiz/{attempt_id}/q/2").text
    assert f'<form id="flag-form" class="flag-form" method="post" action="/quiz/{attempt_id}/q/2/flag"' in page
    assert "Flag for review" in page and "flagged for review" not in words(entry_html(page, 2))
    response = client.post(f"/quiz/{attempt_id}/q/2/flag", data={"flagged": "1"})
    assert response.status_code == 303 and response.headers["Location"].endswith(f"/quiz/{attempt_id}/q/2")
    page = client.get(response.headers["Location"]).text
    assert "Remove the flag" in page and "Question 2: not answered, flagged for review" in words(entry_html(page, 2))
    assert "⚑" in entry_html(page, 2)
    assert flagged_in_db(app, attempt_id) == [2]
    # The flag shows on every page of the attempt, and sending the same state again changes nothing.
    assert "flagged for review" in words(entry_html(client.get(f"/quiz/{attempt_id}/q/1").text, 2))
    assert client.post(f"/quiz/{attempt_id}/q/2/flag", data={"flagged": "1"}).status_code == 303
    assert flagged_in_db(app, attempt_id) == [2]
    assert client.post(f"/quiz/{attempt_id}/q/2/flag", data={"flagged": "0"}).status_code == 303
    assert flagged_in_db(app, attempt_id) == []


def test_flag_with_htmx_swaps_the_button_and_the_navigator_entry(client, auth, app):
    auth.create_and_login("ana")
    attempt_id = attempt_id_of(start_quiz(client, app, count=3, types=["true_false"]))
    response = client.post(f"/quiz/{attempt_id}/q/3/flag", data={"flagged": "1"}, headers=HX)
    assert response.status_code == 200 and "<html" not in response.text
    body = response.text
    assert body.lstrip().startswith('<form id="flag-form"') and "Remove the flag" in body
    assert 'name="flagged" value="0"' in body  # the button now removes the flag
    partial = re.search(r'<hx-partial hx-target="#nav-q-3" hx-swap="outerHTML">(.*?)</hx-partial>', body, re.S)
    assert partial and "Question 3: not answered, flagged for review" in words(partial.group(1))
    # The swapped entry is the current question's, as on the page it replaces a part of.
    assert 'aria-current="page"' in partial.group(1) and "current question" in words(partial.group(1))
    assert "question-card" not in body.split("<hx-partial")[0]  # only the flag button, not the card
    assert flagged_in_db(app, attempt_id) == [3]
    removed = client.post(f"/quiz/{attempt_id}/q/3/flag", data={"flagged": "0"}, headers=HX)
    assert "Flag for review" in removed.text and "flagged for review" not in words(entry_html(removed.text, 3))
    assert flagged_in_db(app, attempt_id) == []


def test_flagging_is_refused_cleanly_for_bad_input_and_other_peoples_attempts(client, auth, app):
    auth.create_and_login("ana")
    attempt_id = attempt_id_of(start_quiz(client, app, count=2, types=["true_false"]))
    for value in ("", "yes", "2"):
        bad = client.post(f"/quiz/{attempt_id}/q/1/flag", data={"flagged": value})
        assert bad.status_code == 400 and "flagged=1" in bad.text and "<html" in bad.text
    bad = client.post(f"/quiz/{attempt_id}/q/1/flag", data={"flagged": "maybe"}, headers=HX)
    assert bad.status_code == 400 and bad.headers["HX-Retarget"] == "#error-slot"
    assert client.post(f"/quiz/{attempt_id}/q/9/flag", data={"flagged": "1"}).status_code == 404
    assert client.get(f"/quiz/{attempt_id}/q/1/flag").status_code == 405
    auth.logout()
    auth.create_and_login("eve")
    for path in (f"/quiz/{attempt_id}/q/1/flag",):
        assert client.post(path, data={"flagged": "1"}).status_code == 404
        assert client.post(path, data={"flagged": "1"}, headers=HX).status_code == 404
    assert client.get(f"/quiz/{attempt_id}/summary").status_code == 404
    assert flagged_in_db(app, attempt_id) == []


def test_flag_needs_the_csrf_token(app):
    app.config["WTF_CSRF_ENABLED"] = True
    client = app.test_client()
    make_user(app, "ana")
    client.post("/auth/login", data={"username": "ana", "password": PASSWORD, "csrf_token": csrf_token(client.get("/auth/login").text)})
    new = client.get("/quiz/new").text
    from tests.helpers.quiz import all_topics

    started = client.post("/quiz/new", data={"document": 1, "topics": all_topics(app), "types": ["true_false"], "count": 2,
                                              "mode": "practice", "focus": "all", "csrf_token": csrf_token(new)})
    attempt_id = attempt_id_of(started.headers["Location"])
    page = client.get(started.headers["Location"]).text
    assert client.post(f"/quiz/{attempt_id}/q/1/flag", data={"flagged": "1"}).status_code == 400
    assert flagged_in_db(app, attempt_id) == []
    token = csrf_token(page)
    assert client.post(f"/quiz/{attempt_id}/q/1/flag", data={"flagged": "1", "csrf_token": token}).status_code == 303
    assert flagged_in_db(app, attempt_id) == [1]


def test_the_summary_lists_unanswered_and_flagged_questions_with_links_and_finishes(client, auth, app):
    auth.create_and_login("ana")
    attempt_id = attempt_id_of(start_quiz(client, app, count=4, mode="test", types=["true_false"]))
    client.post(f"/quiz/{attempt_id}/q/1", data=right_form(app, attempt_id, 1))
    client.post(f"/quiz/{attempt_id}/q/2", data=right_form(app, attempt_id, 2))
    client.post(f"/quiz/{attempt_id}/q/2/flag", data={"flagged": "1"})
    client.post(f"/quiz/{attempt_id}/q/4/flag", data={"flagged": "1"})
    # The last question offers the summary (there is something to review), not a bare Finish.
    last = client.get(f"/quiz/{attempt_id}/q/4").text
    assert f'href="/quiz/{attempt_id}/summary">Review and finish' in last and f"/quiz/{attempt_id}/finish" not in last
    page = client.get(f"/quiz/{attempt_id}/summary")
    assert page.status_code == 200
    text = words(page.text)
    assert "2 of 4 questions answered; 2 flagged for review." in text
    unanswered = page.text.split('id="unanswered-title"')[1].split('id="flagged-title"')[0]
    flagged = page.text.split('id="flagged-title"')[1].split("finish-form")[0]
    assert re.findall(r"/q/(\d+)\">Question", unanswered) == ["3", "4"]
    assert re.findall(r"/q/(\d+)\">Question", flagged) == ["2", "4"]
    assert "(flagged)" in unanswered and "(not answered)" in flagged
    assert f'action="/quiz/{attempt_id}/finish"' in page.text and "Unanswered questions score 0" in page.text
    # A link from the summary opens that question's page.
    assert "Question 3 of 4" in client.get(f"/quiz/{attempt_id}/q/3").text
    finished = client.post(f"/quiz/{attempt_id}/finish")
    assert finished.status_code == 303 and finished.headers["Location"].endswith(f"/quiz/{attempt_id}/results")
    # Finished: the summary sends to the results, and the flag button is gone.
    again = client.get(f"/quiz/{attempt_id}/summary")
    assert again.status_code == 302 and again.headers["Location"].endswith(f"/quiz/{attempt_id}/results")
    assert "flag-form" not in client.get(f"/quiz/{attempt_id}/q/1").text
    refused = client.post(f"/quiz/{attempt_id}/q/1/flag", data={"flagged": "1"})
    assert refused.status_code == 422 and "This quiz is finished" in refused.text


def test_with_everything_answered_and_nothing_flagged_finishing_is_one_press(client, auth, app):
    auth.create_and_login("ana")
    attempt_id = attempt_id_of(start_quiz(client, app, count=2, types=["true_false"]))
    for position in (1, 2):
        client.post(f"/quiz/{attempt_id}/q/{position}", data=right_form(app, attempt_id, position))
    page = client.get(f"/quiz/{attempt_id}/q/1").text
    assert "See my results" in page and f"/quiz/{attempt_id}/finish" in page
    summary = words(client.get(f"/quiz/{attempt_id}/summary").text)
    assert "Every question is answered." in summary and "No question is flagged." in summary


def test_the_question_page_reads_the_navigator_in_its_one_statement(client, auth, app):
    """However many questions and flags, the page is one read (tests/test_query_counts.py pins it)."""
    auth.create_and_login("ana")
    attempt_id = attempt_id_of(start_quiz(client, app, count=10, mode="test", types=["true_false"]))
    for position in (1, 4, 7):
        client.post(f"/quiz/{attempt_id}/q/{position}", data=right_form(app, attempt_id, position))
        client.post(f"/quiz/{attempt_id}/q/{position + 1}/flag", data={"flagged": "1"})
    with counted_statements(app) as statements:
        page = client.get(f"/quiz/{attempt_id}/q/10", headers=HX)
    reads = [s for s in statements if "FROM account" not in s]
    assert len(reads) == 1 and writes(statements) == [], reads
    nav = words(navigator_html(page.text))
    assert nav.count(": answered") == 3 and nav.count("flagged for review") == 4  # three entries, the legend
    assert "3 answered" in page.text


def set_attempt(client, app, set_id: int) -> int:
    return attempt_id_of(client.post(f"/join/{join_code(app, set_id)}/start").headers["Location"])


def test_time_up_shows_what_is_still_possible_not_the_question(client, auth, app, clock):
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 3), mode="exam", time_limit_minutes=5, attempts_allowed=2)
    auth.create_and_login("sam")
    attempt_id = set_attempt(client, app, set_id)
    with app.app_context():
        forms = [answer_form(aq, True) for aq in db.session.get(Attempt, attempt_id).questions]
    assert client.post(f"/quiz/{attempt_id}/q/1", data=forms[0]).status_code == 303
    clock.advance(minutes=5, seconds=1)
    # An answer sent after the limit, with htmx: the fragment replaces the question card.
    late = client.post(f"/quiz/{attempt_id}/q/2", data=forms[1], headers=HX)
    assert late.status_code == 422 and "<html" not in late.text
    assert late.headers["HX-Retarget"] == "#question-card" and late.headers["HX-Reswap"] == "outerHTML"
    text = words(late.text)
    assert "Time is up" in text and services.TIME_UP in text and "answer-form" not in late.text
    assert f'href="/quiz/{attempt_id}/results"' in late.text
    assert "You have used 1 of 2 attempts: 1 left." in text and f'href="/join/{join_code(app, set_id)}"' in late.text
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        assert attempt.is_finished and attempt.finished_at == T0 + timedelta(minutes=5) and attempt.score == 1
        assert db.session.execute(select(db.func.count()).select_from(Response)).scalar_one() == 1
    # Without JavaScript: the same page, in the layout.
    again = client.post(f"/quiz/{attempt_id}/q/3", data=forms[2])
    assert again.status_code == 422 and "<html" in again.text and "Time is up" in again.text
    # Every page of the attempt now says so instead of offering a form; "resume" goes to the results.
    assert client.get(f"/quiz/{attempt_id}").headers["Location"] == f"/quiz/{attempt_id}/results"
    for path in (f"/quiz/{attempt_id}/q/2", f"/quiz/{attempt_id}/summary"):
        page = client.get(path)
        assert page.status_code == 200 and "Time is up" in page.text and "answer-form" not in page.text, path
        assert "flag-form" not in page.text
    flag = client.post(f"/quiz/{attempt_id}/q/2/flag", data={"flagged": "1"}, headers=HX)
    assert flag.status_code == 422 and "Time is up" in flag.text and flag.headers["HX-Retarget"] == "#question-card"


def test_time_running_out_while_on_the_summary_or_flagging_closes_the_attempt(client, auth, app, clock):
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 2), mode="exam", time_limit_minutes=5)
    auth.create_and_login("sam")
    attempt_id = set_attempt(client, app, set_id)
    summary = client.get(f"/quiz/{attempt_id}/summary")
    assert 'data-seconds-left="300"' in summary.text and "countdown.js" in summary.text
    clock.advance(minutes=6)
    flag = client.post(f"/quiz/{attempt_id}/q/1/flag", data={"flagged": "1"})
    assert flag.status_code == 422 and "Time is up" in flag.text
    assert "You may take this set as often as you like." in words(flag.text)
    assert flagged_in_db(app, attempt_id) == []
    with app.app_context():
        assert db.session.get(Attempt, attempt_id).finished_at == T0 + timedelta(minutes=5)


def test_a_finished_self_study_quiz_refuses_a_late_answer_saying_so(client, auth, app):
    auth.create_and_login("ana")
    attempt_id = attempt_id_of(start_quiz(client, app, count=2, types=["true_false"]))
    client.post(f"/quiz/{attempt_id}/finish")
    late = client.post(f"/quiz/{attempt_id}/q/1", data=right_form(app, attempt_id, 1), headers=HX)
    assert late.status_code == 422 and "This quiz is finished" in late.text and services.FINISHED in late.text
    assert f'href="/quiz/{attempt_id}/results"' in late.text and 'href="/quiz/new"' in late.text


def test_over_reason_tells_a_learners_finish_from_the_rules_end(app, clock):
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 1), mode="exam", time_limit_minutes=5)
    student = make_user(app, "sam")
    with app.app_context():
        from quizapp.sets.models import QuizSet
        from quizapp.sets.services import start_set_attempt

        attempt = start_set_attempt(db.session.get(QuizSet, set_id), student, now=T0)
        assert services.over_reason(attempt, T0 + timedelta(minutes=4)) is None
        assert services.over_reason(attempt, T0 + timedelta(minutes=6)) == services.TIME_UP
        services.finish_attempt(attempt, T0 + timedelta(minutes=2))
        assert services.over_reason(attempt, T0 + timedelta(minutes=6)) == services.FINISHED
        assert not services.ended_by_rule(attempt, T0 + timedelta(minutes=6))
        late = start_set_attempt(db.session.get(QuizSet, set_id), student, now=T0 + timedelta(minutes=10))
        services.close_if_over(late, T0 + timedelta(minutes=30))
        assert services.over_reason(late, T0 + timedelta(minutes=30)) == services.TIME_UP and services.ended_by_rule(late, T0)


def test_navigator_hides_outcomes_unless_marks_may_be_seen():
    entries = (services.NavEntry(1, True, False, "wrong"), services.NavEntry(2, False, True))

    def row(mode: str, finished: bool) -> services.AttemptRow:
        return services.AttemptRow(1, 1, "t", mode, T0, T0 if finished else None, None, None, None, None, 2, None)

    assert services.navigator(row("practice", False), entries, T0).entries == entries
    hidden = services.navigator(row("test", False), entries, T0)
    assert [e.outcome for e in hidden.entries] == [None, None] and hidden.answered == 1 and len(hidden.flagged) == 1
    assert services.navigator(row("test", True), entries, T0).entries == entries


def test_a_set_exam_has_the_navigator_flags_and_summary_too(client, auth, app, clock):
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 3), mode="exam", answers_visible="never")
    auth.create_and_login("sam")
    attempt_id = set_attempt(client, app, set_id)
    with app.app_context():
        aq = db.session.execute(select(AttemptQuestion).filter_by(attempt_id=attempt_id, position=1)).scalar_one()
        form = answer_form(aq, False)
    client.post(f"/quiz/{attempt_id}/q/1", data=form)
    assert client.post(f"/quiz/{attempt_id}/q/3/flag", data={"flagged": "1"}, headers=HX).status_code == 200
    page = client.get(f"/quiz/{attempt_id}/q/2").text
    nav = words(navigator_html(page))
    assert "Question 1: answered" in nav and "wrong" not in nav
    assert "Question 3: not answered, flagged for review" in nav
    summary = words(client.get(f"/quiz/{attempt_id}/summary").text)
    assert "1 of 3 questions answered; 1 flagged for review." in summary


def test_a_navigator_read_again_shows_each_answer_and_flag_as_it_now_stands(client, auth, app):
    """An attempt's packed navigator is parsed once per worker for each text: the text itself
    changes with an answer or a flag, so a page read again never shows the state before it,
    and two attempts in the same state share the parsed entries."""
    auth.create_and_login()
    first = attempt_id_of(start_quiz(client, app, count=4, types=["true_false"]))
    second = attempt_id_of(start_quiz(client, app, count=4, types=["true_false"]))
    with app.app_context():
        assert services.question_in_attempt(first, 2).entries is services.question_in_attempt(second, 2).entries
    client.get(f"/quiz/{first}/q/2")
    client.post(f"/quiz/{first}/q/1", data=right_form(app, first, 1), headers=HX)
    token = csrf_token(client.get(f"/quiz/{first}/q/2").text)
    client.post(f"/quiz/{first}/q/3/flag", data={"csrf_token": token, "flagged": "1"})
    with app.app_context():
        entries = services.question_in_attempt(first, 2).entries
        assert [(e.answered, e.flagged) for e in entries] == [(True, False), (False, False), (False, True), (False, False)]
        assert not any(e.answered or e.flagged for e in services.question_in_attempt(second, 2).entries)
    assert 'class="nav-entry answered right"' in navigator_html(client.get(f"/quiz/{first}/q/2").text)
    assert 'class="nav-entry answered' not in navigator_html(client.get(f"/quiz/{second}/q/2").text)
