"""The journal of a conversion (encrypt, remove encryption, change the passphrase): its plan, on disk.

Written whole (``atomic_write``, 0600) before the first file changes, and removed once the last
one has; a start that finds one finishes or undoes the conversion (``services/encryption.resume``).
It holds no secret in the clear: the key file's id, the old key file's tag (to tell which
passphrase is in force) and, for an encryption, the recovery key sealed under the data key, kept
until the recovery key has been shown.

While a conversion runs, its process holds an exclusive ``flock`` on the journal, so another
CaseDesk (a command run beside the window) sees that the conversion is under way, not interrupted;
the kernel drops the lock when the process dies, even by SIGKILL.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..atomic import atomic_write, fsync_dir
from .errors import StorageError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock; one CaseDesk at a time there
    fcntl = None  # type: ignore[assignment]

FORMAT = "casedesk.conversion/1"
KINDS = ("encrypt", "decrypt", "passphrase")
MAX_BYTES = 64 * 1024


class ConversionUnderWay(StorageError):
    """Another CaseDesk is converting this caseload right now."""


def journal_for(database: Path) -> Path:
    """``casedesk.sqlite3`` -> ``.casedesk.conversion.json`` in the same folder."""
    database = Path(database)
    return database.with_name(f".{database.stem}.conversion.json")


class Journal:
    # A plain class: the quick reads import this module (``journal_for``), and ``dataclasses`` would
    # add a tenth to their start-up.
    def __init__(self, path: Path, kind: str, key_id: str | None = None, old_tag: str | None = None,
                 recovery: dict | None = None):
        self.path = path
        self.kind = kind
        self.key_id = key_id
        self.old_tag = old_tag
        self.recovery = recovery  # the sealed recovery key: never in a repr
        self._fd: int | None = None

    def __repr__(self) -> str:
        return f"Journal({self.path.name!r}, {self.kind!r})"

    def to_json(self) -> dict:
        doc: dict = {"format": FORMAT, "kind": self.kind, "key_id": self.key_id, "old_tag": self.old_tag}
        if self.recovery is not None:
            doc["recovery"] = self.recovery
        return doc

    @classmethod
    def begin(cls, database: Path, kind: str, *, key_id: str | None = None, old_tag: str | None = None,
              recovery: dict | None = None) -> Journal:
        """Write the plan and hold its lock; ``ConversionUnderWay`` if another conversion holds one."""
        if kind not in KINDS:
            raise ValueError(kind)
        journal = cls(journal_for(database), kind, key_id, old_tag, recovery)
        if journal.path.exists():  # never written over: it may hold a recovery key not yet shown
            raise StorageError("an interrupted conversion of this caseload is still to be finished; close CaseDesk "
                               "and open the caseload again, which finishes it, then try again")
        with atomic_write(journal.path, "w", encoding="utf-8") as out:
            json.dump(journal.to_json(), out)
            out.flush()
            journal._fd = os.dup(out.fileno())  # the lock lives on while this copy is open, after the rename
            if not _try_lock(journal._fd):
                os.close(journal._fd)
                journal._fd = None
                raise ConversionUnderWay(UNDER_WAY)
        fsync_dir(journal.path.parent)
        return journal

    @classmethod
    def find(cls, database: Path) -> Journal | None:
        """The journal an interrupted conversion left, locked for this process; None if there is none.
        ``ConversionUnderWay`` if the conversion is still running elsewhere. A journal that cannot
        be read counts as one of unknown kind: the files' own state then says what to do."""
        path = journal_for(database)
        try:
            fd = os.open(path, os.O_RDONLY)  # enough for the lock, and possible on a read-only disk
        except FileNotFoundError:
            return None
        if not _try_lock(fd):
            os.close(fd)
            raise ConversionUnderWay(UNDER_WAY)
        try:
            raw = os.read(fd, MAX_BYTES + 1)
            doc = json.loads(raw.decode("utf-8")) if len(raw) <= MAX_BYTES else None
        except (OSError, ValueError, RecursionError):
            doc = None
        journal = cls(path, "unknown")
        journal._fd = fd
        if isinstance(doc, dict) and doc.get("format") == FORMAT and doc.get("kind") in KINDS:
            journal.kind = doc["kind"]
            journal.key_id = doc.get("key_id") if isinstance(doc.get("key_id"), str) else None
            journal.old_tag = doc.get("old_tag") if isinstance(doc.get("old_tag"), str) else None
            journal.recovery = doc.get("recovery") if isinstance(doc.get("recovery"), dict) else None
        return journal

    def finish(self) -> None:
        """The conversion is whole (done or undone): the journal goes, then its lock."""
        try:
            self.path.unlink(missing_ok=True)
            fsync_dir(self.path.parent)
        finally:
            self.release()

    def release(self) -> None:
        """Let go of the lock, keeping the journal (a recovery key not yet shown)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __del__(self) -> None:  # pragma: no cover - a forgotten journal must not hold its lock for good
        self.release()


UNDER_WAY = ("the caseload is being converted (encrypted, decrypted or given a new passphrase) by another "
             "CaseDesk window or command; try again when it has finished")


def _try_lock(fd: int) -> bool:
    if fcntl is None:  # pragma: no cover - Windows
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
