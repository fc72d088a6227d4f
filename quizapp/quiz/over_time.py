"""A learner's progress over time: questions answered and accuracy per day or per week, overall
and per topic, for the chart and table on the progress page.

Days and weeks are the learner's own (their account's time zone): the bounds of each are
computed here in Python, so days of 23 or 25 hours are exact, and the database sorts each
answer into its period with one CASE over those bounds. One aggregate statement gives every
period of every topic (the overall series is their sum), and a second names the topics: the
page's cost does not grow with the number of answers, only with the periods shown.

Only answers whose marks the learner may see count (``settled_marks``): an exam in progress
gives nothing away here, as on the rest of the progress page.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, case, func, literal, literal_column, or_, select
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import BindParameter

from quizapp.bank.models import Document, Question, QuestionVersion, Topic
from quizapp.bank.user_documents import may_see_bank
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion, Response
from quizapp.quiz.services import settled_marks
from quizapp.timeutil import to_local, to_utc

# period name -> (how many are shown, ending with the current one; what one is called)
PERIODS: dict[str, tuple[int, str]] = {"day": (30, "Day"), "week": (12, "Week")}
DEFAULT_PERIOD = "day"


class ProgressError(ValueError):
    """The learner asked for a period or topic that does not exist (or that they may not see)."""


@dataclass(frozen=True)
class PeriodTotals:
    """What the learner answered in one day or week: how many, and their summed marks (a
    question with partial credit adds its fraction), as the accuracy by topic counts them."""

    start: date
    answered: int = 0
    score: float = 0.0

    @property
    def accuracy(self) -> float | None:
        """Percent of the marks available; None when nothing was answered (not 0 %)."""
        return 100.0 * self.score / self.answered if self.answered else None


@dataclass(frozen=True)
class TopicChoice:
    id: int
    title: str
    document: str


@dataclass
class ProgressOverTime:
    """The series shown: ``periods`` for the chosen topic (all topics when ``topic`` is None),
    and the topics answered in the span shown, to choose from."""

    period: str
    topic: TopicChoice | None
    periods: list[PeriodTotals]
    topics: list[TopicChoice] = field(default_factory=list)

    @property
    def answered(self) -> int:
        return sum(p.answered for p in self.periods)

    @property
    def accuracy(self) -> float | None:
        answered = self.answered
        return 100.0 * sum(p.score for p in self.periods) / answered if answered else None

    @property
    def period_name(self) -> str:
        return PERIODS[self.period][1]


def period_starts(today: date, period: str) -> list[date]:
    """The first day of each period shown, oldest first, the last one holding ``today``;
    weeks begin on Monday."""
    count = PERIODS[period][0]
    if period == "week":
        monday = today - timedelta(days=today.weekday())
        return [monday - timedelta(weeks=count - 1 - i) for i in range(count)]
    return [today - timedelta(days=count - 1 - i) for i in range(count)]


def _instant(day: date, zone: ZoneInfo) -> datetime:
    """The naive-UTC instant at which ``day`` begins in ``zone``."""
    return to_utc(datetime.combine(day, time(0)), zone)


def find_topic(topic_id: int, viewer_id: int | None) -> TopicChoice:
    """The topic to chart, or ProgressError for one that does not exist or whose bank the
    learner may not see (a user's unlisted document)."""
    row = db.session.execute(
        select(Topic.id, Topic.title, Document.title, Document.id).join(Document, Document.id == Topic.document_id).where(Topic.id == topic_id)
    ).first()
    if row is None or not may_see_bank(row[3], viewer_id):
        raise ProgressError("There is no such topic.")
    return TopicChoice(row[0], row[1], row[2])


@cache
def _series_statement(periods: int) -> Select:
    """Answers and marks per period and topic, for ``periods`` periods whose bounds are the
    parameters ``bound_0`` … ``bound_<periods>``; built once per number of periods, since
    building and compiling the CASE costs several times what running it does."""
    when = Response.answered_at
    bound: list[BindParameter[datetime]] = [bindparam(f"bound_{i}") for i in range(periods + 1)]
    # The period an answer falls in: the first upper bound it is below.
    bucket = case(*((when < bound[i + 1], literal(i)) for i in range(periods - 1)), else_=literal(periods - 1)).label("bucket")
    return (
        select(bucket, Question.topic_id, func.count(Response.id), func.sum(Response.score))
        .select_from(Response)
        .join(AttemptQuestion, AttemptQuestion.id == Response.attempt_question_id)
        .join(Attempt, Attempt.id == AttemptQuestion.attempt_id)
        .join(QuestionVersion, QuestionVersion.id == AttemptQuestion.question_version_id)
        .join(Question, Question.id == QuestionVersion.question_id)
        # An attempt's answers fall between its start and its finish: attempts finished before
        # the span (most of a long history) or begun after it are dropped from the learner's
        # attempt rows before any of their answers is read.
        .where(
            Attempt.user_id == bindparam("user_id"),
            Attempt.started_at < bound[-1],
            or_(Attempt.finished_at.is_(None), Attempt.finished_at >= bound[0]),
            when >= bound[0],
            when < bound[-1],
            settled_marks(),
        )
        .group_by(literal_column("bucket"), Question.topic_id)
    )


def progress_over_time(user_id: int, zone: ZoneInfo, now: datetime, period: str = DEFAULT_PERIOD, topic_id: int | None = None) -> ProgressOverTime:
    """Questions answered and accuracy in each of the last days (30) or weeks (12) in the
    learner's ``zone``, overall or for one topic: two statements however long the history."""
    if period not in PERIODS:
        raise ProgressError("Choose days or weeks.")
    chosen = find_topic(topic_id, user_id) if topic_id is not None else None
    today = to_local(now, zone).date()
    starts = period_starts(today, period)
    following = starts[-1] + (timedelta(weeks=1) if period == "week" else timedelta(days=1))
    bounds = [_instant(day, zone) for day in [*starts, following]]
    rows = db.session.execute(
        _series_statement(len(starts)), {"user_id": user_id, **{f"bound_{i}": bound for i, bound in enumerate(bounds)}}
    ).all()
    totals: dict[int, list[float]] = {}
    answered_topics: set[int] = set()
    for index, topic, answered, score in rows:
        if topic is not None:
            answered_topics.add(topic)
        if chosen is not None and topic != chosen.id:
            continue
        slot = totals.setdefault(int(index), [0, 0.0])
        slot[0] += answered
        slot[1] += float(score or 0)
    periods = [PeriodTotals(day, int(totals.get(i, [0, 0.0])[0]), totals.get(i, [0, 0.0])[1]) for i, day in enumerate(starts)]
    topics: list[TopicChoice] = []
    wanted = answered_topics | ({chosen.id} if chosen is not None else set())
    if wanted:
        topics = [
            TopicChoice(*row)
            for row in db.session.execute(
                select(Topic.id, Topic.title, Document.title)
                .join(Document, Document.id == Topic.document_id)
                .where(Topic.id.in_(wanted))
                .order_by(Document.title, Topic.position, Topic.id)
            ).all()
        ]
    return ProgressOverTime(period=period, topic=chosen, periods=periods, topics=topics)


def period_label(start: date, period: str) -> str:
    """A period under its bar: "02 Mar" (a day, or the Monday a week begins)."""
    return start.strftime("%d %b")
