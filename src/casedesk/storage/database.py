"""Opening the database: the engine, per-connection settings, migrations, backup and restore.

Everything that knows it is talking to SQLite lives here, so a shared PostgreSQL database
needs only a different URL. SQLite files are created readable by their owner only, run in
WAL mode with ``synchronous=FULL`` and foreign keys on, and (Python 3.11's ``sqlite3`` does
not begin transactions before DDL) every transaction is opened with an explicit ``BEGIN``,
SQLAlchemy's documented recipe, so a failed migration leaves the old schema whole.

An encrypted caseload (SQLCipher, see ``keys.py`` and ``sqlfile.py``) is the same file opened
with its data key: ``Database.key``. The engine then gets its connections from ``connect_file``
(URL ``sqlite://`` plus ``creator``; the ``sqlite+pysqlcipher`` dialect cannot take a creator),
and every direct connection here (backup, restore, checks) goes through ``connect_file`` too, so
copies of an encrypted caseload are encrypted under the same key.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from ..clock import Clock
from .errors import DatabaseTooNew, EnvironmentFault, NotADatabase, StorageError, UnsafeBackup
from .faults import audit_refusal, environment_fault, server_fault
from .keys import Locked, key_file_for
from .quickread import HEAD
from .sqlfile import SQLITE_ERRORS, connect_file, is_encrypted_file, probe, sqlcipher_module

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only (no-op if it exists)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _make_engine(url: str, *, foreign_keys: bool = True, creator: Callable | None = None, module=None,
                 read_only: bool = False) -> Engine:
    # With a creator the URL names no file, so say which pool a file database gets; ``module`` is the
    # DB-API whose errors SQLAlchemy wraps (SQLCipher's are not sqlite3's).
    engine = (create_engine("sqlite://", creator=creator, poolclass=QueuePool, module=module) if creator
              else create_engine(url))
    if engine.dialect.name != "sqlite":
        from .server import server_address

        where = server_address(engine.url)

        @event.listens_for(engine, "handle_error")
        def _on_server_error(context):
            orig = context.original_exception
            return audit_refusal(orig) or server_fault(orig, where)

        return engine

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, see module docstring
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:  # a read-only connection cannot change the journal mode (nor needs to)
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "handle_error")
    def _on_error(context):
        orig = context.original_exception  # None: not the environment's, raise as is
        return audit_refusal(orig) or environment_fault(orig)

    return engine


# Alembic keeps the migration being run in module-level proxies (``alembic.op``, ``alembic.context``), so
# two runs at once in one process (the window's worker building the expected schema for a check while
# the GUI thread migrates a restored backup) would trample each other: one at a time.
ALEMBIC_LOCK = threading.RLock()

# HEAD (defined with the quick read path, which needs it without SQLAlchemy) lets a database
# already at head open without loading Alembic (a faster start).


def _alembic_config(connection=None, data_key: bytes | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "casedesk.storage:migrations")
    cfg.attributes["connection"] = connection
    cfg.attributes["data_key"] = data_key  # 0015 seals the audit trail under the key derived from it
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    if head is None:
        raise StorageError("the migration scripts are missing")  # a broken install, not a user's error
    return head


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def _current_revision(conn) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


@dataclass
class Database:
    """An open, migrated database. ``session()`` gives one unit of work for one user action.
    ``clock`` stamps what is written (records' times, safety copies' names); it never decides "today"."""

    engine: Engine
    path: Path | None
    backups_dir: Path
    key: bytes | None = field(default=None, repr=False)  # SQLCipher data key; None: a plain file
    clock: Clock = field(kw_only=True, repr=False)
    # The caseworker's own settings file (services/personal.py), named to every session in its info.
    personal_file: Path | None = field(default=None, kw_only=True)
    read_only: bool = field(default=False, kw_only=True)  # a folder or file this user cannot write

    def __post_init__(self) -> None:
        self._sessions = self._sessionmaker()
        self._health: str | None = None  # quick_check's answer, once asked

    def _sessionmaker(self) -> sessionmaker[Session]:
        # Each session carries the audit chain's key, so rows it appends are sealed under it, and the
        # caseworker's own settings file (services/personal.py).
        from .audit import CHAIN_KEY
        from .auditchain import chain_key

        return sessionmaker(self.engine, expire_on_commit=False,
                            info={CHAIN_KEY: chain_key(self.key), "personal_file": self.personal_file})

    def require_sound(self) -> None:
        """Refuse to write into a database that fails its check (asked once, before the first write):
        ``DamagedCaseload`` saying how to restore. Reads are not refused: they are how data is rescued.
        In a read-only data folder every write is refused, with the folder named."""
        if self.read_only and self.path is not None:
            raise read_only_fault(self.path)
        if self._health is None:
            self.quick_check()
        if self._health != "ok" and self.path is not None:
            from .health import damaged

            raise damaged(self.path, f"it fails its check ({self._health})", self.backups_dir)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def file(self) -> Path:
        """The SQLite file; only a file database has one (a key, a reopen, a raw connection)."""
        if self.path is None:
            raise StorageError("this database is reached by URL: it has no file")
        return self.path

    def connect(self, path: Path | None = None, **kwargs: Any) -> sqlite3.Connection:
        """A DB-API connection to this database's file (or to ``path``, a copy of it) with its key."""
        return connect_file(path or self.file, self.key, **kwargs)

    def reopen(self, key: bytes | None) -> None:
        """Use the file again, now under ``key`` (after it was converted): new engine, same object."""
        self.engine.dispose()
        self.key = key
        self.engine = _file_engine(self.file, key, read_only=self.read_only)
        self._sessions = self._sessionmaker()

    def session(self) -> Session:
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return _current_revision(conn)

    def quick_check(self) -> str:
        """SQLite's fast consistency check: "ok", or what is damaged (other databases: "ok")."""
        if not self.is_sqlite:
            return "ok"
        try:
            with self.engine.connect() as conn:
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
        except StorageError as exc:  # the check itself could not read the file: damaged (environment_fault)
            if getattr(exc, "kind", None) != "damaged":
                raise
            rows = ["database disk image is malformed"]
        self._health = "ok" if rows == ["ok"] else "; ".join(rows[:5])
        return self._health

    def schema_differences(self) -> list[str]:
        """How this SQLite file's schema differs from its revision's (its audit triggers dropped or
        altered, say): [] when it is exact, and always on a server database (the server guards it)."""
        if not self.is_sqlite or self.path is None:
            return []
        from .schemacheck import check

        with closing(self.connect(read_only=True)) as conn:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return check(conn, revision[0]) if revision else ["no schema version"]

    def scrub(self, attempts: int = 10) -> bool:
        """After erasing: rewrite the file without its free pages (VACUUM, which also drops the old
        copies of the erased rows' pages) and empty the write-ahead log (checkpoint, then truncate it
        to nothing), so the erased bytes are in neither. False when another connection's open read kept
        the log from being emptied (it holds only the new pages then; the next scrub or close empties it)."""
        if not self.is_sqlite:
            return True
        import time

        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA secure_delete = ON")
            cursor.execute("VACUUM")
            for attempt in range(attempts):
                busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                if not busy:
                    return True
                time.sleep(0.05 * (attempt + 1))
            return False
        finally:
            raw.close()

    # --- backup and restore (SQLite) --------------------------------------------------------

    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the database, taken with SQLite's online backup API."""
        self._require_file("backup")
        target = Path(target)
        if target.exists():
            raise StorageError(f"{target}: already exists; choose a new file name")
        create_private_file(target)
        try:
            source = self.connect(read_only=True, immutable=self._immutable()) if self.read_only else self.connect()
            with closing(source) as src, closing(self.connect(target)) as dst:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # a copy is one self-contained file
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return target

    def _immutable(self) -> bool:
        wal = Path(f"{self.file}-wal")
        return not wal.exists() or wal.stat().st_size == 0

    def safety_copy(self, reason: str) -> Path:
        """A timestamped copy in the backups folder, taken before anything destructive."""
        self.backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        stamp = self.clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        return self.backup_to(self.backups_dir / f"{reason}-{stamp}.sqlite3")

    def restore_from(self, source: Path) -> Path:
        """Replace the caseload with a backup's, after checking it; returns the copy kept of the old one."""
        self._require_file("restore")
        if self.read_only:
            raise read_only_fault(self.file)
        source = Path(source)
        source_key = self.key if is_encrypted_file(source) else None
        check_backup(source, self.key)
        kept = self.safety_copy("pre-restore") if self.quick_check() == "ok" else self.keep_damaged()
        self.engine.dispose()
        converted = None
        if source_key != self.key:  # a plain file put back into an encrypted caseload: encrypt it first
            from .sqlfile import export_file, remove_with_sidecars

            converted = self.backups_dir / f".restore-{os.getpid()}.partial"
            remove_with_sidecars(converted)
            export_file(source, source_key, converted, self.key)
            source, source_key = converted, self.key
        try:
            with closing(connect_file(source, source_key, read_only=True)) as src, closing(self.connect()) as dst:
                dst.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                src.backup(dst)
        finally:
            if converted is not None:
                remove_with_sidecars(converted)
        migrate(self)
        self._health = None
        return kept

    def keep_damaged(self) -> Path:
        """A byte-for-byte copy of a damaged caseload (and its write-ahead log) in the backups folder,
        before a restore replaces it: what SQLite's backup cannot read may still be rescued from it."""
        assert self.path is not None
        return keep_damaged_file(self.path, self.backups_dir, self.clock)

    def _require_file(self, what: str) -> None:
        if not self.is_sqlite or self.path is None:
            raise StorageError(f"{what} works on the built-in SQLite database; use the server's own tools")


def keep_damaged_file(path: Path, backups_dir: Path, clock: Clock) -> Path:
    """Copy ``path`` and its sidecars, bytes as they are, to ``backups_dir/damaged-STAMP.sqlite3``."""
    import shutil

    backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    kept = backups_dir / f"damaged-{stamp}.sqlite3"
    for suffix in ("", "-wal"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            create_private_file(Path(f"{kept}{suffix}"))
            shutil.copyfile(source, f"{kept}{suffix}")
    return kept


def restore_over_damaged(path: Path, backups_dir: Path, source: Path, clock: Clock) -> Path:
    """Put a plain backup in place of a caseload too damaged to open; returns the copy kept of the
    damaged file. The backup is checked first: a bad one changes nothing."""
    from .sqlfile import remove_with_sidecars

    source = Path(source)
    if is_encrypted_file(source):
        raise NotADatabase(f"{source}: encrypted; an encrypted backup is restored into its unlocked caseload. "
                           "Restore a plain backup, or move the damaged file away and put the key file and "
                           "this backup in its place")
    check_backup(source)
    kept = keep_damaged_file(path, backups_dir, clock)
    remove_with_sidecars(path)
    create_private_file(path)
    with closing(connect_file(source, None, read_only=True)) as src, closing(connect_file(path, None)) as dst:
        src.backup(dst)
    return kept


def writable(path: Path) -> bool:
    """Whether this user can write the database file ``path`` and its folder (where SQLite puts its
    -wal and -shm files). False on a read-only disk, or a folder or file without write permission."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def read_only_fault(path: Path) -> EnvironmentFault:
    return EnvironmentFault("read_only", f"The data folder {path.parent} cannot be written (read-only folder, file "
                                         "or disk), so CaseDesk can show and export the caseload but not change it; "
                                         "nothing was changed. Check the folder's permissions, or copy the folder "
                                         "somewhere you can write.")


def _file_engine(path: Path, key: bytes | None, foreign_keys: bool = True, read_only: bool = False) -> Engine:
    if read_only:  # read-only connections; without a WAL to apply, immutable (no -shm file can be made here)
        wal = Path(f"{path}-wal")
        immutable = not wal.exists() or wal.stat().st_size == 0
        driver = sqlite3 if key is None else sqlcipher_module()
        return _make_engine("", foreign_keys=foreign_keys, module=driver, read_only=True, creator=lambda: connect_file(
            path, key, read_only=True, immutable=immutable, check_same_thread=False))
    if key is None:
        return _make_engine(sqlite_url(path), foreign_keys=foreign_keys)
    return _make_engine("", foreign_keys=foreign_keys, creator=lambda: connect_file(path, key, check_same_thread=False),
                        module=sqlcipher_module())


def check_backup(source: Path, key: bytes | None = None) -> str | None:
    """Check that ``source`` is a sound CaseDesk database this version can read; return its revision.

    An encrypted file is read with ``key`` (the caseload's own data key); a plain one without.
    """
    if not source.is_file():
        raise StorageError(f"{source}: no such file")
    encrypted = is_encrypted_file(source)
    if encrypted and key is None:
        raise NotADatabase(f"{source}: encrypted, or not a CaseDesk database; an encrypted backup can only be "
                           "restored into the encrypted caseload it was taken from")
    try:
        with closing(connect_file(source, key if encrypted else None, read_only=True)) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if result != "ok":
                raise StorageError(f"{source}: damaged database (integrity check: {result})")
            if "client" not in tables or "alembic_version" not in tables:
                raise StorageError(f"{source}: not a CaseDesk database")
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is not None and revision[0] in _known_revisions():
                _refuse_unsafe(conn, source, revision[0], key if encrypted else None)
    except SQLITE_ERRORS as exc:
        if encrypted:
            raise NotADatabase(f"{source}: cannot be read with this caseload's key (a backup of another "
                               "caseload, or not a CaseDesk database)") from None
        raise NotADatabase(f"{source}: not a CaseDesk database ({exc})") from None
    revision = revision[0] if revision else None
    if revision is not None and revision not in _known_revisions():
        raise DatabaseTooNew(f"{source}: written by a newer CaseDesk (schema {revision}); "
                             "install the newer version to read it")
    return revision


def _refuse_unsafe(conn: sqlite3.Connection, source: Path, revision: str, key: bytes | None) -> None:
    """``UnsafeBackup`` unless the file's schema is exactly its revision's and its audit trail verifies."""
    from .auditchain import chain_key, verify_file
    from .schemacheck import check, expected

    wrong = check(conn, revision)
    if wrong:
        more = f" (and {len(wrong) - 3} more)" if len(wrong) > 3 else ""
        raise UnsafeBackup(f"{source}: refused: its schema is not what CaseDesk's schema {revision} is: "
                           f"{'; '.join(wrong[:3])}{more}. It may have been altered; nothing was changed")
    if "audit_head" in expected(revision)["table"]:  # sealed; an older backup is sealed when it is migrated
        report = verify_file(conn, chain_key(key))
        if report.first is not None:
            raise UnsafeBackup(f"{source}: refused: its audit trail fails its check from entry {report.first.row} "
                               f"({report.first.reason}); nothing was changed")


def open_database(location: str | Path, *, backups_dir: Path, clock: Clock, key: bytes | None = None,
                  personal_file: Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database at a file path or a database URL;
    ``clock`` stamps what it writes.

    ``key``: the data key of an encrypted SQLite file (a wrong one raises ``WrongPassphrase``
    before anything is written); an encrypted file opened without one raises ``Locked``.
    """
    path: Path | None = None
    if "://" in str(location):
        engine = _url_engine(str(location))
    else:
        path = Path(location)
        if key is None and is_encrypted_file(path):
            if key_file_for(path).exists():
                raise Locked(f"{path.name} is encrypted: its passphrase is needed")
            raise NotADatabase(f"{location}: not a SQLite database; if it is an encrypted caseload, its key file "
                               f"{key_file_for(path).name} is missing: unlock it with the recovery key")
        read_only = path.exists() and not writable(path)
        if not read_only:
            create_private_file(path)
        if key is not None:
            probe(path, key)
        engine = _file_engine(path, key, read_only=read_only)
    db = Database(engine, path, backups_dir, key, clock=clock, personal_file=personal_file,
                  read_only=path is not None and read_only)
    try:
        migrate(db)
    except StorageError as exc:
        db.close()
        if path is not None and getattr(exc, "kind", None) == "damaged":
            from .health import damaged

            raise damaged(path, "it cannot be read (database disk image is malformed)", backups_dir) from None
        raise
    except (DatabaseError, OperationalError) as exc:
        db.close()
        if path is not None:
            from .health import damaged

            raise damaged(path, f"it cannot be read ({exc.orig})", backups_dir) from None
        from .server import safe_url

        raise NotADatabase(f"{safe_url(location)}: cannot be opened as a CaseDesk database ({exc.orig})") from None
    except BaseException:
        db.close()
        raise
    return db


def _url_engine(url: str) -> Engine:
    """The engine of a server's URL; a URL that cannot be used says so, with its password hidden."""
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    from .server import safe_url

    try:
        return _make_engine(url)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        hint = " (PostgreSQL needs its driver: pip install 'psycopg[binary]'; the URL starts postgresql+psycopg://)" \
            if isinstance(exc, (NoSuchModuleError, ImportError)) else ""
        raise StorageError(f"{safe_url(url)}: not a database URL CaseDesk can use{hint}") from None


def migrate(db: Database) -> None:
    """Bring the schema to this version's head, copying the database first if it holds data."""
    with db.engine.connect() as conn:
        current = _current_revision(conn)
        if current == HEAD:
            return
        tables = set(inspect(conn).get_table_names())
    if current is None and not tables and db.is_sqlite and not db.read_only:
        if _create_fresh(db):
            return
        with db.engine.connect() as conn:  # another process made it meanwhile, or fresh.json is not at head
            current = _current_revision(conn)
            if current == HEAD:
                return
            tables = set(inspect(conn).get_table_names())
    from alembic import command

    head = head_revision()
    if current == head:
        return
    if db.read_only and db.path is not None:
        raise read_only_fault(db.path)  # an upgrade must write; reads wait for a folder that can be written
    if current is None and tables - {"alembic_version"}:
        raise NotADatabase("this database was not made by CaseDesk; refusing to change it")
    if current is not None and current not in _known_revisions():
        raise DatabaseTooNew(
            f"this database was written by a newer CaseDesk (schema {current}); install the newer "
            "version, or restore a backup made by this one")
    if current is not None and db.is_sqlite:
        copy = db.safety_copy(f"pre-upgrade-{current}")
        log.info("copied the database to %s before upgrading from %s", copy.name, current)
    # Foreign keys off while tables are copied and renamed, checked once at the end.
    engine = (_file_engine(db.file, db.key, foreign_keys=False) if db.key is not None
              else _make_engine(db.engine.url.render_as_string(hide_password=False), foreign_keys=False))
    try:
        with ALEMBIC_LOCK, engine.begin() as conn:
            if not db.is_sqlite:
                _require_schema_rights(conn, current, head)
            command.upgrade(_alembic_config(conn, db.key), "head")
            if db.is_sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StorageError(f"upgrade left {len(broken)} broken references; nothing was changed")
    finally:
        engine.dispose()
    if db.is_sqlite:
        _compact_if_sparse(db)
    log.info("database schema upgraded from %s to %s", current, head)


def migrate_empty(path: Path, revision: str = "head") -> None:
    """Make ``path`` a new, unencrypted SQLite file migrated to ``revision`` by the migration scripts
    themselves (the reference that a check of a restored file and ``fresh.json`` are compared with)."""
    from alembic import command

    engine = _make_engine(sqlite_url(path), foreign_keys=False)
    try:
        with ALEMBIC_LOCK, engine.begin() as conn:
            command.upgrade(_alembic_config(conn), revision)
    finally:
        engine.dispose()


def _create_fresh(db: Database) -> bool:
    """A new SQLite file made at head from ``fresh.json`` (``freshschema``), without Alembic."""
    from .freshschema import create

    raw = db.engine.raw_connection()
    try:
        made = create(raw.driver_connection, HEAD)
    except SQLITE_ERRORS as exc:  # past the engine's handler: a full disk or a read-only folder said plainly here
        fault = environment_fault(exc)
        if fault is None:
            raise
        raise fault from None
    finally:
        raw.close()
    if made:
        log.info("new database made at schema %s", HEAD)
    return made


def _require_schema_rights(conn, current: str | None, head: str) -> None:
    """On a server, only the owner role migrates (``casedesk server init``): the application role
    is told so, instead of failing half-way with "permission denied"."""
    if conn.execute(text("SELECT has_schema_privilege('public', 'CREATE')")).scalar():
        return
    user = conn.execute(text("SELECT current_user")).scalar()
    raise StorageError(f"the caseload on the server is at schema {current or 'none'} and this CaseDesk needs {head}; "
                       f"the database user {user} may not change the schema: the server's administrator runs "
                       "'casedesk server init' with this version")


def _compact_if_sparse(db: Database) -> None:
    """Give back the pages of dropped tables (0010 drops sixteen): SQLite keeps them in the file
    until a VACUUM, which rewrites it (and cannot run inside a transaction, hence the raw connection)."""
    with db.engine.connect() as conn:
        free = conn.exec_driver_sql("PRAGMA freelist_count").scalar() or 0
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar() or 0
    if free * 4 < pages:
        return
    raw = db.engine.raw_connection()
    try:
        raw.cursor().execute("VACUUM")
    except SQLITE_ERRORS as exc:  # no room for the copy, say: the database is whole, only not compacted
        log.warning("the database was not compacted after its upgrade: %s", exc)
    finally:
        raw.close()


def snapshot(session: Session) -> None:
    """Make the session's reads one snapshot: on a server, REPEATABLE READ (else each statement sees the
    latest commit); SQLite's read transaction is one snapshot already. Call before the first read."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


@contextmanager
def transaction(db: Database) -> Iterator[Session]:
    """One unit of work: committed on success, rolled back on any error. Refused on a damaged database."""
    db.require_sound()
    with db.session() as session, session.begin():
        yield session
