"""The daily plan towards an exam date follows FSRS's own model of memory."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from fsrs import Card, Rating, Scheduler, State

from quizapp.cards.plan import PlanError, make_plan

ZONE = ZoneInfo("America/Lima")
TODAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
SCHEDULER = Scheduler(enable_fuzzing=False)


def studied_card(stability: float, days_ago: int, due_in_days: float) -> Card:
    return Card(
        state=State.Review, step=None, stability=stability, difficulty=5.0,
        last_review=NOW - timedelta(days=days_ago), due=NOW + timedelta(days=due_in_days),
    )


def test_new_cards_are_spread_evenly_before_the_eve():
    plan = make_plan([], 20, exam_day=TODAY + timedelta(days=6), today=TODAY, zone=ZONE, scheduler=SCHEDULER)
    assert [d.day for d in plan.days] == [TODAY + timedelta(days=n) for n in range(6)]
    assert [d.new for d in plan.days] == [4, 4, 4, 4, 4, 0]  # the eve is for reviews
    assert sum(d.new for d in plan.days) == plan.new_cards == 20
    assert sum(d.reviews for d in plan.days) >= 20  # each new card is seen again before the exam
    assert plan.expected_with_plan >= 0.9 and plan.expected_if_idle is None


def test_exam_tomorrow_introduces_everything_today():
    plan = make_plan([], 7, exam_day=TODAY + timedelta(days=1), today=TODAY, zone=ZONE, scheduler=SCHEDULER)
    assert [(d.day, d.new) for d in plan.days] == [(TODAY, 7)]


def test_a_card_due_before_the_exam_is_reviewed_on_its_due_day_and_ends_above_target():
    card = studied_card(stability=3.0, days_ago=3, due_in_days=2)
    plan = make_plan([card], 0, exam_day=TODAY + timedelta(days=20), today=TODAY, zone=ZONE, scheduler=SCHEDULER)
    review_days = [d.day for d in plan.days if d.reviews]
    assert review_days[0] == (NOW + timedelta(days=2)).astimezone(ZONE).date()
    assert len(review_days) >= 2  # FSRS asks for it again before the exam
    assert plan.expected_with_plan >= 0.9 > plan.expected_if_idle


def test_a_card_fsrs_would_leave_until_after_the_exam_gets_a_top_up_only_if_it_would_fall_below_target():
    mature = studied_card(stability=30.0, days_ago=10, due_in_days=25)
    low = make_plan([mature], 0, exam_day=TODAY + timedelta(days=15), today=TODAY, zone=ZONE, scheduler=SCHEDULER, target=0.8)
    assert sum(d.reviews for d in low.days) == 0 and low.expected_with_plan >= 0.8
    high = make_plan([mature], 0, exam_day=TODAY + timedelta(days=15), today=TODAY, zone=ZONE, scheduler=SCHEDULER, target=0.95)
    assert [(d.day, d.reviews, d.top_ups) for d in high.days if d.reviews] == [(TODAY + timedelta(days=14), 1, 1)]
    assert high.expected_with_plan >= 0.95 > high.expected_if_idle


def test_the_plan_is_the_same_every_time():
    cards = [studied_card(s, 2, s) for s in (1.0, 4.0, 9.0)]
    first = make_plan(cards, 12, exam_day=TODAY + timedelta(days=9), today=TODAY, zone=ZONE, scheduler=SCHEDULER)
    again = make_plan(cards, 12, exam_day=TODAY + timedelta(days=9), today=TODAY, zone=ZONE, scheduler=SCHEDULER)
    assert first == again


@pytest.mark.parametrize(
    "exam_day,target,message",
    [
        (TODAY, 0.9, "after today"),
        (TODAY - timedelta(days=3), 0.9, "after today"),
        (TODAY + timedelta(days=400), 0.9, "within a year"),
        (TODAY + timedelta(days=5), 0.5, "between 70 % and 99 %"),
    ],
)
def test_dates_and_targets_the_plan_cannot_serve_are_refused_with_the_reason(exam_day, target, message):
    with pytest.raises(PlanError, match=message):
        make_plan([], 5, exam_day=exam_day, today=TODAY, zone=ZONE, scheduler=SCHEDULER, target=target)


def test_rating_good_on_the_due_day_is_what_fsrs_itself_would_schedule():
    # At the scheduler's own retention, the plan's walk and a review through the scheduler
    # agree on the next due day.
    card = studied_card(stability=3.0, days_ago=3, due_in_days=2)
    reviewed, _ = SCHEDULER.review_card(card, Rating.Good, review_datetime=card.due)
    plan = make_plan([card], 0, exam_day=reviewed.due.astimezone(ZONE).date() + timedelta(days=1), today=TODAY, zone=ZONE,
                     scheduler=SCHEDULER, target=0.9)
    days = [d.day for d in plan.days if d.reviews]
    assert days[:2] == [card.due.astimezone(ZONE).date(), reviewed.due.astimezone(ZONE).date()]
