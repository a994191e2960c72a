"""Retention and erasure: closing a client's file, the files kept past their retention period, and
the purge that erases a client for good.

Law societies require a closed file to be kept for a period, then destroyed; privacy law gives a
person the right to have their data erased. So a file can be closed (a date; reopening clears it),
the retention period is a setting (years, from the closing date), ``due`` lists the closed files
past it, and ``purge`` erases a client: facts, assessments, letter records, deadlines and their
handling, and the values of its entries in the audit trail. What stays is a tombstone, the purge's
own audit entry (when, by whom, how many entries were erased), with no personal data; the erased
entries keep their kind, time and author, and their seal, so the trail still verifies (see
``storage/auditchain.py``). Then the database file is rewritten and its write-ahead log emptied,
so the erased bytes are in neither, nor in any backup taken afterwards. Backups taken before the
purge still hold the client until the thinning removes them (``purge`` reports how many there are).
A purge cannot be undone; nothing takes a safety copy of the caseload before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..storage import retention as store
from ..storage.database import Database, transaction
from ..storage.mapping import stamp
from .audit import FILE_CLOSED, FILE_REOPENED, PURGE, Trail
from .errors import NoSuchClient, NotFound, ServiceError
from .settings import SettingsService

RETENTION_SETTING = "retention.years"


@dataclass(frozen=True)
class FileDue:
    """A closed file past its retention period."""

    id: int
    name: str
    closed_on: date
    keep_until: date  # closed_on plus the retention period: from this day it may be purged


@dataclass(frozen=True)
class DeletedClient:
    """A deleted client whose values the change history still keeps (so the deletion could be undone)."""

    id: int
    deleted_on: date
    deleted_by: str


@dataclass(frozen=True)
class Purged:
    client_id: int
    entries_erased: int
    scrubbed: bool  # the file rewritten and its write-ahead log emptied (False: the log is emptied later)


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


class RetentionService:
    def __init__(self, db: Database):
        self.db = db

    def years(self) -> int:
        return int(SettingsService(self.db).get(RETENTION_SETTING))

    def close_file(self, client_id: int, closed_on: date, *, as_of: date) -> None:
        """Close the client's file on ``closed_on`` (not after ``as_of``)."""
        if closed_on > as_of:
            raise ServiceError(f"client {client_id}: closed_on: {closed_on.isoformat()} is in the future")
        with transaction(self.db) as session:
            exists, before = store.closed_on(session, client_id)
            if not exists:
                raise NoSuchClient(client_id)
            if before == closed_on:
                return
            store.set_closed_on(session, client_id, closed_on)
            Trail(session, stamp(self.db.clock)).add(client_id, FILE_CLOSED, None,
                                                     before.isoformat() if before else None, closed_on.isoformat())

    def reopen_file(self, client_id: int) -> None:
        with transaction(self.db) as session:
            exists, before = store.closed_on(session, client_id)
            if not exists:
                raise NoSuchClient(client_id)
            if before is None:
                return
            store.set_closed_on(session, client_id, None)
            Trail(session, stamp(self.db.clock)).add(client_id, FILE_REOPENED, None, before.isoformat(), None)

    def closed_on(self, client_id: int) -> date | None:
        with self.db.session() as session:
            exists, day = store.closed_on(session, client_id)
        if not exists:
            raise NoSuchClient(client_id)
        return day

    def due(self, *, as_of: date) -> list[FileDue]:
        """Closed files whose retention period has run out by ``as_of``, longest closed first."""
        years = self.years()
        with self.db.session() as session:
            rows = store.closed_before(session, add_years(as_of, -years))
        return [FileDue(r.id, ", ".join(n for n in (r.family_name, r.given_names) if n) or f"client {r.id}",
                        r.closed_on, add_years(r.closed_on, years)) for r in rows]

    def deleted(self) -> list[DeletedClient]:
        """Deleted clients whose values the trail keeps, oldest deletion first: purge them to erase those."""
        with self.db.session() as session:
            rows = store.deleted_with_values(session)
        return [DeletedClient(r.id, r.deleted_at.date(), r.actor) for r in rows]

    def purge(self, client_id: int) -> Purged:
        """Erase the client (present, or deleted with its values still in the trail). Cannot be undone."""
        with transaction(self.db) as session:
            tomb = store.purged(session, client_id)
            if tomb is not None:
                raise NotFound(f"client {client_id}: already purged on {tomb.at.date().isoformat()} by {tomb.actor}")
            exists, _closed = store.closed_on(session, client_id)
            if not exists and not store.in_trail(session, client_id):
                raise NoSuchClient(client_id)
            erased = store.erase(session, [client_id])
            Trail(session, stamp(self.db.clock)).add(client_id, PURGE, new={"entries_erased": erased})
        return Purged(client_id, erased, self.db.scrub())

    def tombstone(self, client_id: int) -> tuple[date, str] | None:
        """(the day, who) when the client was purged; None when it was not."""
        with self.db.session() as session:
            tomb = store.purged(session, client_id)
        return None if tomb is None else (tomb.at.date(), tomb.actor)


__all__ = ["DeletedClient", "FileDue", "Purged", "RETENTION_SETTING", "RetentionService", "add_years"]
