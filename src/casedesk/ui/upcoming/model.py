"""Open deadlines as plain rows (``UpcomingModel``): words rendered when a row is first shown,
urgency marked by word, icon and colour together."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ...services.deadlines import DeadlineRecord, DeadlineWords, record_words
from ..rows_model import RowsModel
from .words import (
    LATER, OVERDUE, THIS_WEEK, basis_text, basis_tooltip, bucket, client_name, kind_name, tr, urgency_text,
)

COL_URGENCY, COL_DUE, COL_CLIENT, COL_KIND, COL_TITLE, COL_BASIS = range(6)

ClientIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2     # what the proxy sorts on: the due date as a number, not the text
BucketRole = Qt.ItemDataRole.UserRole + 3   # OVERDUE, THIS_WEEK or LATER (how the row is marked)


# Background tint and text colour per bucket, chosen together so the contrast holds on a dark theme too.
_COLOURS = {
    OVERDUE: ("#fde0dc", "#8e0000"),
    THIS_WEEK: ("#fff3cd", "#6d4c00"),
    LATER: ("#e3f2fd", "#0d3c61"),
}
_ICONS = {
    OVERDUE: QStyle.StandardPixmap.SP_MessageBoxCritical,
    THIS_WEEK: QStyle.StandardPixmap.SP_MessageBoxWarning,
    LATER: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def _headers() -> tuple[str, ...]:
    return (tr("Urgency"), tr("Due"), tr("Client"), tr("Kind"), tr("Deadline"), tr("Basis"))


class UpcomingModel(RowsModel):
    """Open deadlines as plain rows; ``set_rows`` replaces them all."""

    def __init__(self, today: date, parent: QObject | None = None, language: str = "en"):
        super().__init__(_headers(), parent)
        self._today = today
        self.language = language  # of the deadlines' words (titles, bases, caveats), from their codes
        self._words: dict[DeadlineRecord, DeadlineWords] = {}  # rendered when a row is first shown
        self._icons: dict[str, QIcon] = {}
        self._brushes = {b: (QBrush(QColor(bg)), QBrush(QColor(fg))) for b, (bg, fg) in _COLOURS.items()}

    def set_rows(self, records: Sequence[DeadlineRecord], today: date) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self._words = {}
        self._today = today
        self.endResetModel()

    def words(self, row: int) -> DeadlineWords:
        """The words of the deadline on ``row``, in the model's language."""
        return self._words_of(self._rows[row])

    def _words_of(self, r: DeadlineRecord) -> DeadlineWords:
        words = self._words.get(r)
        if words is None:
            words = self._words[r] = record_words(r, self.language)
        return words

    def record(self, row: int) -> DeadlineRecord:
        return self._rows[row]

    def records(self) -> list[DeadlineRecord]:
        return list(self._rows)

    @property
    def today(self) -> date:
        return self._today

    def row_of(self, client_id: int, key: str) -> int | None:
        for i, r in enumerate(self._rows):
            if r.client_id == client_id and r.key == key:
                return i
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index)
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == SortRole:
            return self._sort_key(r, col)
        if role == ClientIdRole:
            return r.client_id
        if role == BucketRole:
            return self._bucket(r)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        if col == COL_URGENCY:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icon(self._bucket(r))
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._brushes[self._bucket(r)][0]
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._brushes[self._bucket(r)][1]
        return None

    def _bucket(self, r: DeadlineRecord) -> str:
        b = bucket(r.due, self._today)
        return b if b in (OVERDUE, THIS_WEEK) else LATER

    def _icon(self, b: str) -> QIcon | None:
        icon = self._icons.get(b)
        if icon is None:
            style = QApplication.style()  # None without a QApplication (a headless model test)
            if style is None:
                return None
            icon = self._icons[b] = style.standardIcon(_ICONS[b])
        return icon

    def _display(self, r: DeadlineRecord, col: int) -> str | None:
        if col == COL_URGENCY:
            return urgency_text(r.due, self._today)
        if col == COL_DUE:
            return r.due.isoformat()
        if col == COL_CLIENT:
            return client_name(r)
        if col == COL_KIND:
            return kind_name(r.kind)
        if col == COL_TITLE:
            return self._words_of(r).title
        if col == COL_BASIS:
            return basis_text(self._words_of(r))
        return None

    def _sort_key(self, r: DeadlineRecord, col: int):
        if col in (COL_URGENCY, COL_DUE):
            return r.due.toordinal()
        text = self._display(r, col)
        return text.casefold() if text else ""

    def _tooltip(self, r: DeadlineRecord, col: int) -> str | None:
        if col == COL_BASIS:
            return basis_tooltip(r, self._words_of(r))
        if col == COL_TITLE and r.cliff:
            return tr("The earliest end of the client's U.S. status")
        if col == COL_URGENCY:
            return tr("Due %1").replace("%1", r.due.isoformat())
        if col == COL_TITLE and r.tag:
            return tr("Tag: %1").replace("%1", r.tag)
        return None
