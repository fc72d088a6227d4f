"""Learners' own decks and cards, and a new-cards-per-day limit per deck (issue 13)

A learner's own card is a ``study_card`` row of kind "own" holding its front, back and optional
source paragraph, in an ``own_deck``: scheduled by FSRS like every other card, and a deck is one
range of the new (user_id, own_deck_id, due) index. ``deck_setting`` keeps a per-deck limit of
new cards per day beside the account's total.

Revision ID: f_learn_01
Revises: f_mutfmt_01
Create Date: 2026-11-29 12:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = 'f_learn_01'
down_revision = 'f_mutfmt_01'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'own_deck',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=120), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['account.id'], name=op.f('fk_own_deck_user_id_account'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_own_deck')),
    )
    with op.batch_alter_table('own_deck', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_own_deck_user_id'), ['user_id'], unique=False)
    op.create_table(
        'deck_setting',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('deck_key', sa.String(length=40), nullable=False),
        sa.Column('new_per_day', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['account.id'], name=op.f('fk_deck_setting_user_id_account'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_deck_setting')),
        sa.UniqueConstraint('user_id', 'deck_key', name=op.f('uq_deck_setting_user_id_deck_key')),
    )
    with op.batch_alter_table('study_card', schema=None) as batch_op:
        batch_op.add_column(sa.Column('own_deck_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('front', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('back', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('source_document_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('source_paragraph', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_study_card_own_deck_id_own_deck'), 'own_deck', ['own_deck_id'], ['id'], ondelete='CASCADE')
        batch_op.create_foreign_key(batch_op.f('fk_study_card_source_document_id_document'), 'document', ['source_document_id'], ['id'])
        batch_op.create_index('ix_study_card_user_own_deck_due', ['user_id', 'own_deck_id', 'due'], unique=False)


def downgrade():
    with op.batch_alter_table('study_card', schema=None) as batch_op:
        batch_op.drop_index('ix_study_card_user_own_deck_due')
        batch_op.drop_constraint(batch_op.f('fk_study_card_source_document_id_document'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_study_card_own_deck_id_own_deck'), type_='foreignkey')
        batch_op.drop_column('source_paragraph')
        batch_op.drop_column('source_document_id')
        batch_op.drop_column('back')
        batch_op.drop_column('front')
        batch_op.drop_column('own_deck_id')
    op.drop_table('deck_setting')
    with op.batch_alter_table('own_deck', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_own_deck_user_id'))
    op.drop_table('own_deck')
