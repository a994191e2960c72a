"""Render the main window (demo caseload) and the client editor to PNGs for the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot.py docs/
"""

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casedesk.app import create_application  # noqa: E402
from casedesk.clock import FixedClock  # noqa: E402
from casedesk.config import resolve_paths  # noqa: E402
from casedesk.policy.source import PolicySource  # noqa: E402
from casedesk.services.bundle import Services  # noqa: E402
from casedesk.services.demo import seed_demo  # noqa: E402
from casedesk.services.workspace import open_workspace  # noqa: E402
from casedesk.ui.editor import ClientEditor  # noqa: E402
from casedesk.ui.main_window import MainWindow  # noqa: E402

out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
app = create_application()
today = date(2026, 11, 21)
with tempfile.TemporaryDirectory() as tmp:
    db = open_workspace(resolve_paths(tmp), clock=FixedClock(today))
    services = Services(db, PolicySource.packaged())
    seed_demo(db, today, services.policy)
    window = MainWindow(services, None, FixedClock(today))
    window.resize(1200, 720)
    window.show()
    window.table.resizeColumnsToContents()
    window.table.selectRow(3)
    app.processEvents()
    window.grab().save(str(out / "main-window.png"))
    record = window.clients.get(window.selected_ids()[0])
    editor = ClientEditor(record.facts, window)
    editor.resize(900, 640)
    editor.show()
    app.processEvents()
    editor.grab().save(str(out / "client-editor.png"))
    editor.close()

    from casedesk.ui.results import ResultsDialog

    service = services.assessments
    window.search.setText("lefevre")
    window.apply_search()
    window.table.selectRow(0)
    record = window.clients.get(window.selected_ids()[0])
    result = service.assess_client(record.id, today)
    dialog = ResultsDialog(result, service.crs(record.facts, today),
                           client_name=f"{record.facts.client.given_names} {record.facts.client.family_name}")
    dialog.resize(1000, 760)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "routes.png"))
    dialog.close()

    window.commands.deadlines.show_upcoming()
    window.upcoming.table.resizeColumnsToContents()
    app.processEvents()
    window.grab().save(str(out / "upcoming.png"))

    from casedesk.ui.about import AboutDialog

    about = AboutDialog(window)
    about.resize(900, 640)
    about.show()
    app.processEvents()
    about.grab().save(str(out / "about.png"))
    about.close()
    window.close()
    db.close()
print(f"written to {out}")
