"""The rules of quiz sets: building, locking, join codes, rate limits and starting attempts.

Every function that depends on the time takes ``now`` (naive UTC), so tests move the clock.
"""
from __future__ import annotations

import math
import random
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.exc import IntegrityError

from quizapp.bank.models import Document, Question, QuestionVersion
from quizapp.bank.parser import QuestionCheck, SourceSpan, check_question, content_hash
from quizapp.bank.services import draw_apart, enemy_pairs_among
from quizapp.client_keys import client_key, client_network, keyed_hash
from quizapp.extensions import db
from quizapp.quiz.grading import fold_text
from quizapp.quiz.models import Attempt, AttemptQuestion, Response
from quizapp.quiz.services import close_if_over, close_overdue_attempts, current_versions, freeze_questions, hidden_bank_questions
from quizapp.auth.models import User, username_key
from quizapp.sets.models import Accommodation, JoinFailure, QuizSet, QuizSetItem
from quizapp.timeutil import UTC_ZONE, format_local, utcnow
from quizapp.transactions import unit_of_work

# No 0/O, 1/I/L: codes are read aloud and copied from a board.
JOIN_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
JOIN_CODE_LENGTH = 8

# Wrong join codes. A right code is looked up and let through whatever anyone else on the
# same connection typed: signed-in users' wrong codes count against their account, anonymous
# ones against their address (IPv6 by /64, what one household or attacker holds). Each key
# has JOIN_FREE_FAILURES wrong codes per JOIN_FAILURE_WINDOW for free; after that, each
# further wrong code makes the key wait JOIN_DELAY_STEP longer before its next code is
# looked at (429 with Retry-After; never a ten-minute wall). While a key waits, nothing it
# sends is looked up, right or wrong: answering a right code then would tell a guesser which
# guess was right, and the wait would not slow guessing at all.
#
# Why guessing stays infeasible: 31 ** 8 = 852,891,037,441 codes. A key guessing as fast as
# allowed settles where the wait w satisfies w = 5 s x (600 s / w - 10), i.e. w ~ 35 s:
# about 100 guesses an hour, 0.9 million a year. With 10,000 live sets, one guess in
# 85 million hits some code, so a key needs ~95 years on average; even 100 addresses need
# about a year. Accounts are cheap to make, so the wrong codes of all accounts behind one
# address also share a key, with JOIN_FREE_FAILURES_PER_ADDRESS free: far more than a
# classroom mistypes, so signed-in students are not held up by each other.
JOIN_FREE_FAILURES = 10
JOIN_FREE_FAILURES_PER_ADDRESS = 100
JOIN_FAILURE_WINDOW = timedelta(minutes=10)
JOIN_DELAY_STEP = timedelta(seconds=5)
JOIN_DELAY_MAX = timedelta(minutes=2)
MAX_SET_QUESTIONS = 100
PICKER_LIMIT = 50


class SetError(ValueError):
    """The action cannot be done; ``status`` is the HTTP status, the message says why."""

    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


LOCKED_MESSAGE = (
    "Students have already answered this set, so its questions cannot change: adding, removing "
    "or redrawing questions would change what their recorded scores mean. Duplicate the set to "
    "make a changed copy."
)


# ---------------------------------------------------------------- join codes


def new_join_code() -> str:
    """A fresh, unused join code drawn with ``secrets``."""
    while True:
        code = "".join(secrets.choice(JOIN_ALPHABET) for _ in range(JOIN_CODE_LENGTH))
        if db.session.execute(select(QuizSet.id).filter_by(join_code=code)).first() is None:
            return code


def normalise_code(raw: str) -> str:
    """What people type, made comparable: case, spaces and dashes do not matter."""
    return "".join(ch for ch in raw.upper() if ch.isalnum())[: JOIN_CODE_LENGTH * 2]


def find_by_code(code: str) -> QuizSet | None:
    if not code:
        return None
    return db.session.execute(select(QuizSet).filter_by(join_code=code)).scalar_one_or_none()


@dataclass(frozen=True)
class GuessKey:
    """Whose wrong join codes a request counts against, and how many are free."""

    key: str
    free: int


def guess_keys(user_id: int | None, address: str | None, secret: str) -> list[GuessKey]:
    """The keys a join code request counts against: an anonymous client's address; a
    signed-in user's account, and (with a far larger allowance) all accounts at the address."""
    if user_id is None:
        return [GuessKey(client_key(address, secret), JOIN_FREE_FAILURES)]
    return [
        GuessKey(keyed_hash(secret, f"account:{user_id}"), JOIN_FREE_FAILURES),
        GuessKey(keyed_hash(secret, "accounts at:" + client_network(address)), JOIN_FREE_FAILURES_PER_ADDRESS),
    ]


def join_delay(failures: int, free: int) -> timedelta:
    """How long a key waits after its last wrong code, having made ``failures`` in the window."""
    if failures <= free:
        return timedelta(0)
    return min(JOIN_DELAY_STEP * (failures - free), JOIN_DELAY_MAX)


def join_wait_seconds(keys: list[GuessKey], now: datetime) -> int:
    """Seconds until these keys may try a join code again; 0 when they may now."""
    since = now - JOIN_FAILURE_WINDOW
    longest = timedelta(0)
    for guess_key in keys:
        failures, last = db.session.execute(
            select(func.count(JoinFailure.id), func.max(JoinFailure.failed_at)).where(
                JoinFailure.client_key == guess_key.key, JoinFailure.failed_at > since
            )
        ).one()
        if last is not None:
            longest = max(longest, last + join_delay(failures, guess_key.free) - now)
    return math.ceil(longest.total_seconds()) if longest > timedelta(0) else 0


@unit_of_work
def record_join_failure(keys: list[GuessKey], now: datetime) -> None:
    db.session.execute(delete(JoinFailure).where(JoinFailure.failed_at <= now - JOIN_FAILURE_WINDOW))
    for guess_key in keys:
        db.session.add(JoinFailure(client_key=guess_key.key, failed_at=now))
    db.session.commit()


# ---------------------------------------------------------------- building


SETTING_FIELDS = (
    "title",
    "description",
    "mode",
    "time_limit_minutes",
    "attempts_allowed",
    "grading",
    "shuffle_questions",
    "shuffle_choices",
    "opens_at",
    "closes_at",
    "answers_visible",
    "random_count",
    "random_topic_ids",
    "hide_bank_questions",
)


@unit_of_work
def create_set(owner_id: int, settings: dict[str, Any]) -> QuizSet:
    quiz_set = QuizSet(owner_id=owner_id, join_code=new_join_code())
    _apply(quiz_set, settings)
    db.session.add(quiz_set)
    db.session.commit()
    return quiz_set


@unit_of_work
def update_settings(quiz_set: QuizSet, settings: dict[str, Any]) -> QuizSet:
    """Change the settings; changing the random rule is refused once students have answered."""
    rule_changes = (settings.get("random_count"), sorted(settings.get("random_topic_ids") or [])) != (
        quiz_set.random_count,
        sorted(quiz_set.random_topic_ids or []),
    )
    if rule_changes and has_responses(quiz_set):
        raise SetError(LOCKED_MESSAGE, 409)
    _apply(quiz_set, settings)
    db.session.commit()
    return quiz_set


def _apply(quiz_set: QuizSet, settings: dict[str, Any]) -> None:
    for name in SETTING_FIELDS:
        if name in settings:
            setattr(quiz_set, name, settings[name])
    if not quiz_set.random_count:
        quiz_set.random_count = None
        quiz_set.random_topic_ids = []


def has_responses(quiz_set: QuizSet) -> bool:
    """True once any student has answered any question of the set."""
    return bool(
        db.session.execute(
            select(
                exists()
                .where(Attempt.quiz_set_id == quiz_set.id)
                .where(AttemptQuestion.attempt_id == Attempt.id)
                .where(Response.attempt_question_id == AttemptQuestion.id)
            )
        ).scalar()
    )


def _check_unlocked(quiz_set: QuizSet) -> None:
    if has_responses(quiz_set):
        raise SetError(LOCKED_MESSAGE, 409)


def _may_see_bank(document_id: int, user_id: int) -> bool:
    from quizapp.bank.user_documents import may_see_bank

    return may_see_bank(document_id, user_id)


@unit_of_work
def add_question(quiz_set: QuizSet, question_id: int, now: datetime | None = None) -> QuizSetItem:
    _check_unlocked(quiz_set)
    question = db.session.get(Question, question_id)
    if (
        question is None
        or question.retired_at is not None
        or (question.quiz_set_id is not None and question.quiz_set_id != quiz_set.id)
        or (question.document_id is not None and not _may_see_bank(question.document_id, quiz_set.owner_id))
    ):
        raise SetError("That question is not in the bank.")
    if question_id in hidden_bank_questions(now or utcnow(), viewer_id=quiz_set.owner_id):
        raise SetError("Another teacher's quiz set hides that question until it closes. Choose another one.")
    for item in quiz_set.items:
        if item.question_id == question_id:
            return item
    if len(quiz_set.items) >= MAX_SET_QUESTIONS:
        raise SetError(f"A set holds at most {MAX_SET_QUESTIONS} questions.")
    item = QuizSetItem(question=question, position=len(quiz_set.items) + 1)
    quiz_set.items.append(item)
    db.session.commit()
    return item


@unit_of_work
def remove_item(quiz_set: QuizSet, item_id: int) -> None:
    _check_unlocked(quiz_set)
    item = _item(quiz_set, item_id)
    quiz_set.items.remove(item)
    _renumber(quiz_set)
    db.session.commit()


@unit_of_work
def move_item(quiz_set: QuizSet, item_id: int, direction: str) -> None:
    """Move an item one place up or down. Allowed after answers: order does not change a score."""
    item = _item(quiz_set, item_id)
    items = list(quiz_set.items)
    index = items.index(item)
    other = index - 1 if direction == "up" else index + 1
    if direction not in ("up", "down") or not 0 <= other < len(items):
        return
    items[index], items[other] = items[other], items[index]
    for position, each in enumerate(items, start=1):
        each.position = position
    db.session.commit()
    db.session.refresh(quiz_set)


def _item(quiz_set: QuizSet, item_id: int) -> QuizSetItem:
    for item in quiz_set.items:
        if item.id == item_id:
            return item
    raise SetError("That question is not in this set.", 404)


def _renumber(quiz_set: QuizSet) -> None:
    for position, item in enumerate(quiz_set.items, start=1):
        item.position = position


@unit_of_work
def duplicate_set(quiz_set: QuizSet, owner_id: int, with_accommodations: bool = False) -> QuizSet:
    """A copy with a new join code, no attempts, not archived.

    Questions written for the set are copied too (their current version), so that editing
    them in one set never changes the other. ``with_accommodations`` copies each student's
    accommodation as it is (extra time, extra attempts, own close time): they are usually a
    student's standing needs, not this set's, and the copy keeps the set's own dates and
    limits, to which they were fitted. (Moodle leaves user overrides out of a backup unless
    asked, as a backup moves to other courses and students; a duplicate here stays with the
    same teacher and students, so the form ticks the box and says what it copies.)
    """
    copy = QuizSet(owner_id=owner_id, join_code=new_join_code())
    _apply(copy, {name: getattr(quiz_set, name) for name in SETTING_FIELDS})
    copy.title = f"{quiz_set.title} (copy)"[:200]
    copy.random_topic_ids = list(quiz_set.random_topic_ids or [])
    db.session.add(copy)
    db.session.flush()
    versions = current_versions([item.question_id for item in quiz_set.items])
    for item in quiz_set.items:
        question_id = item.question_id
        if item.question.quiz_set_id == quiz_set.id:
            question_id = _new_written_question(copy, versions[question_id].content).id
        copy.items.append(QuizSetItem(question_id=question_id, position=item.position))
    if with_accommodations and owner_id == quiz_set.owner_id:
        for accommodation in quiz_set.accommodations:
            copy.accommodations.append(
                Accommodation(
                    user_id=accommodation.user_id, extra_minutes=accommodation.extra_minutes,
                    extra_attempts=accommodation.extra_attempts, closes_at=accommodation.closes_at, updated_at=utcnow(),
                )
            )
    db.session.commit()
    return copy


# ---------------------------------------------------------------- questions written for a set

# A teacher's question has no bank id or editorial kind, and citing paragraphs is optional.
WRITTEN_OPTIONAL = ("id", "kind", "source")


def set_document(quiz_set: QuizSet) -> Document | None:
    """The document a teacher's citations refer to: the one the set's bank questions come
    from, when they all come from one. None when there is none or there are several."""
    ids = {item.question.document_id for item in quiz_set.items if item.question.document_id is not None}
    return db.session.get(Document, ids.pop()) if len(ids) == 1 else None


def source_span(quiz_set: QuizSet) -> SourceSpan:
    document = set_document(quiz_set)
    if document is None:
        return SourceSpan(paragraphs=0)
    return SourceSpan(paragraphs=document.paragraph_count, headings=tuple(document.headings or ()))


def check_written_question(quiz_set: QuizSet, raw: dict[str, Any]) -> QuestionCheck:
    """Validate a teacher's question exactly as ``flask bank check`` validates the files."""
    return check_question(raw, source_span(quiz_set), optional=WRITTEN_OPTIONAL)


def written_question(quiz_set: QuizSet, question_id: int) -> Question:
    """A question written for this set; SetError 404 for any other (bank or another set's)."""
    question = db.session.get(Question, question_id)
    if question is None or question.quiz_set_id != quiz_set.id:
        raise SetError("That question was not written for this set.", 404)
    return question


def _new_written_question(quiz_set: QuizSet, content: dict[str, Any]) -> Question:
    question = Question(
        quiz_set_id=quiz_set.id,
        bank_id=f"set-{quiz_set.id}-{secrets.token_hex(6)}",
        type=content["type"],
        difficulty=content["difficulty"],
        version=1,
    )
    db.session.add(question)
    db.session.flush()
    db.session.add(QuestionVersion(question_id=question.id, number=1, content=content, content_hash=content_hash(content)))
    return question


@unit_of_work
def write_question(quiz_set: QuizSet, raw: dict[str, Any]) -> tuple[Question | None, QuestionCheck]:
    """Validate a new question and, when valid, store it and append it to the set.

    Returns the question (None when invalid) and the check with its problems by field.
    Refused like any other addition once students have answered the set.
    """
    _check_unlocked(quiz_set)
    result = check_written_question(quiz_set, raw)
    if not result.ok or result.content is None:
        return None, result
    if len(quiz_set.items) >= MAX_SET_QUESTIONS:
        raise SetError(f"A set holds at most {MAX_SET_QUESTIONS} questions.")
    assert result.content is not None  # ok means checked content
    question = _new_written_question(quiz_set, result.content)
    quiz_set.items.append(QuizSetItem(question=question, position=len(quiz_set.items) + 1))
    db.session.commit()
    return question, result


@unit_of_work
def edit_question(quiz_set: QuizSet, question: Question, raw: dict[str, Any]) -> QuestionCheck:
    """Give a question written for this set new content, as a new version.

    Versions are never changed: attempts already started keep the version they drew, so what
    a student saw and the score it earned stay as recorded. Once students have answered the
    set, its questions are locked like every other change that would alter what scores mean.
    """
    if question.quiz_set_id != quiz_set.id:
        raise SetError("That question was not written for this set.", 404)
    _check_unlocked(quiz_set)
    result = check_written_question(quiz_set, raw)
    content = result.content
    if not result.ok or content is None:
        return result
    new_hash = content_hash(content)
    if question.current is not None and question.current.content_hash == new_hash:
        return result
    question.version += 1
    question.type = content["type"]
    question.difficulty = content["difficulty"]
    db.session.add(QuestionVersion(question_id=question.id, number=question.version, content=content, content_hash=new_hash))
    db.session.commit()
    db.session.expire(question, ["current"])
    return result


@unit_of_work
def set_archived(quiz_set: QuizSet, archived: bool, now: datetime) -> None:
    """Archive (or restore) a set. Archiving closes the attempts still open, scored on the
    answers they hold: an archived set takes no more answers."""
    quiz_set.archived_at = now if archived else None
    db.session.commit()
    if archived:
        close_overdue_attempts(now, quiz_set_id=quiz_set.id)


def sets_owned_by(owner_id: int) -> list[QuizSet]:
    return list(
        db.session.execute(
            select(QuizSet).filter_by(owner_id=owner_id).order_by(QuizSet.archived_at.is_not(None), QuizSet.created_at.desc(), QuizSet.id.desc())
        ).scalars()
    )


@dataclass
class PickerFilters:
    document_id: int | None = None
    topic_id: int | None = None
    type: str | None = None
    difficulty: int | None = None
    text: str = ""
    exclude: set[int] = field(default_factory=set)
    quiz_set_id: int | None = None  # questions written for this set are offered too
    viewer_id: int | None = None  # a user's unpublished bank is offered to its owner only

    def query_args(self) -> dict[str, str]:
        """The filters as the picker's query string, to carry them through a form."""
        args = {
            "q": self.text,
            "document": str(self.document_id or ""),
            "topic": str(self.topic_id or ""),
            "type": self.type or "",
            "difficulty": str(self.difficulty or ""),
        }
        return {k: v for k, v in args.items() if v}


def search_questions(filters: PickerFilters, limit: int = PICKER_LIMIT) -> tuple[list[Question], int]:
    """Live bank questions matching the filters, and how many matched in all.

    The free-text part is matched in Python on the folded prompt (accents and case ignored):
    the bank is small, and JSON columns do not search alike on SQLite and PostgreSQL.
    """
    from quizapp.bank.user_documents import visible_documents

    query = select(Question).where(
        Question.retired_at.is_(None),
        or_(Question.quiz_set_id.is_(None), Question.quiz_set_id == filters.quiz_set_id),
        or_(Question.document_id.is_(None), Question.document_id.in_(select(Document.id).where(visible_documents(filters.viewer_id)))),
    )
    if filters.document_id:
        query = query.where(Question.document_id == filters.document_id)
    if filters.topic_id:
        query = query.where(Question.topic_id == filters.topic_id)
    if filters.type:
        query = query.where(Question.type == filters.type)
    if filters.difficulty:
        query = query.where(Question.difficulty == filters.difficulty)
    # Questions written for the set first (no topic), then the bank's by topic.
    order = (Question.quiz_set_id.is_(None), Question.topic_id, Question.id)
    questions = list(db.session.execute(query.order_by(*order)).scalars())
    versions = current_versions([q.id for q in questions])
    needle = fold_text(filters.text)
    matches = [
        q
        for q in questions
        if q.id not in filters.exclude and (not needle or needle in fold_text(versions[q.id].content["prompt"]))
    ]
    return matches[:limit], len(matches)


# ---------------------------------------------------------------- taking


def is_open(quiz_set: QuizSet, now: datetime) -> bool:
    if quiz_set.is_archived:
        return False
    if quiz_set.opens_at is not None and now < quiz_set.opens_at:
        return False
    return quiz_set.closes_at is None or now < quiz_set.closes_at


def attempts_by(quiz_set: QuizSet, user_id: int) -> list[Attempt]:
    return list(
        db.session.execute(
            select(Attempt).where(Attempt.quiz_set_id == quiz_set.id, Attempt.user_id == user_id).order_by(Attempt.started_at, Attempt.id)
        ).scalars()
    )


@dataclass(frozen=True)
class StudentRules:
    """A set's rules as they apply to one student: the set's own, changed by the student's
    accommodation if the owner gave one. Every check that starts or limits an attempt reads
    these, so an accommodation is enforced wherever the set's rules are."""

    time_limit_minutes: int | None
    attempts_allowed: int | None
    closes_at: datetime | None
    accommodation: Accommodation | None = None


def accommodation_for(quiz_set: QuizSet, user_id: int | None) -> Accommodation | None:
    if user_id is None:
        return None
    return db.session.execute(
        select(Accommodation).filter_by(quiz_set_id=quiz_set.id, user_id=user_id)
    ).scalar_one_or_none()


def rules_for(quiz_set: QuizSet, user_id: int | None) -> StudentRules:
    """The set's time limit, attempts allowed and close time for this student."""
    accommodation = accommodation_for(quiz_set, user_id)
    limit, allowed, closes_at = quiz_set.time_limit_minutes, quiz_set.attempts_allowed, quiz_set.closes_at
    if accommodation is not None:
        if limit and accommodation.extra_minutes:
            limit += accommodation.extra_minutes
        if allowed is not None and accommodation.extra_attempts:
            allowed += accommodation.extra_attempts
        if accommodation.closes_at is not None:
            closes_at = accommodation.closes_at
    return StudentRules(limit, allowed, closes_at, accommodation)


def unavailable_reason(quiz_set: QuizSet, user_id: int | None, now: datetime, zone: ZoneInfo = UTC_ZONE) -> str | None:
    """Why this user cannot start a new attempt now, or None if they can; times in ``zone``
    (the reader's). The student's accommodation counts (``rules_for``)."""
    rules = rules_for(quiz_set, user_id)
    if quiz_set.is_archived:
        return "This set has been archived by its teacher and can no longer be taken."
    if quiz_set.opens_at is not None and now < quiz_set.opens_at:
        return f"This set opens on {format_local(quiz_set.opens_at, zone, '%Y-%m-%d at %H:%M')}."
    if rules.closes_at is not None and now >= rules.closes_at:
        return f"This set closed on {format_local(rules.closes_at, zone, '%Y-%m-%d at %H:%M')}."
    if not quiz_set.uses_rule and not quiz_set.items:
        return "This set has no questions yet."
    if user_id is not None and rules.attempts_allowed is not None:
        used = len(attempts_by(quiz_set, user_id))
        if used >= rules.attempts_allowed:
            if rules.attempts_allowed == 1:
                return "You have used the one attempt allowed for this set."
            return f"You have used all {rules.attempts_allowed} attempts allowed for this set."
    return None


@unit_of_work
def start_set_attempt(
    quiz_set: QuizSet, user_id: int, now: datetime | None = None, rng: random.Random | None = None, zone: ZoneInfo = UTC_ZONE
) -> Attempt:
    """The user's unfinished attempt at the set if any, else a new one with frozen questions.

    Raises SetError (409) when the set is closed, archived or the attempts are used up (its
    message gives times in ``zone``, the student's). The student's accommodation counts.
    """
    now = now or utcnow()
    rng = rng or random.Random()
    for attempt in attempts_by(quiz_set, user_id):
        if not attempt.is_finished and close_if_over(attempt, now) is None:
            return attempt
    reason = unavailable_reason(quiz_set, user_id, now, zone)
    if reason:
        raise SetError(reason, 409)
    questions = draw_set_questions(quiz_set, rng, now)
    if not questions:
        raise SetError("No questions match this set's rule any more. Tell your teacher.", 409)
    rules = rules_for(quiz_set, user_id)
    deadline = _deadline(now, rules)
    attempt = Attempt(
        user_id=user_id,
        quiz_set_id=quiz_set.id,
        # The document a bank question cites; a teacher's citations refer to the same one.
        document_id=next((q.document_id for q in questions if q.document_id is not None), None),
        title=quiz_set.title,
        mode="practice" if quiz_set.mode == "practice" else "test",
        settings={"quiz_set": quiz_set.id},
        started_at=now,
        deadline_at=deadline,
        max_score=len(questions),
    )
    freeze_questions(attempt, questions, rng, shuffle_choices=quiz_set.shuffle_choices)
    db.session.add(attempt)
    try:
        db.session.commit()
    except IntegrityError:
        # Another request started this student's attempt a moment ago: carry on with that one.
        db.session.rollback()
        existing = next((a for a in attempts_by(quiz_set, user_id) if not a.is_finished), None)
        if existing is None:
            raise
        return existing
    return attempt


def _deadline(started_at: datetime, rules: StudentRules) -> datetime | None:
    """When an attempt started at ``started_at`` must end: its time limit or the close time,
    whichever comes first (both the student's own)."""
    deadline = None
    if rules.time_limit_minutes:
        deadline = started_at + timedelta(minutes=rules.time_limit_minutes)
    if rules.closes_at is not None and (deadline is None or rules.closes_at < deadline):
        deadline = rules.closes_at
    return deadline


def draw_set_questions(quiz_set: QuizSet, rng: random.Random, now: datetime | None = None) -> list[Question]:
    """The set's questions in order (shuffled if asked), or N drawn at random for this student
    (leaving out questions another owner's set hides until it closes)."""
    if quiz_set.uses_rule:
        query = select(Question).where(Question.retired_at.is_(None), Question.topic_id.in_(quiz_set.random_topic_ids or []))
        if hidden := hidden_bank_questions(now or utcnow(), viewer_id=quiz_set.owner_id):
            query = query.where(Question.id.not_in(hidden))
        candidates = list(db.session.execute(query.order_by(Question.id)).scalars())
        return draw_apart(candidates, quiz_set.random_count or 0, rng)  # never two enemies (quizapp.bank.enemies)
    questions = [item.question for item in quiz_set.items]
    if quiz_set.shuffle_questions:
        rng.shuffle(questions)
    return questions


def question_prompts(question_ids: list[int]) -> dict[int, QuestionVersion]:
    return current_versions(question_ids)


@dataclass(frozen=True)
class EnemyWarning:
    """Two questions of a set that give each other away (a warning, not a refusal)."""

    first_position: int
    first_id: str
    second_position: int
    second_id: str
    reason: str


def enemy_warnings(quiz_set: QuizSet) -> list[EnemyWarning]:
    """Pairs of the set's picked questions that are enemies (quizapp.bank.enemies)."""
    items = list(quiz_set.items)
    by_question = {item.question_id: (position, item.question) for position, item in enumerate(items, start=1)}
    return [
        EnemyWarning(by_question[a][0], by_question[a][1].bank_id, by_question[b][0], by_question[b][1].bank_id, reason)
        for a, b, reason in enemy_pairs_among([item.question_id for item in items])
    ]


# ---------------------------------------------------------------- accommodations


@dataclass(frozen=True)
class AccommodationRequest:
    """What the owner asked for one student; every part optional, at least one given."""

    username: str
    extra_minutes: int | None = None
    extra_attempts: int | None = None
    closes_at: datetime | None = None  # naive UTC


def accommodations_of(quiz_set: QuizSet) -> list[Accommodation]:
    """The set's accommodations, by student name, their accounts loaded in the same query."""
    from sqlalchemy.orm import joinedload

    return list(
        db.session.execute(
            select(Accommodation)
            .options(joinedload(Accommodation.user))
            .join(User, User.id == Accommodation.user_id)
            .where(Accommodation.quiz_set_id == quiz_set.id)
            .order_by(User.username_key, Accommodation.id)
        ).scalars()
    )


def _student_by_username(username: str) -> User:
    name = username.strip()
    user = db.session.execute(select(User).filter_by(username_key=username_key(name))).scalar_one_or_none() if name else None
    if user is None:
        raise SetError(f"No account has the username “{name[:40]}”. Check the spelling with the student.")
    return user


def _check_request(quiz_set: QuizSet, request: AccommodationRequest) -> None:
    if request.extra_minutes is None and request.extra_attempts is None and request.closes_at is None:
        raise SetError("Give extra time, extra attempts or a close time of this student's own.")
    if request.extra_minutes is not None and not quiz_set.time_limit_minutes:
        raise SetError("This set has no time limit, so extra time would change nothing. Leave it empty, or set a time limit first.")
    if request.extra_attempts is not None and quiz_set.attempts_allowed is None:
        raise SetError("This set allows unlimited attempts, so extra attempts would change nothing. Leave them empty.")
    if request.closes_at is not None and quiz_set.opens_at is not None and request.closes_at <= quiz_set.opens_at:
        raise SetError("The student's close time must come after the set opens.")


def _refresh_open_deadlines(quiz_set: QuizSet, user_id: int) -> None:
    """Give the student's unfinished attempt the deadline of their rules as they are now (a
    student granted extra time mid-exam gets it at once). In the caller's transaction."""
    rules = rules_for(quiz_set, user_id)
    for attempt in attempts_by(quiz_set, user_id):
        if not attempt.is_finished:
            attempt.deadline_at = _deadline(attempt.started_at, rules)
            db.session.expire(attempt, ["accommodation"])


@unit_of_work
def save_accommodation(quiz_set: QuizSet, request: AccommodationRequest) -> Accommodation:
    """Give a student (by username) their own rules for the set, replacing any they had.

    Refused (SetError 422, nothing changed) for an unknown username, the set's owner, an empty
    request, or a part that would change nothing (extra time without a time limit, extra
    attempts when attempts are unlimited). The student's open attempt gets its new deadline.
    """
    user = _student_by_username(request.username)
    if user.id == quiz_set.owner_id:
        raise SetError("That is your own account: accommodations are for your students.")
    _check_request(quiz_set, request)
    accommodation = accommodation_for(quiz_set, user.id)
    if accommodation is None:
        accommodation = Accommodation(quiz_set_id=quiz_set.id, user_id=user.id)
        db.session.add(accommodation)
    accommodation.extra_minutes = request.extra_minutes
    accommodation.extra_attempts = request.extra_attempts
    accommodation.closes_at = request.closes_at
    accommodation.updated_at = utcnow()
    db.session.flush()
    _refresh_open_deadlines(quiz_set, user.id)
    try:
        db.session.commit()
    except IntegrityError:
        # The same student's accommodation was saved by another request a moment ago.
        db.session.rollback()
        raise SetError("This student's accommodation was changed a moment ago. Reload the page and try again.", 409) from None
    db.session.expire(quiz_set, ["accommodations"])
    return accommodation


@unit_of_work
def remove_accommodation(quiz_set: QuizSet, accommodation_id: int) -> None:
    """The student goes back to the set's own rules (their open attempt's deadline too)."""
    accommodation = db.session.get(Accommodation, accommodation_id)
    if accommodation is None or accommodation.quiz_set_id != quiz_set.id:
        raise SetError("That accommodation is not in this set.", 404)
    user_id = accommodation.user_id
    db.session.delete(accommodation)
    db.session.flush()
    _refresh_open_deadlines(quiz_set, user_id)
    db.session.commit()
    db.session.expire(quiz_set, ["accommodations"])
