"""Client ▸ Close File…, Client ▸ Purge… (its confirmation) and Client ▸ Files Past Retention…:
the dialogs; what they do is in ``commands/retention.py``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from ..services.retention import FileDue
from .rows_model import RowsModel
from .screen_fit import fit

COL_NAME, COL_CLOSED, COL_UNTIL = range(3)


def day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class CloseFileDialog(QDialog):
    """The day the client's file was closed; or, for a closed one, reopening it."""

    CLOSE, REOPEN = "close", "reopen"

    def __init__(self, name: str, closed_on: date | None, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice: tuple[str, date | None] | None = None
        self.setWindowTitle(QCoreApplication.translate("Retention", "Close File: %1").replace("%1", name))
        layout = QVBoxLayout(self)
        if closed_on is None:
            text = QCoreApplication.translate(
                "Retention", "Closing the file starts its retention period (File ▸ Settings). The client stays "
                "in the caseload and can still be edited; once the period has run out the file is listed in "
                "Client ▸ Files Past Retention, to be purged.")
        else:
            text = QCoreApplication.translate("Retention", "This file was closed on %1. Change the day, or reopen "
                                              "the file.").replace("%1", day_text(closed_on))
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(QCoreApplication.translate("Retention", "&Closed on:"))
        self.date = QDateEdit(self)
        self.date.setObjectName("closed_on")
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        start = closed_on or today
        self.date.setDate(QDate(start.year, start.month, start.day))
        label.setBuddy(self.date)
        layout.addWidget(label)
        layout.addWidget(self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        close = buttons.addButton(QCoreApplication.translate("Retention", "Close the &File"),
                                  QDialogButtonBox.ButtonRole.AcceptRole)
        close.setObjectName("close_file")
        close.clicked.connect(lambda _checked=False: self._choose(self.CLOSE))
        if closed_on is not None:
            reopen = buttons.addButton(QCoreApplication.translate("Retention", "&Reopen"),
                                       QDialogButtonBox.ButtonRole.ActionRole)
            reopen.setObjectName("reopen")
            reopen.clicked.connect(lambda _checked=False: self._choose(self.REOPEN))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose(self, what: str) -> None:
        self.choice = (what, self.date.date().toPython() if what == self.CLOSE else None)  # type: ignore[assignment]
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, closed_on: date | None,
            today: date) -> tuple[str, date | None] | None:
        dialog = cls(name, closed_on, today, parent)
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None


class ConfirmPurge:
    """Names the client, says it cannot be undone, and warns when the retention period has not run out."""

    @staticmethod
    def ask(parent: QWidget | None, name: str, closed_on: date | None, keep_until: date | None, today: date) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Retention", "Purge client"))
        box.setText(QCoreApplication.translate(
            "Retention", "Erase %1 for good? Their facts, assessments, letter records, deadlines and their values "
            "in the change history are erased. This cannot be undone.").replace("%1", name))
        if closed_on is None:
            detail = QCoreApplication.translate(
                "Retention", "This file is not closed: its retention period has not started. Purge only if the law "
                "requires the erasure (a person's request under privacy law, say).")
        elif keep_until is not None and keep_until > today:
            detail = QCoreApplication.translate(
                "Retention", "This file must be kept until %1 (closed on %2). Purge only if the law requires the "
                "erasure.").replace("%1", day_text(keep_until)).replace("%2", day_text(closed_on))
        else:
            detail = QCoreApplication.translate(
                "Retention", "The file was closed on %1; its retention period has run out.").replace(
                    "%1", day_text(closed_on))
        box.setInformativeText(detail + "\n\n" + QCoreApplication.translate(
            "Retention", "The change history keeps only that the client was purged, when and by whom. Backups taken "
            "before now still hold the client until they are thinned out."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("Retention", "&Purge"))
        return box.exec() == QMessageBox.StandardButton.Yes


class DueModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__((QCoreApplication.translate("Retention", "Client"),
                          QCoreApplication.translate("Retention", "Closed on"),
                          QCoreApplication.translate("Retention", "Kept until")), parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row: FileDue | None = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.name, day_text(row.closed_on), day_text(row.keep_until))[index.column()]


class RetentionDialog(QDialog):
    """The closed files past their retention period; Purge… erases the selected one (``purge(row)``)."""

    def __init__(self, rows: list[FileDue], years: int, purge, parent: QWidget | None = None):
        super().__init__(parent)
        self.purge = purge
        self.setWindowTitle(QCoreApplication.translate("Retention", "Files Past Retention"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = DueModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("files")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.purge_button: QPushButton = buttons.addButton(QCoreApplication.translate("Retention", "&Purge…"),
                                                           QDialogButtonBox.ButtonRole.ActionRole)
        self.purge_button.setObjectName("purge")
        self.purge_button.clicked.connect(lambda _checked=False: self._purge())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.set_rows(rows, years)
        fit(self, 640, 400)

    def set_rows(self, rows: list[FileDue], years: int) -> None:
        self.model.reset_rows(rows)
        self.intro.setText(QCoreApplication.translate(
            "Retention", "%1 closed files are past the retention period (%2 years from closing, File ▸ Settings). "
            "Law societies require a closed file to be kept for a period and then destroyed.")
            .replace("%1", str(len(rows))).replace("%2", str(years)))
        self.purge_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def _purge(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index)
        if row is not None:
            self.purge(row)


__all__ = ["CloseFileDialog", "ConfirmPurge", "RetentionDialog"]
