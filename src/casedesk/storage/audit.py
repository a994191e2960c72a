"""The audit trail's rows, and what a deleted client leaves in it so the deletion can be undone.

Rows are only ever inserted (the database refuses UPDATE and DELETE on them, see migration
0007). Values are stored as JSON text. Nothing here logs: the values are client facts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Column, Date, DateTime, select, update
from sqlalchemy.orm import Session

from . import auditchain, bulk
from .models import AssessmentRow, AuditRow, Base, Client, DeadlineStateRow, LetterRow


# Where ``Database.session`` puts the chain key (derived from an encrypted caseload's data key).
CHAIN_KEY = "audit_chain_key"


class AuditRecord(NamedTuple):
    id: int
    at: datetime  # UTC
    actor: str
    client_id: int
    action: str
    field: str | None
    old: Any  # decoded JSON; None when there is no value
    new: Any
    erased: bool = False  # its values were erased by a purge (see auditchain.py)
    db_user: str | None = None  # the server's user who wrote it (PostgreSQL); None on SQLite


def _dump(value: Any) -> str | None:
    return None if value is None else bulk.compact_json(value)


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def entry(at: datetime, actor: str, client_id: int, action: str, field: str | None = None,
          old: Any = None, new: Any = None) -> dict[str, Any]:
    """One row to ``append``; ``old`` and ``new`` are JSON values."""
    return {"at": at, "actor": actor, "client_id": client_id, "action": action, "field": field,
            "old_value": _dump(old), "new_value": _dump(new)}


def append(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows, each sealed onto the one before (``auditchain``) under the session's chain key."""
    if rows:
        auditchain.append(session, rows, session.info.get(CHAIN_KEY))


def trail(session: Session, client_id: int | None = None, *, limit: int | None = None,
          before_id: int | None = None) -> list[AuditRecord]:
    """Newest first: one client's rows, or everyone's; ``before_id`` pages further back."""
    stmt = select(AuditRow)
    if client_id is not None:
        stmt = stmt.where(AuditRow.client_id == client_id)
    if before_id is not None:
        stmt = stmt.where(AuditRow.id < before_id)
    stmt = stmt.order_by(AuditRow.id.desc()).limit(limit)
    return [AuditRecord(r.id, r.at, r.actor, r.client_id, r.action, r.field, _load(r.old_value),
                        _load(r.new_value), r.salt is None and r.digest is not None,
                        r.db_user) for r in session.scalars(stmt)]


def latest(session: Session, client_id: int) -> AuditRecord | None:
    rows = trail(session, client_id, limit=1)
    return rows[0] if rows else None


# --- what a deletion keeps, so that it can be undone ---------------------------------------------

# The records of what was done for a client that deleting removes and undoing puts back. The
# computed deadlines are not among them: they are regenerated from the facts.
# Read generically (each has client_id, and id or key), hence type[Any].
KEPT: dict[str, type[Any]] = {"assessment": AssessmentRow, "deadline_state": DeadlineStateRow, "letter": LetterRow}
CLIENT_KEPT = ("created_at", "version_id", "best_pathway", "best_verdict")


def _to_json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def _columns(model: type[Base]) -> list[Column[Any]]:
    return [c for c in model.__table__.columns if c.key not in ("id", "client_id")]


def _from_json(model: type[Base], doc: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for column in _columns(model):
        value = doc.get(column.key)
        if value is not None and isinstance(column.type, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = date.fromisoformat(value)
        out[column.key] = value
    return out


def snapshots(session: Session, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """For each existing client: its record-keeping columns and history rows, as JSON values."""
    ids = list(ids)
    out: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        columns = [getattr(Client, k) for k in CLIENT_KEPT]
        for cid, *values in session.execute(select(Client.id, *columns).where(Client.id.in_(chunk))):
            out[cid] = {k: _to_json(v) for k, v in zip(CLIENT_KEPT, values)} | {"history": {k: [] for k in KEPT}}
        for name, model in KEPT.items():
            numbered = "id" in model.__table__.columns  # kept with the row: a letter names its assessment by id
            order = [model.client_id, model.id if numbered else model.key]
            for row in session.scalars(select(model).where(model.client_id.in_(chunk)).order_by(*order)):
                doc = {c.key: _to_json(getattr(row, c.key)) for c in _columns(model)}
                out[row.client_id]["history"][name].append(doc | {"id": row.id} if numbered else doc)
    return out


def restore_history(session: Session, client_id: int, snapshot: dict[str, Any]) -> None:
    """Put back a deleted client's history rows and record-keeping columns (the client row exists)."""
    assessment_ids: dict[int, int] = {}  # an assessment's id when deleted -> its id now
    for name, model in KEPT.items():
        docs = snapshot.get("history", {}).get(name, ())
        rows = [_from_json(model, doc) | {"client_id": client_id} for doc in docs]
        if model is AssessmentRow:
            assessment_ids = _put_back_numbered(session, model, [doc.get("id") for doc in docs], rows)
            continue
        if model is LetterRow:
            for row in rows:  # the letter quotes its assessment under the id that one has now
                quoted = row.get("assessment_id")
                row["assessment_id"] = None if quoted is None else assessment_ids.get(quoted)
        if rows:
            session.execute(model.__table__.insert(), rows)
    values: dict[str, Any] = {"best_pathway": snapshot.get("best_pathway"),
                              "best_verdict": snapshot.get("best_verdict")}
    if snapshot.get("created_at"):
        values["created_at"] = datetime.fromisoformat(snapshot["created_at"])
    if snapshot.get("version_id"):
        values["version_id"] = int(snapshot["version_id"]) + 1  # an editor opened before the delete is stale
    session.execute(update(Client).where(Client.id == client_id).values(values))


def _put_back_numbered(session: Session, model: type, old_ids: Sequence[int | None],
                       rows: list[dict[str, Any]]) -> dict[int, int]:
    """Insert rows under the ids they had if all are still free, else all under new ones, in their
    order (SQLite gives the highest id again once it is deleted, so another client may hold one now;
    renumbering them all keeps the newest the newest). The ids they have now, by the ids they had."""
    table = model.__table__  # type: ignore[attr-defined]
    if not rows:
        return {}
    if None not in old_ids and not session.scalars(select(table.c.id).where(table.c.id.in_(old_ids))).first():
        session.execute(table.insert(), [row | {"id": i} for i, row in zip(old_ids, rows)])
        return {i: i for i in old_ids if i is not None}
    now: dict[int, int] = {}
    for i, row in zip(old_ids, rows):
        new_id = session.execute(table.insert().returning(table.c.id), row).scalar_one()
        if i is not None:
            now[i] = int(new_id)
    return now


__all__ = ["CHAIN_KEY", "AuditRecord", "append", "entry", "latest", "restore_history", "snapshots", "trail"]
