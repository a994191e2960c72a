"""File ▸ Restore…: the backups, newest first, and putting one back after a confirmation.

Restoring replaces the whole caseload; the one it replaces is kept as a ``pre-restore`` backup
first (``Database.restore_from``), so a restore can itself be undone from this same list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from ..services.backups import BackupInfo, BackupService, in_synced_folder
from .dialogs import Notice, confirm
from .errors import guarded, report
from .ops import Runner
from .ops.dialog import WaitingDialog
from .rows_model import RowsModel
from .tr import QT_TRANSLATE_NOOP
from .screen_fit import fit
from .dates import show_moment
from .counts import count_text

COL_TAKEN, COL_REASON, COL_SIZE, COL_CLIENTS = range(4)
BackupPathRole = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def taken_text(info: BackupInfo) -> str:
    """When the backup was taken, in local time and the user's date format."""
    return show_moment(info.taken_at)


def reason_text(reason: str) -> str:
    known = {
        "startup": QCoreApplication.translate("RestoreDialog", "When CaseDesk started"),
        "periodic": QCoreApplication.translate("RestoreDialog", "While working (every 30 minutes)"),
        "exit": QCoreApplication.translate("RestoreDialog", "When CaseDesk closed"),
        "manual": QCoreApplication.translate("RestoreDialog", "Made by you"),
        "pre-restore": QCoreApplication.translate("RestoreDialog", "Before a restore"),
        "pre-delete": QCoreApplication.translate("RestoreDialog", "Before deleting clients"),
        "pre-import": QCoreApplication.translate("RestoreDialog", "Before an import"),
    }
    if reason in known:
        return known[reason]
    if reason.startswith("pre-upgrade-"):
        return QCoreApplication.translate("RestoreDialog", "Before upgrading CaseDesk (schema %1)").replace(
            "%1", reason.removeprefix("pre-upgrade-"))
    return reason


class BackupsModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__((
            QCoreApplication.translate("RestoreDialog", "Taken"),
            QCoreApplication.translate("RestoreDialog", "Why"),
            QCoreApplication.translate("RestoreDialog", "Size"),
            QCoreApplication.translate("RestoreDialog", "Clients"),
        ), parent)

    def set_rows(self, rows: list[BackupInfo]) -> None:
        self.reset_rows(rows)

    def info(self, row: int) -> BackupInfo:
        return self._rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        info = self.row_at(index)
        if info is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_TAKEN:
                return taken_text(info)
            if col == COL_REASON:
                return reason_text(info.reason)
            if col == COL_SIZE:
                return QLocale().formattedDataSize(info.size)
            if col == COL_CLIENTS:
                return count_text(info.clients) if info.readable else QCoreApplication.translate(
                        "RestoreDialog", "unreadable")
        elif role == Qt.ItemDataRole.ToolTipRole:
            if not info.readable:
                return QCoreApplication.translate(
                        "RestoreDialog", "This file cannot be read as a CaseDesk database; it cannot be restored.")
            return str(info.path)
        elif role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_SIZE, COL_CLIENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == BackupPathRole:
            return str(info.path)
        return None


RESTORE_FAILED = QT_TRANSLATE_NOOP("Errors", "Could not restore the backup")


class ConfirmRestore:
    @staticmethod
    def ask(parent: QWidget | None, info: BackupInfo) -> bool:
        return confirm(
            parent, QCoreApplication.translate("RestoreDialog", "Restore a backup"),
            QCoreApplication.translate(
                "RestoreDialog", "Replace the whole caseload with the backup taken %1 (%2 clients)?")
            .replace("%1", taken_text(info)).replace("%2", count_text(info.clients or 0)),
            QCoreApplication.translate(
                "RestoreDialog", "Everything recorded since then will be replaced. The caseload you have "
                                 "now is kept as a backup first, so you can undo this from the same list."),
            QMessageBox.StandardButton.Yes, QCoreApplication.translate("RestoreDialog", "&Restore"), safe_default=True)


class RestoreDialog(WaitingDialog):
    """Lists the backups; after a successful restore, ``restored`` is the backup put back and
    ``kept`` the copy of the caseload it replaced, and the dialog is accepted."""

    def __init__(self, service: BackupService, parent=None, runner: Runner | None = None):
        super().__init__(parent)
        self.service = service
        self.runner = runner  # the window's: the restore runs on its worker (a large caseload takes seconds)
        self.restored: Path | None = None
        self.kept: Path | None = None
        self.setWindowTitle(self.tr("Restore a Backup"))
        fit(self, 640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("CaseDesk backs up the caseload when it starts, every 30 minutes while you work, and "
                               "when it closes. Restoring a backup replaces the whole caseload; the one you have "
                               "now is kept as a backup first."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.folder_label = QLabel(self.tr("Backups folder: %1").replace("%1", str(service.folder)))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        self.warning = QLabel()
        self.warning.setObjectName("synced-warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b71c1c")
        synced = in_synced_folder(service.folder) or (in_synced_folder(service.db.path) if service.db.path else None)
        if synced:
            self.warning.setText(self.tr(
                "⚠ These files are in a %1 folder. Syncing can copy a database while it is being written and "
                "damage it: keep CaseDesk's data outside synced folders, and copy backups elsewhere yourself.")
                .replace("%1", synced))
        self.warning.setVisible(bool(synced))
        layout.addWidget(self.warning)

        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("backups")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (COL_TAKEN, COL_SIZE, COL_CLIENTS):  # whole: a date cut to "2026-12-02 ..." told nothing
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("There are no backups yet."))
        layout.addWidget(self.empty)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.restore_button: QPushButton = buttons.addButton(self.tr("&Restore…"),
                                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(lambda _checked=False: self.restore_selected())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.model.modelReset.connect(self._update)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.service.list())

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.info(rows[0].row()) if len(rows) == 1 else None

    def _update(self, *_args) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.readable and not self.working)
        self.empty.setVisible(self.model.rowCount() == 0)

    @guarded(RESTORE_FAILED)
    def restore_selected(self) -> None:
        info = self.selected()
        if self.working or info is None or not info.readable or not ConfirmRestore.ask(self, info):
            return
        path = info.path
        if self.runner is None:  # a dialog on its own (no window to keep painting)
            try:
                kept = self.service.restore(path)
            finally:
                self.reload()  # whatever happened, show the folder as it is now
            self._restored(path, kept)
            return
        service = self.service
        started = self.run_exclusive(self.runner, lambda _services, _progress: service.restore(path),
                                     title=RESTORE_FAILED, label=self.tr("Restoring the backup…"),
                                     done=lambda kept: self._restored(path, kept), failed=self._not_restored)
        if not started:  # another operation (a backup the timer started) runs: nothing was changed
            Notice.warn(self, self.tr("Restore a backup"),
                        self.tr("CaseDesk is busy with another task (see the status bar). Restore again once it "
                                "has finished; nothing was changed."))

    def _restored(self, path: Path, kept: Path) -> None:
        self.reload()
        self.restored, self.kept = path, kept
        self.accept()

    def _not_restored(self, exc: Exception) -> None:
        self.reload()  # show the folder as it is now
        report(exc, RESTORE_FAILED, self, "operation")

    def working_changed(self, on: bool) -> None:
        """The Restore button follows the selection again once the restore has ended (and is off meanwhile)."""
        self._update()

    @classmethod
    def ask(cls, service: BackupService, parent: QWidget | None = None, runner: Runner | None = None) -> Path | None:
        """Show the backups; the backup restored, or None if the user restored nothing."""
        dialog = cls(service, parent, runner)
        dialog.exec()
        return dialog.restored
