"""Opening the caseload a command or window works on."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..clock import Clock
from ..config import Paths
from ..storage.database import Database, open_database
from ..storage.errors import StorageError
from ..storage.keys import Locked
from ..storage.sqlfile import is_encrypted_file

if TYPE_CHECKING:
    from .encryption import Resumed


class CaseloadOpen(StorageError):
    """A window has the caseload open; the command would change it underneath."""


def needs_unlock(paths: Paths) -> bool:
    """True if the caseload is an encrypted SQLite file: opening it needs its passphrase."""
    return paths.database_url is None and is_encrypted_file(paths.database_file)


def open_workspace(paths: Paths, secret: str | Callable[[], str] | None = None, *, clock: Clock,
                   key: bytes | None = None, resumed: Callable[[Resumed], None] | None = None) -> Database:
    """Open the caseload; an encrypted one with its data ``key``, or unlocked with ``secret`` (its
    passphrase or recovery key, or a function asked for it only when the caseload is encrypted).
    ``clock`` stamps what the caseload records (see ``clock.py``). A damaged caseload file raises
    ``DamagedCaseload`` before anything is created or written.

    A conversion (encrypt, remove encryption, change the passphrase) that a kill interrupted is
    finished or undone here, once the caseload is unlocked, and told to ``resumed``, which shows
    an encryption's recovery key (then the conversion's journal goes; without ``resumed`` it
    stays, for a start that can show it)."""
    if paths.database_url is None:
        from ..storage.health import NOT_SQLITE, damaged, file_damage

        why = file_damage(paths.database_file)
        # Without its key file, an encrypted caseload looks like any other file that is not SQLite: it is
        # called damaged, unless a recovery key (or a secret given outright) is there to try on it.
        if why is not None and not (why.startswith(NOT_SQLITE) and (key is not None or _secret_given(secret))):
            raise damaged(paths.database_file, why, paths.backups_dir)
    paths.ensure()
    if key is None and needs_unlock(paths) and secret is not None:
        from .encryption import unlock

        key = unlock(paths.database_file, secret() if callable(secret) else secret)
    elif key is None and needs_unlock(paths):
        from ..storage.keys import key_file_for

        if key_file_for(paths.database_file).exists():
            raise Locked("the caseload is encrypted: its passphrase is needed")
    if paths.database_url is None:
        _resume(paths, key, resumed)
    return open_database(paths.database_location, backups_dir=paths.backups_dir, clock=clock, key=key,
                         personal_file=paths.personal_settings_file)


def window_open(paths: Paths) -> int | None:
    """The process id of a CaseDesk window holding this caseload open (its lock file, as Qt's
    ``QLockFile`` writes it: the pid on the first line), or None. A lock whose process is gone is
    stale: None. Read without Qt, for the command line."""
    if paths.database_url is not None:
        return None
    try:
        first = paths.instance_lock_file.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
        pid = int(first.strip())
    except (OSError, ValueError):
        return None
    if pid <= 0:
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid  # alive, another user's
    except OSError:
        return None
    return pid


def refuse_under_open_window(paths: Paths, what: str) -> None:
    """``CaseloadOpen`` if a window has the caseload open: ``what`` must not change it under the window."""
    pid = window_open(paths)
    if pid is not None:
        raise CaseloadOpen(f"the caseload is open in a CaseDesk window (process {pid}), so it cannot be {what} "
                           "from the command line; nothing was changed. Do it from that window's File menu, or "
                           "close the window and run the command again")


def _resume(paths: Paths, key: bytes | None, resumed: Callable[[Resumed], None] | None) -> None:
    from .encryption import resume

    done = resume(paths.database_file, paths.backups_dir, key)
    if done is None:
        return
    if resumed is None:
        done.release()
        return
    try:
        resumed(done)
    except BaseException:
        done.release()
        raise
    done.recovery_key_shown()


def _secret_given(secret: str | Callable[[], str] | None) -> bool:
    from .encryption import ENV_RECOVERY_KEY

    return isinstance(secret, str) or bool(os.environ.get(ENV_RECOVERY_KEY))


# Database: the open caseload, as the UI names it.
__all__ = ["CaseloadOpen", "Database", "needs_unlock", "open_workspace", "refuse_under_open_window", "window_open"]
