"""The question bank as stored: documents, topics, versioned questions and flashcards.

A question's content lives in ``QuestionVersion`` rows that are never changed once written;
attempts point at the version the learner saw, so editing the bank never rewrites history.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint, and_
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.extensions import Model
from quizapp.timeutil import utcnow


class Document(Model):
    """A source document that a bank is derived from."""

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(20), default="en")
    source_description: Mapped[str] = mapped_column(Text, default="")
    paragraph_count: Mapped[int]
    # Paragraphs that are headings, which no question may cite (kept so that questions written
    # in the app are checked against the document as ``flask bank check`` checks the files).
    headings: Mapped[list[int]] = mapped_column(JSON, default=list, server_default="[]")

    topics: Mapped[list[Topic]] = relationship(back_populates="document", order_by="Topic.position")


class SourceParagraph(Model):
    """A paragraph of the source, read from the document's file at load time when it exists,
    so that feedback can show the passage a question cites."""

    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), primary_key=True)
    number: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class Topic(Model):
    __table_args__ = (UniqueConstraint("document_id", "slug"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    slug: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)

    document: Mapped[Document] = relationship(back_populates="topics")


class Question(Model):
    """A question's identity and the columns quizzes filter on; content is versioned.

    A bank question has a ``document`` and a ``topic``. A question a teacher wrote inside a
    quiz set has neither, only ``quiz_set_id``: every bank query (the loader's upsert and
    retire, self-study draws, topic statistics) selects by document or topic, so it never sees
    teacher questions, and the set's owner is the only one who may edit them.
    """

    __table_args__ = (UniqueConstraint("document_id", "bank_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"), index=True)
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topic.id"), index=True)
    # Set only for a question written for one quiz set (quizapp.sets); bank questions leave it None.
    quiz_set_id: Mapped[int | None] = mapped_column(ForeignKey("quiz_set.id"), index=True)
    bank_id: Mapped[str] = mapped_column(String(80))
    type: Mapped[str] = mapped_column(String(30))
    difficulty: Mapped[int]
    version: Mapped[int] = mapped_column(default=1)
    retired_at: Mapped[datetime | None]

    topic: Mapped[Topic | None] = relationship()
    document: Mapped[Document | None] = relationship()
    current: Mapped[QuestionVersion] = relationship(
        primaryjoin=lambda: and_(
            QuestionVersion.question_id == Question.id, QuestionVersion.number == Question.version
        ),
        viewonly=True,
        uselist=False,
    )


class QuestionVersion(Model):
    """One immutable version of a question's content (prompt, choices, answer, explanation)."""

    __table_args__ = (UniqueConstraint("question_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), index=True)
    number: Mapped[int]
    content_hash: Mapped[str] = mapped_column(String(64))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    question: Mapped[Question] = relationship()

    @property
    def type(self) -> str:
        return self.content["type"]


class Flashcard(Model):
    """A bank flashcard: a front, a back and the paragraphs that back it."""

    __table_args__ = (UniqueConstraint("document_id", "bank_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id"), index=True)
    bank_id: Mapped[str] = mapped_column(String(80))
    front: Mapped[str] = mapped_column(Text)
    back: Mapped[str] = mapped_column(Text)
    source: Mapped[list[int]] = mapped_column(JSON)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    content_hash: Mapped[str] = mapped_column(String(64))
    retired_at: Mapped[datetime | None]

    topic: Mapped[Topic] = relationship()
    document: Mapped[Document] = relationship()


class QuestionEnemy(Model):
    """Two bank questions that give each other away, stored both ways round.

    Rewritten by ``load_bank`` from the bank's detected and declared pairs
    (``quizapp.bank.enemies``), so that a drawer finds the enemies of its candidates with one
    query and never puts both of a pair into one attempt. Only bank questions have enemies.
    """

    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), primary_key=True)
    enemy_id: Mapped[int] = mapped_column(ForeignKey("question.id"), primary_key=True, index=True)
    # Why, for a teacher's warning: "declared by x" or "the key of x ('...') is in y's prompt".
    reason: Mapped[str] = mapped_column(Text, default="")
