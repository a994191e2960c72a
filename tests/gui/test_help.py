"""Help opens offline: the guide shipped with the program, the keyboard shortcuts read from the
window's actions, and what each verdict, urgency and confidence mark means."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextBrowser

from casedesk.clock import FixedClock
from casedesk.services.bundle import Services
from casedesk.ui import help as help_module
from casedesk.ui.help import GUIDE, MARKS, SHORTCUTS, HelpDialog
from casedesk.ui.labels import VERDICTS
from casedesk.ui.main_window import MainWindow
from casedesk.ui.policy_view import CONFIDENCE_WORDS

from helpers import shipped

TODAY = date(2026, 12, 2)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(Services(db, shipped()), None, FixedClock(TODAY))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_guide_ships_inside_the_package_and_in_the_bundle():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert project["package-dir"]["casedesk.resources"] == "resources"  # the wheel carries resources/ whole
    assert project["package-data"]["casedesk.resources"] == ["**/*"]
    assert help_module.guide_file() == ROOT / "resources" / "help" / "guide.md"
    spec = (ROOT / "packaging" / "casedesk.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "casedesk/resources")' in spec  # the frozen bundle carries resources/


def test_f1_opens_the_guide_offline(qtbot, window, monkeypatch):
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        return 0

    monkeypatch.setattr(HelpDialog, "exec", exec_)
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert dialog.tabs.currentIndex() == GUIDE
    text = dialog.text(GUIDE)
    assert text.startswith("CaseDesk: the user guide") and "The morning" in text and "Show done and snoozed" in text
    browser = dialog.pages[GUIDE]
    assert isinstance(browser, QTextBrowser) and not browser.openLinks() and not browser.openExternalLinks()


def test_a_missing_guide_says_so(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(help_module, "guide_file", lambda: tmp_path / "gone.md")
    dialog = HelpDialog([])
    qtbot.addWidget(dialog)
    assert "could not be read" in dialog.text(GUIDE) and "Reinstall" in dialog.text(GUIDE)


def test_the_shortcuts_page_lists_the_windows_keys(qtbot, window):
    dialog = HelpDialog(window.actions(), window, SHORTCUTS)
    qtbot.addWidget(dialog)
    text = dialog.text(SHORTCUTS)
    for name, key in (("Interview", "Ctrl+I"), ("Undo", "Ctrl+Z"), ("Find", "Ctrl+F"), ("History", "Ctrl+H"),
                      ("Upcoming Deadlines", "Ctrl+U"), ("User Guide", "F1")):
        lines = text.splitlines()  # a cell a line: what, then its key
        assert name in lines and key in lines[lines.index(name) + 1], (name, text)
    assert "&" not in text.replace("&&", "")


def test_the_marks_page_explains_every_verdict_and_confidence(qtbot):
    dialog = HelpDialog([], None, MARKS)
    qtbot.addWidget(dialog)
    text = dialog.text(MARKS)
    for symbol, words, _colour in VERDICTS.values():
        assert f"{symbol} {words}" in text
    for words in CONFIDENCE_WORDS.values():
        assert words in text
    assert "Overdue 3 days" in text and "2026-12-02" in text


def test_the_help_menu_offers_the_three_pages_and_about(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "&User Guide", "&Keyboard Shortcuts", "What the &Marks Mean", "&About CaseDesk"]


def test_search_typed_on_the_upcoming_tab_shows_the_caseload_it_filters(qtbot, window):
    window.tabs.setCurrentWidget(window.upcoming)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "zz")
    assert window.tabs.currentWidget() is window.table
    QApplication.processEvents()
    assert window.model.query == "zz"
