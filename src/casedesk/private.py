"""Files readable by their owner only: one place that says so for the whole process.

Client data is in more files than the ones CaseDesk writes itself: Qt writes the window's state
(``window-state.ini``: recent searches, the last client's row) and the one-window lock file with
the process's default permissions, which were 0644. So each composition root (the window's start,
the command line's boundary) sets the process's umask once, ``private_by_default``: every file
and folder created after that is its owner's only, whoever writes it. ``make_private`` narrows a
file an older CaseDesk left readable by others (a rewrite keeps a file's existing mode).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .logstart import logger

PRIVATE_UMASK = 0o077


def private_by_default() -> None:
    """From now on, files this process creates are 0600 and folders 0700 (POSIX; Windows keeps the
    per-user folder's ACLs)."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


def make_private(path: Path) -> None:
    """Take away every right of group and others on ``path``, if it exists (best effort: a file on a
    read-only disk stays as it is)."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    except FileNotFoundError:
        return
    except OSError as exc:
        logger(__name__).info("could not narrow a file's permissions (%s)", type(exc).__name__)
