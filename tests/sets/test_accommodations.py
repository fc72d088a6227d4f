"""Accommodations: a student's extra time, extra attempts or own close time, enforced by the
services wherever the set's own rules are (starting, answering, closing overdue attempts,
when answers open, which bank questions stay hidden)."""
from __future__ import annotations

from datetime import timedelta

import pytest

from quizapp.extensions import db
from quizapp.quiz.models import Attempt
from quizapp.quiz.services import (
    SET_CLOSED,
    TIME_UP,
    QuizError,
    answers_accepted_until,
    close_overdue_attempts,
    finish_attempt,
    hidden_bank_questions,
    outcome_visibility,
    question_in_attempt,
    record_answer,
)
from quizapp.sets import services
from quizapp.sets.models import QuizSet
from tests.helpers.app import make_user
from tests.helpers.sets import T0, _multi, answer_form, make_set, question_ids

CLOSE = T0 + timedelta(hours=1)
LATER = T0 + timedelta(hours=3)


def _grant(app, set_id: int, username: str, **parts) -> None:
    with app.app_context():
        services.save_accommodation(db.session.get(QuizSet, set_id), services.AccommodationRequest(username, **parts))


def _answer(app, attempt_id: int, position: int, when) -> None:
    with app.app_context():
        aq = db.session.get(Attempt, attempt_id).questions[position - 1]
        record_answer(aq, _multi(answer_form(aq, True)), now=when)


def test_a_later_close_time_lets_that_student_start_and_answer_after_the_close_and_no_one_else(app, teacher):
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), closes_at=CLOSE)
    ana, ben = make_user(app, "ana"), make_user(app, "ben")
    _grant(app, set_id, "ana", closes_at=LATER)
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        ben_attempt = services.start_set_attempt(quiz_set, ben, now=T0).id
        after = CLOSE + timedelta(minutes=30)
        assert services.unavailable_reason(quiz_set, ben, after).startswith("This set closed on 2026-03-02 at 10:00")
        assert services.unavailable_reason(quiz_set, ana, after) is None
        with pytest.raises(services.SetError, match="closed"):
            services.start_set_attempt(quiz_set, make_user(app, "cam"), now=after)
        ana_attempt = services.start_set_attempt(quiz_set, ana, now=after)
        assert ana_attempt.deadline_at == LATER
        assert answers_accepted_until(ana_attempt) == LATER
        assert answers_accepted_until(question_in_attempt(ana_attempt.id, 1).attempt) == LATER
        ana_id = ana_attempt.id
    _answer(app, ana_id, 1, after + timedelta(minutes=1))  # accepted
    with pytest.raises(QuizError, match="closed"):
        _answer(app, ben_attempt, 1, after + timedelta(minutes=1))
    with app.app_context():
        assert db.session.get(Attempt, ben_attempt).finished_at == CLOSE
        assert db.session.get(Attempt, ana_id).finished_at is None
        assert db.session.get(Attempt, ana_id).questions[0].response is not None
    with pytest.raises(QuizError) as refused:
        _answer(app, ana_id, 2, LATER + timedelta(seconds=1))
    assert str(refused.value) == SET_CLOSED  # her deadline is her close time, which is what ended it
    with app.app_context():
        assert db.session.get(Attempt, ana_id).finished_at == LATER


def test_close_overdue_attempts_follows_each_students_close_time(app, teacher):
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), closes_at=CLOSE)
    ana, ben = make_user(app, "ana"), make_user(app, "ben")
    _grant(app, set_id, "ana", closes_at=LATER)
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        ana_id = services.start_set_attempt(quiz_set, ana, now=T0).id
        ben_id = services.start_set_attempt(quiz_set, ben, now=T0).id
        assert close_overdue_attempts(CLOSE + timedelta(minutes=5), quiz_set_id=set_id) == 1
        assert db.session.get(Attempt, ben_id).finished_at == CLOSE
        assert db.session.get(Attempt, ana_id).finished_at is None
        assert close_overdue_attempts(LATER, quiz_set_id=set_id) == 1
        assert db.session.get(Attempt, ana_id).finished_at == LATER


def test_an_earlier_close_time_closes_that_student_early(app, teacher):
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), closes_at=LATER)
    ana = make_user(app, "ana")
    _grant(app, set_id, "ana", closes_at=CLOSE)
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        assert services.unavailable_reason(quiz_set, ana, CLOSE).startswith("This set closed")
        assert services.unavailable_reason(quiz_set, make_user(app, "ben"), CLOSE) is None


def test_extra_minutes_lengthen_the_time_limit_for_that_student_only(app, teacher):
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), time_limit_minutes=10)
    ana, ben = make_user(app, "ana"), make_user(app, "ben")
    _grant(app, set_id, "ana", extra_minutes=5)
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        ana_id = services.start_set_attempt(quiz_set, ana, now=T0).id
        ben_id = services.start_set_attempt(quiz_set, ben, now=T0).id
        assert db.session.get(Attempt, ana_id).deadline_at == T0 + timedelta(minutes=15)
    _answer(app, ana_id, 1, T0 + timedelta(minutes=12))
    with pytest.raises(QuizError) as refused:
        _answer(app, ben_id, 1, T0 + timedelta(minutes=12))
    assert str(refused.value) == TIME_UP


def test_extra_time_given_during_an_attempt_moves_its_deadline_and_taking_it_away_moves_it_back(app, teacher):
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), time_limit_minutes=10)
    ana = make_user(app, "ana")
    with app.app_context():
        attempt_id = services.start_set_attempt(db.session.get(QuizSet, set_id), ana, now=T0).id
    _grant(app, set_id, "ana", extra_minutes=20)
    with app.app_context():
        assert db.session.get(Attempt, attempt_id).deadline_at == T0 + timedelta(minutes=30)
        quiz_set = db.session.get(QuizSet, set_id)
        services.remove_accommodation(quiz_set, quiz_set.accommodations[0].id)
        assert db.session.get(Attempt, attempt_id).deadline_at == T0 + timedelta(minutes=10)


def test_extra_attempts_for_that_student_only(app, teacher):
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), attempts_allowed=1)
    ana, ben = make_user(app, "ana"), make_user(app, "ben")
    _grant(app, set_id, "ana", extra_attempts=1)
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        for user in (ana, ben):
            finish_attempt(services.start_set_attempt(quiz_set, user, now=T0), now=T0 + timedelta(minutes=1))
        assert services.unavailable_reason(quiz_set, ben, T0 + timedelta(minutes=2)) == "You have used the one attempt allowed for this set."
        assert services.unavailable_reason(quiz_set, ana, T0 + timedelta(minutes=2)) is None
        finish_attempt(services.start_set_attempt(quiz_set, ana, now=T0 + timedelta(minutes=2)), now=T0 + timedelta(minutes=3))
        assert services.unavailable_reason(quiz_set, ana, T0 + timedelta(minutes=4)) == "You have used all 2 attempts allowed for this set."


def test_answers_after_close_open_only_once_every_student_has_closed(app, teacher):
    """A classmate must not read the answers while a student with a later close time answers."""
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), closes_at=CLOSE, answers_visible="after_close")
    ben = make_user(app, "ben")
    make_user(app, "ana")
    _grant(app, set_id, "ana", closes_at=LATER)
    with app.app_context():
        attempt = services.start_set_attempt(db.session.get(QuizSet, set_id), ben, now=T0)
        finish_attempt(attempt, now=T0 + timedelta(minutes=5))
        assert not outcome_visibility(attempt, CLOSE + timedelta(minutes=1)).answers
        assert not outcome_visibility(question_in_attempt(attempt.id, 1).attempt, CLOSE + timedelta(minutes=1)).answers
        assert outcome_visibility(attempt, LATER).answers
        assert outcome_visibility(question_in_attempt(attempt.id, 1).attempt, LATER).answers


def test_hidden_bank_questions_stay_hidden_until_the_last_close_time(app, teacher):
    qids = question_ids(app, "true_false", 2)
    make_set(app, teacher, qids, closes_at=CLOSE, hide_bank_questions=True)
    set_id = make_set(app, teacher, question_ids(app, "single_choice", 1), closes_at=CLOSE, hide_bank_questions=True)
    make_user(app, "ana")
    _grant(app, set_id, "ana", closes_at=LATER)
    with app.app_context():
        hidden = hidden_bank_questions(CLOSE + timedelta(minutes=1))
        assert not set(qids) & hidden  # the set without accommodations has closed
        assert question_ids(app, "single_choice", 1)[0] in hidden
        assert not hidden_bank_questions(LATER)


@pytest.mark.parametrize(
    ("settings", "parts", "message"),
    [
        ({}, {}, "Give extra time, extra attempts or a close time"),
        ({}, {"extra_minutes": 5}, "no time limit"),
        ({"time_limit_minutes": 10}, {"extra_attempts": 1}, "unlimited attempts"),
        ({"opens_at": T0}, {"closes_at": T0 - timedelta(hours=1)}, "after the set opens"),
    ],
)
def test_a_request_that_would_change_nothing_is_refused_and_stores_nothing(app, teacher, settings, parts, message):
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), **settings)
    make_user(app, "ana")
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        with pytest.raises(services.SetError, match=message):
            services.save_accommodation(quiz_set, services.AccommodationRequest("ana", **parts))
        assert services.accommodations_of(quiz_set) == []


def test_unknown_usernames_and_the_owner_are_refused_and_saving_again_replaces(app, teacher):
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), time_limit_minutes=10, attempts_allowed=1)
    make_user(app, "Ana")
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        with pytest.raises(services.SetError, match="No account has the username “nobody”"):
            services.save_accommodation(quiz_set, services.AccommodationRequest("nobody", extra_minutes=5))
        with pytest.raises(services.SetError, match="your own account"):
            services.save_accommodation(quiz_set, services.AccommodationRequest("teacher", extra_minutes=5))
        services.save_accommodation(quiz_set, services.AccommodationRequest(" ana ", extra_minutes=5))
        services.save_accommodation(quiz_set, services.AccommodationRequest("ANA", extra_attempts=2))
        [only] = services.accommodations_of(quiz_set)
        assert (only.user.username, only.extra_minutes, only.extra_attempts) == ("Ana", None, 2)
        with pytest.raises(services.SetError) as missing:
            services.remove_accommodation(quiz_set, only.id + 99)
        assert missing.value.status == 404
