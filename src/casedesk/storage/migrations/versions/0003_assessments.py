"""Eligibility assessments kept as history, and the latest best pathway on each client.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("policy_version", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("verdicts", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name=op.f("fk_assessment_client_id_client"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    with op.batch_alter_table("assessment") as batch_op:
        batch_op.create_index("ix_assessment_client_latest", ["client_id", "id"], unique=False)
    with op.batch_alter_table("client") as batch_op:
        batch_op.add_column(sa.Column("best_pathway", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("best_verdict", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("client") as batch_op:
        batch_op.drop_column("best_verdict")
        batch_op.drop_column("best_pathway")
    with op.batch_alter_table("assessment") as batch_op:
        batch_op.drop_index("ix_assessment_client_latest")
    op.drop_table("assessment")
