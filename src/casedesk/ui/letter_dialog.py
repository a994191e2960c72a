"""Producing a referral letter for one client: choose kind, language and recipient, preview, save.

The PDF is made on the window's worker (``ui/ops``), for the preview as for the saved letter: the
first render loads ReportLab and the fonts (~0.6 s), each later one takes ~0.1 s, and the window
must keep painting meanwhile. The dialog shows "Preparing preview…" while a render runs. Choices
made in quick succession are not queued one by one: only the latest waits for the worker, and a
render whose choice has changed since it started is dropped when it ends (``_generation``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer, QByteArray, QCoreApplication, QIODevice, QSettings, QStandardPaths, QTimer, QUrl, Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QListWidget,
    QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from ..services.errors import USER_ERRORS
from ..domain.letters import KIND_PATHWAYS
from ..services.letters import LetterError, LetterService
from .dialogs import ConfirmUnsigned
from .errors import describe, report
from .labels import colon, message_text, ui_language, verdict_text
from .ops import Changes, Op, ProgressStrip, Runner
from .screen_fit import fit
from .tr import QT_TRANSLATE_NOOP
from .counts import count_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("LetterDialog", text)


def kind_names() -> dict[str, str]:
    return {"spousal_sponsorship": QCoreApplication.translate(
            "LetterDialog", "Spousal or partner sponsorship referral"),
            "citizenship_certificate": QCoreApplication.translate("LetterDialog", "Citizenship certificate referral")}


LANGUAGE_NAMES = {"en": "English", "fr": "Français"}
WRITTEN = Changes(letters=True)
PREVIEW_FAILED = QT_TRANSLATE_NOOP("Errors", "Could not prepare the letter's preview")
SAVE_FAILED = QT_TRANSLATE_NOOP("Errors", "Could not write the letter")


class LettersFolder:
    """Where letters are saved: the folder the caseworker last saved one in (remembered in their own
    window-state file), else "CaseDesk letters" in their Documents, never the program's working folder."""

    KEY = "letters/folder"

    def __init__(self, settings: QSettings | None):
        self.settings = settings

    @staticmethod
    def default() -> Path:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents or Path.home()) / QCoreApplication.translate("LetterDialog", "CaseDesk letters")

    def get(self) -> Path:
        value = self.settings.value(self.KEY) if self.settings is not None else None
        if isinstance(value, str) and value and Path(value).is_dir():
            return Path(value)
        return self.default()

    def remember(self, folder: Path) -> None:
        if self.settings is not None:
            self.settings.setValue(self.KEY, str(folder))
            self.settings.sync()


class LetterFileChooser:
    @staticmethod
    def save_path(parent: QWidget | None, suggested: Path) -> Path | None:
        """Asks where to save, starting at ``suggested`` (its folder is made, private, if missing)."""
        try:
            suggested.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            pass  # the dialog still opens; the caseworker picks another folder
        name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate(
            "LetterDialog", "Save letter"), str(suggested), "PDF (*.pdf)")
        return Path(name) if name else None

    @staticmethod
    def folder(parent: QWidget | None, start: Path | None = None) -> Path | None:
        if start is not None:
            try:
                start.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError:
                start = None
        name = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate(
            "LetterDialog", "Folder for the letters"), str(start or ""))
        return Path(name) if name else None


class LetterSaved:
    """After saving: open the letter, show it in its folder, or neither."""

    OPEN, FOLDER = "open", "folder"

    @staticmethod
    def ask(parent: QWidget | None, path: Path) -> str | None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("LetterDialog", "Letter saved"))
        box.setText(QCoreApplication.translate("LetterDialog", "The letter is saved as %1.").replace("%1", path.name))
        box.setInformativeText(QCoreApplication.translate("LetterDialog", "In %1").replace("%1", str(path.parent)))
        open_button = box.addButton(QCoreApplication.translate("LetterDialog", "&Open"),
                                    QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(QCoreApplication.translate("LetterDialog", "Show in &Folder"),
                                      QMessageBox.ButtonRole.ActionRole)
        box.addButton(QCoreApplication.translate("LetterDialog", "&Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.exec()
        clicked = box.clickedButton()
        return LetterSaved.OPEN if clicked is open_button else LetterSaved.FOLDER if clicked is folder_button else None

    @staticmethod
    def reveal(path: Path, choice: str | None) -> None:
        """Hand the letter (or its folder) to the desktop's own viewer."""
        if choice == LetterSaved.OPEN:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif choice == LetterSaved.FOLDER:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class LetterDialog(QDialog):
    previewed = Signal(bool)  # the current choice's preview has ended: shown (True) or refused, with why (False)

    def __init__(self, service: LetterService, client_id: int, client_name: str, today: Callable[[], date],
                 parent: QWidget | None = None, kind: str | None = None, settings: QSettings | None = None, *,
                 runner: Runner):
        super().__init__(parent)
        self.service = service
        self.runner = runner  # the window's worker: renders and saves run there, one at a time
        self._generation = 0  # counts the choices asked for; a render for an older one is dropped
        self._pending = False  # the current choice's preview has not ended yet
        self._saving = False
        self._closed = False
        self.pdf: bytes | None = None  # the preview shown, for the current choice
        self.folder = LettersFolder(settings)
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
        # "Preparing preview…" (and "Saving the letter…") with a busy bar, under the preview, while it runs.
        self.progress = ProgressStrip(self)
        self.progress.setObjectName("preview:progress")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.view, 1)
        right_layout.addWidget(self.progress)
        self.left = left
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save…"))
        self.save_button.setEnabled(False)  # until the preview shows a letter that fits
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Cl&ose"))
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
            self._pending = True
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

    @property
    def pending(self) -> bool:
        """Whether the preview of the current choice is still being prepared."""
        return self._pending

    def preview(self) -> None:
        """Ask for the current choice's preview; it is rendered on the worker and shown when it ends
        (``previewed``). Save waits for it: what it would save is not on screen yet."""
        self._generation += 1
        self._pending = True
        self.save_button.setEnabled(False)
        # Only the latest choice waits for the worker (a later call replaces a waiting one).
        self.runner.when_idle(f"letter-preview-{id(self)}", self._start_preview)

    def _start_preview(self) -> None:
        if self._closed:
            return
        generation, c, today = self._generation, self._choices(), self.today()
        service, client_id = self.service, self.client_id

        def work(_services: object, _progress: object) -> bytes:
            return service.pdf(client_id, c["kind"], c["language"], today, recipient=c["recipient"], note=c["note"])

        op = (Op(self, work, title=PREVIEW_FAILED, label=self.tr("Preparing preview…"), view=self.progress)
              .success(lambda pdf: self._show_preview(generation, pdf))
              .failure(lambda exc: self._preview_refused(generation, exc)))
        if not op.run(self.runner):  # cannot happen from when_idle; kept for safety
            self.runner.when_idle(f"letter-preview-{id(self)}", self._start_preview)

    def _current(self, generation: int) -> bool:
        return not self._closed and generation == self._generation

    def _show_preview(self, generation: int, pdf: bytes) -> None:
        if not self._current(generation):  # the choice changed while this rendered: its own render follows
            return
        self._pending = False
        self.pdf = pdf
        self.error.clear()
        self.save_button.setEnabled(True)
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.previewed.emit(True)

    def _preview_refused(self, generation: int, exc: Exception) -> None:
        """A letter that does not fit says why, in place; a bug goes to the crash dialog."""
        if not isinstance(exc, USER_ERRORS):
            report(exc, PREVIEW_FAILED, self, "letter preview")
        if not self._current(generation):
            return
        self._pending = False
        self.pdf = None
        if isinstance(exc, USER_ERRORS):
            self.error.setText(describe(exc))
        self.save_button.setEnabled(False)
        self.previewed.emit(False)

    def save(self) -> None:
        """Ask where, then write the letter and record it, on the worker; the form waits meanwhile."""
        if not self.save_button.isEnabled() or self._saving:
            return
        if not self.service.letterhead().caseworker_name.strip() and not ConfirmUnsigned.ask(self):
            return
        c = self._choices()
        today = self.today()
        suggested = self.service.file_name(self.client_id, c["kind"], c["language"], today)
        path = LetterFileChooser.save_path(self, self.folder.get() / suggested)
        if path is None:
            return
        service, client_id = self.service, self.client_id

        def work(_services: object, _progress: object) -> object:
            return service.produce(client_id, c["kind"], c["language"], path, today,
                                   recipient=c["recipient"], note=c["note"])

        op = (Op(self, work, title=SAVE_FAILED, label=self.tr("Saving the letter…"), changes=WRITTEN,
                 view=self.progress)
              .success(lambda _record: self._saved(path))
              .failure(self._save_refused))
        self._hold(True)
        self.runner.when_idle(f"letter-save-{id(self)}", lambda: op.run(self.runner))

    def _hold(self, saving: bool) -> None:
        """While the letter is written the choices, Save and Close wait (what is saved is what they say)."""
        self._saving = saving
        self.left.setEnabled(not saving)
        self.save_button.setEnabled(not saving and self.pdf is not None and not self._pending)
        self.close_button.setEnabled(not saving)

    def _saved(self, path: Path) -> None:
        self._hold(False)
        self.saved = path
        self.folder.remember(path.parent)
        self._show_history()
        LetterSaved.reveal(path, LetterSaved.ask(self, path))
        self.accept()

    def _save_refused(self, exc: Exception) -> None:
        self._hold(False)
        if isinstance(exc, USER_ERRORS):
            self.error.setText(describe(exc))
        else:
            report(exc, SAVE_FAILED, self, "letter")

    def reject(self) -> None:
        if not self._saving:  # Escape or the window's close box while the letter is written: it finishes first
            super().reject()

    def done(self, result: int) -> None:
        self._closed = True  # a render still running is dropped when it ends
        self.document.close()
        super().done(result)

    @classmethod
    def ask(cls, service: LetterService, client_id: int, client_name: str, today: Callable[[], date],
            parent: QWidget | None = None, kind: str | None = None,
            settings: QSettings | None = None, *, runner: Runner) -> Path | None:
        dialog = cls(service, client_id, client_name, today, parent, kind=kind, settings=settings, runner=runner)
        dialog.exec()
        return dialog.saved


class BatchLetterOptions(QDialog):
    """Kind and language for letters to many clients at once."""

    def __init__(self, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letters for %1 clients").replace("%1", count_text(count)))
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
