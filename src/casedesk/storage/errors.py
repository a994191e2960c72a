"""Storage problems a user can understand and act on (never a bug of ours)."""


class StorageError(Exception):
    """The database cannot be used as asked; the message says why and what to do."""


class DatabaseTooNew(StorageError):
    pass


class NotADatabase(StorageError):
    pass
