"""Encryption at rest in the window: unlocking at start, the first-start offer, choosing and
changing a passphrase, showing the recovery key once, removing encryption.

Each dialog has an ``ask`` class method (tests answer it without a modal loop). Dialogs that
check a secret take the function that checks it and show its refusal inside the dialog, so a
wrong passphrase is a line of red text and another try, never a traceback. From the window that
function runs on its worker (``background``): the dialog stays open, shows the conversion's
progress at its foot and cannot be closed until the work is done (a conversion cannot be undone
midway); at the first start, before there is a window, it runs in place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from ..clock import Clock
from ..config import Paths
from ..services import encryption
from ..services.encryption import MIN_PASSPHRASE, EncryptionError, StorageError, WrongPassphrase, check_new_passphrase
from ..services.keystore import Keystore
from ..services.workspace import Database, needs_unlock, open_workspace
from .errors import report
from .ops import Changes, ProgressStrip, Runner
from .ops.dialog import WaitingDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Encryption", text)


class _ErrorLabel(QLabel):
    """The dialog's problem line. Setting it makes the dialog take the room its lines need: a fixed
    height squeezed the dialog's introduction out of view when a long refusal appeared."""

    def setText(self, text: str) -> None:
        super().setText(text)
        if text and (window := self.window()) is not self:
            window.adjustSize()


def _error_label() -> QLabel:
    label = _ErrorLabel()
    label.setObjectName("error")
    label.setStyleSheet("color: #b71c1c")
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("Encryption", "Problem"))
    return label


def _secret_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
                             | Qt.InputMethodHint.ImhSensitiveData)
    return edit


def _with_wait_cursor(work: Callable):
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    finally:
        QApplication.restoreOverrideCursor()


@dataclass(frozen=True)
class InBackground:
    """How a dialog runs its ``apply`` on the window's worker: the runner, the error boundary's title
    (for a bug), what its progress says and what the work changes."""

    runner: Runner
    title: str
    label: str
    changes: Changes


REFUSALS = (EncryptionError, StorageError, OSError)  # shown in the dialog, for another try


class _Applies(WaitingDialog):
    """A dialog whose OK runs ``apply``: in place, or on the worker with its progress at the foot."""

    def __init__(self, background: InBackground | None, parent: QWidget | None):
        super().__init__(parent)
        self._background = background
        self.result_value: object = None
        self.progress = ProgressStrip(self)

    def _run(self, apply: Callable[..., object], *args: object) -> None:
        if self._background is None:
            try:
                self.result_value = _with_wait_cursor(lambda: apply(*args))
            except REFUSALS as exc:
                self._refused(exc)
                return
            QDialog.accept(self)
            return
        bg = self._background
        started = self.run_exclusive(bg.runner, lambda _services, progress: apply(*args, progress=progress),
                                     title=bg.title, label=bg.label, changes=bg.changes, view=self.progress,
                                     done=self._applied, failed=self._failed)
        if not started:
            self._refused(EncryptionError(QCoreApplication.translate(
                    "Encryption", "another operation is running; try again when it has finished")))

    def _applied(self, value: object) -> None:
        self.result_value = value
        QDialog.accept(self)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, REFUSALS):
            self._refused(exc)
        else:  # a bug: the crash dialog, and this one closes
            report(exc, self._background.title if self._background else "", self)
            QDialog.reject(self)

    def _refused(self, exc: BaseException) -> None:
        raise NotImplementedError

    def _spared(self) -> list[QWidget]:
        return [self.progress]


def _message(exc: BaseException) -> str:
    """The refusal as the user should read it (our messages are sentences without a capital)."""
    text = str(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


class UnlockDialog(QDialog):
    """At start: the passphrase (or the recovery key) of the encrypted caseload."""

    def __init__(self, unlock: Callable[[str], bytes], can_remember: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self._unlock = unlock
        self.key: bytes | None = None
        self.setWindowTitle(self.tr("Unlock the caseload"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The caseload on this computer is encrypted. Enter its passphrase to open it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.secret = _secret_field("passphrase")
        self.secret_label = QLabel(self.tr("&Passphrase:"))
        self.secret_label.setBuddy(self.secret)
        form.addRow(self.secret_label, self.secret)
        layout.addLayout(form)
        self.use_recovery = QCheckBox(self.tr("I have the &recovery key instead"))
        self.use_recovery.setObjectName("use-recovery")
        self.use_recovery.toggled.connect(self._recovery_toggled)
        layout.addWidget(self.use_recovery)
        self.remember = QCheckBox(self.tr("Re&member on this computer (in the system keyring)"))
        self.remember.setObjectName("remember")
        self.remember.setToolTip(self.tr("Anyone who can use your session on this computer can then open the "
                                         "caseload without the passphrase."))
        self.remember.setVisible(can_remember)
        layout.addWidget(self.remember)
        self.error = _error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quit")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _recovery_toggled(self, on: bool) -> None:
        # A recovery key is long and not a memorised secret: show it while typing.
        self.secret_label.setText(self.tr("Recovery &key:") if on else self.tr("&Passphrase:"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        key = "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"
        self.secret.setPlaceholderText(key if on else "")
        # The whole recovery key in view, not 20 of its 47 characters.
        # Sized for the widest key the alphabet allows (base32), plus the frame and text margins.
        metrics = self.secret.fontMetrics()
        widest = max(metrics.horizontalAdvance(c) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        room = 40 * widest + 7 * metrics.horizontalAdvance("-") + 2 * metrics.horizontalAdvance("X") + 12
        self.secret.setMinimumWidth(room if on else 0)
        self.adjustSize()
        self.secret.setFocus()

    def accept(self) -> None:
        secret = self.secret.text()
        if not secret:
            self.error.setText(self.tr("Enter the passphrase, or the recovery key."))
            return
        try:
            self.key = _with_wait_cursor(lambda: self._unlock(secret))
        except (EncryptionError, StorageError) as exc:
            self.error.setText(self.tr("Wrong passphrase or recovery key. Try again.")
                               if isinstance(exc, WrongPassphrase)
                               else _message(exc))
            self.secret.clear()
            self.secret.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, unlock: Callable[[str], bytes], can_remember: bool,
            parent: QWidget | None = None) -> tuple[bytes, bool] | None:
        """(data key, remember it) once a secret unlocks the caseload; None if the user quits."""
        dialog = cls(unlock, can_remember, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.key is None:
            return None
        return dialog.key, dialog.remember.isVisible() and dialog.remember.isChecked()


class PassphraseDialog(_Applies):
    """A new passphrase typed twice; with ``current``, the present one (or recovery key) first.

    ``apply(current, new)`` does the change and may refuse it (shown here, the dialog stays); on the
    worker (``background``) it is called with ``progress=`` too.
    """

    def __init__(self, title: str, intro: str, apply: Callable[..., object], *,
                 current: bool = False, action: str = "", decline: str = "", parent: QWidget | None = None,
                 background: InBackground | None = None):
        super().__init__(background, parent)
        self._apply = apply
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setObjectName("intro")
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.current = _secret_field("current") if current else None
        if self.current is not None:
            label = QLabel(self.tr("&Current passphrase or recovery key:"))
            label.setBuddy(self.current)
            form.addRow(label, self.current)
        self.new = _secret_field("new")
        self.again = _secret_field("again")
        for text_, field in ((self.tr("&New passphrase:"), self.new), (self.tr("&Again:"), self.again)):
            label = QLabel(text_)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        hint = QLabel(self.tr("At least %1 characters; a few unrelated words are easy to remember and hard to "
                              "guess. Without it (or the recovery key) nobody can open the caseload, not even "
                              "support.").replace("%1", str(MIN_PASSPHRASE)))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error = _error_label()
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        if action:
            self.ok_button.setText(action)
        if decline:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(decline)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        current = self.current.text() if self.current is not None else None
        new = self.new.text()
        if self.current is not None and not current:
            self.error.setText(self.tr("Enter the current passphrase (or the recovery key)."))
            return
        if new != self.again.text():
            self.error.setText(self.tr("The two new passphrases differ."))
            return
        try:
            check_new_passphrase(new)
        except REFUSALS as exc:
            self._refused(exc)
            return
        self.error.clear()
        self._run(self._apply, current, new)

    def _refused(self, exc: BaseException) -> None:
        self.error.setText(_message(exc))

    @classmethod
    def ask(cls, title: str, intro: str, apply: Callable[..., object], *, current: bool = False,
            action: str = "", decline: str = "", parent: QWidget | None = None,
            background: InBackground | None = None) -> object | None:
        """What ``apply`` returned once it succeeded; None if the user cancelled."""
        dialog = cls(title, intro, apply, current=current, action=action, decline=decline, parent=parent,
                     background=background)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value


class OfferEncryption:
    """First start: protect the new caseload with a passphrase, or not (not asked again)."""

    @staticmethod
    def ask(apply: Callable[[str | None, str], object], parent: QWidget | None = None) -> object | None:
        return PassphraseDialog.ask(
            QCoreApplication.translate("Encryption", "Protect the caseload with a passphrase?"),
            QCoreApplication.translate(
                "Encryption", "CaseDesk can encrypt the caseload and its backups, so that a lost laptop or a copied "
                "file does not expose your clients. You will type the passphrase each time CaseDesk starts. "
                "You can also do this later from File ▸ Encrypt the Caseload…"),
            apply, action=QCoreApplication.translate("Encryption", "&Encrypt"),
            decline=QCoreApplication.translate("Encryption", "&Not Now"), parent=parent)


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once; closing needs "I have stored it"."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("If the passphrase is forgotten, this recovery key is the only way to open the "
                               "caseload. It is shown only now. Print it or keep it in a password manager, away "
                               "from this computer."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel(recovery_key)
        self.key_label.setObjectName("recovery-key")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(self.key_label, alignment=Qt.AlignmentFlag.AlignCenter)
        copy = QPushButton(self.tr("&Copy"))
        copy.setObjectName("copy")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery_key))
        layout.addWidget(copy, alignment=Qt.AlignmentFlag.AlignCenter)
        self.stored = QCheckBox(self.tr("I have &stored the recovery key"))
        self.stored.setObjectName("stored")
        layout.addWidget(self.stored)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        self.ok_button.setEnabled(False)
        self.stored.toggled.connect(self.ok_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def reject(self) -> None:  # Escape or the close button: only once it is stored
        if self.stored.isChecked():
            super().reject()

    def accept(self) -> None:
        if self.stored.isChecked():
            super().accept()

    @classmethod
    def ask(cls, recovery_key: str, parent: QWidget | None = None) -> None:
        cls(recovery_key, parent).exec()


class ConfirmDecrypt(_Applies):
    """Remove encryption: says what it means, and takes the passphrase once more."""

    def __init__(self, apply: Callable[..., object], parent: QWidget | None = None,
                 background: InBackground | None = None):
        super().__init__(background, parent)
        self._apply = apply
        self.setWindowTitle(self.tr("Remove encryption"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("The caseload and its backups will be stored as plain files again: anyone who gets a "
                              "copy of them can read every client's file. The key file and any remembered "
                              "passphrase are deleted."))
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.secret = _secret_field("passphrase")
        label = QLabel(self.tr("&Passphrase or recovery key:"))
        label.setBuddy(self.secret)
        form.addRow(label, self.secret)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        self.ok_button.setText(self.tr("&Remove Encryption"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        secret = self.secret.text()
        if not secret:
            self.error.setText(self.tr("Enter the passphrase, or the recovery key."))
            return
        self.error.clear()
        self._run(self._apply, secret)

    def _refused(self, exc: BaseException) -> None:
        self.error.setText(_message(exc))
        self.secret.clear()

    @classmethod
    def ask(cls, apply: Callable[..., object], parent: QWidget | None = None,
            background: InBackground | None = None) -> object | None:
        dialog = cls(apply, parent, background)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value


def open_caseload(paths: Paths, keystore: Keystore | None, *, clock: Clock, offer: bool = True) -> Database | None:
    """Open the caseload for the window: unlocked from the keyring or by the unlock dialog when it
    is encrypted; a brand-new one is first offered encryption. None: the user chose Quit. A
    conversion a kill interrupted is finished or undone on the way (``open_workspace``), and said."""
    if not needs_unlock(paths):
        first_start = paths.database_url is None and not paths.database_file.exists()
        db = open_workspace(paths, clock=clock, resumed=show_resumed)
        if first_start and offer:
            report = OfferEncryption.ask(lambda _current, new: encryption.encrypt(db, new))
            if isinstance(report, encryption.ConversionReport) and report.recovery_key is not None:
                RecoveryKeyDialog.ask(report.recovery_key)
                report.recovery_key_shown()
        return db
    db_file = paths.database_file
    key_id = encryption.key_file_id(db_file)
    can_remember = keystore is not None and key_id is not None and keystore.available()
    if can_remember:
        remembered = keystore.get(key_id)
        if remembered is not None and encryption.key_matches(db_file, remembered):
            return open_workspace(paths, clock=clock, key=remembered, resumed=show_resumed)
    answer = UnlockDialog.ask(lambda secret: encryption.unlock(db_file, secret), can_remember)
    if answer is None:
        return None
    key, remember = answer
    if remember and keystore is not None and key_id is not None:
        keystore.put(key_id, key)
    return open_workspace(paths, clock=clock, key=key, resumed=show_resumed)


def show_resumed(done: encryption.Resumed) -> None:
    """What the start did with a conversion a kill interrupted; an encryption's recovery key if it
    was never shown."""
    from .dialogs import Notice

    if done.kind == "encrypt" and done.completed:
        text = QCoreApplication.translate(
                "Encryption", "Encrypting the caseload was interrupted. It has now been finished: the caseload and "
                              "its backups are encrypted.")
    elif done.kind == "encrypt":
        text = QCoreApplication.translate(
                "Encryption", "Encrypting the caseload was interrupted before the caseload was converted. It has "
                              "been undone: the caseload and its backups are not encrypted. Encrypt it again "
                              "from File ▸ Encrypt the Caseload…")
    elif done.kind == "decrypt" and done.completed:
        text = QCoreApplication.translate(
                "Encryption", "Removing the encryption was interrupted. It has now been finished: the caseload and "
                              "its backups are no longer encrypted.")
    elif done.kind == "decrypt":
        text = QCoreApplication.translate(
                "Encryption", "Removing the encryption was interrupted before the caseload was converted. It has "
                              "been undone: the caseload and its backups are encrypted as before.")
    elif done.kind == "passphrase" and done.completed:
        text = QCoreApplication.translate(
                "Encryption", "Changing the passphrase was interrupted, but it took effect: the new passphrase "
                              "opens the caseload.")
    elif done.kind == "passphrase":
        text = QCoreApplication.translate(
                "Encryption", "Changing the passphrase was interrupted before it took effect: the old passphrase "
                              "still opens the caseload.")
    else:
        text = QCoreApplication.translate(
                "Encryption", "A conversion of the caseload was interrupted; its backups now match the caseload.")
    if done.backups_left:
        text += "\n\n" + QCoreApplication.translate(
                "Encryption", "These backups could not be read, so they were left as they were:") \
            + "\n" + "\n".join(str(p) for p in done.backups_left)
    Notice.info(None, QCoreApplication.translate("Encryption", "An interrupted conversion"), text)
    if done.recovery_key:
        RecoveryKeyDialog.ask(done.recovery_key)
