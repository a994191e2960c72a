"""Settings in three tabs (Me and the letterhead / Reminders / Security) with a logo picker; the
caseworker's name asked at a start where none is set, before the first history entry."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from casedesk import app
from casedesk.arguments import parse
from casedesk.clock import FixedClock
from casedesk.context import build_context
from casedesk.domain.casefile import parse_case
from casedesk.services.settings import SettingsService
from casedesk.ui.commands.deadlines import DeadlineCommands
from casedesk.ui.settings_dialog import SettingsDialog

from helpers import minimal_case

TODAY = date(2026, 11, 21)


@pytest.fixture
def dialog(qtbot, db):
    d = SettingsDialog(SettingsService(db), encryption="The caseload is not encrypted.")
    qtbot.addWidget(d)
    d.show()
    return d


def tab_of(dialog, key: str) -> str:
    widget = dialog.inputs[key]
    return next(dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())
                if dialog.tabs.widget(i).isAncestorOf(widget))


def test_settings_are_in_three_tabs_the_caseworker_first(dialog):
    assert [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())] == [
        "Me and the letterhead", "Reminders", "Security"]
    assert dialog.tabs.currentIndex() == 0
    assert tab_of(dialog, "audit.caseworker_name") == "Me and the letterhead"
    assert tab_of(dialog, "letterhead.organisation") == "Me and the letterhead"
    assert tab_of(dialog, "reminders.lead_days.status_end") == "Reminders"
    assert tab_of(dialog, "calendar.names_in_titles") == "Security"
    assert "not encrypted" in dialog.findChild(QLabel, "settings:encryption").text()


def test_a_bad_reminder_shows_its_tab_and_names_the_field_not_the_key(qtbot, dialog, db):
    dialog.inputs["reminders.lead_days.passport"].setText("soon")
    dialog.inputs["audit.caseworker_name"].setText("Amira Haddad")
    dialog.accept()
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()).replace("&", "") == "Reminders"
    assert "passport expires" in dialog.error.text() and "reminders." not in dialog.error.text()
    assert SettingsService(db).get("audit.caseworker_name") == ""  # nothing half-saved


def test_the_logo_is_chosen_from_a_file_and_shown(qtbot, dialog, db, tmp_path, monkeypatch):
    logo = tmp_path / "logo.png"
    picture = QPixmap(200, 100)
    picture.fill(QColor("#1565c0"))
    assert picture.save(str(logo))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(logo), "")))
    assert dialog.logo_preview.text() == "No logo"
    qtbot.mouseClick(dialog.findChild(QPushButton, "settings:choose-logo"), Qt.MouseButton.LeftButton)
    assert dialog.inputs["letterhead.logo_path"].text() == str(logo)
    assert not dialog.logo_preview.pixmap().isNull() and dialog.logo_preview.pixmap().width() <= 128
    dialog.inputs["letterhead.logo_path"].setText(str(tmp_path / "notes.txt"))
    assert dialog.logo_preview.text() == "Not an image that can be read"
    dialog.inputs["letterhead.logo_path"].setText(str(logo))
    dialog.accept()
    assert SettingsService(db).get("letterhead.logo_path") == str(logo)


def existing(home) -> None:
    """A caseload that exists, unencrypted (a brand-new one is first offered encryption)."""
    ctx = build_context(data_dir=home, env={}, clock=FixedClock(TODAY))
    ctx.services.clients.add(parse_case(minimal_case("Jean", "Baptiste")), as_of=TODAY)
    ctx.close()


def start(home, monkeypatch, summaries: list):
    monkeypatch.setattr(DeadlineCommands, "show_morning_summary", lambda self, always=False: summaries.append(1))
    started = app.start(parse(["--data-dir", str(home)]), clock=FixedClock(TODAY), env={})
    assert isinstance(started, app.Started)
    return started


def test_the_first_start_asks_the_caseworkers_name_before_the_first_history_entry(
        qtbot, tmp_path, monkeypatch, restore_process_state):
    home = tmp_path / "home"
    existing(home)
    summaries: list = []
    started = start(home, monkeypatch, summaries)
    try:
        qtbot.addWidget(started.window)
        started.show()
        qtbot.waitUntil(lambda: started.name_dialog is not None and started.name_dialog.isVisible())
        asked = started.name_dialog
        assert summaries == []  # the morning summary waits for the answer
        asked.accept()
        assert asked.isVisible() and "Type your name" in asked.error.text()
        qtbot.keyClicks(asked.name, "Amira Haddad")
        qtbot.mouseClick(asked.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not asked.isVisible())  # written once the start-up backup is taken
        assert summaries == [1]
        settings = started.ctx.services.settings
        assert settings.get("audit.caseworker_name") == "Amira Haddad"
        assert settings.get("letterhead.caseworker_name") == "Amira Haddad"  # the signature, which was empty
        client = started.ctx.services.clients.add(parse_case(minimal_case("Marie", "Joseph")), as_of=TODAY)
        who = started.ctx.services.audit.trail(client)[0].actor
        assert who.startswith("Amira Haddad")
    finally:
        started.close()

    again: list = []
    started = start(home, monkeypatch, again)  # the name is set: not asked again
    try:
        qtbot.addWidget(started.window)
        started.show()
        qtbot.waitUntil(lambda: again == [1])
        assert started.name_dialog is None
    finally:
        started.close()


def test_later_leaves_the_login_and_the_window_works_meanwhile(qtbot, tmp_path, monkeypatch, restore_process_state):
    home = tmp_path / "home"
    existing(home)
    summaries: list = []
    started = start(home, monkeypatch, summaries)
    try:
        qtbot.addWidget(started.window)
        started.show()
        qtbot.waitUntil(lambda: started.name_dialog is not None and started.name_dialog.isVisible())
        started.window.search.setText("x")  # the window answers while the question waits
        started.window.apply_search()
        assert started.window.model.query == "x"
        qtbot.mouseClick(started.name_dialog.later_button, Qt.MouseButton.LeftButton)
        assert summaries == [1] and started.ctx.services.settings.get("audit.caseworker_name") == ""
    finally:
        started.close()
