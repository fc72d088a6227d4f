"""The rules of a live session: starting, joining, answering against the server's clock,
moving from question to question, points and ranks.

Every answer goes through the quiz layer's one answer path (``store_answer``) into the
player's attempt at the set, so the set's results, item analysis and exports count a live
session like any other sitting. What is live-only is kept here: when each question opened
and closes (set on the server), the points it earned, and the session's ``version``, grown
by one on every change the students' pages must show (``quizapp.live.hub`` watches it).

Every function that depends on the time takes ``now`` (naive UTC), so tests move the clock.
"""
from __future__ import annotations

import random
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import and_, bindparam, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from quizapp import qtypes
from quizapp.bank.models import QuestionVersion
from quizapp.bank.services import source_passages
from quizapp.extensions import db
from quizapp.qtypes.base import AnswerError
from quizapp.quiz.grading import make_layout
from quizapp.quiz.models import LIVE_MODE, Attempt, AttemptQuestion, Response
from quizapp.quiz.services import QuizError, StoredAnswer, current_versions, finish_attempt, question_in_attempt, store_answer
from quizapp.sets.models import QuizSet
from quizapp.live.models import LiveAnswer, LivePlayer, LiveSession
from quizapp.transactions import unit_of_work

# Types a student answers in well under a minute on a phone: a tap, a few ticks, a word or a
# number. Ordering, matching and cloze can still be played, but take longer than a live round.
LIVE_TYPES = frozenset({"single_choice", "true_false", "multiple_select", "fill_in", "numeric"})

# Codes as the sets' (no 0/O, 1/I/L), shorter: typed from a projector by a whole room.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6
SECONDS_CHOICES = (10, 20, 30, 60, 90)
NAME_MAX = 30
MAX_POINTS = 1000
LEADERBOARD_SIZE = 5
# PostgreSQL channel the hub LISTENs on; the payload is "<session id>:<version>".
CHANNEL = "quizapp_live"

ENDED = "This live session has ended."
CLOSED = "Time is up for this question: answers that arrive after it closes are not counted."
NOT_OPEN = "No question is open right now: wait for your teacher to start the next one."


class LiveError(ValueError):
    """The action cannot be done; ``status`` is the HTTP status, the message says why."""

    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


def is_live_capable(question_type: str) -> bool:
    """Whether the set builder marks a question of this type as suited to a live round."""
    return question_type in LIVE_TYPES


def answer_points(score: float, elapsed: timedelta, limit: timedelta) -> int:
    """Points for an answer worth ``score`` (0..1, partial credit as graded) given ``elapsed``
    after the question opened, of ``limit``: Kahoot's rule, 1000 for an instant right answer
    falling linearly to 500 at the last moment; nothing once the question has closed."""
    if score <= 0 or elapsed > limit:
        return 0
    share = max(elapsed, timedelta(0)) / limit if limit > timedelta(0) else 0.0
    return round(MAX_POINTS * score * (1 - share / 2))


# ---------------------------------------------------------------- finding


def new_code() -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if db.session.execute(select(LiveSession.id).filter_by(code=code)).first() is None:
            return code


def normalise_code(raw: str) -> str:
    return "".join(ch for ch in raw.upper() if ch.isalnum())[: CODE_LENGTH * 2]


def session_by_code(code: str) -> LiveSession | None:
    code = normalise_code(code)
    if not code:
        return None
    return db.session.execute(select(LiveSession).filter_by(code=code)).scalar_one_or_none()


def player_in(session: LiveSession, user_id: int | None) -> LivePlayer | None:
    if user_id is None:
        return None
    return db.session.execute(select(LivePlayer).filter_by(session_id=session.id, user_id=user_id)).scalar_one_or_none()


def open_session_of(quiz_set: QuizSet) -> LiveSession | None:
    """The set's live session that has not ended, if any (a set plays one at a time)."""
    return db.session.execute(
        select(LiveSession).where(LiveSession.quiz_set_id == quiz_set.id, LiveSession.state != "ended").order_by(LiveSession.id.desc())
    ).scalars().first()


def live_code_of(quiz_set: QuizSet) -> str | None:
    """The code of the set's running live session, for the set's join page: students who
    typed the set's code are sent on to the game."""
    session = open_session_of(quiz_set)
    return session.code if session is not None else None


# ---------------------------------------------------------------- the teacher's controls


@unit_of_work
def start_session(
    quiz_set: QuizSet, owner_id: int, *, seconds: int = 20, show_leaderboard: bool = True, hide_names: bool = False
) -> LiveSession:
    """A new live session of the set in its lobby, or the set's session still running.

    The versions of the set's questions are frozen now, so every player answers the same
    questions in the same order even if the set is edited during the game.
    """
    running = open_session_of(quiz_set)
    if running is not None:
        return running
    if quiz_set.is_archived:
        raise LiveError("This set is archived: restore it to play it live.", 409)
    if quiz_set.uses_rule:
        raise LiveError(
            "A live session plays the same questions to the whole room, in order: this set draws its questions at random "
            "for each student. Duplicate it and pick its questions to play it live.",
            409,
        )
    if not quiz_set.items:
        raise LiveError("This set has no questions yet: add some before playing it live.", 409)
    if seconds not in SECONDS_CHOICES:
        raise LiveError("Choose how long each question stays open.")
    versions = current_versions([item.question_id for item in quiz_set.items])
    session = LiveSession(
        quiz_set_id=quiz_set.id,
        owner_id=owner_id,
        code=new_code(),
        state="lobby",
        position=0,
        version_ids=[versions[item.question_id].id for item in quiz_set.items],
        seconds_per_question=seconds,
        show_leaderboard=show_leaderboard,
        hide_names=hide_names,
        version=1,
    )
    db.session.add(session)
    db.session.commit()
    return session


def _changed(session: LiveSession) -> None:
    """Grow the session's version and, on PostgreSQL, tell every listening worker, in the
    caller's transaction (NOTIFY is delivered on commit, and not at all on a rollback)."""
    session.version += 1
    db.session.flush()
    if db.session.get_bind().dialect.name == "postgresql":
        db.session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": f"{session.id}:{session.version}"})


@unit_of_work
def next_question(session: LiveSession, now: datetime) -> LiveSession:
    """Open the next question (from the lobby, a reveal or a leaderboard), or skip the open
    one (its answers so far are kept and scored). After the last question the session ends."""
    if session.is_ended:
        raise LiveError(ENDED, 409)
    if session.position >= session.question_count:
        return end_session(session, now)  # closes the last question itself
    if session.state == "question":
        _close_question(session, now)
    session.position += 1
    session.state = "question"
    session.opened_at = now
    session.closes_at = now + timedelta(seconds=session.seconds_per_question)
    _freeze_current_question(session)
    _changed(session)
    db.session.commit()
    return session


@unit_of_work
def reveal(session: LiveSession, now: datetime) -> LiveSession:
    """Close the open question now (early, if its time is not up) and show its answers."""
    if session.state != "question":
        raise LiveError("There is no open question to show the answers of.", 409)
    _close_question(session, now)
    session.state = "reveal"
    _changed(session)
    db.session.commit()
    return session


@unit_of_work
def show_leaderboard(session: LiveSession) -> LiveSession:
    if session.state != "reveal":
        raise LiveError("The leaderboard comes after a question's answers are shown.", 409)
    if not session.show_leaderboard:
        raise LiveError("The leaderboard is switched off for this session.", 409)
    session.state = "leaderboard"
    _changed(session)
    db.session.commit()
    return session


@unit_of_work
def set_display(session: LiveSession, *, show_leaderboard: bool, hide_names: bool) -> LiveSession:
    """Switch the leaderboard on or off, and hide or show names on the projector."""
    if session.is_ended:
        raise LiveError(ENDED, 409)
    session.show_leaderboard = show_leaderboard
    session.hide_names = hide_names
    if session.state == "leaderboard" and not show_leaderboard:
        session.state = "reveal"
    _changed(session)
    db.session.commit()
    return session


def end_session(session: LiveSession, now: datetime) -> LiveSession:
    """End the session (early, or after its last question), then finish every player's
    attempt, so the set's results show their scores. Ending is one unit; the finishes are a
    series of units (as ``close_overdue_attempts``): a failure keeps those already done, and
    ending again finishes the rest."""
    if not session.is_ended:
        _end(session, now)
    attempt_ids = db.session.execute(
        select(LivePlayer.attempt_id)
        .join(Attempt, Attempt.id == LivePlayer.attempt_id)
        .where(LivePlayer.session_id == session.id, Attempt.finished_at.is_(None))
        .order_by(LivePlayer.id)
    ).scalars().all()
    for attempt_id in attempt_ids:
        attempt = db.session.get(Attempt, attempt_id)
        if attempt is not None:
            finish_attempt(attempt, now)
    return session


@unit_of_work
def _end(session: LiveSession, now: datetime) -> None:
    if session.state == "question":
        _close_question(session, now)
    session.state = "ended"
    session.ended_at = now
    _changed(session)
    db.session.commit()


def _close_question(session: LiveSession, now: datetime) -> None:
    """Close the open question at ``now`` (or when its time ran out) and give each answer that
    arrived in time its points, in the caller's transaction. Runs once per question: only a
    session in the question state has one open."""
    assert session.closes_at is not None and session.opened_at is not None
    session.closes_at = min(session.closes_at, now)
    limit = timedelta(seconds=session.seconds_per_question)
    rows = db.session.execute(
        select(LivePlayer.id, Response.score, Response.answered_at)
        .join(AttemptQuestion, and_(AttemptQuestion.attempt_id == LivePlayer.attempt_id, AttemptQuestion.position == session.position))
        .join(Response, Response.attempt_question_id == AttemptQuestion.id)
        .where(LivePlayer.session_id == session.id)
    ).all()
    points_by_player: dict[int, int] = {}
    answers = []
    for player_id, score, answered_at in rows:
        elapsed = answered_at - session.opened_at
        points = answer_points(score, elapsed, limit) if answered_at <= session.closes_at else 0
        points_by_player[player_id] = points
        answers.append({"player_id": player_id, "position": session.position, "points": points, "response_ms": max(0, int(elapsed.total_seconds() * 1000))})
    if answers:
        db.session.execute(insert(LiveAnswer), answers)
    earned = [{"player": player_id, "earned": points} for player_id, points in points_by_player.items() if points]
    if earned:
        # One statement run for every player (an executemany: on PostgreSQL one round trip, not
        # one per player while the whole room waits for the answers to show).
        players = LivePlayer.__table__
        db.session.execute(
            update(players).where(players.c.id == bindparam("player")).values(total_points=players.c.total_points + bindparam("earned")),
            earned,
        )


def _freeze_current_question(session: LiveSession) -> None:
    """Give every player's attempt the question now opening, in the caller's transaction.

    Questions are added to the attempts as they open, not all at the join: the quiz pages of
    the attempt then offer no question before the room reaches it. Choices are not shuffled,
    so the projector's options and counts read as the phones show them (ordering and matching
    are always shuffled, as their type requires)."""
    players = db.session.execute(
        select(LivePlayer.attempt_id)
        .where(LivePlayer.session_id == session.id)
        .where(~select(AttemptQuestion.id).where(AttemptQuestion.attempt_id == LivePlayer.attempt_id, AttemptQuestion.position == session.position).exists())
    ).scalars().all()
    if not players:
        return
    version = db.session.get(QuestionVersion, session.version_ids[session.position - 1])
    assert version is not None
    rng = random.Random()
    layout_for = _layout_maker(version.content, rng)
    db.session.execute(
        insert(AttemptQuestion),
        [{"attempt_id": attempt_id, "position": session.position, "question_version_id": version.id, "layout": layout_for()} for attempt_id in players],
    )


def _layout_maker(content: dict[str, Any], rng: random.Random) -> Any:
    shuffle = qtypes.get(content["type"]).always_shuffle
    return lambda: make_layout(content, rng, shuffle=shuffle)


# ---------------------------------------------------------------- students


def clean_name(raw: str) -> str:
    return " ".join(unicodedata.normalize("NFC", raw).split())[:NAME_MAX]


@unit_of_work
def join(session: LiveSession, user_id: int, display_name: str, now: datetime) -> LivePlayer:
    """The user's place in the session: found again if they joined before (a reload, another
    device), else made with a new attempt at the set holding the questions played so far
    (a late joiner starts at the current question; the ones missed count zero)."""
    existing = player_in(session, user_id)
    if existing is not None:
        return existing
    if session.is_ended:
        raise LiveError(ENDED, 409)
    name = clean_name(display_name)
    if not name:
        raise LiveError("Choose the name the room will see.")
    taken = db.session.execute(
        select(LivePlayer.display_name).where(LivePlayer.session_id == session.id)
    ).scalars().all()
    if name.casefold() in {other.casefold() for other in taken}:
        raise LiveError("Someone in this session already has that name: choose another.")
    open_attempt = db.session.execute(
        select(Attempt.id).where(Attempt.user_id == user_id, Attempt.quiz_set_id == session.quiz_set_id, Attempt.finished_at.is_(None))
    ).first()
    if open_attempt is not None:
        raise LiveError("You have an unfinished attempt at this set: finish it first, then join the live session.", 409)
    # Everything is read and laid out before the first write: on SQLite the write lock is then
    # held for three inserts and the commit only, so a room joining at once queues briefly.
    quiz_set = session.quiz_set
    versions = _versions(session)
    rng = random.Random()
    played = [(position, version.id, _layout_maker(version.content, rng)()) for position, version in enumerate(versions[: session.position], start=1)]
    attempt = Attempt(
        user_id=user_id,
        quiz_set_id=quiz_set.id,
        document_id=next((v.question.document_id for v in versions if v.question.document_id is not None), None),
        title=f"{quiz_set.title} (live)",
        # Played on the live page alone: the quiz's own pages point there (no feedback on the
        # way, as a test: the room's reveal is it).
        mode=LIVE_MODE,
        settings={"quiz_set": quiz_set.id, "live_session": session.id},
        started_at=now,
        max_score=session.question_count,
    )
    attempt.questions = [AttemptQuestion(position=position, question_version_id=vid, layout=layout) for position, vid, layout in played]
    player = LivePlayer(session_id=session.id, user_id=user_id, display_name=name, joined_at=now)
    db.session.add(attempt)
    try:
        db.session.flush()
        player.attempt_id = attempt.id
        db.session.add(player)
        db.session.commit()
    except IntegrityError:
        # The same student joining twice at once (two taps): the first join stands.
        db.session.rollback()
        again = player_in(session, user_id)
        if again is None:
            raise
        return again
    return player


def _versions(session: LiveSession) -> list[QuestionVersion]:
    rows = {v.id: v for v in db.session.execute(select(QuestionVersion).where(QuestionVersion.id.in_(session.version_ids))).scalars()}
    return [rows[vid] for vid in session.version_ids]


def submit_answer(session: LiveSession, player: LivePlayer, form: Mapping[str, Any], now: datetime) -> StoredAnswer:
    """Store the player's answer to the open question through the quiz's answer path.

    Refused (409) when no question is open or it has closed by the server's clock, and (422)
    when the form is not an answer; nothing is stored then. A second answer returns the first.
    """
    if session.is_ended:
        raise LiveError(ENDED, 409)
    if session.state != "question" or session.closes_at is None:
        raise LiveError(NOT_OPEN, 409)
    if now >= session.closes_at:
        raise LiveError(CLOSED, 409)
    found = question_in_attempt(player.attempt_id, session.position)
    if found is None:
        raise LiveError(NOT_OPEN, 409)
    try:
        return store_answer(found.attempt, found.question, form, now)
    except AnswerError as exc:
        raise LiveError(str(exc)) from None
    except QuizError as exc:
        raise LiveError(str(exc), 409) from None


# ---------------------------------------------------------------- what the pages show


@dataclass(frozen=True)
class Standing:
    name: str
    points: int
    rank: int


@dataclass
class RoomView:
    """What every page of a session at one version shares (the projector's and each phone's):
    read once per version and worker, then each phone adds only its own answer and rank."""

    session_id: int
    code: str
    title: str
    state: str
    position: int
    question_count: int
    version: int
    seconds: int
    opened_at: datetime | None
    closes_at: datetime | None
    show_leaderboard: bool
    hide_names: bool
    content: dict[str, Any] | None = None
    document_id: int | None = None
    passages: list[Any] = field(default_factory=list)  # the cited paragraphs, shown with the answers
    options: list[str] = field(default_factory=list)
    distribution: list[int] = field(default_factory=list)
    right_count: int = 0
    partly_count: int = 0
    wrong_count: int = 0
    answered: int = 0
    players: int = 0
    standings: list[Standing] = field(default_factory=list)
    totals: list[int] = field(default_factory=list)  # every player's points, highest first

    def rank_of(self, points: int) -> int:
        """1 + how many players have more points (ties share a rank)."""
        return 1 + sum(1 for total in self.totals if total > points)

    def seconds_left(self, now: datetime) -> int:
        if self.closes_at is None:
            return 0
        return max(0, int((self.closes_at - now).total_seconds() + 0.999))


def room_view(session: LiveSession) -> RoomView:
    """The room at the session's current version (a few statements)."""
    view = RoomView(
        session_id=session.id, code=session.code, title=session.quiz_set.title, state=session.state, position=session.position,
        question_count=session.question_count, version=session.version, seconds=session.seconds_per_question,
        opened_at=session.opened_at, closes_at=session.closes_at, show_leaderboard=session.show_leaderboard,
        hide_names=session.hide_names,
    )
    if session.position:
        version = db.session.get(QuestionVersion, session.version_ids[session.position - 1])
        assert version is not None
        view.content = version.content
        view.document_id = version.question.document_id
        view.options = qtypes.get(version.content["type"]).options(version.content)
    rows = db.session.execute(
        select(LivePlayer.display_name, LivePlayer.total_points).where(LivePlayer.session_id == session.id).order_by(LivePlayer.total_points.desc(), LivePlayer.id)
    ).all()
    view.players = len(rows)
    view.totals = [points for _, points in rows]
    view.standings = [Standing(name, points, view.rank_of(points)) for name, points in rows[:LEADERBOARD_SIZE]]
    if session.state in ("reveal", "leaderboard", "ended") and view.content is not None:
        _count_answers(session, view)
        view.passages = source_passages(view.document_id, view.content.get("source") or [])
    return view


def _count_answers(session: LiveSession, view: RoomView) -> None:
    """How the room answered the current question: per option for choice types, and right,
    partly right and wrong for every type."""
    assert view.content is not None
    qtype = qtypes.get(view.content["type"])
    given = db.session.execute(
        select(Response.given, Response.score)
        .join(AttemptQuestion, AttemptQuestion.id == Response.attempt_question_id)
        .join(LivePlayer, LivePlayer.attempt_id == AttemptQuestion.attempt_id)
        .where(LivePlayer.session_id == session.id, AttemptQuestion.position == session.position)
    ).all()
    view.answered = len(given)
    view.distribution = [0] * len(view.options)
    for answer, score in given:
        if score >= 1:
            view.right_count += 1
        elif score > 0:
            view.partly_count += 1
        else:
            view.wrong_count += 1
        if view.options:
            picked = set(qtype.picked(view.content, answer))
            for index, option in enumerate(view.options):
                if option in picked:
                    view.distribution[index] += 1


def answers_so_far(session: LiveSession) -> int:
    """Answers to the open question, for the projector's live count."""
    if not session.position:
        return 0
    return db.session.execute(
        select(func.count(Response.id))
        .join(AttemptQuestion, AttemptQuestion.id == Response.attempt_question_id)
        .join(LivePlayer, LivePlayer.attempt_id == AttemptQuestion.attempt_id)
        .where(LivePlayer.session_id == session.id, AttemptQuestion.position == session.position)
    ).scalar_one()


def player_names(session: LiveSession) -> list[str]:
    return list(db.session.execute(select(LivePlayer.display_name).where(LivePlayer.session_id == session.id).order_by(LivePlayer.id)).scalars())


@dataclass(frozen=True)
class PlayerView:
    """One phone's own part of the room: its current question's layout and answer, points."""

    player_id: int
    name: str
    attempt_id: int
    total_points: int
    layout: dict[str, Any] | None
    response: StoredAnswer | None
    points: int | None  # what the current question earned, once scored


def player_view(player_id: int, position: int) -> PlayerView | None:
    """The player's row with their current question and its answer, in one statement."""
    row = db.session.connection().execute(_player_statement("player"), {"player_id": player_id, "position": position}).first()
    return _player_view_of(row) if row is not None else None


def player_views(session_id: int, position: int) -> dict[int, PlayerView]:
    """Every player's own part of the room at ``position``, by player id, in one statement:
    read once per worker when the room moves on, so that each open event stream only draws
    its page (one statement per phone made a room of 200 slow on PostgreSQL)."""
    rows = db.session.connection().execute(_player_statement("session"), {"session_id": session_id, "position": position})
    return {row.id: _player_view_of(row) for row in rows}


def _player_view_of(row: Any) -> PlayerView:
    response = StoredAnswer(row.given, row.score, row.is_correct, row.answered_at) if row.rid is not None else None
    return PlayerView(row.id, row.display_name, row.attempt_id, row.total_points, row.layout, response, row.points)


@cache
def _player_statement(by: str) -> Any:
    """The SELECT behind ``player_view`` (``by="player"``) and ``player_views``
    (``by="session"``), built once: it runs each time the room moves on, so building it each
    time would cost more than running it."""
    p, aq, r, la = LivePlayer.__table__, AttemptQuestion.__table__, Response.__table__, LiveAnswer.__table__
    position: Any = bindparam("position")
    where = p.c.id == bindparam("player_id") if by == "player" else p.c.session_id == bindparam("session_id")
    return (
        select(
            p.c.id, p.c.display_name, p.c.attempt_id, p.c.total_points, aq.c.layout,
            r.c.id.label("rid"), r.c.given, r.c.score, r.c.is_correct, r.c.answered_at, la.c.points,
        )
        .select_from(
            p.outerjoin(aq, and_(aq.c.attempt_id == p.c.attempt_id, aq.c.position == position))
            .outerjoin(r, r.c.attempt_question_id == aq.c.id)
            .outerjoin(la, and_(la.c.player_id == p.c.id, la.c.position == position))
        )
        .where(where)
    )


def code_of_attempt(attempt_id: int) -> str | None:
    """The code of the live session an attempt is played in, if it is a player's."""
    return db.session.execute(
        select(LiveSession.code).join(LivePlayer, LivePlayer.session_id == LiveSession.id).where(LivePlayer.attempt_id == attempt_id)
    ).scalar_one_or_none()


def live_player_guests(guest_ids: list[int]) -> set[int]:
    """Guests among ``guest_ids`` who played a live session: their attempts are in a
    teacher's results, so the idle-guest purge keeps them."""
    if not guest_ids:
        return set()
    return set(db.session.execute(select(LivePlayer.user_id).where(LivePlayer.user_id.in_(guest_ids)).distinct()).scalars())
