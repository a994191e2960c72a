"""Deadlines keep their title, basis and caveats as message codes with parameters (``messages``,
JSON), so they can be shown in any language; the English columns stay, as the words the quick
read answers with.

Rows computed before have no codes. Rather than guess codes from English sentences, the stored
policy version and words stamp are dropped: the next start (window or command) recomputes every
deadline, as it does after a policy update. Until then the edges show the stored English.

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_STAMPS = "('deadlines.policy_version', 'deadlines.words')"


def upgrade() -> None:
    with op.batch_alter_table("deadline", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("messages", sa.Text(), nullable=True))
    op.execute(f"DELETE FROM setting WHERE key IN {_STAMPS}")


def downgrade() -> None:
    with op.batch_alter_table("deadline", recreate="never") as batch_op:
        batch_op.drop_column("messages")
    op.execute(f"DELETE FROM setting WHERE key IN {_STAMPS}")
