"""Fixtures shared by the window tests."""

from __future__ import annotations

import logging
import sys

import pytest


@pytest.fixture
def restore_process_state(monkeypatch):
    """``app.start`` installs the app's excepthook and log handlers, as a real start does: put ours back."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger().handlers)
    yield
    for handler in set(logging.getLogger().handlers) - set(handlers):
        logging.getLogger().removeHandler(handler)
        handler.close()
