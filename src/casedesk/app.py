"""Composition root of the desktop app: paths, logging, database, QApplication, main window.

Nothing happens at import time; ``main`` does it all, in order, and is the only place
that decides which database and which folders the window works on.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from . import __version__
from .config import APP_NAME, resolve_paths
from .context import SystemClock
from .logsetup import setup_logging
from .services.errors import USER_ERRORS

log = logging.getLogger("casedesk.app")
DESKTOP_ID = "org.casedesk.CaseDesk"


def _install_translations(app: QApplication) -> None:
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    _install_translations(app)
    return app


def main(args: argparse.Namespace | None = None) -> int:
    from .services.keystore import OsKeyring
    from .ui.encryption_dialogs import open_caseload
    from .ui.dialogs import Notice
    from .ui.errors import describe, install_excepthook
    from .ui.instance_lock import hold_instance_lock, holder_pid
    from .ui.main_window import MainWindow

    if args is None:
        from .cli import build_parser

        args = build_parser().parse_args([])
    demo_dir = tempfile.TemporaryDirectory(prefix="casedesk-demo-") if args.demo else None
    paths = resolve_paths(demo_dir.name if demo_dir else args.data_dir, None if demo_dir else args.database_url)
    app = create_application()
    clock = SystemClock(args.as_of)
    keystore = None if demo_dir else OsKeyring()
    try:
        paths.ensure()
        log_path = setup_logging(paths.log_dir)
        install_excepthook(log_path)
        instance = None if paths.database_url else hold_instance_lock(paths.data_dir)
        if instance is None and not paths.database_url:
            Notice.info(None, QCoreApplication.translate("App", "CaseDesk is already open"),
                        QCoreApplication.translate("App", "This caseload is already open in another CaseDesk window "
                                                          "(process %1). Switch to that window, or close it and "
                                                          "start CaseDesk again.")
                        .replace("%1", str(holder_pid(paths.data_dir) or "?")))
            return 1
        # Unlocks an encrypted caseload (keyring or passphrase); offers encryption to a new one.
        db = open_caseload(paths, keystore, clock=clock, offer=not demo_dir)
    except USER_ERRORS as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "CaseDesk cannot open its data"), describe(exc))
        return 1
    if db is None:  # Quit at the unlock prompt
        return 0
    from .services.backups import BackupService, in_synced_folder

    health = db.quick_check()
    if health != "ok":
        log.error("quick_check failed at start")
        QMessageBox.critical(None, QCoreApplication.translate("App", "The caseload database is damaged"),
                             QCoreApplication.translate("App", "SQLite reports: %1\n\nRestore a backup with File ▸ "
                                                               "Restore a Backup… (or `casedesk restore FILE`). "
                                                               "No automatic backup is taken from a damaged "
                                                               "database.").replace("%1", health))

    backups = BackupService(db) if db.is_sqlite and not demo_dir else None
    take_backups = backups is not None and health == "ok"
    backup_problem = None
    if take_backups:
        try:
            now = clock.now()
            backups.take("startup", now)  # before anything below may write
            backups.thin(now)
        except USER_ERRORS as exc:
            log.warning("start-up backup failed: %s", type(exc).__name__)
            backup_problem = describe(exc)
    try:
        if demo_dir:
            from .services.demo import seed_demo

            seed_demo(db, clock.today())
        window = MainWindow(db, paths.ui_state_file if not demo_dir else None, clock,
                            QCoreApplication.translate("App", " — demo (nothing is kept)") if demo_dir else "",
                            backups=backups, keystore=keystore)
        if not take_backups:
            window.periodic_backups_enabled(False)
        window.deadlines.ensure_current(clock.today())  # policy data newer than the stored deadlines: recompute
        window.show()
        log.info("started; schema %s", db.revision())
        if backup_problem:
            QTimer.singleShot(0, lambda: Notice.warn(
                window, QCoreApplication.translate("App", "CaseDesk could not back up its data"), backup_problem))
        synced = in_synced_folder(paths.data_dir) if db.is_sqlite else None
        if synced:
            QTimer.singleShot(0, lambda: Notice.warn(
                window, QCoreApplication.translate("App", "Data in a synced folder"),
                QCoreApplication.translate("App", "The caseload is inside a %1 folder, which copies it to the "
                                                  "cloud. Move it with --data-dir or CASEDESK_HOME.").replace(
                    "%1", synced)))
        QTimer.singleShot(0, window.show_morning_summary)
        app.applicationStateChanged.connect(
            lambda state: window.show_morning_summary() if state == Qt.ApplicationState.ApplicationActive else None)
        return app.exec()
    finally:
        if backups is not None:
            try:
                now = clock.now()
                if take_backups:  # never thin the good copies away on the strength of a damaged database
                    backups.take_if_changed("exit", now)
                    backups.thin(now)
            except USER_ERRORS as exc:
                log.warning("exit backup failed: %s", type(exc).__name__)
            finally:
                backups.close()
        db.close()
        if instance is not None:
            instance.unlock()
        if demo_dir:
            demo_dir.cleanup()
