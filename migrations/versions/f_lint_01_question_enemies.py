"""Enemy questions: pairs that give each other away, kept out of one attempt

Revision ID: f_lint_01
Revises: e4openattempt
Create Date: 2026-11-29 07:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'f_lint_01'
down_revision = 'e4openattempt'
branch_labels = None
depends_on = None


def upgrade():
    # Filled by the bank loader (flask bank load, quizapp serve): nothing to migrate.
    op.create_table('question_enemy',
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('enemy_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['enemy_id'], ['question.id'], name=op.f('fk_question_enemy_enemy_id_question')),
    sa.ForeignKeyConstraint(['question_id'], ['question.id'], name=op.f('fk_question_enemy_question_id_question')),
    sa.PrimaryKeyConstraint('question_id', 'enemy_id', name=op.f('pk_question_enemy'))
    )
    with op.batch_alter_table('question_enemy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_question_enemy_enemy_id'), ['enemy_id'], unique=False)


def downgrade():
    with op.batch_alter_table('question_enemy', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_question_enemy_enemy_id'))
    op.drop_table('question_enemy')
