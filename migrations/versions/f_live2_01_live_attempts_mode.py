"""Live players' attempts get their own mode, 'live': the quiz's pages point to the live page
instead of taking their answers (issue 14)

Data only: the players' attempts made before this were stored as 'test'.

Revision ID: f_live2_01
Revises: f_nav_01
Create Date: 2026-11-29 15:00:00

"""
from alembic import op

revision = 'f_live2_01'
down_revision = 'f_nav_01'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE attempt SET mode = 'live' WHERE id IN (SELECT attempt_id FROM live_player)")


def downgrade():
    op.execute("UPDATE attempt SET mode = 'test' WHERE mode = 'live'")
