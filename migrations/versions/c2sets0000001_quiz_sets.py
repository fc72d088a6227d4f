"""Teacher quiz sets, join codes and set attempts (filled in by the quiz-sets work)

Revision ID: c2sets0000001
Revises: b1cards000001
Create Date: 2026-11-27 23:20:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'c2sets0000001'
down_revision = 'b1cards000001'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
