"""Issue 13 in the client editor: a fact that cannot be true on the day is shown by its field and
keeps the dialog open; codes left unknown stay unknown, codes known to be none stay none."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit

from casedesk.domain.casefile import parse_case
from casedesk.ui.editor import ClientEditor

from helpers import minimal_case
from widgets import type_into as _type

TODAY = date(2026, 11, 21)


def _open(qtbot, facts=None) -> ClientEditor:
    editor = ClientEditor(facts, as_of=TODAY)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_a_birth_in_the_future_is_shown_by_its_field_and_nothing_is_saved(qtbot):
    editor = _open(qtbot)
    _type(qtbot, editor.findChild(QLineEdit, "client.family_name"), "Gomez")
    _type(qtbot, editor.findChild(QLineEdit, "client.date_of_birth"), "2031-01-01")
    save = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    error = editor.findChild(QLabel, "error:client.date_of_birth")
    assert error.text() == "in the future: 2031-01-01 is after today (2026-11-21)"
    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted and editor.accepted_facts is None
    _type(qtbot, editor.findChild(QLineEdit, "client.date_of_birth"), "2001-01-01")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert editor.accepted_facts is not None and editor.accepted_facts.client.date_of_birth == date(2001, 1, 1)


def test_unknown_and_none_codes_come_back_as_they_went_in(qtbot):
    unknown = _open(qtbot, parse_case(minimal_case(client={"family_name": "A", "citizenships": None})))
    assert unknown.facts().client.citizenships is None
    none = _open(qtbot, parse_case(minimal_case(client={"family_name": "A", "citizenships": [], "languages": None})))
    facts = none.facts()
    assert facts.client.citizenships == () and facts.client.languages is None
    _type(qtbot, none.findChild(QLineEdit, "client.citizenships"), "ht")
    assert none.facts().client.citizenships == ("HT",)


@pytest.fixture
def french():
    """The interface in French for one test, English again after it."""
    from casedesk.ui import i18n

    assert i18n.install("fr") == "fr"
    yield
    i18n.install("en")


def test_a_french_editor_words_its_field_errors_in_french(qtbot, french):
    editor = _open(qtbot)
    _type(qtbot, editor.findChild(QLineEdit, "client.family_name"), "Gomez")
    _type(qtbot, editor.findChild(QLineEdit, "client.date_of_birth"), "2031-01-01")
    save = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    error = editor.findChild(QLabel, "error:client.date_of_birth")
    assert error.text() == "dans le futur\u00a0: le 1er janvier 2031 est après aujourd’hui (21 novembre 2026)"
    assert editor.accepted_facts is None
    _type(qtbot, editor.findChild(QLineEdit, "client.date_of_birth"), "1990-13-45")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert error.text() == "pas une date\u00a0: '1990-13-45'"
    assert "not a date" not in error.text()
