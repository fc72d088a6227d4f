"""Users' own documents: imported versions, numbered paragraphs, drafts under review

A bank published from a user's document is an ordinary ``document`` row that a
``user_document`` points at (``bank_document_id``); who may see it is that row's owner and
``published`` flag, so the shared ``document`` table is not altered (on SQLite, adding a foreign
key to it would mean rebuilding a table that every answer refers to).

Revision ID: f_docs_01
Revises: f_templates_01
Create Date: 2026-11-29 09:20:00

"""
import sqlalchemy as sa
from alembic import op

revision = 'f_docs_01'
down_revision = 'f_templates_01'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'user_document',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('owner_id', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('language', sa.String(length=20), nullable=False),
        sa.Column('published', sa.Boolean(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('bank_document_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['bank_document_id'], ['document.id'], name=op.f('fk_user_document_bank_document_id_document')),
        sa.ForeignKeyConstraint(['owner_id'], ['account.id'], name=op.f('fk_user_document_owner_id_account')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_user_document')),
    )
    with op.batch_alter_table('user_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_document_owner_id'), ['owner_id'], unique=False)

    op.create_table(
        'document_version',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('origin', sa.String(length=200), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['user_document.id'], name=op.f('fk_document_version_document_id_user_document')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_document_version')),
        sa.UniqueConstraint('document_id', 'number', name=op.f('uq_document_version_document_id_number')),
    )
    with op.batch_alter_table('document_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_version_document_id'), ['document_id'], unique=False)

    op.create_table(
        'document_paragraph',
        sa.Column('version_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('is_heading', sa.Boolean(), nullable=False),
        sa.Column('is_list_item', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['version_id'], ['document_version.id'], name=op.f('fk_document_paragraph_version_id_document_version')),
        sa.PrimaryKeyConstraint('version_id', 'number', name=op.f('pk_document_paragraph')),
    )

    op.create_table(
        'document_draft',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('item', sa.JSON(), nullable=False),
        sa.Column('paragraph', sa.Integer(), nullable=False),
        sa.Column('answer_span', sa.JSON(), nullable=True),
        sa.Column('score', sa.Double(), nullable=False),
        sa.Column('problems', sa.JSON(), nullable=False),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('variant', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['user_document.id'], name=op.f('fk_document_draft_document_id_user_document')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_document_draft')),
        sa.UniqueConstraint('document_id', 'key', name=op.f('uq_document_draft_document_id_key')),
    )
    with op.batch_alter_table('document_draft', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_draft_document_id'), ['document_id'], unique=False)


def downgrade():
    op.drop_table('document_draft')
    op.drop_table('document_paragraph')
    op.drop_table('document_version')
    op.drop_table('user_document')
