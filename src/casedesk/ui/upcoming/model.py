"""Open deadlines as plain rows (``UpcomingModel``): words rendered when a row is first shown,
urgency marked by word, icon and colour together."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ..labels import ui_language
from ...domain.deadline_codes import stored_stale_facts
from ...domain.policydata import STALE_AFTER_DAYS, Policy
from ...domain import morning
from ...services.deadlines import DONE, SNOOZED, DeadlineRecord, DeadlineWords, record_words
from ..dates import show_date
from ..rows_model import RowsModel
from .words import (
    ENDED, LATER, OVERDUE, THIS_WEEK, basis_text, basis_tooltip, client_name, kind_name, urgency_text,
)
from ..counts import count_text

COL_URGENCY, COL_DUE, COL_CLIENT, COL_KIND, COL_TITLE, COL_BASIS = range(6)

ClientIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2     # what the proxy sorts on: the due date as a number, not the text
BucketRole = Qt.ItemDataRole.UserRole + 3   # OVERDUE, THIS_WEEK or LATER (how the row is marked)
LawAgeRole = Qt.ItemDataRole.UserRole + 4   # the policy facts it rests on not verified for too long (ids)


# What the database sorts a bucket by, per column (``storage.quickread.BUCKET_ORDERS``).
ORDER_OF_COLUMN = {COL_URGENCY: "due", COL_DUE: "due", COL_CLIENT: "client", COL_KIND: "kind", COL_TITLE: "title",
                   COL_BASIS: "basis"}
PAGE = 200  # rows read at a time as the table scrolls (canFetchMore / fetchMore)

# A page of a bucket: (order, descending, offset, limit) -> records, the whole bucket sorted in the database.
Fetch = Callable[[str, bool, int, int], list[DeadlineRecord]]

# Background tint and text colour per bucket, chosen together so the contrast holds on a dark theme too.
_COLOURS = {
    OVERDUE: ("#fde0dc", "#8e0000"),
    THIS_WEEK: ("#fff3cd", "#6d4c00"),
    LATER: ("#e3f2fd", "#0d3c61"),
    ENDED: ("#eceff1", "#263238"),
}
_ICONS = {
    OVERDUE: QStyle.StandardPixmap.SP_MessageBoxCritical,
    THIS_WEEK: QStyle.StandardPixmap.SP_MessageBoxWarning,
    LATER: QStyle.StandardPixmap.SP_MessageBoxInformation,
    ENDED: QStyle.StandardPixmap.SP_MessageBoxQuestion,
}


def _headers() -> tuple[str, ...]:
    return (QCoreApplication.translate("Upcoming", "Urgency"), QCoreApplication.translate("Upcoming", "Due"),
            QCoreApplication.translate("Upcoming", "Client"), QCoreApplication.translate("Upcoming", "Kind"),
            QCoreApplication.translate("Upcoming", "Deadline"), QCoreApplication.translate("Upcoming", "Basis"))


class UpcomingModel(RowsModel):
    """Open deadlines as plain rows: ``set_rows`` replaces them all (sorted here), ``set_source`` reads
    a bucket a page at a time as the table scrolls, sorted by the database (any sort reads again)."""

    def __init__(self, today: date, parent: QObject | None = None, language: str | None = None,
                 policy: Callable[[], Policy] | None = None,
                 ended_after_days: int = morning.DEFAULT_ENDED_AFTER_DAYS):
        """``policy``: the data in force, read when a row is shown, for the age of the law beside each deadline."""
        super().__init__(_headers(), parent)
        self._today = today
        self.ended_after_days = ended_after_days
        self._fetch: Fetch | None = None
        self._total = 0
        self._order, self._descending = "due", False
        self.language = language or ui_language()  # of the deadlines' words (titles, bases, caveats), from their codes
        self._policy = policy
        self._words: dict[DeadlineRecord, DeadlineWords] = {}  # rendered when a row is first shown
        # The age of the law (facts, words) by source and codes: they recur.
        self._stale: dict[tuple[str | None, str | None], tuple[tuple[str, ...], str | None]] = {}
        self._icons: dict[str, QIcon] = {}
        self._brushes = {b: (QBrush(QColor(bg)), QBrush(QColor(fg))) for b, (bg, fg) in _COLOURS.items()}

    def set_rows(self, records: Sequence[DeadlineRecord], today: date) -> None:
        self.beginResetModel()
        self._fetch = None
        self._rows = list(records)
        self._total = len(self._rows)
        self._words = {}
        self._stale = {}  # the policy data or the day may have changed since
        self._today = today
        self.endResetModel()

    def stale_facts(self, r: DeadlineRecord) -> tuple[str, ...]:
        """The policy facts this deadline rests on that were not verified for more than 90 days (as
        ``casedesk deadlines`` reports them: ``domain.deadline_codes.stored_stale_facts``)."""
        return self._law(r)[0]

    def law_age(self, r: DeadlineRecord) -> str | None:
        """"Rests on policy data not verified for more than 90 days…", naming the facts; None when current."""
        return self._law(r)[1]

    def _law(self, r: DeadlineRecord) -> tuple[tuple[str, ...], str | None]:
        # Asked for each shown cell and tooltip: worked out once per source and codes (they recur).
        if self._policy is None or (r.source_id is None and r.messages is None):
            return (), None
        key = (r.source_id, r.messages)
        found = self._stale.get(key)
        if found is None:
            policy = self._policy()
            stale = stored_stale_facts(r.source_id, json.loads(r.messages) if r.messages else None, policy,
                                       self._today)
            words = None
            if stale:
                names = [fact.title if (fact := policy.find(i, self._today)) is not None else i for i in stale]
                words = "\N{WARNING SIGN} " + QCoreApplication.translate(
                    "Upcoming", "Rests on policy data not verified for more than %1 days (or "
                                                 "never verified): %2. Verify before relying on it.") \
                    .replace("%1", str(STALE_AFTER_DAYS)).replace("%2", ", ".join(names))
            found = self._stale[key] = (stale, words)
        return found

    def set_source(self, fetch: Fetch, total: int, today: date) -> None:
        """Show a bucket of ``total`` rows read through ``fetch``, the first page now."""
        self.beginResetModel()
        self._fetch, self._total, self._today, self._words, self._stale = fetch, total, today, {}, {}
        self._rows = fetch(self._order, self._descending, 0, PAGE) if total else []
        self.endResetModel()

    @property
    def total(self) -> int:
        """Rows in the whole list (more than ``rowCount`` until the table has scrolled to its end)."""
        return self._total

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        more = self._fetch(self._order, self._descending, len(self._rows), PAGE)
        if not more:  # the bucket shrank since it was counted
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the whole list: a bucket is read again in the new order, rows set by hand are sorted here."""
        if column not in ORDER_OF_COLUMN:
            return
        self._order, self._descending = ORDER_OF_COLUMN[column], order == Qt.SortOrder.DescendingOrder
        if self._fetch is not None:
            self.set_source(self._fetch, self._total, self._today)
            return
        self.beginResetModel()
        self._rows.sort(key=lambda r: (self._sort_key(r, column), r.due, r.client_id, r.key),
                        reverse=self._descending)
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
        if role == LawAgeRole:
            return self.stale_facts(r)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        if col == COL_URGENCY and self._put_aside(r):
            return None  # done or snoozed: no urgency to signal (the words say which)
        if col == COL_URGENCY:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icon(self._bucket(r))
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._brushes[self._bucket(r)][0]
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._brushes[self._bucket(r)][1]
        return None

    def _put_aside(self, r: DeadlineRecord) -> bool:
        return r.state == DONE or (r.state == SNOOZED and r.snoozed_until is not None and r.snoozed_until > self._today)

    def _bucket(self, r: DeadlineRecord) -> str:
        b = morning.bucket_of(r.due, r.kind, self._today, self.ended_after_days)
        return b if b in (ENDED, OVERDUE, THIS_WEEK) else LATER

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
            if r.state == DONE:  # the list of what was put aside (Upcoming's "Show done and snoozed")
                if r.done_on is None:
                    return QCoreApplication.translate("Upcoming", "Done")
                return QCoreApplication.translate("Upcoming", "Done on %1").replace("%1", show_date(r.done_on))
            if r.state == SNOOZED and r.snoozed_until is not None and r.snoozed_until > self._today:
                return QCoreApplication.translate("Upcoming", "Snoozed until %1").replace(
                    "%1", show_date(r.snoozed_until))
            if self._bucket(r) == ENDED:
                return QCoreApplication.translate(
                    "Upcoming", "Ended %1 days ago").replace("%1", count_text((self._today - r.due).days))
            return urgency_text(r.due, self._today)
        if col == COL_DUE:
            return show_date(r.due)
        if col == COL_CLIENT:
            return client_name(r)
        if col == COL_KIND:
            return kind_name(r.kind)
        if col == COL_TITLE:
            return self._words_of(r).title
        if col == COL_BASIS:
            age = self.law_age(r)
            text = basis_text(self._words_of(r))
            return f"{text} {age}" if age else text
        return None

    def _sort_key(self, r: DeadlineRecord, col: int):
        if col in (COL_URGENCY, COL_DUE):
            return r.due.toordinal()
        text = self._display(r, col)
        return text.casefold() if text else ""

    def _tooltip(self, r: DeadlineRecord, col: int) -> str | None:
        if col == COL_BASIS:
            age = self.law_age(r)
            tip = basis_tooltip(r, self._words_of(r))
            return f"{tip}\n{age}" if age else tip
        if col == COL_TITLE and r.cliff:
            return QCoreApplication.translate("Upcoming", "The earliest end of the client's U.S. status")
        if col == COL_URGENCY:
            return QCoreApplication.translate("Upcoming", "Due %1").replace("%1", show_date(r.due))
        if col == COL_TITLE and r.tag:
            return QCoreApplication.translate("Upcoming", "Tag: %1").replace("%1", r.tag)
        return None
