"""The Upcoming view: the counts by bucket (each a button that lists that bucket), the kind and tag
filters, the month calendar, the table of open deadlines, and marking them done, snoozing them,
or reviewing statuses that ended long ago. Double-click or Enter opens the client.

Each bucket is its own query (``DeadlineService.bucket``), complete and sorted in the database: the
table reads a page at a time as it scrolls, and a click on a column header reads the bucket again
in that order, so this week's deadlines show however many are overdue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QEvent, QItemSelectionModel, QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from ...services.bundle import Services
from ...services.deadlines import DONE, OPEN, SNOOZED, DeadlineRecord, DeadlineService, Summary
from ..labels import date_text
from ..deadline_calendar import DeadlineCalendar, qdate
from ..dialogs import ConfirmReviewAll
from ..errors import boundary, guarded
from ..ops import Changes, Op, Progress, Runner
from ..undo import DeadlinesCommand
from ..tr import QT_TRANSLATE_NOOP
from .model import COL_BASIS, COL_CLIENT, COL_DUE, COL_KIND, COL_TITLE, COL_URGENCY, SortRole, UpcomingModel
from .snooze import SnoozeDialog
from .words import ENDED, KINDS, MAX_DAYS, THIS_WEEK, WINDOWS, bucket_label, kind_name
from ..dates import show_date
from ..counts import count_text

REVIEW_FAILED = QT_TRANSLATE_NOOP("Errors", "Could not record the statuses as reviewed")
ROW_LIMIT = 2_000  # rows read for a day picked in the calendar; a bucket is read a page at a time


class _SortInModel(QSortFilterProxyModel):
    """Passes sorting to the model, which has the database sort the whole bucket (not the rows loaded)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


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
    changed = Signal()           # deadlines were marked done or snoozed here (the window announces it)
    message = Signal(str)        # a line for the status bar

    def __init__(self, deadlines: DeadlineService, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("upcoming")
        self.deadlines = deadlines
        self.today = today
        self._bucket = THIS_WEEK
        self._day: date | None = None  # a day picked in the calendar: the list shows what is due then
        self._summary = Summary(0, 0, 0, 0)
        # The listed bucket is counted with its rows; the other buckets' counts (most of a large caseload's
        # deadlines are long overdue or ended: 60 ms at 100,000 clients) just after the rows are painted.
        self._shown_count = 0
        self._counts_pending = False
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._count_all)
        self._writable = True
        self._handled = False  # listing what was marked done or snoozed (to reopen it), not what is open
        self.undo_stack: QUndoStack | None = None  # the window's: Mark done and Reopen can be undone (Ctrl+Z)
        self.runner: Runner | None = None  # the window's: where "Mark all reviewed" runs
        self._ended_after = self.deadlines.ended_after_days()

        self._model = UpcomingModel(today(), self, policy=lambda: deadlines.policy, ended_after_days=self._ended_after)
        self.proxy = _SortInModel(self)
        self.proxy.setSourceModel(self._model)
        self.proxy.setSortRole(SortRole)

        self.bucket_buttons: dict[str, QPushButton] = {}
        self._bucket_group = QButtonGroup(self)
        self._bucket_group.setExclusive(True)
        buckets = QHBoxLayout()
        for b in WINDOWS:
            button = QPushButton(self)
            button.setObjectName(f"bucket:{b}")
            button.setCheckable(True)
            button.setChecked(b == self._bucket)
            button.clicked.connect(lambda _checked=False, b=b: self.set_bucket(b))
            self._bucket_group.addButton(button)
            self.bucket_buttons[b] = button
            buckets.addWidget(button)
        buckets.addStretch(1)
        self.handled_button = QPushButton(self.tr("Show done and snoo&zed"), self)
        self.handled_button.setObjectName("upcoming:handled")
        self.handled_button.setToolTip(self.tr("List the deadlines marked done or snoozed, to reopen them"))
        self.handled_button.setCheckable(True)
        self.handled_button.toggled.connect(self.show_handled)
        self.calendar_button = QPushButton(self.tr("Calenda&r"), self)
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
        self.all_days_button.clicked.connect(lambda _checked=False: self.set_bucket(self._bucket))
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
        filters.addWidget(self.handled_button)  # here, not among the buckets: that row must fit an 800 px window
        QWidget.setTabOrder(self.tag_filter, self.handled_button)  # Tab in reading order (it was made earlier)

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
        self._size_columns()
        self.table.doubleClicked.connect(self._open)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
        # What an empty list means, in the middle of it (an empty table says nothing by itself).
        self.empty_hint = QLabel(self.table.viewport())
        self.empty_hint.setObjectName("upcoming:empty")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)
        self.empty_hint.hide()
        self.table.viewport().installEventFilter(self)
        self.table.installEventFilter(_EnterOpens(self))

        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.done_button.setObjectName("upcoming:done")
        self.done_button.setToolTip(self.tr("Record the selected deadlines as handled"))
        self.done_button.clicked.connect(lambda _checked=False: self.mark_done())
        self.snooze_button = QPushButton(self.tr("S&nooze…"), self)
        self.snooze_button.setObjectName("upcoming:snooze")
        self.snooze_button.setToolTip(self.tr("Hide the selected deadlines until a later day"))
        self.snooze_button.clicked.connect(lambda _checked=False: self.snooze())
        self.reopen_button = QPushButton(self.tr("Re&open"), self)
        self.reopen_button.setObjectName("upcoming:reopen")
        self.reopen_button.setToolTip(self.tr("Put the selected deadlines back among the open ones"))
        self.reopen_button.clicked.connect(lambda _checked=False: self.reopen())
        self.review_all_button = QPushButton(self.tr("Mark &all reviewed"), self)
        self.review_all_button.setObjectName("upcoming:review-all")
        self.review_all_button.setToolTip(self.tr("Record every status listed here as reviewed: the client's "
                                                  "record keeps that the status ended"))
        self.review_all_button.clicked.connect(lambda _checked=False: self.review_all())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("upcoming:count")
        actions = QHBoxLayout()
        actions.addWidget(self.done_button)
        actions.addWidget(self.snooze_button)
        actions.addWidget(self.reopen_button)
        actions.addWidget(self.review_all_button)
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
    def bucket(self) -> str:
        """The bucket the table lists (``domain.morning``)."""
        return self._bucket

    @property
    def window_days(self) -> int:
        """The listed bucket as ``WINDOWS`` names it: ``OVERDUE_ONLY``, ``ENDED_ONLY`` or a number of days."""
        return WINDOWS[self._bucket]

    @property
    def summary(self) -> Summary:
        """The counts in the header (open deadlines within 90 days, with the kind and tag filters); read
        now if the view has not yet had the moment to read them."""
        if self._counts_pending:
            self._count_all()
        return self._summary

    @property
    def counting(self) -> bool:
        """Whether the other buckets' counts are still to be read (just after a refresh)."""
        return self._counts_pending

    def set_window(self, days: int) -> None:
        """List the bucket ``WINDOWS`` names by ``days``."""
        named = [b for b, d in WINDOWS.items() if d == days]
        if not named or days > MAX_DAYS:
            raise ValueError(f"window: {days} days")
        self.set_bucket(named[0])

    def set_bucket(self, bucket: str) -> None:
        if bucket not in WINDOWS:
            raise ValueError(f"bucket: {bucket!r}")
        self._bucket = bucket
        self._day = None
        for b, button in self.bucket_buttons.items():
            button.setChecked(b == bucket)
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
            self.set_bucket(self._bucket)

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

    def set_writable(self, writable: bool) -> None:
        """Done and Snooze off while an operation writes to the caseload (one writer at a time)."""
        self._writable = writable
        self._update_buttons()

    def on_changed(self, changes: Changes, origin: object = None) -> None:
        """The window's one "what changed": read again what shows, if it is on screen (the window reads
        it again whenever its tab is chosen)."""
        if origin is not self and self.isVisible() and (changes.deadlines or changes.clients or changes.database):
            self.refresh()

    def refresh(self) -> None:
        """Read the open deadlines again (after a change, a new day, or a filter)."""
        self._tag_timer.stop()
        today = self.today()
        keep = {(r.client_id, r.key) for r in self.selected_records()}
        # Counts come from SQL; the bucket's rows a page at a time, so the view opens fast at any size.
        self._ended_after = self.deadlines.ended_after_days()
        self._model.ended_after_days = self._ended_after
        self._shown_count = self.deadlines.count(today, self._bucket, kinds=self.kinds(), tag=self.tag(),
                                                 ended_after_days=self._ended_after)
        self.bucket_buttons[self._bucket].setText(bucket_label(self._bucket, self._shown_count))
        self._counts_pending = True
        self._count_timer.start()
        self._refresh_calendar(today)
        self.day_label.setVisible(self._day is not None and not self._handled)
        self.all_days_button.setVisible(self._day is not None and not self._handled)
        if self._handled:
            self._model.set_rows(self.deadlines.handled(today, kinds=self.kinds(), tag=self.tag(), limit=ROW_LIMIT),
                                 today)
            self.count_label.setText(self.tr("Done or snoozed: %1").replace("%1", count_text(self._model.rowCount())))
        elif self._day is not None:
            self._model.set_rows(self.deadlines.due_on(today, self._day, kinds=self.kinds(), tag=self.tag(),
                                                       limit=ROW_LIMIT), today)
            self.day_label.setText(self.tr("Due on %1").replace("%1", show_date(self._day)))
            self.count_label.setText(self.tr("Deadlines shown: %1").replace("%1", count_text(self._model.rowCount())))
        else:
            self._show_bucket(today)
        self._update_buttons()
        self._update_empty_hint()
        for client_id, key in keep:
            self.select_record(client_id, key, clear=False)

    def _show_bucket(self, today: date) -> None:
        bucket, kinds, tag, ended_after = self._bucket, self.kinds(), self.tag(), self._ended_after

        def fetch(order: str, descending: bool, offset: int, limit: int) -> list[DeadlineRecord]:
            return self.deadlines.bucket(today, bucket, kinds=kinds, tag=tag, order=order, descending=descending,
                                         limit=limit, offset=offset, ended_after_days=ended_after)

        self._model.set_source(fetch, self._shown_count, today)
        self.count_label.setText(self.tr("Deadlines in this list: %1").replace("%1", count_text(self._model.total)))

    def _count_all(self) -> None:
        """Every bucket's count, for the buttons (after ``refresh``: read once its rows are on screen)."""
        if not self._counts_pending:
            return
        self._counts_pending = False
        self._count_timer.stop()
        self._summary = self.deadlines.summary(self.today(), kinds=self.kinds(), tag=self.tag(),
                                               ended_after_days=self._ended_after)
        for b, button in self.bucket_buttons.items():
            button.setText(bucket_label(b, self._summary.of(b)))
        self._update_buttons()

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
        if not records or not self._writable:
            return
        today = self.today()
        self.deadlines.handle_many([(r.client_id, r.key, DONE, today) for r in records], today)
        self._push(self.tr("Mark Deadlines Done"), records, self._mark_done_again, self._reopen_again)
        self._after_change(self.tr("Deadlines marked done: %1 (Undo: Ctrl+Z)").replace("%1", count_text(len(records))))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not snooze the deadlines"))
    def snooze(self) -> None:
        records = self.selected_records()
        if not records or not self._writable:
            return
        today = self.today()
        until = SnoozeDialog.ask(self, today)
        if until is None:
            return
        self.deadlines.handle_many([(r.client_id, r.key, SNOOZED, until) for r in records], today)
        self._after_change(self.tr("Deadlines snoozed until %1: %2").replace("%1", date_text(until))
                           .replace("%2", count_text(len(records))))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not reopen the deadlines"))
    def reopen(self) -> None:
        """Put the selected done or snoozed deadlines back among the open ones (undoable)."""
        records = [r for r in self.selected_records() if r.state != OPEN]
        if not records or not self._writable:
            return
        today = self.today()
        self.deadlines.handle_many([(r.client_id, r.key, OPEN, None) for r in records], today)
        self._push(self.tr("Reopen Deadlines"), records, self._reopen_again, self._put_back)
        self._after_change(self.tr("Deadlines reopened: %1 (Undo: Ctrl+Z)").replace("%1", count_text(len(records))))

    def _push(self, text: str, records: list[DeadlineRecord], apply: Callable[[list[DeadlineRecord]], None],
              revert: Callable[[list[DeadlineRecord]], None]) -> None:
        """Offer Edit ▸ Undo for what ``apply`` just did to ``records`` (``revert`` undoes it)."""
        if self.undo_stack is None:
            return
        before = {(r.client_id, r.key): r for r in records}
        self.undo_stack.push(DeadlinesCommand(
            text, list(before), apply=lambda items: self._undoable(apply, [before[i] for i in items]),
            revert=lambda items: self._undoable(revert, [before[i] for i in items])))

    def _undoable(self, step: Callable[[list[DeadlineRecord]], None], records: list[DeadlineRecord]) -> bool:
        """Run an undo or redo step; False (after the message) when it could not be done."""
        with boundary(self.tr("Could not undo or redo this"), self):
            step(records)
            self._after_change("")
            return True
        return False

    def _mark_done_again(self, records: list[DeadlineRecord]) -> None:
        today = self.today()
        self.deadlines.handle_many([(r.client_id, r.key, DONE, today) for r in records], today)

    def _reopen_again(self, records: list[DeadlineRecord]) -> None:
        self.deadlines.handle_many([(r.client_id, r.key, OPEN, None) for r in records], self.today())

    def _put_back(self, records: list[DeadlineRecord]) -> None:
        """Each deadline back in the state it had before it was reopened (done on its day, or snoozed)."""
        today = self.today()
        changes = [(r.client_id, r.key, DONE, r.done_on or today) if r.state == DONE
                   else (r.client_id, r.key, SNOOZED, r.snoozed_until) for r in records
                   if r.state == DONE or (r.state == SNOOZED and r.snoozed_until is not None
                                          and r.snoozed_until > today)]
        self.deadlines.handle_many(changes, today)

    @guarded(REVIEW_FAILED)
    def review_all(self) -> None:
        """Record every status of the "already ended" list (with the filters) as reviewed, in one go: on
        the window's worker (a large caseload holds tens of thousands), with progress and Cancel."""
        if self._bucket != ENDED or self._day is not None or not self._writable:
            return
        if not ConfirmReviewAll.ask(self, self._shown_count):
            return
        today, kinds, tag, days = self.today(), self.kinds(), self.tag(), self._ended_after

        def work(services: Services, progress: Progress) -> int:
            return services.deadlines.review_ended(today, kinds=kinds, tag=tag, ended_after_days=days,
                                                   progress=progress.report)

        def reviewed(count: int) -> None:
            self._after_change(self.tr("Ended statuses marked reviewed: %1").replace("%1", count_text(count)))

        if self.runner is None:  # a view on its own (no window): nothing else to keep painting
            reviewed(self.deadlines.review_ended(today, kinds=kinds, tag=tag, ended_after_days=days))
            return
        (Op(self, work, title=REVIEW_FAILED, label=self.tr("Marking ended statuses reviewed: %1 of %2"),
            cancel=self.tr("Cancel"))
         .success(reviewed)
         .run(self.runner))

    def _after_change(self, message: str) -> None:
        self.refresh()
        if message:
            self.message.emit(message)
        self.changed.emit()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_client.emit(self._model.record(self.proxy.mapToSource(index).row()).client_id)

    def show_handled(self, on: bool) -> None:
        """List the deadlines marked done or snoozed (to reopen them) instead of the open ones."""
        self._handled = on
        if self.handled_button.isChecked() != on:
            self.handled_button.setChecked(on)
        for button in self.bucket_buttons.values():
            button.setEnabled(not on)
        self.calendar_button.setEnabled(not on)
        if on and self.calendar_button.isChecked():
            self.calendar_button.setChecked(False)
        self.refresh()

    @property
    def showing_handled(self) -> bool:
        return self._handled

    def _update_empty_hint(self) -> None:
        if self._handled:
            text = self.tr("Nothing has been marked done or snoozed (with these filters).")
        elif self._day is not None:
            text = self.tr("Nothing is due on this day.")
        elif self.kinds() or self.tag():
            text = self.tr("No open deadline in this list matches the kind and tag chosen.")
        else:
            text = self.tr("No open deadline in this list.\n\nDeadlines come from the clients' facts (the end "
                           "of a U.S. status, a work permit, a test result…): they appear here once recorded.")
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(self._model.rowCount() == 0)
        self.empty_hint.setGeometry(self.table.viewport().rect().adjusted(40, 40, -40, -40))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_hint.setGeometry(self.table.viewport().rect().adjusted(40, 40, -40, -40))
        return super().eventFilter(watched, event)

    def _size_columns(self) -> None:
        """Columns fit a 1024-pixel window: the short ones as wide as their longest likely text, the
        deadline takes what is left, the basis stays narrow and elides (its whole text is its tooltip)."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        metrics = self.table.fontMetrics()
        icon = self.table.style().pixelMetric(self.table.style().PixelMetric.PM_SmallIconSize) + 16
        widths = {COL_URGENCY: metrics.horizontalAdvance(self.tr("Overdue %1 days").replace("%1", "1,000")) + icon,
                  COL_DUE: metrics.horizontalAdvance("2026-12-31") + 16,
                  COL_CLIENT: metrics.horizontalAdvance("M" * 15),
                  COL_KIND: min(max(metrics.horizontalAdvance(kind_name(k)) for k in KINDS),
                                metrics.horizontalAdvance("M" * 11)) + 16,
                  COL_BASIS: metrics.horizontalAdvance("M" * 9)}
        for col, width in widths.items():
            header.resizeSection(col, width)

    def _update_buttons(self, *_args) -> None:
        selected = self._writable and bool(self.table.selectionModel().selectedRows())
        self.done_button.setEnabled(selected and not self._handled)
        self.snooze_button.setEnabled(selected and not self._handled)
        self.done_button.setVisible(not self._handled)
        self.snooze_button.setVisible(not self._handled)
        self.reopen_button.setVisible(self._handled)
        self.reopen_button.setEnabled(selected and self._handled)
        ended = self._bucket == ENDED and self._day is None and not self._handled
        self.done_button.setText(self.tr("Mark &reviewed") if ended else self.tr("Mark &done"))
        self.review_all_button.setVisible(ended)
        self.review_all_button.setEnabled(ended and self._writable and self._shown_count > 0)
