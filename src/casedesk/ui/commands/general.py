"""File ▸ Settings and Help ▸ About."""

from __future__ import annotations

from ..ops import Changes
from .base import Area

# A setting can change how deadlines show (when an ended status stops being a to-do): views read them again.
SETTINGS_SAVED = Changes(deadlines=True)


class GeneralCommands(Area):
    def edit_settings(self) -> None:
        from ..settings_dialog import SettingsDialog

        if not self.idle():
            return
        if SettingsDialog.ask(self.services.settings, self.window):
            self.window.after_change(SETTINGS_SAVED, self.tr("Settings saved."))

    def about(self) -> None:
        from ..about import AboutDialog

        AboutDialog(self.window).exec()
