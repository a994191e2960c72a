"""Declared settings: the dialog shows them, refuses bad values whole, and the calendar uses them."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit

from casedesk.services.settings import SettingsService
from casedesk.ui.settings_dialog import SettingsDialog


def test_lead_times_are_saved_and_bad_input_changes_nothing(qtbot, db):
    service = SettingsService(db)
    assert service.lead_days("status_end") == [90, 30, 7]
    dlg = SettingsDialog(service)
    qtbot.addWidget(dlg)
    status = dlg.findChild(QLineEdit, "reminders.lead_days.status_end")
    passport = dlg.findChild(QLineEdit, "reminders.lead_days.passport")
    status.setText("120, 60, 14, 3")
    passport.setText("soon")
    dlg.accept()
    assert "whole numbers of days" in dlg.error.text()
    assert service.lead_days("status_end") == [90, 30, 7]  # nothing half-saved
    passport.setText("180")
    dlg.findChild(QCheckBox, "calendar.names_in_titles").setChecked(True)
    dlg.accept()
    assert service.lead_days("status_end") == [120, 60, 14, 3]
    assert service.lead_days("passport") == [180]
    assert service.get("calendar.names_in_titles") is True


def test_saving_settings_refreshes_how_an_ended_status_shows_in_the_caseload(qtbot, db, monkeypatch):
    from datetime import date

    from casedesk.clock import FixedClock
    from casedesk.services.bundle import Services
    from casedesk.storage.quickread import ENDED_AFTER_KEY
    from casedesk.ui import settings_dialog
    from casedesk.ui.main_window import MainWindow
    from helpers import shipped

    services = Services(db, shipped())
    w = MainWindow(services, None, FixedClock(date(2026, 12, 2)))
    qtbot.addWidget(w)
    assert w.model._ended_after == 30

    def save(settings, parent=None, **_options):
        settings.set(ENDED_AFTER_KEY, 90)
        return True

    monkeypatch.setattr(settings_dialog.SettingsDialog, "ask", staticmethod(save))
    w.commands.general.edit_settings()
    assert w.model._ended_after == 90  # read again after the save, not at the next keystroke
