"""Settings the user can change, built from their one declaration in services/settings.py."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..services.errors import ServiceError
from ..services.settings import SETTINGS, SettingsService
from . import i18n


def _tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


def _label(setting) -> str:
    """A setting's label (marked in services/settings.py, context "Settings"), its %1 filled."""
    return _tr(setting.label).replace("%1", _tr(setting.detail)) if setting.detail else _tr(setting.label)


class SettingsDialog(QDialog):
    def __init__(self, service: SettingsService, parent=None):
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Reminders: how many days before each kind of deadline to be reminded "
                               "(comma-separated, e.g. 90, 30, 7), used for calendar alarms. Letterhead: printed "
                               "on referral letters."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        inner = QWidget()
        form = QFormLayout(inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout.addWidget(scroll)
        self.inputs: dict[str, Any] = {}
        # The interface's language: this computer's preference (window-state.ini), used from the next start.
        self.language = QComboBox()
        self.language.setObjectName("interface.language")
        for choice, words in ((i18n.SYSTEM, QCoreApplication.translate("Settings", "Follow the system")),
                              ("en", "English"), ("fr", "Français")):
            self.language.addItem(words, choice)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.saved_choice())))
        language_label = QLabel(QCoreApplication.translate("Settings", "Language (from the next start)"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        values = service.all()
        for setting in SETTINGS:
            if setting.kind == "flag":
                box = QCheckBox(_label(setting))
                box.setChecked(bool(values[setting.key]))
                box.setObjectName(setting.key)
                form.addRow(box)
                self.inputs[setting.key] = box
            elif setting.kind == "multiline":
                edit = QPlainTextEdit(str(values[setting.key]))
                edit.setObjectName(setting.key)
                edit.setTabChangesFocus(True)
                label = QLabel(_label(setting))
                label.setBuddy(edit)
                edit.setAccessibleName(_label(setting))
                form.addRow(label, edit)
                self.inputs[setting.key] = edit
            else:
                edit = QLineEdit(", ".join(str(v) for v in values[setting.key]) if setting.kind == "lead_days"
                                 else str(values[setting.key]))
                edit.setObjectName(setting.key)
                label = QLabel(_label(setting))
                label.setBuddy(edit)
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
                raise ServiceError(QCoreApplication.translate(
                        "Settings", "%1: whole numbers of days, separated by commas").replace(
                    "%1", _label(setting)))
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
        i18n.save_choice(self.language.currentData())
        super().accept()

    @classmethod
    def ask(cls, service: SettingsService, parent=None) -> bool:
        return cls(service, parent).exec() == QDialog.DialogCode.Accepted
