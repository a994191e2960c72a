"""The morning summary: what is overdue and due this week, in a few lines, with a way into Upcoming."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...services.deadlines import DeadlineRecord, Summary, record_words
from .words import client_name, summary_text, urgency_text

SUMMARY_LINES = 15


class MorningSummaryDialog(QDialog):
    """What is overdue and due this week, in a few lines, with a way into the Upcoming view."""

    def __init__(self, summary: Summary, top_records: Sequence[DeadlineRecord], today: date | None = None,
                 parent: QWidget | None = None, language: str = "en"):
        super().__init__(parent)
        self.language = language  # of the deadlines' titles
        self.setObjectName("MorningSummary")
        self.setWindowTitle(self.tr("Deadlines today"))
        layout = QVBoxLayout(self)
        self.counts = QLabel(summary_text(summary), self)
        self.counts.setObjectName("morning:counts")
        layout.addWidget(self.counts)
        self.lines = self._lines(summary, top_records, today)
        self.list_label = QLabel("\n".join(self.lines), self)
        self.list_label.setObjectName("morning:list")
        self.list_label.setTextFormat(Qt.TextFormat.PlainText)
        self.list_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list_label.setAccessibleName(self.tr("Overdue and due this week"))
        layout.addWidget(self.list_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(self.tr("&Open Upcoming"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _lines(self, summary: Summary, records: Sequence[DeadlineRecord], today: date | None) -> list[str]:
        urgent = summary.overdue + summary.this_week
        if urgent == 0:
            return [self.tr("Nothing overdue or due this week.")]
        shown = [r for r in records if today is None or r.due <= today + timedelta(days=7)][:SUMMARY_LINES]
        lines = []
        for r in shown:
            when = urgency_text(r.due, today) if today is not None else r.due.isoformat()
            lines.append(f"{when}: {client_name(r)} \N{EM DASH} {record_words(r, self.language).title}")
        if urgent > len(shown):
            lines.append(self.tr("…and %1 more").replace("%1", f"{urgent - len(shown):,}"))
        return lines

    def text(self) -> str:
        return self.counts.text() + "\n" + self.list_label.text()

    @classmethod
    def show_for(cls, parent: QWidget | None, summary: Summary, top_records: Sequence[DeadlineRecord],
                 today: date | None = None) -> bool:
        """Show the summary until closed; True when the caseworker chose "Open Upcoming"."""
        dialog = cls(summary, top_records, today, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
