"""The caseload table: a page-by-page view of a search that runs in the database.

The model keeps only the rows already shown; scrolling fetches the next page
(``canFetchMore``/``fetchMore``), and searching or sorting asks the database again, so the
table is as fast with 100,000 clients as with 40.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ..domain.morning import DEFAULT_ENDED_AFTER_DAYS, status_ended_days
from ..services.clients import SORT_KEYS, CaseloadRow
from .labels import country_name, pathway_name, status_text, verdict_text
from .rows_model import RowsModel
from .dates import show_date, show_moment
from .counts import count_text

FetchPage = Callable[..., tuple[list[CaseloadRow], int]]

COL_NAME, COL_COUNTRY, COL_STATUS, COL_EXPIRY, COL_BEST, COL_VERDICT, COL_NEXT_DEADLINE, COL_UPDATED = range(8)
COL_NUMBER = 8  # the client's file number (what letters and reports cite); shown first by the window
_SORT_KEY_BY_COLUMN = {
    COL_NAME: "name", COL_COUNTRY: "country", COL_STATUS: "status", COL_EXPIRY: "status_expiry",
    COL_BEST: "best_pathway", COL_VERDICT: "best_verdict", COL_NEXT_DEADLINE: "next_deadline", COL_UPDATED: "updated",
    COL_NUMBER: "number",
}
assert set(_SORT_KEY_BY_COLUMN.values()) <= set(SORT_KEYS)
PAGE_SIZE = 200

ClientIdRole = Qt.ItemDataRole.UserRole + 1


def _headers() -> tuple[str, ...]:
    return (QCoreApplication.translate("CaseloadModel", "Name"), QCoreApplication.translate("CaseloadModel", "Country"),
            QCoreApplication.translate("CaseloadModel", "U.S. status"),
            QCoreApplication.translate("CaseloadModel", "Status ends"),
            QCoreApplication.translate("CaseloadModel", "Best route"),
            QCoreApplication.translate("CaseloadModel", "Verdict"),
            QCoreApplication.translate("CaseloadModel", "Next deadline"),
            QCoreApplication.translate("CaseloadModel", "Updated"),
            QCoreApplication.translate("CaseloadModel", "File no."))


class CaseloadModel(RowsModel):
    def __init__(self, fetch_page: FetchPage, today: Callable[[], date], parent=None):
        super().__init__(_headers(), parent)
        self._fetch_page = fetch_page
        self._today = today
        self._query = ""
        self._sort = "name"
        self._descending = False
        self._total = 0
        self._paused = False
        # After how many days an ended status is the client's state (the reminders setting; the window sets it).
        self.ended_after_days: Callable[[], int] = lambda: DEFAULT_ENDED_AFTER_DAYS
        self._ended_after = DEFAULT_ENDED_AFTER_DAYS  # read at each refresh, not at each paint

    # --- what the window asks for ---------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many clients match the current search (not only the rows loaded so far)."""
        return self._total

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        self._query = query
        self._reload()  # a keystroke: the settings did not change, so they are not read again

    def set_paused(self, paused: bool) -> None:
        """While paused, scrolling loads no further page: the caseload is being converted, and only
        the rows already loaded are shown."""
        self._paused = paused

    def refresh(self) -> None:
        """Run the search again from the first page, settings read again (after any change)."""
        self._ended_after = self.ended_after_days()
        self._reload()

    def _reload(self) -> None:
        rows, total = self._fetch_page(self._query, sort=self._sort, descending=self._descending,
                                       offset=0, limit=PAGE_SIZE)
        self.beginResetModel()
        self._rows, self._total = rows, total
        self.endResetModel()

    def client_id(self, row: int) -> int:
        return self._rows[row].id

    def row_data(self, row: int) -> CaseloadRow:
        return self._rows[row]

    def row_of(self, client_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == client_id:
                return i
        return None

    # --- QAbstractTableModel --------------------------------------------------------------------

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._paused and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        more, _ = self._fetch_page(self._query, sort=self._sort, descending=self._descending,
                                   offset=len(self._rows), limit=PAGE_SIZE, total=self._total)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == ClientIdRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_COUNTRY:
                return row.country or None
            if col == COL_EXPIRY and row.status_expiry is not None:
                days = (row.status_expiry - self._today()).days
                if days < 0:
                    return self.tr("Ended %1 days ago").replace("%1", count_text(-days))
                return self.tr("Ends in %1 days").replace("%1", count_text(days))
        return None

    def _display(self, row: CaseloadRow, col: int) -> str | None:
        if col == COL_NAME:
            if row.family_name and row.given_names:
                return f"{row.family_name}, {row.given_names}"
            return row.family_name or row.given_names
        if col == COL_COUNTRY:
            return country_name(row.country)
        if col == COL_STATUS:
            return status_text(row.status)
        if col == COL_EXPIRY:
            if row.status_expiry is None:
                return ""
            ended = status_ended_days(row.status_expiry, self._today(), self._ended_after)
            if ended is None:
                return show_date(row.status_expiry)
            # Ended long ago: the client's state, not a deadline to act on (``domain.morning``).
            return self.tr("%1 · ended %2 days ago").replace("%1", show_date(row.status_expiry)) \
                .replace("%2", count_text(ended))
        if col == COL_BEST:
            return pathway_name(row.best_pathway)
        if col == COL_VERDICT:
            return verdict_text(row.best_verdict)
        if col == COL_NEXT_DEADLINE:
            return show_date(row.next_deadline)
        if col == COL_NUMBER:
            return str(row.id)
        if col == COL_UPDATED:
            return show_moment(row.updated_at)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = _SORT_KEY_BY_COLUMN.get(column)
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._reload()
