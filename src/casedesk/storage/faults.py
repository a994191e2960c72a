"""The environment's faults as SQLite reports them, turned into messages a user can act on.

A full disk, a file another program holds, a read-only folder or a failing disk are not bugs
of ours: they become an ``EnvironmentFault`` (a ``StorageError``, so the UI shows a plain
message, not a crash report). The unit of work they interrupt is rolled back, so each message
can say that nothing was changed.
"""

from __future__ import annotations

from .errors import AuditAppendOnly, Contention, EnvironmentFault

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


# The message of the triggers of migrations 0007 and 0016, on both back ends.
APPEND_ONLY = "the audit trail is append-only"
APPEND_ONLY_MESSAGE = "The audit trail is append-only: its entries cannot be changed or removed; nothing was changed."


def audit_refusal(exc: BaseException) -> AuditAppendOnly | None:
    """The same exception for SQLite's RAISE(ABORT), PostgreSQL's RAISE EXCEPTION and a server role
    without the privilege (UPDATE, DELETE or TRUNCATE of the audit table)."""
    words = str(exc)
    if APPEND_ONLY in words or "permission denied for table audit" in words:
        return AuditAppendOnly(APPEND_ONLY_MESSAGE)
    return None


def server_fault(exc: BaseException, where: str) -> EnvironmentFault | Contention | None:
    """A PostgreSQL server's or the network's fault (``where``: the server's address, no password),
    or None when it is not one. Classified by SQLSTATE: 08 connection, 28 login, 3D no database,
    40 serialization/deadlock, 42501 privilege, 53 resources, 57P shutting down."""
    state = getattr(exc, "sqlstate", None) or ""
    first = (str(exc).strip().splitlines() or [""])[0]
    if not state and "FATAL:" in first:  # refused while connecting: libpq gives words, not a SQLSTATE
        first = first.split("FATAL:", 1)[1].strip()
        state = "3D000" if first.startswith("database ") and first.endswith("does not exist") else \
            "28000" if any(w in first for w in ("authentication failed", "role ", "pg_hba.conf", "password"))\
            else ""
    if state.startswith("40"):
        return Contention("Another caseworker changed the same records at the same moment; nothing was changed. "
                          "Try again.")
    if state.startswith("28"):
        return EnvironmentFault("login", f"The database server at {where} refused the login: {first}. "
                                         "Check the user name and password (or the service or password file).")
    if state.startswith("3D"):
        return EnvironmentFault("no_database", f"The database server at {where} has no such database: {first}.")
    if state == "42501":
        return EnvironmentFault("permission", f"The database server at {where} refused: {first}; nothing was "
                                              "changed. Ask the server's administrator for the privilege.")
    if state.startswith("53"):
        return EnvironmentFault("server_full", f"The database server at {where} is out of resources: {first}; "
                                               "nothing was changed.")
    if state.startswith(("08", "57P")) or (not state and type(exc).__name__ == "OperationalError"):
        return EnvironmentFault("unreachable", f"cannot reach the database server at {where}: {first}. "
                                               "Nothing was changed; check the network and that the server runs.")
    return None
