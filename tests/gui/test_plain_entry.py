"""Data entry in plain terms: countries and languages by name (stored as codes), dates typed
forgivingly or picked from a calendar (unknown stays possible), plain section names, "not asked
yet" apart from "none", and the interview never asking the marital status twice."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QCalendarWidget, QGroupBox, QLabel, QLineEdit

from casedesk.domain.casefile import parse_case
from casedesk.ui.editor import ClientEditor
from casedesk.ui.interview import InterviewWizard, Page
from casedesk.ui.pickers import DateField, read_date
from widgets import type_into as _type

TODAY = date(2026, 11, 21)


def _editor(qtbot, facts=None) -> ClientEditor:
    editor = ClientEditor(facts)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _field(editor, path: str) -> QLineEdit:
    field = editor.findChild(QLineEdit, path)
    assert field is not None, path
    return field


def test_countries_and_languages_are_typed_by_name_and_stored_as_codes(qtbot):
    editor = _editor(qtbot)
    _type(qtbot, _field(editor, "client.given_names"), "Minh")
    _type(qtbot, _field(editor, "client.country_of_birth"), "Vietnam")
    _type(qtbot, _field(editor, "client.citizenships"), "Viet Nam, Syrie, CO")  # English, French, a code
    _type(qtbot, _field(editor, "client.languages"), "Vietnamese, francais, Arabic")
    facts = editor.facts()
    assert facts is not None
    assert facts.client.country_of_birth == "VN"
    assert facts.client.citizenships == ("VN", "SY", "CO")
    assert facts.client.languages == ("vi", "fr", "ar")
    again = _editor(qtbot, facts)  # shown by name when the file is opened again
    assert _field(again, "client.citizenships").text() == "Vietnam, Syria, Colombia"
    assert _field(again, "client.languages").text() == "Vietnamese, French, Arabic"


def test_the_country_completer_offers_names_as_one_types(qtbot):
    editor = _editor(qtbot)
    field = _field(editor, "client.country_of_birth")
    completer = field.completer()
    completer.setCompletionPrefix("sudan")
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert "Sudan (SD)" in offered and "South Sudan (SS)" in offered


@pytest.mark.parametrize(("text", "locale", "day"), [
    ("2026-12-02", QLocale.Country.UnitedStates, date(2026, 12, 2)),
    ("2/12/2026", QLocale.Country.UnitedKingdom, date(2026, 12, 2)),   # day first where the locale says so
    ("12/2/2026", QLocale.Country.UnitedStates, date(2026, 12, 2)),    # month first in the U.S.
    ("2 Dec 2026", QLocale.Country.Canada, date(2026, 12, 2)),
    ("December 2, 2026", QLocale.Country.Canada, date(2026, 12, 2)),
    ("31/02/2026", QLocale.Country.UnitedKingdom, None),
    ("soon", QLocale.Country.Canada, None),
])
def test_dates_are_read_forgivingly_in_the_locales_order(text, locale, day):
    assert read_date(text, QLocale(QLocale.Language.English, locale)) == day


def test_a_date_is_picked_from_a_calendar_and_unknown_stays_possible(qtbot):
    editor = _editor(qtbot)
    field = _field(editor, "client.date_of_birth")
    assert isinstance(field, DateField)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the keyboard opens it too
    calendar = field.findChild(QCalendarWidget, "date-picker")
    assert calendar is not None and calendar.isVisible()
    calendar.setSelectedDate(QDate(1990, 6, 15))
    calendar.activated.emit(QDate(1990, 6, 15))
    assert field.text() == "1990-06-15" and not calendar.isVisible()
    _type(qtbot, _field(editor, "client.given_names"), "Ana")
    assert editor.facts().client.date_of_birth == date(1990, 6, 15)
    field.clear()  # not known
    assert editor.facts().client.date_of_birth is None
    _type(qtbot, field, "15 Jun 1990")
    assert editor.facts().client.date_of_birth == date(1990, 6, 15)


def test_sections_have_plain_names_and_not_asked_differs_from_none(qtbot):
    editor = _editor(qtbot)
    titles = [editor._sections.item(i).text() for i in range(editor._sections.count())]
    assert "Work and education" in titles and "Human capital" not in titles
    box = editor.findChild(QGroupBox, "us_status")
    empty = box.findChild(QLabel, "empty:us_status")
    assert not box.isChecked() and empty.text() == "Not asked yet."
    box.setChecked(True)
    assert empty.text() == "None: the client has no U.S. status."


def test_the_interview_asks_about_the_partner_once(qtbot, spec_case):
    case = dict(spec_case)
    case["client"] = {**case["client"], "marital_status": None}
    case["partner"] = None
    wizard = InterviewWizard(parse_case(case), lambda f: None, None, TODAY)
    qtbot.addWidget(wizard)
    screen = wizard.page(int(Page.PARTNER_SCREEN))
    screen.marital.widget.setCurrentIndex(screen.marital.widget.findData("married"))
    # Married says there is a spouse: "does the client have a spouse or partner" is not asked...
    assert screen.has_partner.get() is True
    assert not screen.form.isRowVisible(screen.has_partner.cell)
    details = wizard.page(int(Page.PARTNER_DETAILS))
    details.initializePage()
    # ...nor "are they married, common-law or conjugal": carried forward from the marital status.
    assert details.relationship.get() == "spouse"
    assert not details.form.isRowVisible(details.relationship.cell)
    screen.marital.widget.setCurrentIndex(screen.marital.widget.findData("separated"))
    assert screen.form.isRowVisible(screen.has_partner.cell)  # separated: a new partner is possible, so ask
    details.initializePage()
    assert details.form.isRowVisible(details.relationship.cell)
