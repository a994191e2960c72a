"""The morning a policy changes: which clients' verdicts moved, from what to what."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from ..services.assessments import ReassessReport
from .labels import message_text, pathway_name, verdict_text


class ReassessDialog(QDialog):
    open_client = Signal(int)

    def __init__(self, report: ReassessReport, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-assessment of the caseload"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 clients re-assessed on %2 with policy %3: %4 changed, %5 assessed for "
                                        "the first time. Double-click a client to open it.")
                                .replace("%1", f"{report.clients:,}").replace("%2", report.as_of.isoformat())
                                .replace("%3", report.policy_version).replace("%4", f"{len(report.changed):,}")
                                .replace("%5", f"{report.first_assessed:,}")))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Clients whose verdicts changed"))
        self.tree.setHeaderLabels([self.tr("Client / route"), self.tr("Before"), self.tr("Now")])
        for change in report.changed:
            name = ", ".join(p for p in (change.family_name, change.given_names) if p)
            top = QTreeWidgetItem([name, "", ""])
            top.setData(0, Qt.ItemDataRole.UserRole, change.id)
            for v in change.changes:
                item = QTreeWidgetItem([pathway_name(v.pathway), verdict_text(v.old), verdict_text(v.new)])
                if v.summary is not None:
                    item.setToolTip(2, message_text(v.summary))  # why it is what it is now
                top.addChild(item)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.itemDoubleClicked.connect(self._open)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(800, 500)

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        while item.parent() is not None:
            item = item.parent()
        client_id = item.data(0, Qt.ItemDataRole.UserRole)
        if client_id is not None:
            self.open_client.emit(int(client_id))
