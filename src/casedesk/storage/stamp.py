"""What tells a window that someone else changed the caseload: a stamp that moves with every write.

Every change to a client (added, edited, deleted, restored, imported, a deadline marked done or
snoozed, a letter) appends an audit row; a re-assessment rewrites the client row (``updated_at``) and a
policy update adds a row. The stamp is the newest of each, read from their indexes: trivially cheap,
so a window may ask every few seconds (off its GUI thread: the server may be far away).
"""

from __future__ import annotations

from sqlalchemy import func, select

from .models import AssessmentRow, AuditRow, Client, PolicyUpdateRow

STAMP = select(select(func.max(AuditRow.id)).scalar_subquery(),
               select(func.max(AssessmentRow.id)).scalar_subquery(),
               select(func.max(Client.updated_at)).scalar_subquery(),
               select(func.max(PolicyUpdateRow.id)).scalar_subquery())


def change_stamp(engine) -> tuple:
    """A value that differs after any committed change of the kinds above (read in its own connection)."""
    with engine.connect() as conn:
        return tuple(conn.execute(STAMP).one())


__all__ = ["change_stamp"]
