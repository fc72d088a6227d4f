"""A learner may flag a question of an attempt for review (issue 13: the question navigator)

The flag is a column of ``attempt_question`` (false for every existing row), added with a plain
ALTER TABLE ... ADD COLUMN: on SQLite a batch rebuild would copy the table every answer refers to.

Revision ID: f_nav_01
Revises: f_live_01
Create Date: 2026-11-29 11:50:00

"""
import sqlalchemy as sa
from alembic import op

revision = 'f_nav_01'
down_revision = 'f_live_01'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('attempt_question', sa.Column('flagged', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade():
    with op.batch_alter_table('attempt_question', schema=None) as batch_op:
        batch_op.drop_column('flagged')
