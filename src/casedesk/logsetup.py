"""Logging to a rotating file in the user log folder.

Log records carry ids, counts and error kinds only: never a client's name, A-number, date of
birth or free text. Messages that might hold such data must not be logged.
"""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path
from types import TracebackType

LOG_FILE = "casedesk.log"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``log_dir``'s file from the first record on; an ``OSError`` here (or, later, opening
    the file) means a folder that cannot be written: nothing is logged."""
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    if any(getattr(h, "casedesk", False) for h in root.handlers):
        return path
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    root.addHandler(_OnFirstRecord(path))
    root.setLevel(level)
    return path


class _OnFirstRecord(logging.Handler):
    """The rotating log file's handler, made at the first record: a short command that logs nothing
    does not load ``logging.handlers`` (a tenth of its start-up)."""

    casedesk = True  # one per process (``setup_logging``)

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            try:
                self._file = logging.handlers.RotatingFileHandler(self.path, maxBytes=1_000_000, backupCount=5,
                                                                  encoding="utf-8")
            except OSError:  # a read-only data folder: the work goes on unlogged (as ``setup_logging`` says)
                self._file = logging.NullHandler()
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def scrubbed_traceback(tb: TracebackType | None) -> str:
    """Where an error happened, without its message: messages may quote client data."""
    return "".join(traceback.format_tb(tb))
