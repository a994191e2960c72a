"""Render the README's screenshots from the real widgets (demo caseload), on a 1024×640 and a
1920×1080 screen: the main window, the client editor, the interview's last page, Routes to Canada,
the letter dialog, Upcoming deadlines (with its calendar, and its done and snoozed list), Settings and
Help, each sized as it opens on that screen.

    .venv/bin/python scripts/screenshot.py docs/
    .venv/bin/python scripts/screenshot.py docs/ --lang fr

writes ``docs/<name>.png`` (1920×1080) and ``docs/small/<name>.png`` (1024×640); with ``--lang fr``,
the interface in French on the 1024×640 screen only, into ``docs/fr/<name>.png``. Each screen size
runs in a process of its own: Qt's offscreen screen is fixed when the application starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

SIZES = {"": (1920, 1080), "small": (1024, 640)}


def shoot(out: Path) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QColor, QPainter, QPixmap

    from casedesk.app import create_application
    from casedesk.clock import FixedClock
    from casedesk.config import resolve_paths
    from casedesk.policy.source import PolicySource
    from casedesk.services.bundle import Services
    from casedesk.services.demo import seed_demo
    from casedesk.services.workspace import open_workspace
    from casedesk.ui.editor import ClientEditor
    from casedesk.ui.interview import InterviewWizard, Page
    from casedesk.ui.letter_dialog import LetterDialog
    from casedesk.ui.main_window import MainWindow
    from casedesk.ui.help import HelpDialog
    from casedesk.ui.results import ResultsDialog
    from casedesk.ui.settings_dialog import SettingsDialog

    app = create_application()
    language = os.environ.get("CASEDESK_SHOT_LANG", "en")
    from casedesk.ui import i18n

    assert i18n.install(language) == language, f"no translation for {language}"
    screen = app.primaryScreen().availableGeometry()
    today = date(2026, 11, 21)
    out.mkdir(parents=True, exist_ok=True)

    def grab(widget, name: str) -> None:
        """The window as it sits on the screen (the screen's background around a dialog)."""
        for _ in range(3):
            app.processEvents()
        shot = widget.grab()
        if widget.isWindow() and widget.parentWidget() is not None:
            canvas = QPixmap(screen.width(), screen.height())
            canvas.fill(QColor("#5a5a5a"))
            painter = QPainter(canvas)
            painter.drawPixmap(widget.geometry().topLeft(), shot)
            painter.end()
            shot = canvas
        shot.save(str(out / f"{name}.png"))

    with tempfile.TemporaryDirectory() as tmp:
        paths = resolve_paths(tmp)
        paths.ensure()
        db = open_workspace(paths, clock=FixedClock(today))
        services = Services(db, PolicySource.packaged())
        seed_demo(db, today, services.policy)
        window = MainWindow(services, paths.ui_state_file, FixedClock(today))
        window.show()
        window.table.selectRow(3)
        grab(window, "main-window")

        window.search.setText("lefevre")
        window.apply_search()
        window.table.selectRow(0)
        record = services.clients.get(window.selected_ids()[0])
        editor = ClientEditor(record.facts, window)
        editor.show()
        grab(editor, "client-editor")
        editor.close()

        a = services.assessments
        wizard = InterviewWizard(record.facts, lambda f: a.assess_facts(f, today), lambda f: a.crs(f, today), today,
                                 window, status_end=lambda f: a.status_end(f, today))
        wizard.show()
        while wizard.currentId() != int(Page.RESULTS):
            wizard.next()
        grab(wizard, "interview-results")
        wizard.close()

        quoted = a.current(record.id, today)
        routes = ResultsDialog(quoted.assessment, a.crs(record.facts, today), client_name=record.facts.client.full_name,
                               history=[p for p in a.past(record.id) if p.id != quoted.id], parent=window,
                               status_end=a.status_end(record.facts, today), letters=True)
        routes.show()
        grab(routes, "routes")
        routes.close()

        spouse = None
        window.clear_search()
        for row in range(window.model.rowCount()):
            cid = window.model.client_id(row)
            try:
                services.letters.content(cid, "spousal_sponsorship", "en", today)
            except Exception:  # noqa: BLE001 - this client has no Canadian partner; try the next
                continue
            spouse = cid
            break
        if spouse is not None:
            letter = LetterDialog(services.letters, spouse, services.clients.display_name(spouse), lambda: today,
                                  window, runner=window.runner)
            letter.show()
            while letter.pending:  # the preview is rendered on the window's worker
                # processEvents(flags, maxtime) over-releases None in PySide6 6.12 (the script aborted
                # with "deallocating None"); the plain call and a short sleep do not
                app.processEvents()
                time.sleep(0.02)
            grab(letter, "letter-dialog")
            letter.close()

        window.commands.deadlines.show_upcoming()
        grab(window, "upcoming")
        window.upcoming.calendar_button.setChecked(True)
        grab(window, "upcoming-calendar")
        window.upcoming.calendar_button.setChecked(False)
        view = window.upcoming
        for record in view.model.records()[:4]:  # a few handled, to show the list they can be reopened from
            services.deadlines.mark_done(record.client_id, record.key, today)
        view.show_handled(True)
        grab(window, "upcoming-done")
        view.show_handled(False)

        not_encrypted = QCoreApplication.translate(
            "GeneralCommands", "The caseload is not encrypted: anyone who can read this computer's files can read it.")
        settings = SettingsDialog(services.settings, window, encryption=not_encrypted, manage_encryption=lambda: None)
        settings.show()
        grab(settings, "settings")
        settings.close()
        helper = HelpDialog(window.actions(), window)
        helper.show()
        grab(helper, "help")
        helper.tabs.setCurrentIndex(2)
        grab(helper, "help-marks")
        helper.close()
        window.close()
        db.close()


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--lang")]
    language = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--lang=")), None)
    if "--lang" in sys.argv[1:]:
        language = sys.argv[sys.argv.index("--lang") + 1]
        args.remove(language)
    target = Path(args[0] if args else "docs")
    if os.environ.get("CASEDESK_SHOT_OUT"):
        shoot(Path(os.environ["CASEDESK_SHOT_OUT"]))
        return
    sizes = SIZES if language in (None, "en") else {language: SIZES["small"]}
    for folder, (width, height) in sizes.items():
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "screen.json"
            config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width,
                                                       "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                                                       "dpr": 1}]}))
            out = target / folder if folder else target
            env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", CASEDESK_SHOT_OUT=str(out),
                       CASEDESK_SHOT_LANG=language or "en")
            subprocess.run([sys.executable, __file__], env=env, check=True)
            print(f"{width}×{height}: written to {out}")


if __name__ == "__main__":
    main()
