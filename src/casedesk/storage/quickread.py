"""The caseload-wide deadline query, and a way to run it without SQLAlchemy.

One SQL text serves both paths: the services run it through SQLAlchemy (any database), and a
short command such as ``casedesk upcoming`` runs it on the SQLite file with the standard
library alone, which saves the ~300 ms that loading SQLAlchemy and the ORM costs before the
first query. The quick path only reads, and only a database already at this code's schema
(``HEAD``); anything else goes the long way, which migrates.

Standard library only: nothing here may import SQLAlchemy.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, NamedTuple

from .journal import journal_for

# The newest schema revision this code writes; a test checks it against the migration scripts.
HEAD = "0017"

OPEN, DONE, SNOOZED = "open", "done", "snoozed"
ALWAYS, NEVER = date(1, 1, 1), date(9999, 12, 31)

# The policy data version the stored deadlines were computed with (a row of the setting table),
# and the stamp of the English words stored beside their codes (``text.deadlines.words_stamp``).
DEADLINES_POLICY_KEY = "deadlines.policy_version"
DEADLINES_WORDS_KEY = "deadlines.words"
# Per policy fact, the first day it may be stale (``domain.policydata.stale_from``), with the version of
# the policy data it comes from: {"policy_version": ..., "days": {fact id: ISO day}}.
DEADLINES_STALE_KEY = "deadlines.stale_from"
# The day the caseload's "next deadline" column was last made true for (``DeadlineService.roll_to``).
NEXT_DEADLINE_DAY_KEY = "deadlines.next_deadline_day"
# After how many days an ended U.S. status stops being an overdue to-do (a setting; services/settings.py
# declares it, here so the quick path can read it without the services).
ENDED_AFTER_KEY = "reminders.status_ended_after_days"


def visible_from(state: str | None, snoozed_until: date | None) -> date:
    """The day a deadline shows in the open list: always when open, the snooze date, never when done."""
    if state == DONE:
        return NEVER
    if state == SNOOZED and snoozed_until is not None:
        return snoozed_until
    return ALWAYS


class DeadlineRecord(NamedTuple):
    client_id: int
    given_names: str
    family_name: str
    key: str
    kind: str
    due: date
    title: str
    basis: str
    source_id: str | None
    source_title: str | None
    source_url: str | None
    source_confirmed: bool
    caveat: str | None
    cliff: bool
    tag: str | None
    state: str
    snoozed_until: date | None
    done_on: date | None
    messages: str | None  # JSON: title, basis and caveats as codes with parameters (None before 0011)


def _day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def as_date(value: date | str) -> date:
    """A NOT NULL date column's value: SQLite gives its ISO text, PostgreSQL a date."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def record(row) -> DeadlineRecord:
    (cid, given, family, key, kind, due, title, basis, sid, stitle, surl, sconf, caveat, cliff, tag, state,
     snoozed, done, messages) = row
    return DeadlineRecord(cid, given, family, key, kind, as_date(due), title, basis, sid, stitle, surl, bool(sconf),
                          caveat, bool(cliff), tag, state, _day(snoozed), _day(done), messages)


# An open deadline is one whose visible_from has come; done ones never show. So the open list
# needs no join with deadline_state: a row showing with a later-than-ALWAYS visible_from is
# one whose snooze has ended. Each row ends with its sort key (due, client, key).
_RECORD_COLUMNS = """
SELECT d.client_id, d.given_names, d.family_name, d."key", d.kind, d.due, d.title, d.basis, d.source_id,
       d.source_title, d.source_url, d.source_confirmed, d.caveat, d.cliff, d.tag,
       CASE WHEN d.visible_from = :always THEN 'open' ELSE 'snoozed' END,
       CASE WHEN d.visible_from = :always THEN NULL ELSE d.visible_from END,
       NULL, d.messages"""
_RECORD_ORDER = (6, 1, 4)


def client_deadlines_sql(client_id: int) -> tuple[str, dict]:
    """Every deadline of one client, handled ones included (its state, snooze and done day), by due
    date and key: ``record``'s input, on either path (``casedesk deadlines ID``, the client's view)."""
    return ("""
SELECT d.client_id, c.given_names, c.family_name, d."key", d.kind, d.due, d.title, d.basis, d.source_id,
       d.source_title, d.source_url, d.source_confirmed, d.caveat, d.cliff, d.tag, coalesce(s.state, 'open'),
       s.snoozed_until, s.done_on, d.messages
FROM deadline AS d JOIN client AS c ON c.id = d.client_id
LEFT JOIN deadline_state AS s ON s.client_id = d.client_id AND s."key" = d."key"
WHERE d.client_id = :client ORDER BY d.due, d."key"
""", {"client": client_id})


def quick_client_deadlines(conn: sqlite3.Connection, client_id: int) -> list[DeadlineRecord] | None:
    """``client_deadlines_sql``'s records from the SQLite file; None when there is no such client."""
    if conn.execute("SELECT 1 FROM client WHERE id = ?", (client_id,)).fetchone() is None:
        return None
    return [record(row) for row in conn.execute(*client_deadlines_sql(client_id))]


# `casedesk upcoming --json`'s shape of a stored deadline, declared once: each key in its order, with
# the SQL that makes it in SQLite (the quick path's answer is made there, in C: no Python object per
# field) and the function that makes it from a ``DeadlineRecord`` (the long path, any database).
# ``messages`` (JSON written by the services) comes first and is put in as it is, not parsed again.
_Value = Callable[[DeadlineRecord, date], Any]


def _key(name: str, sql: str | None = None, value: _Value | None = None) -> tuple[str, str, _Value]:
    """A key of the shape; by default the deadline table's column of that name, as it is stored."""
    return name, sql or f"d.{name}", value or (lambda r, today: getattr(r, name))


RECORD_JSON: tuple[tuple[str, str, _Value], ...] = (
    _key("client_id"), _key("given_names"), _key("family_name"), _key("key", 'd."key"'), _key("kind"),
    _key("due", value=lambda r, today: r.due.isoformat()),
    _key("days_left", "CAST(julianday(d.due) - julianday(:today) AS INTEGER)", lambda r, today: (r.due - today).days),
    _key("title"), _key("basis"), _key("caveat"),
    _key("cliff", "CASE WHEN d.cliff THEN json('true') ELSE json('false') END"),
    _key("tag"),
    _key("state", "CASE WHEN d.visible_from = :always THEN 'open' ELSE 'snoozed' END"),
    _key("source", "CASE WHEN d.source_id IS NULL THEN NULL ELSE json_object('id', d.source_id, 'title', "
                   "d.source_title, 'url', coalesce(d.source_url, '')) END",
         lambda r, today: {"id": r.source_id, "title": r.source_title, "url": r.source_url or ""} if r.source_id
         else None),
)


def record_json(r: DeadlineRecord, today: date) -> dict[str, Any]:
    """A stored deadline in `casedesk upcoming --json`'s shape (``RECORD_JSON``), made in Python."""
    out: dict[str, Any] = {"messages": None if r.messages is None else json.loads(r.messages)}
    for name, _sql, value in RECORD_JSON:
        out[name] = value(r, today)
    return out


# The same shape made by SQLite (julianday, json_object: SQLite only), one JSON text per row.
_JSON_COLUMNS = ("""
SELECT '{"messages":' || coalesce(d.messages, 'null') || ',' || substr(json_object("""
                 + ", ".join(f"'{name}', {sql}" for name, sql, _value in RECORD_JSON) + """), 2),
       d.due, d.client_id, d."key"
""")
_JSON_ORDER: tuple[int, ...] = (2, 3, 4)
_FROM = """
FROM deadline AS d"""
# Open deadlines in two ranges of the table's key (visible_from, due, ...): the open ones
# (visible_from = ALWAYS), already in due order and cut at the horizon by the key itself, and
# the few whose snooze has ended. SQLite merges the two in order, so nothing is sorted and no
# deadline due after the horizon is read.
_OPEN = " WHERE d.visible_from = :always AND d.due <= :horizon"
_SNOOZE_ENDED = " WHERE d.visible_from > :always AND d.visible_from <= :today AND d.due <= :horizon"


def upcoming_sql(today: date, horizon: date, kinds: Sequence[str] = (), tag: str | None = None,
                 since: date | None = None, newest_first: bool = False,
                 limit: int | None = None, as_json: bool = False) -> tuple[str, dict]:
    """Open deadlines due by ``horizon`` (overdue ones included unless ``since`` is given), soonest
    first or latest first (by due date, client, key): the SQL text with named parameters, and the
    parameters. Rows are ``record``'s input, or with ``as_json`` a JSON object each (SQLite) first."""
    params: dict = {"always": ALWAYS, "today": today, "horizon": horizon}
    filters = [_filters(kinds, tag, params)]
    if since is not None:
        filters.append(" AND d.due >= :since")
        params["since"] = since
    columns, order = (_JSON_COLUMNS, _JSON_ORDER) if as_json else (_RECORD_COLUMNS, _RECORD_ORDER)
    due, client, key = order
    sql = [columns, _FROM, _OPEN, *filters, " UNION ALL", columns, _FROM, _SNOOZE_ENDED, *filters,
           f" ORDER BY {due} {'DESC' if newest_first else 'ASC'}, {client}, {key}"]
    if limit is not None:
        sql.append(" LIMIT :limit")
        params["limit"] = limit
    return "".join(sql), params


# --- the morning view's buckets, each its own query -------------------------------------------

# Sort orders a bucket can be read in: the columns of ``_RECORD_COLUMNS`` (by position) to order by,
# each followed by the due date, client and key so the order is total (pages never overlap).
BUCKET_ORDERS = {"due": (6,), "client": (3, 2), "kind": (5,), "title": (7,), "basis": (8,)}
_TIE = (6, 1, 4)


class Range(NamedTuple):
    """``domain.morning.BucketRange`` as storage needs it (the status kinds spelled out)."""

    first: date | None
    last: date | None
    status_only: bool
    status_before: date | None


def _range_where(r: Range, n: int, status_kinds: Sequence[str], params: dict) -> str:
    """The bucket ``r`` as an SQL condition on ``d``; its parameters (suffixed ``n``) go to ``params``."""
    parts = []
    if r.first is not None:
        parts.append(f"d.due >= :first{n}")
        params[f"first{n}"] = r.first
    if r.last is not None:
        parts.append(f"d.due <= :last{n}")
        params[f"last{n}"] = r.last
    names = []
    for i, kind in enumerate(status_kinds):
        names.append(f":status{i}")
        params[f"status{i}"] = kind
    status = f"d.kind IN ({', '.join(names)})"
    if r.status_only:
        parts.append(status)
    if r.status_before is not None:
        parts.append(f"(d.due >= :before{n} OR NOT {status})")
        params[f"before{n}"] = r.status_before
    return " AND ".join(parts) or "1 = 1"


def _filters(kinds: Sequence[str], tag: str | None, params: dict) -> str:
    out = []
    if kinds:
        names = [f"kind{i}" for i in range(len(kinds))]
        out.append(f" AND d.kind IN ({', '.join(':' + n for n in names)})")
        params.update(zip(names, kinds))
    if tag:
        out.append(" AND d.tag = :tag")
        params["tag"] = tag
    return "".join(out)


def bucket_sql(today: date, r: Range, status_kinds: Sequence[str], kinds: Sequence[str] = (),
               tag: str | None = None, order: str = "due", descending: bool = False,
               limit: int | None = None, offset: int = 0, as_json: bool = False) -> tuple[str, dict]:
    """One bucket's open deadlines, complete and sorted by ``order`` (a ``BUCKET_ORDERS`` key) in the
    database, a page at a time with ``limit`` and ``offset``. Rows are ``record``'s input, or with
    ``as_json`` (due order only) one JSON text each. As ``upcoming_sql``: the open ones and those whose
    snooze has ended are two ranges of the table's key, merged in due order without a sort."""
    params: dict = {"always": ALWAYS, "today": today}
    where = " AND " + _range_where(r, 0, status_kinds, params) + _filters(kinds, tag, params)
    if as_json:
        if order != "due":
            raise ValueError("bucket_sql: JSON rows come in due order only")
        columns, positions = _JSON_COLUMNS, tuple(_JSON_ORDER)
    else:
        columns, positions = _RECORD_COLUMNS, BUCKET_ORDERS[order] + _TIE
    direction = " DESC" if descending else ""
    keys = ", ".join(f"{p}{direction if i < (1 if as_json else len(BUCKET_ORDERS[order])) else ''}"
                     for i, p in enumerate(positions))
    sql = [columns, _FROM, " WHERE d.visible_from = :always", where, " UNION ALL", columns, _FROM,
           " WHERE d.visible_from > :always AND d.visible_from <= :today", where, f" ORDER BY {keys}"]
    if limit is not None:
        sql.append(" LIMIT :limit OFFSET :offset")
        params["limit"], params["offset"] = limit, offset
    return "".join(sql), params


def bucket_counts_sql(today: date, ranges: Sequence[Range], status_kinds: Sequence[str],
                      kinds: Sequence[str] = (), tag: str | None = None) -> tuple[str, dict]:
    """How many open deadlines each bucket holds: per bucket, a count of two ranges of the open-deadline
    index (the open ones, then those whose snooze has ended), each read from the index alone. (One pass
    over every open deadline testing every bucket took 125 ms at 100,000 clients, the ranges half; one
    pass over the past testing the past buckets, more than either.)"""
    params: dict = {"always": ALWAYS, "today": today}
    filters = _filters(kinds, tag, params)
    counts = []
    for n, r in enumerate(ranges):
        where = _range_where(r, n, status_kinds, params) + filters
        counts.append(f"(SELECT count(*) FROM deadline AS d WHERE d.visible_from = :always AND {where}) + "
                      f"(SELECT count(*) FROM deadline AS d WHERE d.visible_from > :always "
                      f"AND d.visible_from <= :today AND {where})")
    return "SELECT " + ", ".join(counts), params


def quick_bucket(conn: sqlite3.Connection, today: date, r: Range, status_kinds: Sequence[str],
                 kinds: Sequence[str] = (), tag: str | None = None, limit: int | None = None):
    """``bucket_sql``'s records from the SQLite file, one at a time (constant memory)."""
    for row in conn.execute(*_iso(bucket_sql(today, r, status_kinds, kinds, tag, limit=limit))):
        yield record(row)


def quick_bucket_json(conn: sqlite3.Connection, today: date, r: Range, status_kinds: Sequence[str],
                      kinds: Sequence[str] = (), tag: str | None = None, limit: int | None = None):
    """``bucket_sql``'s rows as UTF-8 JSON texts straight from SQLite, one at a time."""
    factory = conn.text_factory
    conn.text_factory = bytes
    try:
        for row in conn.execute(*_iso(bucket_sql(today, r, status_kinds, kinds, tag, limit=limit, as_json=True))):
            yield row[0]
    finally:
        conn.text_factory = factory


# --- the quick path: the SQLite file, standard library only -----------------------------------

def open_quick(path: Path) -> sqlite3.Connection | None:
    """The SQLite caseload at ``path`` for reading, or None when the quick path cannot be used
    (no file yet, not a plain SQLite database, a schema other than ``HEAD``)."""
    if not path.is_file() or journal_for(path).exists():  # an interrupted conversion: the long way resumes it
        return None
    try:
        with open(path, "rb") as stream:
            if stream.read(16) != b"SQLite format 3\x00":
                return None  # encrypted, or not a database: the long way explains
        conn = sqlite3.connect(path, isolation_level=None)
    except OSError:
        return None
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        # No memory map: its pages count as the process's memory (195 MB for one pass over 100,000 clients'
        # deadlines, where reading them costs 15 MB and about the same time).
        conn.execute("PRAGMA temp_store = MEMORY")  # the ORDER BY sorts in memory, not in a temporary file
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        conn.close()
        return None
    if revision is None or revision[0] != HEAD:
        conn.close()
        return None
    return conn


class CaseloadRow(NamedTuple):
    """A caseload row: declared here, without SQLAlchemy, so the quick path (``quick_caseload``) and
    ``storage.clients`` give the same rows."""

    id: int
    given_names: str
    family_name: str
    country: str | None
    status: str
    status_expiry: date | None
    next_deadline: date | None
    updated_at: datetime
    best_pathway: str | None
    best_verdict: str | None
    version: int = 0  # the row version an edit must name (``update --if-version``)


# --- the caseload search, one definition for both paths ------------------------------------

# The trigram index of the search key (migration 0017, SQLite only): substring matches of this many
# characters or more are answered from it; shorter terms (and other databases) use LIKE.
SEARCH_INDEX = "client_search"
TRIGRAM = 3


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _indexed_terms(terms: Sequence[str], indexed: bool) -> list[str]:
    return [t for t in terms if indexed and len(t) >= TRIGRAM]


def _match(long: Sequence[str]) -> str:
    # Each term a quoted phrase: its trigrams in order, i.e. the substring (quotes doubled inside).
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in long)


def search_condition(terms: Sequence[str], indexed: bool, walk_order: bool = False) -> tuple[str, dict[str, str]]:
    """An SQL condition on the client table (unqualified columns, named parameters) that holds for the
    clients whose folded search key contains every term: through the trigram index (``indexed``: the
    SQLite file has it) for terms of ``TRIGRAM`` characters or more, else with LIKE. ("", {}) with
    no terms. ``walk_order``: many clients match, so the query should walk the sort column's index
    and test each client, rather than fetch every match by id and sort them (``+id`` keeps the
    planner from the latter)."""
    params: dict[str, str] = {}
    parts = []
    long = _indexed_terms(terms, indexed)
    if long:
        params["fts"] = _match(long)
        parts.append(f"{'+' if walk_order else ''}id IN (SELECT rowid FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} "
                     "MATCH :fts)")
    for i, t in enumerate(t for t in terms if t not in long):
        params[f"like{i}"] = _like(t)
        parts.append(f"search_key LIKE :like{i} ESCAPE '\\'")
    return " AND ".join(parts), params


def search_count(terms: Sequence[str], indexed: bool) -> tuple[str, dict[str, str]]:
    """How many clients ``search_condition`` holds for: from the trigram index alone when it answers
    every term (it counts its matches without reading a client row)."""
    long = _indexed_terms(terms, indexed)
    if long and len(long) == len(terms):
        return f"SELECT count(*) FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH :fts", {"fts": _match(long)}
    where, params = search_condition(terms, indexed)
    return "SELECT count(*) FROM client" + (f" WHERE {where}" if where else ""), params


def has_search_index(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (SEARCH_INDEX,)).fetchone() is not None


def quick_caseload(conn: sqlite3.Connection, terms: Sequence[str], limit: int | None = None) -> list[CaseloadRow]:
    """The clients whose search key holds every folded term, by name (``storage.clients.search``'s
    order: sort name, then id), read with the standard library alone (``casedesk list``)."""
    where, params = search_condition(terms, has_search_index(conn))
    sql = ("SELECT id, given_names, family_name, country, status_summary, status_expiry, next_deadline, updated_at, "
           "best_pathway, best_verdict, version_id FROM client" + (f" WHERE {where}" if where else "")
           + " ORDER BY sort_name, id")
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit  # type: ignore[assignment]
    return [CaseloadRow(cid, given, family, country, status, _day(expiry), _day(next_due),
                        datetime.fromisoformat(updated), pathway, verdict, version)
            for cid, given, family, country, status, expiry, next_due, updated, pathway, verdict, version
            in conn.execute(sql, params)]


def setting(conn: sqlite3.Connection, key: str):
    """A stored setting's value (settings are kept as JSON), or None."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else json.loads(row[0])


def quick_stale_from(conn: sqlite3.Connection) -> dict[str, date] | None:
    """The days the stored deadlines' facts may first be stale (``DEADLINES_STALE_KEY``), if they come from
    the policy data the deadlines were computed with; None: not stored, or not of that version (a
    CaseDesk that did not store them computed the deadlines since), or not readable."""
    try:
        stored = setting(conn, DEADLINES_STALE_KEY)
    except ValueError:
        return None
    if not isinstance(stored, dict) or stored.get("policy_version") != setting(conn, DEADLINES_POLICY_KEY):
        return None
    days = stored.get("days")
    if not isinstance(days, dict):
        return None
    try:
        return {i: date.fromisoformat(day) for i, day in days.items()}
    except (TypeError, ValueError):  # not days
        return None


def quick_upcoming(conn: sqlite3.Connection, today: date, horizon: date, kinds: Sequence[str] = (),
                   tag: str | None = None) -> list[DeadlineRecord]:
    return [record(r) for r in conn.execute(*_iso(upcoming_sql(today, horizon, kinds, tag)))]


def quick_upcoming_json(conn: sqlite3.Connection, today: date, horizon: date, kinds: Sequence[str] = (),
                        tag: str | None = None) -> bytes:
    """The same list as ``casedesk upcoming --json`` prints it: a JSON array, soonest first, as
    UTF-8 bytes straight from SQLite (decoding tens of thousands of objects to str, joining them
    and encoding them again took longer than the query)."""
    factory = conn.text_factory
    conn.text_factory = bytes
    try:
        rows = conn.execute(*_iso(upcoming_sql(today, horizon, kinds, tag, as_json=True)))
        return b"[" + b", ".join(r[0] for r in rows) + b"]"
    finally:
        conn.text_factory = factory


def _iso(query: tuple[str, dict]) -> tuple[str, dict]:
    # Dates are stored as ISO text; pass them so (the sqlite3 date adapter is deprecated).
    sql, params = query
    return sql, {k: v.isoformat() if isinstance(v, date) else v for k, v in params.items()}


def quick_policy_update(path: Path) -> tuple[str, date, str] | None | Literal[False]:
    """The newest active policy update stored in the SQLite file at ``path`` (version, published, JSON
    document), None when there is none (or no file yet), or False when this cannot be read here
    (encrypted, not SQLite, busy): then the long way must answer."""
    if not path.exists():
        return None
    if journal_for(path).exists():
        return False  # an interrupted conversion: the long way resumes it first
    try:
        with open(path, "rb") as stream:
            if stream.read(16) != b"SQLite format 3\x00":
                return False
        conn = sqlite3.connect(path, isolation_level=None)
    except (OSError, sqlite3.Error):
        return False
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'policy_update'").fetchone() \
                is None:
            return None  # a schema from before updates could be stored
        row = conn.execute("SELECT version, published, document FROM policy_update WHERE action = 'load' "
                           "AND active AND document IS NOT NULL AND published IS NOT NULL "
                           "ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return None if row is None else (row[0], date.fromisoformat(row[1]), row[2])
