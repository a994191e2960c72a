"""Settings the user can change, built from their one declaration in services/settings.py, in three
tabs: who the caseworker is and the letterhead (what a first start needs), reminders, security."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QTabWidget, QVBoxLayout, QWidget,
)

from ..services.errors import ServiceError
from ..services.settings import SETTINGS, SettingsService
from . import i18n
from .labels import colon
from .screen_fit import fit

LOGO = "letterhead.logo_path"
# Which tab each setting is on; what is not named here is a reminder.
ME = ("audit.caseworker_name", "letterhead.caseworker_name", "letterhead.caseworker_title",
      "letterhead.organisation", "letterhead.address", "letterhead.phone", "letterhead.email", LOGO)
SECURITY = ("calendar.names_in_titles", "retention.years")
LOGO_SIDE = 64  # the preview's box, in pixels


def _tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


def _label(setting) -> str:
    """A setting's label (marked in services/settings.py, context "Settings"), its %1 filled."""
    return _tr(setting.label).replace("%1", _tr(setting.detail)) if setting.detail else _tr(setting.label)


def _form_in_scroll(tabs: QTabWidget, title: str, intro: str) -> QFormLayout:
    """A tab whose form scrolls (a small screen), under a line saying what the tab is for."""
    page = QWidget()
    outer = QVBoxLayout(page)
    words = QLabel(intro)
    words.setWordWrap(True)
    outer.addWidget(words)
    inner = QWidget()
    form = QFormLayout(inner)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    outer.addWidget(scroll, 1)
    tabs.addTab(page, title)
    return form


class SettingsDialog(QDialog):
    def __init__(self, service: SettingsService, parent=None, *, encryption: str | None = None,
                 manage_encryption: Callable[[], None] | None = None):
        """``encryption``: a sentence on how the caseload is protected (Security tab);
        ``manage_encryption``: what its button does (File ▸ Encrypt or Change Passphrase)."""
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settings:tabs")
        layout.addWidget(self.tabs, 1)
        forms = {
            "me": _form_in_scroll(self.tabs, self.tr("&Me and the letterhead"), self.tr(
                "Your name goes into the change history of every client you touch and signs your letters; the "
                "letterhead is printed at the top of referral letters. Your name and title are yours, kept on "
                "this computer; everything else is shared by everyone working on this caseload.")),
            "reminders": _form_in_scroll(self.tabs, self.tr("&Reminders"), self.tr(
                "How many days before each kind of deadline to be reminded (comma-separated, e.g. 90, 30, 7), "
                "used for calendar alarms.")),
            "security": _form_in_scroll(self.tabs, self.tr("Securit&y"), self.tr(
                "What leaves this computer, and how the caseload is protected on it.")),
        }
        self.inputs: dict[str, Any] = {}
        # The interface's language: this computer's preference (window-state.ini), used from the next start.
        self.language = QComboBox()
        self.language.setObjectName("interface.language")
        for choice, words in ((i18n.SYSTEM, QCoreApplication.translate("Settings", "Follow the system")),
                              ("en", "English"), ("fr", "Français")):
            self.language.addItem(words, choice)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.saved_choice())))
        language_label = QLabel(QCoreApplication.translate("Settings", "Language (from the next start)"))
        language_label.setBuddy(self.language)
        forms["me"].addRow(language_label, self.language)
        values = service.all()
        order = {key: i for i, key in enumerate(ME)}
        for setting in sorted(SETTINGS, key=lambda s: order.get(s.key, len(ME))):
            tab = "me" if setting.key in ME else "security" if setting.key in SECURITY else "reminders"
            self._add(forms[tab], setting, values[setting.key])
        if encryption is not None:
            state = QLabel(encryption)
            state.setObjectName("settings:encryption")
            state.setWordWrap(True)
            forms["security"].addRow(state)
            if manage_encryption is not None:
                button = QPushButton(self.tr("&Encryption…"))
                button.setObjectName("settings:manage-encryption")
                button.clicked.connect(lambda _checked=False: self._then(manage_encryption))
                forms["security"].addRow(button)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b71c1c")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit(self, 720, 560)

    def _then(self, action: Callable[[], None]) -> None:
        """Close without saving, then ``action`` (the encryption dialogs are the window's, not Settings')."""
        self.reject()
        action()

    def _add(self, form: QFormLayout, setting, value: Any) -> None:
        if setting.kind == "flag":
            box = QCheckBox(_label(setting))
            box.setChecked(bool(value))
            box.setObjectName(setting.key)
            form.addRow(box)
            self.inputs[setting.key] = box
            return
        edit: QWidget
        if setting.kind == "multiline":
            text = QPlainTextEdit(str(value))
            text.setTabChangesFocus(True)
            text.setMaximumHeight(text.fontMetrics().lineSpacing() * 5)
            edit = text
        else:
            edit = QLineEdit(", ".join(str(v) for v in value) if setting.kind == "lead_days" else str(value))
        edit.setObjectName(setting.key)
        edit.setAccessibleName(_label(setting))
        label = QLabel(_label(setting))
        label.setBuddy(edit)
        if self.service.is_personal(setting.key):
            edit.setToolTip(self.tr("Yours: kept on this computer, not shared with the caseload"))
        self.inputs[setting.key] = edit
        if setting.key == LOGO:
            form.addRow(label, self._logo_row(edit))
        else:
            form.addRow(label, edit)

    def _logo_row(self, edit: QWidget) -> QWidget:
        """The logo's file, a button to choose it, and the picture itself (or why there is none)."""
        assert isinstance(edit, QLineEdit)
        row = QWidget()
        row.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # as wide as the fields
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(edit, 1)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setObjectName("settings:choose-logo")
        choose.setAccessibleName(self.tr("Choose the logo image"))
        choose.clicked.connect(lambda _checked=False: self.choose_logo())
        line.addWidget(choose)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("settings:logo-preview")
        self.logo_preview.setFixedSize(LOGO_SIDE * 2, LOGO_SIDE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setWordWrap(True)
        line.addWidget(self.logo_preview)
        edit.textChanged.connect(self._show_logo)
        self._show_logo(edit.text())
        return row

    def choose_logo(self) -> None:
        edit = self.inputs[LOGO]
        start = str(Path(edit.text()).parent) if edit.text().strip() else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Logo for the letterhead"), start,
                                                    self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            edit.setText(path)

    def _show_logo(self, text: str) -> None:
        if not text.strip():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        picture = QPixmap(text.strip())
        if picture.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("Not an image that can be read"))
            return
        self.logo_preview.setPixmap(picture.scaled(self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def _value(self, setting) -> Any:
        widget = self.inputs[setting.key]
        if setting.kind == "flag":
            return widget.isChecked()
        if setting.kind == "multiline":
            return widget.toPlainText().strip()
        text = widget.text().strip()
        if setting.kind == "lead_days":
            parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
            if not all(p.isdigit() for p in parts):
                raise ServiceError(QCoreApplication.translate(
                        "Settings", "%1: whole numbers of days, separated by commas").replace(
                    "%1", _label(setting)))
            return [int(p) for p in parts]
        return text

    def accept(self) -> None:
        """Check every value first; save only when all are valid (nothing half-saved)."""
        values = {}
        for setting in SETTINGS:
            try:
                values[setting.key] = setting.check(self._value(setting))
            except ServiceError as exc:
                # The field's own label, not the setting's key; its tab shown and the field focused.
                words = str(exc)
                prefix = f"setting {setting.key}: "
                self.error.setText(colon(_label(setting), words[len(prefix):]) if words.startswith(prefix)
                                   else words)
                widget = self.inputs[setting.key]
                page = next(i for i in range(self.tabs.count())
                            if (tab := self.tabs.widget(i)) is not None and tab.isAncestorOf(widget))
                self.tabs.setCurrentIndex(page)
                widget.setFocus()
                return
        for key, value in values.items():
            self.service.set(key, value)
        i18n.save_choice(self.language.currentData())
        super().accept()

    @classmethod
    def ask(cls, service: SettingsService, parent=None, **options) -> bool:
        return cls(service, parent, **options).exec() == QDialog.DialogCode.Accepted
