"""Unique constraints over several columns are named after all of them

The naming convention named a unique constraint after its first column only, so
``uq_topic_document_id`` guarded (document_id, slug) and said nothing of the slug, and two
constraints starting with the same column would have collided. The convention is now
``uq_<table>_<every column>`` (``uq_topic_document_id_slug``); single-column names are
unchanged. The two flashcard constraints that were named by hand follow it too.

PostgreSQL renames in place (``ALTER TABLE … RENAME CONSTRAINT``, which renames the index
behind it as well); SQLite cannot rename a constraint, so each table is rebuilt in batch mode
with foreign keys off around the rebuild, as in f_accounts_01 (an earlier revision of the same
upgrade may have turned them back on) and checked before they are on again.

Revision ID: f_templates_01
Revises: f_plan_01
Create Date: 2026-11-29 09:35:00

"""
from alembic import op

revision = 'f_templates_01'
down_revision = 'f_plan_01'
branch_labels = None
depends_on = None

# table: [(columns, old name, new name)]
RENAMES = {
    'topic': [(['document_id', 'slug'], 'uq_topic_document_id', 'uq_topic_document_id_slug')],
    'flashcard': [(['document_id', 'bank_id'], 'uq_flashcard_document_id', 'uq_flashcard_document_id_bank_id')],
    'question': [(['document_id', 'bank_id'], 'uq_question_document_id', 'uq_question_document_id_bank_id')],
    'question_version': [(['question_id', 'number'], 'uq_question_version_question_id', 'uq_question_version_question_id_number')],
    'attempt_question': [(['attempt_id', 'position'], 'uq_attempt_question_attempt_id', 'uq_attempt_question_attempt_id_position')],
    'quiz_set_item': [(['quiz_set_id', 'question_id'], 'uq_quiz_set_item_quiz_set_id', 'uq_quiz_set_item_quiz_set_id_question_id')],
    'study_card': [
        (['user_id', 'flashcard_id'], 'uq_study_card_user_flashcard', 'uq_study_card_user_id_flashcard_id'),
        (['user_id', 'question_id'], 'uq_study_card_user_question', 'uq_study_card_user_id_question_id'),
    ],
}


def _foreign_keys(bind, on):
    """SQLite cannot drop a referenced table with foreign keys on, and the pragma is ignored
    inside a transaction: commit what came before, switch, and check the references after."""
    raw = bind.connection.dbapi_connection
    if raw.in_transaction:
        raw.commit()
    if on:
        problems = bind.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"foreign key problems after renaming unique constraints: {problems[:5]}")
    bind.exec_driver_sql(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def _rename(backwards: bool) -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == 'sqlite'
    if sqlite:
        _foreign_keys(bind, on=False)
    for table, constraints in RENAMES.items():
        pairs = [(columns, new, old) if backwards else (columns, old, new) for columns, old, new in constraints]
        if sqlite:
            with op.batch_alter_table(table, schema=None, recreate='always') as batch_op:
                for columns, old, new in pairs:
                    batch_op.drop_constraint(old, type_='unique')
                    batch_op.create_unique_constraint(new, columns)
        else:
            for _columns, old, new in pairs:
                op.execute(f'ALTER TABLE {table} RENAME CONSTRAINT {old} TO {new}')
    if sqlite:
        _foreign_keys(bind, on=True)


def upgrade():
    _rename(backwards=False)


def downgrade():
    _rename(backwards=True)
