"""Help ▸ About lists what CaseDesk ships, with versions and licences, and Qt's LGPL notice."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from casedesk.ui.about import COL_LICENCE, COL_NAME, COL_VERSION, AboutDialog, components


def _rows(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    t = dialog.table
    return {t.item(r, COL_NAME).text(): (t.item(r, COL_VERSION).text(), t.item(r, COL_LICENCE).text())
            for r in range(t.rowCount())}


def test_the_dialog_names_qt_under_the_lgpl_and_the_other_components(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    assert rows["Qt"][1] == "LGPL-3.0-only" and re.fullmatch(r"6\.\d+\.\d+", rows["Qt"][0])
    assert rows["Qt for Python (PySide6)"] == (metadata.version("PySide6-Essentials"), "LGPL-3.0-only")
    assert rows["SQLCipher"][1] == "BSD-3-Clause"
    assert rows["DejaVu fonts"][1] == "Bitstream-Vera"
    assert rows["ReportLab"] == (metadata.version("reportlab"), "BSD-3-Clause")
    assert rows["SQLAlchemy"] == (metadata.version("SQLAlchemy"), "MIT")
    notice = dialog.qt_notice.text()
    assert "LGPL-3.0" in notice and "download.qt.io" in notice and "replace" in notice


def test_every_run_time_requirement_is_listed():
    listed = {c.name for c in components()}
    # The bundle also ships the postgresql extra (packaging/build installs it): a firm's server caseload.
    required = {re.split(r"[<>=!~;\[ ]", r)[0] for r in metadata.requires("casedesk") or ()
                if "extra ==" not in r or 'extra == "postgresql"' in r}
    names = {"PySide6-Essentials": "Qt for Python (PySide6)", "PySide6-Pdf": "Qt for Python: PDF module",
             "SQLAlchemy": "SQLAlchemy", "alembic": "Alembic", "platformdirs": "platformdirs",
             "reportlab": "ReportLab", "icalendar": "icalendar", "sqlcipher3": "sqlcipher3", "keyring": "keyring",
             "uharfbuzz": "uharfbuzz (with HarfBuzz)",
             "psycopg": "psycopg (PostgreSQL driver, a firm's caseload on a server)"}
    assert required == set(names)  # a new requirement must be added here and to components.json
    assert {names[r] for r in required} <= listed
    # psycopg-binary carries libpq and the libraries it links: each named, with its licence text.
    assert {"libpq (PostgreSQL's client library, inside psycopg-binary)",
            "psycopg-binary (psycopg's compiled part)"} <= listed
    licences = Path(__file__).resolve().parents[2] / "packaging" / "licenses"
    assert "PostgreSQL Licence" in (licences / "PostgreSQL-libpq-LICENSE.txt").read_text(encoding="utf-8")
    assert "OpenLDAP" in (licences / "psycopg-binary-libraries-LICENSES.txt").read_text(encoding="utf-8")


def test_the_licence_folder_is_named_and_opened_when_there_is_one(qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    dialog = AboutDialog(licences=tmp_path)
    qtbot.addWidget(dialog)
    assert str(tmp_path) in dialog.where.text()
    dialog.open_licences.click()
    assert opened == [str(tmp_path)]


def test_from_a_source_checkout_it_says_the_texts_ship_with_the_installed_program(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.licences is None
    assert "installed CaseDesk" in dialog.where.text()
    assert not hasattr(dialog, "open_licences")
