"""Opening the caseload a command or window works on."""

from __future__ import annotations

from ..config import Paths
from ..storage.database import Database, open_database


def open_workspace(paths: Paths) -> Database:
    paths.ensure()
    return open_database(paths.database_location, backups_dir=paths.backups_dir)
