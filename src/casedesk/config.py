"""Where CaseDesk keeps its files: resolved once, from the command line, the environment or the platform.

No import-time side effects: nothing is created until ``Paths.ensure()`` is called.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

APP_NAME = "CaseDesk"
ENV_HOME = "CASEDESK_HOME"
ENV_DATABASE_URL = "CASEDESK_DATABASE_URL"
DB_FILENAME = "casedesk.sqlite3"
LOCK_FILENAME = "casedesk.lock"  # held by the window while it runs (ui/instance_lock.py)


class Paths(NamedTuple):  # not a dataclass: ``dataclasses`` is a tenth of a quick command's start-up
    data_dir: Path
    log_dir: Path
    database_url: str | None = None  # a server database instead of the SQLite file

    @property
    def database_file(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def database_location(self) -> str | Path:
        return self.database_url or self.database_file

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def personal_settings_file(self) -> Path:
        """The caseworker's own name and title (services/personal.py): theirs, not the caseload's."""
        return self.data_dir / "my-settings.json"

    @property
    def instance_lock_file(self) -> Path:
        return self.data_dir / LOCK_FILENAME

    @property
    def ui_state_file(self) -> Path:
        return self.data_dir / "window-state.ini"

    def ensure(self) -> None:
        for folder in (self.data_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)


def resolve_paths(data_dir: str | os.PathLike | None = None, database_url: str | None = None,
                  env: Mapping[str, str] | None = None) -> Paths:
    env = os.environ if env is None else env
    chosen = data_dir or env.get(ENV_HOME)
    url = database_url or env.get(ENV_DATABASE_URL) or None
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return Paths(root, root / "logs", url)
    import platformdirs  # only when needed: keeps `--version` fast

    return Paths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
                 Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)), url)
