"""Study cards know their deck: document and topic columns, indexed with the due time

``deck_counts`` and ``due_cards`` filtered a learner's cards by the flashcard's document or
topic through a join, so SQLite walked every card the learner holds for every deck (a learner
with 12,000 cards paid for 12,000 to study a 74-card deck). The flashcard's document and topic
are copied onto the card and indexed as (user_id, document_id, due) and (user_id, topic_id,
due); missed-question cards get (user_id, kind, due). The review log's (user_id, reviewed_at)
index also carries rating and prev_last_review, so the statistics and today's new-card count
read the index alone.

Revision ID: f_perf_01
Revises: f_lint_01
Create Date: 2026-11-29 07:45:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'f_perf_01'
down_revision = 'f_lint_01'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('study_card', schema=None) as batch_op:
        batch_op.add_column(sa.Column('document_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('topic_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_study_card_document_id_document'), 'document', ['document_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_study_card_topic_id_topic'), 'topic', ['topic_id'], ['id'])
    op.execute(
        "UPDATE study_card SET"
        " document_id = (SELECT flashcard.document_id FROM flashcard WHERE flashcard.id = study_card.flashcard_id),"
        " topic_id = (SELECT flashcard.topic_id FROM flashcard WHERE flashcard.id = study_card.flashcard_id)"
        " WHERE flashcard_id IS NOT NULL"
    )
    with op.batch_alter_table('study_card', schema=None) as batch_op:
        batch_op.create_index('ix_study_card_user_document_due', ['user_id', 'document_id', 'due'], unique=False)
        batch_op.create_index('ix_study_card_user_topic_due', ['user_id', 'topic_id', 'due'], unique=False)
        batch_op.create_index('ix_study_card_user_kind_due', ['user_id', 'kind', 'due'], unique=False)
    with op.batch_alter_table('card_review', schema=None) as batch_op:
        batch_op.drop_index('ix_card_review_user_reviewed_at')
        batch_op.create_index(
            'ix_card_review_user_reviewed_rating', ['user_id', 'reviewed_at', 'rating', 'prev_last_review'], unique=False
        )


def downgrade():
    with op.batch_alter_table('card_review', schema=None) as batch_op:
        batch_op.drop_index('ix_card_review_user_reviewed_rating')
        batch_op.create_index('ix_card_review_user_reviewed_at', ['user_id', 'reviewed_at'], unique=False)
    with op.batch_alter_table('study_card', schema=None) as batch_op:
        batch_op.drop_index('ix_study_card_user_kind_due')
        batch_op.drop_index('ix_study_card_user_topic_due')
        batch_op.drop_index('ix_study_card_user_document_due')
        batch_op.drop_constraint(batch_op.f('fk_study_card_topic_id_topic'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_study_card_document_id_document'), type_='foreignkey')
        batch_op.drop_column('topic_id')
        batch_op.drop_column('document_id')
