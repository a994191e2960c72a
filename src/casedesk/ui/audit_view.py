"""Client ▸ History…: one client's audit trail (who changed what, when), newest first, and its export."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QTableView, QVBoxLayout,
    QWidget,
)

from ..services.audit import AuditEntry, AuditService, value_text
from .dialogs import ConfirmExport
from .errors import guarded
from .fact_words import fact_name, value_words
from .rows_model import RowsModel
from .tr import QT_TRANSLATE_NOOP
from .screen_fit import fit

COL_WHEN, COL_WHO, COL_ACTION, COL_FIELD, COL_OLD, COL_NEW = range(6)
TOOLTIP_CHARS = 2_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditView", text)


ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("AuditView", "Added"),
    "update": QT_TRANSLATE_NOOP("AuditView", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditView", "Deleted"),
    "restore": QT_TRANSLATE_NOOP("AuditView", "Deletion undone"),
    "import": QT_TRANSLATE_NOOP("AuditView", "Imported"),
    "deadline_done": QT_TRANSLATE_NOOP("AuditView", "Deadline done"),
    "deadline_snoozed": QT_TRANSLATE_NOOP("AuditView", "Deadline snoozed"),
    "deadline_reopened": QT_TRANSLATE_NOOP("AuditView", "Deadline reopened"),
    "letter": QT_TRANSLATE_NOOP("AuditView", "Letter written"),
}


def when_text(entry: AuditEntry) -> str:
    """The UTC time stored, shown in local time and the user's date format."""
    moment = QDateTime.fromMSecsSinceEpoch(int(entry.at.replace(tzinfo=UTC).timestamp() * 1000))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def _value(entry: AuditEntry, value) -> str:
    if entry.withheld:
        return QCoreApplication.translate("AuditView", "(withheld)")
    if entry.action == "create" and value is not None:
        return QCoreApplication.translate("AuditView", "(the facts as entered)")
    if value is None:
        return ""
    return _words(entry, value)


def _words(entry: AuditEntry, value) -> str:
    """In the editor's words, never the stored JSON; a plain text (a letter's file name) as it is."""
    if entry.action == "letter" and isinstance(value, dict):  # "English · reference CD-…"
        from .letter_dialog import LANGUAGE_NAMES

        language = LANGUAGE_NAMES.get(str(value.get("language")), str(value.get("language") or ""))
        reference = value.get("reference")
        return language + (" \N{MIDDLE DOT} " + QCoreApplication.translate(
                "AuditView", "reference %1").replace("%1", str(reference)) if reference else "")
    if entry.field is None and not isinstance(value, (dict, list)):
        return value_text(value)
    return value_words(entry.field or "", value)


def _tooltip(entry: AuditEntry, value) -> str | None:
    if value is None:
        return None
    text = _words(entry, value)
    return text if len(text) <= TOOLTIP_CHARS else text[:TOOLTIP_CHARS] + "…"


class AuditModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__((
            QCoreApplication.translate("AuditView", "When"), QCoreApplication.translate("AuditView", "Who"),
            QCoreApplication.translate("AuditView", "What"), QCoreApplication.translate("AuditView", "Field"),
            QCoreApplication.translate("AuditView", "Before"), QCoreApplication.translate("AuditView", "After"),
        ), parent)

    def set_rows(self, rows: list[AuditEntry]) -> None:
        self.reset_rows(rows)

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.row_at(index)
        if entry is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_WHEN:
                return when_text(entry)
            if col == COL_WHO:
                return entry.actor
            if col == COL_ACTION:
                label = ACTION_LABELS.get(entry.action)
                return _tr(label) if label else entry.action
            if col == COL_FIELD:
                if entry.action == "letter":  # the field of a letter entry is its kind
                    from .letter_dialog import kind_names

                    return kind_names().get(entry.field or "", entry.field or "")
                return fact_name(entry.field) if entry.field else ""
            if col == COL_OLD:
                return _value(entry, entry.old)
            if col == COL_NEW:
                return _value(entry, entry.new)
        elif role == Qt.ItemDataRole.ToolTipRole and not entry.withheld:
            if col == COL_OLD:
                return _tooltip(entry, entry.old)
            if col == COL_NEW:
                return _tooltip(entry, entry.new)
        return None


class AuditFileChooser:
    @staticmethod
    def save_path(parent: QWidget | None, suggested: str) -> Path | None:
        name, chosen = QFileDialog.getSaveFileName(parent, QCoreApplication.translate(
                "AuditView", "Export history"), suggested,
                                                   QCoreApplication.translate(
                                                           "AuditView", "CSV (*.csv);;JSON (*.json)"))
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".json" if "json" in chosen.lower() else ".csv")
        return path


class AuditDialog(QDialog):
    def __init__(self, service: AuditService, client_id: int, name: str, parent=None):
        super().__init__(parent)
        self.service = service
        self.client_id = client_id
        self.setWindowTitle(self.tr("History: %1").replace("%1", name))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every change to this client's file, newest first: when, by whom, and the value "
                               "before and after."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("history")
        self.table.setAccessibleName(self.tr("Change history"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_NEW, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        layout.addWidget(self.status)
        self.refresh()
        fit(self, 1000, 500)

    def refresh(self) -> None:
        self.model.set_rows(self.service.trail(self.client_id))
        self.table.resizeColumnsToContents()

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not export the history"))
    def export(self) -> None:
        if not ConfirmExport.ask(self):
            return
        path = AuditFileChooser.save_path(self, f"client-{self.client_id}-history.csv")
        if path is None:
            return
        count = self.service.export(path, self.client_id)
        self.status.setText(self.tr("History written: %1 entries").replace("%1", f"{count:,}"))

    @classmethod
    def show_for(cls, service: AuditService, client_id: int, name: str, parent=None) -> None:
        cls(service, client_id, name, parent).exec()
