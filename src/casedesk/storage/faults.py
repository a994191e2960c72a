"""The environment's faults as SQLite reports them, turned into messages a user can act on.

A full disk, a file another program holds, a read-only folder or a failing disk are not bugs
of ours: they become an ``EnvironmentFault`` (a ``StorageError``, so the UI shows a plain
message, not a crash report). The unit of work they interrupt is rolled back, so each message
can say that nothing was changed.
"""

from __future__ import annotations

from .errors import EnvironmentFault

# SQLite's primary result codes (the low byte of an extended code).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 3, 5, 6, 8, 10, 11, 13, 14, 26

FAULTS = {
    _FULL: ("disk_full", "The disk is full, so CaseDesk could not save; nothing was changed. "
                         "Free some space and try again."),
    _BUSY: ("locked", "The caseload is busy in another program or another CaseDesk window, so this could not "
                      "be done; nothing was changed. Close the other one or wait, then try again."),
    _READONLY: ("read_only", "The caseload cannot be written (read-only file, folder or disk); nothing was "
                             "changed. Check the permissions of the data folder."),
    _PERM: ("permission", "Permission denied for the caseload database; nothing was changed. Check the "
                          "permissions of the data folder."),
    _IOERR: ("io", "The disk reported an error while reading or writing the caseload; nothing was changed. "
                   "Check the disk, then restore a backup if the problem stays."),
    _CORRUPT: ("damaged", "The caseload database is damaged, so this could not be done; nothing was changed. "
                          "Restore a backup (casedesk restore FILE, or File > Restore)."),
    _CANTOPEN: ("cant_open", "The caseload database could not be opened (missing folder, permissions or disk); "
                             "nothing was changed."),
}
FAULTS[_LOCKED] = FAULTS[_BUSY]
FAULTS[_NOTADB] = FAULTS[_CORRUPT]

# Drivers that do not expose the result code (some sqlcipher3 builds) still say it in words.
_WORDS = {
    "database or disk is full": _FULL, "database is locked": _BUSY, "database table is locked": _LOCKED,
    "attempt to write a readonly database": _READONLY, "disk i/o error": _IOERR,
    "unable to open database file": _CANTOPEN, "access permission denied": _PERM,
    "database disk image is malformed": _CORRUPT, "file is not a database": _NOTADB,
}


def environment_fault(exc: BaseException) -> EnvironmentFault | None:
    """The fault ``exc`` (a DB-API error) reports, or None when it is not the environment's."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else _WORDS.get(str(exc).strip().lower())
    if primary not in FAULTS:
        return None
    kind, message = FAULTS[primary]
    return EnvironmentFault(kind, message)
