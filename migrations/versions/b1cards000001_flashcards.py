"""Flashcards with FSRS scheduling (filled in by the flashcards work)

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
    pass


def downgrade():
    pass
