"""File ▸ Settings and Help ▸ About."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from .base import Area


class GeneralCommands(Area):
    def edit_settings(self) -> None:
        from ..settings_dialog import SettingsDialog

        if not self.idle():
            return
        if SettingsDialog.ask(self.services.settings, self.window):
            self.say(self.tr("Settings saved."))

    def about(self) -> None:
        from ... import __version__

        QMessageBox.about(self.window, self.tr("About CaseDesk"), self.tr(
            "CaseDesk %1\nAn offline case manager for immigration caseworkers. "
            "Client data stays on this computer.").replace("%1", __version__))
