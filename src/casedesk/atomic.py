"""Writing a file whole or not at all: a private temporary file beside it, then one rename.

The temporary file is created readable by its owner only, so an export or a letter holding a
client's data is never left half-written or world-readable. ``fsync_file`` and ``fsync_dir``
make a finished file, and a rename in a folder, survive a power cut.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, BinaryIO, Literal, TextIO, overload


@overload
def atomic_write(path: Path, mode: Literal["wb"] = "wb", encoding: None = None,
                 newline: str | None = None) -> AbstractContextManager[BinaryIO]: ...
@overload
def atomic_write(path: Path, mode: Literal["w"], encoding: str | None = None,
                 newline: str | None = None) -> AbstractContextManager[TextIO]: ...


@contextmanager  # (yields Any: the overloads above say which file object each mode gives)
def atomic_write(path: Path, mode: str = "wb", encoding: str | None = None,
                 newline: str | None = None) -> Iterator[Any]:
    path = Path(path)
    try:
        import tempfile  # here: a module that only reads imports this one too

        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise _as_user_path(exc, path) from None
    try:
        with os.fdopen(handle, mode, encoding=encoding, newline=newline) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException as exc:
        Path(temp).unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename in (None, temp):
            raise _as_user_path(exc, path) from None  # the user gave `path`, never saw the hidden temporary file
        raise


def _as_user_path(exc: OSError, path: Path) -> OSError:
    return type(exc)(exc.errno, exc.strerror or str(exc), str(path))


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows cannot flush a read-only handle
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory to sync it; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
