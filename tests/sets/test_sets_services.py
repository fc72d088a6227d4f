"""Quiz-set rules without a request: join codes, item analysis, locking, taking a set."""
from __future__ import annotations

import math
import random
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from quizapp.bank.models import Question, Topic
from quizapp.cards.models import KIND_MISSED, StudyCard
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, Response
from quizapp.quiz.services import (
    QuizError,
    answers_accepted_until,
    close_if_over,
    finish_attempt,
    question_in_attempt,
    record_answer,
    store_answer,
)
from quizapp.sets import services, stats
from quizapp.sets.models import QuizSet
from tests.helpers.app import make_user
from tests.helpers.sets import T0, _multi, answer_form, make_set, question_ids, take


def test_join_codes_use_no_look_alikes_and_enough_entropy(app):
    with app.app_context():
        codes = {services.new_join_code() for _ in range(500)}
    assert len(codes) == 500
    assert all(len(c) == 8 and set(c) <= set(services.JOIN_ALPHABET) for c in codes)
    assert not set("0O1lIL") & set(services.JOIN_ALPHABET)
    assert len(services.JOIN_ALPHABET) == 31
    assert 8 * math.log2(len(services.JOIN_ALPHABET)) > 39  # ≈ 8.5e11 codes
    assert services.normalise_code(" abcd-2345 ") == "ABCD2345"


def test_pearson_and_item_analysis_on_a_hand_computed_example():
    # Four students, three items. Totals 3, 2, 1, 0.
    sheets = [{1: 1, 2: 1, 3: 1}, {1: 1, 2: 1, 3: 0}, {1: 1, 2: 0, 3: 0}, {1: 0, 2: 0, 3: 1}]
    figures = stats.analyse_items(sheets)
    assert figures[1].facility == pytest.approx(0.75)
    assert figures[2].facility == pytest.approx(0.5)
    assert figures[3].facility == pytest.approx(0.5)
    # Item 2: marks 1,1,0,0; rest of test 2,1,1,1 → means 0.5, 1.25;
    # sxy = .5*.75 + .5*-.25 + -.5*-.25 + -.5*-.25 = .5; sxx = 1; syy = .75 → r = .5/√.75
    assert figures[2].discrimination == pytest.approx(0.5 / math.sqrt(0.75))
    # Item 3: marks 1,0,0,1; rest 2,2,1,0 → means .5, 1.25; sxy = .375-.375+.125-.625 = -.5; syy = 2.75
    assert figures[3].discrimination == pytest.approx(-0.5 / math.sqrt(2.75))
    assert stats.flag_for(figures[3].discrimination).startswith("Negative")
    assert stats.flag_for(0.05).startswith("Near-zero")
    assert stats.flag_for(figures[2].discrimination) is None
    # Nobody varies: no correlation can be computed.
    assert stats.pearson([1, 1, 1], [0, 1, 2]) is None


def test_histogram_bands():
    assert stats.histogram([0, 9.9, 10, 55, 100, 100]) == [2, 1, 0, 0, 0, 1, 0, 0, 0, 2]


def test_counted_attempt_follows_the_rule(app, teacher):
    student = make_user(app, "sam")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2))
    take(app, set_id, student, [True, False], now=T0)
    take(app, set_id, student, [True, True], now=T0 + timedelta(hours=1))
    take(app, set_id, student, [False, False], now=T0 + timedelta(hours=2))
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        finished = services.attempts_by(quiz_set, student)
        assert stats.counted_attempt(finished, "highest").score == 2
        assert stats.counted_attempt(finished, "first").score == 1
        assert stats.counted_attempt(finished, "last").score == 0


def test_item_rows_from_the_database(app, teacher):
    qids = question_ids(app, "single_choice", 3)
    set_id = make_set(app, teacher, qids)
    patterns = [[True, True, True], [True, True, False], [True, False, False], [False, False, True]]
    for n, pattern in enumerate(patterns):
        take(app, set_id, make_user(app, f"s{n}"), pattern)
    # A second attempt is ignored: analysis uses first attempts.
    take(app, set_id, _user(app, "s3"), [True, True, True], now=T0 + timedelta(hours=1))
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        analysis = stats.analyse(quiz_set, "first")
        rows, paragraphs = analysis.items, analysis.paragraphs
        everything = stats.analyse(quiz_set, "all").items
    # On every attempt, s3's second one counts too: 5 attempts, 5 options picked per item.
    assert [r.figures.n for r in everything] == [5, 5, 5]
    assert [sum(n for _, n in r.options) for r in everything] == [5, 5, 5]
    assert everything[0].figures.facility == pytest.approx(0.8)
    assert [r.question_id for r in rows] == qids
    assert [r.figures.facility for r in rows] == pytest.approx([0.75, 0.5, 0.5])
    assert rows[1].figures.discrimination == pytest.approx(0.5 / math.sqrt(0.75))
    assert rows[2].flag and rows[2].flag.startswith("Negative")
    assert sum(n for _, n in rows[0].options) == 4  # each of 4 students picked one option
    assert paragraphs and paragraphs[0].mean <= paragraphs[-1].mean


def test_item_analysis_in_the_database_matches_the_figures_from_every_mark_sheet(app, teacher):
    """The database's sums give each item's facility and discrimination exactly as the per-sheet
    computation does, on first attempts and on all, with unanswered questions and retakes."""
    qids = question_ids(app, "true_false", 4)
    set_id = make_set(app, teacher, qids)
    rng = random.Random(7)
    sheets: dict[str, list[dict[int, float]]] = {"first": [], "all": []}
    answered: dict[str, list[int]] = {"first": [0] * len(qids), "all": [0] * len(qids)}
    best: list[float] = []  # each student's highest score (the set's default grading), in percent
    hour = 0
    for n in range(9):
        student = make_user(app, f"r{n}")
        for retake in range(1 + n % 3):
            pattern = [rng.choice([True, False, None]) for _ in qids]
            hour += 1
            take(app, set_id, student, pattern, now=T0 + timedelta(hours=hour))
            sheet = {qid: 1.0 if right else 0.0 for qid, right in zip(qids, pattern)}
            for basis in ("all", "first") if retake == 0 else ("all",):
                sheets[basis].append(sheet)
                answered[basis] = [count + (right is not None) for count, right in zip(answered[basis], pattern)]
            percent = 100 * sum(sheet.values()) / len(qids)
            best[n:] = [max(best[n], percent)] if retake else [percent]
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        for basis, marks in sheets.items():
            expected = stats.analyse_items(marks)
            items = stats.analyse(quiz_set, basis).items
            assert [item.question_id for item in items] == qids
            for item in items:
                assert item.figures.n == expected[item.question_id].n
                assert item.figures.facility == pytest.approx(expected[item.question_id].facility)
                assert item.figures.discrimination == pytest.approx(expected[item.question_id].discrimination)
            assert [item.answered for item in items] == answered[basis]
            assert [sum(n for _, n in item.options) for item in items] == answered[basis]
        scores = stats.class_scores(quiz_set)
    assert (scores.counted, scores.finished) == (9, len(sheets["all"]))
    assert scores.bins == stats.histogram(best)


def _user(app, name):
    from quizapp.auth.models import User

    with app.app_context():
        return db.session.execute(select(User.id).filter_by(username=name)).scalar_one()


def test_questions_are_locked_once_students_have_answered(app, teacher):
    qids = question_ids(app, "true_false", 3)
    set_id = make_set(app, teacher, qids[:2])
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        services.add_question(quiz_set, qids[2])  # nobody has answered: fine
        services.remove_item(quiz_set, quiz_set.items[-1].id)
    take(app, set_id, make_user(app, "sam"), [True, None])
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        with pytest.raises(services.SetError) as exc:
            services.add_question(quiz_set, qids[2])
        assert exc.value.status == 409
        with pytest.raises(services.SetError):
            services.remove_item(quiz_set, quiz_set.items[0].id)
        with pytest.raises(services.SetError):
            services.update_settings(quiz_set, {"random_count": 2, "random_topic_ids": [1]})
        first = quiz_set.items[0].question_id
        services.move_item(quiz_set, quiz_set.items[0].id, "down")  # order does not change a score
        assert quiz_set.items[1].question_id == first
        services.update_settings(quiz_set, {"title": "Renamed", "random_count": None, "random_topic_ids": []})
        assert quiz_set.title == "Renamed"


def test_time_limit_refuses_late_answers_and_closes_the_attempt(app, teacher):
    student = make_user(app, "sam")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), time_limit_minutes=10)
    with app.app_context():
        attempt = services.start_set_attempt(db.session.get(QuizSet, set_id), student, now=T0)
        assert attempt.deadline_at == T0 + timedelta(minutes=10)
        record_answer(attempt.questions[0], _multi(answer_form(attempt.questions[0], True)), now=T0 + timedelta(minutes=9))
        with pytest.raises(QuizError, match="Time is up"):
            record_answer(attempt.questions[1], _multi(answer_form(attempt.questions[1], True)), now=T0 + timedelta(minutes=10, seconds=1))
        assert attempt.is_finished and attempt.finished_at == attempt.deadline_at
        assert attempt.score == 1 and attempt.questions[1].response is None


def test_a_late_answer_closes_the_attempt_at_its_deadline_by_the_apps_clock_not_the_servers(app, teacher):
    """Services are given the time of the request (the app's clock, which tests and a class's
    server may set); the server's own clock plays no part. Here the request's clock is decades
    ahead of the server's: the late answer still ends the attempt at its deadline, so the time
    taken is the limit (never a finish before the start)."""
    later = T0.replace(year=2100)
    student = make_user(app, "sam")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), time_limit_minutes=10)
    with app.app_context():
        attempt = services.start_set_attempt(db.session.get(QuizSet, set_id), student, now=later)
        record_answer(attempt.questions[0], _multi(answer_form(attempt.questions[0], True)), now=later + timedelta(minutes=3))
        with pytest.raises(QuizError, match="Time is up"):
            record_answer(attempt.questions[1], _multi(answer_form(attempt.questions[1], True)), now=later + timedelta(minutes=12))
        attempt = db.session.get(Attempt, attempt.id)
        assert attempt.finished_at == later + timedelta(minutes=10)
        assert attempt.score == 1 and attempt.questions[1].response is None


def test_closing_time_caps_the_deadline_and_opening_times_are_enforced(app, teacher):
    student = make_user(app, "sam")
    set_id = make_set(
        app, teacher, question_ids(app, "true_false", 1), time_limit_minutes=60, opens_at=T0, closes_at=T0 + timedelta(minutes=20)
    )
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        with pytest.raises(services.SetError, match="opens"):
            services.start_set_attempt(quiz_set, student, now=T0 - timedelta(minutes=1))
        attempt = services.start_set_attempt(quiz_set, student, now=T0 + timedelta(minutes=5))
        assert attempt.deadline_at == T0 + timedelta(minutes=20)
        with pytest.raises(services.SetError, match="closed"):
            services.start_set_attempt(quiz_set, make_user(app, "late"), now=T0 + timedelta(minutes=20))


def test_attempts_allowed_and_resuming(app, teacher):
    student = make_user(app, "sam")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1), attempts_allowed=1)
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        first = services.start_set_attempt(quiz_set, student, now=T0)
        assert services.start_set_attempt(quiz_set, student, now=T0).id == first.id  # resumes
    take_id = first.id
    with app.app_context():
        from quizapp.quiz.services import finish_attempt

        finish_attempt(db.session.get(Attempt, take_id), now=T0)
        with pytest.raises(services.SetError, match=r"You have used the one attempt allowed for this set\."):
            services.start_set_attempt(db.session.get(QuizSet, set_id), student, now=T0)


def test_two_racing_starts_leave_one_open_attempt(app, teacher, monkeypatch):
    """Two "Start" requests at once: both pass the check, the database keeps one attempt."""
    student = make_user(app, "racer")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), attempts_allowed=1)
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        first = services.start_set_attempt(quiz_set, student, now=T0)
        real_attempts_by = services.attempts_by
        calls = []

        def stale_read(*args):
            # The second request read the attempts before the first one had committed.
            calls.append(1)
            return [] if len(calls) == 1 else real_attempts_by(*args)

        monkeypatch.setattr(services, "attempts_by", stale_read)
        monkeypatch.setattr(services, "unavailable_reason", lambda *args: None)
        second = services.start_set_attempt(quiz_set, student, now=T0)
        # The stale read let the second request try to insert; the database refused it, and
        # the request read the attempts again to hand back the one that stands.
        assert len(calls) == 2
        assert second.id == first.id
        open_attempts = db.session.execute(
            select(func.count()).select_from(Attempt).where(Attempt.quiz_set_id == set_id, Attempt.finished_at.is_(None))
        ).scalar_one()
        assert open_attempts == 1


def test_random_rule_draws_per_student_and_freezes(app, teacher):
    with app.app_context():
        topic_ids = list(db.session.execute(select(Topic.id).limit(2)).scalars())
        pool = set(db.session.execute(select(Question.id).where(Question.topic_id.in_(topic_ids), Question.retired_at.is_(None))).scalars())
    set_id = make_set(app, teacher, [], random_count=3, random_topic_ids=topic_ids)
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        a = services.start_set_attempt(quiz_set, make_user(app, "a"), now=T0, rng=random.Random(1))
        b = services.start_set_attempt(quiz_set, make_user(app, "b"), now=T0, rng=random.Random(2))
        drawn_a = [aq.version.question_id for aq in a.questions]
        assert len(drawn_a) == 3 and set(drawn_a) <= pool
        assert drawn_a != [aq.version.question_id for aq in b.questions]
        db.session.expire_all()
        assert [aq.version.question_id for aq in db.session.get(Attempt, a.id).questions] == drawn_a


def test_duplicate_and_archive(app, teacher):
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), attempts_allowed=2)
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        copy = services.duplicate_set(quiz_set, teacher)
        assert copy.join_code != quiz_set.join_code and copy.attempts_allowed == 2
        assert [i.question_id for i in copy.items] == [i.question_id for i in quiz_set.items]
        services.set_archived(quiz_set, True, T0)
        with pytest.raises(services.SetError, match="archived"):
            services.start_set_attempt(quiz_set, make_user(app, "sam"), now=T0)


def test_answers_are_accepted_until_the_time_limit_or_the_close_whichever_comes_first(app, teacher):
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), time_limit_minutes=30, closes_at=T0 + timedelta(days=1))
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        attempt = services.start_set_attempt(quiz_set, make_user(app, "sam"), now=T0)
        assert answers_accepted_until(attempt) == T0 + timedelta(minutes=30)
        # the teacher closes the set early, after the student started
        quiz_set.closes_at = T0 + timedelta(minutes=10)
        db.session.commit()
        assert answers_accepted_until(attempt) == T0 + timedelta(minutes=10)
    open_set = make_set(app, teacher, question_ids(app, "true_false", 2))
    with app.app_context():
        attempt = services.start_set_attempt(db.session.get(QuizSet, open_set), make_user(app, "ana"), now=T0)
        assert answers_accepted_until(attempt) is None


def test_an_answer_goes_into_its_own_attempt_while_others_are_open(app, teacher):
    """Several students answering at once: each answer locks and fills its own attempt."""
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2))
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        first = services.start_set_attempt(quiz_set, make_user(app, "sam"), now=T0)
        second = services.start_set_attempt(quiz_set, make_user(app, "ana"), now=T0)
        aq = first.questions[0]
        response = record_answer(aq, _multi(answer_form(aq, True)), now=T0 + timedelta(minutes=1))
        assert response.is_correct and response.answered_at == T0 + timedelta(minutes=1)
        assert db.session.get(Attempt, second.id).finished_at is None and all(q.response is None for q in second.questions)


def test_an_answer_to_a_finished_attempt_is_refused_and_stores_nothing(app, teacher):
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2))
    with app.app_context():
        attempt = services.start_set_attempt(db.session.get(QuizSet, set_id), make_user(app, "sam"), now=T0)
        finish_attempt(attempt, now=T0 + timedelta(minutes=1))
        aq = attempt.questions[0]
        with pytest.raises(QuizError) as refused:
            record_answer(aq, _multi(answer_form(aq, True)), now=T0 + timedelta(minutes=2))
        assert str(refused.value) == "This quiz is finished; its answers can no longer change."
        assert db.session.execute(select(func.count()).select_from(Response)).scalar_one() == 0


def test_an_answer_read_before_a_finish_committed_is_refused(app, teacher):
    """The answering request loaded the attempt open; another request finished it before the
    answer was stored: the answer is refused (the score already counted without it)."""
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2))
    with app.app_context():
        attempt_id = services.start_set_attempt(db.session.get(QuizSet, set_id), make_user(app, "sam"), now=T0).id
    with app.app_context():
        stale = question_in_attempt(attempt_id, 1)  # what the answering request read
        assert stale is not None and stale.attempt.finished_at is None and stale.question.response is None
        form = _multi(answer_form(db.session.get(Attempt, attempt_id).questions[0], True))
        with app.app_context():  # the Finish, in its own session, commits first
            finish_attempt(db.session.get(Attempt, attempt_id), now=T0 + timedelta(minutes=1))
        with pytest.raises(QuizError, match="finished before your answer arrived"):
            store_answer(stale.attempt, stale.question, form, now=T0 + timedelta(minutes=1))
    with app.app_context():
        assert db.session.execute(select(func.count()).select_from(Response)).scalar_one() == 0
        assert db.session.get(Attempt, attempt_id).score == 0.0


def test_an_attempt_closed_by_its_time_limit_reveals_nothing_before_the_set_closes(app, teacher):
    """Time up closes the attempt at its deadline; answers shown only after the set closes
    are not revealed by it (no missed-question card, whose back is the correct answer)."""
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2), mode="exam", answers_visible="after_close",
                      time_limit_minutes=10, closes_at=T0 + timedelta(days=1))
    student = make_user(app, "sam")
    with app.app_context():
        attempt = services.start_set_attempt(db.session.get(QuizSet, set_id), student, now=T0)
        aq = attempt.questions[0]
        assert not record_answer(aq, _multi(answer_form(aq, False)), now=T0 + timedelta(minutes=1)).is_correct
        assert close_if_over(attempt, T0 + timedelta(minutes=5)) is None
        assert close_if_over(attempt, T0 + timedelta(minutes=20))  # the reason: time is up
        assert db.session.get(Attempt, attempt.id).finished_at == T0 + timedelta(minutes=10)
        missed = select(func.count()).select_from(StudyCard).where(StudyCard.user_id == student, StudyCard.kind == KIND_MISSED)
        assert db.session.execute(missed).scalar_one() == 0
