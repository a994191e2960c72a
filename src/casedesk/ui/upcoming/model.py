"""Open deadlines as plain rows (``UpcomingModel``): words rendered when a row is first shown,
urgency marked by word, icon and colour together."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ...domain.deadlines import deadline_fact_ids, messages_from_dict
from ...domain.policydata import STALE_AFTER_DAYS, Policy, stale_fact_ids
from ...services.deadlines import DeadlineRecord, DeadlineWords, record_words
from ..rows_model import RowsModel
from .words import (
    LATER, OVERDUE, THIS_WEEK, basis_text, basis_tooltip, bucket, client_name, kind_name, tr, urgency_text,
)

COL_URGENCY, COL_DUE, COL_CLIENT, COL_KIND, COL_TITLE, COL_BASIS = range(6)

ClientIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2     # what the proxy sorts on: the due date as a number, not the text
BucketRole = Qt.ItemDataRole.UserRole + 3   # OVERDUE, THIS_WEEK or LATER (how the row is marked)
LawAgeRole = Qt.ItemDataRole.UserRole + 4   # the policy facts it rests on not verified for too long (ids)


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

    def __init__(self, today: date, parent: QObject | None = None, language: str = "en",
                 policy: Callable[[], Policy] | None = None):
        """``policy``: the data in force, read when a row is shown, for the age of the law beside each deadline."""
        super().__init__(_headers(), parent)
        self._today = today
        self.language = language  # of the deadlines' words (titles, bases, caveats), from their codes
        self._policy = policy
        self._words: dict[DeadlineRecord, DeadlineWords] = {}  # rendered when a row is first shown
        self._stale: dict[tuple[str | None, str | None], tuple[str, ...]] = {}  # by source and codes: they recur
        self._icons: dict[str, QIcon] = {}
        self._brushes = {b: (QBrush(QColor(bg)), QBrush(QColor(fg))) for b, (bg, fg) in _COLOURS.items()}

    def set_rows(self, records: Sequence[DeadlineRecord], today: date) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self._words = {}
        self._stale = {}  # the policy data or the day may have changed since
        self._today = today
        self.endResetModel()

    def stale_facts(self, r: DeadlineRecord) -> tuple[str, ...]:
        """The policy facts this deadline rests on that were not verified for more than 90 days (as
        ``casedesk deadlines`` reports them: ``cli.shapes.stored_stale_facts``)."""
        if self._policy is None or (r.source_id is None and r.messages is None):
            return ()
        key = (r.source_id, r.messages)
        found = self._stale.get(key)
        if found is None:
            title, basis, caveats = messages_from_dict(json.loads(r.messages)) if r.messages else (None, None, ())
            codes = [m for m in (title, basis, *caveats) if m is not None]
            found = self._stale[key] = stale_fact_ids(self._policy(), deadline_fact_ids(r.source_id, codes),
                                                       self._today)
        return found

    def law_age(self, r: DeadlineRecord) -> str | None:
        """"Rests on policy data not verified for more than 90 days…", naming the facts; None when current."""
        stale = self.stale_facts(r)
        if not stale or self._policy is None:
            return None
        policy = self._policy()
        names = []
        for fact_id in stale:
            fact = policy.find(fact_id, self._today)
            names.append(fact.title if fact is not None else fact_id)
        return "\N{WARNING SIGN} " + tr("Rests on policy data not verified for more than %1 days (or never "
                                          "verified): %2. Verify before relying on it.") \
            .replace("%1", str(STALE_AFTER_DAYS)).replace("%2", ", ".join(names))

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
            return tr("The earliest end of the client's U.S. status")
        if col == COL_URGENCY:
            return tr("Due %1").replace("%1", r.due.isoformat())
        if col == COL_TITLE and r.tag:
            return tr("Tag: %1").replace("%1", r.tag)
        return None
