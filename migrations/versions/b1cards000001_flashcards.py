"""Flashcards with FSRS scheduling: per-learner card state, review log, learner settings

Revision ID: b1cards000001
Revises: 069f1b8c3e72
Create Date: 2026-11-27 23:20:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'b1cards000001'
down_revision = '069f1b8c3e72'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('time_zone', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('new_cards_per_day', sa.Integer(), server_default='20', nullable=False))

    op.create_table('study_card',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('flashcard_id', sa.Integer(), nullable=True),
    sa.Column('question_id', sa.Integer(), nullable=True),
    sa.Column('question_version_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.Integer(), nullable=False),
    sa.Column('step', sa.Integer(), nullable=True),
    sa.Column('stability', sa.Double(), nullable=True),
    sa.Column('difficulty', sa.Double(), nullable=True),
    sa.Column('due', sa.DateTime(), nullable=False),
    sa.Column('last_review', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['flashcard_id'], ['flashcard.id'], name=op.f('fk_study_card_flashcard_id_flashcard')),
    sa.ForeignKeyConstraint(['question_id'], ['question.id'], name=op.f('fk_study_card_question_id_question')),
    sa.ForeignKeyConstraint(['question_version_id'], ['question_version.id'], name=op.f('fk_study_card_question_version_id_question_version')),
    sa.ForeignKeyConstraint(['user_id'], ['account.id'], name=op.f('fk_study_card_user_id_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_study_card')),
    sa.UniqueConstraint('user_id', 'flashcard_id', name='uq_study_card_user_flashcard'),
    sa.UniqueConstraint('user_id', 'question_id', name='uq_study_card_user_question')
    )
    with op.batch_alter_table('study_card', schema=None) as batch_op:
        batch_op.create_index('ix_study_card_user_due', ['user_id', 'due'], unique=False)

    op.create_table('card_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(), nullable=False),
    sa.Column('duration_ms', sa.Integer(), nullable=True),
    sa.Column('prev_state', sa.Integer(), nullable=False),
    sa.Column('prev_step', sa.Integer(), nullable=True),
    sa.Column('prev_stability', sa.Double(), nullable=True),
    sa.Column('prev_difficulty', sa.Double(), nullable=True),
    sa.Column('prev_due', sa.DateTime(), nullable=False),
    sa.Column('prev_last_review', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['card_id'], ['study_card.id'], name=op.f('fk_card_review_card_id_study_card'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['account.id'], name=op.f('fk_card_review_user_id_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_card_review'))
    )
    with op.batch_alter_table('card_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_review_card_id'), ['card_id'], unique=False)
        batch_op.create_index('ix_card_review_user_reviewed_at', ['user_id', 'reviewed_at'], unique=False)


def downgrade():
    with op.batch_alter_table('card_review', schema=None) as batch_op:
        batch_op.drop_index('ix_card_review_user_reviewed_at')
        batch_op.drop_index(batch_op.f('ix_card_review_card_id'))

    op.drop_table('card_review')
    with op.batch_alter_table('study_card', schema=None) as batch_op:
        batch_op.drop_index('ix_study_card_user_due')

    op.drop_table('study_card')
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_column('new_cards_per_day')
        batch_op.drop_column('time_zone')
