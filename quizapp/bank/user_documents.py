"""A user's document as imported: its versions, their paragraphs, and the drafts under review.

Publishing turns the accepted drafts into an ordinary bank (``quizapp.bank.models.Document``
and its questions and cards), so quizzes, decks, the set builder and item analysis need to know
nothing about where a bank came from. What lives here is what comes before that: the text as the
user gave it, split into numbered paragraphs, and each draft's review state.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
    and_,
    exists,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.sql.elements import ColumnElement

from quizapp.bank.models import Document
from quizapp.extensions import Model, db
from quizapp.timeutil import utcnow

# A draft's review state. "flagged": it was accepted, but a paragraph it cites changed in a
# later version, so it waits for a person again (and is not published meanwhile).
DRAFT_STATES = ("pending", "accepted", "rejected", "flagged")


class UserDocument(Model):
    """A document a user imported. Only its owner sees it, unless it is ``published``."""

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(20), default="en")
    published: Mapped[bool] = mapped_column(default=False)
    # The number of the version being reviewed (the newest).
    version: Mapped[int] = mapped_column(default=1)
    # The bank made by the last publish, if any (its questions and cards keep their history).
    bank_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    versions: Mapped[list[DocumentVersion]] = relationship(
        back_populates="document", order_by="DocumentVersion.number", cascade="all, delete-orphan"
    )


class DocumentVersion(Model):
    """One import of the document (or one edit of its paragraphs after drafts were made)."""

    __table_args__ = (UniqueConstraint("document_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("user_document.id"), index=True)
    number: Mapped[int]
    # Where the text came from: the uploaded file's name, or "pasted text".
    origin: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    document: Mapped[UserDocument] = relationship(back_populates="versions")
    paragraphs: Mapped[list[DocumentParagraph]] = relationship(
        order_by="DocumentParagraph.number", cascade="all, delete-orphan"
    )


class DocumentParagraph(Model):
    """A numbered paragraph of one version, as cited by the drafts (1-based)."""

    version_id: Mapped[int] = mapped_column(ForeignKey("document_version.id"), primary_key=True)
    number: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    is_heading: Mapped[bool] = mapped_column(default=False)
    is_list_item: Mapped[bool] = mapped_column(default=False)


class DocumentDraft(Model):
    """A drafted item (question or card) and what the reviewer decided about it.

    ``item`` is the bank item exactly as a bank file holds it (``source`` = the cited paragraph
    numbers of the current version); an edit replaces it, keeping its id.
    """

    __table_args__ = (UniqueConstraint("document_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("user_document.id"), index=True)
    key: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    item: Mapped[dict[str, Any]] = mapped_column(JSON)
    paragraph: Mapped[int]
    answer_span: Mapped[list[int] | None] = mapped_column(JSON)
    score: Mapped[float] = mapped_column(default=0.0)
    problems: Mapped[list[str]] = mapped_column(JSON, default=list)
    # What checks say without holding the draft back (an imported item's cue checks, and where
    # its key is in the document): shown beside it. None for drafts made before it existed.
    findings: Mapped[list[str] | None] = mapped_column(JSON, default=list)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    # Why a flagged draft waits for review again ("paragraph 4 changed in version 2").
    note: Mapped[str] = mapped_column(Text, default="")
    variant: Mapped[int] = mapped_column(default=0)
    position: Mapped[int] = mapped_column(default=0)

    @property
    def ready(self) -> bool:
        return not self.problems


def visible_documents(user_id: int | None) -> ColumnElement[bool]:
    """The condition on the bank's ``Document`` for the banks ``user_id`` may see.

    The shipped banks (no user document made them), published users' banks, and the user's own
    (``user_id`` None: a visitor without an account). Every list of banks (home, new quiz,
    flashcard decks, the set builder's picker) filters by it, so a private bank stays private.
    """
    hidden = and_(UserDocument.bank_document_id == Document.id, UserDocument.published.is_(False))
    if user_id is not None:
        hidden = and_(hidden, UserDocument.owner_id != user_id)
    return ~exists().where(hidden)


def may_see_bank(document_id: int, user_id: int | None) -> bool:
    """Whether ``user_id`` may see the bank document ``document_id`` (see ``visible_documents``)."""
    query = db.select(Document.id).where(Document.id == document_id, visible_documents(user_id))
    return db.session.execute(query).first() is not None
