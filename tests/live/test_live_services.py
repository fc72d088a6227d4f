"""The rules of a live session, through its services: points timed on the server, closing,
late joins, reconnecting, one attempt per student, and answers in the set's results."""
from __future__ import annotations

from datetime import timedelta

import pytest

from quizapp.extensions import db
from quizapp.live import services
from quizapp.live.models import LiveAnswer, LivePlayer, LiveSession
from quizapp.quiz.models import Attempt, Response
from quizapp.sets import exports, stats
from quizapp.sets.models import QuizSet
from quizapp.timeutil import UTC_ZONE
from tests.helpers.app import make_user
from tests.helpers.live import act, answer, join, points, start
from tests.helpers.sets import T0


def test_points_fall_from_1000_to_500_over_the_time_and_follow_partial_credit():
    limit = timedelta(seconds=20)
    assert services.answer_points(1.0, timedelta(0), limit) == 1000
    assert services.answer_points(1.0, timedelta(seconds=10), limit) == 750
    assert services.answer_points(1.0, limit, limit) == 500
    assert services.answer_points(0.5, timedelta(0), limit) == 500
    assert services.answer_points(0.0, timedelta(0), limit) == 0
    assert services.answer_points(1.0, limit + timedelta(milliseconds=1), limit) == 0


def test_a_game_scores_right_and_fast_answers_and_ranks_the_room(app, set_id):
    ana, ben, cy = (make_user(app, name) for name in ("ana", "ben", "cy"))
    session_id = start(app, set_id, seconds=20)
    for user, name in ((ana, "Ana"), (ben, "Ben"), (cy, "Cy")):
        join(app, session_id, user, name, T0)
    act(app, session_id, "next", T0)
    answer(app, session_id, ana, True, T0 + timedelta(seconds=2))   # fast and right
    answer(app, session_id, ben, True, T0 + timedelta(seconds=10))  # slow and right
    answer(app, session_id, cy, False, T0 + timedelta(seconds=1))   # fast and wrong
    assert points(app, session_id) == {"Ana": 0, "Ben": 0, "Cy": 0}  # fixed when the question closes
    act(app, session_id, "reveal", T0 + timedelta(seconds=12))
    assert points(app, session_id) == {"Ana": 950, "Ben": 750, "Cy": 0}
    with app.app_context():
        session = db.session.get(LiveSession, session_id)
        room = services.room_view(session)
        assert (room.state, room.answered, room.right_count, room.wrong_count) == ("reveal", 3, 2, 1)
        assert sum(room.distribution) == 3 and len(room.distribution) == len(room.options)
        assert [(s.name, s.rank) for s in room.standings] == [("Ana", 1), ("Ben", 2), ("Cy", 3)]
        times = dict(db.session.execute(db.select(LivePlayer.display_name, LiveAnswer.response_ms).join(LiveAnswer, LiveAnswer.player_id == LivePlayer.id)).all())
        assert times == {"Ana": 2000, "Ben": 10000, "Cy": 1000}


def test_an_answer_after_the_question_closes_is_refused_and_stores_nothing(app, set_id):
    ana = make_user(app, "ana")
    session_id = start(app, set_id, seconds=10)
    join(app, session_id, ana, "Ana", T0)
    act(app, session_id, "next", T0)
    with pytest.raises(services.LiveError) as refused:
        answer(app, session_id, ana, True, T0 + timedelta(seconds=10))
    assert refused.value.status == 409 and "Time is up" in str(refused.value)
    act(app, session_id, "next", T0 + timedelta(seconds=1))
    act(app, session_id, "reveal", T0 + timedelta(seconds=2))  # closes question 2 early
    with pytest.raises(services.LiveError):
        answer(app, session_id, ana, True, T0 + timedelta(seconds=3))
    with app.app_context():
        assert db.session.execute(db.select(db.func.count(Response.id))).scalar_one() == 0


def test_a_second_answer_returns_the_first_and_bad_forms_are_422(app, set_id):
    ana = make_user(app, "ana")
    session_id = start(app, set_id)
    join(app, session_id, ana, "Ana", T0)
    act(app, session_id, "next", T0)
    with app.app_context():
        session = db.session.get(LiveSession, session_id)
        with pytest.raises(services.LiveError) as bad:
            services.submit_answer(session, services.player_in(session, ana), {"choice": "99"}, T0)
        assert bad.value.status == 422
    first = answer(app, session_id, ana, True, T0 + timedelta(seconds=1))
    second = answer(app, session_id, ana, False, T0 + timedelta(seconds=2))
    assert second == first and second.is_correct  # the first answer, unchanged (answered_at included)


def test_a_late_joiner_starts_at_the_current_question_and_missed_ones_count_zero(app, set_id):
    ana, ben = make_user(app, "ana"), make_user(app, "ben")
    session_id = start(app, set_id)
    join(app, session_id, ana, "Ana", T0)
    act(app, session_id, "next", T0)
    act(app, session_id, "reveal", T0 + timedelta(seconds=5))
    act(app, session_id, "next", T0 + timedelta(seconds=10))
    join(app, session_id, ben, "Ben", T0 + timedelta(seconds=11))
    answer(app, session_id, ben, True, T0 + timedelta(seconds=12))
    with app.app_context():
        player = db.session.execute(db.select(LivePlayer).filter_by(user_id=ben)).scalar_one()
        attempt = db.session.get(Attempt, player.attempt_id)
        assert [aq.position for aq in attempt.questions] == [1, 2]
        assert attempt.questions[1].response is not None and attempt.questions[0].response is None


def test_joining_again_finds_the_same_player_and_attempt(app, set_id):
    ana = make_user(app, "ana")
    session_id = start(app, set_id)
    first = join(app, session_id, ana, "Ana", T0)
    act(app, session_id, "next", T0)
    answer(app, session_id, ana, True, T0 + timedelta(seconds=1))
    assert join(app, session_id, ana, "Someone else", T0 + timedelta(seconds=2)) == first
    with app.app_context():
        assert db.session.execute(db.select(db.func.count(Attempt.id)).filter_by(user_id=ana)).scalar_one() == 1
        me = services.player_view(first, 1)
        assert me is not None and me.response is not None and me.name == "Ana"


def test_names_must_be_unique_in_the_room_and_not_empty(app, set_id):
    ana, ben = make_user(app, "ana"), make_user(app, "ben")
    session_id = start(app, set_id)
    join(app, session_id, ana, "Ana", T0)
    for name in ("ANA", "   "):
        with pytest.raises(services.LiveError):
            join(app, session_id, ben, name, T0)


def test_a_set_that_draws_at_random_or_has_no_questions_cannot_be_played_live(app, teacher):
    from tests.helpers.sets import make_set

    empty = make_set(app, teacher, [])
    with app.app_context(), pytest.raises(services.LiveError) as refused:
        services.start_session(db.session.get(QuizSet, empty), teacher)
    assert refused.value.status == 409


def test_starting_twice_returns_the_running_session(app, set_id):
    assert start(app, set_id) == start(app, set_id)


def test_ending_finishes_every_attempt_and_results_and_exports_count_them(app, set_id):
    ana, ben = make_user(app, "ana"), make_user(app, "ben")
    session_id = start(app, set_id)
    join(app, session_id, ana, "Ana", T0)
    join(app, session_id, ben, "Ben", T0)
    act(app, session_id, "next", T0)
    answer(app, session_id, ana, True, T0 + timedelta(seconds=1))
    answer(app, session_id, ben, False, T0 + timedelta(seconds=1))
    act(app, session_id, "reveal", T0 + timedelta(seconds=2))
    act(app, session_id, "next", T0 + timedelta(seconds=3))
    answer(app, session_id, ana, True, T0 + timedelta(seconds=4))
    act(app, session_id, "end", T0 + timedelta(seconds=5))  # ends early: question 3 never opened
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        students = stats.student_page(quiz_set, 1, 50)
        attempts = [a for row in students.rows for a in row.attempts]
        assert sorted((a.score, a.max_score) for a in attempts) == [(0.0, 2), (2.0, 2)]
        assert all(a.is_finished for a in attempts)
        analysis = stats.analyse(quiz_set, "all")
        assert [item.answered for item in analysis.items][:2] == [2, 1]
        _header, rows = exports.set_table(quiz_set, "long", UTC_ZONE)
        assert len(list(rows)) == 4  # a row per student and question played (question 3 never was)
        assert db.session.get(LiveSession, session_id).state == "ended"
    with pytest.raises(services.LiveError):
        answer(app, session_id, ana, True, T0 + timedelta(seconds=6))


def test_a_student_with_an_unfinished_attempt_at_the_set_is_told_to_finish_it(app, set_id):
    ana = make_user(app, "ana")
    with app.app_context():
        from quizapp.sets.services import start_set_attempt

        start_set_attempt(db.session.get(QuizSet, set_id), ana, now=T0)
    session_id = start(app, set_id)
    with pytest.raises(services.LiveError) as refused:
        join(app, session_id, ana, "Ana", T0)
    assert refused.value.status == 409 and "unfinished attempt" in str(refused.value)


def test_guests_who_played_are_kept_by_the_purge(app, set_id):
    from quizapp.auth.models import User
    from quizapp.events import guests_kept

    with app.app_context():
        guest = User()
        db.session.add(guest)
        db.session.commit()
        guest_id = guest.id
    session_id = start(app, set_id)
    join(app, session_id, guest_id, "Guest player", T0)
    with app.app_context():
        kept = set().union(*(result for _, result in guests_kept.send(None, guest_ids=[guest_id])))
        assert guest_id in kept
