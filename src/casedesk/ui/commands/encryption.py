"""File ▸ Encrypt the Caseload, Change Passphrase, Remove Encryption (see services/encryption.py).

Each runs on the worker from inside its dialog, which shows the progress (the caseload, then each
backup) and keeps the refusal in place (a wrong passphrase: another try). None can be cancelled:
a conversion is checked and swapped whole, and stopping between the caseload and its backups
would leave a mixed folder. The window still paints and nothing else reads the caseload
meanwhile (the dialog is modal and the runner holds the timers).
"""

from __future__ import annotations


from ...services import encryption
from ...services.encryption import ConversionReport
from ..dialogs import Notice
from ..errors import guarded
from ..ops import Changes, Progress
from ..tr import QT_TRANSLATE_NOOP
from .base import Area

CONVERTED = Changes(database=True)


class EncryptionCommands(Area):
    def _background(self, title: str, label: str, changes: Changes):
        from ..encryption_dialogs import InBackground

        return InBackground(self.runner, title, label, changes)

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not encrypt the caseload"))
    def encrypt_caseload(self) -> None:
        from ..encryption_dialogs import PassphraseDialog, RecoveryKeyDialog

        if not self.idle():
            return
        db, backups = self.services.db, self.window.backups

        def apply(_current: str | None, new: str, progress: Progress | None = None) -> ConversionReport:
            return encryption.encrypt(db, new, backups=backups, progress=progress.report if progress else None)

        report = PassphraseDialog.ask(
            self.tr("Encrypt the caseload"),
            self.tr("The caseload and all its backups will be encrypted with SQLCipher under this passphrase; the "
                    "plain copies are overwritten. CaseDesk will ask for the passphrase each time it starts. Case "
                    "files, letters and calendars you exported are not changed."),
            apply, action=self.tr("&Encrypt"), parent=self.window,
            background=self._background(QT_TRANSLATE_NOOP("Errors", "Could not encrypt the caseload"),
                                        self.tr("Encrypting: the caseload, then each backup…"), CONVERTED))
        if report is None:
            return
        assert isinstance(report, ConversionReport) and report.recovery_key is not None
        RecoveryKeyDialog.ask(report.recovery_key, self.window)
        report.recovery_key_shown()
        self._converted(report, self.tr("The caseload and %1 backups are encrypted."))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not change the passphrase"))
    def change_passphrase(self) -> None:
        from ..encryption_dialogs import PassphraseDialog

        if not self.idle():
            return
        path = self.services.db.path
        assert path is not None  # the action is enabled for an encrypted file only
        done = PassphraseDialog.ask(
            self.tr("Change the passphrase"),
            self.tr("The old passphrase stops opening the caseload at once. The recovery key stays the same."),
            lambda current, new, progress=None: encryption.change_passphrase(path, current or "", new) or True,
            current=True, action=self.tr("&Change"), parent=self.window,
            background=self._background(QT_TRANSLATE_NOOP("Errors", "Could not change the passphrase"),
                                        self.tr("Changing the passphrase…"), Changes()))
        if done:
            self.say(self.tr("Passphrase changed."))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not remove the encryption"))
    def remove_encryption(self) -> None:
        from ..encryption_dialogs import ConfirmDecrypt

        if not self.idle():
            return
        db, backups, keystore = self.services.db, self.window.backups, self.window.keystore
        assert db.path is not None
        key_id = encryption.key_file_id(db.path)

        def apply(secret: str, progress: Progress | None = None) -> ConversionReport:
            return encryption.decrypt(db, secret, backups=backups, progress=progress.report if progress else None)

        report = ConfirmDecrypt.ask(apply, self.window, background=self._background(
            QT_TRANSLATE_NOOP("Errors", "Could not remove the encryption"),
            self.tr("Removing encryption: the caseload, then each backup…"), CONVERTED))
        if report is None:
            return
        if key_id is not None and keystore is not None:
            keystore.delete(key_id)
        assert isinstance(report, ConversionReport)
        self._converted(report, self.tr("Encryption removed from the caseload and %1 backups."))

    def _converted(self, report: ConversionReport, message: str) -> None:
        w = self.window
        w.after_change(CONVERTED, message.replace("%1", str(report.backups_converted)))
        if report.backups_left:
            Notice.warn(w, self.tr("Some backups were not converted"),
                        self.tr("These backups could not be read, so they were left as they were; delete them "
                                "if you no longer need them:") + "\n" + "\n".join(str(p) for p in report.backups_left))
