"""Each assessment keeps its whole result: per pathway the verdict, the summary, reasons and next
steps as message codes with parameters, the missing facts and the ids of the policy facts cited
(``PathwayResult.record``). Rows saved before have only their verdicts (NULL here).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessment") as batch_op:
        batch_op.add_column(sa.Column("results", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessment") as batch_op:
        batch_op.drop_column("results")
