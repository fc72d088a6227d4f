"""A learner's flashcards and their FSRS scheduling state, and a log row per rating.

The scheduling state lives in real columns (not a JSON blob) so that "what is due" is one
indexed range query on ``(user_id, due)``, and the log keeps what FSRS needs to be trained
later (card, rating, time, duration) plus the card's state before the rating, so a rating
can be undone exactly.

All datetimes are naive UTC, like the rest of the app; ``services`` converts them to the
aware UTC datetimes the ``fsrs`` package insists on.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.bank.models import Flashcard, QuestionVersion
from quizapp.extensions import Model
from quizapp.timeutil import utcnow

# Where a card comes from: a bank flashcard, a quiz question the learner got wrong, or the
# learner's own pen (a card they wrote in a deck of their own).
KIND_BANK = "bank"
KIND_MISSED = "missed"
KIND_OWN = "own"

# The longest front and back of a learner's own card, in characters.
MAX_FRONT_CHARS = 1000
MAX_BACK_CHARS = 2000
MAX_DECK_TITLE_CHARS = 120

# The rows of a partial index: a card never rated (new), a card rated at least once, a review
# that was a card's first.
NEVER_RATED = text("last_review IS NULL")
RATED = text("last_review IS NOT NULL")
FIRST_RATING = text("prev_last_review IS NULL")


class OwnDeck(Model):
    """A deck a learner made for cards of their own; only they see it (404 for anyone else)."""

    __tablename__ = "own_deck"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(MAX_DECK_TITLE_CHARS))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class DeckSetting(Model):
    """A learner's limit of new cards per day for one deck (``deck_key`` as in the URL: "doc-3",
    "topic-7", "missed", "own-5"), on top of their total across decks, so one busy deck
    cannot use up every day's new cards."""

    __tablename__ = "deck_setting"
    __table_args__ = (UniqueConstraint("user_id", "deck_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    deck_key: Mapped[str] = mapped_column(String(40))
    new_per_day: Mapped[int]


class StudyCard(Model):
    """One learner's copy of a card, with its FSRS state.

    ``last_review`` is None for a card never rated: that is what "new" means here (FSRS 6
    has no New state; an unrated card is in Learning, step 0, without stability).
    """

    __tablename__ = "study_card"
    __table_args__ = (
        UniqueConstraint("user_id", "flashcard_id"),
        UniqueConstraint("user_id", "question_id"),
        Index("ix_study_card_user_due", "user_id", "due"),
        # A deck's cards, in due order, without walking the learner's other cards: a learner
        # with 12,000 cards studies a 74-card deck at the cost of 74 (issue 15).
        Index("ix_study_card_user_document_due", "user_id", "document_id", "due"),
        Index("ix_study_card_user_topic_due", "user_id", "topic_id", "due"),
        Index("ix_study_card_user_kind_due", "user_id", "kind", "due"),
        Index("ix_study_card_user_own_deck_due", "user_id", "own_deck_id", "due"),
        # A deck's next new card is its first in bank order: without these (new cards only,
        # in flashcard order) SQLite walked the learner's (user_id, flashcard_id) unique index
        # through every deck's cards to find it (issue 15).
        Index(
            "ix_study_card_user_document_new", "user_id", "document_id", "flashcard_id",
            sqlite_where=NEVER_RATED, postgresql_where=NEVER_RATED,
        ),
        Index(
            "ix_study_card_user_topic_new", "user_id", "topic_id", "flashcard_id",
            sqlite_where=NEVER_RATED, postgresql_where=NEVER_RATED,
        ),
        # A deck's rated cards in due order: what the first due card and "can undo" look at.
        # In the full (user, deck, due) index SQLite read every new card's row too (its due is
        # when it was added, before the end of today) only to drop it (issue 15).
        Index(
            "ix_study_card_user_document_rated", "user_id", "document_id", "due",
            sqlite_where=RATED, postgresql_where=RATED,
        ),
        Index(
            "ix_study_card_user_topic_rated", "user_id", "topic_id", "due",
            sqlite_where=RATED, postgresql_where=RATED,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    kind: Mapped[str] = mapped_column(String(10))
    flashcard_id: Mapped[int | None] = mapped_column(ForeignKey("flashcard.id"))
    # The bank flashcard's document and topic, copied so that a deck is one index range (kept
    # in step by the bank loader when a flashcard moves to another topic); None when missed.
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topic.id"))
    # A missed question: the question (one card per question) and the version got wrong.
    question_id: Mapped[int | None] = mapped_column(ForeignKey("question.id"))
    question_version_id: Mapped[int | None] = mapped_column(ForeignKey("question_version.id"))
    # A card of the learner's own: its deck, its two sides, and optionally the paragraph of a
    # bank document it comes from (a document the learner may see, checked when it is saved).
    own_deck_id: Mapped[int | None] = mapped_column(ForeignKey("own_deck.id", ondelete="CASCADE"))
    front: Mapped[str | None] = mapped_column(Text)
    back: Mapped[str | None] = mapped_column(Text)
    source_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    source_paragraph: Mapped[int | None]

    state: Mapped[int] = mapped_column(default=1)  # fsrs.State: 1 Learning, 2 Review, 3 Relearning
    step: Mapped[int | None] = mapped_column(default=0)
    stability: Mapped[float | None]
    difficulty: Mapped[float | None]
    due: Mapped[datetime] = mapped_column(default=utcnow)
    last_review: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    flashcard: Mapped[Flashcard | None] = relationship()
    question_version: Mapped[QuestionVersion | None] = relationship()

    @property
    def is_new(self) -> bool:
        return self.last_review is None


class CardReview(Model):
    """One rating of a card: what FSRS logs, plus the card's state before it, for undo."""

    __tablename__ = "card_review"
    # Covering what the statistics (reviews and Again per day) and today's new-card allowance
    # read, so both are index-only scans however many reviews a learner has (issue 15).
    __table_args__ = (
        Index("ix_card_review_user_reviewed_rating", "user_id", "reviewed_at", "rating", "prev_last_review"),
        # Today's new cards (first ratings since the learner's midnight), read by every study
        # page and rating: only first ratings are in it, so the range is today's new cards (at
        # most the daily limit), not every review of the day in every deck (issue 15: 2,000
        # reviews walked per page for a busy learner). card_id makes it cover the deck count.
        Index(
            "ix_card_review_user_first_rating", "user_id", "reviewed_at", "card_id",
            sqlite_where=FIRST_RATING, postgresql_where=FIRST_RATING,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("study_card.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    rating: Mapped[int]  # fsrs.Rating: 1 Again, 2 Hard, 3 Good, 4 Easy
    reviewed_at: Mapped[datetime]
    duration_ms: Mapped[int | None]

    prev_state: Mapped[int]
    prev_step: Mapped[int | None]
    prev_stability: Mapped[float | None]
    prev_difficulty: Mapped[float | None]
    prev_due: Mapped[datetime]
    prev_last_review: Mapped[datetime | None]

    card: Mapped[StudyCard] = relationship()


class DeckExam(Model):
    """A learner's exam date for a deck, and how much of it they want to remember that day;
    the deck's daily plan (quizapp/cards/plan.py) is computed from it on each visit."""

    __tablename__ = "deck_exam"
    __table_args__ = (UniqueConstraint("user_id", "deck_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    deck_key: Mapped[str] = mapped_column(String(40))
    exam_on: Mapped[date]
    target: Mapped[float]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
