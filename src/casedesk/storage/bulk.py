"""Many rows written in one ``executemany`` on the database driver's own cursor.

SQLAlchemy's executemany processes every parameter of every row in Python (type processors,
compiled-parameter dictionaries): at 100,000 clients that was a fifth of an import and a large
part of rewriting the deadlines. Here each row becomes a tuple once, with values already in the
form the driver stores (the same SQLAlchemy would have written: JSON text; on SQLite, dates and
times as its ISO text), and goes to the driver as it is. The one place the ORM is bypassed for
writing; the SQL is plain and the placeholders follow the driver's paramstyle, so any database works.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Table
from sqlalchemy.orm import Session


@functools.lru_cache(maxsize=16)  # a batch stamps every row with the same moment
def _sqlite_datetime(value: datetime | None) -> str | None:
    # SQLAlchemy's SQLite DATETIME storage format (microseconds always written).
    return None if value is None else f"{value:%Y-%m-%d %H:%M:%S}.{value.microsecond:06d}"


def _sqlite_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


class EncodedJSON(str):
    """A JSON column's value already in its stored text (made in a worker process: see ``encoded_json``)."""


def encoded_json(value: Any) -> EncodedJSON:
    """``value`` as a JSON column stores it, made ahead of the write (the same text ``insert`` would write)."""
    return EncodedJSON(json.dumps(value))


# Compact JSON text (no spaces, non-ASCII kept) from one encoder made once: json.dumps with these options
# makes a new one at every call, and deadline codes and audit rows are written by the thousand.
compact_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _json(value: Any) -> str | None:
    if isinstance(value, EncodedJSON):
        return str(value)
    return None if value is None else json.dumps(value)


def _converter(column, sqlite: bool) -> Callable[[Any], Any] | None:
    if isinstance(column.type, JSON):
        return _json
    if sqlite and isinstance(column.type, DateTime):
        return _sqlite_datetime
    if sqlite and isinstance(column.type, Date):
        return _sqlite_date
    return None


def _marks(session: Session, count: int) -> str:
    style = session.get_bind().dialect.paramstyle
    mark = "?" if style == "qmark" else "%s" if style in ("format", "pyformat") else None
    if mark is None:  # numeric styles (":1"): not used by the drivers CaseDesk supports
        return ", ".join(f":{i + 1}" for i in range(count))
    return ", ".join([mark] * count)


def _quoted(session: Session, name: str) -> str:
    return session.get_bind().dialect.identifier_preparer.quote(name)


def _tuples(session: Session, table: Table, names: Sequence[str], rows: Sequence[dict[str, Any]]) -> list[tuple]:
    sqlite = session.get_bind().dialect.name == "sqlite"
    convert = [(i, f) for i, f in enumerate(_converter(table.c[name], sqlite) for name in names) if f is not None]
    if len(names) < 2:  # an itemgetter of one name gives the value, not a tuple
        fs = [dict(convert).get(i) for i in range(len(names))]
        return [tuple(row[n] if f is None else f(row[n]) for n, f in zip(names, fs)) for row in rows]
    get = itemgetter(*names)  # the values in one call per row; then only the columns that need it converted
    if not convert:
        return [get(row) for row in rows]
    out = []
    for row in rows:
        values = list(get(row))
        for i, f in convert:
            values[i] = f(values[i])
        out.append(tuple(values))
    return out


def stored_form(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> tuple[list[str], list[tuple]]:
    """The column names and the rows as the driver is given them (``insert`` writes exactly these): a
    column left out of the rows gets its scalar Python default, as SQLAlchemy would give it."""
    names = list(rows[0]) if rows else []
    defaults = {c.name: c.default.arg for c in table.columns  # type: ignore[attr-defined]  # a ScalarElementColumnDefault
                if rows and c.name not in rows[0] and c.default is not None and c.default.is_scalar}
    if defaults:
        rows = [row | defaults for row in rows]
        names += list(defaults)
    return names, _tuples(session, table, names, rows)


def insert(session: Session, table: Table, rows: Sequence[dict[str, Any]],
           prepared: tuple[list[str], list[tuple]] | None = None) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table``, or the ``prepared`` ``stored_form``;
    a column left out gets its scalar Python default, or the database's default."""
    names, tuples = prepared if prepared is not None else stored_form(session, table, rows)
    if not tuples:
        return
    sql = (f"INSERT INTO {_quoted(session, table.name)} ({', '.join(_quoted(session, n) for n in names)}) "
           f"VALUES ({_marks(session, len(names))})")
    session.connection().exec_driver_sql(sql, tuples)


def select_where_in(session: Session, table: Table, names: Sequence[str], column: str,
                    values: Sequence[Any]) -> list[tuple]:
    """The ``names`` columns of the rows whose ``column`` is one of ``values``, as the driver gives them
    (the form ``stored_form`` makes, to compare what is stored with what would be written)."""
    if not values:
        return []
    sql = (f"SELECT {', '.join(_quoted(session, n) for n in names)} FROM {_quoted(session, table.name)} "
           f"WHERE {_quoted(session, column)} IN ({_marks(session, len(values))})")
    return list(session.connection().exec_driver_sql(sql, tuple(values)))


def update(session: Session, table: Table, keys: Sequence[str], rows: Sequence[dict[str, Any]]) -> None:
    """Set the other columns of each row where its ``keys`` columns match (one statement, many rows)."""
    if not rows:
        return
    values = [n for n in rows[0] if n not in keys]
    names = values + list(keys)
    sets = ", ".join(f"{_quoted(session, n)} = {_marks(session, 1)}" for n in values)
    where = " AND ".join(f"{_quoted(session, n)} = {_marks(session, 1)}" for n in keys)
    sql = f"UPDATE {_quoted(session, table.name)} SET {sets} WHERE {where}"
    session.connection().exec_driver_sql(sql, _tuples(session, table, names, rows))


def json_by_id(session: Session, table: Table, column: str, ids: Sequence[int], *,
               decode: bool = True) -> list[tuple[int, Any]]:
    """``(id, decoded JSON of column)`` of these rows, read on the driver's cursor (no per-row result
    processing); drivers that decode JSON themselves (PostgreSQL's) hand back the value as it is.
    ``decode`` False: the text as stored, where the driver gives text."""
    if not ids:
        return []
    sql = (f"SELECT id, {_quoted(session, column)} FROM {_quoted(session, table.name)} "
           f"WHERE id IN ({_marks(session, len(ids))})")
    rows = session.connection().exec_driver_sql(sql, tuple(ids))
    if not decode:
        return [(cid, value) for cid, value in rows]
    return [(cid, json.loads(value) if isinstance(value, str | bytes) else value) for cid, value in rows]
