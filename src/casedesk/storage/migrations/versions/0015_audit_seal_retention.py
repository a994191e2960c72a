"""The audit trail sealed (each row chained to the one before, see ``storage/auditchain.py``); a
client's file can be closed (``client.closed_on``), for the retention period and purging.

The append-only triggers of 0007 become: no DELETE at all; an UPDATE only of the seal's chain (an
encryption conversion re-links it under the new key) or one that erases a row's values and salt
(a purge), every other column as it was. Rows already in the trail are sealed here, in id order,
under the caseload's chain key (the migration is handed the data key).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import context, op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None
BATCH = 5000

# Columns an UPDATE may never change; a purge may set old_value, new_value and salt to NULL together.
_FIXED = ("id", "at", "actor", "client_id", "action", "field", "digest")



def sqlite_triggers(fixed: tuple[str, ...] = _FIXED) -> tuple[str, ...]:
    """The SQLite triggers; ``fixed``: the columns no UPDATE may change (a later migration adds its own)."""
    return (
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit WHEN NOT ("
        + " AND ".join(f"NEW.{c} IS OLD.{c}" for c in fixed)
        + " AND ((NEW.old_value IS OLD.old_value AND NEW.new_value IS OLD.new_value AND NEW.salt IS OLD.salt)"
        " OR (NEW.old_value IS NULL AND NEW.new_value IS NULL AND NEW.salt IS NULL))) "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
        # INSERT OR REPLACE deletes the row it replaces without firing delete triggers (unless
        # recursive_triggers is on): an insert onto an existing id is refused before it happens.
        "CREATE TRIGGER audit_no_replace BEFORE INSERT ON audit WHEN EXISTS "
        "(SELECT 1 FROM audit WHERE id = NEW.id) "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    )


def postgresql_function(fixed: tuple[str, ...] = _FIXED) -> str:
    """The PostgreSQL trigger function, with the same rule as ``sqlite_triggers``. 0016's statement
    trigger calls it for TRUNCATE too, where NEW and OLD are NULL: TG_OP must refuse that first."""
    return (
        "CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP IN ('DELETE', 'TRUNCATE') THEN RAISE EXCEPTION 'the audit trail is append-only'; END IF; "
        "IF " + " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in fixed)
        + " OR NOT ((NEW.old_value IS NOT DISTINCT FROM OLD.old_value AND NEW.new_value IS NOT DISTINCT FROM "
        "OLD.new_value AND NEW.salt IS NOT DISTINCT FROM OLD.salt) OR (NEW.old_value IS NULL AND NEW.new_value "
        "IS NULL AND NEW.salt IS NULL)) THEN RAISE EXCEPTION 'the audit trail is append-only'; END IF; "
        "RETURN NEW; END $$"
    )


_OLD_POSTGRESQL_FUNCTION = (
    "CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$"
)


def _drop_sqlite_triggers() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_no_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_no_replace")


def upgrade() -> None:
    from casedesk.storage.auditchain import HEAD_ID, chain_key
    from casedesk.storage.auditchain import sealed as sealed_onto

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _drop_sqlite_triggers()
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_no_update ON audit")
    # Plain ADD COLUMN (not a batch copy): the table keeps its rows and ids in place.
    op.add_column("audit", sa.Column("salt", sa.String(length=32), nullable=True))
    op.add_column("audit", sa.Column("digest", sa.String(length=80), nullable=True))
    op.add_column("audit", sa.Column("chain", sa.String(length=64), nullable=True))
    op.add_column("client", sa.Column("closed_on", sa.Date(), nullable=True))
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("chain", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )

    audit = sa.table("audit", sa.column("id", sa.Integer), sa.column("at", sa.DateTime),
                     sa.column("actor", sa.String), sa.column("client_id", sa.Integer),
                     sa.column("action", sa.String), sa.column("field", sa.Text),
                     sa.column("old_value", sa.Text), sa.column("new_value", sa.Text),
                     sa.column("salt", sa.String), sa.column("digest", sa.String), sa.column("chain", sa.String))
    bind = op.get_bind()
    key = chain_key(context.config.attributes.get("data_key"))
    seal = audit.update().where(audit.c.id == sa.bindparam("row_id")).values(
        salt=sa.bindparam("salt"), digest=sa.bindparam("digest"), chain=sa.bindparam("chain"))
    last_id, last = 0, ""
    while True:  # in batches, in id order: a large trail is never held in memory whole
        rows = [dict(r._mapping) for r in bind.execute(
            sa.select(audit.c.id, audit.c.at, audit.c.actor, audit.c.client_id, audit.c.action, audit.c.field,
                      audit.c.old_value, audit.c.new_value)
            .where(audit.c.id > last_id).order_by(audit.c.id).limit(BATCH))]
        if not rows:
            break
        sealed, last = sealed_onto(rows, key, last)
        bind.execute(seal, [{"row_id": r["id"], "salt": r["salt"], "digest": r["digest"], "chain": r["chain"]}
                            for r in sealed])
        last_id = rows[-1]["id"]
    op.bulk_insert(head, [{"id": HEAD_ID, "last_id": last_id, "chain": last}])

    if dialect == "sqlite":
        for statement in sqlite_triggers():
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute(postgresql_function())
        op.execute("CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit "
                   "FOR EACH ROW EXECUTE FUNCTION audit_append_only()")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _drop_sqlite_triggers()
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_no_update ON audit")
    op.drop_table("audit_head")
    with op.batch_alter_table("client") as batch:
        batch.drop_column("closed_on")
    with op.batch_alter_table("audit") as batch:
        batch.drop_column("chain")
        batch.drop_column("digest")
        batch.drop_column("salt")
    if dialect == "sqlite":
        op.execute("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
                   "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END")
        op.execute("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
                   "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END")
    elif dialect == "postgresql":
        op.execute(_OLD_POSTGRESQL_FUNCTION)
        op.execute("CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit "
                   "FOR EACH ROW EXECUTE FUNCTION audit_append_only()")
