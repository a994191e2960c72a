"""Backups from the window: every 30 minutes while the data changes, File ▸ Back Up Now, File ▸ Restore.

The 30-minute backup waits while an operation runs (it would copy a caseload in the middle of a
change, and compete with it for the disk) and runs once it has ended.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from ...services.errors import USER_ERRORS
from ...services.bundle import Services
from ..dialogs import Notice
from ..errors import describe, guarded, report
from ..ops import Changes, Op, Progress
from ..tr import QT_TRANSLATE_NOOP
from .base import Area

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger("casedesk.ui")
PERIOD_MS = 30 * 60 * 1000
RESTORED = Changes(clients=True, assessments=True, deadlines=True, letters=True, database=True)


class BackupCommands(Area):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.timer = QTimer(self, interval=PERIOD_MS)
        self.timer.timeout.connect(lambda: self.runner.when_idle("periodic-backup", self.periodic_backup))
        if window.backups is not None:
            self.timer.start()

    def take_startup_backup(self) -> None:
        """The start-up backup, on the worker: the window shows at once, and the commands that write
        (and the deadline recompute) wait until the copy is taken."""
        backups = self.window.backups
        assert backups is not None

        def work(services: Services, _progress: Progress) -> None:
            if backups.unchanged_since_close():  # the newest backup already holds exactly this caseload
                backups.mark_seen()
                return
            now = services.clock.now()
            backups.take("startup", now)
            backups.thin(now)

        (Op(self.window, work, title=QT_TRANSLATE_NOOP("Errors", "CaseDesk could not back up its data"),
            label=self.tr("Backing up the caseload…"))
         .failure(self._startup_backup_failed)
         .run(self.runner))

    def _startup_backup_failed(self, exc: Exception) -> None:
        if isinstance(exc, USER_ERRORS):
            log.warning("start-up backup failed: %s", type(exc).__name__)
        report(exc, QT_TRANSLATE_NOOP("Errors", "CaseDesk could not back up its data"), self.window, "backup")

    def periodic_backups_enabled(self, enabled: bool) -> None:
        (self.timer.start if enabled and self.window.backups is not None else self.timer.stop)()

    def periodic_backup(self) -> None:
        """Not modal: a failing automatic backup must not pop up every 30 minutes."""
        backups = self.window.backups
        now = self.services.clock.now()
        try:
            if backups is not None and backups.take_if_changed("periodic", now):
                backups.thin(now)
        except USER_ERRORS as exc:
            log.warning("periodic backup failed: %s", type(exc).__name__)
            self.say(self.tr("Automatic backup failed: %1").replace("%1", describe(exc)), 0)

    def server_backups(self) -> None:
        """A caseload on a server: CaseDesk's own backups (copies of a SQLite file) do not apply; say so."""
        Notice.info(self.window, self.tr("Backups of a shared caseload"),
                    self.tr("This caseload is on a database server, shared with your colleagues. CaseDesk's own "
                            "backups are copies of a caseload file on this computer and do not apply to it, so "
                            "none are taken here.\n\nThe server is backed up by your firm's IT person with "
                            "PostgreSQL's tools (pg_dump, and pg_restore to put a backup back); `casedesk backup "
                            "-o FILE` runs pg_dump when it is installed. Ask them when the last backup ran."))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not back up"))
    def backup_now(self) -> None:
        backups = self.window.backups
        if backups is None and not self.services.db.is_sqlite:
            self.server_backups()
            return
        if backups is None or not self.idle():
            return
        info = backups.take("manual", self.services.clock.now())
        self.say(self.tr("Backup written: %1").replace("%1", info.path.name))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not restore the backup"))
    def restore_backup(self) -> None:
        from ..restore_dialog import RestoreDialog

        w = self.window
        if w.backups is None and not self.services.db.is_sqlite:
            self.server_backups()
            return
        if w.backups is None or not self.idle() or RestoreDialog.ask(w.backups, w, w.runner) is None:
            return
        w.undo_stack.clear()  # what it would undo belongs to the caseload just replaced
        w.after_change(RESTORED, self.tr("Backup restored; the caseload it replaced was kept as a backup."))
        w.commands.deadlines.recompute_if_needed()  # the restored caseload may predate the policy data
