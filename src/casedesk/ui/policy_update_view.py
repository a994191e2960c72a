"""A policy update's difference and its impact: the facts added, changed and removed (with their sources),
then every client whose verdict, status end or open deadlines moved, from what to what; the list filters
by country and U.S. status and exports to CSV.

The rows are plain data made on the worker (``impact_rows``); the models word only the rows on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ..domain.policyupdate import ADDED, CHANGED, REMOVED, FactDiff, PolicyDiff
from ..services.assessments import ReassessReport, VerdictChange
from .labels import country_name, message_text, status_text, ui_language
from .policy_view import _value_text
from .reassess_view import Row, change_rows, change_words, client_name
from .rows_model import RowsModel
from .screen_fit import fit
from .dates import show_date
from .empty_hint import EmptyHint
from .counts import count_text

D_CHANGE, D_FACT, D_BEFORE, D_NOW, D_FROM, D_SOURCE = range(6)
I_CLIENT, I_COUNTRY, I_STATUS, I_WHAT, I_BEFORE, I_NOW = range(6)
ClientIdRole = Qt.ItemDataRole.UserRole + 1
ALL = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("PolicyUpdateDialog", text)


ImpactRow = Row
impact_rows = change_rows


def impact_words(row: ImpactRow) -> tuple[str, str, str, str, str, str]:
    """Client, country, U.S. status, what changed, before, now: as shown and exported."""
    c = row.client
    status = ", ".join(status_text(k) for k in c.status_kinds)
    return (client_name(c), country_name(c.country), status, *change_words(row))


class ImpactModel(RowsModel):
    def __init__(self, rows: list[ImpactRow], parent=None):
        super().__init__((
            QCoreApplication.translate("PolicyUpdateDialog", "Client"),
            QCoreApplication.translate("PolicyUpdateDialog", "Country"),
            QCoreApplication.translate("PolicyUpdateDialog", "U.S. status"),
            QCoreApplication.translate("PolicyUpdateDialog", "What changed"),
            QCoreApplication.translate("PolicyUpdateDialog", "Before"),
            QCoreApplication.translate("PolicyUpdateDialog", "Now"),
        ), parent)
        self._rows = rows

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return impact_words(row)[index.column()]
        if role == ClientIdRole:
            return row.client.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == I_NOW and isinstance(row.change, VerdictChange) \
                and row.change.summary is not None:
            return message_text(row.change.summary)
        return None

    def impact(self, row: int) -> ImpactRow:
        return self._rows[row]


class ImpactFilter(QSortFilterProxyModel):
    """Only the rows of clients of one country (citizenship) and one U.S. status kind, when chosen."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.country = ALL
        self.status = ALL

    def set_filter(self, country: str, status: str) -> None:
        self.beginFilterChange()
        self.country, self.status = country, status
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ImpactModel)
        client = model.impact(source_row).client
        return (not self.country or client.country == self.country) and (
            not self.status or self.status in client.status_kinds)


class DiffModel(RowsModel):
    def __init__(self, diff: PolicyDiff, parent=None):
        super().__init__((
            QCoreApplication.translate("PolicyUpdateDialog", "Change"),
            QCoreApplication.translate("PolicyUpdateDialog", "Fact"),
            QCoreApplication.translate("PolicyUpdateDialog", "Before"),
            QCoreApplication.translate("PolicyUpdateDialog", "Now"),
            QCoreApplication.translate("PolicyUpdateDialog", "In force from"),
            QCoreApplication.translate("PolicyUpdateDialog", "Source"),
        ), parent)
        self._rows = list(diff.facts)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        d: FactDiff | None = self.row_at(index)
        if d is None:
            return None
        shown = d.new or d.old
        assert shown is not None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == D_CHANGE:
                return {ADDED: QCoreApplication.translate("PolicyUpdateDialog", "Added"),
                        CHANGED: QCoreApplication.translate("PolicyUpdateDialog", "Changed"),
                        REMOVED: QCoreApplication.translate("PolicyUpdateDialog", "Removed")}[d.code]
            if col == D_FACT:
                return f"{shown.id} — {shown.title_in(ui_language())}"
            if col == D_BEFORE:
                return _value_text(d.old.value) if d.old else ""
            if col == D_NOW:
                return _value_text(d.new.value) if d.new else ""
            if col == D_FROM:
                return show_date(d.new.effective) if d.new else ""
            return shown.source_title
        if role == Qt.ItemDataRole.ToolTipRole and col == D_SOURCE:
            return shown.source_url or None
        return None


class ImpactFileChooser:
    @staticmethod
    def save_path(parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate(
                "PolicyUpdateDialog", "Export affected clients"),
                                              "casedesk-policy-impact.csv", "CSV (*.csv)")
        return Path(name) if name else None


class PolicyUpdateDialog(QDialog):
    open_client = Signal(int)

    def __init__(self, diff: PolicyDiff, report: ReassessReport | None, rows: list[ImpactRow], parent=None, *,
                 overridden: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Policy update"))
        layout = QVBoxLayout(self)
        counts = diff.counts()
        self.summary = QLabel(self.tr("Policy data %1 → %2: %3 facts added, %4 changed, %5 removed.")
                              .replace("%1", diff.old_version).replace("%2", diff.new_version)
                              .replace("%3", str(counts[ADDED])).replace("%4", str(counts[CHANGED]))
                              .replace("%5", str(counts[REMOVED])))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.diff_model = DiffModel(diff, self)
        self.diff_table = self._table("policy-update:facts", self.tr("Facts added, changed and removed"),
                                      self.diff_model)
        self.diff_table.horizontalHeader().setSectionResizeMode(D_FACT, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.diff_table, 1)

        clients = len({r.client.id for r in rows})
        self.impact_label = QLabel(
            self.tr("%1 clients re-assessed on %2: %3 affected (verdicts, U.S. status ends or open deadlines "
                    "changed). Double-click a client to open it.")
            .replace("%1", count_text(report.clients)).replace("%2", show_date(report.as_of))
            .replace("%3", count_text(clients)) if report is not None else
            self.tr("The update is stored, but this window was started with a policy file (--policy), which stays "
                    "in force until CaseDesk is started without it: the clients affected show then.") if overridden else
            self.tr("The caseload was not re-assessed: run Policy ▸ Re-assess Caseload to see the clients affected."))
        self.impact_label.setWordWrap(True)
        layout.addWidget(self.impact_label)

        filters = QHBoxLayout()
        self.country = QComboBox(self)
        self.country.setAccessibleName(self.tr("Country"))
        self.country.addItem(self.tr("All countries"), ALL)
        for code in sorted({r.client.country for r in rows if r.client.country}, key=country_name):
            self.country.addItem(country_name(code), code)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("U.S. status"))
        self.status.addItem(self.tr("All U.S. statuses"), ALL)
        for kind in sorted({k for r in rows for k in r.client.status_kinds}):
            self.status.addItem(status_text(kind), kind)
        filters.addWidget(QLabel(self.tr("Country:")))
        filters.addWidget(self.country)
        filters.addWidget(QLabel(self.tr("U.S. status:")))
        filters.addWidget(self.status)
        filters.addStretch(1)
        self.export_button = QPushButton(self.tr("&Export to CSV…"), self)
        filters.addWidget(self.export_button)
        layout.addLayout(filters)

        self.model = ImpactModel(rows, self)
        self.proxy = ImpactFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._table("policy-update:clients", self.tr("Clients affected"), self.proxy)
        self.table.setColumnWidth(I_CLIENT, 220)
        self.table.setColumnWidth(I_WHAT, 260)
        self.table.doubleClicked.connect(self._open)
        self.empty_hint = EmptyHint(self.table, lambda: self.tr(
            "No client is affected (with these filters): verdicts, U.S. status ends and open deadlines are "
            "as they were."), "policy-update:empty")
        layout.addWidget(self.table, 2)
        self.country.currentIndexChanged.connect(self._filter)
        self.status.currentIndexChanged.connect(self._filter)
        self.export_button.clicked.connect(self._export)
        self.export_button.setEnabled(bool(rows))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit(self, 1000, 680)

    def _table(self, name: str, accessible: str, model) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _filter(self) -> None:
        self.proxy.set_filter(self.country.currentData() or ALL, self.status.currentData() or ALL)

    def shown_rows(self) -> list[ImpactRow]:
        """The rows the filters let through, in order."""
        return [self.model.impact(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]

    def export(self, path: Path) -> int:
        """The rows shown (filters applied), as CSV (``services.csvexport``: quoted, CRLF, no formulas)."""
        from ..services.csvexport import write_csv

        header = [self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(self.model.columnCount())]
        return write_csv(path, [QCoreApplication.translate("PolicyUpdateDialog", "Client id"), *header],
                         ([r.client.id, *impact_words(r)] for r in self.shown_rows()))

    def _export(self) -> None:
        from .dialogs import ConfirmExport, Notice
        from .errors import describe

        path = ImpactFileChooser.save_path(self)
        if path is None or not ConfirmExport.ask(self):
            return
        try:
            count = self.export(path)
        except OSError as exc:
            Notice.warn(self, self.tr("Could not export the list"), describe(exc))
            return
        self.impact_label.setText(self.tr("%1 rows written to %2").replace("%1", str(count))
                                  .replace("%2", str(path)))

    def _open(self, index: QModelIndex) -> None:
        client_id = self.proxy.data(index, ClientIdRole)
        if client_id is not None:
            self.open_client.emit(int(client_id))
