"""Questions written by a teacher inside a quiz set

A teacher's question is an ordinary ``question`` row (its content versioned in
``question_version`` like the bank's) with no document and no topic, and the set it was
written for in ``quiz_set_id``. The bank loader and self-study select by document or topic,
so they never see these rows.

``document.headings`` keeps the paragraphs no question may cite, so that a teacher's citations
are checked as ``flask bank check`` checks the files (filled by the next ``flask bank load``,
which ``quizapp serve`` runs at start).

Revision ID: d3setqs00001
Revises: c2sets0000001
Create Date: 2026-11-28 09:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'd3setqs00001'
down_revision = 'c2sets0000001'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('headings', sa.JSON(), server_default='[]', nullable=False))
    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quiz_set_id', sa.Integer(), nullable=True))
        batch_op.alter_column('document_id', existing_type=sa.Integer(), nullable=True)
        batch_op.alter_column('topic_id', existing_type=sa.Integer(), nullable=True)
        batch_op.create_index(batch_op.f('ix_question_quiz_set_id'), ['quiz_set_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_question_quiz_set_id_quiz_set'), 'quiz_set', ['quiz_set_id'], ['id'])


def downgrade():
    # Teacher questions have no document: they cannot survive NOT NULL, and students' attempts
    # point at their versions. Refuse rather than silently destroy them.
    written = op.get_bind().execute(sa.text('SELECT COUNT(*) FROM question WHERE quiz_set_id IS NOT NULL')).scalar()
    if written:
        raise RuntimeError(
            f'{written} question(s) were written inside quiz sets; this downgrade would lose them. '
            'Remove them (and the attempts that answered them) first.'
        )
    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_question_quiz_set_id_quiz_set'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_question_quiz_set_id'))
        batch_op.alter_column('topic_id', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('document_id', existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column('quiz_set_id')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_column('headings')
