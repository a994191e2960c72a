"""Computed deadlines and the caseworker's handling of them (done, snoozed), in SQL."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import NamedTuple

from sqlalchemy import (
    Date, String, and_, bindparam, case, delete, func, or_, select, text, type_coerce, update,
)
from sqlalchemy.orm import Session

from . import bulk
from .models import Client, DeadlineRow, DeadlineStateRow
from .quickread import (
    ALWAYS, DONE, NEVER, OPEN, SNOOZED, DeadlineRecord, Range, as_date, bucket_counts_sql, bucket_sql,
    client_deadlines_sql, record, upcoming_sql, visible_from,
)

__all__ = ["ALWAYS", "NEVER", "OPEN", "DONE", "SNOOZED", "DeadlineRecord", "Range", "visible_from"]


# Dates come back as text and are parsed here with date.fromisoformat: SQLAlchemy's SQLite date
# processing is several times slower, and this list can hold tens of thousands of rows.
# The deadline table's key, the order SQLite keeps its rows in (a table WITHOUT ROWID): visible from, due, client, key.
CLUSTER_KEY = tuple(c.name for c in DeadlineRow.__table__.primary_key.columns)
_COLUMNS = (DeadlineRow.client_id, Client.given_names, Client.family_name, DeadlineRow.key, DeadlineRow.kind,
            type_coerce(DeadlineRow.due, String), DeadlineRow.title, DeadlineRow.basis, DeadlineRow.source_id,
            DeadlineRow.source_title, DeadlineRow.source_url, DeadlineRow.source_confirmed, DeadlineRow.caveat,
            DeadlineRow.cliff, DeadlineRow.tag, func.coalesce(DeadlineStateRow.state, OPEN),
            type_coerce(DeadlineStateRow.snoozed_until, String), type_coerce(DeadlineStateRow.done_on, String),
            DeadlineRow.messages)


def _joined(stmt):
    return stmt.join(Client, Client.id == DeadlineRow.client_id).outerjoin(
        DeadlineStateRow, and_(DeadlineStateRow.client_id == DeadlineRow.client_id,
                               DeadlineStateRow.key == DeadlineRow.key))


def _is_open(today: date):
    return DeadlineRow.visible_from <= today


# Every column of a stored deadline row, in the order ``stored_rows`` gives them.
STORED_COLUMNS = tuple(c.name for c in DeadlineRow.__table__.columns)
StoredRows = dict[int, set[tuple]]  # client id -> its deadline rows as stored (STORED_COLUMNS, the driver's form)


def stored_rows(session: Session, client_ids: Iterable[int]) -> StoredRows:
    """These clients' deadline rows as the driver gives them. Read once by a re-assessment, for what it
    reports (``dues``) and what it rewrites (``replace_for_clients``): each row is a lookup into a table
    kept in due-date order, the largest cost of re-assessing a large caseload."""
    ids = list(client_ids)
    out: StoredRows = {cid: set() for cid in ids}
    at = STORED_COLUMNS.index("client_id")
    for row in bulk.select_where_in(session, DeadlineRow.__table__, STORED_COLUMNS, "client_id", ids):
        out[row[at]].add(tuple(row))
    return out


def replace_for_clients(session: Session, rows: Sequence[dict], client_ids: Iterable[int],
                        stored: StoredRows | None = None) -> None:
    """Regenerate the computed deadlines of these clients (states are kept: they are keyed by client and key).

    A client whose deadlines are stored exactly as they would be written (a re-assessment or a policy
    change that moves nothing, most clients) is left as it is: rewriting a row costs its three indexes.
    ``stored``: their rows already read (``stored_rows``, for every one of ``client_ids``, in this transaction
    and not written since: a client is left as it is when they equal the new rows), else read here."""
    ids = list(client_ids)
    table = DeadlineRow.__table__
    names, new = bulk.stored_form(session, table, rows)
    if new:  # in the table's key order: SQLite keeps the rows in it (WITHOUT ROWID), so each page is written once
        new.sort(key=itemgetter(*(names.index(c) for c in CLUSTER_KEY)))
    if not ids:
        bulk.insert(session, table, rows, (names, new))
        return
    names = names or ["client_id"]  # no deadline to write: any stored one is a change
    at = names.index("client_id")
    wanted: dict[int, set[tuple]] = {cid: set() for cid in ids}
    for row in new:
        wanted[row[at]].add(row)
    if stored is None:
        stored = stored_rows(session, ids)
    if tuple(names) != STORED_COLUMNS:  # compared column for column, in the order the new rows have them
        index = [STORED_COLUMNS.index(n) for n in names]
        pick = itemgetter(*index) if len(index) > 1 else lambda row: (row[index[0]],)
        stored = {cid: set(map(pick, stored[cid])) for cid in ids}
    changed = [cid for cid in ids if wanted[cid] != stored[cid]]
    if not changed:
        return
    if len(changed) < len(ids):
        keep = set(changed)
        new = [row for row in new if row[at] in keep]
    session.execute(delete(DeadlineRow).where(DeadlineRow.client_id.in_(changed)))
    bulk.insert(session, table, rows, (names, new))


def open_states(session: Session, client_ids: Iterable[int]) -> dict[tuple[int, str], tuple[str, date | None]]:
    """(client, key) -> (state, snoozed_until) for the deadlines someone has handled."""
    ids = list(client_ids)
    if not ids:
        return {}
    rows = session.execute(select(DeadlineStateRow.client_id, DeadlineStateRow.key, DeadlineStateRow.state,
                                  DeadlineStateRow.snoozed_until).where(DeadlineStateRow.client_id.in_(ids)))
    return {(cid, key): (state, until) for cid, key, state, until in rows}


def set_next_deadlines(session: Session, next_by_client: dict[int, date | None],
                       cliff_by_client: dict[int, date | None] | None = None) -> None:
    """Write the caseload's "next deadline" (and, when given, "status ends") columns in one statement."""
    if not next_by_client:
        return
    table = Client.__table__
    if cliff_by_client is None:
        bulk.update(session, table, ["id"], [{"next_deadline": due, "id": cid} for cid, due in next_by_client.items()])
        return
    bulk.update(session, table, ["id"], [{"next_deadline": due, "status_expiry": cliff_by_client.get(cid), "id": cid}
                                         for cid, due in next_by_client.items()])


def refresh_next_deadline(session: Session, client_ids: Iterable[int], today: date, *,
                          status_kinds: Sequence[str] = (), ended_before: date | None = None) -> None:
    """The caseload's "next deadline" column: the earliest open deadline, overdue ones included, except
    the end of a status (``status_kinds``) due before ``ended_before``: that is the client's state."""
    ids = list(client_ids)
    if not ids:
        return
    earliest = (select(DeadlineRow.client_id, func.min(DeadlineRow.due))
                .where(DeadlineRow.client_id.in_(ids), _is_open(today)).group_by(DeadlineRow.client_id))
    if ended_before is not None and status_kinds:
        earliest = earliest.where(~and_(DeadlineRow.kind.in_(list(status_kinds)), DeadlineRow.due < ended_before))
    found = dict(session.execute(earliest).all())
    set_next_deadlines(session, {cid: found.get(cid) for cid in ids})


DAY_MARK_LOCK = 0x43445F4459  # "CD_DY"


def lock_day_mark(session: Session) -> None:
    """On a server, one writer at a time of the day "next deadline" was made true for (the setting row
    is inserted once: two inserting it at once would collide). SQLite's writers take turns anyway."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(DAY_MARK_LOCK)))


def clients_between_days(session: Session, days: tuple[date, date], cutoffs: tuple[date, date],
                         status_kinds: Sequence[str]) -> list[int]:
    """The clients whose "next deadline" may read differently on one of two ``days`` than on the other:
    a status end due between the two days' ``cutoffs`` (it became, or stopped being, the client's state)
    or a snooze that ends between the days (the deadline is open again)."""
    first, last = sorted(days)
    low, high = sorted(cutoffs)
    crossed = and_(DeadlineRow.kind.in_(list(status_kinds)), DeadlineRow.due >= low, DeadlineRow.due < high)
    woke = and_(DeadlineRow.visible_from > first, DeadlineRow.visible_from <= last)
    return sorted(session.scalars(select(DeadlineRow.client_id).where(or_(crossed, woke)).distinct()))


def upcoming(session: Session, today: date, horizon: date, kinds: Sequence[str] = (),
             tag: str | None = None, limit: int | None = None, since: date | None = None,
             newest_first: bool = False) -> list[DeadlineRecord]:
    """Open deadlines due by ``horizon`` (overdue ones included, never dropped, unless ``since`` is
    given), soonest first or, with ``newest_first``, latest first."""
    sql, params = upcoming_sql(today, horizon, kinds, tag, since, newest_first, limit)
    stmt = text(sql).bindparams(*(bindparam(name, type_=Date) for name, value in params.items()
                                  if isinstance(value, date)))
    return [record(r) for r in session.connection().execute(stmt, params)]


def each_upcoming(session: Session, today: date, horizon: date) -> Iterator[DeadlineRecord]:
    """``upcoming``'s records one at a time as the database hands them over (constant memory: a calendar
    export of every open deadline)."""
    for row in _run(session, upcoming_sql(today, horizon)):
        yield record(row)


def _run(session: Session, query: tuple[str, dict]):
    sql, params = query
    stmt = text(sql).bindparams(*(bindparam(name, type_=Date) for name, value in params.items()
                                  if isinstance(value, date)))
    return session.connection().execute(stmt, params)


def bucket(session: Session, today: date, r: Range, status_kinds: Sequence[str], kinds: Sequence[str] = (),
           tag: str | None = None, order: str = "due", descending: bool = False, limit: int | None = None,
           offset: int = 0) -> list[DeadlineRecord]:
    """A page of one bucket's open deadlines, the whole bucket sorted by ``order`` in the database."""
    return [record(row) for row in _run(session, bucket_sql(today, r, status_kinds, kinds, tag, order, descending,
                                                            limit, offset))]


def each_in_bucket(session: Session, today: date, r: Range, status_kinds: Sequence[str], kinds: Sequence[str] = (),
                   tag: str | None = None, limit: int | None = None) -> Iterator[DeadlineRecord]:
    """``bucket``'s records in due order, one at a time as the database hands them over."""
    for row in _run(session, bucket_sql(today, r, status_kinds, kinds, tag, limit=limit)):
        yield record(row)


def bucket_counts(session: Session, today: date, ranges: Sequence[Range], status_kinds: Sequence[str],
                  kinds: Sequence[str] = (), tag: str | None = None) -> list[int]:
    return [int(n) for n in _run(session, bucket_counts_sql(today, ranges, status_kinds, kinds, tag)).one()]


def set_states(session: Session, changes: Sequence[tuple[int, str, str, date | None, date | None]],
               when: datetime) -> list[tuple[int, str]]:
    """Put each deadline (client id, key) in its state (DONE, SNOOZED or OPEN, with the snooze's end and the
    day done), a few statements per 500 (a selection of hundreds, a bulk review of thousands, done one by
    one, held the window for a second); the last change of a deadline wins. Returns the deadlines that
    do not exist (nothing was done for them), in order."""
    latest = {(cid, key): (cid, key, state, until, done) for cid, key, state, until, done in changes}
    items = list(latest.values())
    table, states = DeadlineRow.__table__, DeadlineStateRow.__table__
    missing: list[tuple[int, str]] = []
    for start in range(0, len(items), 500):
        chunk = items[start:start + 500]
        present = {tuple(row) for row in session.execute(select(table.c.client_id, table.c.key).where(
            table.c.client_id.in_({cid for cid, *_rest in chunk})))}
        missing += [(cid, key) for cid, key, *_rest in chunk if (cid, key) not in present]
        chunk = [c for c in chunk if (c[0], c[1]) in present]
        if not chunk:
            continue
        session.execute(update(table).where(table.c.client_id == bindparam("cid"), table.c.key == bindparam("k"))
                        .values(visible_from=bindparam("v")),
                        [{"cid": cid, "k": key, "v": visible_from(state, until)}
                         for cid, key, state, until, _done in chunk])
        session.execute(delete(states).where(states.c.client_id == bindparam("cid"), states.c.key == bindparam("k")),
                        [{"cid": cid, "k": key} for cid, key, *_rest in chunk])
        session.execute(states.insert(), [{"client_id": cid, "key": key, "state": state, "snoozed_until": until,
                                           "done_on": done, "updated_at": when}
                                          for cid, key, state, until, done in chunk])
    return missing


def counts(session: Session, today: date, bounds: Sequence[date], kinds: Sequence[str] = (),
           tag: str | None = None) -> list[int]:
    """How many open deadlines fall before each bound (cumulative), in one pass over the due-date index."""
    sums = [func.coalesce(func.sum(case((DeadlineRow.due < bound, 1), else_=0)), 0) for bound in bounds]
    stmt = _filtered(select(*sums).where(DeadlineRow.due < max(bounds), _is_open(today)), kinds, tag)
    return list(session.execute(stmt).one())


def counts_by_day(session: Session, today: date, first: date, last: date, kinds: Sequence[str] = (),
                  tag: str | None = None) -> dict[date, int]:
    """Open deadlines per due date from ``first`` to ``last`` (both included): the month calendar's marks."""
    stmt = _filtered(select(type_coerce(DeadlineRow.due, String), func.count())
                     .where(DeadlineRow.due >= first, DeadlineRow.due <= last, _is_open(today))
                     .group_by(DeadlineRow.due), kinds, tag)
    return {as_date(day): n for day, n in session.execute(stmt)}


def _filtered(stmt, kinds: Sequence[str], tag: str | None):
    if kinds:
        stmt = stmt.where(DeadlineRow.kind.in_(list(kinds)))
    if tag:
        stmt = stmt.where(DeadlineRow.tag == tag)
    return stmt


def for_client(session: Session, client_id: int) -> list[DeadlineRecord]:
    return [record(r) for r in _run(session, client_deadlines_sql(client_id))]


def handled(session: Session, today: date, kinds: Sequence[str] = (), tag: str | None = None,
            limit: int | None = None) -> list[DeadlineRecord]:
    """Deadlines the caseworker has put aside: marked done, or snoozed to a day after ``today``;
    latest first (the ones just handled are the ones to find again)."""
    stmt = _filtered(_joined(select(*_COLUMNS)).where(
        (DeadlineStateRow.state == DONE)
        | ((DeadlineStateRow.state == SNOOZED) & (DeadlineStateRow.snoozed_until > today))), kinds, tag)
    stmt = stmt.order_by(func.coalesce(DeadlineStateRow.updated_at, DeadlineRow.due).desc(), DeadlineRow.client_id,
                         DeadlineRow.key)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [record(r) for r in session.connection().execute(stmt)]


class StoredDue(NamedTuple):
    kind: str
    due: date
    cliff: bool
    done: bool
    messages: str | None


def dues(stored: StoredRows) -> dict[int, dict[str, StoredDue]]:
    """The deadlines in these stored rows, by client and key: what the caseworker sees now (a
    re-assessment compares what a new policy computes with it)."""
    get = itemgetter(*(STORED_COLUMNS.index(c) for c in ("key", "kind", "due", "cliff", "visible_from", "messages")))
    out: dict[int, dict[str, StoredDue]] = {}
    for cid, rows in stored.items():
        out[cid] = mine = {}
        for key, kind, due, cliff, shown_from, messages in map(get, rows):
            mine[key] = StoredDue(kind, as_date(due), bool(cliff), as_date(shown_from) == NEVER, messages)
    return out
