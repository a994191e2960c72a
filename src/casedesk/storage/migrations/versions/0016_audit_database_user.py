"""The audit trail on a server: each row records the database user beside the caseworker's name, and
TRUNCATE is refused like UPDATE and DELETE.

On PostgreSQL a row trigger fills ``db_user`` with ``current_user`` whatever the INSERT says (a
caseworker's name is what they typed in their own settings; the database user is what the server
authenticated), and a statement trigger refuses TRUNCATE, which row triggers do not see. SQLite has
no users and no TRUNCATE: ``db_user`` stays NULL there.

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0014"
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
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRESQL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_no_truncate ON audit")
        op.execute("DROP TRIGGER IF EXISTS audit_set_db_user ON audit")
        op.execute("DROP FUNCTION IF EXISTS audit_database_user()")
    op.drop_column("audit", "db_user")  # ALTER TABLE DROP COLUMN: no rebuild, so 0007's triggers stay
