"""The caseworker's name, asked once at a start where none is set: it goes into the change history
of every client touched and signs letters. It does not block the window (a sheet opened with
``open``): "Later" leaves the computer's login in the history, as History then says."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..services.errors import ServiceError
from ..services.settings import SettingsService

AUDIT_NAME = "audit.caseworker_name"
SIGNATURE = "letterhead.caseworker_name"


def name_missing(settings: SettingsService) -> bool:
    return not str(settings.get(AUDIT_NAME)).strip()


class CaseworkerNameDialog(QDialog):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None,
                 when_idle: Callable[[str, Callable[[], object]], None] | None = None):
        """``when_idle``: the window runner's, so the name is written when no other work writes."""
        super().__init__(parent)
        self.settings = settings
        self._when_idle = when_idle
        self.setObjectName("caseworker-name")
        self.setWindowTitle(self.tr("Your name"))
        layout = QVBoxLayout(self)
        why = QLabel(self.tr("CaseDesk writes who changed what in each client's history, and signs letters with "
                             "your name. What is your name, as it should appear there? (It can be changed in "
                             "File ▸ Settings.)"))
        why.setWordWrap(True)
        layout.addWidget(why)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName(AUDIT_NAME)
        self.name.setAccessibleName(self.tr("Your name"))
        label = QLabel(self.tr("Your &name:"), self)
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.error.setText(self.tr("Type your name, or choose Later."))
            return
        if self._when_idle is None:
            self._save(name)
        else:  # one writer at a time: after the start-up backup, if it is still being taken
            self.save_button.setEnabled(False)
            self._when_idle("caseworker-name", lambda: self._save(name))

    def _save(self, name: str) -> None:
        self.save_button.setEnabled(True)
        try:
            self.settings.set(AUDIT_NAME, name)
            if not str(self.settings.get(SIGNATURE)).strip():  # the letters' signature too, if none is set
                self.settings.set(SIGNATURE, name)
        except ServiceError as exc:
            self.error.setText(str(exc).split(": ", 1)[-1])
            return
        super().accept()
