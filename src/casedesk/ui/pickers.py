"""Inputs that speak in plain terms and store codes: countries and languages chosen by name with
type-ahead (English and French names, or the code itself), dates typed forgivingly or picked from
a calendar. Empty always means "not known". What cannot be read goes to the validator as typed,
which names the field, so nothing is silently changed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, QStringListModel, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QCompleter, QLineEdit, QStyle, QWidget

from ..domain.summary import fold


def _tr(text: str) -> str:
    return QCoreApplication.translate("Pickers", text)


def _key(text: str) -> str:
    """For matching: the caseload search's folding (no accents, no case; ø, ß…), single spaces."""
    return " ".join(fold(text).split())


# --- the lists ------------------------------------------------------------------------------------

def countries() -> dict[str, tuple[str, ...]]:
    """ISO 3166 alpha-2 code -> its names, in the interface's language first (English, French)."""
    from .labels import ui_language

    return _countries(ui_language())


@functools.cache
def _countries(language: str) -> dict[str, tuple[str, ...]]:
    from ..text.fr.vocab import VOCAB as FR

    french = FR.get("country", {})
    out: dict[str, tuple[str, ...]] = {}
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if len(code) != 2 or not code.isalpha() or territory == QLocale.Country.AnyTerritory:
            continue
        names = [QLocale.territoryToString(territory)]
        if french.get(code.upper()) and french[code.upper()] not in names:
            names.insert(0 if language == "fr" else 1, french[code.upper()])
        out.setdefault(code.upper(), tuple(names))
    return out


def languages() -> dict[str, tuple[str, ...]]:
    """ISO 639-1 code -> its name in the interface's language, and its own name where Qt knows it
    ("es": Spanish, español; in French: espagnol, español)."""
    from .labels import ui_language

    return _languages(ui_language())


@functools.cache
def _french_language_names() -> dict[str, str]:
    from .i18n import i18n_dir

    text = (i18n_dir().parent / "languages" / "names-fr.tab").read_text("utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))


@functools.cache
def _languages(interface: str) -> dict[str, tuple[str, ...]]:
    french = _french_language_names() if interface == "fr" else {}
    out: dict[str, tuple[str, ...]] = {}
    for language in QLocale.Language:
        if language in (QLocale.Language.AnyLanguage, QLocale.Language.C):
            continue
        code = QLocale.languageToCode(language, QLocale.LanguageCodeType.ISO639Part1)
        if len(code) != 2:
            continue
        names = [QLocale.languageToString(language)]
        native = QLocale(language).nativeLanguageName()
        if native and native.casefold() != names[0].casefold():
            names.append(native)
        if french.get(code.lower()):
            names.insert(0, french[code.lower()])
        elif french and len(names) > 1:  # in French, a language's own name before its English one
            names.reverse()
        out.setdefault(code.lower(), tuple(names))
    return out


class Vocabulary:
    """Codes with names: the words to offer, and the code a typed word stands for."""

    def __init__(self, table: dict[str, tuple[str, ...]], upper: bool):
        self.table = table
        self.upper = upper
        self.by_word: dict[str, str] = {}
        for code, names in table.items():
            for name in names:
                self.by_word.setdefault(_key(name), code)
        self.entries = sorted(f"{names[0]} ({code})" for code, names in table.items())
        self.entries += sorted(f"{name} ({code})" for code, names in table.items() for name in names[1:])

    def name(self, code: Any) -> str:
        """The first name of ``code``; the code itself when it is not one of ours."""
        names = self.table.get(str(code).upper() if self.upper else str(code).lower())
        return names[0] if names else str(code)

    def code(self, text: str) -> str | None:
        """The code that ``text`` (a name, "Name (CODE)" or the code) stands for; None if none."""
        text = text.strip()
        found = re.fullmatch(r".*\(([A-Za-z]{2,3})\)\s*", text)
        if found:
            text = found.group(1)
        candidate = text.upper() if self.upper else text.lower()
        if candidate in self.table:
            return candidate
        return self.by_word.get(_key(text))


def country_vocabulary() -> Vocabulary:
    from .labels import ui_language

    return _country_vocabulary(ui_language())


@functools.cache
def _country_vocabulary(language: str) -> Vocabulary:
    return Vocabulary(_countries(language), upper=True)


def language_vocabulary() -> Vocabulary:
    from .labels import ui_language

    return _language_vocabulary(ui_language())


@functools.cache
def _language_vocabulary(language: str) -> Vocabulary:
    return Vocabulary(_languages(language), upper=False)


# --- the inputs ----------------------------------------------------------------------------------

class _ListCompleter(QCompleter):
    """Completes the part after the last comma, keeping what is before it."""

    def __init__(self, entries: list[str], parent: QWidget, many: bool):
        super().__init__(QStringListModel(entries, parent), parent)
        self.many = many
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt override)
        return [path.rsplit(",", 1)[-1].strip()] if self.many else [path.strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 (Qt override)
        chosen = str(index.data())
        widget = self.widget()
        if not self.many or not isinstance(widget, QLineEdit) or "," not in widget.text():
            return chosen
        head = widget.text().rsplit(",", 1)[0]
        return f"{head}, {chosen}"


def codes_or_unknown(codes: list[Any], said_none: bool) -> list[Any] | None:
    """An empty list field is unknown (null), unless the case said "none" ([]) and it is still empty:
    unknown and none stay apart (issue 13). One rule for every field that edits a list of codes."""
    return codes or ([] if said_none else None)


class CodeField(QLineEdit):
    """One code (a country) or several separated by commas, typed or chosen by name; stored as codes."""

    def __init__(self, vocabulary: Vocabulary, many: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.many = many
        self.setCompleter(_ListCompleter(vocabulary.entries, self, many))

    def _one(self, text: str) -> Any:
        return self.vocabulary.code(text) or text.strip()  # unreadable: to the validator as typed

    _none = False  # the case said "none" ([]): an empty field keeps saying so; else empty is unknown

    def get(self) -> Any:
        if self.many:
            codes = [self._one(part) for part in self.text().split(",") if part.strip()]
            return codes_or_unknown(codes, self._none)
        return self._one(self.text()) if self.text().strip() else None

    def set(self, value: Any) -> None:
        if self.many:
            self._none = value == []
            self.setText(", ".join(self.vocabulary.name(v) for v in value or ()))
        else:
            self.setText("" if value is None else self.vocabulary.name(value))

    def on_change(self, slot: Callable[[], None]) -> None:
        self.textChanged.connect(slot)


def read_date(text: str, locale: QLocale | None = None) -> date | None:
    """A date typed the way people type them: ISO, the locale's short or long format, day and month in
    the locale's order with / . - or spaces, or with the month's name ("2 Dec 2026")."""
    text = " ".join(text.split())
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    locale = locale or QLocale()
    day_first = locale.dateFormat(QLocale.FormatType.ShortFormat).lower().find("d") < \
        locale.dateFormat(QLocale.FormatType.ShortFormat).lower().find("m")
    numeric = re.fullmatch(r"(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})", text)
    if numeric:
        a, b, year = (int(g) for g in numeric.groups())
        day, month = (a, b) if day_first else (b, a)
        try:
            return date(year, month, day)
        except ValueError:
            return None
    for fmt in (locale.dateFormat(QLocale.FormatType.ShortFormat), locale.dateFormat(QLocale.FormatType.LongFormat),
                "d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMMM d, yyyy"):
        for loc in (locale, QLocale(QLocale.Language.English)):
            parsed = loc.toDate(text, fmt)
            if parsed.isValid() and parsed.year() > 1800:
                return date(parsed.year(), parsed.month(), parsed.day())
    return None


class DateField(QLineEdit):
    """A date, typed forgivingly or picked from a calendar (the button, Alt+Down or F4); shown as
    YYYY-MM-DD, the one date format of the app. Empty means not known."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("Pickers", "YYYY-MM-DD, or pick a date (Alt+Down)"))
        self.pick = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown), QCoreApplication.translate(
                "Pickers", "Pick a date"), self)
        self.pick.setToolTip(QCoreApplication.translate("Pickers", "Pick a date (Alt+Down)"))
        self.pick.triggered.connect(self.show_calendar)
        self.addAction(self.pick, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar: QCalendarWidget | None = None
        self.editingFinished.connect(self._tidy)

    def _tidy(self) -> None:
        """What was typed and could be read is shown as YYYY-MM-DD."""
        read = read_date(self.text())
        if read is not None and read.isoformat() != self.text():
            self.setText(read.isoformat())

    def get(self) -> Any:
        text = self.text().strip()
        if not text:
            return None
        read = read_date(text)
        return read.isoformat() if read is not None else text

    def set(self, value: Any) -> None:
        self.setText("" if value is None else str(value))

    def on_change(self, slot: Callable[[], None]) -> None:
        self.textChanged.connect(slot)

    def show_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setObjectName("date-picker")
            self.calendar.setAccessibleName(QCoreApplication.translate("Pickers", "Pick a date"))
            self.calendar.setGridVisible(True)
            self.calendar.activated.connect(self._picked)
            self.calendar.clicked.connect(self._picked)
        read = read_date(self.text())
        if read is not None:
            self.calendar.setSelectedDate(QDate(read))
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.setText(date(day.year(), day.month(), day.day()).isoformat())
        if self.calendar is not None:
            self.calendar.hide()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down
                                            and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return
        super().keyPressEvent(event)
