"""Until when to hide the selected deadlines."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


class SnoozeDialog(QDialog):
    """Ask until when to hide the selected deadlines (a day after today at the earliest)."""

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze deadlines"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Hide the selected deadlines until this day. They come back on it.")))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("snooze:until")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(QDate(today + timedelta(days=1)))
        self.date_edit.setDate(QDate(today + timedelta(days=7)))
        self.date_edit.setAccessibleName(self.tr("Snooze until"))
        form = QFormLayout()
        form.addRow(self.tr("&Until:"), self.date_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Snooze"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def until(self) -> date:
        return self.date_edit.date().toPython()

    @classmethod
    def ask(cls, parent: QWidget | None, today: date) -> date | None:
        dialog = cls(today, parent)
        try:
            return dialog.until() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
