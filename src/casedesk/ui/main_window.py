"""The main window: menus, toolbar and layout (the caseload table with search as you type, the
Upcoming tab, the status bar). What the menus do lives in ``commands/``, one module per area; long
work runs on the window's ``Runner`` (``ops/``), whose one ``changed`` signal every view follows."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QLineEdit, QMainWindow, QTableView, QTabWidget, QToolBar, QVBoxLayout,
    QWidget,
)

from ..clock import Clock
from ..policy.source import UPDATE
from ..services.backups import BackupService
from ..services.bundle import Services
from ..services.keystore import Keystore
from .caseload_model import COL_EXPIRY, COL_NAME, COL_NUMBER, COL_VERDICT, CaseloadModel
from .columns import fit_columns
from .commands import Commands
from .ops import Changes, ProgressStrip, Runner
from .ops.watch import ChangeWatch
from .screen_fit import fit, restore_geometry, save_geometry
from .upcoming import UpcomingView
from .counts import count_text

log = logging.getLogger("casedesk.ui")
# Answer on the next turn of the event loop: keystrokes that arrive together (a paste) run one query.
SEARCH_DELAY_MS = 0


class MainWindow(QMainWindow):
    def __init__(self, services: Services, state_file: Path | None, clock: Clock, title_suffix: str = "",
                 backups: BackupService | None = None, keystore: Keystore | None = None):
        super().__init__()
        self.backups = backups
        self.keystore = keystore
        self.services = services
        self.db = services.db
        self.policy = services.policy  # the one source every service reads: replacing its data changes them all
        self.clients = services.clients
        self.assessments = services.assessments
        self.deadlines = services.deadlines
        self.clock = clock  # the composition root's: the window never reads the computer's clock itself
        self.today = clock.today
        self._state_file = state_file
        self.setWindowTitle(self.tr("CaseDesk") + title_suffix)
        # Where long work shows its progress, and the one worker it runs on (its ``changed`` drives every view).
        self.progress_strip = ProgressStrip(self)
        self.runner = Runner(services, self.progress_strip, self)

        self.model = CaseloadModel(self.clients.page, self.today, self)
        self.model.ended_after_days = services.deadlines.ended_after_days
        self.table = QTableView(self)
        self.table.setObjectName("caseload")
        self.table.setAccessibleName(self.tr("Caseload"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line per client, however narrow a column
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
        self.table.verticalHeader().hide()
        # Every column as wide as what it holds (the name whole, not squeezed by a stretching column);
        # the last one takes what room is left.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().moveSection(COL_NUMBER, 0)  # the file number, first, as on paper files
        # What an empty table means, in the middle of it: a first start, or a search that finds no one.
        self.empty_hint = QLabel(self.table.viewport())
        self.empty_hint.setObjectName("caseload:empty")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)  # drawn in the muted colour of the platform
        self.empty_hint.hide()
        self.table.viewport().installEventFilter(self)
        self.upcoming = UpcomingView(self.deadlines, self.today, self)
        self.upcoming.setObjectName("upcoming")
        self.upcoming.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.upcoming.changed.connect(lambda: self.runner.announce(Changes(deadlines=True), self.upcoming))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.table, self.tr("Case&load"))
        self.tabs.addTab(self.upcoming, self.tr("&Upcoming deadlines"))
        self.tabs.currentChanged.connect(lambda index: self.upcoming.refresh() if index == 1 else None)
        # A line over the tabs for what the caseload cannot show by itself (deadlines being recomputed).
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #6d4c00; padding: 6px")
        self.banner.hide()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search names or A-number"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        # The search lists clients: typing shows the tab it acts on (it used to filter a hidden Caseload).
        self.search.textEdited.connect(lambda _text: self.show_caseload())
        self.search.returnPressed.connect(self._search_entered)

        self.statusBar().addPermanentWidget(self.progress_strip)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.policy_label = QLabel(self)
        self.policy_label.setObjectName("policy-age")
        self.statusBar().addPermanentWidget(self.policy_label)
        self.show_policy_age()

        self.undo_stack = QUndoStack(self)  # deleting clients, marking deadlines done: undoable until the window closes
        self.upcoming.undo_stack = self.undo_stack
        self.upcoming.runner = self.runner
        self.commands = Commands(self)
        self._build_actions()
        self.table.doubleClicked.connect(lambda _index: self.act_edit.trigger())
        self.upcoming.open_client.connect(self.commands.clients.open_from_upcoming)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.modelReset.connect(self._update_count)
        self.runner.changed.connect(self._caseload_changed)
        self.runner.changed.connect(self.upcoming.on_changed)
        self.runner.busy_changed.connect(self._busy)
        self.model.refresh()
        # Columns fitted to an empty caseload are fitted again once it has clients, and once more when their
        # best routes first show (an import of more than a few thousand leaves them to the re-assessment).
        self._fit_with_rows = False
        self._fitted: list[int] | None = None  # the widths that fitting gave, while the routes are still blank
        self._restore_state()
        self.model.modelReset.connect(self._fit_first_rows)
        self.watch: ChangeWatch | None = None
        if not self.db.is_sqlite:  # a shared caseload: others' changes show within a few seconds
            self.watch = ChangeWatch(self.services.change_stamp, lambda: self.runner.busy, self)
            self.watch.changed.connect(self._changed_elsewhere)
            self.watch.start()

    # --- set-up ---------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable, shortcut=None, tip: str = "", fallback: str = "") -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # Some platforms define no key for a standard action (Quit on several Linux desktops).
            action.setShortcuts(QKeySequence.keyBindings(shortcut) or [QKeySequence(fallback)])
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        c = self.commands
        self.act_new = self._action(self.tr("&New Client…"), c.clients.new_client, K.New,
                                    self.tr("Add a client and record their facts"))
        self.act_edit = self._action(self.tr("&Edit Client…"), c.clients.edit_client, "Ctrl+E",
                                     self.tr("Open the selected client's facts"))
        self.act_delete = self._action(self.tr("&Delete Client…"), c.clients.delete_clients, K.Delete,
                                       self.tr("Delete the selected clients"))
        self.act_import = self._action(self.tr("&Import Case Files…"), c.casefiles.import_case_file, K.Open,
                                       self.tr("Add clients from a case file (JSON or JSON Lines)"))
        self.act_export = self._action(self.tr("&Export Selected…"), c.casefiles.export_selected, K.SaveAs,
                                       self.tr("Write the selected clients' case files"))
        self.act_export_all = self._action(self.tr("Export &All…"), c.casefiles.export_all, None,
                                           self.tr("Write every client's case file"))
        self.act_interview = self._action(self.tr("&Interview…"), c.clients.interview, "Ctrl+I",
                                          self.tr("Guided interview: the questions that decide the routes"))
        self.act_routes = self._action(self.tr("&Routes to Canada…"), c.assessments.show_routes, "Ctrl+Shift+A",
                                       self.tr("Assess every pathway for the selected client, with reasons"))
        self.act_reassess = self._action(self.tr("&Re-assess Caseload…"), c.assessments.reassess_caseload, None,
                                         self.tr("Re-run every client against the current policy data and list "
                                                 "whose verdicts changed"))
        self.act_policy = self._action(self.tr("&Policy Data…"), c.assessments.show_policy, None,
                                       self.tr("The dated policy facts behind the verdicts, with sources"))
        self.act_load_policy = self._action(self.tr("&Load Policy Update…"), c.policy.load_update, None,
                                            self.tr("Bring newer policy data into this caseload (checked whole "
                                                    "first), then see what changed and which clients it affects"))
        self.act_revert_policy = self._action(self.tr("Return to &Shipped Policy Data…"), c.policy.revert_to_shipped,
                                              None, self.tr("Set the loaded policy updates aside and use the data "
                                                            "shipped with CaseDesk"))
        self.act_upcoming = self._action(self.tr("&Upcoming Deadlines"), c.deadlines.show_upcoming, "Ctrl+U",
                                         self.tr("Overdue and coming deadlines across the caseload"))
        self.act_summary = self._action(self.tr("Today's &Summary…"), lambda: c.deadlines.show_morning_summary(True),
                                        None, self.tr("What is overdue and due this week"))
        self.act_ics = self._action(self.tr("Export Deadlines to &Calendar…"), c.deadlines.export_calendar, None,
                                    self.tr("Write every open deadline to an iCalendar (.ics) file"))
        self.act_letter = self._action(self.tr("&Letter…"), c.letters.write_letter, "Ctrl+L",
                                       self.tr("A referral letter (sponsorship, citizenship certificate) as PDF"))
        self.act_batch_letters = self._action(self.tr("Letters for &Selection…"), c.letters.write_batch_letters, None,
                                              self.tr("The same letter for every selected client, into a folder"))
        self.act_backup_now = self._action(self.tr("&Back Up Now"), c.backups.backup_now, None,
                                           self.tr("Take a backup of the caseload now"))
        self.act_restore = self._action(self.tr("&Restore a Backup…"), c.backups.restore_backup, None,
                                        self.tr("Put back an earlier backup (the current caseload is kept)"))
        self.act_encrypt = self._action(self.tr("E&ncrypt the Caseload…"), c.encryption.encrypt_caseload, None,
                                        self.tr("Protect the caseload and its backups with a passphrase"))
        self.act_passphrase = self._action(self.tr("C&hange Passphrase…"), c.encryption.change_passphrase, None,
                                           self.tr("Choose a new passphrase for the encrypted caseload"))
        self.act_decrypt = self._action(self.tr("Remo&ve Encryption…"), c.encryption.remove_encryption, None,
                                        self.tr("Store the caseload and its backups without encryption again"))
        self.act_settings = self._action(self.tr("Se&ttings…"), c.general.edit_settings, K.Preferences,
                                         self.tr("Reminder lead times and calendar export"), fallback="Ctrl+,")
        self.act_find = self._action(self.tr("&Find"), self.focus_search, K.Find,
                                     self.tr("Search the caseload"))
        self.act_refresh = self._action(self.tr("&Refresh"), self.model.refresh, K.Refresh)
        self.act_quit = self._action(self.tr("&Quit"), self.close, K.Quit, fallback="Ctrl+Q")
        self.act_about = self._action(self.tr("&About CaseDesk"), c.general.about)
        self.act_guide = self._action(self.tr("&User Guide"), lambda: c.general.help(0), K.HelpContents,
                                      self.tr("How to use CaseDesk (shipped with it: no connection needed)"),
                                      fallback="F1")
        self.act_shortcuts = self._action(self.tr("&Keyboard Shortcuts"), lambda: c.general.help(1), None,
                                          self.tr("Every key CaseDesk answers to"))
        self.act_marks = self._action(self.tr("What the &Marks Mean"), lambda: c.general.help(2), None,
                                      self.tr("Verdicts, urgency and the confidence of the policy data, in words"))
        self.act_history = self._action(self.tr("&History…"), c.clients.show_history, "Ctrl+H",
                                        self.tr("Who changed what in the selected client's file, and when"))
        self.act_close_file = self._action(self.tr("Close &File…"), c.retention.close_file, None,
                                           self.tr("Close the selected client's file (its retention period "
                                                   "starts), or reopen it"))
        self.act_purge = self._action(self.tr("P&urge…"), c.retention.purge_selected, None,
                                      self.tr("Erase the selected client for good, history values included"))
        self.act_retention = self._action(self.tr("Files &Past Retention…"), c.retention.show_past_retention, None,
                                          self.tr("Closed files kept past their retention period, to purge"))
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcuts(QKeySequence.keyBindings(K.Undo) or [QKeySequence("Ctrl+Z")])
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts(QKeySequence.keyBindings(K.Redo) or [QKeySequence("Ctrl+Shift+Z")])
        self.addActions([self.act_undo, self.act_redo])
        # What writes to the caseload, greyed out while an operation runs (one writer at a time).
        self._writing = [self.act_new, self.act_edit, self.act_delete, self.act_import, self.act_interview,
                         self.act_routes, self.act_reassess, self.act_letter, self.act_batch_letters,
                         self.act_backup_now, self.act_restore, self.act_encrypt, self.act_passphrase,
                         self.act_decrypt, self.act_settings, self.act_load_policy, self.act_revert_policy,
                         self.act_close_file, self.act_purge, self.act_retention]

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for a in (self.act_import, self.act_export, self.act_export_all, self.act_ics):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.act_backup_now)
        file_menu.addAction(self.act_restore)
        file_menu.addSeparator()
        for a in (self.act_encrypt, self.act_passphrase, self.act_decrypt):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.act_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        client_menu = bar.addMenu(self.tr("&Client"))
        for a in (self.act_new, self.act_edit, self.act_delete, self.act_history):
            client_menu.addAction(a)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.act_edit, self.act_history, self.act_routes, self.act_letter, self.act_delete])
        client_menu.addSeparator()
        client_menu.addAction(self.act_interview)
        client_menu.addAction(self.act_routes)
        client_menu.addAction(self.act_letter)
        client_menu.addAction(self.act_batch_letters)
        client_menu.addSeparator()
        for a in (self.act_close_file, self.act_purge, self.act_retention):
            client_menu.addAction(a)
        policy_menu = bar.addMenu(self.tr("&Policy"))
        policy_menu.addAction(self.act_reassess)
        policy_menu.addAction(self.act_policy)
        policy_menu.addSeparator()
        policy_menu.addAction(self.act_load_policy)
        policy_menu.addAction(self.act_revert_policy)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.act_upcoming)
        view_menu.addAction(self.act_summary)
        view_menu.addAction(self.act_find)
        view_menu.addAction(self.act_refresh)
        help_menu = bar.addMenu(self.tr("&Help"))
        for a in (self.act_guide, self.act_shortcuts, self.act_marks):
            help_menu.addAction(a)
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)

        tools = QToolBar(self.tr("Main"), self)
        tools.setObjectName("main-toolbar")
        tools.setMovable(False)
        for a in (self.act_new, self.act_edit, self.act_delete):
            tools.addAction(a)
        tools.addSeparator()
        tools.addAction(self.act_interview)
        tools.addAction(self.act_routes)
        tools.addAction(self.act_letter)
        tools.addSeparator()
        tools.addAction(self.act_import)
        tools.addSeparator()
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        tools.addWidget(search_label)
        tools.addWidget(self.search)
        self.addToolBar(tools)

    def _update_actions(self, *_args) -> None:
        selected = len(self.selected_ids())
        for action in self._writing:  # enabled unless a rule below narrows it: none is left greyed by an operation
            action.setEnabled(True)
        self.act_edit.setEnabled(selected == 1)
        self.act_routes.setEnabled(selected == 1)
        self.act_history.setEnabled(selected == 1)
        self.act_close_file.setEnabled(selected == 1)
        self.act_purge.setEnabled(selected == 1)
        self.act_letter.setEnabled(selected == 1)
        self.act_batch_letters.setEnabled(selected > 0)
        # On a server they say where its backups come from instead (commands/backups.py: server_backups).
        self.act_backup_now.setEnabled(self.backups is not None or not self.db.is_sqlite)
        self.act_restore.setEnabled(self.backups is not None or not self.db.is_sqlite)
        local_file = self.db.is_sqlite and self.db.path is not None
        self.act_encrypt.setEnabled(local_file and not self.db.encrypted)
        self.act_passphrase.setEnabled(local_file and self.db.encrypted)
        self.act_decrypt.setEnabled(local_file and self.db.encrypted)
        self.act_delete.setEnabled(selected > 0)
        self.act_export.setEnabled(selected > 0)
        self.act_undo.setEnabled(self.undo_stack.canUndo())
        self.act_redo.setEnabled(self.undo_stack.canRedo())
        if self.runner.busy:
            for action in (*self._writing, self.act_undo, self.act_redo):
                action.setEnabled(False)

    def _update_count(self) -> None:
        total = self.model.total
        query = self.model.query.strip()
        if query:
            self.count_label.setText(self.tr("Matching clients: %1").replace("%1", count_text(total)))
            self.empty_hint.setText(self.tr("No client matches “%1”.").replace("%1", query))
        else:
            self.count_label.setText(self.tr("Clients: %1").replace("%1", count_text(total)))
            self.empty_hint.setText(self.tr("No clients yet.\n\nAdd one with New Client (Ctrl+N) or the Interview "
                                            "(Ctrl+I) while on the phone, or bring in case files with Import Case "
                                            "Files (Ctrl+O)."))
        self.empty_hint.setVisible(total == 0)
        self._place_empty_hint()

    def _place_empty_hint(self) -> None:
        area = self.table.viewport().rect()
        self.empty_hint.setGeometry(area.adjusted(40, 40, -40, -40))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._place_empty_hint()
        return super().eventFilter(watched, event)

    # --- what changed, and while an operation runs -----------------------------------------------

    def after_change(self, changes: Changes, message: str, select: int | None = None) -> None:
        """After a command: every view refreshes what ``changes`` touched, then ``select`` is selected
        (else the selection is cleared) and ``message`` shown."""
        self.runner.announce(changes)
        if select is not None and not self.select_client(select):
            self.table.clearSelection()
        if message:
            self.statusBar().showMessage(message, 8000)

    def _changed_elsewhere(self) -> None:
        """Another caseworker saved: every view reads again (the selection is kept, see _caseload_changed)."""
        self.runner.announce(Changes(clients=True, assessments=True, deadlines=True, letters=True))

    def _caseload_changed(self, changes: Changes, _origin: object = None) -> None:
        if changes.caseload:
            self.model_refresh_keep_selection()
        if changes.database:
            self._update_actions()

    def _busy(self, busy: bool) -> None:
        self._update_actions()
        self.upcoming.set_writable(not busy)
        self.model.set_paused(busy and self.runner.exclusive)

    def show_banner(self, text: str | None) -> None:
        self.banner.setText(text or "")
        self.banner.setVisible(bool(text))

    def show_policy_age(self) -> None:
        policy = self.policy.current
        today = self.today()
        if policy.stale(today):
            self.policy_label.setText("⚠ " + self.tr("Policy data %1 is %2 days old: verify before relying on "
                                                     "it").replace("%1", policy.version)
                                      .replace("%2", str(policy.age_days(today))))
        else:
            self.policy_label.setText(self.tr("Policy data %1").replace("%1", policy.version))
        if self.policy.origin == UPDATE:  # brought in with Policy ▸ Load Policy Update…, not shipped
            self.policy_label.setText(self.policy_label.text() + " " + self.tr("(loaded update)"))

    # --- selection and search ---------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.client_id(r) for r in rows]

    def select_client(self, client_id: int) -> bool:
        row = self.model.row_of(client_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        # Not ``selectRow``: it toggles instead when the keyboard says Ctrl is held.
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)
        return True

    def reveal(self, client_id: int) -> None:
        """Select the client, clearing the search first if it hides them."""
        if not self.select_client(client_id):
            self.clear_search()
            self.select_client(client_id)

    def model_refresh_keep_selection(self) -> None:
        ids = self.selected_ids()
        self.model.refresh()
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for client_id in ids:
            row = self.model.row_of(client_id)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)

    def show_caseload(self) -> None:
        self.tabs.setCurrentWidget(self.table)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_search(self) -> None:
        self._search_timer.stop()
        if self.search.text() != self.model.query:
            self.model.set_query(self.search.text())

    def _search_entered(self) -> None:
        """Enter in the search: a single client found is opened; several, the first is selected."""
        self.apply_search()
        if self.model.rowCount() == 0:
            return
        self.show_caseload()
        self.select_client(self.model.client_id(0))
        if self.model.total == 1:
            self.act_edit.trigger()
        else:
            self.table.setFocus()

    def clear_search(self) -> None:
        self.search.clear()
        self.apply_search()

    # --- window state ---------------------------------------------------------------------------

    def window_settings(self) -> QSettings | None:
        """The user's own window-state file (the letters folder is remembered there too), if any."""
        return self._settings()

    def _settings(self) -> QSettings | None:
        if self._state_file is None:
            return None
        return QSettings(str(self._state_file), QSettings.Format.IniFormat)

    def _restore_state(self) -> None:
        settings = self._settings()
        if settings is None or not restore_geometry(self, settings, "main/geometry"):
            fit(self, 1100, 700)  # first start on this screen size: as much of 1100×700 as it has room for
            # First start: columns fit what they hold, narrowed to the window (the file number, the name,
            # when the status ends (or how long ago) and the verdict whole).
            self._fit_columns()
            self._fit_with_rows = self.model.rowCount() == 0
            if settings is None or settings.value("main/state") is None:
                return
        self.restoreState(settings.value("main/state"))
        header = settings.value("main/table-header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def _fit_first_rows(self) -> None:
        """The first clients of a caseload that started empty (an import, a restore): the columns, sized to
        their headings only, are fitted to what they now hold (names were cut to "Aadan ..."); and again when
        their best routes first show ("Refugee clai..."), unless the caseworker has set widths since."""
        rows = self.model.rowCount()
        if self._fit_with_rows and rows > 0:
            self._fit_with_rows = False
            self._fit_columns()
            self._fitted = None if self._routes_shown(rows) else self._widths()
        elif self._fitted is not None and self._routes_shown(rows):
            # Set by the caseworker if one moved by more than the layout moves them (a scroll bar showing: 5 px)
            if all(abs(a - b) <= 8 for a, b in zip(self._widths(), self._fitted)):
                self._fit_columns()
            self._fitted = None

    def _routes_shown(self, rows: int) -> bool:
        return any(self.model.row_data(r).best_pathway for r in range(min(rows, 100)))

    def _fit_columns(self) -> None:
        fit_columns(self.table, keep=(COL_NUMBER, COL_NAME, COL_EXPIRY, COL_VERDICT))

    def _widths(self) -> list[int]:
        header = self.table.horizontalHeader()  # the last column stretches with the window: not the caseworker's
        return [header.sectionSize(c) for c in range(header.count() - 1)]

    def save_state(self) -> None:
        settings = self._settings()
        if settings is None:
            return
        save_geometry(self, settings, "main/geometry")
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/table-header", self.table.horizontalHeader().saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.busy:  # work that can be undone is cancelled and the window closes after it
            event.ignore()
            if self.runner.cancel():
                self.runner.when_idle("close", self.close)
            else:
                self.statusBar().showMessage(self.tr("Wait until this has finished: %1")
                                             .replace("%1", self.runner.label or ""), 8000)
            return
        self.save_state()
        if self.watch is not None:
            self.watch.stop()
        self.runner.shutdown()
        super().closeEvent(event)
