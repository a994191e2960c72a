"""The language setting: chosen in Settings, kept with the window state of this computer, applied by a
real start (``app.start``) before any window is built; ``--lang`` overrides it for one run."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt

from casedesk import app
from casedesk.arguments import parse
from casedesk.clock import FixedClock
from casedesk.config import resolve_paths
from casedesk.ui import i18n
from casedesk.ui.settings_dialog import SettingsDialog

from widgets import choose

TODAY = date(2026, 11, 21)


@pytest.fixture
def english_after():
    """Whatever a test installs, the next one starts in English with no choice file."""
    yield
    i18n.use_choice_file(None)
    i18n.install("en")


def _menus(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_the_choice_is_saved_by_settings(qtbot, db, tmp_path, english_after):
    from casedesk.services.settings import SettingsService

    state = tmp_path / "window-state.ini"
    i18n.use_choice_file(state)
    dialog = SettingsDialog(SettingsService(db))
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system"
    choose(dialog.language, "fr")
    dialog.accept()
    assert QSettings(str(state), QSettings.Format.IniFormat).value(i18n.KEY) == "fr"
    assert i18n.saved_choice() == "fr"
    assert i18n.language() == "en"  # from the next start, not under the open windows


def test_a_start_speaks_the_saved_language_and_lang_overrides_it(qtbot, tmp_path, restore_process_state,  # noqa: F811
                                                                 english_after):
    home = tmp_path / "home"
    paths = resolve_paths(home)
    paths.ensure()
    settings = QSettings(str(paths.ui_state_file), QSettings.Format.IniFormat)
    settings.setValue(i18n.KEY, "fr")
    settings.sync()

    started = app.start(parse(["--data-dir", str(home), "--smoke-test"]), clock=FixedClock(TODAY), env={})
    assert isinstance(started, app.Started)
    try:
        qtbot.addWidget(started.window)
        assert i18n.language() == "fr"
        assert _menus(started.window)[:3] == ["&Fichier", "É&dition", "&Client"]
        model = started.window.model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert {"Nom", "Pays", "Meilleure voie"} <= set(headers)
        qtbot.waitUntil(lambda: not started.window.runner.busy, timeout=60_000)
    finally:
        started.close()

    started = app.start(parse(["--data-dir", str(home), "--lang", "en", "--smoke-test"]), clock=FixedClock(TODAY),
                        env={})
    assert isinstance(started, app.Started)
    try:
        qtbot.addWidget(started.window)
        assert i18n.language() == "en" and _menus(started.window)[0] == "&File"
        qtbot.waitUntil(lambda: not started.window.runner.busy, timeout=60_000)
    finally:
        started.close()


def test_an_unknown_saved_choice_follows_the_system(tmp_path, english_after):
    state = tmp_path / "window-state.ini"
    QSettings(str(state), QSettings.Format.IniFormat).setValue(i18n.KEY, "klingon")
    i18n.use_choice_file(state)
    assert i18n.saved_choice() == "system"
    assert i18n.resolve("system", {"LANG": "fr_CA.UTF-8"}) == "fr"
    assert i18n.resolve("system", {"LC_ALL": "en_CA.UTF-8", "LANG": "fr_CA.UTF-8"}) == "en"
    assert i18n.resolve(None, {}) == "en"
