"""Help ▸ About: the version, and every component CaseDesk ships with its licence (what the LGPL
asks of Qt's use: the notice, where the source is, and that the libraries can be replaced).

The list is data (``resources/about/components.json``); versions are read from the installed
distributions. The licence texts are in the installed program's ``licenses`` folder (collected by
``packaging/build``); a source checkout has none, and says so.
"""

from __future__ import annotations

import json
import platform
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

COL_NAME, COL_VERSION, COL_LICENCE, COL_SOURCE = range(4)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    source: str


def _components_file() -> Path:
    source_tree = Path(__file__).resolve().parents[3] / "resources" / "about" / "components.json"
    if source_tree.exists():
        return source_tree
    import importlib.resources

    return Path(str(importlib.resources.files("casedesk") / "resources" / "about" / "components.json"))


def _version(entry: dict) -> str:
    if entry.get("qt"):
        return qVersion()
    if entry.get("python"):
        return platform.python_version()
    try:
        return metadata.version(entry["distribution"]) if "distribution" in entry else ""
    except metadata.PackageNotFoundError:
        return ""


def components() -> list[Component]:
    doc = json.loads(_components_file().read_text(encoding="utf-8"))
    return [Component(e["name"], _version(e), e["licence"], e["source"]) for e in doc["components"]]


def licenses_dir() -> Path | None:
    """The folder of licence texts in a frozen CaseDesk (None from a source checkout)."""
    bundle = getattr(sys, "_MEIPASS", None)
    folder = Path(bundle) / "licenses" if bundle else None
    return folder if folder is not None and folder.is_dir() else None


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, licences: Path | None = None) -> None:
        super().__init__(parent)
        from .. import __version__

        self.setWindowTitle(self.tr("About CaseDesk"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("<b>CaseDesk %1</b><br>An offline case manager for immigration caseworkers. "
                               "Client data stays on this computer.").replace("%1", __version__))
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("CaseDesk is built with these components, each under its own licence:")))

        rows = components()
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setAccessibleName(self.tr("Components and their licences"))
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence"),
                                              self.tr("Source")])
        for row, c in enumerate(rows):
            for col, text in ((COL_NAME, c.name), (COL_VERSION, c.version), (COL_LICENCE, c.licence),
                              (COL_SOURCE, c.source)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_SOURCE, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)

        # The LGPL's requirements for a program using Qt: say so, say where the source is, and that
        # the user may replace the libraries (they are separate files in the installed program).
        self.qt_notice = QLabel(self.tr(
            "Qt and Qt for Python (PySide6) are used under the GNU Lesser General Public License version 3 "
            "(LGPL-3.0), unmodified and dynamically linked: they are separate files in the installed program, "
            "and you may replace them with your own build of the same version. Their source code is at "
            "download.qt.io (official_releases/qt and official_releases/QtForPython) and code.qt.io."))
        self.qt_notice.setWordWrap(True)
        self.qt_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.qt_notice)

        self.licences = licences if licences is not None else licenses_dir()
        if self.licences is not None:
            where = self.tr("The licence texts are in %1.").replace("%1", str(self.licences))
        else:
            where = self.tr("The licence texts ship with the installed CaseDesk (this one runs from its source).")
        self.where = QLabel(where)
        self.where.setWordWrap(True)
        layout.addWidget(self.where)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        if self.licences is not None:
            self.open_licences = QPushButton(self.tr("Open the Licence Texts"))
            buttons.addButton(self.open_licences, QDialogButtonBox.ButtonRole.ActionRole)
            self.open_licences.clicked.connect(self._open_licences)
        layout.addWidget(buttons)

    def _open_licences(self) -> None:
        assert self.licences is not None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.licences)))  # a local folder, in the file manager
