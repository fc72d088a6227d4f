"""Partial indexes for what every study page asks: the deck's first new card, today's new cards

The study page and the rating POST read, in one statement, the deck's first new card (in
flashcard order) and how many cards the learner rated for the first time today. SQLite found
the first new card by walking the learner's (user_id, flashcard_id) unique index through all
their decks, and counted today's new cards by walking every review of the day in the
(user_id, reviewed_at, ...) index: a learner with 12,000 cards and 2,000 reviews a day paid
for them on every page (issue 15). Two partial indexes hold only new cards, in flashcard
order, per document and per topic; a third only first ratings, by time, with their card.

Revision ID: f_perfc_01
Revises: f_live2_01
Create Date: 2026-11-29 18:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'f_perfc_01'
down_revision = 'f_live2_01'
branch_labels = None
depends_on = None

NEVER_RATED = sa.text("last_review IS NULL")
FIRST_RATING = sa.text("prev_last_review IS NULL")


def upgrade():
    op.create_index(
        'ix_study_card_user_document_new', 'study_card', ['user_id', 'document_id', 'flashcard_id'],
        sqlite_where=NEVER_RATED, postgresql_where=NEVER_RATED,
    )
    op.create_index(
        'ix_study_card_user_topic_new', 'study_card', ['user_id', 'topic_id', 'flashcard_id'],
        sqlite_where=NEVER_RATED, postgresql_where=NEVER_RATED,
    )
    op.create_index(
        'ix_card_review_user_first_rating', 'card_review', ['user_id', 'reviewed_at', 'card_id'],
        sqlite_where=FIRST_RATING, postgresql_where=FIRST_RATING,
    )


def downgrade():
    op.drop_index('ix_card_review_user_first_rating', table_name='card_review')
    op.drop_index('ix_study_card_user_topic_new', table_name='study_card')
    op.drop_index('ix_study_card_user_document_new', table_name='study_card')
