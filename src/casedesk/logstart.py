"""Loggers for the modules a quick read of the command line loads, which import ``logging`` only when
they have something to log (it is a tenth of such a command's start-up).

The command line registers how its log file is set up (``set_up_with``); it is set up by the first
logger asked for here, or by ``start`` before the database is first opened (``context``: the storage
layer and SQLAlchemy log through ``logging`` directly), so that no record is lost or printed bare on
stderr. The window sets its log up at start and registers nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from logging import Logger

_set_up: Callable[[], Any] | None = None


def set_up_with(set_up: Callable[[], Any] | None) -> None:
    """Set up the log with ``set_up`` before the first record (None: nothing to set up)."""
    global _set_up
    _set_up = set_up


def start() -> None:
    """Set the log up now if it is registered and not set up yet."""
    global _set_up
    set_up, _set_up = _set_up, None
    if set_up is not None:
        set_up()


def logger(name: str) -> Logger:
    """``logging.getLogger(name)``, the log set up first if it was not."""
    import logging

    start()
    return logging.getLogger(name)
