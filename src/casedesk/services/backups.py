"""Automatic backups of the SQLite caseload: taking, listing, thinning and restoring them.

The model is Anki's: a backup at start-up, every 30 minutes while the data changes, before
destructive actions and at exit; older ones thinned to one a day, a week, a month. No Qt here:
the window only calls these methods, and "now" is always passed in, so every rule is testable.

Files. ``<folder>/casedesk-<reason>-<UTC %Y%m%dT%H%M%S%fZ>.sqlite3``, mode 0600 in a 0700 folder.
Copies that ``Database.safety_copy`` makes before a restore or an upgrade
(``pre-restore-<stamp>.sqlite3``, ``pre-upgrade-<rev>-<stamp>.sqlite3``) are listed too. A
backup is written under a hidden ``.partial`` name, switched to a rollback journal (so it is one
self-contained file that can be read without leaving ``-wal``/``-shm`` files beside it), checked
with ``PRAGMA integrity_check`` and only then renamed into place: a crash never leaves a
half-written file that looks like a backup, and thinning never counts one.

Has the caseload changed? ``PRAGMA data_version`` "will be different if changes were committed to
the database by any other connection in the interim" (sqlite.org/pragma.html#pragma_data_version),
which is meaningless across the app's pooled connections but exact for a connection of our own
that never writes. So the service keeps one idle connection open on the live file and reads that
value before each backup: any commit since, by the window, the CLI in another process or a
restore, changes it. Its only false alarm is a WAL checkpoint (an extra backup, never a missed
one). Rejected: file mtimes (coarse on some file systems, so an edit within the same tick as a
backup is missed, and checkpoints move them anyway) and row fingerprints such as
``max(updated_at)``/``count(*)`` (blind to settings, deadline snoozes, and a delete plus an add).
The value lives only as long as the process, so the first check after start-up always backs up.

Encrypted caseloads. Every connection here goes through ``Database.connect``/``connect_file``,
so a backup of an encrypted caseload is written, checked (``integrity_check`` and SQLCipher's
``cipher_integrity_check``) and counted under the caseload's own key: it is never plain.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path, PurePath

from ..atomic import fsync_dir, fsync_file
from ..storage.database import BUSY_TIMEOUT_MS, Database
from ..storage.errors import StorageError
from ..storage.sqlfile import SQLITE_ERRORS, connect_file, is_encrypted_file, remove_with_sidecars

log = logging.getLogger(__name__)

PREFIX = "casedesk-"
SUFFIX = ".sqlite3"
PARTIAL = ".partial"
STAMP = "%Y%m%dT%H%M%S%fZ"
# Kept whatever the thinning rule says, for this long after they were taken.
PROTECTED_FOR = timedelta(days=30)
# What the caseload file looked like at the last clean close, and that close's newest backup.
CLOSE_MARK = ".last-close.json"
# A hidden .partial file this old is what a crash mid-backup left behind.
STALE_PARTIAL = timedelta(hours=1)

_REASON = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_NAME = re.compile(r"(?:casedesk-)?(?P<reason>[a-z0-9]+(?:-[a-z0-9]+)*?)-(?P<stamp>\d{8}T\d{6}(?:\d{6})?Z)"
                   + re.escape(SUFFIX))


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # timezone-aware, UTC
    reason: str
    size: int
    clients: int | None  # None: the file could not be read as a CaseDesk database

    @property
    def readable(self) -> bool:
        return self.clients is not None


def is_protected_reason(reason: str) -> bool:
    return reason in ("manual", "pre-restore") or reason.startswith("pre-upgrade-")


def backup_name(reason: str, taken_at: datetime) -> str:
    if not _REASON.fullmatch(reason):
        raise ValueError(f"backup reason {reason!r}: use lower-case letters, digits and dashes")
    return f"{PREFIX}{reason}-{_utc(taken_at).strftime(STAMP)}{SUFFIX}"


def parse_backup_name(name: str) -> tuple[str, datetime] | None:
    """``(reason, taken_at)`` from a backup's file name, or None if the name is not a backup's."""
    match = _NAME.fullmatch(name)
    if not match:
        return None
    stamp = match["stamp"]
    try:
        taken = datetime.strptime(stamp, STAMP if len(stamp) > 16 else "%Y%m%dT%H%M%SZ")
    except ValueError:
        return None
    return match["reason"], taken.replace(tzinfo=UTC)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("pass a timezone-aware datetime (e.g. datetime.now().astimezone())")
    return moment.astimezone(UTC)


# Folder names (compared without case) that cloud-sync clients create, and the service they belong to.
_SYNCED_EXACT = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "sync": "Sync",
}
_SYNCED_PREFIX = (
    ("dropbox (", "Dropbox"),        # Dropbox for teams: "Dropbox (Company)"
    ("onedrive - ", "OneDrive"),     # OneDrive for work: "OneDrive - Company"
    ("onedrive-", "OneDrive"),       # macOS File Provider: ~/Library/CloudStorage/OneDrive-Personal
    ("googledrive-", "Google Drive"),  # ~/Library/CloudStorage/GoogleDrive-name@example.com
)


def in_synced_folder(path: str | os.PathLike) -> str | None:
    """The cloud-sync service whose folder holds ``path`` (by folder names), else None.

    SQLite files in synced folders get copied mid-write and lose their locks: the usual way they
    are corrupted (sqlite.org/howtocorrupt.html). Checks the path as given and with links resolved.
    """
    given = Path(path).expanduser()
    candidates = [given]
    try:
        candidates.append(given.resolve())
    except OSError:
        pass
    for candidate in candidates:
        found = _synced_service(PurePath(candidate).parts)
        if found:
            return found
    return None


def _synced_service(parts: tuple[str, ...]) -> str | None:
    for i, part in enumerate(parts):
        lower = part.casefold()
        if lower in _SYNCED_EXACT:
            return _SYNCED_EXACT[lower]
        for prefix, service in _SYNCED_PREFIX:
            if lower.startswith(prefix):
                return service
        if lower == "cloudstorage" and i > 0 and parts[i - 1].casefold() == "library" and i + 1 < len(parts):
            # macOS File Provider folders (~/Library/CloudStorage/Box-Box, ...): whichever provider.
            return _synced_service(parts[i + 1:i + 2]) or parts[i + 1].split("-")[0] or parts[i + 1]
    return None


class BackupService:
    """Backups of ``db`` in ``folder`` (default: the database's backups folder).

    Use it from one thread (the GUI thread): it keeps one idle SQLite connection open on the live
    database to notice changes (see the module docstring). ``close()`` it before closing ``db``.
    """

    def __init__(self, db: Database, folder: Path | None = None):
        self.db = db
        self.folder = Path(folder) if folder is not None else Path(db.backups_dir)
        self._watch: sqlite3.Connection | None = None  # sqlite3's, or sqlcipher3's for an encrypted caseload
        self._seen: int | None = None  # data_version when the last backup began

    in_synced_folder = staticmethod(in_synced_folder)

    # --- taking ---------------------------------------------------------------------------------

    def take(self, reason: str, now: datetime) -> BackupInfo:
        """A verified backup now, whether or not anything changed (File ▸ Back Up Now, start-up)."""
        taken_at = _utc(now)
        backup_name(reason, taken_at)  # refuses a reason the file name could not carry
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        while (self.folder / backup_name(reason, taken_at)).exists():
            taken_at += timedelta(microseconds=1)  # two backups in the same microsecond
        final = self.folder / backup_name(reason, taken_at)
        partial = self.folder / f".{final.name}{PARTIAL}"
        remove_with_sidecars(partial)
        version = self._data_version()  # before copying: a commit during the copy counts as a change
        try:
            self.db.backup_to(partial)
            with closing(self.db.connect(partial)) as conn:
                mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if mode.lower() != "delete":
                raise StorageError(f"{final.name}: could not make the backup a single file (journal {mode})")
            _verify(partial, final.name, self.db.key)
            os.chmod(partial, 0o600)
            fsync_file(partial)
            os.replace(partial, final)
            fsync_dir(self.folder)
        except SQLITE_ERRORS as exc:
            remove_with_sidecars(partial)
            raise StorageError(f"could not write the backup {final.name} in {self.folder}: {exc}") from None
        except BaseException:
            remove_with_sidecars(partial)
            raise
        self._seen = version
        log.info("backup written: %s", final.name)
        return self._info(final, reason, taken_at)

    def take_if_changed(self, reason: str, now: datetime) -> BackupInfo | None:
        """A backup if the caseload changed since the last one this service took, else None."""
        current = self._data_version()
        if current is not None and current == self._seen:
            return None
        return self.take(reason, now)

    # --- skipping the start-up backup when nothing changed -------------------------------------

    def record_clean_close(self) -> None:
        """After the caseload was closed with its newest backup current (the exit check took one or
        found no change): note what its file looks like then, so the next start can skip its backup
        when nothing touched the file since (``unchanged_since_close``)."""
        mark = self._fingerprint()
        newest = self._newest_name()
        if mark is None or newest is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self.folder / CLOSE_MARK
        tmp = path.with_name(path.name + PARTIAL)
        with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as out:
            json.dump({"file": mark, "backup": newest}, out)
        os.replace(tmp, path)

    def unchanged_since_close(self) -> bool:
        """Whether the caseload file is exactly as the last clean close left it (same file, size and
        modification time in nanoseconds, no write-ahead log holding changes) and that close's newest
        backup is still there. The mark is used once: a session that ends without a clean close (a
        crash) leaves none, and the next start backs up."""
        path = self.folder / CLOSE_MARK
        try:
            with open(path, encoding="utf-8") as stream:
                mark = json.load(stream)
            path.unlink()
        except (OSError, ValueError):
            return False
        current = self._fingerprint()
        backup = mark.get("backup") if isinstance(mark, dict) else None
        return (current is not None and mark.get("file") == current and isinstance(backup, str)
                and parse_backup_name(backup) is not None and (self.folder / backup).is_file())

    def mark_seen(self) -> None:
        """Count the caseload as it is now as backed up (the start-up backup was skipped: unchanged)."""
        self._seen = self._data_version()

    def _fingerprint(self) -> list[int] | None:
        if not self.db.is_sqlite or self.db.path is None:
            return None
        try:
            st = os.stat(self.db.path)
            wal = Path(f"{self.db.path}-wal")
            if wal.exists() and wal.stat().st_size > 0:
                return None  # changes not yet in the file: not a state to compare
        except OSError:
            return None
        return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns]

    def _newest_name(self) -> str | None:
        if not self.folder.is_dir():
            return None
        named = [(parsed[1], p.name) for p in self.folder.iterdir()
                 if (parsed := parse_backup_name(p.name)) is not None and p.is_file()]
        return max(named)[1] if named else None

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
            self._seen = None  # a new watch connection's data_version cannot be compared with this one's

    def _data_version(self) -> int | None:
        """``PRAGMA data_version`` on our own idle connection; None when it cannot be read."""
        if not self.db.is_sqlite or self.db.path is None:
            return None
        try:
            if self._watch is None:
                # Closed by an encryption conversion on the window's worker thread (never used by two at once).
                self._watch = self.db.connect(isolation_level=None, check_same_thread=False)
                self._watch.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            return int(self._watch.execute("PRAGMA data_version").fetchone()[0])
        except SQLITE_ERRORS as exc:
            log.warning("cannot tell whether the database changed (%s); backing up anyway", type(exc).__name__)
            self.close()
            return None

    # --- restoring ------------------------------------------------------------------------------

    def restore(self, path: Path) -> Path:
        """Put a backup back; returns the copy kept of the caseload it replaced.

        ``Database.restore_from`` checks the backup first (a damaged, foreign or newer file is
        refused and nothing changes) and copies the current caseload to a ``pre-restore`` backup.
        """
        kept = self.db.restore_from(Path(path))
        self._seen = None  # the restored caseload gets its own backup at the next check
        log.info("restored %s; previous caseload kept as %s", Path(path).name, kept.name)
        return kept

    # --- thinning -------------------------------------------------------------------------------

    def thin(self, now: datetime, daily: int = 7, weekly: int = 4, monthly: int = 12) -> list[Path]:
        """Delete backups beyond the policy; return the files deleted.

        Anki's rule, newest first, with days, weeks and months in ``now``'s time zone (pass
        ``datetime.now().astimezone()``): every backup from today and yesterday is kept (a mistake
        made at 10:15 is still undoable from the 10:00 backup after the 10:30 one); then the newest
        of each of the next ``daily`` days that have backups, then of ``weekly`` ISO weeks, then of
        ``monthly`` months. Counting days that *have* backups, not calendar days, means a long
        break in use never empties the folder. Besides: the newest readable backup is always kept;
        ``manual``, ``pre-restore`` and ``pre-upgrade-*`` backups are kept for 30 days whatever the
        rule says; files that cannot be read are never deleted and take no slot.
        """
        if min(daily, weekly, monthly) < 0:
            raise ValueError("backup counts cannot be negative")
        zone = now.tzinfo
        _utc(now)
        today = now.date()
        yesterday = today - timedelta(days=1)
        left = {"daily": daily, "weekly": weekly, "monthly": monthly}
        last_day: date | None = None
        last_week: tuple[int, int] | None = None
        last_month: tuple[int, int] | None = None
        obsolete: list[BackupInfo] = []
        sound = [b for b in self.list() if b.readable]
        for position, backup in enumerate(sound):
            local = backup.taken_at.astimezone(zone)
            day, week, month = local.date(), local.isocalendar()[:2], (local.year, local.month)
            if position == 0 or day >= yesterday:
                stage, keep = None, True
            elif left["daily"]:
                stage, keep = "daily", last_day is None or day < last_day
            elif left["weekly"]:
                stage, keep = "weekly", last_week is None or week < last_week
            elif left["monthly"]:
                stage, keep = "monthly", last_month is None or month < last_month
            else:
                stage, keep = None, False
            if keep:
                last_day, last_week, last_month = day, week, month
                if stage:
                    left[stage] -= 1
            elif not (is_protected_reason(backup.reason) and _utc(now) - backup.taken_at < PROTECTED_FOR):
                obsolete.append(backup)
        deleted = []
        for backup in obsolete:
            try:
                backup.path.unlink()
            except FileNotFoundError:
                continue  # another CaseDesk thinned it first
            except OSError as exc:
                log.warning("could not delete old backup %s: %s", backup.path.name, exc.strerror)
                continue
            remove_with_sidecars(backup.path)
            deleted.append(backup.path)
        deleted += self._remove_stale_partials(now)
        if deleted:
            log.info("thinned %d old backups", len(deleted))
        return deleted

    def _remove_stale_partials(self, now: datetime) -> list[Path]:
        removed: list[Path] = []
        if not self.folder.is_dir():
            return removed
        cutoff = (_utc(now) - STALE_PARTIAL).timestamp()
        for path in self.folder.glob(f".{PREFIX}*{SUFFIX}{PARTIAL}"):
            try:
                if path.stat().st_mtime < cutoff:
                    remove_with_sidecars(path)
                    removed.append(path)
            except OSError:
                continue
        return removed

    # --- listing --------------------------------------------------------------------------------

    def list(self) -> list[BackupInfo]:
        """Every backup in the folder, newest first; unreadable ones are listed with ``clients`` None."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            parsed = parse_backup_name(path.name)
            if parsed is None or not path.is_file():
                continue
            found.append(self._info(path, *parsed))
        found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
        return found

    def _info(self, path: Path, reason: str, taken_at: datetime) -> BackupInfo:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        return BackupInfo(path, taken_at, reason, size, count_clients(path, self.db.key))


def _read_only(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A read-only connection to a backup that will not change: no locks, no files left beside it.

    The URI is built with ``as_uri`` so a folder named like "Clients #2" or "50% done" still works.
    An encrypted file is read with ``key``; a plain one (from before encryption) without.
    """
    return connect_file(path, key if is_encrypted_file(path) else None, read_only=True, immutable=True)


def _verify(path: Path, name: str, key: bytes | None = None) -> None:
    """Refuse a backup that is damaged or is not a CaseDesk database (``PRAGMA integrity_check``,
    and for an encrypted one ``cipher_integrity_check``, which checks every page's HMAC)."""
    with closing(_read_only(path, key)) as conn:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result == "ok" and key is not None:
            bad = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            result = "; ".join(bad[:3]) or "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if result != "ok":
        raise StorageError(f"{name}: the backup failed its integrity check ({result}); the database itself "
                           "may be damaged, keep the older backups")
    if not {"client", "alembic_version"} <= tables:
        raise StorageError(f"{name}: the backup is not a CaseDesk database")


def count_clients(path: Path, key: bytes | None = None) -> int | None:
    """How many clients a backup holds, read without changing it or leaving files beside it;
    None if it cannot be read (damaged, not CaseDesk's, or encrypted under another key)."""
    try:
        with closing(_read_only(path, key)) as conn:
            return int(conn.execute("SELECT count(*) FROM client").fetchone()[0])
    except SQLITE_ERRORS + (OSError, ValueError):
        return None
