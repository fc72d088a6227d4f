"""A deck's daily plan towards an exam date, from FSRS's own model of memory.

The learner says when the exam is and how much they want to remember on that day (the target
retention). Each card they hold is followed forward with FSRS, assuming every review goes
well (rated Good): the reviews FSRS schedules before the exam land on their days; a card whose
next review falls after the exam, but whose retrievability would have dropped below the
target by the exam, gets one top-up review on the last day before it (FSRS's retrievability
decides, not a hand-made schedule). Cards never studied are spread evenly over the days left,
leaving the exam's eve for reviews, and followed forward the same way.

Pure functions over ``fsrs.Card`` values: the page (cards/views.py) reads the learner's cards
and shows what comes out, day by day, with the retention FSRS expects on the exam day with and
without the plan.
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from fsrs import Card, Rating, Scheduler

MAX_DAYS = 366  # a plan is for an exam within a year
DEFAULT_TARGET = 0.9
MIN_TARGET, MAX_TARGET = 0.7, 0.99


@dataclass
class PlanDay:
    day: date
    new: int = 0
    reviews: int = 0
    top_ups: int = 0  # of which reviews only the exam asks for (FSRS would schedule them later)

    @property
    def total(self) -> int:
        return self.new + self.reviews


@dataclass
class ExamPlan:
    exam_day: date
    target: float
    days: list[PlanDay] = field(default_factory=list)
    expected_with_plan: float | None = None  # mean retrievability at the exam, following the plan
    expected_if_idle: float | None = None  # the same for the cards already studied, with no more reviews
    new_cards: int = 0

    @property
    def busiest(self) -> int:
        return max((d.total for d in self.days), default=0)


class PlanError(ValueError):
    """An exam date or target the plan cannot be made for, with the reason for the learner."""


def check_exam(exam_day: date, today: date, target: float) -> None:
    """Raise PlanError when no plan can be made for this date and target."""
    if exam_day <= today:
        raise PlanError("Choose an exam date after today.")
    if (exam_day - today).days > MAX_DAYS:
        raise PlanError("Choose an exam date within a year.")
    if not MIN_TARGET <= target <= MAX_TARGET:
        raise PlanError(f"Choose a target between {MIN_TARGET:.0%} and {MAX_TARGET:.0%}.".replace("%", " %"))


def make_plan(
    studied: Iterable[Card],
    new_cards: int,
    *,
    exam_day: date,
    today: date,
    zone: ZoneInfo,
    scheduler: Scheduler,
    target: float = DEFAULT_TARGET,
) -> ExamPlan:
    """The day-by-day plan from ``today`` to the day before ``exam_day`` (the exam's morning
    is when memory is measured: 08:00 in the learner's zone)."""
    check_exam(exam_day, today, target)
    planner = _with_retention(scheduler, target)
    exam_moment = _at(exam_day, 8, zone)
    days = {today + timedelta(days=n): PlanDay(today + timedelta(days=n)) for n in range((exam_day - today).days)}
    plan = ExamPlan(exam_day=exam_day, target=target, days=list(days.values()), new_cards=new_cards)

    at_exam: list[float] = []
    idle: list[float] = []
    for card in studied:
        idle.append(planner.get_card_retrievability(card, exam_moment) if card.last_review else 0.0)
        retrievability, reviews, top_up = _follow(card, set(days), today, zone, exam_moment, planner, target)
        _add(days, reviews, top_up, 1)
        at_exam.append(retrievability)

    # New cards: evenly over the days before the eve (or every day if the exam is tomorrow),
    # each first studied that evening and then followed like the others.
    intro_days = list(days)[:-1] or list(days)
    per_day = math.ceil(new_cards / len(intro_days)) if new_cards else 0
    left = new_cards
    for day in intro_days:
        introduced = min(per_day, left)
        if not introduced:
            break
        left -= introduced
        days[day].new += introduced
        first = _at(day, 18, zone)
        studied_card, _ = planner.review_card(Card(due=first), Rating.Good, review_datetime=first)
        retrievability, reviews, top_up = _follow(
            studied_card, set(days), today, zone, exam_moment, planner, target, last=first
        )
        _add(days, reviews, top_up, introduced)
        at_exam.extend([retrievability] * introduced)
    plan.expected_with_plan = sum(at_exam) / len(at_exam) if at_exam else None
    plan.expected_if_idle = sum(idle) / len(idle) if idle else None
    return plan


def _add(days: dict[date, PlanDay], reviews: list[date], top_up: date | None, cards: int) -> None:
    for day in reviews:
        days[day].reviews += cards
    if top_up is not None:
        days[top_up].reviews += cards
        days[top_up].top_ups += cards


def _follow(
    card: Card,
    plan_days: set[date],
    today: date,
    zone: ZoneInfo,
    exam_moment: datetime,
    scheduler: Scheduler,
    target: float,
    last: datetime | None = None,
) -> tuple[float, list[date], date | None]:
    """Walk one card to the exam, every review rated Good: the days of the reviews FSRS
    schedules before it, the day of a top-up review if the card would fall below the target
    by the exam, and its retrievability at the exam."""
    current = replace(card)
    reviews: list[date] = []
    day_start = _at(today, 0, zone)
    for _ in range(1000):  # learning steps are minutes apart and intervals grow: few rounds
        if current.due >= exam_moment:
            break
        review_at = max(current.due, day_start, last or day_start)
        day = review_at.astimezone(zone).date()
        if day in plan_days:
            reviews.append(day)
        current, _ = scheduler.review_card(current, Rating.Good, review_datetime=review_at)
        last = review_at
    top_up = None
    if scheduler.get_card_retrievability(current, exam_moment) < target:
        eve = max(plan_days)
        moment = _at(eve, 18, zone)
        if last is None or moment > last:
            top_up = eve
            current, _ = scheduler.review_card(current, Rating.Good, review_datetime=moment)
    return scheduler.get_card_retrievability(current, exam_moment), reviews, top_up


def _at(day: date, hour: int, zone: ZoneInfo) -> datetime:
    """That hour of that local day, in UTC as FSRS requires."""
    return datetime.combine(day, time(hour, 0), zone).astimezone(UTC)


def _with_retention(scheduler: Scheduler, target: float) -> Scheduler:
    return Scheduler(
        parameters=scheduler.parameters,
        desired_retention=target,
        learning_steps=scheduler.learning_steps,
        relearning_steps=scheduler.relearning_steps,
        maximum_interval=scheduler.maximum_interval,
        enable_fuzzing=False,
    )
