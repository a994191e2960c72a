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
