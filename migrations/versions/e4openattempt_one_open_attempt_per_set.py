"""At most one unfinished attempt per student and quiz set

Revision ID: e4openattempt
Revises: d3setqs00001
Create Date: 2026-11-27 23:40:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'e4openattempt'
down_revision = 'd3setqs00001'
branch_labels = None
depends_on = None

OPEN = sa.text("finished_at IS NULL AND quiz_set_id IS NOT NULL")


def upgrade():
    # Two racing "Start" requests may already have left a student two open attempts at a set:
    # close the later ones, scored on the answers they hold, so the index can exist.
    op.execute(
        """
        UPDATE attempt SET finished_at = started_at, score = (
            SELECT COALESCE(SUM(response.score), 0) FROM response
            JOIN attempt_question ON attempt_question.id = response.attempt_question_id
            WHERE attempt_question.attempt_id = attempt.id
        )
        WHERE finished_at IS NULL AND quiz_set_id IS NOT NULL
          AND id NOT IN (
            SELECT MIN(id) FROM attempt
            WHERE finished_at IS NULL AND quiz_set_id IS NOT NULL
            GROUP BY user_id, quiz_set_id
          )
        """
    )
    op.create_index(
        'uq_attempt_open_per_set', 'attempt', ['user_id', 'quiz_set_id'], unique=True,
        sqlite_where=OPEN, postgresql_where=OPEN,
    )


def downgrade():
    op.drop_index('uq_attempt_open_per_set', table_name='attempt')
