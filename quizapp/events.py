"""Domain events: how a lower layer tells the layers above it that something happened.

Dependencies point one way (docs/ARCHITECTURE.md, checked by tests/test_layering.py): ``quiz``
builds on ``auth`` and ``bank``; ``cards`` and ``sets`` build on ``quiz``. A lower layer never
imports a higher one, so when something it does matters above (a wrong answer makes a
missed-question card; a guest's work moves to their account), it *sends* one of the signals
below and the higher package, which *subscribes* when its blueprint is registered, does its part.

Every signal is sent inside the sender's transaction, before the sender commits. Subscribers
only change rows and ``flush()``: they never commit or roll back, so the sender's unit of work
stays all-or-nothing (an answer and its missed-question card are stored together or not at all).
An exception in a subscriber propagates to the sender, whose transaction then stores nothing.

Signals are plain blinker signals (blinker is Flask's own signalling library); receivers are
connected with ``weak=False`` so a subscriber lives as long as the process.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from blinker import ANY, Namespace
from sqlalchemy import Select

_signals = Namespace()

answer_recorded = _signals.signal(
    "answer-recorded",
    doc="""An answer was graded and written in the session's transaction, not yet committed.

    Sender: None (the answer path works on plain rows, not ORM objects). Keywords: ``user_id``,
    ``question_id``, ``version_id`` (the question version answered), ``correct`` (bool),
    ``answers_visible`` (bool: may the learner see the correct answer now, by
    ``quiz.services.outcome_visibility``), ``now`` (naive UTC).
    """,
)

attempt_finished = _signals.signal(
    "attempt-finished",
    doc="""An attempt was closed and scored, not yet committed.

    Sender: the ``Attempt`` (its ``finished_at`` and ``score`` already set). Keywords:
    ``answers_revealed`` (bool: finishing is what lets the learner see the correct answers,
    so what they got wrong may now be shown, e.g. on a card), ``now`` (naive UTC).
    """,
)

answers_regraded = _signals.signal(
    "answers-regraded",
    doc="""A question's key was fixed and every answer to it regraded, not yet committed.

    Sender: None. Keywords: ``question_id``, ``version_id`` (the fixed version, which every
    attempt holding the question now shows), ``missed`` (the students holding an answer now
    wrong that they may see corrected, by ``quiz.services.outcome_visibility``), ``cleared``
    (the students whose answers' rightness changed and who now hold no such answer), ``now``.
    """,
)

guest_merged = _signals.signal(
    "guest-merged",
    doc="""A guest signed in to an existing account: move the guest's rows to the account.

    Sender: None. Keywords: ``guest_id``, ``account_id``. Sent before the guest is deleted,
    in the sign-in transaction.
    """,
)

guests_kept = _signals.signal(
    "guests-kept",
    doc="""Idle guests are about to be deleted: which of them must be kept?

    Sender: None. Keyword: ``guest_ids`` (a list). Each receiver returns the ids among them it
    still needs (a set, possibly empty); those guests are not deleted.
    """,
)

guests_deleting = _signals.signal(
    "guests-deleting",
    doc="""Idle guests are being deleted: delete every row of theirs in your tables.

    Sender: None. Keyword: ``guest_ids`` (a list). Sent before their sessions and accounts are
    deleted, so rows that point at the account go first.
    """,
)

flashcards_moved = _signals.signal(
    "flashcards-moved",
    doc="""Loading a bank moved flashcards to other topics.

    Sender: None. Keyword: ``moved`` (dict: flashcard id -> its new topic id).
    """,
)


class_scopes = _signals.signal(
    "class-scopes",
    doc="""Which classes may a viewer narrow a set's results or an export to?

    Sender: None. Keywords: ``viewer_id``, ``role``: "teacher" (the classes the viewer owns,
    for a set's results and exports) or "student" (the classes the viewer belongs to, for
    their own history). Each receiver returns a list of ``ClassScope``. Sets ask; classes,
    a layer above, answer; sets never import classes.
    """,
)

attempt_played_at = _signals.signal(
    "attempt-played-at",
    doc="""Where is an attempt the quiz pages do not play (mode ``quiz.models.LIVE_MODE``) played?

    Sender: None. Keyword: ``attempt_id``. Sent while handling a request; a receiver that
    plays such attempts returns a ``PlayedAt``, the others None. The quiz asks when a learner
    opens such an attempt in its own pages, and links there; it never imports who answers.
    """,
)


class PlayedAt(NamedTuple):
    """The page an attempt is played on: its address and what the link says."""

    url: str
    label: str


def attempt_played_at_for(attempt_id: int) -> PlayedAt | None:
    """The first receiver's answer to ``attempt_played_at``, if any."""
    return next((found for _receiver, found in attempt_played_at.send(None, attempt_id=attempt_id) if found), None)


class ClassScope(NamedTuple):
    """A class as a filter: ``students`` and ``sets`` are SELECTs of ids, used as subqueries
    (``Attempt.user_id.in_(scope.students)``), so a filtered page costs no extra query."""

    id: int
    name: str
    archived: bool
    students: Select[Any]
    sets: Select[Any]


def class_scopes_for(viewer_id: int, role: str) -> list[ClassScope]:
    """Every receiver's answer to ``class_scopes``, in one list."""
    return [scope for _receiver, scopes in class_scopes.send(None, viewer_id=viewer_id, role=role) for scope in scopes or []]


def subscribe(signal: Any, receiver: Callable[..., Any]) -> None:
    """Connect ``receiver`` to ``signal`` for every sender, once, for the life of the process.

    Called by a package when its blueprint is registered; registering it in a second app (as the
    tests do) connects nothing twice: blinker keys receivers by identity.
    """
    signal.connect(receiver, sender=ANY, weak=False)
