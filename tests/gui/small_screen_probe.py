"""Opens every window and dialog of CaseDesk on the screen Qt was given and prints, as JSON, where
each one's frame and visible buttons lie, next to the screen's available area.

Run by ``test_small_screen.py`` in a process of its own, on an offscreen screen of 1024×640
(``QT_QPA_PLATFORM=offscreen:configfile=...``): a process's screen cannot change once Qt is up.

    python tests/gui/small_screen_probe.py DATA_DIR [LANGUAGE]

With a LANGUAGE (``fr``), the interface speaks it, and each window's report also lists every text
it shows (``texts``: labels, buttons, titles, menus, headers, list and combo items), so a test can
find what is left in English.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QApplication, QComboBox, QGroupBox, QLabel, QLineEdit,
    QListWidget, QMainWindow, QTabWidget, QTextBrowser, QWidget, QWizard,
)

TODAY = date(2026, 11, 21)


def _rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport: reachable by scrolling, wherever it lies now."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def report(name: str, window: QWidget) -> dict:
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
    buttons = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _scrolled(button, window) or button.width() == 0:
            continue
        top_left = button.mapTo(window, QPoint(0, 0))
        inside = window.rect().contains(QRect(top_left, button.size()))
        on_screen = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        buttons.append({"text": button.text() or button.objectName() or type(button).__name__,
                        "in_window": inside, "global": _rect(on_screen)})
    return {"name": name, "frame": _rect(window.frameGeometry()), "geometry": _rect(window.geometry()),
            "screen": _rect(window.screen().availableGeometry()), "buttons": buttons,
            "extra": _extra(window), "texts": sorted(set(texts(window)))}


def texts(window: QWidget) -> Iterator[str]:
    """Every text ``window`` shows (visible widgets only, plus its menus and the headers of its views)."""
    yield window.windowTitle()
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel):
            yield w.text()
        elif isinstance(w, QAbstractButton):
            yield w.text()
            yield w.toolTip()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QLineEdit):
            yield w.placeholderText()
        elif isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTabWidget):
            yield from (w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QListWidget):
            yield from (w.item(i).text() for i in range(w.count()))
        elif isinstance(w, QTextBrowser):  # help pages: line by line (raw: toPlainText drops no-break spaces)
            yield from (line.strip() for line in w.document().toRawText().replace("\u2029", "\n").splitlines())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps its one column private
                columns = 1
            yield from (str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns))
            for r in range(min(model.rowCount(QModelIndex()), 40)):
                for c in range(columns):
                    yield str(model.index(r, c).data() or "")
    if isinstance(window, QWizard) and window.currentPage() is not None:
        yield window.currentPage().title()
        yield window.currentPage().subTitle()
    if isinstance(window, QMainWindow):
        for menu_action in window.menuBar().actions():
            yield menu_action.text()
            if menu_action.menu() is not None:
                for action in menu_action.menu().actions():
                    yield action.text()
                    yield action.toolTip()


def _extra(window: QWidget) -> dict:
    """What a window's test wants measured besides its frame (measured after it is laid out)."""
    extra = getattr(window, "_probe_extra", {})
    return extra() if callable(extra) else extra


def windows(data_dir: Path) -> Iterator[tuple[str, QWidget, Callable[[], None]]]:
    """(name, window shown, close) for every window, one after the other."""
    from casedesk.clock import FixedClock
    from casedesk.config import resolve_paths
    from casedesk.policy.source import PolicySource
    from casedesk.services.bundle import Services
    from casedesk.services.demo import seed_demo
    from casedesk.services.workspace import open_workspace
    from casedesk.ui.main_window import MainWindow

    paths = resolve_paths(data_dir)
    paths.ensure()
    db = open_workspace(paths, clock=FixedClock(TODAY))
    services = Services(db, PolicySource.packaged())
    seed_demo(db, TODAY, services.policy)
    window = MainWindow(services, paths.ui_state_file, FixedClock(TODAY))
    window.show()
    yield "main window: caseload", window, lambda: None
    window.tabs.setCurrentIndex(1)
    header = window.upcoming.table.horizontalHeader()
    window._probe_extra = lambda: {"upcoming_columns": header.length(),
                                   "upcoming_viewport": window.upcoming.table.viewport().width()}
    yield "main window: upcoming", window, lambda: None
    window._probe_extra = {}
    window.upcoming.show_handled(True)
    yield "main window: upcoming done and snoozed", window, lambda: None
    window.upcoming.show_handled(False)
    window.tabs.setCurrentIndex(0)
    window.search.setText("lefevre")
    window.apply_search()
    window.table.selectRow(0)
    record = services.clients.get(window.selected_ids()[0])
    a = services.assessments

    from casedesk.ui.editor import ClientEditor

    editor = ClientEditor(record.facts, window)
    editor.show()
    for row in range(editor._sections.count()):
        editor._sections.setCurrentRow(row)
        yield f"editor: {editor._sections.item(row).text()}", editor, lambda: None
    editor.close()

    from casedesk.ui.interview import InterviewWizard

    wizard = InterviewWizard(record.facts, lambda f: a.assess_facts(f, TODAY), lambda f: a.crs(f, TODAY), TODAY,
                             window)
    wizard.show()
    for _ in range(20):
        yield f"interview: {wizard.currentPage().title()}", wizard, lambda: None
        if wizard.nextId() == -1:
            break
        wizard.next()
    wizard.close()

    from casedesk.ui.results import ResultsDialog

    result = a.assess_client(record.id, TODAY)
    routes = ResultsDialog(result, a.crs(record.facts, TODAY), client_name=record.facts.client.full_name,
                           history=a.past(record.id), parent=window)
    routes.show()
    QApplication.processEvents()
    routes._probe_extra = {"pathways_height": routes.view._scroll.height()}
    yield "routes", routes, routes.close

    from casedesk.ui.letter_dialog import BatchLetterOptions, LetterDialog

    letter = LetterDialog(services.letters, record.id, record.facts.client.full_name, lambda: TODAY, window,
                          runner=window.runner)
    letter.show()
    yield "letter", letter, letter.close
    yield "letters for selection", BatchLetterOptions(3, window), lambda: None

    from casedesk.ui.audit_view import AuditDialog

    yield "history", AuditDialog(services.audit, record.id, record.facts.client.full_name, window), lambda: None
    from casedesk.ui.policy_view import PolicyDialog

    yield "policy data", PolicyDialog(services.policy.current, TODAY, window), lambda: None
    from casedesk.ui.reassess_view import ReassessDialog

    yield "re-assessment", ReassessDialog(a.reassess_all(TODAY), window), lambda: None
    from casedesk.ui.settings_dialog import SettingsDialog

    from PySide6.QtCore import QCoreApplication

    not_encrypted = QCoreApplication.translate(
        "GeneralCommands", "The caseload is not encrypted: anyone who can read this computer's files can read it.")
    settings = SettingsDialog(services.settings, window, encryption=not_encrypted,
                              manage_encryption=lambda: None)
    settings.show()
    for tab in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(tab)
        yield "settings" if tab == 0 else f"settings: {settings.tabs.tabText(tab).replace('&', '')}", settings, \
            lambda: None
    settings.close()
    from casedesk.ui.caseworker_name import CaseworkerNameDialog

    yield "caseworker name", CaseworkerNameDialog(services.settings, window), lambda: None
    from datetime import datetime

    from casedesk.domain.casefile import case_to_dict, parse_case
    from casedesk.services.errors import EditConflict
    from casedesk.services.retention import DeletedClient, FileDue
    from casedesk.ui.conflict_dialog import ConflictDialog
    from casedesk.ui.retention_view import CloseFileDialog, RetentionDialog

    name = record.facts.client.full_name
    yield "close file", CloseFileDialog(name, None, TODAY, window), lambda: None
    yield "reopen file", CloseFileDialog(name, date(2026, 11, 2), TODAY, window), lambda: None
    yield "files past retention", RetentionDialog(
        [FileDue(record.id, name, date(2018, 6, 30), date(2025, 6, 30))], 7,
        [DeletedClient(99, date(2026, 11, 20), "Alice Martin")], lambda *_: None, window), lambda: None
    mine = parse_case(case_to_dict(record.facts) | {"notes": "Rappeler lundi."})
    conflict = EditConflict("conflict", client_id=record.id, yours=1, theirs=2, by="Alice Martin",
                            at=datetime(2026, 12, 2, 15, 4))
    yield "conflict", ConflictDialog(window, conflict, record.facts, mine), lambda: None
    from casedesk.ui.help import HelpDialog

    helper = HelpDialog(window.actions(), window)
    helper.show()
    for tab in range(helper.tabs.count()):
        helper.tabs.setCurrentIndex(tab)
        yield f"help: {helper.tabs.tabText(tab).replace('&', '')}", helper, lambda: None
    helper.close()
    from casedesk.ui.about import AboutDialog

    yield "about", AboutDialog(window), lambda: None
    from casedesk.services.backups import BackupService
    from casedesk.ui.restore_dialog import RestoreDialog

    backups = BackupService(db)
    yield "restore", RestoreDialog(backups, window), lambda: None
    from casedesk.ui.encryption_dialogs import ConfirmDecrypt, PassphraseDialog, RecoveryKeyDialog, UnlockDialog

    unlock = UnlockDialog(lambda _s: b"", True, window)
    from PySide6.QtCore import QCoreApplication

    unlock.error.setText(QCoreApplication.translate("UnlockDialog", "Wrong passphrase or recovery key. Try again."))
    yield "unlock", unlock, lambda: None
    yield "passphrase", PassphraseDialog("Change passphrase", "A new passphrase.", lambda *_: None, current=True,
                                         parent=window), lambda: None
    yield "recovery key", RecoveryKeyDialog("ABCDE-" * 7 + "ABCDE", window), lambda: None
    yield "remove encryption", ConfirmDecrypt(lambda *_: None, window), lambda: None
    from casedesk.ui.upcoming.summary import MorningSummaryDialog

    summary = services.deadlines.summary(TODAY)
    yield "morning summary", MorningSummaryDialog(summary, services.deadlines.morning_list(TODAY), TODAY,
                                                  window), lambda: None
    from casedesk.ui.upcoming.snooze import SnoozeDialog

    yield "snooze", SnoozeDialog(TODAY, window), lambda: None
    from casedesk.ui.errors import CrashDialog

    yield "crash", CrashDialog("Traceback…\n" * 40, data_dir / "casedesk.log", window), lambda: None
    window.close()
    backups.close()
    db.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if len(sys.argv) > 2:
        from casedesk.ui import i18n

        assert i18n.install(sys.argv[2]) == sys.argv[2], f"no translation for {sys.argv[2]}"
    out = []
    for name, widget, close in windows(Path(sys.argv[1])):
        if not widget.isVisible():
            widget.show()
            out.append(report(name, widget))
            widget.close()
        else:
            out.append(report(name, widget))
        close()
    print(json.dumps(out))
    del app


if __name__ == "__main__":
    main()
