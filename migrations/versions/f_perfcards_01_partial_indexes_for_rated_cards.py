"""Partial indexes of a deck's rated cards in due order: the first due card and "can undo"

Every study page and rating looks for the deck's first due card and whether any of its cards
has a review (to offer "Undo"). Both concern rated cards only, but the (user, deck, due) index
holds the new cards too, whose due (when they were added) lies before the end of today: SQLite
read each new card's row only to drop it, most of the statement's cost for a deck barely
started (issue 15). Two partial indexes hold only rated cards, per document and per topic.

Revision ID: f_perfcards_01
Revises: f_perfc_01
Create Date: 2026-11-29 23:55:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'f_perfcards_01'
down_revision = 'f_perfc_01'
branch_labels = None
depends_on = None

RATED = sa.text("last_review IS NOT NULL")


def upgrade():
    op.create_index(
        'ix_study_card_user_document_rated', 'study_card', ['user_id', 'document_id', 'due'],
        sqlite_where=RATED, postgresql_where=RATED,
    )
    op.create_index(
        'ix_study_card_user_topic_rated', 'study_card', ['user_id', 'topic_id', 'due'],
        sqlite_where=RATED, postgresql_where=RATED,
    )


def downgrade():
    op.drop_index('ix_study_card_user_topic_rated', table_name='study_card')
    op.drop_index('ix_study_card_user_document_rated', table_name='study_card')
