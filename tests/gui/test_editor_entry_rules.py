"""Issue 13 in the client editor: a fact that cannot be true on the day is shown by its field and
keeps the dialog open; codes left unknown stay unknown, codes known to be none stay none."""

from __future__ import annotations

from datetime import date

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
