"""A quiz set may hide its bank questions from self-study until it closes

An exam's bank questions can otherwise be practised, answers and all, in self-study (and in
other people's sets) before and during the exam. Existing sets keep showing them (false).

Revision ID: f_integrity_01
Revises: f_accounts_01
Create Date: 2026-11-29 07:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'f_integrity_01'
down_revision = 'f_accounts_01'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('quiz_set', schema=None) as batch_op:
        batch_op.add_column(sa.Column('hide_bank_questions', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade():
    with op.batch_alter_table('quiz_set', schema=None) as batch_op:
        batch_op.drop_column('hide_bank_questions')
