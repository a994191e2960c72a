"""Is a SQLite file's schema exactly what its schema version should be?

A restored backup brings back whatever its ``sqlite_master`` holds: a crafted one could drop the
audit trail's triggers, or add a trigger that copies client rows elsewhere or erases new audit rows,
and still pass an integrity check. So the file's tables (columns, keys), indexes, triggers and views
are compared with those of an empty database at the same revision (made once per process: in memory
from ``fresh.json`` at the revision it holds, which a test keeps identical to what the migrations make;
at another, in a temporary folder by the migration scripts themselves; a caseload upgraded step by step
went through those very scripts). Tables are compared by their columns, not by their SQL text,
since an upgraded table's text carries its history (quoted names after a rename, appended columns);
triggers and views, which only migrations create, must be the same text (whitespace aside).
"""

from __future__ import annotations

import functools
import re
import tempfile
from contextlib import closing
from pathlib import Path
from typing import Any

Shape = dict[str, dict[str, Any]]  # kind ("table", "index", "trigger", "view") -> name -> its description

_SPACE = re.compile(r"\s+")


def _text(sql: str | None) -> str:
    return _SPACE.sub(" ", sql or "").strip()


def shape(conn: Any, schema: str = "main") -> Shape:
    """The schema of an open DB-API connection's database, as comparable data."""
    out: Shape = {"table": {}, "index": {}, "trigger": {}, "view": {}}
    rows = conn.execute(f'SELECT type, name, tbl_name, sql FROM "{schema}".sqlite_master').fetchall()
    for kind, name, table, sql in rows:
        if name.startswith("sqlite_"):  # SQLite's own (autoindexes, sequence, statistics)
            continue
        if kind == "table":
            columns = conn.execute(f'PRAGMA "{schema}".table_info("{name}")').fetchall()
            keys = conn.execute(f'PRAGMA "{schema}".foreign_key_list("{name}")').fetchall()
            out["table"][name] = {
                "columns": sorted((c[1], str(c[2]).upper(), bool(c[3]), _text(c[4]), c[5]) for c in columns),
                "foreign_keys": sorted((k[2], k[3], k[4], k[5], k[6]) for k in keys),
                "without_rowid": "WITHOUT ROWID" in _text(sql).upper(),
            }
        elif kind == "index":
            info = conn.execute(f'PRAGMA "{schema}".index_xinfo("{name}")').fetchall()
            out["index"][name] = {"table": table, "columns": [(i[2], i[3]) for i in info if i[5]],
                                  "unique": "UNIQUE" in _text(sql).upper().split("(")[0]}
        else:
            out.setdefault(kind, {})[name] = {"table": table, "sql": _text(sql)}
    return out


@functools.cache
def expected(revision: str) -> Shape:
    """The schema an empty database migrated to ``revision`` has (cached for the process)."""
    import sqlite3

    from . import freshschema
    from .database import migrate_empty

    # A restore, or the check of the open caseload, at head loads no Alembic nor runs a migration (0.19 s)
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as conn:
        if freshschema.create(conn, revision):
            return shape(conn)
    with tempfile.TemporaryDirectory(prefix="casedesk-schema-") as folder:
        path = Path(folder) / "expected.sqlite3"
        migrate_empty(path, revision)
        with closing(sqlite3.connect(path)) as conn:
            return shape(conn)


_KIND_WORDS = {"table": "table", "index": "index", "trigger": "trigger", "view": "view"}


def differences(actual: Shape, wanted: Shape, revision: str) -> list[str]:
    """What differs, in English, most telling first (triggers, views, tables, then indexes)."""
    found: list[str] = []
    for kind in ("trigger", "view", "table", "index"):
        have, want = actual.get(kind, {}), wanted.get(kind, {})
        word = _KIND_WORDS[kind]
        for name in sorted(want.keys() - have.keys()):
            what = " (the audit trail's protection)" if name.startswith("audit_no_") else ""
            found.append(f"{word} {name} is missing{what}")
        for name in sorted(have.keys() - want.keys()):
            on = have[name].get("table")
            found.append(f"an extra {word} {name}" + (f" on {on}" if on and on != name else "")
                         + f" that schema {revision} does not have")
        for name in sorted(have.keys() & want.keys()):
            if have[name] != want[name]:
                found.append(f"{word} {name} differs from schema {revision}'s")
    return found


def check(conn: Any, revision: str, schema: str = "main") -> list[str]:
    """The differences between the database on ``conn`` and schema ``revision`` ([] when it is exact)."""
    return differences(shape(conn, schema), expected(revision), revision)


__all__ = ["Shape", "check", "differences", "expected", "shape"]
