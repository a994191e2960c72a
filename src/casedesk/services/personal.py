"""The caseworker's own settings: their name (in the audit trail and under letters) and title.

They belong to the person, not the caseload: on a firm's shared server, Alice setting her name must
not sign Bob's edits. So they live in a small file on the caseworker's own machine (``my-settings.json``
in the data folder, readable by its owner only), named to the sessions by ``Database.personal_file``.
Everything else in Settings (letterhead, reminder lead times) is the firm's, in the database.

A SQLite caseload is one person's: where no file value is set yet, the value an older version stored
in the database is still read there (a server's never is: it would be somebody else's).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..atomic import atomic_write
from ..storage.models import SettingRow
from .errors import ServiceError

PERSONAL_KEYS = frozenset({"audit.caseworker_name", "letterhead.caseworker_name", "letterhead.caseworker_title"})


def read(path: Path | None) -> dict[str, Any]:
    if path is None or not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ServiceError(f"{path}: your own settings cannot be read ({type(exc).__name__}); fix or remove "
                           "the file and set your name again in Settings") from None
    return {k: v for k, v in data.items() if k in PERSONAL_KEYS} if isinstance(data, dict) else {}


def write(path: Path, key: str, value: Any) -> None:
    values = read(path) | {key: value}
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with atomic_write(path, "w", encoding="utf-8") as out:
        json.dump(values, out, ensure_ascii=False, indent=1, sort_keys=True)


def value(session: Session, key: str) -> Any:
    """The caseworker's own ``key`` for this session's caseload, or None when not set."""
    path = session.info.get("personal_file")
    mine = read(path)
    if key in mine:
        return mine[key]
    if session.get_bind().dialect.name == "sqlite":
        row = session.get(SettingRow, key)
        return None if row is None else row.value
    return None


__all__ = ["PERSONAL_KEYS", "read", "value", "write"]
