"""A double submit of one question: two requests that both saw it unanswered.

Real threads post through the app on its file-based SQLite database, as two gunicorn workers
would. Each request is held just before its first write to the attempt (the lock) or its
answers, until the other has got there too: both have then read "not answered yet", and only
the database's one-answer-per-question rule can keep the second answer out. The loser must
not be an error: it shows the feedback of the answer that was stored.
"""
from __future__ import annotations

import threading

from sqlalchemy import func, select

from quizapp.extensions import db
from quizapp.quiz.models import AttemptQuestion, Response
from tests.helpers.app import HX, make_user
from tests.helpers.quiz import attempt_id_of, right_form, start_quiz, wrong_form
from tests.helpers.race import held_at_first_write, signed_in


def answers_stored(app, attempt_id: int) -> list[Response]:
    with app.app_context():
        return list(db.session.execute(
            select(Response).join(AttemptQuestion).where(AttemptQuestion.attempt_id == attempt_id, AttemptQuestion.position == 1)
        ).scalars())


def test_a_double_submit_stores_one_answer_and_both_requests_show_its_feedback(app):
    """The first click sends the right answer, the second (its form changed in between) a
    wrong one; whichever is stored, both replies show that stored answer's verdict."""
    make_user(app, "racer")
    first, second = signed_in(app, "racer"), signed_in(app, "racer")
    attempt_id = attempt_id_of(start_quiz(first, app, count=2, mode="practice", types=["true_false"]))
    forms = {"first": right_form(app, attempt_id, 1), "second": wrong_form(app, attempt_id, 1)}
    browsers = {"first": first, "second": second}
    _, held, local = held_at_first_write(app, 2)
    replies: dict[str, tuple[int, str]] = {}
    errors: list[BaseException] = []

    def submit(name: str) -> None:
        local.racing = True
        try:
            reply = browsers[name].post(f"/quiz/{attempt_id}/q/1", data=forms[name], headers=HX)
            replies[name] = (reply.status_code, reply.text)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=submit, args=(name,)) for name in browsers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert len(held) == 2, "both requests must have reached a write having read no answer"

    stored = answers_stored(app, attempt_id)
    assert len(stored) == 1
    verdict = "Right!" if stored[0].is_correct else "Not quite."
    other = "Not quite." if stored[0].is_correct else "Right!"
    for name, (status, text) in replies.items():
        assert status == 200, (name, text)
        assert verdict in text and other not in text, name
    # and the page, reloaded, shows the same answer
    page = first.get(f"/quiz/{attempt_id}/q/1").text
    assert verdict in page and other not in page
    with app.app_context():
        assert db.session.execute(select(func.count(Response.id))).scalar_one() == 1


def test_a_double_submit_without_javascript_redirects_both_to_the_one_answer(app):
    make_user(app, "racer")
    first, second = signed_in(app, "racer"), signed_in(app, "racer")
    attempt_id = attempt_id_of(start_quiz(first, app, count=2, mode="practice", types=["true_false"]))
    form = right_form(app, attempt_id, 1)
    _, held, local = held_at_first_write(app, 2)
    statuses: list[int] = []

    def submit(browser) -> None:
        local.racing = True
        statuses.append(browser.post(f"/quiz/{attempt_id}/q/1", data=form).status_code)

    threads = [threading.Thread(target=submit, args=(browser,)) for browser in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(held) == 2
    assert statuses == [303, 303]
    assert len(answers_stored(app, attempt_id)) == 1
    assert "Right!" in second.get(f"/quiz/{attempt_id}/q/1").text
