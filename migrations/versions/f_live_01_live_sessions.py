"""Live sessions: a quiz set played together, question by question (issue 14)

A live session, its players (each with their attempt at the set) and the points each answer
earned. Answers themselves are the attempts' ordinary responses.

Revision ID: f_live_01
Revises: f_learn_01
Create Date: 2026-11-29 12:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'f_live_01'
down_revision = 'f_learn_01'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'live_session',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('quiz_set_id', sa.Integer(), nullable=False),
        sa.Column('owner_id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=16), nullable=False),
        sa.Column('state', sa.String(length=12), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('version_ids', sa.JSON(), nullable=False),
        sa.Column('seconds_per_question', sa.Integer(), nullable=False),
        sa.Column('opened_at', sa.DateTime(), nullable=True),
        sa.Column('closes_at', sa.DateTime(), nullable=True),
        sa.Column('show_leaderboard', sa.Boolean(), nullable=False),
        sa.Column('hide_names', sa.Boolean(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('ended_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['owner_id'], ['account.id'], name=op.f('fk_live_session_owner_id_account')),
        sa.ForeignKeyConstraint(['quiz_set_id'], ['quiz_set.id'], name=op.f('fk_live_session_quiz_set_id_quiz_set')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_live_session')),
        sa.UniqueConstraint('code', name=op.f('uq_live_session_code')),
    )
    with op.batch_alter_table('live_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_live_session_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_live_session_quiz_set_id'), ['quiz_set_id'], unique=False)

    op.create_table(
        'live_player',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('session_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('display_name', sa.String(length=40), nullable=False),
        sa.Column('attempt_id', sa.Integer(), nullable=False),
        sa.Column('total_points', sa.Integer(), nullable=False),
        sa.Column('joined_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['attempt_id'], ['attempt.id'], name=op.f('fk_live_player_attempt_id_attempt')),
        sa.ForeignKeyConstraint(['session_id'], ['live_session.id'], name=op.f('fk_live_player_session_id_live_session')),
        sa.ForeignKeyConstraint(['user_id'], ['account.id'], name=op.f('fk_live_player_user_id_account')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_live_player')),
        sa.UniqueConstraint('session_id', 'user_id', name=op.f('uq_live_player_session_id_user_id')),
    )
    with op.batch_alter_table('live_player', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_live_player_attempt_id'), ['attempt_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_live_player_user_id'), ['user_id'], unique=False)
        batch_op.create_index('ix_live_player_session_id_total_points', ['session_id', 'total_points'], unique=False)

    op.create_table(
        'live_answer',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('player_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('points', sa.Integer(), nullable=False),
        sa.Column('response_ms', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['player_id'], ['live_player.id'], name=op.f('fk_live_answer_player_id_live_player')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_live_answer')),
        sa.UniqueConstraint('player_id', 'position', name=op.f('uq_live_answer_player_id_position')),
    )


def downgrade():
    op.drop_table('live_answer')
    with op.batch_alter_table('live_player', schema=None) as batch_op:
        batch_op.drop_index('ix_live_player_session_id_total_points')
        batch_op.drop_index(batch_op.f('ix_live_player_user_id'))
        batch_op.drop_index(batch_op.f('ix_live_player_attempt_id'))
    op.drop_table('live_player')
    with op.batch_alter_table('live_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_live_session_quiz_set_id'))
        batch_op.drop_index(batch_op.f('ix_live_session_owner_id'))
    op.drop_table('live_session')
