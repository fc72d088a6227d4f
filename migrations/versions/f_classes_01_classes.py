"""Classes (issue 13): a teacher's class with its join code, its students, the sets given to it

Revision ID: f_classes_01
Revises: f_docs_01
Create Date: 2026-11-29 11:45:10.485851

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f_classes_01'
down_revision = 'f_docs_01'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('school_class',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('join_code', sa.String(length=16), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['account.id'], name=op.f('fk_school_class_owner_id_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school_class')),
    sa.UniqueConstraint('join_code', name=op.f('uq_school_class_join_code'))
    )
    with op.batch_alter_table('school_class', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_school_class_owner_id'), ['owner_id'], unique=False)

    op.create_table('class_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('joined_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['school_class.id'], name=op.f('fk_class_member_class_id_school_class'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['account.id'], name=op.f('fk_class_member_user_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_class_member')),
    sa.UniqueConstraint('class_id', 'user_id', name=op.f('uq_class_member_class_id_user_id'))
    )
    with op.batch_alter_table('class_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_class_member_class_id'), ['class_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_class_member_user_id'), ['user_id'], unique=False)

    op.create_table('class_set',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('quiz_set_id', sa.Integer(), nullable=False),
    sa.Column('assigned_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['school_class.id'], name=op.f('fk_class_set_class_id_school_class'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['quiz_set_id'], ['quiz_set.id'], name=op.f('fk_class_set_quiz_set_id_quiz_set'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_class_set')),
    sa.UniqueConstraint('class_id', 'quiz_set_id', name=op.f('uq_class_set_class_id_quiz_set_id'))
    )
    with op.batch_alter_table('class_set', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_class_set_class_id'), ['class_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_class_set_quiz_set_id'), ['quiz_set_id'], unique=False)



def downgrade():
    with op.batch_alter_table('class_set', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_class_set_quiz_set_id'))
        batch_op.drop_index(batch_op.f('ix_class_set_class_id'))

    op.drop_table('class_set')
    with op.batch_alter_table('class_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_class_member_user_id'))
        batch_op.drop_index(batch_op.f('ix_class_member_class_id'))

    op.drop_table('class_member')
    with op.batch_alter_table('school_class', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_school_class_owner_id'))

    op.drop_table('school_class')
