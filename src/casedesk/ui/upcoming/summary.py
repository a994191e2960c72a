"""The morning summary: what needs action today and this week, most urgent first (the to-dos that fell
overdue recently, then today's and this week's), each line opening its client, with the counts of
every bucket and a way into Upcoming."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..labels import colon, ui_language
from ...services.deadlines import DeadlineRecord, Summary, record_words
from ..screen_fit import fit
from .words import client_name, summary_text, urgency_text
from ..dates import show_date
from ..counts import count_text

SUMMARY_LINES = 15
ClientIdRole = Qt.ItemDataRole.UserRole + 1


class MorningSummaryDialog(QDialog):
    """Recently overdue, today and this week: a line per deadline, most urgent first; activating a line
    opens its client."""

    def __init__(self, summary: Summary, top_records: Sequence[DeadlineRecord], today: date | None = None,
                 parent: QWidget | None = None, language: str | None = None,
                 open_client: Callable[[int], None] | None = None):
        super().__init__(parent)
        self.language = language or ui_language()  # of the deadlines' titles
        self._open_client = open_client
        self.opened: int | None = None  # the client a line opened
        self.setObjectName("MorningSummary")
        self.setWindowTitle(self.tr("Overdue, today and this week"))
        layout = QVBoxLayout(self)
        self.counts = QLabel(summary_text(summary), self)
        self.counts.setObjectName("morning:counts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.records = list(top_records[:SUMMARY_LINES])
        # Which lines open which client: the "…and N more" lines sit among them and open none.
        self.lines, self.line_clients = self._lines(summary, self.records, today)
        self.list = QListWidget(self)
        self.list.setObjectName("morning:list")
        self.list.setAccessibleName(self.tr("Overdue, due today and this week, most urgent first"))
        for line, client_id in zip(self.lines, self.line_clients, strict=True):
            item = QListWidgetItem(line, self.list)
            if client_id is not None:
                item.setData(ClientIdRole, client_id)
                item.setToolTip(self.tr("Open this client"))
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)
        self.list.setWordWrap(True)  # a line is read whole, never scrolled sideways
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(self.tr("&Open Upcoming"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit(self, 720, 420)  # room for "In 2 days: name — title" (it opened 250 px wide, every line cut)

    def _lines(self, summary: Summary, shown: Sequence[DeadlineRecord],
               today: date | None) -> tuple[list[str], list[int | None]]:
        if summary.overdue == 0 and summary.this_week == 0:
            return [self.tr("Nothing overdue, and nothing due today or this week.")], [None]
        lines: list[str] = []
        clients: list[int | None] = []
        overdue = [r for r in shown if today is not None and r.due < today]
        week = [r for r in shown if today is None or r.due >= today]
        for group, more in ((overdue, summary.overdue - len(overdue)), (week, summary.this_week - len(week))):
            for r in group:
                when = urgency_text(r.due, today) if today is not None else show_date(r.due)
                lines.append(colon(when, f"{client_name(r)} \N{EM DASH} {record_words(r, self.language).title}"))
                clients.append(r.client_id)
            if more > 0:
                lines.append(self.tr("…and %1 more overdue").replace("%1", count_text(more)) if group is overdue
                             else self.tr("…and %1 more this week").replace("%1", count_text(more)))
                clients.append(None)
        return lines, clients

    def activate_line(self, row: int) -> None:
        """What a double-click or Enter on line ``row`` does (tests call it too)."""
        item = self.list.item(row)
        if item is not None:
            self._activated(item)

    def _activated(self, item: QListWidgetItem) -> None:
        client_id = item.data(ClientIdRole)
        if client_id is None:
            return
        self.opened = int(client_id)
        self.reject()  # closes the summary; the client opens behind it
        if self._open_client is not None:
            self._open_client(self.opened)

    def accept(self) -> None:
        if self.opened is None:  # Enter on a line also reaches the default button: the line has it
            super().accept()

    def text(self) -> str:
        return self.counts.text() + "\n" + "\n".join(self.lines)

    @classmethod
    def show_for(cls, parent: QWidget | None, summary: Summary, top_records: Sequence[DeadlineRecord],
                 today: date | None = None, open_client: Callable[[int], None] | None = None) -> bool:
        """Show the summary until closed; True when the caseworker chose "Open Upcoming" (a line
        activated calls ``open_client`` with its client's id and closes the summary)."""
        dialog = cls(summary, top_records, today, parent, open_client=open_client)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
