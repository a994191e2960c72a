"""An index of open deadlines by (visible_from, due, kind, tag), so the Upcoming counts and the
month calendar count from the index alone instead of reading every open deadline's whole row
(since 0006 the rows themselves are stored in that order, with all their text).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-21
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_deadline_open", "deadline", ["visible_from", "due", "kind", "tag"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_deadline_open", table_name="deadline")
