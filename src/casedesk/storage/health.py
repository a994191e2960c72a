"""Is the caseload's file a sound database? Judged before it is opened, and before the first write.

A 0-byte file was taken as a new, empty caseload (and the next import wrote into it, with good
backups beside it); a garbage file was called "encrypted". Here a file is damaged when its bytes
say so: empty (with no write-ahead log to recover from), cut short of its pages, or not SQLite
while no key file says it is encrypted. A database that opens but fails ``PRAGMA quick_check``
is damaged too: reads go on (they are how data is rescued), writes are refused.
"""

from __future__ import annotations

from pathlib import Path

from .errors import DamagedCaseload
from .keys import key_file_for
from .sqlfile import PLAIN_HEADER

_HEADER = 100
NOT_SQLITE = "not a SQLite database, and no key file says it is an encrypted caseload"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def file_damage(path: Path) -> str | None:
    """What makes ``path`` unusable as a caseload, from its bytes alone; None when it may be sound
    (or does not exist: a new caseload)."""
    path = Path(path)
    if not path.exists():
        return None
    if path.is_dir():
        return "a folder, not a database file"
    size = path.stat().st_size
    wal = _size(Path(f"{path}-wal"))
    if size == 0:
        return None if wal else "empty (0 bytes)"
    with open(path, "rb") as stream:
        head = stream.read(_HEADER)
    if head[: len(PLAIN_HEADER)] != PLAIN_HEADER[: len(head)]:
        if key_file_for(path).exists():
            return None  # encrypted: its key file says so (a wrong key is told at unlock)
        return (f"{NOT_SQLITE} (if it is one, its key file {key_file_for(path).name} is missing: open it with "
                "its recovery key, in CASEDESK_RECOVERY_KEY)")
    if len(head) < _HEADER:
        return f"cut short ({size} bytes, less than a database header)"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65_536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "its header is damaged (page size)"
    if size % page_size:
        return f"cut short ({size:,} bytes, not a whole number of {page_size:,}-byte pages)"
    pages = int.from_bytes(head[28:32], "big")
    if head[24:28] == head[92:96] and pages * page_size > size and not wal:
        return f"cut short ({size // page_size:,} of its {pages:,} pages)"
    return None


def damaged(path: Path, why: str, backups_dir: Path) -> DamagedCaseload:
    """The error for a damaged caseload: what is wrong, that nothing was changed, how to restore."""
    found = sorted(backups_dir.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime) if backups_dir.is_dir() else []
    if found:
        advice = (f"restore a backup: casedesk restore {found[-1]} (the newest of {len(found)} in {backups_dir}), "
                  "or File > Restore in the window")
    else:
        advice = (f"restore a backup you keep elsewhere (casedesk restore FILE); there is none in {backups_dir}. "
                  "If this caseload never held clients, move the file away to start a new one")
    return DamagedCaseload(f"{path}: the caseload is damaged: {why}. Nothing was changed; {advice}.")
