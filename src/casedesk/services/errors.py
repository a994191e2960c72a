"""Errors a user can act on. Anything else reaching the boundary is a bug of ours."""

from datetime import datetime

from ..domain.errors import CaseFileError, LetterError
from ..domain.policydata import PolicyError
from ..policy.loader import PolicyFileError
from ..storage.errors import EnvironmentFault, StorageError


class ServiceError(Exception):
    """A request that cannot be done as asked; the message says why."""


class NotFound(ServiceError):
    pass


class NoSuchClient(NotFound):
    """``client 7: no such client``; the id kept so the edge can word it in another language."""

    def __init__(self, client_id: int, *, meanwhile: bool = False):
        super().__init__(f"client {client_id}: no such client" + (" (deleted meanwhile?)" if meanwhile else ""))
        self.client_id, self.meanwhile = client_id, meanwhile


class EditConflict(ServiceError):
    """An edit refused because someone else saved the client first. Says who and when (from the audit
    trail) and carries the version the edit was made on and the one now stored."""

    def __init__(self, message: str, *, client_id: int | None = None, yours: int | None = None,
                 theirs: int | None = None, by: str | None = None, at: datetime | None = None):
        super().__init__(message)
        self.client_id, self.yours, self.theirs, self.by, self.at = client_id, yours, theirs, by, at


# What the CLI and the UI show as a plain message rather than a crash report. OSError covers
# the environment's faults: missing file, permission denied, disk full. PolicyError: a policy
# file without a fact a rule needs on the date (the message names both). PolicyFileError: a policy
# file (an update being loaded) refused, the message naming the fact and field.
USER_ERRORS = (ServiceError, StorageError, CaseFileError, OSError, LetterError, PolicyError, PolicyFileError)

__all__ = ["USER_ERRORS", "EnvironmentFault", "NoSuchClient", "NotFound", "EditConflict", "ServiceError",
           "StorageError"]
