"""Findings shown beside a document's draft without holding it back (an imported item's cue
checks and where its key is in the document)

Nullable, so that existing drafts need no value: None reads as no findings.

Revision ID: f_mutfmt_01
Revises: f_teach_01
Create Date: 2026-11-29 12:10:00

"""
import sqlalchemy as sa
from alembic import op

revision = 'f_mutfmt_01'
down_revision = 'f_teach_01'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('document_draft', schema=None) as batch_op:
        batch_op.add_column(sa.Column('findings', sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table('document_draft', schema=None) as batch_op:
        batch_op.drop_column('findings')
