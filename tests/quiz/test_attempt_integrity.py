"""What a learner may see of an attempt, and where Resume lands: self-study and quiz sets alike."""
from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from markupsafe import escape
from sqlalchemy import and_, select

from quizapp.cards.models import KIND_MISSED, StudyCard
from quizapp.extensions import db
from quizapp.quiz.grading import correct_answer_text
from quizapp.quiz.models import Attempt
from quizapp.quiz.services import outcome_visibility, settled_marks
from quizapp.sets.models import ANSWER_VISIBILITY, QuizSet
from tests.helpers.app import HX, install_clock, make_user
from tests.helpers.quiz import all_topics, attempt_id_of, right_form, start_quiz, wrong_form
from tests.helpers.sets import T0


def missed_cards(app, user_id: int) -> list[StudyCard]:
    with app.app_context():
        return list(db.session.execute(select(StudyCard).where(StudyCard.user_id == user_id, StudyCard.kind == KIND_MISSED)).scalars())


# ---------------------------------------------------------------- self-study test mode and missed cards


def test_a_wrong_answer_in_test_mode_makes_its_card_only_at_the_finish(client, app, auth):
    """The card's back is the correct answer: made mid-test, it would give the answer away."""
    user_id = auth.create_and_login("tess")
    attempt_id = attempt_id_of(start_quiz(client, app, count=2, mode="test", types=["true_false"]))
    with app.app_context():
        content = db.session.get(Attempt, attempt_id).questions[0].version.content
    client.post(f"/quiz/{attempt_id}/q/1", data=wrong_form(app, attempt_id, 1))
    assert missed_cards(app, user_id) == []
    deck = client.get("/cards/missed")
    assert deck.status_code == 200 and content["prompt"] not in deck.text
    client.post(f"/quiz/{attempt_id}/finish")
    assert len(missed_cards(app, user_id)) == 1


def test_practice_mode_still_makes_the_card_at_once_and_only_once(client, app, auth):
    user_id = auth.create_and_login("pat")
    attempt_id = attempt_id_of(start_quiz(client, app, count=2, mode="practice", types=["true_false"]))
    client.post(f"/quiz/{attempt_id}/q/1", data=wrong_form(app, attempt_id, 1))
    assert len(missed_cards(app, user_id)) == 1
    client.post(f"/quiz/{attempt_id}/q/2", data=wrong_form(app, attempt_id, 2))
    client.post(f"/quiz/{attempt_id}/finish")
    assert len(missed_cards(app, user_id)) == 2


def test_a_missed_card_is_of_the_very_question_answered_wrong_at_the_moment_of_the_answer(client, app, auth):
    """Practice: a right answer makes no card; a wrong one makes the learner's card of that
    question (the version they answered), due at the moment they answered by the app's clock,
    so the deck offers it next; the answer itself is stored at that moment too (the times the
    teacher's exports show). The clock here is months behind the server's."""
    clock = install_clock(app, T0)
    user_id = auth.create_and_login("pat")
    attempt_id = attempt_id_of(start_quiz(client, app, count=2, mode="practice", types=["true_false"]))
    clock.advance(minutes=1)
    client.post(f"/quiz/{attempt_id}/q/1", data=right_form(app, attempt_id, 1))
    assert missed_cards(app, user_id) == []
    clock.advance(minutes=1)
    client.post(f"/quiz/{attempt_id}/q/2", data=wrong_form(app, attempt_id, 2))
    with app.app_context():
        questions = db.session.get(Attempt, attempt_id).questions
        missed = questions[1].version
        assert [r.answered_at for r in (q.response for q in questions)] == [T0 + timedelta(minutes=1), T0 + timedelta(minutes=2)]
    cards = missed_cards(app, user_id)
    assert [(c.question_id, c.question_version_id, c.due) for c in cards] == [(missed.question_id, missed.id, T0 + timedelta(minutes=2))]
    deck = client.get("/cards/missed")
    assert deck.status_code == 200 and str(escape(missed.content["prompt"])) in deck.text


# ---------------------------------------------------------------- Resume


@pytest.mark.parametrize("mode", ["practice", "test"])
def test_resume_of_an_attempt_answered_but_not_finished_lands_on_the_last_question(client, app, mode):
    url = start_quiz(client, app, count=3, mode=mode, types=["true_false"])
    attempt_id = attempt_id_of(url)
    for position in (1, 2, 3):
        client.post(f"/quiz/{attempt_id}/q/{position}", data=right_form(app, attempt_id, position))
    progress = client.get("/quiz/progress").text
    assert f'href="/quiz/{attempt_id}"' in progress and "3 of 3 answered" in progress
    response = client.get(f"/quiz/{attempt_id}")
    assert response.status_code == 302 and response.headers["Location"] == f"/quiz/{attempt_id}/q/3"
    page = client.get(response.headers["Location"])
    assert page.status_code == 200 and "See my results" in page.text and f"/quiz/{attempt_id}/finish" in page.text
    # the results page of an unfinished attempt sends the learner back, and that ends there too
    results = client.get(f"/quiz/{attempt_id}/results", follow_redirects=True)
    assert results.status_code == 200 and len(results.history) == 2
    assert results.request.path == f"/quiz/{attempt_id}/q/3"


def test_resume_goes_to_the_first_unanswered_question(client, app):
    url = start_quiz(client, app, count=3, types=["true_false"])
    attempt_id = attempt_id_of(url)
    client.post(f"/quiz/{attempt_id}/q/1", data=right_form(app, attempt_id, 1))
    client.post(f"/quiz/{attempt_id}/q/3", data=right_form(app, attempt_id, 3))
    assert client.get(f"/quiz/{attempt_id}").headers["Location"] == f"/quiz/{attempt_id}/q/2"


# ---------------------------------------------------------------- one rule, in Python and in SQL


# (set policy or None for self-study, mode, finished, set closed); self-study has no closing time.
CASES = [c for c in itertools.product([None, *ANSWER_VISIBILITY], ["practice", "test"], [False, True], [False, True]) if c[0] or not c[3]]


@pytest.mark.parametrize("policy, mode, finished, closed", CASES)
def test_outcome_visibility_and_its_sql_form_agree(app, policy, mode, finished, closed):
    """``settled_marks()`` (accuracy, history exports) must say what ``outcome_visibility``
    (pages, cards) says, for every kind of attempt."""
    owner = make_user(app, "owner")
    now = T0 + timedelta(days=1)
    with app.app_context():
        quiz_set_id = None
        if policy is not None:
            quiz_set = QuizSet(owner_id=owner, title="S", join_code="ABCDEFGH", answers_visible=policy,
                               closes_at=now - timedelta(hours=1) if closed else now + timedelta(hours=1))
            db.session.add(quiz_set)
            db.session.flush()
            quiz_set_id = quiz_set.id
        attempt = Attempt(user_id=owner, title="A", mode=mode, quiz_set_id=quiz_set_id, started_at=T0,
                          finished_at=T0 + timedelta(minutes=5) if finished else None, score=0.0 if finished else None)
        db.session.add(attempt)
        db.session.commit()
        seen = outcome_visibility(attempt, now)
        in_sql = db.session.execute(select(Attempt.id).where(and_(Attempt.id == attempt.id, settled_marks()))).first() is not None
        assert seen.marks == in_sql
        assert not (seen.answers and not seen.marks)  # answers are never shown without marks
        if policy in (None, "immediately"):
            assert seen.answers == seen.marks
        elif policy == "never":
            assert not seen.answers
        else:
            assert seen.answers == (finished and closed)


def test_a_finished_test_shows_its_answers_on_the_question_page_too(client, app):
    url = start_quiz(client, app, count=1, mode="test", types=["true_false"])
    attempt_id = attempt_id_of(url)
    client.post(url, data=wrong_form(app, attempt_id, 1))
    assert "Correct answer" not in client.get(url, headers=HX).text
    client.post(f"/quiz/{attempt_id}/finish")
    with app.app_context():
        content = db.session.get(Attempt, attempt_id).questions[0].version.content
    page = client.get(url, headers=HX).text
    assert "Correct answer" in page and correct_answer_text(content)[0] in page


def test_a_missed_questions_quiz_drawn_mid_test_does_not_tell_which_answers_were_wrong(client, app):
    url = start_quiz(client, app, count=1, mode="test", types=["true_false"])
    attempt_id = attempt_id_of(url)
    client.post(url, data=wrong_form(app, attempt_id, 1))
    missed = client.post("/quiz/new", data={"document": 1, "topics": all_topics(app), "types": ["true_false"],
                                            "count": 5, "mode": "practice", "focus": "missed"})
    assert missed.status_code == 422 and "no missed questions" in missed.text
    client.post(f"/quiz/{attempt_id}/finish")
    after = start_quiz(client, app, count=5, mode="practice", focus="missed", types=["true_false"])
    with app.app_context():
        first = db.session.get(Attempt, attempt_id).questions[0].version.question_id
        assert [aq.version.question_id for aq in db.session.get(Attempt, attempt_id_of(after)).questions] == [first]
