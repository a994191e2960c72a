"""Client ▸ Close File…, Client ▸ Purge… (its confirmation) and Client ▸ Files Past Retention…:
the dialogs; what they do is in ``commands/retention.py``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from ..services.retention import DeletedClient, FileDue
from .dates import show_date
from .dialogs import confirm
from .labels import date_text
from .rows_model import RowsModel
from .screen_fit import fit
from .counts import count_text

COL_NAME, COL_CLOSED, COL_UNTIL = range(3)


def day_text(day: date) -> str:
    """A day in the tables: the one format of ui/dates.py (a sentence uses labels.date_text)."""
    return show_date(day)


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
                                              "the file.").replace("%1", date_text(closed_on))
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
    def ask(parent: QWidget | None, name: str, closed_on: date | None, keep_until: date | None, today: date, *,
            deleted: bool = False) -> bool:
        text = (QCoreApplication.translate(
            "Retention", "Erase %1 for good? Their facts, assessments, letter records, deadlines and their values "
            "in the change history are erased. This cannot be undone.").replace("%1", name))
        if deleted:
            detail = QCoreApplication.translate(
                "Retention", "This client was deleted; the change history still keeps their values.")
        elif closed_on is None:
            detail = QCoreApplication.translate(
                "Retention", "This file is not closed: its retention period has not started. Purge only if the law "
                "requires the erasure (a person's request under privacy law, say).")
        elif keep_until is not None and keep_until > today:
            detail = QCoreApplication.translate(
                "Retention", "This file must be kept until %1 (closed on %2). Purge only if the law requires the "
                "erasure.").replace("%1", date_text(keep_until)).replace("%2", date_text(closed_on))
        else:
            detail = QCoreApplication.translate(
                "Retention", "The file was closed on %1; its retention period has run out.").replace(
                    "%1", date_text(closed_on))
        return confirm(parent, QCoreApplication.translate("Retention", "Purge client"), text,
                       detail + "\n\n" + QCoreApplication.translate(
                           "Retention", "The change history keeps only that the client was purged, when and by "
                           "whom. Backups taken before now still hold the client until they are thinned out."),
                       QMessageBox.StandardButton.Yes, QCoreApplication.translate("Retention", "&Purge"),
                       safe_default=True)


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


class DeletedModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__((QCoreApplication.translate("Retention", "Client"),
                          QCoreApplication.translate("Retention", "Deleted on"),
                          QCoreApplication.translate("Retention", "By")), parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row: DeletedClient | None = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (deleted_name(row.id), day_text(row.deleted_on), row.deleted_by)[index.column()]


def deleted_name(client_id: int) -> str:
    """A deleted client by number only: its values in the history are never shown."""
    return QCoreApplication.translate("Retention", "Client %1 (deleted)").replace("%1", str(client_id))


def _table(parent: QWidget, name: str, model: RowsModel) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class RetentionDialog(QDialog):
    """The closed files past their retention period, and the deleted clients whose values the history
    still keeps; Purge… erases the selected one (``purge(client_id, name)``)."""

    def __init__(self, rows: list[FileDue], years: int, deleted: list[DeletedClient], purge,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.purge = purge
        self.setWindowTitle(QCoreApplication.translate("Retention", "Files Past Retention"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = DueModel(self)
        self.table = _table(self, "files", self.model)
        self.table.setAccessibleName(QCoreApplication.translate("Retention", "Closed files past retention"))
        layout.addWidget(self.table)
        self.purge_button = QPushButton(QCoreApplication.translate("Retention", "&Purge…"), self)
        self.purge_button.setObjectName("purge")
        self.purge_button.clicked.connect(lambda _checked=False: self._purge(self.table, self.model))
        layout.addWidget(self.purge_button, 0, Qt.AlignmentFlag.AlignRight)
        self.deleted_intro = QLabel(self)
        self.deleted_intro.setObjectName("deleted_intro")
        self.deleted_intro.setWordWrap(True)
        layout.addWidget(self.deleted_intro)
        self.deleted_model = DeletedModel(self)
        self.deleted_table = _table(self, "deleted", self.deleted_model)
        self.deleted_table.setAccessibleName(QCoreApplication.translate("Retention", "Deleted clients"))
        layout.addWidget(self.deleted_table)
        self.purge_deleted_button = QPushButton(QCoreApplication.translate("Retention", "P&urge Deleted Client…"),
                                                self)
        self.purge_deleted_button.setObjectName("purge_deleted")
        self.purge_deleted_button.clicked.connect(
            lambda _checked=False: self._purge(self.deleted_table, self.deleted_model))
        layout.addWidget(self.purge_deleted_button, 0, Qt.AlignmentFlag.AlignRight)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.set_rows(rows, years, deleted)
        fit(self, 640, 520)

    def set_rows(self, rows: list[FileDue], years: int, deleted: list[DeletedClient]) -> None:
        self.model.reset_rows(rows)
        self.intro.setText(QCoreApplication.translate(
            "Retention", "%1 closed files are past the retention period (%2 years from closing, File ▸ Settings). "
            "Law societies require a closed file to be kept for a period and then destroyed.")
            .replace("%1", count_text(len(rows))).replace("%2", str(years)))
        self.purge_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)
        self.deleted_model.reset_rows(deleted)
        self.deleted_intro.setText(QCoreApplication.translate(
            "Retention", "%1 deleted clients: the change history still keeps their values (so a deletion can be "
            "undone). Purge them to erase those.").replace("%1", count_text(len(deleted))))
        self.purge_deleted_button.setEnabled(bool(deleted))
        if deleted:
            self.deleted_table.selectRow(0)

    def _purge(self, table: QTableView, model: RowsModel) -> None:
        row = model.row_at(table.currentIndex())
        if isinstance(row, FileDue):
            self.purge(row.id, row.name)
        elif isinstance(row, DeletedClient):
            self.purge(row.id, deleted_name(row.id))


__all__ = ["CloseFileDialog", "ConfirmPurge", "RetentionDialog"]
