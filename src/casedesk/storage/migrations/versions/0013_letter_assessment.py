"""A letter names the assessment it quotes and the policy version of that assessment; an
assessment keeps a digest of the facts it was made from, so a later letter can tell whether it
still describes the client (and reuse it) or a new one must be made.

Rows written before keep NULLs: a letter produced then quoted an assessment that was not saved,
and an older assessment's facts are unknown (a letter never reuses it).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessment") as batch_op:
        batch_op.add_column(sa.Column("facts_digest", sa.String(length=64), nullable=True))
    with op.batch_alter_table("letter") as batch_op:
        batch_op.add_column(sa.Column("assessment_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("policy_version", sa.String(length=40), nullable=True))
        # Indexed: deleting a client's assessments checks its letters through this key.
        batch_op.create_index(batch_op.f("ix_letter_assessment_id"), ["assessment_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_letter_assessment_id_assessment"), "assessment",
                                    ["assessment_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("letter") as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_letter_assessment_id_assessment"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_letter_assessment_id"))
        batch_op.drop_column("policy_version")
        batch_op.drop_column("assessment_id")
    with op.batch_alter_table("assessment") as batch_op:
        batch_op.drop_column("facts_digest")
