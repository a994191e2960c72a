"""Small modal questions, each behind an ``ask`` class method so tests can answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .counts import count_text

CASE_FILE_FILTER = "Case files (*.json *.jsonl *.ndjson);;All files (*)"


_B = QMessageBox.StandardButton


def confirm(parent: QWidget | None, title: str, text: str, informative: str, button: QMessageBox.StandardButton,
             label: str, *, safe_default: bool, details: str | None = None) -> bool:
    """A warning that asks before something leaves or goes: True when ``button`` (shown as ``label``)
    was pressed. ``safe_default``: Enter cancels."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(button | _B.Cancel)
    box.setDefaultButton(_B.Cancel if safe_default else button)
    box.button(button).setText(label)
    return box.exec() == button


class ConfirmDelete:
    @staticmethod
    def ask(parent: QWidget | None, names: list[str]) -> bool:
        if len(names) == 1:
            text = QCoreApplication.translate("Dialogs", "Delete %1 and everything recorded about them?") \
                .replace("%1", names[0])
        else:
            text = QCoreApplication.translate(
                "Dialogs", "Delete these %1 clients and everything recorded about them?").replace(
                "%1", count_text(len(names)))
        return confirm(parent, QCoreApplication.translate("Dialogs", "Delete clients"), text,
                        QCoreApplication.translate(
                            "Dialogs", "You can undo this with Edit ▸ Undo until you close CaseDesk."),
                        _B.Yes, QCoreApplication.translate("Dialogs", "&Delete"), safe_default=True,
                        details="\n".join(names) if len(names) > 1 else None)


class ConfirmReviewAll:
    """Marking a whole list of ended statuses reviewed (thousands, in a large caseload) is one click:
    say how many, and how to put them back."""

    @staticmethod
    def ask(parent: QWidget | None, count: int) -> bool:
        text = (QCoreApplication.translate("Dialogs", "Mark the ended status in this list as reviewed?") if count == 1
                else QCoreApplication.translate("Dialogs", "Mark the %1 ended statuses in this list as reviewed?")
                .replace("%1", count_text(count)))
        # Cancel by default: unlike a selection marked done, this cannot be undone with Ctrl+Z.
        return confirm(parent, QCoreApplication.translate("Dialogs", "Mark all reviewed"), text,
                        QCoreApplication.translate(
                            "Dialogs", "They leave this list; each client's record keeps that the status ended. "
                                       "“Show done and snoozed” lists them again, to reopen."),
                        _B.Yes, QCoreApplication.translate("Dialogs", "Mark &All Reviewed"), safe_default=True)


class ConfirmExport:
    """Exports leave the (encrypted) caseload database: say so, and let the user decide."""

    @staticmethod
    def ask(parent: QWidget | None) -> bool:
        return confirm(parent, QCoreApplication.translate("Dialogs", "Export client data"),
                        QCoreApplication.translate(
                            "Dialogs", "The exported file leaves CaseDesk's protected database: it is not "
                                       "encrypted, and anyone who can open it can read it."),
                        QCoreApplication.translate(
                            "Dialogs", "Keep it somewhere safe and delete it when it is no longer needed."),
                        _B.Ok, QCoreApplication.translate("Dialogs", "&Export"), safe_default=False)


class ConfirmUnsigned:
    """A letter with no caseworker's name goes out unsigned: say so before it is saved."""

    @staticmethod
    def ask(parent: QWidget | None) -> bool:
        return confirm(parent, QCoreApplication.translate("Dialogs", "Unsigned letter"),
                        QCoreApplication.translate(
                            "Dialogs", "This letter will have no signature: Settings has no caseworker's name yet."),
                        QCoreApplication.translate(
                            "Dialogs", "Add your name and title in File ▸ Settings, or save the letter unsigned."),
                        _B.Save, QCoreApplication.translate("Dialogs", "Save &Unsigned"), safe_default=True)


class CaseFileChooser:
    @staticmethod
    def open_path(parent: QWidget | None) -> Path | None:
        title = QCoreApplication.translate("Dialogs", "Import case file") if parent else ""
        name, _ = QFileDialog.getOpenFileName(parent, title, "", CASE_FILE_FILTER)
        return Path(name) if name else None

    @staticmethod
    def save_path(parent: QWidget | None, suggested: str) -> Path | None:
        title = QCoreApplication.translate("Dialogs", "Export case file") if parent else ""
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, CASE_FILE_FILTER)
        return Path(name) if name else None

    @staticmethod
    def save_calendar_path(parent: QWidget | None) -> Path | None:
        title = QCoreApplication.translate("Dialogs", "Export deadlines") if parent else ""
        name, _ = QFileDialog.getSaveFileName(parent, title, "casedesk-deadlines.ics", "iCalendar (*.ics)")
        return Path(name) if name else None


class Notice:
    """A plain message for the environment's faults and refused input (not a crash)."""

    @staticmethod
    def warn(parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)

    @staticmethod
    def info(parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)
