"""Settings the user can change, built from their one declaration in services/settings.py."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout,
    QWidget,
)

from ..services.errors import ServiceError
from ..services.settings import SETTINGS, SettingsService


def _tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


class SettingsDialog(QDialog):
    def __init__(self, service: SettingsService, parent=None):
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Reminders: how many days before each kind of deadline to be reminded "
                               "(comma-separated, e.g. 90, 30, 7), used for calendar alarms. Letterhead: printed "
                               "on referral letters. Your name and title are yours, kept on this computer; "
                               "everything else is shared by everyone working on this caseload."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        inner = QWidget()
        form = QFormLayout(inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout.addWidget(scroll)
        self.inputs: dict[str, Any] = {}
        values = service.all()
        for setting in SETTINGS:
            if setting.kind == "flag":
                box = QCheckBox(_tr(setting.label))
                box.setChecked(bool(values[setting.key]))
                box.setObjectName(setting.key)
                form.addRow(box)
                self.inputs[setting.key] = box
            elif setting.kind == "multiline":
                edit = QPlainTextEdit(str(values[setting.key]))
                edit.setObjectName(setting.key)
                edit.setTabChangesFocus(True)
                label = QLabel(_tr(setting.label))
                label.setBuddy(edit)
                edit.setAccessibleName(_tr(setting.label))
                form.addRow(label, edit)
                self.inputs[setting.key] = edit
            else:
                edit = QLineEdit(", ".join(str(v) for v in values[setting.key]) if setting.kind == "lead_days"
                                 else str(values[setting.key]))
                edit.setObjectName(setting.key)
                label = QLabel(_tr(setting.label))
                label.setBuddy(edit)
                if service.is_personal(setting.key):
                    edit.setToolTip(self.tr("Yours: kept on this computer, not shared with the caseload"))
                form.addRow(label, edit)
                self.inputs[setting.key] = edit
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b71c1c")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _value(self, setting) -> Any:
        widget = self.inputs[setting.key]
        if setting.kind == "flag":
            return widget.isChecked()
        if setting.kind == "multiline":
            return widget.toPlainText().strip()
        text = widget.text().strip()
        if setting.kind == "lead_days":
            parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
            if not all(p.isdigit() for p in parts):
                raise ServiceError(_tr("%1: whole numbers of days, separated by commas").replace(
                    "%1", _tr(setting.label)))
            return [int(p) for p in parts]
        return text

    def accept(self) -> None:
        """Check every value first; save only when all are valid (nothing half-saved)."""
        try:
            values = {s.key: s.check(self._value(s)) for s in SETTINGS}
        except ServiceError as exc:
            self.error.setText(str(exc))
            return
        for key, value in values.items():
            self.service.set(key, value)
        super().accept()

    @classmethod
    def ask(cls, service: SettingsService, parent=None) -> bool:
        return cls(service, parent).exec() == QDialog.DialogCode.Accepted
