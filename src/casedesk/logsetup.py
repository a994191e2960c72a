"""Logging to a rotating file in the user log folder.

Log records carry ids, counts and error kinds only: never a client's name, A-number, date of
birth or free text. Messages that might hold such data must not be logged.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path
from types import TracebackType

LOG_FILE = "casedesk.log"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    if any(getattr(h, "casedesk", False) for h in root.handlers):
        return path
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.casedesk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path


def scrubbed_traceback(tb: TracebackType | None) -> str:
    """Where an error happened, without its message: messages may quote client data."""
    return "".join(traceback.format_tb(tb))
