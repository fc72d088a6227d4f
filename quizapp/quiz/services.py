"""Generating quizzes, recording answers and summing up progress: the rules of self-study."""
from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache, lru_cache
from operator import attrgetter
from typing import Any, NamedTuple

from sqlalchemy import Select, String, Text, and_, bindparam, case, cast, func, insert, literal_column, or_, select, update
from sqlalchemy.exc import IntegrityError

from quizapp import qtypes
from quizapp.bank.models import Document, Question, QuestionVersion, Topic
from quizapp.bank.services import draw_apart
from quizapp.events import answer_recorded, attempt_finished
from quizapp.extensions import KeptCompiled, db
from quizapp.quiz.grading import correct_answer_text, given_answer_text, grade, make_layout, read_answer
from quizapp.quiz.models import Attempt, AttemptQuestion, Response, ScoredAttempt, mode_label
from quizapp.timeutil import utcnow
from quizapp.transactions import unit_of_work

# An attempt may belong to a teacher's quiz set, whose definition (closing time, archiving, answer
# policy, hidden bank questions) decides what the attempt may do and show. This layer reads those
# columns from ``quizapp.sets.models``: the one reference upward that docs/ARCHITECTURE.md allows,
# as that module imports nothing of ``quiz`` (tests/test_layering.py). The functions import it
# when they run because importing ``quizapp.sets`` runs its ``__init__``, which imports
# ``sets.views``, which imports this module.

FOCUSES = {
    "all": "All questions",
    "unseen": "Questions I have not seen yet",
    "missed": "Questions I got wrong last time",
}


class QuizError(ValueError):
    """The quiz cannot be made as asked; the message tells the learner why."""


@dataclass(frozen=True)
class QuizRequest:
    document_id: int
    topic_ids: list[int]
    types: list[str]
    count: int
    mode: str
    focus: str
    paragraph: int | None = None  # only questions citing this paragraph of the document


def draw_questions(user_id: int, request: QuizRequest, rng: random.Random, now: datetime | None = None) -> list[Question]:
    """Live questions matching the request and focus, sampled at random, at most ``count``.

    Leaves out the bank questions a teacher hides until their quiz set closes.
    """
    query = select(Question).where(
        Question.document_id == request.document_id,
        Question.retired_at.is_(None),
        Question.topic_id.in_(request.topic_ids),
        Question.type.in_(request.types),
    )
    if hidden := hidden_bank_questions(now or utcnow(), viewer_id=user_id):
        query = query.where(Question.id.not_in(hidden))
    if request.focus == "unseen":
        query = query.where(Question.id.not_in(seen_question_ids(user_id)))
    elif request.focus == "missed":
        query = query.where(Question.id.in_(missed_question_ids(user_id)))
    candidates = list(db.session.execute(query.order_by(Question.id)).scalars())
    if request.paragraph is not None:
        cited = set(questions_citing(request.document_id, request.paragraph))
        candidates = [q for q in candidates if q.id in cited]
    return draw_apart(candidates, request.count, rng)  # never two enemies (quizapp.bank.enemies)


def questions_citing(document_id: int, paragraph: int) -> list[int]:
    """Live questions of the document whose current version cites ``paragraph``.

    Sources live in each version's JSON content, read here in Python: a bank has hundreds of
    questions, and JSON containment is written differently on SQLite and PostgreSQL."""
    rows = db.session.execute(
        select(Question.id, QuestionVersion.content)
        .join(QuestionVersion, and_(QuestionVersion.question_id == Question.id, QuestionVersion.number == Question.version))
        .where(Question.document_id == document_id, Question.retired_at.is_(None))
    )
    return [qid for qid, content in rows if paragraph in (content.get("source") or [])]


def hidden_bank_questions(now: datetime, viewer_id: int | None = None) -> set[int]:
    """Bank questions hidden, until their set closes or is archived, by quiz sets that ask for
    it ("Hide this set's bank questions from self-study"), from everyone but the set's owner.

    Self-study and other people's sets would show their answers before the exam: a set's
    items, or for a random draw every live question of its topics.
    """
    from quizapp.sets.models import Accommodation, QuizSet, QuizSetItem  # see the note on sets.models at the top

    # A student given a later close time may still be answering after the set's own close.
    closes_later_for_someone = (
        select(Accommodation.id).where(Accommodation.quiz_set_id == QuizSet.id, Accommodation.closes_at > now).exists()
    )
    hiding = (
        select(QuizSet)
        .where(
            QuizSet.hide_bank_questions.is_(True),
            QuizSet.archived_at.is_(None),
            or_(QuizSet.closes_at.is_(None), QuizSet.closes_at > now, closes_later_for_someone),
        )
        .order_by(QuizSet.id)
    )
    if viewer_id is not None:
        hiding = hiding.where(QuizSet.owner_id != viewer_id)
    sets = list(db.session.execute(hiding).scalars())
    if not sets:
        return set()
    items = select(QuizSetItem.question_id).where(QuizSetItem.quiz_set_id.in_([s.id for s in sets]))
    hidden = set(db.session.execute(items).scalars())
    topics = {topic_id for s in sets if s.uses_rule for topic_id in (s.random_topic_ids or [])}
    if topics:
        hidden |= set(db.session.execute(select(Question.id).where(Question.topic_id.in_(topics))).scalars())
    return hidden


def seen_question_ids(user_id: int) -> Any:
    """Questions the user has answered at least once, as a subquery."""
    return (
        select(QuestionVersion.question_id)
        .join(AttemptQuestion, AttemptQuestion.question_version_id == QuestionVersion.id)
        .join(Response, Response.attempt_question_id == AttemptQuestion.id)
        .join(Attempt, Attempt.id == AttemptQuestion.attempt_id)
        .where(Attempt.user_id == user_id)
    )


def missed_question_ids(user_id: int) -> list[int]:
    """Questions whose latest response by the user, among those whose marks the user may see
    (``settled_marks``), was not fully right: a "missed" quiz drawn mid-test must not tell
    which of the test's answers were wrong."""
    rows = db.session.execute(
        select(QuestionVersion.question_id, Response.is_correct)
        .join(AttemptQuestion, AttemptQuestion.question_version_id == QuestionVersion.id)
        .join(Response, Response.attempt_question_id == AttemptQuestion.id)
        .join(Attempt, Attempt.id == AttemptQuestion.attempt_id)
        .where(Attempt.user_id == user_id, settled_marks())
        .order_by(Response.answered_at, Response.id)
    ).all()
    latest: dict[int, bool] = {}
    for question_id, is_correct in rows:
        latest[question_id] = is_correct
    return [qid for qid, ok in latest.items() if not ok]


@unit_of_work
def start_attempt(
    user_id: int,
    questions: list[Question],
    *,
    title: str,
    mode: str,
    document_id: int | None,
    settings: dict[str, Any],
    rng: random.Random,
) -> Attempt:
    """Freeze the drawn questions' current versions, their order and their layouts."""
    if not questions:
        raise QuizError("No questions match those choices. Choose more topics or types, or another focus.")
    attempt = Attempt(
        user_id=user_id,
        document_id=document_id,
        title=title,
        mode=mode,
        settings=settings,
        max_score=len(questions),
    )
    freeze_questions(attempt, questions, rng)
    db.session.add(attempt)
    db.session.commit()
    return attempt


def freeze_questions(attempt: Attempt, questions: list[Question], rng: random.Random, shuffle_choices: bool = True) -> None:
    """Pin each question's current version, its position and its layout into the attempt."""
    versions = current_versions([q.id for q in questions])
    for position, question in enumerate(questions, start=1):
        version = versions[question.id]
        # Ordering and matching are always shuffled: shown in bank order, they give the answer.
        shuffle = shuffle_choices or qtypes.get(version.content["type"]).always_shuffle
        attempt.questions.append(
            AttemptQuestion(position=position, version=version, layout=make_layout(version.content, rng, shuffle=shuffle))
        )


def current_versions(question_ids: list[int]) -> dict[int, QuestionVersion]:
    rows = db.session.execute(
        select(QuestionVersion)
        .join(Question, Question.id == QuestionVersion.question_id)
        .where(Question.id.in_(question_ids), QuestionVersion.number == Question.version)
    ).scalars()
    return {v.question_id: v for v in rows}


@unit_of_work
def new_quiz(user_id: int, request: QuizRequest, rng: random.Random | None = None, now: datetime | None = None) -> Attempt:
    rng = rng or random.Random()
    document = db.session.get(Document, request.document_id)
    if document is None:
        raise QuizError("That document is not in the bank.")
    questions = draw_questions(user_id, request, rng, now)
    if not questions and request.paragraph is not None:
        raise QuizError(f"No question of this document cites paragraph {request.paragraph} yet.")
    if not questions and request.focus != "all":
        raise QuizError(
            "You have no missed questions among those topics and types. Choose another focus."
            if request.focus == "missed"
            else "You have seen every question that matches. Choose “All questions” to practise them again."
        )
    settings = {
        "topics": request.topic_ids,
        "types": request.types,
        "count": request.count,
        "focus": request.focus,
        **({"paragraph": request.paragraph} if request.paragraph is not None else {}),
    }
    return start_attempt(
        user_id, questions, title=document.title, mode=request.mode, document_id=document.id, settings=settings, rng=rng
    )


@unit_of_work
def retry_missed(attempt: Attempt, rng: random.Random | None = None, now: datetime | None = None) -> Attempt:
    """A new attempt with the questions of ``attempt`` that were not fully right (less any a
    teacher hides until their quiz set closes)."""
    rng = rng or random.Random()
    missed = [aq.version.question for aq in attempt.questions if aq.response is None or not aq.response.is_correct]
    if not missed:
        raise QuizError("You got every question right: there is nothing to retry.")
    hidden = hidden_bank_questions(now or utcnow(), viewer_id=attempt.user_id)
    missed = [q for q in missed if q.id not in hidden]
    if not missed:
        raise QuizError("The questions you missed are part of a teacher's quiz set, hidden from practice until it closes.")
    rng.shuffle(missed)
    return start_attempt(
        attempt.user_id,
        missed,
        title=f"{attempt.title} — retry",
        mode=attempt.mode,
        document_id=attempt.document_id,
        settings={**attempt.settings, "retry_of": attempt.id},
        rng=rng,
    )


# Why an attempt is over; each is shown both when an answer is refused and when a page is opened.
TIME_UP = "Time is up: answers sent after the time limit are not accepted. Your attempt is closed and your answers so far are scored."
SET_CLOSED = "This quiz set has closed: answers sent after its closing time are not accepted. Your attempt is closed and your answers so far are scored."
SET_ARCHIVED = "Your teacher has archived this quiz set, so it takes no more answers. Your attempt is closed and your answers so far are scored."
FINISHED = "This quiz is finished; its answers can no longer change."
FINISHED_FIRST = "This quiz was finished before your answer arrived, so the answer was not counted."


@dataclass(frozen=True)
class OutcomeVisibility:
    """What a learner may see of an attempt's outcome at a given moment."""

    marks: bool  # whether each answer was right, and the score
    answers: bool  # the correct answers and explanations (also the back of a missed-question card)


def outcome_visibility(attempt: Attempt | AttemptRow, now: datetime) -> OutcomeVisibility:
    """May this learner see the outcome of this attempt yet? The one rule for every page,
    export, statistic and missed-question card (``settled_marks`` is its SQL form).

    Self-study: at once in practice mode, at the end in test mode. A quiz set adds its
    teacher's policy: "immediately" as self-study; "after_close" only once this attempt is
    finished *and* the set has closed (a student still answering after the close time sees
    nothing); "never" shows the marks of a finished attempt, never the answers. "After the
    set closes" waits for the last close time of anyone (``answers_open_at``): a student given
    a later close time must not find the answers in a classmate's hands.
    """
    practice = attempt.mode == "practice"
    if attempt.quiz_set_id is None:
        seen = attempt.is_finished or practice
        return OutcomeVisibility(marks=seen, answers=seen)
    quiz_set = attempt.quiz_set
    policy = quiz_set.answers_visible if quiz_set is not None else "never"
    marks = attempt.is_finished or (practice and policy == "immediately")
    if policy == "immediately":
        answers = marks
    elif policy == "after_close":
        opens = quiz_set.answers_open_at if quiz_set is not None else None
        answers = attempt.is_finished and opens is not None and now >= opens
    else:
        answers = False
    return OutcomeVisibility(marks=marks, answers=answers)


def settled_marks() -> Any:
    """SQL for ``outcome_visibility(...).marks``: attempts whose marks the learner may see now.

    A test or an exam in progress must not give away, through accuracy figures or an export,
    whether the last answer was right. tests/quiz/test_outcome_visibility.py checks that this
    and ``outcome_visibility`` agree.
    """
    from quizapp.sets.models import QuizSet  # see the note on sets.models at the top

    shows_at_once = select(QuizSet.id).where(QuizSet.answers_visible == "immediately")
    return or_(
        Attempt.finished_at.is_not(None),
        and_(Attempt.mode == "practice", or_(Attempt.quiz_set_id.is_(None), Attempt.quiz_set_id.in_(shows_at_once))),
    )


def _refuse_unless_open(attempt: Attempt | AttemptRow, now: datetime) -> None:
    """Raise QuizError for a finished attempt, and for one that is over by ``now`` (closing it
    first, so the learner finds it finished): what an answer and a flag both refuse."""
    if attempt.finished_at is not None:
        raise QuizError(FINISHED)
    if end := attempt_end(attempt, now):
        ended = db.session.get(Attempt, attempt.id)
        if ended is not None:
            finish_attempt(ended, now)
        raise QuizError(end[1])


def attempt_end(attempt: Attempt | AttemptRow, now: datetime) -> tuple[datetime, str] | None:
    """When and why an unfinished attempt is over by ``now``, or None while it may go on.

    Over once its time limit has passed, its set's *current* closing time for this student has
    come (the teacher may have moved it since the attempt started, or given the student their
    own, ``set_closes_at``) or its set is archived; the earliest
    of these is when it ended, and never before it started.
    """
    ends: list[tuple[datetime, str]] = []
    quiz_set = attempt.quiz_set if attempt.quiz_set_id is not None else None
    if quiz_set is not None:
        # Before the time limit: a deadline that is the close time itself reads "closed".
        closes_at = attempt.set_closes_at
        if closes_at is not None and now >= closes_at:
            ends.append((closes_at, SET_CLOSED))
        if quiz_set.archived_at is not None:
            ends.append((min(now, quiz_set.archived_at), SET_ARCHIVED))
    if attempt.deadline_at is not None and now > attempt.deadline_at:
        ends.append((attempt.deadline_at, TIME_UP))
    if not ends:
        return None
    moment, reason = min(ends, key=lambda end: end[0])
    return max(moment, attempt.started_at), reason


def answers_accepted_until(attempt: Attempt | AttemptRow) -> datetime | None:
    """The last moment an answer is accepted, for the countdown: the time limit or the set's
    current closing time for this student, whichever comes first (archiving cannot be foreseen)."""
    ends = [attempt.deadline_at]
    if attempt.quiz_set is not None:  # None for self-study (no query: a null key loads nothing)
        ends.append(attempt.set_closes_at)
    known = [moment for moment in ends if moment is not None]
    return min(known) if known else None


def _lock_open_attempt(attempt_id: int) -> bool:
    """Take the attempt's write lock for the rest of this transaction, if it is still open.

    A no-op UPDATE guarded by ``finished_at IS NULL``: on SQLite it starts the write
    transaction (one writer at a time), on PostgreSQL it locks the row (a concurrent finish
    waits, then sees the new row). Answering and finishing both take it first, so an answer is
    stored only into an open attempt, and a finish sums every answer stored before it.
    A Core statement on the session's connection: the ORM's bookkeeping is most of an
    answer's cost otherwise (issue 15).
    """
    result = db.session.connection().execute(_lock_statement(), {"attempt_id": attempt_id})
    return result.rowcount == 1


# The answer path's statements are built once, with bound parameters: building a statement
# (coercing each column and value) cost as much as running it (issue 15).


@cache
def _lock_statement() -> Any:
    table = Attempt.__table__
    return update(table).where(table.c.id == bindparam("attempt_id"), table.c.finished_at.is_(None)).values(finished_at=None)


@cache
def _response_insert() -> Any:
    """The answer's INSERT, made only while its attempt is open and its attempt question still
    holds the version the answer was graded against (``INSERT ... SELECT ... WHERE EXISTS``:
    one statement, which on SQLite is also what takes the write lock).

    On SQLite a write statement waits for the one write lock before it reads, so it sees the
    attempt and its question as last committed: a Finish that committed first leaves it
    nothing to insert (the answer is refused), one that comes after waits and counts it. That
    makes the attempt's lock (``_lock_open_attempt``, a statement of its own) needless there,
    and the write lock is held for this statement and the commit only. On PostgreSQL the
    answer takes the row lock first, as a Finish does (``_store_answer``).

    A regrade confirmed while the answer was being graded has moved the question to a fixed
    key (``sets.marking.regrade``, which holds the attempt's lock while it does so): then no
    row is inserted either, and ``_store_answer`` grades the answer again against the fixed
    key, so no answer keeps a mark from the old one.
    """
    response, aq, attempt = Response.__table__, AttemptQuestion.__table__, Attempt.__table__
    values = select(
        bindparam("attempt_question_id", type_=response.c.attempt_question_id.type),
        bindparam("given", type_=response.c.given.type),
        bindparam("score", type_=response.c.score.type),
        bindparam("is_correct", type_=response.c.is_correct.type),
        bindparam("answered_at", type_=response.c.answered_at.type),
    ).where(
        select(aq.c.id)
        .join(attempt, attempt.c.id == aq.c.attempt_id)
        .where(
            aq.c.id == bindparam("attempt_question_id"),
            aq.c.question_version_id == bindparam("version_id"),
            attempt.c.finished_at.is_(None),
        )
        .exists()
    )
    # RETURNING says whether the row went in (a rowcount of INSERT ... SELECT is not kept by
    # every driver and SQLAlchemy version); SQLite has it since 3.35.
    return insert(response).from_select(["attempt_question_id", "given", "score", "is_correct", "answered_at"], values).returning(
        response.c.id
    )


# ---------------------------------------------------------------- the answer path, in Core
#
# An answer POST and a question page are the hot paths of a class taking a test: they read one
# statement (the attempt, the one question, its version, its language, its set's rules, its
# answer if any, and the attempt's progress) into the plain rows below, and an answer writes
# two more (lock the attempt, insert the response) and commits once. The templates read these
# rows exactly as they read the ORM objects (same attribute names).


@dataclass(frozen=True)
class SetRules:
    """What an attempt's quiz set decides about it: when it closes *for this student* (their
    accommodation's close time, if any), whether it is archived, and when its answers may be
    seen (``outcome_visibility``, ``attempt_end``)."""

    closes_at: datetime | None
    archived_at: datetime | None
    answers_visible: str
    answers_open_at: datetime | None = None  # QuizSet.answers_open_at


@dataclass(frozen=True)
class AttemptRow(ScoredAttempt):
    """An attempt's own columns, as the question page and the answer path need them."""

    id: int
    user_id: int
    title: str
    mode: str
    started_at: datetime
    finished_at: datetime | None
    deadline_at: datetime | None
    quiz_set_id: int | None
    document_id: int | None
    score: float | None
    max_score: int
    quiz_set: SetRules | None

    @property
    def mode_label(self) -> str:
        return mode_label(self.mode, self.quiz_set_id)

    @property
    def set_closes_at(self) -> datetime | None:
        """``Attempt.set_closes_at``: read with the student's accommodation into ``SetRules``."""
        return self.quiz_set.closes_at if self.quiz_set is not None else None


@dataclass(frozen=True)
class StoredAnswer:
    """A stored response: what the feedback shows and the callers check (no one needs its id)."""

    given: Any
    score: float
    is_correct: bool
    answered_at: datetime


@dataclass(frozen=True)
class QuestionRow:
    """One question of an attempt, with its frozen layout, its version's content, the language
    its answers are read in (``AttemptQuestion.language``) and its stored answer, if any."""

    id: int
    position: int
    layout: dict[str, Any]
    version_id: int
    question_id: int
    content: dict[str, Any]
    language: str
    response: StoredAnswer | None
    flagged: bool = False


class NavEntry(NamedTuple):
    """One button of the question navigator: a question's position, whether it is answered
    and flagged, and how it went (``"right"``, ``"partial"``, ``"wrong"``) only where the
    learner may see marks now (``navigator``); None otherwise.

    A named tuple: its hash is a tuple's, computed in C, and every entry of every navigator
    drawn is looked up by it among the kept pieces (``quiz.fragments.navigator_entries``); a
    frozen dataclass hashed in Python cost most of the navigator (issue 15)."""

    position: int
    answered: bool
    flagged: bool
    outcome: str | None = None


@dataclass(frozen=True)
class Navigator:
    """Every question of an attempt as the navigator and the summary before Finish show it."""

    entries: tuple[NavEntry, ...]

    @property
    def total(self) -> int:
        return len(self.entries)

    @property
    def answered(self) -> int:
        # A list's length, not a generator's sum: one call, not one resumption an entry.
        return len([entry for entry in self.entries if entry.answered])

    @property
    def unanswered(self) -> list[NavEntry]:
        return [entry for entry in self.entries if not entry.answered]

    @property
    def flagged(self) -> list[NavEntry]:
        return [entry for entry in self.entries if entry.flagged]

    def entry(self, position: int) -> NavEntry:
        return self.entries[position - 1]

    def with_entry(self, entry: NavEntry) -> Navigator:
        """The navigator after one question changed (answered, flagged), without reading again."""
        return Navigator(tuple(entry if e.position == entry.position else e for e in self.entries))


def _outcome(score: float | None, is_correct: bool | None) -> str | None:
    if score is None:
        return None
    return "right" if is_correct else "partial" if score > 0 else "wrong"


def answer_outcome(answer: StoredAnswer) -> str | None:
    """How a stored answer went, in the navigator's words (``NavEntry.outcome``)."""
    return _outcome(answer.score, answer.is_correct)


def navigator(attempt: Attempt | AttemptRow, entries: tuple[NavEntry, ...], now: datetime) -> Navigator:
    """The navigator as this learner may see it now: whether each answer was right shows only
    where ``outcome_visibility`` allows the marks (practice with feedback), so a test or an exam
    in progress tells nothing through the navigator's colours or words."""
    if outcome_visibility(attempt, now).marks:
        return Navigator(entries)
    # Only the answered entries carry an outcome to hide (a test's answers, twice per answer).
    return Navigator(tuple(entry if entry.outcome is None else NavEntry(entry.position, entry.answered, entry.flagged) for entry in entries))


def navigator_of(attempt: Attempt, now: datetime) -> Navigator:
    """``navigator`` for an attempt loaded with its questions and responses (ORM objects)."""
    entries = tuple(
        NavEntry(
            aq.position,
            aq.response is not None,
            aq.flagged,
            _outcome(aq.response.score, aq.response.is_correct) if aq.response is not None else None,
        )
        for aq in attempt.questions
    )
    return navigator(attempt, entries, now)


# The navigator's column of the question statement: one item per question of the attempt,
# "position:state" joined by commas, state being u (unanswered), r, p or w (right, partly,
# wrong), followed by f when flagged. Read by ``_nav_entries``.
def _nav_entries(packed: str | None) -> tuple[NavEntry, ...]:
    if packed is not None and len(packed) <= NAVIGATORS_KEPT_LENGTH:
        return _kept_nav_entries(packed)
    return _parsed_nav_entries(packed)


# Packed navigators whose entries are kept per worker, and the longest kept (a 200-question
# attempt's is about 1,200 characters).
NAVIGATORS_KEPT = 4096
NAVIGATORS_KEPT_LENGTH = 2048


@lru_cache(maxsize=NAVIGATORS_KEPT)
def _kept_nav_entries(packed: str) -> tuple[NavEntry, ...]:
    """The entries of a packed navigator, parsed once per worker for each text: an attempt's
    is read again on every page until an answer or a flag changes it, and every attempt of a
    class at the same point of a quiz reads the same text ("1:u,2:u,...": issue 15, twenty
    items parsed and sorted a page). Immutable: a tuple of named tuples, shared safely."""
    return _parsed_nav_entries(packed)


def _parsed_nav_entries(packed: str | None) -> tuple[NavEntry, ...]:
    entry = _nav_entry
    return tuple(sorted((entry(item) for item in (packed or "").split(",") if item), key=_BY_POSITION))


_BY_POSITION = attrgetter("position")


@lru_cache(maxsize=8192)
def _nav_entry(item: str) -> NavEntry:
    """One "position:state" item as its (immutable) entry, parsed once per worker: an attempt's
    navigator is read on every question page and answer, and most items recur (issue 15)."""
    position, state = item.split(":")
    outcome = {"r": "right", "p": "partial", "w": "wrong"}.get(state[:1])
    return NavEntry(int(position), outcome is not None, state.endswith("f"), outcome)


@dataclass(frozen=True)
class QuestionInAttempt:
    """What the question page and the answer POST read, in one statement: the navigator's
    entries as stored (``navigator`` decides what of them the learner sees)."""

    attempt: AttemptRow
    question: QuestionRow
    entries: tuple[NavEntry, ...]

    @property
    def answered(self) -> int:
        # A list's length, not a generator's sum: one call, not one resumption an entry.
        return len([entry for entry in self.entries if entry.answered])

    @property
    def total(self) -> int:
        return len(self.entries)


def _sql_text(constant: str) -> Any:
    """A string constant written into a prebuilt statement's SQL, not bound at each execution:
    only for the fixed strings of this module (no quote in them to escape)."""
    assert "'" not in constant
    return literal_column(f"'{constant}'", String)


@cache
def _question_statement() -> Any:
    """The one SELECT behind ``question_in_attempt``, built once and compiled once per dialect
    (kept by its cache key's identity, ``KeptCompiled``): bound by ``attempt_id`` and ``position``."""
    from quizapp.sets.models import Accommodation, QuizSet  # sets build on quizzes: imported when used

    a, aq, qv, q = Attempt.__table__, AttemptQuestion.__table__, QuestionVersion.__table__, Question.__table__
    r, qs = Response.__table__, QuizSet.__table__
    own, anyone = Accommodation.__table__.alias("own"), Accommodation.__table__.alias("anyone")
    # The last close time given to any student of the set (``QuizSet.answers_open_at``).
    latest_close = select(func.max(anyone.c.closes_at)).where(anyone.c.quiz_set_id == qs.c.id).scalar_subquery()
    question_doc, attempt_doc = Document.__table__.alias("question_doc"), Document.__table__.alias("attempt_doc")
    others, their_responses = AttemptQuestion.__table__.alias("others"), Response.__table__.alias("their_responses")
    # The navigator (and the progress bar's counts): every question's state, packed into one
    # string per attempt (``_nav_entries``), so the page stays one statement however long the
    # attempt. aggregate_strings is group_concat on SQLite and string_agg on PostgreSQL.
    # Its constants are SQL text, not parameters: every parameter of a statement is processed
    # again on every execution (SQLAlchemy's construct_params), nine of them here for two that
    # change; and aggregate_strings renders a parameter separator into the statement each time
    # ("literal execute"), re-processing its whole text.
    state = case(
        (their_responses.c.id.is_(None), _sql_text("u")),
        (their_responses.c.is_correct.is_(True), _sql_text("r")),
        (their_responses.c.score > literal_column("0"), _sql_text("p")),
        else_=_sql_text("w"),
    ).concat(case((others.c.flagged.is_(True), _sql_text("f")), else_=_sql_text("")))
    navigator_column = (
        select(func.aggregate_strings(cast(others.c.position, String).concat(_sql_text(":")).concat(state), _sql_text(",")))
        .select_from(others.outerjoin(their_responses, their_responses.c.attempt_question_id == others.c.id))
        .where(others.c.attempt_id == a.c.id)
        .scalar_subquery()
    )
    return (
        select(
            a.c.id, a.c.user_id, a.c.title, a.c.mode, a.c.started_at, a.c.finished_at, a.c.deadline_at, a.c.quiz_set_id,
            a.c.document_id, a.c.score, a.c.max_score,
            qs.c.id.label("set_id"), qs.c.closes_at, qs.c.archived_at, qs.c.answers_visible,
            own.c.closes_at.label("own_closes_at"), latest_close.label("latest_close"),
            aq.c.id.label("aq_id"), aq.c.position, _json_text(aq.c.layout), aq.c.flagged, qv.c.id.label("version_id"), qv.c.question_id,
            _json_text(qv.c.content),
            func.coalesce(question_doc.c.language, attempt_doc.c.language).label("language"),
            r.c.id.label("response_id"), r.c.given, r.c.score.label("response_score"), r.c.is_correct, r.c.answered_at,
            navigator_column.label("navigator"),
        )
        .select_from(
            aq.join(a, a.c.id == aq.c.attempt_id)
            .join(qv, qv.c.id == aq.c.question_version_id)
            .join(q, q.c.id == qv.c.question_id)
            .outerjoin(question_doc, question_doc.c.id == q.c.document_id)
            .outerjoin(attempt_doc, attempt_doc.c.id == a.c.document_id)
            .outerjoin(qs, qs.c.id == a.c.quiz_set_id)
            .outerjoin(own, and_(own.c.quiz_set_id == a.c.quiz_set_id, own.c.user_id == a.c.user_id))
            .outerjoin(r, r.c.attempt_question_id == aq.c.id)
        )
        .where(aq.c.attempt_id == bindparam("attempt_id"), aq.c.position == bindparam("position"))
    )


# How ``question_in_attempt`` executes its statement: with its own compiled cache, which SQLAlchemy
# takes from a connection's execution options (a statement may not carry one).
_QUESTION_EXECUTION = {"compiled_cache": KeptCompiled()}


def _json_text(column: Any) -> Any:
    """A JSON column read as its stored text, decoded by ``_json_value`` (same label)."""
    return cast(column, Text).label(column.name)


# Decoded JSON texts kept per worker: a question version's content and an attempt question's
# layout, read on every question page and answer (issue 15). Only texts up to this length.
JSON_VALUES_KEPT = 2048
JSON_TEXT_KEPT_LENGTH = 16_384


@lru_cache(maxsize=JSON_VALUES_KEPT)
def _kept_json_value(text: str) -> Any:
    return json.loads(text)


def _json_value(text: str | None) -> Any:
    """A stored JSON text as its value, as SQLAlchemy's JSON type decodes it, decoded once per
    worker for each text (issue 15: the question's content and layout were decoded again on
    every question page and answer, a few percent of either).

    Keyed by the text itself, not by a row's id: whatever changes a stored value (a regrade
    makes a new version, a bank reload new rows) reads a different text, so nothing is ever
    stale. The value is shared by every request that reads that text: the question path only
    reads it (``tests/quiz/test_kept_pieces.py`` checks it stays as decoded after pages and
    answers); code that changes a question works on ORM objects, which decode their own.
    """
    if text is None:
        return None
    if len(text) > JSON_TEXT_KEPT_LENGTH:
        return json.loads(text)
    return _kept_json_value(text)


def question_in_attempt(attempt_id: int, position: int) -> QuestionInAttempt | None:
    """The question at ``position`` of an attempt, with what its page shows: one statement,
    plain rows, no ORM objects. None when there is no such question."""
    row = db.session.connection().execute(
        _question_statement(), {"attempt_id": attempt_id, "position": position}, execution_options=_QUESTION_EXECUTION
    ).first()
    if row is None:
        return None
    # Unpacked in the statement's column order, in one step: each ``row.name`` is a lookup by
    # name (about thirty a page, issue 15).
    (
        id_, user_id, title, mode, started_at, finished_at, deadline_at, quiz_set_id, document_id, score, max_score,
        set_id, closes_at, archived_at, answers_visible, own_closes_at, latest_close,
        aq_id, at_position, layout, flagged, version_id, question_id, content, language,
        response_id, given, response_score, is_correct, answered_at, packed_navigator,
    ) = row
    rules = None
    if set_id is not None:
        answers_open_at = None if closes_at is None else max(closes_at, latest_close or closes_at)
        rules = SetRules(own_closes_at or closes_at, archived_at, answers_visible, answers_open_at)
    attempt = AttemptRow(
        id_, user_id, title, mode, started_at, finished_at, deadline_at, quiz_set_id, document_id, score, max_score, rules,
    )
    response = StoredAnswer(given, response_score, is_correct, answered_at) if response_id is not None else None
    question = QuestionRow(
        aq_id, at_position, _json_value(layout), version_id, question_id, _json_value(content), language or "en", response,
        bool(flagged),
    )
    return QuestionInAttempt(attempt, question, _nav_entries(packed_navigator))


def _stored_answer(attempt_question_id: int) -> StoredAnswer | None:
    table = Response.__table__
    row = db.session.connection().execute(
        select(table.c.given, table.c.score, table.c.is_correct, table.c.answered_at).where(
            table.c.attempt_question_id == attempt_question_id
        )
    ).first()
    return StoredAnswer(*row) if row is not None else None


def _store_answer(attempt: AttemptRow, question: QuestionRow, form: Mapping[str, Any], now: datetime | None = None) -> StoredAnswer:
    """Grade and store an answer, once. A second submission returns the first answer.

    Raises AnswerError for an unusable form and QuizError for a finished attempt or one that
    is over (time limit, set closed or archived; that closes it); in every case nothing is
    stored. The answer is refused inside the transaction that would store it when a Finish
    got there first, so an attempt's score is always the sum of its stored marks.

    One write transaction, as short as it can be: everything is read, checked and graded
    before it starts; then the response's INSERT (``_response_insert``, which on SQLite takes
    the write lock itself) and, for a wrong answer the learner may see corrected, the
    missed-question card (written by the receivers of ``answer_recorded``, in the same
    transaction), and one commit.
    """
    if question.response is not None:
        return question.response
    now = now or utcnow()
    _refuse_unless_open(attempt, now)
    visible_while_open = outcome_visibility(attempt, now).answers
    answer = read_answer(question.content, question.layout, form, language=question.language)
    result = grade(question.content, answer, question.language)
    try:
        # The answer is written first: a double click that raced us to it fails here, on the
        # one-answer-per-question rule, before anything else of this answer is written.
        if not _insert_response(attempt.id, question, answer, result.score, result.is_correct, now):
            # Nothing was stored: a Finish got there first, or a regrade fixed the question's
            # key after it was read here. Read the question again to know which; for a fixed
            # key, grade the answer against the fixed version.
            db.session.rollback()
            fixed = question_in_attempt(attempt.id, question.position)
            if fixed is None or fixed.attempt.finished_at is not None or fixed.question.version_id == question.version_id:
                raise QuizError(FINISHED_FIRST)
            return _store_answer(fixed.attempt, fixed.question, form, now)
        stored = StoredAnswer(answer, result.score, result.is_correct, now)
        # Subscribers (the missed-question card) write in this transaction: one commit. The
        # sender is None (blinker's default): the answer path holds plain rows, not objects.
        answer_recorded.send(
            user_id=attempt.user_id, question_id=question.question_id, version_id=question.version_id,
            correct=result.is_correct, answers_visible=visible_while_open, now=now,
        )
        _commit_keeping_loaded()
    except IntegrityError:
        # A double click raced us to it: the first answer stands.
        db.session.rollback()
        first = _stored_answer(question.id)
        if first is None:
            raise
        return first
    return stored


def _insert_response(attempt_id: int, question: QuestionRow, given: Any, score: float, is_correct: bool, now: datetime) -> bool:
    """Write the response in a new write transaction, if the attempt is still open and the
    question still on the version graded; True when it was written. On PostgreSQL the attempt's
    row lock is taken first (``_lock_open_attempt``), so that a Finish waits for the answer and
    counts it, or refuses it; SQLite's one writer gives the same order to the INSERT alone
    (``_response_insert``). Raises IntegrityError when the question is already answered."""
    connection = db.session.connection()
    if connection.dialect.name != "sqlite" and not _lock_open_attempt(attempt_id):
        return False
    inserted = connection.execute(
        _response_insert(),
        {"attempt_question_id": question.id, "given": given, "score": score, "is_correct": is_correct,
         "answered_at": now, "version_id": question.version_id},
    )
    return inserted.first() is not None


# Wrapped by a call rather than ``@unit_of_work``: mutmut (tests/benchmarks/mutation.py) never
# mutates a decorated function, and this is the rule the mutation score is most about.
store_answer = unit_of_work(_store_answer)


def record_answer(attempt_question: AttemptQuestion, form: Mapping[str, Any], now: datetime | None = None) -> StoredAnswer:
    """``store_answer`` for a caller holding the ORM objects (services, tests, benchmarks): the
    attempt and question are read afresh, as the answer view reads them.

    The session's objects are expired afterwards, so ``attempt_question.response`` and the
    attempt read what was stored.
    """
    # The same one-statement read as the answer view, so both paths answer from the same rows.
    found = question_in_attempt(attempt_question.attempt_id, attempt_question.position)
    # The callers hold an attempt question read from the database: it is always found.
    assert found is not None
    try:
        return store_answer(found.attempt, found.question, form, now)
    finally:
        db.session.expire_all()


def _commit_keeping_loaded() -> None:
    """Commit without expiring what the session holds. The answer page is drawn from the
    attempt and question just used; expiring them would reload each (three queries) although
    this transaction, holding the attempt's lock, is what last changed them."""
    session = db.session()
    expire = session.expire_on_commit
    session.expire_on_commit = False
    try:
        session.commit()
    finally:
        session.expire_on_commit = expire


@unit_of_work
def finish_attempt(attempt: Attempt, now: datetime | None = None) -> Attempt:
    """Close the attempt and fix its score; unanswered questions count zero. Idempotent.

    The score is summed in SQL inside the transaction that sets ``finished_at``, after taking
    the attempt's lock (``_lock_open_attempt``), so an answer racing the Finish is either in
    the sum or refused. A mark set by hand counts instead of the automatic one (``attempt_mark``).
    An attempt that is over (time limit, set closed or archived) finishes
    at the moment it ended, so time taken stays within the limit. One unit of work: closing,
    the score and what subscribers of ``attempt_finished`` write (the missed-question cards
    that finishing reveals) are committed together or not at all.
    """
    if attempt.finished_at is not None:
        return attempt
    now = now or utcnow()
    end = attempt_end(attempt, now)
    finished_at = end[0] if end else now
    visible_while_open = outcome_visibility(attempt, now).answers
    if not _lock_open_attempt(attempt.id):
        db.session.rollback()  # finished by another request a moment ago
        db.session.refresh(attempt)
        return attempt
    attempt_id = attempt.id
    score, questions = db.session.execute(
        select(func.coalesce(func.sum(attempt_mark()), 0.0), func.count(AttemptQuestion.id))
        .select_from(AttemptQuestion)
        .outerjoin(Response, Response.attempt_question_id == AttemptQuestion.id)
        .where(AttemptQuestion.attempt_id == attempt_id)
    ).one()
    db.session.execute(
        update(Attempt)
        .where(Attempt.id == attempt_id)
        .values(score=float(score), max_score=questions, finished_at=finished_at)
        .execution_options(synchronize_session=False)
    )
    db.session.refresh(attempt)  # the values just written, read inside this transaction
    revealed = not visible_while_open and outcome_visibility(attempt, now).answers
    attempt_finished.send(attempt, answers_revealed=revealed, now=now)
    db.session.commit()
    return attempt


def attempt_mark() -> Any:
    """SQL for ``AttemptQuestion.mark``: the owner's mark by hand, else the automatic one
    (NULL when unanswered; sums treat it as 0). Needs ``Response`` outer-joined."""
    return func.coalesce(AttemptQuestion.mark_override, Response.score)


def close_if_over(attempt: Attempt, now: datetime | None = None) -> str | None:
    """Close an unfinished attempt that is over (see ``attempt_end``); the reason, or None."""
    now = now or utcnow()
    if attempt.is_finished:
        return None
    end = attempt_end(attempt, now)
    if end is None:
        return None
    finish_attempt(attempt, now)
    return end[1]


@unit_of_work
def set_flag(attempt: AttemptRow, question: QuestionRow, flagged: bool, now: datetime | None = None) -> QuestionRow:
    """Flag a question of an open attempt for review, or remove its flag; the question as now.

    The state asked for is stored, not toggled, so a double click or a resent form leaves what
    the learner saw on the button. Raises QuizError, changing nothing, for a finished attempt
    and for one that is over (which it closes, as an answer would).
    """
    now = now or utcnow()
    _refuse_unless_open(attempt, now)
    table = AttemptQuestion.__table__
    db.session.connection().execute(update(table).where(table.c.id == question.id).values(flagged=flagged))
    db.session.commit()
    return replace(question, flagged=flagged)


# What the page says when an attempt takes no more answers, by the reason it gives.
OVER_HEADINGS = {
    TIME_UP: "Time is up",
    SET_CLOSED: "This quiz set has closed",
    SET_ARCHIVED: "This quiz set is archived",
    FINISHED: "This quiz is finished",
    FINISHED_FIRST: "This quiz is finished",
}


def over_reason(attempt: Attempt | AttemptRow, now: datetime) -> str | None:
    """Why an attempt takes no more answers (one of the messages above), or None while it does.

    A finished attempt was ended by its time limit, its set's close or archiving when it was
    finished at that moment or after (``finish_attempt`` dates an over attempt at its end);
    otherwise the learner finished it.
    """
    if attempt.finished_at is None:
        end = attempt_end(attempt, now)
        return end[1] if end else None
    finished_at = attempt.finished_at
    if attempt.deadline_at is not None and finished_at >= attempt.deadline_at:
        return TIME_UP
    quiz_set = attempt.quiz_set if attempt.quiz_set_id is not None else None
    if quiz_set is not None:
        if quiz_set.closes_at is not None and finished_at >= quiz_set.closes_at:
            return SET_CLOSED
        if quiz_set.archived_at is not None and finished_at >= quiz_set.archived_at:
            return SET_ARCHIVED
    return FINISHED


def ended_by_rule(attempt: Attempt | AttemptRow, now: datetime) -> bool:
    """True when the time limit, the set's close or its archiving ended (or ends) the attempt,
    rather than the learner's Finish: its pages then offer only what is still possible."""
    return over_reason(attempt, now) in (TIME_UP, SET_CLOSED, SET_ARCHIVED)


def set_attempts_used(attempt: Attempt) -> int:
    """How many attempts the learner has made at this attempt's quiz set (0 in self-study)."""
    if attempt.quiz_set_id is None:
        return 0
    return db.session.execute(
        select(func.count()).select_from(Attempt).where(Attempt.quiz_set_id == attempt.quiz_set_id, Attempt.user_id == attempt.user_id)
    ).scalar_one()


def close_overdue_attempts(
    now: datetime, *, quiz_set_id: int | None = None, user_id: int | None = None, quiz_set_ids: Select[Any] | None = None
) -> int:
    """Close every abandoned attempt that is over (``flask attempts close-overdue``, and before
    results, exports, a class's gradebook and a learner's progress are read); how many were
    closed. ``quiz_set_ids``, a subquery of set ids, narrows it to several sets in one statement
    (a class's gradebook, whatever the number of sets given to the class)."""
    from quizapp.sets.models import Accommodation, QuizSet  # see the note on sets.models at the top

    query = (
        select(Attempt.id)
        .outerjoin(QuizSet, QuizSet.id == Attempt.quiz_set_id)
        .outerjoin(Accommodation, and_(Accommodation.quiz_set_id == Attempt.quiz_set_id, Accommodation.user_id == Attempt.user_id))
        .where(
            Attempt.finished_at.is_(None),
            or_(
                Attempt.deadline_at < now,
                func.coalesce(Accommodation.closes_at, QuizSet.closes_at) <= now,  # the student's own close time
                QuizSet.archived_at.is_not(None),
            ),
        )
        .order_by(Attempt.id)
    )
    if quiz_set_id is not None:
        query = query.where(Attempt.quiz_set_id == quiz_set_id)
    if user_id is not None:
        query = query.where(Attempt.user_id == user_id)
    if quiz_set_ids is not None:
        query = query.where(Attempt.quiz_set_id.in_(quiz_set_ids))
    attempt_ids = list(db.session.execute(query).scalars())
    closed = 0
    for attempt_id in attempt_ids:
        attempt = db.session.get(Attempt, attempt_id)
        if attempt is not None and close_if_over(attempt, now):
            closed += 1
    return closed


def next_unanswered_position(attempt: Attempt) -> int | None:
    for aq in attempt.questions:
        if aq.response is None:
            return aq.position
    return None


def review_rows(attempt: Attempt) -> list[dict[str, Any]]:
    """Each question of an attempt with the answer given and the right one, as text."""
    return [
        {
            "aq": aq,
            "content": aq.version.content,
            "given": given_answer_text(aq.version.content, aq.response.given if aq.response else None),
            "correct": correct_answer_text(aq.version.content),
        }
        for aq in attempt.questions
    ]


def answered_count(attempt: Attempt) -> int:
    return sum(1 for aq in attempt.questions if aq.response is not None)


def attempt_progress(attempt_id: int) -> tuple[int, int]:
    """(answered, total) questions of an attempt, counted in one query without loading them."""
    answered, total = db.session.execute(
        select(func.count(Response.id), func.count(AttemptQuestion.id))
        .select_from(AttemptQuestion)
        .outerjoin(Response, Response.attempt_question_id == AttemptQuestion.id)
        .where(AttemptQuestion.attempt_id == attempt_id)
    ).one()
    return answered, total



@dataclass
class TopicAccuracy:
    topic: str
    document: str
    answered: int
    score: float

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class AttemptSummary(ScoredAttempt):
    """An attempt as the progress page lists it: columns only, no questions or settings."""

    id: int
    title: str
    mode: str
    started_at: datetime
    finished_at: datetime | None
    score: float | None
    max_score: int
    quiz_set_id: int | None

    @property
    def mode_label(self) -> str:
        return mode_label(self.mode, self.quiz_set_id)


def attempts_for(user_id: int, limit: int | None = None, offset: int = 0) -> list[AttemptSummary]:
    """The learner's attempts, newest first, as plain rows; ``limit``/``offset`` for a page."""
    query = (
        select(
            Attempt.id, Attempt.title, Attempt.mode, Attempt.started_at, Attempt.finished_at, Attempt.score,
            Attempt.max_score, Attempt.quiz_set_id,
        )
        .where(Attempt.user_id == user_id)
        .order_by(Attempt.started_at.desc(), Attempt.id.desc())
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    return [AttemptSummary(*row) for row in db.session.execute(query).all()]


def attempt_count(user_id: int) -> int:
    return db.session.execute(select(func.count()).select_from(Attempt).where(Attempt.user_id == user_id)).scalar_one()


def accuracy_by_topic(user_id: int) -> list[TopicAccuracy]:
    """Every response of the user, summed by the topic of the question answered.

    Summed by topic id first, and only then joined to the topic and document for their titles:
    the titles are looked up once per topic instead of once per answer, and the grouping is on
    an integer (half the cost at 10,000 answers, issue 15)."""
    per_topic = (
        select(Question.topic_id.label("topic_id"), func.count(Response.id).label("answered"), func.sum(Response.score).label("total"))
        .select_from(Response)
        .join(AttemptQuestion, AttemptQuestion.id == Response.attempt_question_id)
        .join(Attempt, Attempt.id == AttemptQuestion.attempt_id)
        .join(QuestionVersion, QuestionVersion.id == AttemptQuestion.question_version_id)
        .join(Question, Question.id == QuestionVersion.question_id)
        .where(Attempt.user_id == user_id, settled_marks())
        .group_by(Question.topic_id)
        .subquery("per_topic")
    )
    rows = db.session.execute(
        select(Topic.title, Document.title, per_topic.c.answered, per_topic.c.total)
        .select_from(per_topic)
        .join(Topic, Topic.id == per_topic.c.topic_id)
        .join(Document, Document.id == Topic.document_id)
        .order_by(Document.title, Topic.title)
    ).all()
    return [TopicAccuracy(topic, document, n, float(total or 0)) for topic, document, n, total in rows]


def answered_counts(attempt_ids: list[int]) -> dict[int, int]:
    if not attempt_ids:
        return {}
    rows = db.session.execute(
        select(AttemptQuestion.attempt_id, func.count(Response.id))
        .join(Response, Response.attempt_question_id == AttemptQuestion.id)
        .where(AttemptQuestion.attempt_id.in_(attempt_ids))
        .group_by(AttemptQuestion.attempt_id)
    ).all()
    counts: dict[int, int] = defaultdict(int)
    counts.update(dict(rows))
    return counts
