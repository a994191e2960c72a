"""Producing a referral letter for one client: choose kind, language and recipient, preview, save."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QTimer
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QListWidget,
    QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from ..services.errors import USER_ERRORS
from ..domain.letters import KIND_PATHWAYS
from ..services.letters import LetterError, LetterService
from .dialogs import ConfirmUnsigned
from .errors import describe
from .labels import colon, message_text, ui_language, verdict_text
from .screen_fit import fit


def _tr(text: str) -> str:
    return QCoreApplication.translate("LetterDialog", text)


def kind_names() -> dict[str, str]:
    return {"spousal_sponsorship": QCoreApplication.translate(
            "LetterDialog", "Spousal or partner sponsorship referral"),
            "citizenship_certificate": QCoreApplication.translate("LetterDialog", "Citizenship certificate referral")}


LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


class LetterFileChooser:
    @staticmethod
    def save_path(parent: QWidget | None, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate(
                "LetterDialog", "Save letter"), suggested, "PDF (*.pdf)")
        return Path(name) if name else None

    @staticmethod
    def folder(parent: QWidget | None) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate(
                "LetterDialog", "Folder for the letters"))
        return Path(name) if name else None


class LetterDialog(QDialog):
    def __init__(self, service: LetterService, client_id: int, client_name: str, today: Callable[[], date],
                 parent: QWidget | None = None, kind: str | None = None):
        super().__init__(parent)
        self.service = service
        self.client_id = client_id
        self.today = today
        self.saved: Path | None = None
        self._buffer: QBuffer | None = None  # the preview stays in memory: no client data in temp files
        self.setWindowTitle(self.tr("Letter for %1").replace("%1", client_name))

        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for code, name in kind_names().items():
            self.kind.addItem(name, code)
        # Only the letters that fit this client are offered; the others are listed with the reason.
        self.unfit = self._unfit()
        for code in self.unfit:
            item = self.kind.model().item(self.kind.findData(code))
            item.setEnabled(False)
        fitting = [code for code in kind_names() if code not in self.unfit]
        chosen = kind if kind in fitting else (fitting[0] if fitting else None)
        if chosen is not None:
            self.kind.setCurrentIndex(self.kind.findData(chosen))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ui_language())))  # the caseworker's, at first
        self.recipient = QPlainTextEdit()
        self.recipient.setObjectName("recipient")
        self.recipient.setPlaceholderText(self.tr("Name and address of the recipient, one line each (optional)"))
        self.recipient.setTabChangesFocus(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("A note to add to the letter (optional)"))
        self.note.setTabChangesFocus(True)
        for label, widget in ((self.tr("&Letter"), self.kind), (self.tr("L&anguage"), self.language),
                              (self.tr("&Recipient"), self.recipient), (self.tr("&Note"), self.note)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c")
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setAccessibleName(self.tr("Letters already produced for this client"))
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.not_offered = QLabel("\n".join(
            self.tr("Not offered: %1 (%2)").replace("%1", kind_names()[code]).replace("%2", why)
            for code, why in self.unfit.items()))
        self.not_offered.setObjectName("not-offered")
        self.not_offered.setWordWrap(True)
        self.not_offered.setVisible(bool(self.unfit))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addStretch()
        left_layout.addLayout(row)
        left_layout.addWidget(self.error)
        left_layout.addWidget(self.not_offered)
        left_layout.addWidget(QLabel(self.tr("Letters already produced:")))
        left_layout.addWidget(self.history)

        # Qt's PDF modules load here, with the preview, not when Letters for Selection
        # (which shows none) imports this module: a cold load held the GUI thread ~0.25 s.
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("preview")
        self.view.setAccessibleName(self.tr("Letter preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save…"))
        self.save_button.setEnabled(False)  # until the preview shows a letter that fits
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cl&ose"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        fit(self, 1100, 760)
        self._show_history()
        # The preview is there as soon as the dialog is, and follows the choices.
        self.kind.currentIndexChanged.connect(lambda _i: self.preview())
        self.language.currentIndexChanged.connect(lambda _i: self.preview())
        if not self.unfit or len(self.unfit) < len(kind_names()):
            QTimer.singleShot(0, self.preview)
        else:
            self.error.setText(self.tr("No letter fits this client yet."))

    def _unfit(self) -> dict[str, str]:
        """Letter kind -> why it does not fit this client (in words), for the kinds that do not."""
        out: dict[str, str] = {}
        for code in kind_names():
            try:
                self.service.content(self.client_id, code, "en", self.today())
            except LetterError as exc:
                out[code] = self._reason(code, exc)
        return out

    def _reason(self, code: str, exc: Exception) -> str:
        """The route's verdict and summary, in words; else the letter's own reason without its client number."""
        pathway = KIND_PATHWAYS.get(code)
        try:
            result = self.service.assessments.assess_client(self.client_id, self.today(), save=False)
        except USER_ERRORS:
            result = None
        found = next((p for p in result.pathways if p.id == pathway), None) if result is not None else None
        if found is not None:
            return colon(verdict_text(found.verdict), message_text(found.summary))
        return re.sub(r"^client \d+: ", "", str(exc))

    def _choices(self) -> dict:
        recipient = tuple(line for line in self.recipient.toPlainText().splitlines() if line.strip())
        return {"kind": self.kind.currentData(), "language": self.language.currentData(),
                "recipient": recipient, "note": self.note.toPlainText().strip() or None}

    def _show_history(self) -> None:
        self.history.clear()
        names = kind_names()
        for r in self.service.history(self.client_id):
            quoted = "" if r.assessment_id is None else " · " + self.tr("assessment %1, policy data %2") \
                .replace("%1", str(r.assessment_id)).replace("%2", r.policy_version or "?")
            self.history.addItem(f"{r.produced_on.isoformat()} · {names.get(r.kind, r.kind)} · "
                                 f"{LANGUAGE_NAMES.get(r.language, r.language)} · {r.file_name}{quoted}")

    def preview(self) -> bool:
        """Render in memory and show it; a letter that does not fit says why."""
        c = self._choices()
        pdf = io.BytesIO()
        try:
            from ..letters.render import render_pdf

            content = self.service.content(self.client_id, c["kind"], c["language"], self.today(),
                                           recipient=c["recipient"], note=c["note"])
            render_pdf(content, self.service.letterhead(), pdf)
        except USER_ERRORS as exc:
            self.error.setText(describe(exc))
            self.save_button.setEnabled(False)
            return False
        self.error.clear()
        self.save_button.setEnabled(True)
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf.getvalue()))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        return True

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        if not self.service.letterhead().caseworker_name.strip() and not ConfirmUnsigned.ask(self):
            return
        c = self._choices()
        suggested = self.service.file_name(self.client_id, c["kind"], c["language"], self.today())
        path = LetterFileChooser.save_path(self, suggested)
        if path is None:
            return
        try:
            self.service.produce(self.client_id, c["kind"], c["language"], path, self.today(),
                                 recipient=c["recipient"], note=c["note"])
        except USER_ERRORS as exc:
            self.error.setText(describe(exc))
            return
        self.saved = path
        self._show_history()
        self.accept()

    def done(self, result: int) -> None:
        self.document.close()
        super().done(result)

    @classmethod
    def ask(cls, service: LetterService, client_id: int, client_name: str, today: Callable[[], date],
            parent: QWidget | None = None, kind: str | None = None) -> Path | None:
        dialog = cls(service, client_id, client_name, today, parent, kind=kind)
        dialog.exec()
        return dialog.saved


class BatchLetterOptions(QDialog):
    """Kind and language for letters to many clients at once."""

    def __init__(self, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letters for %1 clients").replace("%1", str(count)))
        form = QFormLayout(self)
        self.kind = QComboBox()
        for code, name in kind_names().items():
            self.kind.addItem(name, code)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ui_language())))
        form.addRow(self.tr("&Letter"), self.kind)
        form.addRow(self.tr("L&anguage"), self.language)
        form.addRow(QLabel(self.tr("Clients the letter does not fit (e.g. no Canadian partner) are skipped and "
                                   "listed at the end.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, count: int, parent: QWidget | None = None) -> tuple[str, str] | None:
        dialog = cls(count, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.kind.currentData(), dialog.language.currentData()
