"""File ▸ Settings, and the Help menu (the guide, the shortcuts, the marks, About)."""

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
        w = self.window
        if w.db.encrypted:
            state = self.tr("The caseload and its backups are encrypted with your passphrase.")
            manage = w.act_passphrase
        elif w.act_encrypt.isEnabled():
            state = self.tr("The caseload is not encrypted: anyone who can read this computer's files can read it.")
            manage = w.act_encrypt
        else:
            state, manage = self.tr("This caseload is not a file on this computer: it is protected where it is "
                                    "kept."), None
        if SettingsDialog.ask(self.services.settings, w, encryption=state,
                              manage_encryption=manage.trigger if manage is not None else None):
            self.window.after_change(SETTINGS_SAVED, self.tr("Settings saved."))

    def help(self, page: int = 0) -> None:
        from ..help import HelpDialog

        HelpDialog(self.window.actions(), self.window, page).exec()

    def about(self) -> None:
        from ..about import AboutDialog

        AboutDialog(self.window).exec()
