"""Case files as JSON Lines, each line a client's case file as stored: the one definition of what
``export`` writes for a ``.jsonl`` file, whether the services read the documents (any database) or
the quick path reads the SQLite file with the standard library alone (no SQLAlchemy to load).

The stored text is what ``domain.casefile`` wrote (``json.dumps``: non-ASCII characters as ``\\u``
escapes); it is written out as it is, so an export of the whole caseload costs about what reading
it does. Standard library only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..atomic import atomic_write

SUFFIXES = (".jsonl", ".ndjson")


def is_lines(path: Path) -> bool:
    """Whether a case file by this name is JSON Lines (else one object, or an array)."""
    return Path(path).suffix.lower() in SUFFIXES


def write_lines(path: Path, texts: Iterable[str]) -> None:
    """One stored case file per line; to a private temporary file, then renamed (nothing is left
    behind if ``texts`` fails: an unknown client, say)."""
    with atomic_write(Path(path), "w", encoding="utf-8") as out:
        for text in texts:
            out.write(text)
            out.write("\n")


def quick_case_files(conn: sqlite3.Connection, ids: Sequence[int] | None,
                     versions: dict[int, int]) -> Iterator[str] | None:
    """The stored case files of ``ids`` in their order (None: every client, by id) from the SQLite file,
    each client's version put in ``versions``; None when a client does not exist (the long way names
    it). Read in one transaction: one snapshot, whatever writes meanwhile."""
    conn.execute("BEGIN")
    if ids is None:
        rows = conn.execute("SELECT id, version_id, case_json FROM client ORDER BY id")
        return _read(conn, ((cid, version, doc) for cid, version, doc in rows), versions)
    found: dict[int, tuple[int, str]] = {}
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), 500):
        chunk = unique[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        found.update((cid, (version, doc)) for cid, version, doc in conn.execute(
            f"SELECT id, version_id, case_json FROM client WHERE id IN ({marks})", chunk))
    if len(found) < len(unique):
        conn.execute("COMMIT")
        return None
    return _read(conn, ((cid, *found[cid]) for cid in ids), versions)


def _read(conn: sqlite3.Connection, rows: Iterable[tuple[int, int, str]], versions: dict[int, int]) -> Iterator[str]:
    try:
        for cid, version, doc in rows:
            versions[cid] = version
            yield doc
    finally:
        conn.execute("COMMIT")
