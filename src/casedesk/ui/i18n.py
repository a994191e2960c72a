"""The interface's language: Qt translators installed before any window is built.

CaseDesk's own words come from ``resources/i18n/casedesk_<lang>.qm`` (built from the ``.ts`` kept
beside it: ``scripts/translations``), Qt's (standard buttons and dialogs) from the ``qtbase_<lang>.qm``
that ships with PySide6. The choice (follow the system, English, French) is a preference of this
computer's user, not of the caseload, so it lives with the window state (``window-state.ini``) and
is known before the caseload is unlocked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..text.choice import CHOICES, SYSTEM, resolve

__all__ = ["CHOICES", "SYSTEM", "apply_saved", "install", "language", "resolve", "save_choice", "saved_choice"]

KEY = "interface/language"
_state: dict[str, object] = {"language": "en", "translators": [], "choice_file": None, "locale": None}


def i18n_dir() -> Path:
    source_tree = Path(__file__).resolve().parents[3] / "resources" / "i18n"
    if source_tree.exists():
        return source_tree
    import importlib.resources

    return Path(str(importlib.resources.files("casedesk") / "resources" / "i18n"))


def language() -> str:
    """The language the interface speaks now ("en" or "fr")."""
    return str(_state["language"])


def install(language_code: str) -> str:
    """Speak ``language_code`` from now on: Qt's and CaseDesk's translators, and the locale dates
    and numbers are shown in. Returns the language installed (English when a file is missing)."""
    app = QCoreApplication.instance()
    assert app is not None, "install() needs the application"
    for old in list(_state["translators"]):  # type: ignore[call-overload]
        app.removeTranslator(old)
    _state["translators"] = []
    if _state["locale"] is None:
        _state["locale"] = QLocale()
    if language_code == "fr":
        ours = QTranslator(app)
        if ours.load(str(i18n_dir() / "casedesk_fr.qm")):
            qt_base = QTranslator(app)
            if qt_base.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt_base)
                _state["translators"].append(qt_base)  # type: ignore[attr-defined]
            app.installTranslator(ours)
            _state["translators"].append(ours)  # type: ignore[attr-defined]
            QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Canada))
            _state["language"] = "fr"
            return "fr"
    start_locale = _state["locale"]
    assert isinstance(start_locale, QLocale)
    QLocale.setDefault(start_locale if start_locale.language() != QLocale.Language.French
                       else QLocale(QLocale.Language.English, QLocale.Country.Canada))
    _state["language"] = "en"
    return "en"


# --- the saved choice -----------------------------------------------------------------------------

def use_choice_file(path: Path | None) -> None:
    """Where the choice is kept (the window-state file of the data folder; None: not kept, e.g. demo)."""
    _state["choice_file"] = path


def saved_choice() -> str:
    path = _state["choice_file"]
    if path is None:
        return SYSTEM
    value = QSettings(str(path), QSettings.Format.IniFormat).value(KEY, SYSTEM)
    return value if value in CHOICES else SYSTEM


def save_choice(choice: str) -> None:
    if choice not in CHOICES:
        raise ValueError(choice)
    path = _state["choice_file"]
    if path is not None:
        settings = QSettings(str(path), QSettings.Format.IniFormat)
        settings.setValue(KEY, choice)
        settings.sync()


def apply_saved(override: str | None = None) -> str:
    """At start: ``override`` (``--lang``) if given, else the saved choice, made concrete and installed."""
    return install(resolve(override or saved_choice()))
