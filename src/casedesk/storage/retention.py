"""Closed files and erasure: the queries behind the retention period and a purge.

A purge deletes the client's row and everything kept with it (facts, assessments, letters,
deadlines and their handling: ``clients.delete_clients``) and erases the values of its audit rows
in place (``old_value``, ``new_value`` and the seal's ``salt`` set to NULL; the trigger of migration
0015 allows exactly that update and no other), keeping who, when, what kind of change and the
seal's digest and chain, so the trail still verifies (see ``auditchain.py``). The purge's own audit
row, written by the service, is the tombstone. ``Database.scrub`` then removes the erased bytes
from the file and its write-ahead log.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import CursorResult, and_, func, or_, select, update
from sqlalchemy.orm import Session

from .auditchain import PURGE
from .clients import delete_clients, forget_search_terms
from .models import AuditRow, Client


class ClosedFile(NamedTuple):
    id: int
    given_names: str
    family_name: str
    closed_on: date


def closed_on(session: Session, client_id: int) -> tuple[bool, date | None]:
    """(whether the client exists, the day its file was closed or None)."""
    row = session.execute(select(Client.closed_on).where(Client.id == client_id)).first()
    return (False, None) if row is None else (True, row[0])


def set_closed_on(session: Session, client_id: int, day: date | None) -> bool:
    """Close (a day) or reopen (None) the client's file; False when there is no such client."""
    result = cast(CursorResult[Any], session.execute(
        update(Client).where(Client.id == client_id).values(closed_on=day)))
    return result.rowcount == 1


def closed_before(session: Session, day: date) -> list[ClosedFile]:
    """Clients whose file was closed on or before ``day``, longest closed first."""
    stmt = (select(Client.id, Client.given_names, Client.family_name, Client.closed_on)
            .where(Client.closed_on.is_not(None), Client.closed_on <= day)
            .order_by(Client.closed_on, Client.id))
    return [ClosedFile(cid, given, family, closed) for cid, given, family, closed in session.execute(stmt)
            if closed is not None]


class DeletedKept(NamedTuple):
    id: int
    deleted_at: datetime  # UTC, the latest deletion
    actor: str


def deleted_with_values(session: Session) -> list[DeletedKept]:
    """Deleted clients whose values the audit trail still keeps (for undo), oldest deletion first."""
    present = select(Client.id)
    latest = (select(func.max(AuditRow.id))
              .where(AuditRow.action == "delete", AuditRow.salt.is_not(None), AuditRow.client_id.not_in(present))
              .group_by(AuditRow.client_id))
    stmt = (select(AuditRow.client_id, AuditRow.at, AuditRow.actor).where(AuditRow.id.in_(latest))
            .order_by(AuditRow.at, AuditRow.client_id))
    return [DeletedKept(*row) for row in session.execute(stmt)]


def in_trail(session: Session, client_id: int) -> bool:
    return session.execute(select(AuditRow.id).where(AuditRow.client_id == client_id).limit(1)).first() is not None


def purged(session: Session, client_id: int) -> AuditRow | None:
    """The tombstone of a purged client: its newest ``purge`` row with no values left after it."""
    tomb = session.scalars(select(AuditRow).where(AuditRow.client_id == client_id, AuditRow.action == PURGE)
                           .order_by(AuditRow.id.desc()).limit(1)).first()
    if tomb is None:
        return None
    later = session.execute(select(AuditRow.id).where(AuditRow.client_id == client_id, AuditRow.id > tomb.id,
                                                      AuditRow.salt.is_not(None)).limit(1)).first()
    return tomb if later is None else None


def erase(session: Session, client_ids: Sequence[int]) -> int:
    """Delete the clients and their records, and erase their values in the audit trail; returns how
    many audit rows were erased."""
    if session.get_bind().dialect.name == "sqlite":  # deleted cells are overwritten with zeros, not left in free space
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
    delete_clients(session, client_ids)
    forget_search_terms(session)
    result = cast(CursorResult[Any], session.execute(
        update(AuditRow)
        .where(AuditRow.client_id.in_(list(client_ids)),
               or_(AuditRow.salt.is_not(None), AuditRow.old_value.is_not(None), AuditRow.new_value.is_not(None)),
               and_(AuditRow.digest.is_not(None)))
        .values(old_value=None, new_value=None, salt=None)))
    return result.rowcount


__all__ = ["ClosedFile", "DeletedKept", "closed_before", "closed_on", "deleted_with_values", "erase", "in_trail",
           "purged", "set_closed_on"]
