"""The desktop app: the application context (``context.py``) with a window on top.

Nothing happens at import time. ``start`` does everything before the event loop, in order (the
context, logging, the one-window lock, unlocking the caseload, the start-up backup, the window)
and returns it as ``Started``; ``main`` shows it, runs the event loop and closes it. Tests build
the window with ``start`` exactly as a real start does, without ``app.exec()``.

The start-up backup and the recompute of deadlines computed with other policy data (a new
version, ``--policy``) run on the window's worker, in that order, not before it shows: the window
is up at once (with a banner saying its "Status ends" are the old data's until the recompute is
done), and nothing writes to the caseload before its backup is taken.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from . import __version__
from .arguments import parse
from .clock import Clock
from .config import APP_NAME
from .context import AppContext, build_context
from .logsetup import setup_logging
from .services.errors import USER_ERRORS

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from .services.backups import BackupService
    from .ui.main_window import MainWindow

log = logging.getLogger("casedesk.app")
DESKTOP_ID = "org.casedesk.CaseDesk"


def app_icon() -> QIcon:
    """The desktop theme's CaseDesk icon (installed by the .deb), else the shipped SVG (the archive,
    a source checkout)."""
    shipped = Path(__file__).resolve().parents[2] / "resources" / "icons" / "casedesk.svg"
    if not shipped.exists():
        import importlib.resources

        shipped = Path(str(importlib.resources.files("casedesk") / "resources" / "icons" / "casedesk.svg"))
    return QIcon.fromTheme(DESKTOP_ID, QIcon(str(shipped)))


def create_application(argv: list[str] | None = None) -> QApplication:
    running = QApplication.instance()  # typed as the core application; a window needs the widget one
    app = running if isinstance(running, QApplication) else QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    from .ui import i18n

    i18n.install(i18n.resolve(None))  # the system's language until start() reads the saved choice
    return app


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


@dataclass
class Started:
    """A window built on its context, before the event loop, and what closing it must release."""

    ctx: AppContext
    window: MainWindow | None = None
    backups: BackupService | None = None
    take_backups: bool = False  # not from a damaged database: never thin good copies away for it
    instance: QLockFile | None = None
    demo_dir: tempfile.TemporaryDirectory | None = None
    notices: list[tuple[str, str]] = field(default_factory=list)  # (title, text) to show once the window is up
    ask_name: bool = False  # ask the caseworker's name once the window is up, if none is set
    name_dialog: QDialog | None = None
    _on_active: Callable[[Qt.ApplicationState], object] | None = None  # the summary when the app comes back
    _closed: bool = False

    def show(self) -> None:
        from .ui.dialogs import Notice

        window = self.window
        assert window is not None
        window.show()
        log.info("started; schema %s", self.ctx.db.revision())
        for title, text in self.notices:
            QTimer.singleShot(0, lambda t=title, x=text: Notice.warn(window, t, x))
        deadlines = window.commands.deadlines  # the summary waits for an operation running (the recompute)
        # The name first, when it is asked: the summary follows the answer, not on top of the question.
        if not (self.ask_name and self._ask_name(window, deadlines.show_morning_summary)):
            QTimer.singleShot(0, deadlines.show_morning_summary)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        def on_active(state: Qt.ApplicationState) -> None:
            if state == Qt.ApplicationState.ApplicationActive:
                deadlines.roll_day()  # a window left open overnight: "Next deadline" of the new day
                if not self._asking():
                    deadlines.show_morning_summary()

        self._on_active = on_active
        app.applicationStateChanged.connect(self._on_active)

    def _asking(self) -> bool:
        """The name is being asked (the summary waits for the answer)."""
        try:
            return self.name_dialog is not None and self.name_dialog.isVisible()
        except RuntimeError:  # the window, and the question with it, is gone (the app outlives a start)
            return False

    def _ask_name(self, window: MainWindow, then: Callable[[], object]) -> bool:
        """Ask the caseworker's name (before the first history entry or letter) when none is set; True if
        asked. A sheet over the window, not a modal loop: the window works while it waits."""
        from .ui.caseworker_name import CaseworkerNameDialog, name_missing

        if not name_missing(self.ctx.services.settings):
            return False
        dialog = self.name_dialog = CaseworkerNameDialog(self.ctx.services.settings, window,
                                                         when_idle=window.runner.when_idle)
        dialog.finished.connect(lambda _result: then())
        QTimer.singleShot(0, dialog.open)
        return True

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        app = QApplication.instance()
        if self._on_active is not None and isinstance(app, QApplication):
            app.applicationStateChanged.disconnect(self._on_active)  # the application outlives this window
            self._on_active = None
        backed_up = False
        try:
            if self.window is not None:
                self.window.runner.shutdown()  # nothing may still write when the caseload closes
            if self.backups is not None:
                try:
                    if self.take_backups:
                        now = self.ctx.clock.now()
                        self.backups.take_if_changed("exit", now)
                        self.backups.thin(now)
                        backed_up = True
                except USER_ERRORS as exc:
                    log.warning("exit backup failed: %s", type(exc).__name__)
                finally:
                    self.backups.close()
        finally:
            self.ctx.close()
            if backed_up and self.backups is not None:  # the file as closed: the next start may skip its backup
                try:
                    self.backups.record_clean_close()
                except OSError as exc:
                    log.warning("could not note the clean close: %s", type(exc).__name__)
            if self.instance is not None:
                self.instance.unlock()
            if self.demo_dir is not None:
                self.demo_dir.cleanup()


def start(args: argparse.Namespace, *, clock: Clock | None = None,
          env: Mapping[str, str] | None = None) -> Started | int:
    """Everything before the event loop; an exit status when the start stops short (the caseload is
    open elsewhere, cannot be opened, or the user quit at the unlock prompt). Needs a QApplication.
    ``clock`` and ``env`` stand in for the computer's clock and environment (tests)."""
    from .private import private_by_default

    private_by_default()  # the window's state and lock files, written by Qt, are the user's only
    demo_dir = tempfile.TemporaryDirectory(prefix="casedesk-demo-") if args.demo else None
    ctx = build_context(data_dir=demo_dir.name if demo_dir else args.data_dir,
                        database_url=None if demo_dir else args.database_url,
                        policy=args.policy, as_of=args.as_of, env=env, clock=clock)
    started = Started(ctx, demo_dir=demo_dir)
    from .ui import i18n

    # The language before any window (the unlock prompt included): --lang, else the saved choice.
    i18n.use_choice_file(None if demo_dir else ctx.paths.ui_state_file)
    i18n.apply_saved(getattr(args, "lang", None))
    try:
        status = _open(started, demo=demo_dir is not None, offer=not getattr(args, "smoke_test", False))
        if status is not None:
            started.close()
            return status
        return started
    except BaseException:
        started.close()
        raise


def _open(started: Started, demo: bool, offer: bool = True) -> int | None:
    from .private import make_private
    from .services.backups import BackupService, in_synced_folder
    from .services.keystore import OsKeyring
    from .ui.dialogs import Notice
    from .ui.encryption_dialogs import open_caseload
    from .ui.errors import describe, install_excepthook
    from .ui.instance_lock import hold_instance_lock, holder_pid
    from .policy.loader import PolicyFileError
    from .ui.main_window import MainWindow

    ctx = started.ctx
    paths = ctx.paths
    keystore = None if demo else OsKeyring()
    try:
        paths.ensure()
        make_private(paths.ui_state_file)  # 0644 when an older CaseDesk wrote it; a rewrite keeps the mode
        install_excepthook(setup_logging(paths.log_dir))
        ctx.policy.check()  # a --policy file that cannot be used stops the start here, plainly
        started.instance = None if paths.database_url else hold_instance_lock(paths.data_dir)
        if started.instance is None and not paths.database_url:
            Notice.info(None, QCoreApplication.translate("App", "CaseDesk is already open"),
                        QCoreApplication.translate(
                            "App", "This caseload is already open in another CaseDesk window (process %1). "
                            "Switch to that window, or close it and start CaseDesk again.")
                        .replace("%1", str(holder_pid(paths.data_dir) or "?")))
            return 1
        # Unlocks an encrypted caseload (keyring or passphrase); offers encryption to a new one.
        db = open_caseload(paths, keystore, clock=ctx.clock, offer=offer and not demo)
    except USER_ERRORS as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "CaseDesk cannot open its data"), describe(exc))
        return 1
    except PolicyFileError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "CaseDesk cannot read the policy data"), str(exc))
        return 1
    if db is None:  # Quit at the unlock prompt
        return 0
    ctx.adopt(db)

    health = db.quick_check()
    if health != "ok":
        log.error("quick_check failed at start")
        QMessageBox.critical(None, QCoreApplication.translate("App", "The caseload database is damaged"),
                             QCoreApplication.translate(
                                     "App", "SQLite reports: %1\n\nRestore a backup with File ▸ Restore a Backup… (or "
                                 "`casedesk restore FILE`). No automatic backup is taken from a damaged "
                                 "database.").replace("%1", health))
    if db.is_sqlite and not demo:
        started.backups = BackupService(db)
        started.take_backups = health == "ok"
    today = ctx.clock.today()
    started.ask_name = offer and not demo
    if demo:
        from .services.demo import seed_demo

        seed_demo(db, today, ctx.policy)
    window = started.window = MainWindow(ctx.services, None if demo else paths.ui_state_file, ctx.clock,
                                         QCoreApplication.translate("App", " — demo (nothing is kept)") if demo else "",
                                         backups=started.backups, keystore=keystore)
    if started.take_backups:  # on the worker, the window up at once; what writes waits for it
        window.commands.backups.take_startup_backup()
    else:
        window.commands.backups.periodic_backups_enabled(False)
    # Policy data other than the stored deadlines' (a new version, --policy): recompute on the worker
    # (after the start-up backup).
    window.commands.deadlines.recompute_if_needed()
    window.commands.deadlines.roll_day()  # a new day: statuses that ended long ago, snoozes that ended
    synced = in_synced_folder(paths.data_dir) if db.is_sqlite else None
    if synced:
        started.notices.append((QCoreApplication.translate("App", "Data in a synced folder"),
                                QCoreApplication.translate(
                                    "App", "The caseload is inside a %1 folder, which copies it to the cloud. "
                                    "Move it with --data-dir or CASEDESK_HOME.").replace("%1", synced)))
    return None


def main(args: argparse.Namespace | None = None) -> int:
    """Open the window and run until it closes; ``args`` as parsed by ``arguments.parse`` (else the
    process's own arguments: the ``casedesk-gui`` entry point)."""
    if args is None:
        parsed = parse()
        if isinstance(parsed, int):
            return parsed
        if parsed.command is not None:
            print(f"casedesk-gui: opens the window; run `casedesk {parsed.command}` for the command",
                  file=sys.stderr)
            return 2
        args = parsed
    app = create_application()
    started = start(args)
    if isinstance(started, int):
        return started
    try:
        started.show()
        if args.smoke_test:  # ends the loop once the events queued by the show (the first paint) are handled;
            QTimer.singleShot(0, lambda: app.exit(0))  # exit, not quit: nothing may ask to confirm
        return app.exec()
    finally:
        started.close()
