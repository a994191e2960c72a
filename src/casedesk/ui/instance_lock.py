"""One CaseDesk window per caseload.

Two windows on one database would be safe for the data (SQLite locks, edits carry a version),
but confusing for people: each would show the other's changes late, take its own backups and
its own morning summary. So the desktop app holds a lock file in the data folder while it runs,
and a second start on the same caseload says so and stops. A lock left by a process that died
is noticed (its process id is gone) and taken over. The command line does not take the lock:
its commands are short, and SQLite keeps them safe alongside the window; but it reads it
(``services.workspace.window_open``) to refuse what must not happen under an open window (restore,
encrypt, remove encryption).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from ..config import LOCK_FILENAME as LOCK_FILE


def hold_instance_lock(data_dir: Path) -> QLockFile | None:
    """The lock on this data folder, held until released or the process ends; None if another
    running CaseDesk holds it."""
    lock = QLockFile(str(data_dir / LOCK_FILE))
    lock.setStaleLockTime(0)  # never stale by age: only when the holder's process is gone
    return lock if lock.tryLock(0) else None


def holder_pid(data_dir: Path) -> int | None:
    """The process id written in the lock file, if one can be read."""
    info = QLockFile(str(data_dir / LOCK_FILE)).getLockInfo()  # (pid, host, app), pid 0 if unreadable
    return info[0] if info and info[0] > 0 else None
