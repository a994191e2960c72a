"""Errors a user can act on. Anything else reaching the boundary is a bug of ours."""

from ..domain.errors import CaseFileError, LetterError
from ..storage.errors import EnvironmentFault, StorageError


class ServiceError(Exception):
    """A request that cannot be done as asked; the message says why."""


class NotFound(ServiceError):
    pass


class EditConflict(ServiceError):
    pass


# What the CLI and the UI show as a plain message rather than a crash report. OSError covers
# the environment's faults: missing file, permission denied, disk full.
USER_ERRORS = (ServiceError, StorageError, CaseFileError, OSError, LetterError)

__all__ = ["USER_ERRORS", "EnvironmentFault", "NotFound", "EditConflict", "ServiceError", "StorageError"]
