"""Storage problems a user can understand and act on (never a bug of ours)."""


class StorageError(Exception):
    """The database cannot be used as asked; the message says why and what to do."""


class DatabaseTooNew(StorageError):
    pass


class NotADatabase(StorageError):
    pass


class DamagedCaseload(NotADatabase):
    """The caseload's file is damaged (empty, cut short, not SQLite, failing its check): nothing is
    written to it; the message says how to restore a backup."""


class EnvironmentFault(StorageError):
    """The computer refused: disk full, file locked, read-only, failing disk. ``kind`` names it."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class UnsafeBackup(StorageError):
    """A backup whose schema, triggers or audit trail are not what its schema version should have:
    restoring it could drop the trail's protection or bring in triggers that copy or erase data."""


class AuditAppendOnly(StorageError):
    """Something tried to change or remove audit rows: the database refused (its triggers on either back
    end, or the application role's missing privilege on a server)."""


class Contention(StorageError):
    """A server ended this transaction because another writer got there first (serialization failure,
    deadlock): nothing was changed, and trying the whole action again is safe."""
