"""What every area's commands share: the window they act on, its services, today, the status bar."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from ...services.bundle import Services
    from ..main_window import MainWindow
    from ..ops import Runner

STATUS_MS = 8000


class Area(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window  # the parent of every dialog here, and the boundary's (see ``errors.guarded``)

    @property
    def services(self) -> Services:
        return self.window.services

    @property
    def runner(self) -> Runner:
        return self.window.runner

    def today(self) -> date:
        return self.window.today()  # read at each use: the day may have changed since the window opened

    def say(self, message: str, ms: int = STATUS_MS) -> None:
        self.window.statusBar().showMessage(message, ms)

    def idle(self) -> bool:
        """Whether a command that writes may start: not while an operation runs (one writer at a time).
        The window greys such commands out meanwhile; this catches the ways in that are not actions."""
        label = self.runner.label
        if label is None:
            return True
        self.say(self.tr("Wait until this has finished: %1").replace("%1", label))
        return False
