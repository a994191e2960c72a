"""Each deadline carries its client's names, so the caseload-wide list needs no join.

Deadlines are recomputed in the same transaction as every save of a client's facts, so the
names they carry are always the client's current ones; this fills them in once for the rows
computed before.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deadline", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("given_names", sa.String(length=200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("family_name", sa.String(length=200), nullable=False, server_default=""))
    op.execute("UPDATE deadline SET given_names = (SELECT given_names FROM client WHERE client.id = deadline.client_id), "
               "family_name = (SELECT family_name FROM client WHERE client.id = deadline.client_id)")


def downgrade() -> None:
    with op.batch_alter_table("deadline", recreate="never") as batch_op:
        batch_op.drop_column("family_name")
        batch_op.drop_column("given_names")
