"""Small modal questions, each behind an ``ask`` class method so tests can answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

CASE_FILE_FILTER = "Case files (*.json *.jsonl *.ndjson);;All files (*)"


class ConfirmDelete:
    @staticmethod
    def ask(parent: QWidget | None, names: list[str]) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Dialogs", "Delete clients"))
        if len(names) == 1:
            box.setText(QCoreApplication.translate(
                "Dialogs", "Delete %1 and everything recorded about them?").replace("%1", names[0]))
        else:
            box.setText(QCoreApplication.translate(
                "Dialogs", "Delete these %1 clients and everything recorded about them?")
                        .replace("%1", str(len(names))))
            box.setDetailedText("\n".join(names))
        box.setInformativeText(QCoreApplication.translate(
            "Dialogs", "You can undo this with Edit ▸ Undo until you close CaseDesk."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("Dialogs", "&Delete"))
        return box.exec() == QMessageBox.StandardButton.Yes


class ConfirmExport:
    """Exports leave the (encrypted) caseload database: say so, and let the user decide."""

    @staticmethod
    def ask(parent: QWidget | None) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Dialogs", "Export client data"))
        box.setText(QCoreApplication.translate(
            "Dialogs", "The exported file leaves CaseDesk's protected database: it is not encrypted, and "
                           "anyone who can open it can read it."))
        box.setInformativeText(QCoreApplication.translate(
            "Dialogs", "Keep it somewhere safe and delete it when it is no longer needed."))
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Dialogs", "&Export"))
        return box.exec() == QMessageBox.StandardButton.Ok


class ConfirmUnsigned:
    """A letter with no caseworker's name goes out unsigned: say so before it is saved."""

    @staticmethod
    def ask(parent: QWidget | None) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Dialogs", "Unsigned letter"))
        box.setText(QCoreApplication.translate(
            "Dialogs", "This letter will have no signature: Settings has no caseworker's name yet."))
        box.setInformativeText(QCoreApplication.translate(
            "Dialogs", "Add your name and title in File ▸ Settings, or save the letter unsigned."))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Save).setText(QCoreApplication.translate("Dialogs", "Save &Unsigned"))
        return box.exec() == QMessageBox.StandardButton.Save


class CaseFileChooser:
    @staticmethod
    def open_path(parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent,
        QCoreApplication.translate("Dialogs", "Import case file") if parent else "",
                                              "", CASE_FILE_FILTER)
        return Path(name) if name else None

    @staticmethod
    def save_path(parent: QWidget | None, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent,
        QCoreApplication.translate("Dialogs", "Export case file") if parent else "",
                                              suggested, CASE_FILE_FILTER)
        return Path(name) if name else None


    @staticmethod
    def save_calendar_path(parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent,
        QCoreApplication.translate("Dialogs", "Export deadlines") if parent else "",
                                              "casedesk-deadlines.ics", "iCalendar (*.ics)")
        return Path(name) if name else None


class Notice:
    """A plain message for the environment's faults and refused input (not a crash)."""

    @staticmethod
    def warn(parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)

    @staticmethod
    def info(parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)
