"""Deadlines stored in (visible_from, due) order, without SQLite's rowid.

The caseload-wide "what is open by this date" query then reads neighbouring pages instead of
one page per deadline. The surrogate ``id`` goes (nothing refers to it: a deadline is its
client's deadline with that key, and that pair stays unique). The key's columns lead the table:
SQLite 3.40's integrity_check wrongly reports NULLs in a WITHOUT ROWID table otherwise.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KEY = ["visible_from", "due", "client_id", "key"]
REST = ["kind", "title", "basis", "source_id", "source_title", "source_url", "source_confirmed", "caveat",
        "cliff", "tag"]


def _columns() -> list[sa.Column]:
    return [
        sa.Column("visible_from", sa.Date(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.Column("source_id", sa.String(length=80), nullable=True),
        sa.Column("source_title", sa.Text(), nullable=True),
        sa.Column("source_url", sa.Text(), nullable=True),
        sa.Column("source_confirmed", sa.Boolean(), nullable=False),
        sa.Column("caveat", sa.Text(), nullable=True),
        sa.Column("cliff", sa.Boolean(), nullable=False),
        sa.Column("tag", sa.String(length=40), nullable=True),
    ]


def upgrade() -> None:
    if op.get_context().dialect.name != "sqlite":  # a server keeps its own layout: only the key changes
        op.drop_index("ix_deadline_due_visible", table_name="deadline")
        op.drop_constraint("pk_deadline", "deadline", type_="primary")
        op.drop_column("deadline", "id")
        op.create_primary_key("pk_deadline", "deadline", KEY)
        return
    op.create_table(
        "_deadline_new", *_columns(),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name="fk_deadline_client_id_client",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint(*KEY, name="pk_deadline"),
        sa.UniqueConstraint("client_id", "key", name="uq_deadline_client_id_key"),
        sqlite_with_rowid=False,
    )
    names = ", ".join(f'"{c}"' for c in KEY + REST)
    op.execute(f"INSERT INTO _deadline_new ({names}) SELECT {names} FROM deadline")
    op.drop_index("ix_deadline_due_visible", table_name="deadline")
    op.drop_table("deadline")
    op.rename_table("_deadline_new", "deadline")


def downgrade() -> None:
    if op.get_context().dialect.name != "sqlite":
        op.drop_constraint("pk_deadline", "deadline", type_="primary")
        op.add_column("deadline", sa.Column("id", sa.Integer(), sa.Identity(), nullable=False))
        op.create_primary_key("pk_deadline", "deadline", ["id"])
        op.create_index("ix_deadline_due_visible", "deadline", ["due", "visible_from"], unique=False)
        return
    op.create_table(
        "_deadline_old", sa.Column("id", sa.Integer(), nullable=False), *_columns(),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name="fk_deadline_client_id_client",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_deadline"),
        sa.UniqueConstraint("client_id", "key", name="uq_deadline_client_id_key"),
    )
    names = ", ".join(f'"{c}"' for c in KEY + REST)
    op.execute(f"INSERT INTO _deadline_old ({names}) SELECT {names} FROM deadline ORDER BY client_id, \"key\"")
    op.drop_table("deadline")
    op.rename_table("_deadline_old", "deadline")
    op.create_index("ix_deadline_due_visible", "deadline", ["due", "visible_from"], unique=False)
