"""A learner's exam date per deck (issue 13: the exam-date plan)

Revision ID: f_plan_01
Revises: f_perf_01
Create Date: 2026-11-29 10:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = "f_plan_01"
down_revision = "f_perf_01"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "deck_exam",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("deck_key", sa.String(length=40), nullable=False),
        sa.Column("exam_on", sa.Date(), nullable=False),
        sa.Column("target", sa.Double(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["account.id"], name=op.f("fk_deck_exam_user_id_account"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deck_exam")),
        sa.UniqueConstraint("user_id", "deck_key", name=op.f("uq_deck_exam_user_id_deck_key")),
    )


def downgrade():
    op.drop_table("deck_exam")
