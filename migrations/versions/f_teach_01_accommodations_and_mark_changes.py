"""Accommodations (a student's own time, attempts or close time for a set), marks set by hand
with comments, and the history of every change to a finished attempt's marking

Revision ID: f_teach_01
Revises: f_classes_01
Create Date: 2026-11-29 12:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = 'f_teach_01'
down_revision = 'f_classes_01'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'set_accommodation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('quiz_set_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('extra_minutes', sa.Integer(), nullable=True),
        sa.Column('extra_attempts', sa.Integer(), nullable=True),
        sa.Column('closes_at', sa.DateTime(), nullable=True),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['quiz_set_id'], ['quiz_set.id'], name=op.f('fk_set_accommodation_quiz_set_id_quiz_set')),
        sa.ForeignKeyConstraint(['user_id'], ['account.id'], name=op.f('fk_set_accommodation_user_id_account')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_set_accommodation')),
        sa.UniqueConstraint('quiz_set_id', 'user_id', name=op.f('uq_set_accommodation_quiz_set_id_user_id')),
    )
    with op.batch_alter_table('set_accommodation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_set_accommodation_quiz_set_id'), ['quiz_set_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_set_accommodation_user_id'), ['user_id'], unique=False)

    op.create_table(
        'mark_change',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('attempt_id', sa.Integer(), nullable=False),
        sa.Column('attempt_question_id', sa.Integer(), nullable=True),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('old_mark', sa.Double(), nullable=True),
        sa.Column('new_mark', sa.Double(), nullable=True),
        sa.Column('comment', sa.Text(), nullable=False),
        sa.Column('changed_by', sa.Integer(), nullable=True),
        sa.Column('changed_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['attempt_id'], ['attempt.id'], name=op.f('fk_mark_change_attempt_id_attempt')),
        sa.ForeignKeyConstraint(['attempt_question_id'], ['attempt_question.id'], name=op.f('fk_mark_change_attempt_question_id_attempt_question')),
        sa.ForeignKeyConstraint(['changed_by'], ['account.id'], name=op.f('fk_mark_change_changed_by_account')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_mark_change')),
    )
    with op.batch_alter_table('mark_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mark_change_attempt_id'), ['attempt_id'], unique=False)

    # Plain nullable columns: added in place on SQLite too (no table rebuild of the tables
    # every answer writes to).
    op.add_column('attempt', sa.Column('teacher_comment', sa.Text(), nullable=True))
    op.add_column('attempt_question', sa.Column('mark_override', sa.Double(), nullable=True))
    op.add_column('attempt_question', sa.Column('comment', sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table('attempt_question', schema=None) as batch_op:
        batch_op.drop_column('comment')
        batch_op.drop_column('mark_override')
    with op.batch_alter_table('attempt', schema=None) as batch_op:
        batch_op.drop_column('teacher_comment')
    op.drop_table('mark_change')
    op.drop_table('set_accommodation')
