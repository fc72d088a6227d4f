"""Session rows with random tokens, case-folded unique usernames, guests' last activity, sign-in failures; ids never reused

Revision ID: f_accounts_01
Revises: e4openattempt
Create Date: 2026-11-29 07:00:00

Every session and remember cookie issued before this revision named an account id; they now
name the random token of an account_session row, so everyone is signed out once by this upgrade (on purpose: a cookie of a
deleted guest could name a reused id).
"""
import unicodedata

from alembic import op
import sqlalchemy as sa


revision = 'f_accounts_01'
down_revision = 'e4openattempt'
branch_labels = None
depends_on = None


def _username_key(name):
    """Frozen copy of quizapp.auth.models.username_key as of this revision."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name.strip()).casefold())


def _foreign_keys(bind, on):
    """SQLite cannot drop a referenced table with foreign keys on, and the pragma is ignored
    inside a transaction: commit what came before, switch, and check the references after."""
    raw = bind.connection.dbapi_connection
    if raw.in_transaction:
        raw.commit()
    if on:
        problems = bind.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"foreign key problems after rebuilding account: {problems[:5]}")
    bind.exec_driver_sql(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def upgrade():
    bind = op.get_bind()
    sqlite = bind.dialect.name == 'sqlite'
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('username_key', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('last_seen_at', sa.DateTime(), nullable=True))

    # Names that differ only in case (registered by racing requests) cannot share a key: the
    # oldest keeps the name's key, the others get a key no one can type, so they stay intact.
    taken = set()
    rows = bind.execute(sa.text("SELECT id, username, created_at FROM account ORDER BY id")).all()
    for account_id, username, created_at in rows:
        key = None
        if username is not None:
            key = _username_key(username)
            if key in taken:
                key = f"{key}\x1f{account_id}"
            taken.add(key)
        bind.execute(
            sa.text("UPDATE account SET username_key = :key, last_seen_at = :seen WHERE id = :id"),
            {"key": key, "seen": created_at, "id": account_id},
        )

    if sqlite:
        _foreign_keys(bind, on=False)
    # On SQLite the table is rebuilt with AUTOINCREMENT, so the id of a deleted account is
    # never given to a new one; PostgreSQL sequences never hand an id out twice anyway.
    with op.batch_alter_table(
        'account', schema=None, recreate='always' if sqlite else 'auto', table_kwargs={'sqlite_autoincrement': True}
    ) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_username_key'), ['username_key'], unique=True)
        batch_op.create_index(batch_op.f('ix_account_last_seen_at'), ['last_seen_at'], unique=False)
    if sqlite:
        _foreign_keys(bind, on=True)

    op.create_table(
        'account_session',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('token', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['account.id'], name=op.f('fk_account_session_user_id_account')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_account_session')),
    )
    with op.batch_alter_table('account_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_session_token'), ['token'], unique=True)
        batch_op.create_index(batch_op.f('ix_account_session_user_id'), ['user_id'], unique=False)

    op.create_table(
        'login_failure',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('account_key', sa.String(length=64), nullable=False),
        sa.Column('client_key', sa.String(length=64), nullable=False),
        sa.Column('failed_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_login_failure')),
    )
    with op.batch_alter_table('login_failure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_login_failure_account_key'), ['account_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_login_failure_client_key'), ['client_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_login_failure_failed_at'), ['failed_at'], unique=False)


def downgrade():
    with op.batch_alter_table('login_failure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_login_failure_failed_at'))
        batch_op.drop_index(batch_op.f('ix_login_failure_client_key'))
        batch_op.drop_index(batch_op.f('ix_login_failure_account_key'))
    op.drop_table('login_failure')
    with op.batch_alter_table('account_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_session_user_id'))
        batch_op.drop_index(batch_op.f('ix_account_session_token'))
    op.drop_table('account_session')

    bind = op.get_bind()
    sqlite = bind.dialect.name == 'sqlite'
    if sqlite:
        _foreign_keys(bind, on=False)
    with op.batch_alter_table(
        'account', schema=None, recreate='always' if sqlite else 'auto', table_kwargs={'sqlite_autoincrement': False}
    ) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_last_seen_at'))
        batch_op.drop_index(batch_op.f('ix_account_username_key'))
        batch_op.drop_column('last_seen_at')
        batch_op.drop_column('username_key')
    if sqlite:
        _foreign_keys(bind, on=True)
