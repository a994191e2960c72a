"""A new SQLite caseload made from its schema at head in one transaction, not by replaying every migration.

Replaying the migrations into an empty file, then the VACUUM that gives back the pages of the tables
0010 drops, and loading Alembic to do it, cost every new caseload (a first start, an import into a new
folder) about a third of a second. ``fresh.json`` holds what those migrations leave in an empty database:
each schema statement in the order SQLite keeps them, and the rows they insert. ``scripts/fresh-schema``
writes it from the migrations, a test keeps the two the same statement for statement and row for row,
and the file names the revision it was made at: a database is made from it only at that revision (else
the migrations run, as before). A server's database is always made by the migrations.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FILE = Path(__file__).with_name("migrations") / "fresh.json"


def describe(conn: Any) -> dict[str, Any]:
    """What an open DB-API connection's database holds besides client data: its revision, its schema
    statements (a full-text table's shadow tables left out: it makes them itself) and its rows."""
    master = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
    virtual = [name for kind, name, sql in master if sql.upper().startswith("CREATE VIRTUAL TABLE")]

    def shadow(kind: str, name: str) -> bool:
        return kind == "table" and any(name.startswith(v + "_") for v in virtual)

    ordinary = [name for kind, name, sql in master if kind == "table" and name not in virtual
                and not shadow(kind, name)]
    rows = {name: sorted((list(r) for r in conn.execute(f'SELECT * FROM "{name}"')), key=repr) for name in ordinary}
    return {"revision": conn.execute("SELECT version_num FROM alembic_version").fetchone()[0],
            "schema": [sql for kind, name, sql in sorted(master, key=_creation_order) if not shadow(kind, name)],
            "rows": {name: r for name, r in rows.items() if r}}


def _creation_order(entry: tuple[str, str, str]) -> tuple[int, str]:
    # Tables first, as SQLite keeps them; then indexes by name (a migration that rebuilds a table makes
    # its indexes in no set order); then triggers and views.
    kind, name, _ = entry
    return {"table": 0, "index": 1}.get(kind, 2), name if kind == "index" else ""


def load() -> dict[str, Any] | None:
    try:
        return json.loads(FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # an install without it: the migrations make the database
        return None


def create(conn: Any, revision: str) -> bool:
    """Make the schema at ``revision`` in the empty database of ``conn`` (a DB-API connection in
    autocommit mode), in one transaction. False, changing nothing, when ``fresh.json`` is not at that
    revision or the database is not empty (another process made it meanwhile)."""
    fresh = load()
    if fresh is None or fresh.get("revision") != revision:
        return False
    conn.execute("BEGIN IMMEDIATE")  # a second process starting now waits, then finds the tables
    try:
        if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            conn.execute("ROLLBACK")
            return False
        for sql in fresh["schema"]:
            conn.execute(sql)
        for table, rows in fresh["rows"].items():
            marks = ", ".join("?" for _ in rows[0])
            conn.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite has rolled back already after a full disk or an I/O error
            conn.execute("ROLLBACK")
        raise
    return True


def write() -> None:
    """Write ``fresh.json`` from an empty database migrated to head (``scripts/fresh-schema``)."""
    import sqlite3
    import tempfile
    from contextlib import closing

    from .database import migrate_empty

    with tempfile.TemporaryDirectory(prefix="casedesk-fresh-") as folder:
        path = Path(folder) / "fresh.sqlite3"
        migrate_empty(path)
        with closing(sqlite3.connect(path)) as conn:
            FILE.write_text(json.dumps(describe(conn), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
