"""Opening the database: the engine, per-connection settings, migrations, backup and restore.

Everything that knows it is talking to SQLite lives here, so a shared PostgreSQL database
needs only a different URL. SQLite files are created readable by their owner only, run in
WAL mode with ``synchronous=FULL`` and foreign keys on, and (Python 3.11's ``sqlite3`` does
not begin transactions before DDL) every transaction is opened with an explicit ``BEGIN``,
SQLAlchemy's documented recipe, so a failed migration leaves the old schema whole.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .errors import DatabaseTooNew, NotADatabase, StorageError
from .faults import environment_fault
from .quickread import HEAD

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


def _make_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name != "sqlite":
        return engine

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, see module docstring
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "handle_error")
    def _on_error(context):
        return environment_fault(context.original_exception)  # None: not the environment's, raise as is

    return engine


# HEAD (defined with the quick read path, which needs it without SQLAlchemy) lets a database
# already at head open without loading Alembic (a faster start).


def _alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "casedesk.storage:migrations")
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def _current_revision(conn) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


@dataclass
class Database:
    """An open, migrated database. ``session()`` gives one unit of work for one user action."""

    engine: Engine
    path: Path | None
    backups_dir: Path

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

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
        with self.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
        return "ok" if rows == ["ok"] else "; ".join(rows[:5])

    # --- backup and restore (SQLite) --------------------------------------------------------

    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the database, taken with SQLite's online backup API."""
        self._require_file("backup")
        target = Path(target)
        if target.exists():
            raise StorageError(f"{target}: already exists; choose a new file name")
        create_private_file(target)
        try:
            with closing(sqlite3.connect(self.path)) as src, closing(sqlite3.connect(target)) as dst:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # a copy is one self-contained file
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return target

    def safety_copy(self, reason: str) -> Path:
        """A timestamped copy in the backups folder, taken before anything destructive."""
        self.backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        return self.backup_to(self.backups_dir / f"{reason}-{stamp}.sqlite3")

    def restore_from(self, source: Path) -> Path:
        """Replace the caseload with a backup's, after checking it; returns the copy kept of the old one."""
        self._require_file("restore")
        source = Path(source)
        check_backup(source)
        kept = self.safety_copy("pre-restore")
        self.engine.dispose()
        with closing(sqlite3.connect(_read_only_uri(source), uri=True)) as src, \
                closing(sqlite3.connect(self.path)) as dst:
            dst.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            src.backup(dst)
        migrate(self)
        return kept

    def _require_file(self, what: str) -> None:
        if not self.is_sqlite or self.path is None:
            raise StorageError(f"{what} works on the built-in SQLite database; use the server's own tools")


def _read_only_uri(path: Path) -> str:
    # as_uri escapes '#', '?' and '%', which are legal in folder names ("Clients #2").
    return Path(path).resolve().as_uri() + "?mode=ro"


def check_backup(source: Path) -> str | None:
    """Check that ``source`` is a sound CaseDesk database this version can read; return its revision."""
    if not source.is_file():
        raise StorageError(f"{source}: no such file")
    try:
        with closing(sqlite3.connect(_read_only_uri(source), uri=True)) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if result != "ok":
                raise StorageError(f"{source}: damaged database (integrity check: {result})")
            if "client" not in tables or "alembic_version" not in tables:
                raise StorageError(f"{source}: not a CaseDesk database")
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise NotADatabase(f"{source}: not a CaseDesk database ({exc})") from None
    revision = revision[0] if revision else None
    if revision is not None and revision not in _known_revisions():
        raise DatabaseTooNew(f"{source}: written by a newer CaseDesk (schema {revision}); "
                             "install the newer version to read it")
    return revision


def open_database(location: str | Path, *, backups_dir: Path) -> Database:
    """Open (creating if needed) and migrate the database at a file path or a database URL."""
    url, path = (str(location), None) if "://" in str(location) else (None, Path(location))
    if path is not None:
        create_private_file(path)
        url = sqlite_url(path)
    db = Database(_make_engine(url), path, backups_dir)
    try:
        migrate(db)
    except (DatabaseError, OperationalError) as exc:
        db.close()
        raise NotADatabase(f"{location}: cannot be opened as a CaseDesk database ({exc.orig})") from None
    except BaseException:
        db.close()
        raise
    return db


def migrate(db: Database) -> None:
    """Bring the schema to this version's head, copying the database first if it holds data."""
    with db.engine.connect() as conn:
        current = _current_revision(conn)
        if current == HEAD:
            return
        tables = set(inspect(conn).get_table_names())
    from alembic import command

    head = head_revision()
    if current == head:
        return
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
    engine = _make_engine(db.engine.url.render_as_string(hide_password=False), foreign_keys=False)
    try:
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), "head")
            if db.is_sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StorageError(f"upgrade left {len(broken)} broken references; nothing was changed")
    finally:
        engine.dispose()
    log.info("database schema upgraded from %s to %s", current, head)


@contextmanager
def transaction(db: Database) -> Iterator[Session]:
    """One unit of work: committed on success, rolled back on any error."""
    with db.session() as session, session.begin():
        yield session
