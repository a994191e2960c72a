"""File ▸ Settings and Help ▸ About."""

from __future__ import annotations

from .base import Area


class GeneralCommands(Area):
    def edit_settings(self) -> None:
        from ..settings_dialog import SettingsDialog

        if not self.idle():
            return
        if SettingsDialog.ask(self.services.settings, self.window):
            self.say(self.tr("Settings saved."))

    def about(self) -> None:
        from ..about import AboutDialog

        AboutDialog(self.window).exec()
