"""What users' documents do when accounts (a layer below) announce something (quizapp.events)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from quizapp import events
from quizapp.bank.user_documents import UserDocument
from quizapp.extensions import db


def guests_owning_documents(_sender: Any, *, guest_ids: list[int], **_: Any) -> set[int]:
    """Idle guests about to be deleted who own an imported document: kept, with it.

    Importing needs an account, so there should be none; deleting one would orphan the
    document and any bank published from it.
    """
    if not guest_ids:
        return set()
    owners = select(UserDocument.owner_id).where(UserDocument.owner_id.in_(guest_ids)).distinct()
    return set(db.session.execute(owners).scalars())


def subscribe() -> None:
    """Connect the receivers above; called once the documents blueprint is registered."""
    events.subscribe(events.guests_kept, guests_owning_documents)
