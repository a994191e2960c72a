"""The morning view: open deadlines across the caseload, most urgent first, and what was done with them.

``UpcomingModel`` holds plain ``DeadlineRecord`` rows (``set_rows`` resets it); ``UpcomingView``
puts a ``QSortFilterProxyModel`` in front, counts the open deadlines by urgency bucket (each
count is a button that sets how far ahead the table looks), filters by kind and tag, and marks
the selected deadlines done or snoozes them. ``MorningSummaryDialog`` is the short list shown
when the day starts.

Urgency is never colour alone: every row says it in words ("Overdue 12 days", "Today",
"In 3 days") and carries a standard message-box icon; the colour only repeats it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QItemSelectionModel, QLocale, QModelIndex, QObject,
    QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QButtonGroup, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QStyle, QTableView, QVBoxLayout,
    QWidget,
)

from ..domain.deadlines import KINDS
from ..services.deadlines import DeadlineRecord, DeadlineService, DeadlineWords, Summary, record_words
from .deadline_calendar import DeadlineCalendar, qdate
from .errors import guarded
from .rows_model import RowsModel

COL_URGENCY, COL_DUE, COL_CLIENT, COL_KIND, COL_TITLE, COL_BASIS = range(6)

ClientIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2     # what the proxy sorts on: the due date as a number, not the text
BucketRole = Qt.ItemDataRole.UserRole + 3   # OVERDUE, THIS_WEEK or LATER (how the row is marked)

# Urgency buckets, as in ``DeadlineService.summary``: overdue; today .. 7 days; 8 .. 30; 31 .. 90.
OVERDUE, THIS_WEEK, NEXT_30, NEXT_90 = "overdue", "this_week", "next_30", "next_90"
LATER = "later"  # the table shows anything after this week alike

# The window the table looks at: overdue only, or everything open due within so many days
# (overdue deadlines included: they are never dropped).
OVERDUE_ONLY = -1
WINDOWS = {OVERDUE: OVERDUE_ONLY, THIS_WEEK: 7, NEXT_30: 30, NEXT_90: 90}
MAX_DAYS = 90
ROW_LIMIT = 2_000  # rows read at once; the counts above the table always cover everything

SUMMARY_LINES = 15

KIND_NAMES = {
    "status_end": QT_TRANSLATE_NOOP("Upcoming", "U.S. status ends"),
    "ead_end": QT_TRANSLATE_NOOP("Upcoming", "Work permit (EAD) ends"),
    "program_end": QT_TRANSLATE_NOOP("Upcoming", "Parole program ends"),
    "entry_claim_window": QT_TRANSLATE_NOOP("Upcoming", "Claim window after crossing"),
    "entry_claim_bar": QT_TRANSLATE_NOOP("Upcoming", "One-year claim bar"),
    "ee_invitation": QT_TRANSLATE_NOOP("Upcoming", "Express Entry invitation"),
    "language_test": QT_TRANSLATE_NOOP("Upcoming", "Language test expires"),
    "police_certificate": QT_TRANSLATE_NOOP("Upcoming", "Police certificate too old"),
    "medical_exam": QT_TRANSLATE_NOOP("Upcoming", "Medical exam expires"),
    "passport": QT_TRANSLATE_NOOP("Upcoming", "Passport expires"),
    "task": QT_TRANSLATE_NOOP("Upcoming", "Task"),
}
assert set(KIND_NAMES) == set(KINDS), set(KINDS) ^ set(KIND_NAMES)

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


def _tr(text: str) -> str:
    return QCoreApplication.translate("Upcoming", text)


def kind_name(kind: str) -> str:
    label = KIND_NAMES.get(kind)
    return _tr(label) if label else kind


def client_name(record: DeadlineRecord) -> str:
    """ "Family, Given" (either alone when the other is blank)."""
    if record.family_name and record.given_names:
        return f"{record.family_name}, {record.given_names}"
    return record.family_name or record.given_names or ""


def bucket(due: date, today: date) -> str:
    days = (due - today).days
    if days < 0:
        return OVERDUE
    if days <= 7:
        return THIS_WEEK
    if days <= 30:
        return NEXT_30
    return NEXT_90


def urgency_text(due: date, today: date) -> str:
    """ "Overdue 12 days", "Overdue 1 day", "Today", "Tomorrow", "In 3 days"."""
    days = (due - today).days
    if days < -1:
        return _tr("Overdue %1 days").replace("%1", f"{-days:,}")
    if days == -1:
        return _tr("Overdue 1 day")
    if days == 0:
        return _tr("Today")
    if days == 1:
        return _tr("Tomorrow")
    return _tr("In %1 days").replace("%1", f"{days:,}")


def summarize(records: Iterable[DeadlineRecord], today: date) -> Summary:
    """Count open deadlines by bucket, as ``DeadlineService.summary`` does, from rows already read."""
    counts = {OVERDUE: 0, THIS_WEEK: 0, NEXT_30: 0, NEXT_90: 0}
    for r in records:
        if (r.due - today).days <= MAX_DAYS:
            counts[bucket(r.due, today)] += 1
    return Summary(counts[OVERDUE], counts[THIS_WEEK], counts[NEXT_30], counts[NEXT_90])


def in_window(record: DeadlineRecord, today: date, window: int) -> bool:
    if window == OVERDUE_ONLY:
        return record.due < today
    return record.due <= today + timedelta(days=window)


def basis_text(words: DeadlineWords) -> str:
    """The basis and the source it cites, with the caveat after it (marked, so it is not missed)."""
    if words.caveat:
        return f"{words.cited_basis} \N{WARNING SIGN} {words.caveat}"
    return words.cited_basis


def basis_tooltip(record: DeadlineRecord, words: DeadlineWords) -> str:
    lines = [words.basis]
    if words.caveat:
        lines.append(_tr("Caveat: %1").replace("%1", words.caveat))
    if record.source_title or record.source_url:
        lines.append(_tr("Source: %1").replace("%1", record.source_title or record.source_id or ""))
        if record.source_url:
            lines.append(record.source_url)
    if not record.source_confirmed:
        lines.append(_tr("This source is not confirmed: verify before relying on it."))
    return "\n".join(lines)


# --- the model ----------------------------------------------------------------------------------

def _headers() -> tuple[str, ...]:
    return (_tr("Urgency"), _tr("Due"), _tr("Client"), _tr("Kind"), _tr("Deadline"), _tr("Basis"))


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
            return _tr("The earliest end of the client's U.S. status")
        if col == COL_URGENCY:
            return _tr("Due %1").replace("%1", r.due.isoformat())
        if col == COL_TITLE and r.tag:
            return _tr("Tag: %1").replace("%1", r.tag)
        return None


# --- dialogs ------------------------------------------------------------------------------------

class SnoozeDialog(QDialog):
    """Ask until when to hide the selected deadlines (a day after today at the earliest)."""

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze deadlines"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Hide the selected deadlines until this day. They come back on it.")))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("snooze:until")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(QDate(today + timedelta(days=1)))
        self.date_edit.setDate(QDate(today + timedelta(days=7)))
        self.date_edit.setAccessibleName(self.tr("Snooze until"))
        form = QFormLayout()
        form.addRow(self.tr("&Until:"), self.date_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Snooze"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def until(self) -> date:
        return self.date_edit.date().toPython()

    @classmethod
    def ask(cls, parent: QWidget | None, today: date) -> date | None:
        dialog = cls(today, parent)
        try:
            return dialog.until() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def summary_text(summary: Summary) -> str:
    """ "Overdue: 3 · This week: 12 · Next 30 days: 20 · Next 90 days: 41"."""
    return " \N{MIDDLE DOT} ".join(bucket_label(b, n) for b, n in zip(WINDOWS, _counts(summary)))


def bucket_label(b: str, count: int) -> str:
    words = {OVERDUE: _tr("Overdue: %1"), THIS_WEEK: _tr("This week: %1"), NEXT_30: _tr("Next 30 days: %1"),
             NEXT_90: _tr("Next 90 days: %1")}[b]
    return words.replace("%1", f"{count:,}")


def _counts(summary: Summary) -> tuple[int, int, int, int]:
    return summary.overdue, summary.this_week, summary.next_30, summary.next_90


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


# --- the view -----------------------------------------------------------------------------------

class _EnterOpens(QObject):
    """Enter or Return on the table opens the current row's client (double-click does too)."""

    def __init__(self, view: UpcomingView):
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            index = self._view.table.currentIndex()
            if index.isValid():
                self._view._open(index)
                return True
        return False


class UpcomingView(QWidget):
    """Open deadlines across the caseload; double-click or Enter opens the client."""

    open_client = Signal(int)
    changed = Signal()           # deadlines were marked done or snoozed: the caseload's next deadline moved
    message = Signal(str)        # a line for the status bar

    def __init__(self, deadlines: DeadlineService, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("upcoming")
        self.deadlines = deadlines
        self.today = today
        self._window = WINDOWS[THIS_WEEK]
        self._day: date | None = None  # a day picked in the calendar: the list shows what is due then
        self._summary = Summary(0, 0, 0, 0)

        self._model = UpcomingModel(today(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self._model)
        self.proxy.setSortRole(SortRole)

        self.bucket_buttons: dict[str, QPushButton] = {}
        self._bucket_group = QButtonGroup(self)
        self._bucket_group.setExclusive(True)
        buckets = QHBoxLayout()
        for b, days in WINDOWS.items():
            button = QPushButton(self)
            button.setObjectName(f"bucket:{b}")
            button.setCheckable(True)
            button.setChecked(days == self._window)
            button.clicked.connect(lambda _checked=False, d=days: self.set_window(d))
            self._bucket_group.addButton(button)
            self.bucket_buttons[b] = button
            buckets.addWidget(button)
        buckets.addStretch(1)
        self.calendar_button = QPushButton(self.tr("&Calendar"), self)
        self.calendar_button.setObjectName("upcoming:show-calendar")
        self.calendar_button.setToolTip(self.tr("Show a month of due dates; click a day to list what is due then"))
        self.calendar_button.setCheckable(True)
        self.calendar_button.toggled.connect(self._show_calendar)
        buckets.addWidget(self.calendar_button)

        self.calendar = DeadlineCalendar(self)
        self.calendar.setVisible(False)
        self.calendar.show_month_of(today())  # the app's today, not the machine's clock
        self.calendar.currentPageChanged.connect(lambda _year, _month: self._refresh_calendar(self.today()))
        self.calendar.clicked.connect(lambda day: self.set_day(day.toPython()))
        self.day_label = QLabel(self)
        self.day_label.setObjectName("upcoming:day")
        self.all_days_button = QPushButton(self.tr("Show &all"), self)
        self.all_days_button.setObjectName("upcoming:all-days")
        self.all_days_button.clicked.connect(lambda _checked=False: self.set_window(self._window))
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_label)
        day_row.addWidget(self.all_days_button)
        day_row.addStretch(1)

        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("upcoming:kind")
        self.kind_filter.setAccessibleName(self.tr("Kind of deadline"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in KINDS:
            self.kind_filter.addItem(kind_name(kind), kind)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind_filter)

        self.tag_filter = QLineEdit(self)
        self.tag_filter.setObjectName("upcoming:tag")
        self.tag_filter.setPlaceholderText(self.tr("Any tag"))
        self.tag_filter.setAccessibleName(self.tr("Tag"))
        self.tag_filter.setClearButtonEnabled(True)
        self._tag_timer = QTimer(self, singleShot=True, interval=0)  # keystrokes that arrive together: one query
        self._tag_timer.timeout.connect(self.refresh)
        self.tag_filter.textChanged.connect(lambda _text: self._tag_timer.start())
        tag_label = QLabel(self.tr("&Tag:"), self)
        tag_label.setBuddy(self.tag_filter)

        filters = QHBoxLayout()
        filters.addWidget(kind_label)
        filters.addWidget(self.kind_filter)
        filters.addWidget(tag_label)
        filters.addWidget(self.tag_filter)
        filters.addStretch(1)

        self.table = QTableView(self)
        self.table.setObjectName("upcoming:table")
        self.table.setAccessibleName(self.tr("Upcoming deadlines"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        self.table.installEventFilter(_EnterOpens(self))

        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.done_button.setObjectName("upcoming:done")
        self.done_button.setToolTip(self.tr("Record the selected deadlines as handled"))
        self.done_button.clicked.connect(lambda _checked=False: self.mark_done())
        self.snooze_button = QPushButton(self.tr("S&nooze…"), self)
        self.snooze_button.setObjectName("upcoming:snooze")
        self.snooze_button.setToolTip(self.tr("Hide the selected deadlines until a later day"))
        self.snooze_button.clicked.connect(lambda _checked=False: self.snooze())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("upcoming:count")
        actions = QHBoxLayout()
        actions.addWidget(self.done_button)
        actions.addWidget(self.snooze_button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(self.calendar, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(buckets)
        layout.addLayout(filters)
        layout.addLayout(day_row)
        layout.addLayout(body, 1)
        layout.addLayout(actions)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.refresh()

    # --- what tests and the main window use -----------------------------------------------------

    @property
    def model(self) -> UpcomingModel:
        return self._model

    @property
    def window_days(self) -> int:
        """How far ahead the table looks: ``OVERDUE_ONLY`` or a number of days."""
        return self._window

    @property
    def summary(self) -> Summary:
        """The counts in the header (open deadlines within 90 days, with the kind and tag filters)."""
        return self._summary

    def set_window(self, days: int) -> None:
        if days != OVERDUE_ONLY and not 0 <= days <= MAX_DAYS:
            raise ValueError(f"window: {days} days")
        self._window = days
        self._day = None
        for b, d in WINDOWS.items():
            self.bucket_buttons[b].setChecked(d == days)
        self.refresh()

    @property
    def day(self) -> date | None:
        """The day picked in the calendar, or None when the list shows a window of days."""
        return self._day

    def set_day(self, day: date) -> None:
        """List the open deadlines due on ``day`` (the calendar's click)."""
        self._day = day
        self._bucket_group.setExclusive(False)  # no window is chosen while a day is
        for button in self.bucket_buttons.values():
            button.setChecked(False)
        self._bucket_group.setExclusive(True)
        self.calendar.setSelectedDate(qdate(day))
        self.refresh()

    def _show_calendar(self, on: bool) -> None:
        self.calendar.setVisible(on)
        if on and self._day is None:
            self.calendar.show_month_of(self.today())
        if on:
            self._refresh_calendar(self.today())
        elif self._day is not None:
            self.set_window(self._window)

    def _refresh_calendar(self, today: date) -> None:
        if self.calendar_button.isChecked():
            first, last = self.calendar.month_shown()
            self.calendar.show_counts(self.deadlines.by_day(today, first, last, kinds=self.kinds(), tag=self.tag()),
                                      today)

    def set_kind(self, kind: str | None) -> None:
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(kind), 0))

    def kinds(self) -> tuple[str, ...]:
        kind = self.kind_filter.currentData()
        return (kind,) if kind else ()

    def tag(self) -> str | None:
        return self.tag_filter.text().strip() or None

    def refresh(self) -> None:
        """Read the open deadlines again (after a change, a new day, or a filter)."""
        self._tag_timer.stop()
        today = self.today()
        keep = {(r.client_id, r.key) for r in self.selected_records()}
        # Counts come from SQL; rows only up to ROW_LIMIT, soonest first, so the view opens fast at any size.
        self._summary = self.deadlines.summary(today, kinds=self.kinds(), tag=self.tag())
        counts = _counts(self._summary)
        for b, n in zip(WINDOWS, counts):
            self.bucket_buttons[b].setText(bucket_label(b, n))
        self._refresh_calendar(today)
        self.day_label.setVisible(self._day is not None)
        self.all_days_button.setVisible(self._day is not None)
        if self._day is not None:
            self._model.set_rows(self.deadlines.due_on(today, self._day, kinds=self.kinds(), tag=self.tag(),
                                                       limit=ROW_LIMIT), today)
            self.day_label.setText(self.tr("Due on %1").replace("%1", QLocale().toString(
                qdate(self._day), QLocale.FormatType.LongFormat)))
            self.count_label.setText(self.tr("Deadlines shown: %1").replace("%1", f"{self._model.rowCount():,}"))
        else:
            self._show_window(today, counts)
        for client_id, key in keep:
            self.select_record(client_id, key, clear=False)

    def _show_window(self, today: date, counts: list[int]) -> None:
        days = 0 if self._window == OVERDUE_ONLY else self._window
        records = self.deadlines.upcoming(today, days, kinds=self.kinds(), tag=self.tag(), limit=ROW_LIMIT)
        self._model.set_rows([r for r in records if in_window(r, today, self._window)], today)
        buckets_in_window = {OVERDUE_ONLY: 1, 7: 2, 30: 3}.get(self._window, 4)
        in_window_total = sum(counts[:buckets_in_window])
        shown = self._model.rowCount()
        text = self.tr("Deadlines shown: %1").replace("%1", f"{shown:,}")
        if shown < in_window_total:
            text = self.tr("Deadlines shown: the first %1 of %2 (soonest first)").replace("%1", f"{shown:,}") \
                .replace("%2", f"{in_window_total:,}")
        self.count_label.setText(text)

    def selected_records(self) -> list[DeadlineRecord]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self._model.record(r) for r in rows]

    def select_record(self, client_id: int, key: str, *, clear: bool = True) -> bool:
        row = self._model.row_of(client_id, key)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self._model.index(row, 0))
        if clear:
            self.table.clearSelection()
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().select(index, flags.Select | flags.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags.NoUpdate)
        self.table.scrollTo(index)
        return True

    # --- actions --------------------------------------------------------------------------------

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not mark the deadlines done"))
    def mark_done(self) -> None:
        records = self.selected_records()
        if not records:
            return
        today = self.today()
        for r in records:
            self.deadlines.mark_done(r.client_id, r.key, today)
        self._after_change(self.tr("Deadlines marked done: %1").replace("%1", str(len(records))))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not snooze the deadlines"))
    def snooze(self) -> None:
        records = self.selected_records()
        if not records:
            return
        today = self.today()
        until = SnoozeDialog.ask(self, today)
        if until is None:
            return
        for r in records:
            self.deadlines.snooze(r.client_id, r.key, until, today)
        self._after_change(self.tr("Deadlines snoozed until %1: %2").replace("%1", until.isoformat())
                           .replace("%2", str(len(records))))

    def _after_change(self, message: str) -> None:
        self.refresh()
        self.message.emit(message)
        self.changed.emit()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_client.emit(self._model.record(self.proxy.mapToSource(index).row()).client_id)

    def _update_buttons(self, *_args) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.done_button.setEnabled(selected)
        self.snooze_button.setEnabled(selected)
