"""The audit trail on a server: each row records the database user beside the caseworker's name, and
TRUNCATE is refused like UPDATE and DELETE.

On PostgreSQL a row trigger fills ``db_user`` with ``current_user`` whatever the INSERT says (a
caseworker's name is what they typed in their own settings; the database user is what the server
authenticated), and a statement trigger refuses TRUNCATE, which row triggers do not see. SQLite has
no users and no TRUNCATE: ``db_user`` stays NULL there.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02
"""

import importlib

import sqlalchemy as sa
from alembic import op

# 0015's append-only rule, now also keeping ``db_user`` as written (it is not in the seal's content:
# on a server the trigger below fills it after the seal is computed, so the rule guards it instead).
_SEALED = importlib.import_module("casedesk.storage.migrations.versions.0015_audit_seal_retention")
_FIXED = _SEALED._FIXED + ("db_user",)

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

POSTGRESQL = (
    "CREATE FUNCTION audit_database_user() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN NEW.db_user := current_user; RETURN NEW; END $$",
    "CREATE TRIGGER audit_set_db_user BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION audit_database_user()",
    "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()",
)


def upgrade() -> None:
    op.add_column("audit", sa.Column("db_user", sa.String(length=200), nullable=True))
    _guard(_FIXED)
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRESQL:
            op.execute(statement)


def _guard(fixed: tuple[str, ...]) -> None:
    """The append-only rule with ``fixed`` as the columns no UPDATE may change."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _SEALED._drop_sqlite_triggers()
        for statement in _SEALED.sqlite_triggers(fixed):
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute(_SEALED.postgresql_function(fixed))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_no_truncate ON audit")
        op.execute("DROP TRIGGER IF EXISTS audit_set_db_user ON audit")
        op.execute("DROP FUNCTION IF EXISTS audit_database_user()")
    _guard(_SEALED._FIXED)  # 0015's rule, which does not name the column about to go
    op.drop_column("audit", "db_user")  # ALTER TABLE DROP COLUMN: no rebuild, so 0007's triggers stay
