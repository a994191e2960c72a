"""Client rows in the database: write facts, read them back, search and sort the caseload."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    ColumnElement, CursorResult, SQLColumnExpression, and_, case, delete, func, null, or_, select, text, update,
)
from sqlalchemy.orm import Session

from ..domain import summary
from ..domain.facts import CaseFacts
from . import bulk
from .mapping import client_columns
from .models import HISTORY_TABLES, AuditRow, Client
# One row shape and one search for both ways of reading the caseload.
from .quickread import SEARCH_INDEX, TRIGRAM, CaseloadRow, search_condition, search_count


SORT_COLUMNS = {
    "name": Client.sort_name,
    "country": Client.country,
    "status": Client.status_summary,
    "status_expiry": Client.status_expiry,
    "next_deadline": Client.next_deadline,
    "updated": Client.updated_at,
    "number": Client.id,
    "best_pathway": Client.best_pathway,
    # By strength, not alphabetically: promising first (the order of domain.assessment's ranking).
    "best_verdict": case({"promising": 0, "possible": 1, "needs_info": 2, "unlikely": 3, "unavailable": 4,
                          "ineligible": 5}, value=Client.best_verdict, else_=6),
}


def insert_clients(session: Session, batch: Sequence[CaseFacts], when: datetime) -> list[int]:
    """Insert new clients with all their facts; returns their ids in order. Core inserts: one
    executemany for the batch, no per-row ORM bookkeeping."""
    return insert_client_rows(session, [client_columns(f) for f in batch], when)


def insert_client_rows(session: Session, columns: Sequence[dict[str, Any]], when: datetime) -> list[int]:
    """Insert new clients from their ``client_columns`` (``case_json`` possibly ``bulk.encoded_json``,
    and possibly "next deadline" and "status ends" already set); returns their ids in order."""
    if not columns:
        return []
    stamp = {"created_at": when, "updated_at": when, "version_id": 1}
    table = Client.__table__
    values = [c | stamp for c in columns]
    if session.get_bind().dialect.name == "sqlite":
        # SQLite returns rows one statement at a time; instead insert the first client (which takes the
        # database's write lock, so no one else can insert meanwhile) and number the rest after it.
        # SQLite would give a deleted client's id to the next new one; the audit trail (which outlives
        # its clients) remembers the ids ever used, so numbering starts after those too.
        first = session.execute(table.insert().values(id=_next_id()).returning(table.c.id),
                                _decoded(values[0])).scalar_one()
        ids = list(range(first, first + len(values)))
        if len(values) > 1:
            bulk.insert(session, table, [v | {"id": i} for v, i in zip(values[1:], ids[1:])])
        _index_search(session, ids[0], ids[-1])
    else:
        values = [_decoded(v) for v in values]
        ids = list(session.scalars(table.insert().returning(table.c.id, sort_by_parameter_order=True), values))
    return ids


def _decoded(columns: dict[str, Any]) -> dict[str, Any]:
    """For a write through SQLAlchemy, which encodes JSON itself: the case file as a document again (the
    first client of an import, and a server's imports, which are not the hot path)."""
    doc = columns["case_json"]
    return columns | {"case_json": json.loads(doc)} if isinstance(doc, bulk.EncodedJSON) else columns


def _next_id():
    used = [select(func.coalesce(func.max(c), 0)).scalar_subquery() for c in (Client.id, AuditRow.client_id)]
    return select(func.max(*used) + 1).scalar_subquery()  # SQLite's max() of several values


def insert_client_as(session: Session, client_id: int, facts: CaseFacts, when: datetime) -> None:
    """Insert a client under a given id (putting back a deleted client); the id must be free."""
    session.execute(Client.__table__.insert(),
                    client_columns(facts) | {"id": client_id, "created_at": when, "updated_at": when, "version_id": 1})
    if session.get_bind().dialect.name == "sqlite":
        _index_search(session, client_id, client_id)


def _index_search(session: Session, first: int, last: int) -> None:
    """Add the new clients ``first`` .. ``last`` to the trigram search index (SQLite, when it has one):
    one statement for a batch (migration 0017's triggers keep it in step for changes and deletions)."""
    if _indexed(session):
        session.execute(text(f"INSERT INTO {SEARCH_INDEX}(rowid, search_key) SELECT id, search_key FROM client "
                             "WHERE id BETWEEN :first AND :last"), {"first": first, "last": last})


def lock_client(session: Session, client_id: int) -> None:
    """SELECT … FOR UPDATE on a server (other writers of this client wait for this transaction);
    SQLite has one writer at a time already and leaves the clause out."""
    session.execute(select(Client.id).where(Client.id == client_id).with_for_update())


def lock_clients(session: Session, client_ids: Iterable[int]) -> None:
    """``lock_client`` for many, in id order: two writers locking overlapping sets cannot deadlock."""
    ids = sorted(set(client_ids))
    for start in range(0, len(ids), 500):
        session.execute(select(Client.id).where(Client.id.in_(ids[start:start + 500]))
                        .order_by(Client.id).with_for_update())


# The duplicate check ("is this person already in the caseload?") reads, then inserts: two caseworkers
# adding the same person at once would both pass it. On a server, a transaction-scoped advisory lock
# makes those checks one at a time (released at commit); SQLite has one writer at a time already.
IDENTITY_LOCK = 0x43445F4944  # "CD_ID"


def lock_identities(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(IDENTITY_LOCK)))


def replace_facts(session: Session, client_id: int, facts: CaseFacts, version: int | None,
                  when: datetime) -> int | None:
    """Rewrite a client's facts; returns the new version, or None if the client is gone or
    ``version`` is no longer current (someone else saved in between)."""
    cond = Client.id == client_id
    if version is not None:
        cond = and_(cond, Client.version_id == version)
    result = session.execute(
        update(Client).where(cond)
        .values(client_columns(facts) | {"updated_at": when, "version_id": Client.version_id + 1})
        .returning(Client.version_id)
    ).first()
    return None if result is None else result[0]


def delete_clients(session: Session, ids: Iterable[int]) -> int:
    ids = list(ids)
    # History goes first explicitly too: a database opened without foreign keys must not keep orphans.
    for model in HISTORY_TABLES:
        session.execute(delete(model).where(model.client_id.in_(ids)))
    deleted = cast(CursorResult[Any], session.execute(delete(Client).where(Client.id.in_(ids))))  # a DML result
    return deleted.rowcount


def client_meta(session: Session, client_id: int) -> tuple[datetime, datetime, int] | None:
    row = session.execute(
        select(Client.created_at, Client.updated_at, Client.version_id).where(Client.id == client_id)
    ).first()
    if row is None:
        return None
    created, updated, version = row
    return created, updated, version


def forget_search_terms(session: Session) -> None:
    """Merge the trigram index so deleted clients' terms leave it (a purge). Deleting a client only
    writes a delete marker into FTS5's segments: the name's trigrams stay in its data pages, through
    VACUUM, until the segments are merged."""
    if _indexed(session):
        session.execute(text(f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}) VALUES ('optimize')"))


def _indexed(session: Session) -> bool:
    """Whether the trigram index of the search key is there (SQLite, migration 0017)."""
    return session.get_bind().dialect.name == "sqlite" and session.execute(
        text("SELECT 1 FROM sqlite_master WHERE name = :name"), {"name": SEARCH_INDEX}).first() is not None


# Below this many matches, fetching the matches and sorting them beats walking the sort column's
# index (which visits every client to find a few): found by LIKE (a scan of the search index), and
# found by the trigram index (which hands over the matching ids at once).
SPARSE_MATCHES = 5_000
SPARSE_INDEXED = 1_500


def search(session: Session, terms: Sequence[str], *, sort: str = "name", descending: bool = False,
           offset: int = 0, limit: int = 200, total: int | None = None) -> tuple[list[CaseloadRow], int]:
    """One page of the caseload, filtered by folded search terms and sorted, all in SQL;
    with the number of matching clients (pass ``total`` when already known)."""
    indexed = bool(terms) and _indexed(session)
    if total is None:
        total = _count(session, terms, indexed)
    column: SQLColumnExpression[Any] = SORT_COLUMNS[sort]
    by_index = indexed and any(len(t) >= TRIGRAM for t in terms)
    sparse = bool(terms) and total <= (SPARSE_INDEXED if by_index else SPARSE_MATCHES) and sort != "best_verdict"
    if sparse:
        column = func.coalesce(column, null())  # same order, but not served by the column's index
    stmt = select(Client.id, Client.given_names, Client.family_name, Client.country, Client.status_summary,
                  Client.status_expiry, Client.next_deadline, Client.updated_at, Client.best_pathway,
                  Client.best_verdict, Client.version_id)
    order = [column.desc(), Client.id.desc()] if descending else [column.asc(), Client.id.asc()]
    if terms:
        where, params = search_condition(terms, indexed, walk_order=not sparse)
        cond = text(where).bindparams(**params)
        if sparse and sort == "name":
            # The page's ids first, sorted within the search index (it holds the sort name): only the
            # page's rows are then read, not every match's (wide) row.
            page = select(Client.id).where(cond).order_by(*order).offset(offset).limit(limit)
            stmt = stmt.where(Client.id.in_(page)).order_by(*order)
            return [CaseloadRow._make(row) for row in session.execute(stmt)], total
        stmt = stmt.where(cond)
    stmt = stmt.order_by(*order).offset(offset).limit(limit)
    return [CaseloadRow._make(row) for row in session.execute(stmt)], total


def count(session: Session, terms: Sequence[str] = ()) -> int:
    return _count(session, terms, bool(terms) and _indexed(session))


def _count(session: Session, terms: Sequence[str], indexed: bool) -> int:
    sql, params = search_count(terms, indexed)
    return int(session.execute(text(sql), params).scalar_one())


class Person(NamedTuple):
    """A stored client as far as telling one person from another goes."""

    id: int
    name: str
    a_number: str | None   # summary.a_number_key
    person: str | None     # summary.person_key


def _people(session: Session, where: ColumnElement[bool] | None = None) -> Iterator[Person]:
    stmt = select(Client.id, Client.given_names, Client.family_name,
                  Client.case_json[("client", "a_number")].as_string(),
                  Client.case_json[("client", "date_of_birth")].as_string())
    if where is not None:
        stmt = stmt.where(where)
    for cid, given, family, a_number, born in session.execute(stmt.execution_options(yield_per=5_000)):
        yield Person(cid, " ".join(p for p in (given, family) if p), summary.a_number_key(a_number),
                     summary.person_key(given, family, born))


def every_person(session: Session) -> Iterator[Person]:
    """Every client's keys, streamed (an import checks a whole batch against the caseload)."""
    return _people(session)


def people_like(session: Session, a_number: str | None, given_names: str, family_name: str) -> list[Person]:
    """The clients who may be this person: the same folded names, or the A-number's digits in the
    search text (the caller compares the keys)."""
    conds: list[ColumnElement[bool]] = [Client.sort_name == summary.sort_name(given_names, family_name)]
    key = summary.a_number_key(a_number)
    if key is not None:
        conds.append(Client.search_key.like(f"%{key}%"))
    return list(_people(session, or_(*conds)))


def any_client(session: Session) -> bool:
    return session.execute(select(Client.id).limit(1)).first() is not None


def all_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Client.id).order_by(Client.id)))


def existing_ids(session: Session, ids: Iterable[int]) -> set[int]:
    ids = list(ids)
    return set(session.scalars(select(Client.id).where(Client.id.in_(ids)))) if ids else set()
