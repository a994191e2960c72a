"""The audit trail: who changed what on which client, and when; read it, export it.

Each use-case that changes a client writes its audit rows with ``Trail`` inside its own
transaction, so a change that rolls back leaves no row and a committed one always has its row.
Who: the caseworker's name from the settings, with the computer's user name; else that user name.

What leaves the database: the values of a client that has been deleted are never shown or
exported (they stay inside the database, where undoing the deletion needs them), nor is the copy
of the deleted case kept for undo. Nothing here is ever logged.
"""

from __future__ import annotations

import csv
import functools
import getpass
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..atomic import atomic_write
from ..domain.audit import diff_case
from ..storage import audit as store
from ..storage import auditchain
from ..storage import clients as client_store
from ..storage.database import Database
from . import personal
from .csvexport import formula_safe  # one guard for every CSV the app writes

ACTOR_SETTING = "audit.caseworker_name"

CREATE, UPDATE, DELETE, RESTORE, IMPORT = "create", "update", "delete", "restore", "import"
DEADLINE_DONE, DEADLINE_SNOOZED, DEADLINE_REOPENED, LETTER = (
    "deadline_done", "deadline_snoozed", "deadline_reopened", "letter")
FILE_CLOSED, FILE_REOPENED, PURGE = "file_closed", "file_reopened", auditchain.PURGE
ACTIONS = (CREATE, UPDATE, DELETE, RESTORE, IMPORT, DEADLINE_DONE, DEADLINE_SNOOZED, DEADLINE_REOPENED, LETTER,
           FILE_CLOSED, FILE_REOPENED, PURGE)

# Why the trail fails its check, in English (the window has its own, translated words for each code).
BREAK_WORDS = {
    auditchain.EDITED: "its content was changed after it was written",
    auditchain.UNLINKED: "it does not follow the entry before it (an entry removed, inserted or moved, "
                         "or its seal rewritten)",
    auditchain.UNSEALED: "it has no seal (written around CaseDesk)",
    auditchain.ERASED: "its values were erased without a purge of that client",
    auditchain.TRUNCATED: "the newest entries after it were removed",
    auditchain.SCHEMA: "the database's protection of the trail was changed",
}


@functools.cache
def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # no login name in the environment and none in the password file
        return ""


def actor_name(caseworker: str | None) -> str:
    """"Name (login)" when a caseworker name is set, else the login, else "unknown"."""
    name, login = (caseworker or "").strip(), os_user()
    if name and login and name != login:
        return f"{name} ({login})"
    return name or login or "unknown"


class Trail:
    """Audit rows for one transaction: the same actor and time (``at``, as stored: UTC) on each."""

    def __init__(self, session: Session, at: datetime):
        self.session = session
        self.actor = actor_name(personal.value(session, ACTOR_SETTING))
        self.at = at

    def add(self, client_id: int, action: str, field: str | None = None, old: Any = None, new: Any = None) -> None:
        store.append(self.session, [store.entry(self.at, self.actor, client_id, action, field, old, new)])

    def add_many(self, rows: Sequence[tuple[int, str, str | None, Any, Any]]) -> None:
        """Several rows, each (client id, action, field, old, new), sealed and written in one statement
        (a bulk review of thousands of deadlines: ``add`` for each took 15 s for 27,000)."""
        store.append(self.session, [store.entry(self.at, self.actor, *row) for row in rows])

    def each(self, client_ids: Sequence[int], action: str) -> None:
        """One row per client, no values (imports: one statement for the batch)."""
        store.append(self.session, [store.entry(self.at, self.actor, cid, action) for cid in client_ids])

    def changes(self, client_id: int, old_doc: dict, new_doc: dict) -> int:
        """A row per changed field between two case files; returns how many."""
        rows = [store.entry(self.at, self.actor, client_id, UPDATE, c.path, c.old, c.new)
                for c in diff_case(old_doc, new_doc)]
        store.append(self.session, rows)
        return len(rows)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime          # UTC
    actor: str
    client_id: int
    action: str
    field: str | None
    old: Any
    new: Any
    withheld: bool = False  # the client is deleted: its values stay inside the database
    erased: bool = False    # its values were erased by a purge: nothing is left to show
    db_user: str | None = None  # the database user the server authenticated (None on SQLite)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at.isoformat() + "Z", "actor": self.actor, "client_id": self.client_id,
                "action": self.action, "field": self.field, "old": self.old, "new": self.new,
                "withheld": self.withheld, "erased": self.erased, "db_user": self.db_user}


@dataclass(frozen=True)
class TrailCheck:
    """Whether the audit trail is intact: every entry's seal (``storage/auditchain.py``) and the
    database's protection of it (its triggers, compared with what the schema version should have)."""

    entries: int
    first_entry: int | None      # the first entry that fails, when one does
    reason: str | None           # ``auditchain`` code: edited, unlinked, unsealed, erased, truncated, schema
    failing: int                 # how many entries fail (up to 100 are counted)
    schema: tuple[str, ...]      # the schema's differences, in English
    head_id: int | None
    head: str                    # the newest entry's chain: kept elsewhere, it shows a rewrite later

    @property
    def intact(self) -> bool:
        return self.reason is None

    def words(self) -> str:
        if self.intact:
            return f"the audit trail is intact ({self.entries:,} entries checked)"
        if self.reason == auditchain.SCHEMA:
            return f"the audit trail is not protected as it should be: {'; '.join(self.schema[:3])}"
        return (f"the audit trail has been tampered with from entry {self.first_entry}: "
                f"{BREAK_WORDS.get(self.reason or '', self.reason)}"
                + (f" ({self.failing} entries fail)" if self.failing > 1 else "")
                + (f"; and the schema differs: {'; '.join(self.schema[:3])}" if self.schema else ""))

    def as_dict(self) -> dict[str, Any]:
        return {"intact": self.intact, "entries": self.entries, "first_entry": self.first_entry,
                "reason": self.reason, "failing": self.failing, "schema": list(self.schema),
                "head": {"id": self.head_id, "chain": self.head}, "message": self.words()}


def value_text(value: Any) -> str:
    """A value as one line of text: strings as they are, anything else as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


class AuditService:
    def __init__(self, db: Database):
        self.db = db

    def actor(self) -> str:
        with self.db.session() as session:
            return actor_name(personal.value(session, ACTOR_SETTING))

    def trail(self, client_id: int | None = None, *, limit: int | None = None) -> list[AuditEntry]:
        """Newest first; one client's entries or the whole caseload's."""
        with self.db.session() as session:
            records = store.trail(session, client_id, limit=limit)
            ids = sorted({r.client_id for r in records})
            present: set[int] = set()
            for start in range(0, len(ids), 500):  # a statement takes only so many parameters
                present |= client_store.existing_ids(session, ids[start:start + 500])
        return [_entry(r, r.client_id not in present) for r in records]

    def verify(self) -> TrailCheck:
        """Check the whole trail (streamed: flat memory) and the database's protection of it."""
        schema = tuple(self.db.schema_differences())
        with self.db.session() as session:
            report = auditchain.verify(session, session.info.get(store.CHAIN_KEY))
        first = report.first
        if first is None and schema:
            return TrailCheck(report.rows, None, auditchain.SCHEMA, 0, schema, report.head_id, report.head)
        return TrailCheck(report.rows, first.row if first else None, first.reason if first else None,
                          len(report.breaks), schema, report.head_id, report.head)

    def export(self, path: Path, client_id: int | None = None, *, fmt: str | None = None) -> int:
        """Write the trail to ``path`` as CSV or JSON (by ``fmt`` or the file's suffix); returns how many rows."""
        path = Path(path)
        fmt = fmt or ("json" if path.suffix.lower() == ".json" else "csv")
        entries = self.trail(client_id)
        if fmt == "json":
            with atomic_write(path, "w", encoding="utf-8") as out:
                json.dump([e.as_dict() for e in entries], out, ensure_ascii=False, indent=1)
                out.write("\n")
        else:
            with atomic_write(path, "w", encoding="utf-8", newline="") as out:
                # CRLF, as RFC 4180 says: with it, the writer quotes any value holding a CR or an LF (with
                # a bare LF, a lone CR went unquoted and readers split the row there).
                writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
                writer.writerow(["id", "at_utc", "actor", "client_id", "action", "field", "old", "new", "withheld",
                                 "erased", "db_user"])
                for e in entries:
                    writer.writerow([e.id, e.at.isoformat() + "Z", _cell(e.actor), e.client_id, e.action,
                                     e.field or "", _cell(e.old), _cell(e.new), "yes" if e.withheld else "",
                                     "yes" if e.erased else "", e.db_user or ""])
        return len(entries)


def _cell(value: Any) -> str:
    # Text typed by someone must stay text.
    text = value_text(value)
    return formula_safe(text) if isinstance(value, str) else text


def _entry(r: store.AuditRecord, deleted: bool) -> AuditEntry:
    if r.erased:
        return AuditEntry(r.id, r.at, r.actor, r.client_id, r.action, r.field, None, None, erased=True,
                          db_user=r.db_user)
    if deleted and r.action != PURGE:  # a tombstone holds no personal data: it is shown
        return AuditEntry(r.id, r.at, r.actor, r.client_id, r.action, r.field, None, None, withheld=True,
                          db_user=r.db_user)
    if r.action == DELETE:  # a deleted-then-restored client: the copy kept for undo is not shown
        return AuditEntry(r.id, r.at, r.actor, r.client_id, r.action, r.field, None, None, db_user=r.db_user)
    return AuditEntry(r.id, r.at, r.actor, r.client_id, r.action, r.field, r.old, r.new, db_user=r.db_user)


__all__ = ["ACTIONS", "ACTOR_SETTING", "BREAK_WORDS", "AuditEntry", "AuditService", "Trail", "TrailCheck",
           "actor_name", "value_text"]
