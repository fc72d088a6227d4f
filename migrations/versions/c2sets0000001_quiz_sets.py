"""Teacher quiz sets, join codes and set attempts

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
    op.create_table('join_failure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_key', sa.String(length=64), nullable=False),
    sa.Column('failed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_join_failure'))
    )
    with op.batch_alter_table('join_failure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_join_failure_client_key'), ['client_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_join_failure_failed_at'), ['failed_at'], unique=False)

    op.create_table('quiz_set',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.Column('time_limit_minutes', sa.Integer(), nullable=True),
    sa.Column('attempts_allowed', sa.Integer(), nullable=True),
    sa.Column('grading', sa.String(length=10), nullable=False),
    sa.Column('shuffle_questions', sa.Boolean(), nullable=False),
    sa.Column('shuffle_choices', sa.Boolean(), nullable=False),
    sa.Column('opens_at', sa.DateTime(), nullable=True),
    sa.Column('closes_at', sa.DateTime(), nullable=True),
    sa.Column('answers_visible', sa.String(length=20), nullable=False),
    sa.Column('random_count', sa.Integer(), nullable=True),
    sa.Column('random_topic_ids', sa.JSON(), nullable=False),
    sa.Column('join_code', sa.String(length=16), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['account.id'], name=op.f('fk_quiz_set_owner_id_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quiz_set')),
    sa.UniqueConstraint('join_code', name=op.f('uq_quiz_set_join_code'))
    )
    with op.batch_alter_table('quiz_set', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quiz_set_owner_id'), ['owner_id'], unique=False)

    op.create_table('quiz_set_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('quiz_set_id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['question.id'], name=op.f('fk_quiz_set_item_question_id_question')),
    sa.ForeignKeyConstraint(['quiz_set_id'], ['quiz_set.id'], name=op.f('fk_quiz_set_item_quiz_set_id_quiz_set')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quiz_set_item')),
    sa.UniqueConstraint('quiz_set_id', 'question_id', name=op.f('uq_quiz_set_item_quiz_set_id'))
    )
    with op.batch_alter_table('quiz_set_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quiz_set_item_question_id'), ['question_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quiz_set_item_quiz_set_id'), ['quiz_set_id'], unique=False)

    with op.batch_alter_table('attempt', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quiz_set_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('deadline_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_attempt_quiz_set_id'), ['quiz_set_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_attempt_quiz_set_id_quiz_set'), 'quiz_set', ['quiz_set_id'], ['id'])



def downgrade():
    with op.batch_alter_table('attempt', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_attempt_quiz_set_id_quiz_set'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_attempt_quiz_set_id'))
        batch_op.drop_column('deadline_at')
        batch_op.drop_column('quiz_set_id')

    with op.batch_alter_table('quiz_set_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quiz_set_item_quiz_set_id'))
        batch_op.drop_index(batch_op.f('ix_quiz_set_item_question_id'))

    op.drop_table('quiz_set_item')
    with op.batch_alter_table('quiz_set', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quiz_set_owner_id'))

    op.drop_table('quiz_set')
    with op.batch_alter_table('join_failure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_join_failure_failed_at'))
        batch_op.drop_index(batch_op.f('ix_join_failure_client_key'))

    op.drop_table('join_failure')
