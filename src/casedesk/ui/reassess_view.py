"""The morning a policy changes: which clients' verdicts, U.S. status ends and open deadlines moved, from
what to what.

One row per route or date that moved (the client's name on each), in a table whose model only words the
rows on screen: a re-assessment after a policy change may move every client of a large caseload,
and the list must open at once.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout,
)

from ..services.assessments import ClientChange, DeadlineChange, ReassessReport, VerdictChange
from .labels import message_text, pathway_name, verdict_text
from .upcoming.words import kind_name
from .rows_model import RowsModel
from .screen_fit import fit
from .dates import show_date
from .empty_hint import EmptyHint
from .counts import count_text

COL_CLIENT, COL_ROUTE, COL_BEFORE, COL_NOW = range(4)
ClientIdRole = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReassessDialog", text)


def client_name(change: ClientChange) -> str:
    return ", ".join(p for p in (change.family_name, change.given_names) if p)


class Row(NamedTuple):
    """One thing that moved for one client: a route's verdict, the U.S. status end, or an open deadline."""

    client: ClientChange
    change: VerdictChange | DeadlineChange | tuple[date | None, date | None]


def change_rows(report: ReassessReport) -> list[Row]:
    """The table's rows (plain data: made on the worker, where 100,000 of them take 40-80 ms)."""
    rows = []
    for c in report.changed:
        rows += [Row(c, v) for v in c.changes]
        if c.status_end is not None:
            rows.append(Row(c, c.status_end))
        rows += [Row(c, d) for d in c.deadlines]
    return rows


def _day(day: date | None) -> str:
    return show_date(day) if day else QCoreApplication.translate("ReassessDialog", "none")


def change_words(row: Row) -> tuple[str, str, str]:
    """What changed, before, now: as shown and exported."""
    change = row.change
    if isinstance(change, VerdictChange):
        return pathway_name(change.pathway), verdict_text(change.old), verdict_text(change.new)
    if isinstance(change, DeadlineChange):
        what = message_text(change.title) if change.title is not None else kind_name(change.kind)
        return what, _day(change.old), _day(change.new)
    return QCoreApplication.translate("ReassessDialog", "U.S. status ends"), _day(change[0]), _day(change[1])


class ChangesModel(RowsModel):
    """(client, the route that moved) rows, worded when shown."""

    def __init__(self, rows: list[Row], parent=None):
        super().__init__((
            QCoreApplication.translate("ReassessDialog", "Client"),
            QCoreApplication.translate("ReassessDialog", "Route or date"),
            QCoreApplication.translate("ReassessDialog", "Before"),
            QCoreApplication.translate("ReassessDialog", "Now"),
        ), parent)
        self._rows = rows

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        client, change = row
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_CLIENT:
                return client_name(client)
            return change_words(row)[col - COL_ROUTE]
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NOW and isinstance(change, VerdictChange) \
                and change.summary is not None:
            return message_text(change.summary)  # why it is what it is now
        if role == ClientIdRole:
            return client.id
        return None


class ReassessDialog(QDialog):
    open_client = Signal(int)

    def __init__(self, report: ReassessReport, parent=None, rows: list[Row] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-assessment of the caseload"))
        layout = QVBoxLayout(self)
        rows = change_rows(report) if rows is None else rows
        text = self.tr("%1 clients re-assessed on %2 with policy %3: %4 changed (verdicts, U.S. status ends or "
                       "open deadlines), %5 assessed for the first time.")
        if rows:  # the hint only where there is a client to open
            text += " " + self.tr("Double-click a client to open it.")
        summary = QLabel(text.replace("%1", count_text(report.clients)).replace("%2", show_date(report.as_of))
                         .replace("%3", report.policy_version).replace("%4", count_text(len(report.changed)))
                         .replace("%5", count_text(report.first_assessed)))
        summary.setWordWrap(True)  # the sentence is wider than a 1024-pixel screen
        layout.addWidget(summary)
        self.model = ChangesModel(rows, self)
        self.table = QTableView(self)
        self.table.setObjectName("reassess:changes")
        self.table.setAccessibleName(self.tr("Clients whose verdicts or dates changed"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(COL_CLIENT, 240)
        self.table.setColumnWidth(COL_ROUTE, 260)
        self.table.setColumnWidth(COL_BEFORE, 160)
        self.table.doubleClicked.connect(self._open)
        self.empty_hint = EmptyHint(self.table, lambda: self.tr(
            "No changes: every client's verdicts, U.S. status end and open deadlines are as they were."),
            "reassess:empty")
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit(self, 860, 500)

    def _open(self, index: QModelIndex) -> None:
        client_id = self.model.data(index, ClientIdRole)
        if client_id is not None:
            self.open_client.emit(int(client_id))
