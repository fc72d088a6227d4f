"""What quiz sets do when accounts (a layer below) announce something (quizapp.events)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from quizapp import events
from quizapp.extensions import db
from quizapp.sets.models import QuizSet


def guests_owning_sets(_sender: Any, *, guest_ids: list[int], **_: Any) -> set[int]:
    """Idle guests about to be deleted who own a quiz set: kept, with their set.

    Building a set needs an account, so there should be none; deleting one would orphan the
    set and its students' attempts.
    """
    if not guest_ids:
        return set()
    owners = select(QuizSet.owner_id).where(QuizSet.owner_id.in_(guest_ids)).distinct()
    return set(db.session.execute(owners).scalars())


def subscribe() -> None:
    """Connect the receivers above; called once the sets blueprint is registered."""
    events.subscribe(events.guests_kept, guests_owning_sets)
