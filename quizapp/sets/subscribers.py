"""What quiz sets do when accounts (a layer below) announce something (quizapp.events)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from quizapp import events
from quizapp.extensions import db
from quizapp.sets.models import Accommodation, QuizSet


def guests_owning_sets(_sender: Any, *, guest_ids: list[int], **_: Any) -> set[int]:
    """Idle guests about to be deleted who own a quiz set: kept, with their set.

    Building a set needs an account, so there should be none; deleting one would orphan the
    set and its students' attempts.
    """
    if not guest_ids:
        return set()
    owners = select(QuizSet.owner_id).where(QuizSet.owner_id.in_(guest_ids)).distinct()
    return set(db.session.execute(owners).scalars())


def delete_guest_accommodations(_sender: Any, *, guest_ids: list[int], **_: Any) -> None:
    """Idle guests are deleted: any accommodation given to one goes first (accommodations are
    given by username, which guests lack, so there should be none)."""
    db.session.execute(delete(Accommodation).where(Accommodation.user_id.in_(guest_ids)))


def subscribe() -> None:
    """Connect the receivers above; called once the sets blueprint is registered."""
    events.subscribe(events.guests_kept, guests_owning_sets)
    events.subscribe(events.guests_deleting, delete_guest_accommodations)
