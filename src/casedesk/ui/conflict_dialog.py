"""An edit refused because someone else saved the client first: who and when, their values beside
mine for each field that differs, and the choice to reload theirs or re-apply mine over them."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.audit import diff_case, merge_case
from ..domain.casefile import case_to_dict
from ..domain.facts import CaseFacts
from ..services.errors import EditConflict
from .fact_words import fact_name, value_words

RELOAD, REAPPLY = "reload", "reapply"


class ConflictDialog(QDialog):
    def __init__(self, parent: QWidget | None, conflict: EditConflict, theirs: CaseFacts, mine: CaseFacts,
                 base: CaseFacts | None = None):
        """``base``: the client as I opened it. With it, "Re-apply mine" applies only the fields I changed
        over their version (``merged``), and the table shows what it would save."""
        super().__init__(parent)
        self.setObjectName("conflict")
        self.setWindowTitle(self.tr("Someone else saved this client"))
        self.choice: str | None = None
        who = conflict.by or self.tr("another caseworker")
        when = f"{conflict.at:%Y-%m-%d %H:%M} UTC" if conflict.at is not None else "?"
        self.summary = QLabel(self.tr("%1 saved this client at %2, after you opened it (their version %3, yours "
                                      "was %4). Their values and yours differ here:")
                              .replace("%1", who).replace("%2", when).replace("%3", str(conflict.theirs))
                              .replace("%4", str(conflict.yours)), self)
        self.summary.setWordWrap(True)
        theirs_doc = case_to_dict(theirs)
        self.merged = (merge_case(case_to_dict(base), case_to_dict(mine), theirs_doc) if base is not None
                       else case_to_dict(mine))
        self.changes = diff_case(theirs_doc, self.merged)
        self.table = QTableWidget(len(self.changes), 3, self)
        self.table.setObjectName("conflict:fields")
        self.table.setAccessibleName(self.tr("Fields that differ"))
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Theirs (saved)"), self.tr("Mine")])
        self.table.verticalHeader().hide()
        for row, change in enumerate(self.changes):
            for col, value in enumerate((fact_name(change.path), _text(change.path, change.old),
                                         _text(change.path, change.new))):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(self.tr("&Reload theirs"), self)
        self.reapply_button = QPushButton(self.tr("Re-apply &mine"), self)
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.reapply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.reload_button.clicked.connect(lambda: self._choose(RELOAD))
        self.reapply_button.clicked.connect(lambda: self._choose(REAPPLY))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        if base is not None:
            self.note = QLabel(self.tr("Re-apply mine saves only the fields you changed; their other changes "
                                       "are kept."), self)
            self.note.setWordWrap(True)
            layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows: field, theirs, mine."""
        return [tuple(item.text() if (item := self.table.item(r, c)) is not None else "" for c in range(3))
                for r in range(self.table.rowCount())]

    @classmethod
    def ask(cls, parent: QWidget | None, conflict: EditConflict, theirs: CaseFacts, mine: CaseFacts,
            base: CaseFacts | None = None) -> tuple[str, dict[str, Any]] | None:
        """(RELOAD or REAPPLY, the case file re-applying would save), or None (cancelled: nothing saved,
        the editor's values dropped)."""
        dialog = cls(parent, conflict, theirs, mine, base)
        return (dialog.choice, dialog.merged) if dialog.exec() == QDialog.DialogCode.Accepted and dialog.choice \
            else None


def _text(path: str, value: Any) -> str:
    """A value in words, as the editor and the history say it (choices by label, countries by name)."""
    return value_words(path, value) if value is not None else "—"
