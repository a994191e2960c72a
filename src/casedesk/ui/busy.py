"""The wait cursor over a step that takes more than a moment on the GUI thread (laying out a page of
results, opening Routes): set and pushed to the window system at once, so it shows during the step
rather than after it; taken off when the event loop next runs, after the layout that follows."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication

_pending = [0]  # wait cursors set and not yet taken off


def show_busy() -> None:
    """Wait cursor now; it goes when control returns to the event loop."""
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    QGuiApplication.sync()
    _pending[0] += 1
    QTimer.singleShot(0, _done)


def _done() -> None:
    if _pending[0] > 0:
        _pending[0] -= 1
        QGuiApplication.restoreOverrideCursor()


def busy_now() -> bool:
    """A wait cursor is showing (tests)."""
    cursor = QGuiApplication.overrideCursor()
    return cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
