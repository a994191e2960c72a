"""The client editor, driven through its widgets: round trips, errors by field, rows, accessibility."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QDialogButtonBox, QGroupBox, QLabel, QLineEdit, QListWidget,
    QPlainTextEdit, QPushButton, QStackedWidget, QWidget,
)

from casedesk.domain import casefields as cf
from casedesk.domain.casefile import case_to_dict, parse_case, read_case
from casedesk.domain.facts import CaseFacts, Identity, Relative, UsStatus
from casedesk.ui import editor
from casedesk.ui.editor import ClientEditor
from widgets import named as _w, choose as _choose, type_into as _type

# The offscreen platform plugin warns whenever a window with a layout gets its size limits; that
# is the test platform talking, not this code.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def minimal_case() -> dict:
    return {"format": "casedesk.case/1", "client": {"given_names": "Ana", "family_name": "Gómez"}}


@pytest.fixture
def ielts_case(spec_case) -> dict:
    """Every kind of language result: a raw IELTS result inside ``clb``, a TEF result beside
    ``language``, spouse levels; plus a job offer, notes, and more rows."""
    case = copy.deepcopy(spec_case)
    case["human_capital"]["first_language"] = {
        "language": "english",
        "clb": {"test": "ielts_general",
                "scores": {"speaking": 6.5, "listening": 7.5, "reading": 6, "writing": 6.5}},
    }
    case["human_capital"]["second_language"] = {
        "language": "french", "test": "tef_canada",
        "scores": {"speaking": 310, "listening": 249, "reading": 207},
    }
    case["human_capital"]["spouse"] = {
        "education": "bachelor",
        "first_language": {"clb": {"speaking": 5, "listening": 6, "reading": 5, "writing": 4}},
        "canadian_work_years": 1,
    }
    case["job_offer"] = {"province": "ON", "teer": 0}
    case["business"] = {"net_worth_cad": 1250000.5, "designated_org_support": None}
    case["relatives_in_canada"].append({"relation": "sister", "status": None, "age": None})
    case["parents"].append({"relation": "father", "canadian_at_client_birth": None,
                            "canadian_by": "naturalization", "days_in_canada_before_client_birth": 1095})
    case["canada_entry"]["claim_made_on"] = "2026-10-03"
    case["notes"] = "Called on Monday.\n\tBrother will send documents."
    return case


def _open(qtbot, facts: CaseFacts | None = None) -> ClientEditor:
    editor = ClientEditor(facts)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _save(qtbot, editor: ClientEditor) -> None:
    qtbot.mouseClick(editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


# --- round trips ------------------------------------------------------------------------------

@pytest.mark.parametrize("case_name", ["spec_case", "ielts_case"])
def test_a_full_case_round_trips_through_the_widgets(qtbot, request, case_name):
    facts = parse_case(request.getfixturevalue(case_name))
    editor = _open(qtbot, facts)

    assert editor.document() == case_to_dict(facts)
    again, errors, warnings = read_case(editor.document())
    assert (errors, warnings) == ([], [])
    assert again == facts
    assert editor.facts() == facts


def test_loading_fills_the_widgets_with_labels_and_codes(qtbot, ielts_case):
    editor = _open(qtbot, parse_case(ielts_case))

    assert _w(editor, "client.given_names", QLineEdit).text() == "María José"
    assert _w(editor, "client.date_of_birth", QLineEdit).text() == "1994-05-02"
    assert _w(editor, "client.languages", QLineEdit).text() == "Spanish, English"  # by name, stored as codes
    status = _w(editor, "relatives_in_canada[0].status", QComboBox)
    assert (status.currentText(), status.currentData()) == ("Permanent resident", "permanent_resident")
    assert _w(editor, "partner.lives_in_canada", QComboBox).currentText() == "Yes"
    assert _w(editor, "canadian_documents.valid_visa_or_permit", QComboBox).currentText() == "No"
    assert _w(editor, "us_status[1].valid_until", QLineEdit).text() == ""
    assert _w(editor, "us_status[1].country", QLineEdit).text() == "Venezuela"
    assert _w(editor, "human_capital.first_language.clb.test", QComboBox).currentData() == "ielts_general"
    assert _w(editor, "human_capital.first_language.clb.scores.listening", QLineEdit).text() == "7.5"
    assert _w(editor, "human_capital.spouse.first_language.clb.writing", QLineEdit).text() == "4"
    assert _w(editor, "business.net_worth_cad", QLineEdit).text() == "1250000.5"
    assert _w(editor, "job_offer.teer", QComboBox).currentData() == 0
    assert _w(editor, "notes", QPlainTextEdit).toPlainText() == ielts_case["notes"]
    # Only the rows of the chosen result form are shown.
    box = _w(editor, "human_capital.first_language", QGroupBox)
    assert not _w(editor, "human_capital.first_language.clb.speaking").isVisibleTo(box)
    assert _w(editor, "human_capital.first_language.clb.scores.speaking").isVisibleTo(box)


def test_a_new_client_is_all_unknown(qtbot):
    editor = _open(qtbot)
    doc = editor.document()
    assert doc["client"]["date_of_birth"] is None
    for section in ("partner", "minor", "canadian_documents", "canada_entry", "human_capital",
                    "job_offer", "self_employment", "business"):
        assert doc[section] is None, section
    assert doc["intends_quebec"] is None and "notes" not in doc
    combo = _w(editor, "client.marital_status", QComboBox)
    assert (combo.currentText(), combo.currentData()) == ("Unknown", None)

    _type(qtbot, _w(editor, "client.family_name", QLineEdit), "Gomez")
    assert editor.facts() == CaseFacts(client=Identity(family_name="Gomez"))

    # Lists: unchecked = not asked yet (None); checked without entries = asked, none (()).
    assert doc["us_status"] is None and doc["relatives_in_canada"] is None and doc["parents"] is None
    _w(editor, "parents", QGroupBox).setChecked(True)
    assert not _w(editor, "add:us_status").isEnabled()
    facts = editor.facts()
    assert (facts.parents, facts.us_status) == ((), None)


# --- errors beside their fields ---------------------------------------------------------------

def test_an_invalid_date_is_shown_by_its_field_and_keeps_the_dialog_open(qtbot, spec_case):
    editor = _open(qtbot, parse_case(spec_case))
    editor.findChild(QListWidget, "sections").setCurrentRow(7)   # somewhere else
    field = _w(editor, "client.date_of_birth", QLineEdit)
    _type(qtbot, field, "1990-13-45")

    _save(qtbot, editor)

    error = _w(editor, "error:client.date_of_birth", QLabel)
    assert error.text() == "not a date: '1990-13-45'"
    assert error.isVisible()
    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted
    assert editor.accepted_facts is None
    sections = editor.findChild(QListWidget, "sections")
    assert sections.item(0).text() == "\N{WARNING SIGN} Identity"
    assert not sections.item(1).text().startswith("\N{WARNING SIGN}")
    assert editor.findChild(QStackedWidget).currentIndex() == 0
    assert editor.focusWidget() is field
    assert field.accessibleDescription() == error.text()

    # Fixed, the errors go away and Save closes the dialog.
    _type(qtbot, field, "1990-12-31")
    _save(qtbot, editor)
    assert editor.result() == QDialog.DialogCode.Accepted
    assert editor.accepted_facts.client.date_of_birth == date(1990, 12, 31)
    assert not error.isVisible() and error.text() == ""
    assert sections.item(0).text() == "Identity"


def test_text_in_a_number_field_reaches_the_validator_as_typed(qtbot, spec_case):
    editor = _open(qtbot, parse_case(spec_case))
    _type(qtbot, _w(editor, "relatives_in_canada[0].age", QLineEdit), "thirty")
    _type(qtbot, _w(editor, "human_capital.foreign_work_years", QLineEdit), "2.5")
    _type(qtbot, _w(editor, "client.citizenships", QLineEdit), "VE, Atlantis")  # a name no country has

    assert editor.facts() is None

    assert _w(editor, "error:relatives_in_canada[0].age").text() == "not a whole number: 'thirty'"
    assert _w(editor, "error:human_capital.foreign_work_years").text() == "not a whole number: '2.5'"
    assert "'Atlantis'" in _w(editor, "error:client.citizenships").text()
    marked = [editor.findChild(QListWidget, "sections").item(i).text() for i in range(11)]
    assert [t for t in marked if t.startswith("\N{WARNING SIGN}")] == [
        "\N{WARNING SIGN} Identity", "\N{WARNING SIGN} Relatives in Canada", "\N{WARNING SIGN} Work and education"]
    assert editor.focusWidget() is _w(editor, "client.citizenships")


def test_a_score_error_opens_the_human_capital_page(qtbot, ielts_case):
    editor = _open(qtbot, parse_case(ielts_case))
    _type(qtbot, _w(editor, "human_capital.first_language.clb.scores.speaking", QLineEdit), "6.3")

    assert editor.facts() is None

    assert _w(editor, "error:human_capital.first_language.clb.scores.speaking").text() == \
        "not a multiple of 0.5: 6.3"
    assert editor.findChild(QStackedWidget).currentIndex() == 7
    assert editor.focusWidget() is _w(editor, "human_capital.first_language.clb.scores.speaking")


def test_scores_without_their_test_are_refused(qtbot, spec_case):
    editor = _open(qtbot, parse_case(spec_case))
    _choose(_w(editor, "human_capital.first_language:result", QComboBox), "test")
    _type(qtbot, _w(editor, "human_capital.first_language.clb.scores.reading", QLineEdit), "7")

    assert editor.facts() is None
    assert _w(editor, "error:human_capital.first_language.clb.test").text().startswith("required")

    _choose(_w(editor, "human_capital.first_language.clb.test", QComboBox), "celpip_general")
    facts = editor.facts()
    assert facts.human_capital.first_language.test == "celpip_general"
    assert facts.human_capital.first_language.scores == {"reading": 7}


# --- rows and optional sections ---------------------------------------------------------------

def test_a_us_status_added_with_the_button_reaches_the_facts(qtbot):
    editor = _open(qtbot, parse_case(minimal_case()))
    editor.findChild(QListWidget, "sections").setCurrentRow(1)
    _w(editor, "us_status", QGroupBox).setChecked(True)
    qtbot.mouseClick(_w(editor, "add:us_status", QPushButton), Qt.MouseButton.LeftButton)

    program = _w(editor, "us_status[0].program", QComboBox)
    assert not program.isEnabled()          # meant for parole only
    assert editor.focusWidget() is _w(editor, "us_status[0].kind")
    _choose(_w(editor, "us_status[0].kind", QComboBox), "parole")
    assert program.isEnabled()
    _choose(program, "U4U")
    _type(qtbot, _w(editor, "us_status[0].valid_until", QLineEdit), "2025-04-24")

    assert editor.facts().us_status == (UsStatus("parole", "U4U", None, date(2025, 4, 24)),)


def test_a_row_without_its_required_kind_is_named(qtbot):
    editor = _open(qtbot, parse_case(minimal_case()))
    _w(editor, "relatives_in_canada", QGroupBox).setChecked(True)
    qtbot.mouseClick(_w(editor, "add:relatives_in_canada", QPushButton), Qt.MouseButton.LeftButton)

    assert editor.facts() is None
    assert _w(editor, "error:relatives_in_canada[0].relation").text().startswith("required: one of")


def test_removing_a_row_renumbers_the_rest(qtbot, spec_case):
    editor = _open(qtbot, parse_case(spec_case))
    qtbot.mouseClick(_w(editor, "remove:us_status[0]", QPushButton), Qt.MouseButton.LeftButton)

    assert _w(editor, "us_status[0].kind", QComboBox).currentData() == "tps"
    assert _w(editor, "us_status[1].kind", QComboBox).currentData() == "ead"
    assert editor.findChild(QWidget, "us_status[2].kind") is None
    assert [s.kind for s in editor.facts().us_status] == ["tps", "ead"]
    assert "U.S. status 1" in _w(editor, "us_status[0].kind").accessibleName()


def test_an_unchecked_partner_box_means_no_partner(qtbot, spec_case):
    editor = _open(qtbot, parse_case(spec_case))
    box = _w(editor, "partner", QGroupBox)
    assert box.isCheckable() and box.isChecked()

    box.setChecked(False)

    assert not _w(editor, "partner.relationship").isEnabled()
    assert editor.document()["partner"] is None
    facts = editor.facts()
    assert facts.partner is None
    assert facts.relatives_in_canada == (Relative("brother", "permanent_resident", 34),)


def test_checking_an_optional_section_records_it_with_unknowns(qtbot):
    editor = _open(qtbot, parse_case(minimal_case()))
    _w(editor, "job_offer", QGroupBox).setChecked(True)
    _choose(_w(editor, "job_offer.province", QComboBox), "QC")

    facts = editor.facts()
    assert (facts.job_offer.province, facts.job_offer.teer) == ("QC", None)
    assert facts.partner is None


# --- saving and asking ------------------------------------------------------------------------

def test_ctrl_s_saves(qtbot, spec_case):
    facts = parse_case(spec_case)
    editor = _open(qtbot, facts)
    with qtbot.waitActive(editor):
        editor.activateWindow()
    field = _w(editor, "client.given_names", QLineEdit)
    field.setFocus()
    _type(qtbot, field, "Maria")

    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert editor.result() == QDialog.DialogCode.Accepted
    assert editor.accepted_facts.client.given_names == "Maria"


@pytest.mark.parametrize("answer", ["save", "cancel"])
def test_ask_returns_the_saved_facts_or_none(qtbot, spec_case, answer):
    facts = parse_case(spec_case)

    def respond():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ClientEditor)
        buttons = dialog.findChild(QDialogButtonBox)
        which = QDialogButtonBox.StandardButton.Save if answer == "save" else \
            QDialogButtonBox.StandardButton.Cancel
        buttons.button(which).click()

    QTimer.singleShot(0, respond)
    result = ClientEditor.ask(None, facts)
    assert result == (facts if answer == "save" else None)


# --- accessibility ----------------------------------------------------------------------------

def test_every_input_has_an_accessible_name_and_its_path(qtbot, ielts_case):
    editor = _open(qtbot, parse_case(ielts_case))
    for rows in ("us_status", "relatives_in_canada", "parents"):
        qtbot.mouseClick(_w(editor, f"add:{rows}", QPushButton), Qt.MouseButton.LeftButton)

    inputs = [w for w in editor.findChildren(QWidget)
              if isinstance(w, (QLineEdit, QComboBox, QPlainTextEdit))]
    assert len(inputs) > 100
    for widget in inputs:
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        assert name.strip(), widget.objectName()
        assert widget.objectName(), name
    # Same label, different rows: names still tell them apart.
    assert _w(editor, "relatives_in_canada[0].age").accessibleName() == "Age (Relative 1)"
    assert _w(editor, "relatives_in_canada[2].age").accessibleName() == "Age (Relative 3)"
    every_path = {w.objectName() for w in inputs}
    for path in ("client.a_number", "canada_entry.claim_made_on", "human_capital.spouse.canadian_work_years",
                 "self_employment.cultural_or_athletic_years", "business.designated_org_support",
                 "grandparent_born_in_canada", "death_penalty_exposure", "intends_quebec",
                 "minor.parent_or_guardian_in_canada_or_us", "parents[0].days_in_canada_before_client_birth"):
        assert path in every_path


def test_documents_and_tasks_round_trip(qtbot, spec_case):
    doc = dict(spec_case)
    doc["documents"] = {"passport_expiry": "2027-03-31", "language_test_date": "2025-06-01",
                        "police_certificate_date": None, "medical_exam_date": "2026-02-01"}
    doc["express_entry"] = {"invitation_date": "2026-10-01"}
    doc["tasks"] = [{"title": "Collect the mother's birth certificate", "due": "2026-12-01",
                     "note": "Ask the aunt", "tag": "documents"}]
    facts = parse_case(doc)
    editor = ClientEditor(facts)
    qtbot.addWidget(editor)
    assert editor.document() == case_to_dict(facts)
    assert editor.facts() == facts


# --- the form against the case file's declaration -------------------------------------------------

def _form_paths(items: tuple, prefix: str = "") -> list[tuple[str, object]]:
    out = []
    for item in items:
        if isinstance(item, editor.Section):
            out += _form_paths(item.items, prefix)
            continue
        path = prefix + item.key
        out.append((path, item))
        if isinstance(item, editor.Group):
            out += _form_paths(item.items, path + ".")
        elif isinstance(item, editor.Rows):
            out += _form_paths(item.items, path + "[].")
    return out


# The form's kinds of input for each kind the case file declares.
_INPUTS = {cf.Text: ("name", "text", "notes"), cf.Code: ("text", "country"),
           cf.Codes: ("codes", "countries", "languages"),
           cf.Date: ("date",),
           cf.Choice: ("choice",), cf.Flag: ("flag",), cf.Whole: ("whole", "choice"), cf.Number: ("number",)}


def test_the_form_has_every_fact_of_the_case_file_with_its_vocabulary():
    form = dict(_form_paths(editor.SECTIONS))
    declared = {path: f for path, f in cf.field_paths() if path != "format"}
    assert sorted(form) == sorted(declared)
    for path, item in form.items():
        kind = declared[path].kind
        if isinstance(item, editor.Field):
            assert item.kind in _INPUTS[type(kind)], path
            codes = tuple(code for code, _ in item.choices)
            if isinstance(kind, cf.Choice):
                assert codes == kind.values, path
            elif isinstance(kind, cf.Whole) and item.kind == "choice":
                assert codes == tuple(range(kind.lo, kind.hi + 1)), path
            assert item.kind != "notes" or kind.notes, path
        else:
            expected = {editor.Group: cf.Object, editor.Rows: cf.Objects, editor.Language: cf.Language}
            assert isinstance(kind, expected[type(item)]), path
