"""Referral letters produced for a client, kept as history.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("produced_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=80), nullable=False),
        sa.Column("file_name", sa.String(length=400), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name=op.f("fk_letter_client_id_client"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter")),
    )
    with op.batch_alter_table("letter") as batch_op:
        batch_op.create_index(batch_op.f("ix_letter_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("letter") as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_client_id"))
    op.drop_table("letter")
