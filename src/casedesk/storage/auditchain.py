"""The audit trail's seal: every row chained to the one before it, so a change is evident.

Each row carries
  ``salt``    16 random bytes (hex), drawn when the row is written;
  ``digest``  ``"1:" + SHA-256(salt, the row's content)``: the content is the columns in ``CONTENT``
              for the seal version before the colon, in that order;
  ``chain``   ``link(previous row's chain, digest)``: HMAC-SHA-256 under a key derived from the
              caseload's data key in an encrypted caseload, plain SHA-256 in a plain one (or on a
              server database). The first row links to "".
and ``audit_head`` holds the newest row's id and chain.

Verifying recomputes every digest from the content and every link from the stored chain before it:
a row edited fails its digest, a row deleted, inserted or moved breaks the link of the row after it
(or of itself), and the newest rows removed leave ``audit_head`` pointing past the end.

A purge erases a client's values (``old_value``, ``new_value`` and ``salt`` set to NULL) and keeps
``digest`` and ``chain``: the chain is over digests, so it still verifies, and without its salt the
digest cannot be used to test a guess at the erased values. Such a row is accepted only when a later
``purge`` row (the tombstone) names the same client. Chosen over re-sealing the chain after a purge,
which would need the trail to be rewritten from the purged row on and so would also launder any
tampering before it.

What it protects against. Plain caseload: accidental damage and edits made with SQL tools by someone
who does not recompute the seal; someone who knows this scheme (it is published) can rewrite the trail
and recompute every digest and link, and only a copy of the chain kept elsewhere (a backup held off
this computer, the head that ``audit --verify`` prints) shows it. Encrypted caseload: the file cannot
be read or written without the data key at all; the keyed chain adds that rows cannot be forged or
re-linked without that key either (rows copied from another caseload never link), but whoever holds
the passphrase holds the key. On every caseload: dropped or altered triggers are caught by comparing
the schema with what its version should be (``schemacheck.py``), not by the chain.

A new content column (e.g. ``db_user``) must be added to the chained content: a new seal version in
``CONTENT`` with the column added (rows sealed under "1" keep verifying under "1"), and ``SEAL`` set
to it. A column left out of ``CONTENT`` can be changed without the chain noticing.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from . import bulk
from .models import AuditHeadRow, AuditRow

SEAL = "1"
CONTENT: dict[str, tuple[str, ...]] = {
    "1": ("at", "actor", "client_id", "action", "field", "old_value", "new_value"),
}
PURGE = "purge"  # the tombstone's action: a client's values before it were erased on purpose
HEAD_ID = 1


def chain_key(data_key: bytes | None) -> bytes | None:
    """The chain's HMAC key, derived from an encrypted caseload's data key (never the key itself)."""
    if data_key is None:
        return None
    return hmac.new(data_key, b"casedesk.audit-chain/1", hashlib.sha256).digest()


def _plain(column: str, value: Any) -> Any:
    if column == "at" and isinstance(value, str):  # read with the DB-API, not through SQLAlchemy's DateTime
        value = datetime.fromisoformat(value)
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def digest(row: Mapping[str, Any], salt: str, version: str = SEAL) -> str:
    content = [salt] + [_plain(column, row.get(column)) for column in CONTENT[version]]
    text = bulk.compact_json(content)
    return f"{version}:{hashlib.sha256(text.encode('utf-8')).hexdigest()}"


def link(key: bytes | None, previous: str, row_digest: str) -> str:
    message = f"{previous}\n{row_digest}".encode()
    if key is None:
        return hashlib.sha256(message).hexdigest()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def sealed(rows: Sequence[Mapping[str, Any]], key: bytes | None, previous: str) -> tuple[list[dict[str, Any]], str]:
    """``rows`` with their salt, digest and chain, linked on from ``previous``; and the last chain."""
    out = []
    salts = secrets.token_hex(16 * len(rows))  # one read of the system's randomness for the batch, 16 bytes each
    for i, row in enumerate(rows):
        salt = salts[32 * i:32 * i + 32]
        row_digest = digest(row, salt)
        previous = link(key, previous, row_digest)
        out.append(dict(row) | {"salt": salt, "digest": row_digest, "chain": previous})
    return out, previous


def append(session: Session, rows: Sequence[Mapping[str, Any]], key: bytes | None) -> None:
    """Insert audit rows sealed onto the newest one. The head row is locked first (``FOR UPDATE``
    on PostgreSQL; SQLite has one writer at a time anyway), so concurrent writers take turns."""
    head = session.execute(select(AuditHeadRow.chain).where(AuditHeadRow.id == HEAD_ID)
                           .with_for_update()).scalar_one_or_none()
    rows, last = sealed(rows, key, head or "")
    bulk.insert(session, AuditRow.__table__, rows)  # the driver's executemany: imports write thousands
    last_id = session.execute(select(func.max(AuditRow.id))).scalar_one()
    _set_head(session, head is not None, last_id, last)


def _set_head(session: Session, exists: bool, last_id: int, chain: str) -> None:
    table = AuditHeadRow.__table__
    if exists:
        session.execute(update(table).where(table.c.id == HEAD_ID).values(last_id=last_id, chain=chain))
    else:
        session.execute(insert(table).values(id=HEAD_ID, last_id=last_id, chain=chain))


# --- verifying --------------------------------------------------------------------------------------

# Why a row fails, as codes the window and the command line put in words.
EDITED = "edited"          # its content no longer matches its digest
UNLINKED = "unlinked"      # its chain does not follow the row before it: a row removed, inserted or moved
UNSEALED = "unsealed"      # no seal at all: written around CaseDesk
ERASED = "erased"          # values erased with no purge of that client after it
TRUNCATED = "truncated"    # the head names a newer row than the table's last: the newest rows removed
SCHEMA = "schema"          # the database's schema (its triggers) is not what its version should be


@dataclass(frozen=True)
class Break:
    row: int | None     # the first row that fails (None: no row to name, e.g. a schema change)
    reason: str         # one of the codes above
    detail: str = ""    # English detail (the schema difference)


@dataclass(frozen=True)
class ChainReport:
    rows: int
    breaks: list[Break]
    head_id: int | None
    head: str  # the newest row's chain: note it elsewhere to catch a rewritten trail later

    @property
    def intact(self) -> bool:
        return not self.breaks

    @property
    def first(self) -> Break | None:
        return self.breaks[0] if self.breaks else None


COLUMNS = ("id", "salt", "digest", "chain") + tuple(dict.fromkeys(c for cs in CONTENT.values() for c in cs))


def verify(session: Session, key: bytes | None, *, most: int = 100) -> ChainReport:
    """Walk the whole trail in id order (streamed); the first ``most`` rows that fail, each once."""
    purged_until = dict(session.execute(select(AuditRow.client_id, func.max(AuditRow.id))
                                        .where(AuditRow.action == PURGE).group_by(AuditRow.client_id)).all())
    # Plain SQL (portable) and plain tuples: the ORM's row objects and type processing doubled the time.
    result = session.connection().exec_driver_sql(f"SELECT {', '.join(COLUMNS)} FROM audit ORDER BY id",
                                                  execution_options={"stream_results": True})
    rows = (dict(zip(COLUMNS, r)) for r in result)
    head = session.execute(select(AuditHeadRow.last_id, AuditHeadRow.chain)
                           .where(AuditHeadRow.id == HEAD_ID)).first()
    return _walk(rows, purged_until, None if head is None else (head[0], head[1]), key, most)


def verify_file(conn: Any, key: bytes | None, schema: str = "main", *, most: int = 100) -> ChainReport:
    """``verify`` on a DB-API connection (a backup being checked before it is restored)."""
    purged_until = dict(conn.execute(f'SELECT client_id, max(id) FROM "{schema}".audit WHERE action = ? '
                                     "GROUP BY client_id", (PURGE,)).fetchall())
    cursor = conn.execute(f'SELECT {", ".join(COLUMNS)} FROM "{schema}".audit ORDER BY id')
    rows = (dict(zip(COLUMNS, r)) for r in cursor)
    head = conn.execute(f'SELECT last_id, chain FROM "{schema}".audit_head WHERE id = ?', (HEAD_ID,)).fetchone()
    return _walk(rows, purged_until, None if head is None else (int(head[0]), str(head[1])), key, most)


def _walk(rows: Iterable[Mapping[str, Any]], purged_until: dict[int, int], head: tuple[int, str] | None,
          key: bytes | None, most: int) -> ChainReport:
    breaks: list[Break] = []
    previous, count, last_id = "", 0, None
    for row in rows:
        count += 1
        last_id = row["id"]
        reason = _row_fault(row, previous, key, purged_until)
        if reason is not None and len(breaks) < most:
            breaks.append(Break(row["id"], reason))
        previous = row["chain"] or ""
    if (head is None and count) or (head is not None and (head[0] != (last_id or 0) or head[1] != previous)):
        breaks.append(Break(last_id, TRUNCATED if head is not None and head[0] > (last_id or 0) else UNLINKED))
    return ChainReport(count, breaks, last_id, previous)


def _row_fault(row: Mapping[str, Any], previous: str, key: bytes | None,
               purged_until: dict[int, int]) -> str | None:
    row_digest, chain = row["digest"], row["chain"]
    if not row_digest or not chain or ":" not in row_digest:
        return UNSEALED
    version = row_digest.split(":", 1)[0]
    if version not in CONTENT:
        return UNSEALED
    if row["salt"] is None:  # erased by a purge: the content is gone, the digest is taken as it is
        values = row["old_value"] is not None or row["new_value"] is not None
        if values or purged_until.get(row["client_id"], 0) <= row["id"]:
            return ERASED
    elif digest(row, row["salt"], version) != row_digest:
        return EDITED
    if not hmac.compare_digest(chain, link(key, previous, row_digest)):
        return UNLINKED
    return None


# --- re-sealing under another key (encrypting, removing encryption) -----------------------------------

def reseal_file(conn: Any, schema: str, old_data_key: bytes | None, new_data_key: bytes | None) -> int:
    """Re-link the chain of the audit table in ``schema`` (a DB-API connection, e.g. the attached copy
    an encryption conversion writes) from ``old_data_key``'s chain key to ``new_data_key``'s; returns
    how many rows. A link that was broken under the old key is left broken (its stored value is kept),
    so converting never launders tampering. Digests do not depend on the key and are not touched."""
    old, new = chain_key(old_data_key), chain_key(new_data_key)
    if old == new:
        return 0
    columns = {r[1] for r in conn.execute(f'PRAGMA "{schema}".table_info(audit)').fetchall()}
    if "chain" not in columns:
        return 0  # before migration 0015: sealed when it is migrated
    changes: list[tuple[str, int]] = []
    previous_old = previous_new = ""
    for row_id, row_digest, chain in conn.execute(f'SELECT id, digest, chain FROM "{schema}".audit ORDER BY id'):
        new_chain = chain
        if row_digest and chain and hmac.compare_digest(chain, link(old, previous_old, row_digest)):
            new_chain = link(new, previous_new, row_digest)
        previous_old, previous_new = chain or "", new_chain or ""
        if new_chain != chain:
            changes.append((new_chain, row_id))
    conn.executemany(f'UPDATE "{schema}".audit SET chain = ? WHERE id = ?', changes)
    head_ok = conn.execute(f'SELECT chain FROM "{schema}".audit_head WHERE id = ?', (HEAD_ID,)).fetchone()
    if head_ok is not None and head_ok[0] == previous_old:
        conn.execute(f'UPDATE "{schema}".audit_head SET chain = ? WHERE id = ?', (previous_new, HEAD_ID))
    return len(changes)


__all__ = ["CONTENT", "ChainReport", "Break", "PURGE", "SEAL", "append", "chain_key", "digest", "link",
           "reseal_file", "sealed", "verify", "verify_file"]
