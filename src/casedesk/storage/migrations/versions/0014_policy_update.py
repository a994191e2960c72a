"""Policy updates loaded into the caseload (``casedesk policy load``, Policy ▸ Load Policy Update…), so
they survive restarts and every caseworker of a shared database reads the same law; a return to the
shipped data is a row too.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "policy_update",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.Column("loaded_by", sa.Text(), nullable=False),
        sa.Column("document", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_update")),
    )


def downgrade() -> None:
    op.drop_table("policy_update")
