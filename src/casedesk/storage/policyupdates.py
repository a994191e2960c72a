"""Policy updates kept in the caseload: the newest active one, and the rows that load or revert."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .models import PolicyUpdateRow

LOAD, REVERT = "load", "revert"


class StoredUpdate(NamedTuple):
    id: int
    version: str
    published: date
    document: str  # JSON text
    loaded_at: datetime
    loaded_by: str


class TrailRow(NamedTuple):
    id: int
    action: str
    version: str
    loaded_at: datetime
    loaded_by: str
    active: bool


def active(session: Session) -> StoredUpdate | None:
    """The newest update still active (not reverted), or None."""
    row = session.execute(select(PolicyUpdateRow).where(PolicyUpdateRow.action == LOAD,
                                                        PolicyUpdateRow.active.is_(True))
                          .order_by(PolicyUpdateRow.id.desc()).limit(1)).scalar_one_or_none()
    if row is None or row.document is None or row.published is None:
        return None
    return StoredUpdate(row.id, row.version, row.published, row.document, row.loaded_at, row.loaded_by)


def add_load(session: Session, version: str, published: date, document: str, when: datetime, who: str) -> int:
    row = PolicyUpdateRow(action=LOAD, version=version, published=published, document=document,
                          loaded_at=when, loaded_by=who, active=True)
    session.add(row)
    session.flush()
    return row.id


def add_revert(session: Session, shipped_version: str, when: datetime, who: str) -> None:
    """Every loaded update becomes inactive; the row says who went back to which shipped version."""
    session.execute(update(PolicyUpdateRow).where(PolicyUpdateRow.active.is_(True)).values(active=False))
    session.add(PolicyUpdateRow(action=REVERT, version=shipped_version, published=None, document=None,
                                loaded_at=when, loaded_by=who, active=False))


def trail(session: Session) -> list[TrailRow]:
    """Every load and revert, newest first (without the documents)."""
    rows = session.execute(select(PolicyUpdateRow.id, PolicyUpdateRow.action, PolicyUpdateRow.version,
                                  PolicyUpdateRow.loaded_at, PolicyUpdateRow.loaded_by, PolicyUpdateRow.active)
                           .order_by(PolicyUpdateRow.id.desc()))
    return [TrailRow(*r) for r in rows]
