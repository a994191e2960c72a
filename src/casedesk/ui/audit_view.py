"""Client ▸ History…: one client's audit trail (who changed what, when), newest first, and its export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QTableView, QVBoxLayout,
    QWidget,
)

from ..services import audit as audit_service
from ..services.audit import AuditEntry, AuditService, TrailCheck, value_text
from .dialogs import ConfirmExport
from .errors import guarded
from .fact_words import fact_name, value_words
from .rows_model import RowsModel
from .tr import QT_TRANSLATE_NOOP
from .screen_fit import fit
from .dates import show_moment
from .empty_hint import EmptyHint
from .counts import count_text

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
    "file_closed": QT_TRANSLATE_NOOP("AuditView", "File closed"),
    "file_reopened": QT_TRANSLATE_NOOP("AuditView", "File reopened"),
    "purge": QT_TRANSLATE_NOOP("AuditView", "Purged"),
}

# Why the trail fails its check (``storage/auditchain.py`` codes); %1 is the entry's number.
BREAK_LABELS = {
    "edited": QT_TRANSLATE_NOOP("AuditView", "The change history has been tampered with: entry %1 was changed "
                                "after it was written."),
    "unlinked": QT_TRANSLATE_NOOP("AuditView", "The change history has been tampered with from entry %1: an entry "
                                  "was removed, inserted or moved there."),
    "unsealed": QT_TRANSLATE_NOOP("AuditView", "The change history has been tampered with: entry %1 was written "
                                  "around CaseDesk."),
    "erased": QT_TRANSLATE_NOOP("AuditView", "The change history has been tampered with: the values of entry %1 "
                                "were erased without a purge."),
    "truncated": QT_TRANSLATE_NOOP("AuditView", "The change history has been tampered with: the entries after %1 "
                                   "were removed."),
    "schema": QT_TRANSLATE_NOOP("AuditView", "The change history is no longer protected by the database as it "
                                "should be (its safeguards were removed or changed)."),
}


def check_text(check: TrailCheck | None, busy: str | None = None) -> str:
    """One line on the whole trail's state, for the History dialog."""
    if check is None:
        return QCoreApplication.translate(
                "AuditView", "Not checked now: wait until this has finished: %1").replace("%1", busy or "")
    if check.intact:
        return QCoreApplication.translate(
                "AuditView", "✓ The change history is intact: %1 entries checked, none changed, removed or "
                             "inserted.").replace("%1", count_text(check.entries))
    label = BREAK_LABELS.get(check.reason or "")
    text = _tr(label).replace("%1", str(check.first_entry)) if label else str(check.reason)
    return "⚠ " + text


def who_text(actor: str) -> str:
    """The caseworker's name as recorded; an entry made before any name was set recorded only the
    computer's login, which is not a person's name: it says so."""
    if actor == "unknown":
        return QCoreApplication.translate("AuditView", "not set")
    if " (" not in actor and actor == audit_service.os_user():
        return QCoreApplication.translate("AuditView", "not set (computer login: %1)").replace("%1", actor)
    return actor


def when_text(entry: AuditEntry) -> str:
    """The UTC time stored, shown in local time and the user's date format."""
    return show_moment(entry.at)


def _value(entry: AuditEntry, value) -> str:
    if entry.erased:
        return QCoreApplication.translate("AuditView", "(erased)")
    if entry.action == "purge":
        return ""
    if entry.action in ("file_closed", "file_reopened") and isinstance(value, str):  # the day the file closed
        day = QDate.fromString(value, Qt.DateFormat.ISODate)
        return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else value
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
                return who_text(entry.actor)
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
        self.empty_hint = EmptyHint(self.table, lambda: self.tr("Nothing recorded for this client yet."),
                                    "history:empty")
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        layout.addWidget(self.status)
        self.check = QLabel(self.tr("Checking the whole change history…"), self)
        self.check.setObjectName("check")
        self.check.setWordWrap(True)
        layout.insertWidget(1, self.check)
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
        self.status.setText(self.tr("History written: %1 entries").replace("%1", count_text(count)))

    def show_check(self, check: TrailCheck | None, busy: str | None = None) -> None:
        """The whole trail's check (made on the worker), or why it was not made now."""
        self.check.setText(check_text(check, busy))
        if check is not None and not check.intact:
            self.check.setStyleSheet("color: #b71c1c; font-weight: bold")
            self.check.setToolTip(check.words())
