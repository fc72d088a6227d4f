"""What classes answer when quiz sets (a layer below) ask, and do when accounts announce
something (quizapp.events)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select

from quizapp import events
from quizapp.classes.models import ClassMember, ClassSet, SchoolClass
from quizapp.extensions import db


def class_scopes(_sender: Any, *, viewer_id: int, role: str, **_: Any) -> list[events.ClassScope]:
    """The classes ``viewer_id`` may filter by: those they teach ("teacher": a set's results
    and exports) or those they are in ("student": their own history). One query; each scope's
    students and sets are subqueries the caller's query embeds."""
    query = select(SchoolClass.id, SchoolClass.name, SchoolClass.archived_at)
    if role == "teacher":
        query = query.where(SchoolClass.owner_id == viewer_id)
    elif role == "student":
        query = query.join(ClassMember, ClassMember.class_id == SchoolClass.id).where(ClassMember.user_id == viewer_id)
    else:
        return []
    rows = db.session.execute(query.order_by(SchoolClass.archived_at.is_not(None), func.lower(SchoolClass.name), SchoolClass.id)).all()
    return [
        events.ClassScope(
            id=class_id,
            name=name,
            archived=archived_at is not None,
            students=select(ClassMember.user_id).where(ClassMember.class_id == class_id),
            sets=select(ClassSet.quiz_set_id).where(ClassSet.class_id == class_id),
        )
        for class_id, name, archived_at in rows
    ]


def delete_guests_rows(_sender: Any, *, guest_ids: list[int], **_: Any) -> None:
    """Idle guests are being deleted: their places on rosters go first (joining a class needs
    an account, so there should be none). In the caller's transaction."""
    if guest_ids:
        db.session.execute(delete(ClassMember).where(ClassMember.user_id.in_(guest_ids)))


def guests_owning_classes(_sender: Any, *, guest_ids: list[int], **_: Any) -> set[int]:
    """Idle guests about to be deleted who own a class: kept, with their class (making one
    needs an account, so there should be none; deleting one would orphan its roster)."""
    if not guest_ids:
        return set()
    return set(db.session.execute(select(SchoolClass.owner_id).where(SchoolClass.owner_id.in_(guest_ids)).distinct()).scalars())


def subscribe() -> None:
    """Connect the receivers above; called once the classes blueprint is registered."""
    events.subscribe(events.class_scopes, class_scopes)
    events.subscribe(events.guests_deleting, delete_guests_rows)
    events.subscribe(events.guests_kept, guests_owning_classes)
