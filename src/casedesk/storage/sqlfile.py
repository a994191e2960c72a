"""SQLite files, plain or encrypted with SQLCipher: connecting, copying, converting, wiping.

One ``connect_file`` for every place that opens a database file directly (backups, restore,
checks, the backup service's watch connection): with no key it is the standard library's
``sqlite3``, exactly as before; with a key it is ``sqlcipher3`` given the raw key.

Converting between plain and encrypted is SQLCipher's documented way, ``ATTACH … KEY`` and
``sqlcipher_export()``, into a new file that is checked (integrity; every table's row count, and
the schema with its triggers, against the source) before it replaces the old one in a single
rename. The old file's bytes are then overwritten with zeros (``replace_and_wipe``); that is best
effort: SSDs, copy-on-write file systems and snapshots may keep old blocks, which only full-disk
encryption covers.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from ..atomic import fsync_dir, fsync_file
from .errors import NotADatabase, StorageError
from .keys import WrongPassphrase, sqlcipher_key_pragma

try:
    from sqlcipher3 import dbapi2 as sqlcipher
except ImportError:  # pragma: no cover - a dependency; only encrypted caseloads need it
    sqlcipher = None

log = logging.getLogger(__name__)

PLAIN_HEADER = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm", "-journal")
# Errors of either driver (sqlcipher3's classes do not derive from sqlite3's).
SQLITE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,) + ((sqlcipher.Error,) if sqlcipher else ())


class DatabaseInUse(StorageError):
    pass


def sqlcipher_module():
    """The SQLCipher DB-API module (``sqlcipher3.dbapi2``); a clear error if it is not installed."""
    if sqlcipher is None:
        raise StorageError("this CaseDesk was installed without SQLCipher (the sqlcipher3 package), "
                           "so it cannot read encrypted caseloads")
    return sqlcipher


def is_encrypted_file(path: Path) -> bool:
    """True if ``path`` holds something that is not a plain SQLite database (an empty or missing
    file is a new plain one). SQLCipher leaves no recognisable header: anything else counts."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return False
    return bool(head) and head != PLAIN_HEADER


def read_only_uri(path: Path, immutable: bool = False) -> str:
    # as_uri escapes '#', '?' and '%', which are legal in folder names ("Clients #2").
    return Path(path).resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def connect_file(path: Path | str, key: bytes | None = None, *, read_only: bool = False,
                 immutable: bool = False, **kwargs: Any) -> sqlite3.Connection:
    """A DB-API connection to the SQLite file ``path``: stdlib ``sqlite3`` when ``key`` is None,
    else SQLCipher keyed with the raw data key (set before anything is read; sqlcipher3's
    connection has the same interface, hence the one return type)."""
    target, uri = (read_only_uri(Path(path), immutable), True) if read_only else (str(path), False)
    if key is None:
        return sqlite3.connect(target, uri=uri, **kwargs)
    driver = sqlcipher_module()
    conn = driver.connect(target, uri=uri, **kwargs)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # no "hmac check failed" lines on stderr
        conn.execute(sqlcipher_key_pragma(key))
    except BaseException:
        conn.close()
        raise
    return conn


def probe(path: Path, key: bytes | None) -> None:
    """Read the schema with ``key`` without writing anything; a wrong key raises WrongPassphrase."""
    try:
        with closing(connect_file(path, key, read_only=True)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except SQLITE_ERRORS as exc:
        if key is not None and "not a database" in str(exc):
            raise WrongPassphrase("this key does not open the caseload (wrong passphrase or recovery key); "
                                  "nothing was changed") from None
        raise NotADatabase(f"{path}: cannot be opened as a CaseDesk database ({exc})") from None


def table_counts(conn) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def schema(conn) -> list[tuple]:
    """Every table, index, view and trigger with its SQL (the audit trail's triggers must survive)."""
    return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(),
                  key=lambda row: tuple("" if v is None else str(v) for v in row))


def check_file(path: Path, key: bytes | None) -> dict[str, int]:
    """``integrity_check`` (and SQLCipher's page-HMAC check when encrypted); the row count of
    every table. Raises StorageError if anything is wrong."""
    with closing(connect_file(path, key, read_only=True)) as conn:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            raise StorageError(f"{Path(path).name}: integrity check failed ({'; '.join(result[:3])})")
        if key is not None:
            bad = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            if bad:
                raise StorageError(f"{Path(path).name}: encrypted pages failed their check ({'; '.join(bad[:3])})")
        return table_counts(conn)


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def export_file(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None, *,
                exclusive: bool = False, then: Callable[[], None] | None = None) -> dict[str, int]:
    """Copy the database ``source`` into the new file ``target`` under another key (None: plain),
    with ``sqlcipher_export``; check the copy and return its table counts.

    ``exclusive``: first make sure no other connection has ``source`` open (it is about to be
    replaced) and fold its WAL into the file; ``DatabaseInUse`` if another CaseDesk has it open.
    ``then`` runs once the copy is checked, while that lock is still held (on Windows, where an
    open file cannot be renamed over, just after): the moment to put the copy in place.
    """
    driver = sqlcipher_module()
    target = Path(target)
    try:
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)  # private from the start
    except FileExistsError:
        raise StorageError(f"{target}: already exists") from None
    os.close(fd)
    try:
        with closing(driver.connect(str(source), isolation_level=None, timeout=1.0)) as conn:
            conn.execute("PRAGMA cipher_log_level = NONE")
            if source_key is not None:
                conn.execute(sqlcipher_key_pragma(source_key))
            if exclusive:
                _take_exclusive(conn)
            before, shape = table_counts(conn), schema(conn)
            key_sql = "''" if target_key is None else f"\"x'{target_key.hex()}'\""
            conn.execute(f"ATTACH DATABASE {_sql_string(str(target))} AS converted KEY {key_sql}")
            try:
                conn.execute("SELECT sqlcipher_export('converted')")
                version = conn.execute("PRAGMA main.user_version").fetchone()[0]
                conn.execute(f"PRAGMA converted.user_version = {int(version)}")
                if source_key != target_key:  # the audit chain's key comes from the data key: re-link it
                    from .auditchain import reseal_file

                    conn.execute("BEGIN")
                    reseal_file(conn, "converted", source_key, target_key)
                    conn.execute("COMMIT")
            finally:
                conn.execute("DETACH DATABASE converted")
            after = check_file(target, target_key)
            with closing(connect_file(target, target_key, read_only=True)) as copy:
                same_shape = schema(copy) == shape
            if after != before or not same_shape:
                raise StorageError(f"{target.name}: the converted copy does not hold the same rows; "
                                   "nothing was changed")
            fsync_file(target)
            if then is not None and os.name == "posix":
                then()
                then = None
        if then is not None:  # pragma: no cover - Windows
            then()
        return after
    except SQLITE_ERRORS as exc:  # disk full, an unreadable source: the environment's fault, said plainly
        remove_with_sidecars(target)
        raise StorageError(f"could not convert {Path(source).name}: {exc}; nothing was changed") from None
    except BaseException:
        remove_with_sidecars(target)
        raise


def _take_exclusive(conn) -> None:
    """Take and keep an exclusive lock (refused while another process has the file open: its
    connections hold the WAL's shared-memory lock), fold the WAL into the file and leave WAL
    mode, so nothing writes to the file while it is copied and replaced.

    Within one process, locks taken through another SQLite library (the standard library's, for a
    plain caseload) are not seen: POSIX locks never conflict inside a process. So the caller closes
    its own connections first (``Database.engine.dispose``, ``BackupService.close``).
    """
    in_use = DatabaseInUse("the caseload is open in another CaseDesk window or command; close it and try again")
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except SQLITE_ERRORS as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise in_use from None
        raise
    if str(mode).lower() != "delete":
        raise in_use


def replace_and_wipe(new: Path, target: Path) -> None:
    """Put ``new`` in place of ``target`` in one rename, then overwrite the replaced bytes with zeros.

    POSIX: the old file is held open across the rename and zeroed through that handle, so there
    is no moment without a file at ``target``. Windows cannot rename over an open file, so there
    the old bytes are renamed aside, then zeroed and removed.
    """
    new, target = Path(new), Path(target)
    if os.name == "posix":
        try:
            fd = os.open(target, os.O_RDWR)
        except FileNotFoundError:
            fd = None
        try:
            os.replace(new, target)
            try:  # the swap is made: what follows is best effort and must not undo its report
                fsync_dir(target.parent)
                if fd is not None:
                    _zero_fd(fd)
                    # Give the old pages back here: the last close of the old file (SQLite's, which holds
                    # Python's interpreter lock) would otherwise free them, ~0.3 s at 1.3 GB.
                    os.ftruncate(fd, 0)
            except OSError as exc:
                log.warning("the replaced file could not be zeroed (%s)", type(exc).__name__)
        finally:
            if fd is not None:
                os.close(fd)
    else:  # pragma: no cover - Windows
        aside = target.with_name(f".{target.name}.old")
        if target.exists():
            os.replace(target, aside)
        os.replace(new, target)
        wipe_file(aside)
    for sidecar in SIDECARS:  # a stale -wal/-shm must never be applied to the new file
        Path(str(target) + sidecar).unlink(missing_ok=True)


def wipe_file(path: Path) -> None:
    """Overwrite ``path`` with zeros, then delete it (best effort, see the module docstring)."""
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return
    try:
        _zero_fd(fd)
    finally:
        os.close(fd)
    Path(path).unlink(missing_ok=True)


def remove_with_sidecars(path: Path) -> None:
    for candidate in (Path(path), *(Path(str(path) + s) for s in SIDECARS)):
        try:
            candidate.unlink(missing_ok=True)
        except OSError:
            pass


def _zero_fd(fd: int) -> None:
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)
    block = bytes(1 << 20)
    left = size
    while left > 0:
        left -= os.write(fd, block[:min(left, len(block))])
    os.fsync(fd)
