"""The main window: the caseload table, search as you type, and the client actions."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHeaderView, QLabel, QLineEdit, QMainWindow, QMessageBox,
    QProgressDialog, QTableView, QTabWidget, QToolBar,
)

from ..clock import Clock
from ..services import casefiles
from ..services.backups import BackupService
from ..services.bundle import Services
from ..services.errors import USER_ERRORS
from ..services.keystore import Keystore
from .caseload_model import COL_NAME, CaseloadModel
from .dialogs import CaseFileChooser, ConfirmDelete, ConfirmExport, Notice
from .errors import describe, guarded
from .upcoming import UpcomingView

log = logging.getLogger("casedesk.ui")
ASSESS_ON_IMPORT = 5_000  # larger imports are assessed by the caseload re-assessment, with its progress bar
SEARCH_DELAY_MS = 0  # answer on the next turn of the event loop: keystrokes that arrive together (a paste) run one query


class ImportCancelled(Exception):
    pass


class MainWindow(QMainWindow):
    caseload_changed = Signal()

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

        self.model = CaseloadModel(self.clients.page, self.today, self)
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
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda _index: self.edit_client())
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
        self.upcoming.open_client.connect(self._open_client_from_upcoming)
        self.upcoming.changed.connect(self.model_refresh_keep_selection)
        self.upcoming.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.table, self.tr("&Caseload"))
        self.tabs.addTab(self.upcoming, self.tr("&Upcoming deadlines"))
        self.tabs.currentChanged.connect(lambda index: self.upcoming.refresh() if index == 1 else None)
        self.setCentralWidget(self.tabs)
        self._summary_day: date | None = None
        # Every 30 minutes, a backup if anything changed since the last one.
        self._backup_timer = QTimer(self, interval=30 * 60 * 1000)
        self._backup_timer.timeout.connect(self.periodic_backup)
        if backups is not None:
            self._backup_timer.start()

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search names or A-number"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_search)

        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.policy_label = QLabel(self)
        self.policy_label.setObjectName("policy-age")
        self.statusBar().addPermanentWidget(self.policy_label)
        self._show_policy_age()

        self.undo_stack = QUndoStack(self)  # deleting clients, undoable until the window closes
        self._build_actions()
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.modelReset.connect(self._update_count)
        self.model.refresh()
        self._restore_state()

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
        self.act_new = self._action(self.tr("&New Client…"), self.new_client, K.New,
                                    self.tr("Add a client and record their facts"))
        self.act_edit = self._action(self.tr("&Edit Client…"), self.edit_client, "Ctrl+E",
                                     self.tr("Open the selected client's facts"))
        self.act_delete = self._action(self.tr("&Delete Client…"), self.delete_clients, K.Delete,
                                       self.tr("Delete the selected clients"))
        self.act_import = self._action(self.tr("&Import Case Files…"), self.import_case_file, K.Open,
                                       self.tr("Add clients from a case file (JSON or JSON Lines)"))
        self.act_export = self._action(self.tr("&Export Selected…"), self.export_selected, K.SaveAs,
                                       self.tr("Write the selected clients' case files"))
        self.act_export_all = self._action(self.tr("Export &All…"), self.export_all, None,
                                           self.tr("Write every client's case file"))
        self.act_interview = self._action(self.tr("&Interview…"), self.interview, "Ctrl+I",
                                          self.tr("Guided interview: the questions that decide the routes"))
        self.act_routes = self._action(self.tr("&Routes to Canada…"), self.show_routes, "Ctrl+Shift+A",
                                       self.tr("Assess every pathway for the selected client, with reasons"))
        self.act_reassess = self._action(self.tr("&Re-assess Caseload…"), self.reassess_caseload, None,
                                         self.tr("Re-run every client against the current policy data and list "
                                                 "whose verdicts changed"))
        self.act_policy = self._action(self.tr("&Policy Data…"), self.show_policy, None,
                                       self.tr("The dated policy facts behind the verdicts, with sources"))
        self.act_upcoming = self._action(self.tr("&Upcoming Deadlines"), self.show_upcoming, "Ctrl+U",
                                         self.tr("Overdue and coming deadlines across the caseload"))
        self.act_summary = self._action(self.tr("Today's &Summary…"), lambda: self.show_morning_summary(True),
                                        None, self.tr("What is overdue and due this week"))
        self.act_ics = self._action(self.tr("Export Deadlines to &Calendar…"), self.export_calendar, None,
                                    self.tr("Write every open deadline to an iCalendar (.ics) file"))
        self.act_letter = self._action(self.tr("&Letter…"), self.write_letter, "Ctrl+L",
                                       self.tr("A referral letter (sponsorship, citizenship certificate) as PDF"))
        self.act_batch_letters = self._action(self.tr("Letters for &Selection…"), self.write_batch_letters, None,
                                              self.tr("The same letter for every selected client, into a folder"))
        self.act_backup_now = self._action(self.tr("&Back Up Now"), self.backup_now, None,
                                           self.tr("Take a backup of the caseload now"))
        self.act_restore = self._action(self.tr("&Restore a Backup…"), self.restore_backup, None,
                                        self.tr("Put back an earlier backup (the current caseload is kept)"))
        self.act_encrypt = self._action(self.tr("E&ncrypt the Caseload…"), self.encrypt_caseload, None,
                                        self.tr("Protect the caseload and its backups with a passphrase"))
        self.act_passphrase = self._action(self.tr("C&hange Passphrase…"), self.change_passphrase, None,
                                           self.tr("Choose a new passphrase for the encrypted caseload"))
        self.act_decrypt = self._action(self.tr("Remo&ve Encryption…"), self.remove_encryption, None,
                                        self.tr("Store the caseload and its backups without encryption again"))
        self.act_settings = self._action(self.tr("Se&ttings…"), self.edit_settings, QKeySequence.StandardKey.Preferences,
                                         self.tr("Reminder lead times and calendar export"), fallback="Ctrl+,")
        self.act_find = self._action(self.tr("&Find"), self.focus_search, K.Find,
                                     self.tr("Search the caseload"))
        self.act_refresh = self._action(self.tr("&Refresh"), self.model.refresh, K.Refresh)
        self.act_quit = self._action(self.tr("&Quit"), self.close, K.Quit, fallback="Ctrl+Q")
        self.act_about = self._action(self.tr("&About CaseDesk"), self.about)
        self.act_history = self._action(self.tr("&History…"), self.show_history, "Ctrl+H",
                                        self.tr("Who changed what in the selected client's file, and when"))
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcuts(QKeySequence.keyBindings(K.Undo) or [QKeySequence("Ctrl+Z")])
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts(QKeySequence.keyBindings(K.Redo) or [QKeySequence("Ctrl+Shift+Z")])
        self.addActions([self.act_undo, self.act_redo])

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
        policy_menu = bar.addMenu(self.tr("&Policy"))
        policy_menu.addAction(self.act_reassess)
        policy_menu.addAction(self.act_policy)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.act_upcoming)
        view_menu.addAction(self.act_summary)
        view_menu.addAction(self.act_find)
        view_menu.addAction(self.act_refresh)
        bar.addMenu(self.tr("&Help")).addAction(self.act_about)

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
        self.act_edit.setEnabled(selected == 1)
        self.act_routes.setEnabled(selected == 1)
        self.act_history.setEnabled(selected == 1)
        self.act_letter.setEnabled(selected == 1)
        self.act_batch_letters.setEnabled(selected > 0)
        self.act_backup_now.setEnabled(self.backups is not None)
        self.act_restore.setEnabled(self.backups is not None)
        local_file = self.db.is_sqlite and self.db.path is not None
        self.act_encrypt.setEnabled(local_file and not self.db.encrypted)
        self.act_passphrase.setEnabled(local_file and self.db.encrypted)
        self.act_decrypt.setEnabled(local_file and self.db.encrypted)
        self.act_delete.setEnabled(selected > 0)
        self.act_export.setEnabled(selected > 0)

    def _update_count(self) -> None:
        total = self.model.total
        query = self.model.query.strip()
        if query:
            self.count_label.setText(self.tr("Matching clients: %1").replace("%1", f"{total:,}"))
            self.empty_hint.setText(self.tr("No client matches “%1”.").replace("%1", query))
        else:
            self.count_label.setText(self.tr("Clients: %1").replace("%1", f"{total:,}"))
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

    # --- selection ------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.client_id(r) for r in rows]

    def select_client(self, client_id: int) -> bool:
        row = self.model.row_of(client_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # --- actions --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_search(self) -> None:
        self._search_timer.stop()
        if self.search.text() != self.model.query:
            self.model.set_query(self.search.text())

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not add the client"))
    def new_client(self) -> None:
        from .editor import ClientEditor  # loaded on first use: keeps start-up short

        facts = ClientEditor.ask(self)
        if facts is None:
            return
        today = self.today()
        client_id = self.clients.add(facts, as_of=today)
        self.assessments.assess_client(client_id, today)
        self._after_change(client_id, self.tr("Client added."))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not save the client"))
    def edit_client(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        from .editor import ClientEditor

        record = self.clients.get(ids[0])
        facts = ClientEditor.ask(self, record.facts)
        if facts is None:
            return
        today = self.today()
        self.clients.update(record.id, facts, record.version, as_of=today)
        self.assessments.assess_client(record.id, today)
        self._after_change(record.id, self.tr("Client saved."))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not delete"))
    def delete_clients(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = [self.model.data(self.model.index(self.model.row_of(i), COL_NAME)) for i in ids]
        if not ConfirmDelete.ask(self, names):
            return
        count = self.clients.delete(ids)
        from .undo import DeleteClientsCommand

        self.undo_stack.push(DeleteClientsCommand(ids, self._delete_again, self._undelete))
        undo_key = self.act_undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = self.tr("Client deleted") if count == 1 else self.tr("Clients deleted: %1").replace("%1", str(count))
        self._after_change(None, self.tr("%1 — Undo (%2)").replace("%1", text).replace("%2", undo_key))

    def _undelete(self, ids: list[int]) -> bool:
        """Undo a deletion: the clients come back with their facts and records, re-assessed."""
        try:
            self.clients.restore(ids, as_of=self.today())  # with their assessments: nothing to re-run
        except USER_ERRORS as exc:
            log.info("undo delete refused: %s", type(exc).__name__)
            Notice.warn(self, self.tr("Could not undo the deletion"), describe(exc))
            return False
        self.search.clear()
        self.apply_search()
        self._after_change(ids[0], self.tr("Client restored") if len(ids) == 1 else
                           self.tr("Clients restored: %1").replace("%1", str(len(ids))))
        return True

    def _delete_again(self, ids: list[int]) -> bool:
        try:
            count = self.clients.delete(ids)
        except USER_ERRORS as exc:
            log.info("redo delete refused: %s", type(exc).__name__)
            Notice.warn(self, self.tr("Could not delete"), describe(exc))
            return False
        self._after_change(None, self.tr("Clients deleted: %1").replace("%1", str(count)))
        return True

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not show the history"))
    def show_history(self) -> None:
        from .audit_view import AuditDialog

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        name = self.model.data(self.model.index(self.model.row_of(ids[0]), COL_NAME))
        AuditDialog.show_for(self.services.audit, ids[0], name, self)

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not import"))
    def import_case_file(self, path: Path | None = None) -> None:
        path = path or CaseFileChooser.open_path(self)
        if path is None:
            return
        progress = QProgressDialog(self.tr("Importing case files…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def report(done: int) -> None:
            progress.setLabelText(self.tr("Importing case files… clients read: %1").replace("%1", f"{done:,}"))
            QApplication.processEvents()
            if progress.wasCanceled():
                raise ImportCancelled  # rolls the whole import back

        today = self.today()
        try:
            result = casefiles.import_file(self.db, path, report, policy=self.policy, as_of=today)
        except ImportCancelled:
            self.statusBar().showMessage(self.tr("Import cancelled; nothing was imported."), 8000)
            return
        finally:
            progress.close()
        message = self.tr("Clients imported: %1").replace("%1", f"{len(result.ids):,}")
        if len(result.ids) <= ASSESS_ON_IMPORT:
            self.assessments.reassess(result.ids, today)  # their best route shows at once
        else:
            message += " " + self.tr("Run Policy ▸ Re-assess Caseload to see their best routes.")
        self._after_change(result.ids[0] if result.ids else None, message)
        if result.warnings:
            Notice.info(self, self.tr("Imported with warnings"), "\n".join(result.warnings[:20]))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not export"))
    def export_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._export(ids)

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not export"))
    def export_all(self) -> None:
        self._export(self.clients.all_ids())

    def _export(self, ids: list[int]) -> None:
        if not ConfirmExport.ask(self):
            return
        suggested = "client-%d.json" % ids[0] if len(ids) == 1 else "caseload.jsonl"
        path = CaseFileChooser.save_path(self, suggested)
        if path is None:
            return
        count = casefiles.export_file(self.db, ids, path)
        self.statusBar().showMessage(self.tr("Case files written: %1").replace("%1", f"{count:,}"), 8000)

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not run the interview"))
    def interview(self) -> None:
        """The guided interview, for the selected client or (with none selected) a new one."""
        from .interview import InterviewWizard

        ids = self.selected_ids()
        record = self.clients.get(ids[0]) if len(ids) == 1 else None
        today = self.today()
        facts = InterviewWizard.ask(self, record.facts if record else None,
                                    lambda f: self.assessments.assess_facts(f, today),
                                    lambda f: self.assessments.crs(f, today), today)
        if facts is None:
            return
        if record is None:
            client_id = self.clients.add(facts, as_of=today)
        else:
            client_id = record.id
            self.clients.update(record.id, facts, record.version, as_of=today)
        self.assessments.assess_client(client_id, today)
        self._after_change(client_id, self.tr("Interview answers saved."))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not assess the client"))
    def show_routes(self, client_id: int | None = None) -> None:
        from .results import ResultsDialog

        ids = [client_id] if client_id is not None else self.selected_ids()
        if len(ids) != 1:
            return
        today = self.today()
        record = self.clients.get(ids[0])
        result = self.assessments.assess_client(record.id, today)
        history = self.assessments.past(record.id)
        self.model.refresh()
        self.select_client(record.id)
        ResultsDialog.show_for(self, record.facts, result, self.assessments.crs(record.facts, today), history)

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not re-assess the caseload"))
    def reassess_caseload(self) -> None:
        from .reassess_view import ReassessDialog

        progress = QProgressDialog(self.tr("Re-assessing the caseload…"), "", 0, 100, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def report(done: int, total: int) -> None:
            progress.setValue(int(done * 100 / max(total, 1)))
            QApplication.processEvents()

        try:
            result = self.assessments.reassess_all(self.today(), report)
        finally:
            progress.close()
        self.deadlines.ensure_current(self.today())  # deadlines read the policy data too
        self._show_policy_age()
        self.model.refresh()
        self.upcoming.refresh()
        self.last_reassess = result
        dialog = ReassessDialog(result, self)
        dialog.open_client.connect(lambda cid: (dialog.accept(), self._open_client(cid)))
        dialog.exec()

    def _open_client(self, client_id: int) -> None:
        if not self.select_client(client_id):
            self.search.clear()
            self.apply_search()
            self.select_client(client_id)
        self.show_routes(client_id)

    def show_upcoming(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.upcoming.refresh()
        self.upcoming.table.setFocus()

    def model_refresh_keep_selection(self) -> None:
        ids = self.selected_ids()
        self.model.refresh()
        for client_id in ids:
            self.select_client(client_id)

    def _open_client_from_upcoming(self, client_id: int) -> None:
        """Double-click on a deadline: the client's file, selected in the caseload."""
        self.tabs.setCurrentIndex(0)
        if not self.select_client(client_id):
            self.search.clear()
            self.apply_search()
            self.select_client(client_id)
        if self.selected_ids() == [client_id]:
            self.edit_client()

    def show_morning_summary(self, always: bool = False) -> None:
        """What is overdue and due this week: at start, and when the app comes back on a new day."""
        from .upcoming import MorningSummaryDialog

        today = self.today()
        if not always and self._summary_day == today:
            return
        self._summary_day = today
        summary = self.deadlines.summary(today)
        if not always and summary.overdue == 0 and summary.this_week == 0:
            return
        top = self.deadlines.morning_list(today)
        if MorningSummaryDialog.show_for(self, summary, top, today):
            self.show_upcoming()

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not export the deadlines"))
    def export_calendar(self) -> None:
        from ..services.calendar_export import export_ics

        if not ConfirmExport.ask(self):  # dates and client ids (names if chosen) leave the protected database
            return
        path = CaseFileChooser.save_calendar_path(self)
        if path is None:
            return
        count = export_ics(self.deadlines, self.services.settings, path, self.today())
        self.statusBar().showMessage(self.tr("Calendar written: %1 deadlines").replace("%1", f"{count:,}"), 8000)

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not write the letter"))
    def write_letter(self) -> None:
        from .letter_dialog import LetterDialog

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        name = self.model.data(self.model.index(self.model.row_of(ids[0]), COL_NAME))
        saved = LetterDialog.ask(self.services.letters, ids[0], name, self.today, self)
        if saved is not None:
            self.statusBar().showMessage(self.tr("Letter saved: %1").replace("%1", str(saved)), 8000)

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not write the letters"))
    def write_batch_letters(self) -> None:
        """One letter per selected client, a tick of the event loop each, so the window stays responsive."""
        from .letter_dialog import BatchLetterOptions, LetterFileChooser

        ids = self.selected_ids()
        if not ids:
            return
        options = BatchLetterOptions.ask(len(ids), self)
        if options is None:
            return
        folder = LetterFileChooser.folder(self)
        if folder is None:
            return
        progress = QProgressDialog(self.tr("Writing letters…"), self.tr("Cancel"), 0, len(ids), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def step(done: int, total: int) -> bool:
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            result = self.services.letters.batch(
                ids, options[0], options[1], folder, self.today(), progress=step)
        finally:
            progress.close()
        self.last_batch = result
        text = self.tr("Letters written: %1; skipped: %2").replace("%1", str(len(result.produced))) \
            .replace("%2", str(len(result.skipped)))
        if result.cancelled:
            text += " " + self.tr("(cancelled)")
        self.statusBar().showMessage(text, 10000)
        if result.skipped:
            Notice.info(self, self.tr("Some clients were skipped"),
                        "\n".join(f"{cid}: {why}" for cid, why in result.skipped[:30]))

    def periodic_backups_enabled(self, enabled: bool) -> None:
        (self._backup_timer.start if enabled and self.backups is not None else self._backup_timer.stop)()

    def periodic_backup(self) -> None:
        """Not modal: a failing automatic backup must not pop up every 30 minutes."""
        now = self.clock.now()
        try:
            if self.backups is not None and self.backups.take_if_changed("periodic", now):
                self.backups.thin(now)
        except USER_ERRORS as exc:
            log.warning("periodic backup failed: %s", type(exc).__name__)
            self.statusBar().showMessage(self.tr("Automatic backup failed: %1").replace("%1", describe(exc)))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not back up"))
    def backup_now(self) -> None:
        if self.backups is None:
            return
        info = self.backups.take("manual", self.clock.now())
        self.statusBar().showMessage(self.tr("Backup written: %1").replace("%1", info.path.name), 8000)

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not restore the backup"))
    def restore_backup(self) -> None:
        from .restore_dialog import RestoreDialog

        if self.backups is None or RestoreDialog.ask(self.backups, self) is None:
            return
        self.undo_stack.clear()  # what it would undo belongs to the caseload just replaced
        self.deadlines.ensure_current(self.today())  # the restored caseload may predate the policy data
        self.upcoming.refresh()
        self._after_change(None, self.tr("Backup restored; the caseload it replaced was kept as a backup."))

    # --- encryption at rest (see services/encryption.py) --------------------------------------------

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not encrypt the caseload"))
    def encrypt_caseload(self) -> None:
        from ..services import encryption
        from .encryption_dialogs import PassphraseDialog, RecoveryKeyDialog

        report = PassphraseDialog.ask(
            self.tr("Encrypt the caseload"),
            self.tr("The caseload and all its backups will be encrypted with SQLCipher under this passphrase; the "
                    "plain copies are overwritten. CaseDesk will ask for the passphrase each time it starts. Case "
                    "files, letters and calendars you exported are not changed."),
            lambda _current, new: encryption.encrypt(self.db, new, backups=self.backups),
            action=self.tr("&Encrypt"), parent=self)
        if report is None:
            return
        RecoveryKeyDialog.ask(report.recovery_key, self)
        self._after_encryption_change(report, self.tr("The caseload and %1 backups are encrypted."))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not change the passphrase"))
    def change_passphrase(self) -> None:
        from ..services import encryption
        from .encryption_dialogs import PassphraseDialog

        done = PassphraseDialog.ask(
            self.tr("Change the passphrase"),
            self.tr("The old passphrase stops opening the caseload at once. The recovery key stays the same."),
            lambda current, new: encryption.change_passphrase(self.db.path, current or "", new) or True,
            current=True, action=self.tr("&Change"), parent=self)
        if done:
            self.statusBar().showMessage(self.tr("Passphrase changed."), 8000)

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not remove the encryption"))
    def remove_encryption(self) -> None:
        from ..services import encryption
        from .encryption_dialogs import ConfirmDecrypt

        key_id = encryption.key_file_id(self.db.path)
        report = ConfirmDecrypt.ask(lambda secret: encryption.decrypt(self.db, secret, backups=self.backups), self)
        if report is None:
            return
        if key_id is not None and self.keystore is not None:
            self.keystore.delete(key_id)
        self._after_encryption_change(report, self.tr("Encryption removed from the caseload and %1 backups."))

    def _after_encryption_change(self, report, message: str) -> None:
        self._after_change(None, message.replace("%1", str(report.backups_converted)))
        self._update_actions()
        if report.backups_left:
            Notice.warn(self, self.tr("Some backups were not converted"),
                        self.tr("These backups could not be read, so they were left as they were; delete them "
                                "if you no longer need them:") + "\n" + "\n".join(str(p) for p in report.backups_left))

    def edit_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        if SettingsDialog.ask(self.services.settings, self):
            self.statusBar().showMessage(self.tr("Settings saved."), 8000)

    def show_policy(self) -> None:
        from .policy_view import PolicyDialog

        PolicyDialog.show_for(self.policy.current, self.today(), self)

    def _show_policy_age(self) -> None:
        policy = self.policy.current
        today = self.today()
        if policy.stale(today):
            self.policy_label.setText("⚠ " + self.tr("Policy data %1 is %2 days old: verify before relying on "
                                                     "it").replace("%1", policy.version)
                                      .replace("%2", str(policy.age_days(today))))
        else:
            self.policy_label.setText(self.tr("Policy data %1").replace("%1", policy.version))

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(self, self.tr("About CaseDesk"), self.tr(
            "CaseDesk %1\nAn offline case manager for immigration caseworkers. "
            "Client data stays on this computer.").replace("%1", __version__))

    def _after_change(self, client_id: int | None, message: str) -> None:
        self.model.refresh()
        if self.tabs.currentIndex() == 1:
            self.upcoming.refresh()
        if client_id is not None and not self.select_client(client_id):
            self.table.clearSelection()
        self.statusBar().showMessage(message, 8000)
        self.caseload_changed.emit()

    # --- window state ---------------------------------------------------------------------------

    def _settings(self) -> QSettings | None:
        if self._state_file is None:
            return None
        return QSettings(str(self._state_file), QSettings.Format.IniFormat)

    def _restore_state(self) -> None:
        settings = self._settings()
        if settings is None or settings.value("main/geometry") is None:
            self.resize(1100, 700)
            self.table.resizeColumnsToContents()  # first start: columns fit what they hold
            return
        self.restoreGeometry(settings.value("main/geometry"))
        self.restoreState(settings.value("main/state"))
        header = settings.value("main/table-header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        settings = self._settings()
        if settings is None:
            return
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/table-header", self.table.horizontalHeader().saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
