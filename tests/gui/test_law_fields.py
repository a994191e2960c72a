"""Issue 11 in the window: the new facts in the client editor and the interview, and the age of the law
beside each verdict in the Routes dialog."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit, QListWidget, QPushButton

from casedesk.domain.casefile import parse_case
from casedesk.domain.crs import crs_score
from casedesk.domain.eligibility import assess
from casedesk.domain.facts import UsStatus
from casedesk.policy.loader import default_policy
from casedesk.ui.editor import ClientEditor
from casedesk.ui.interview import InterviewWizard
from casedesk.ui.results import ResultsDialog, ResultsView
from widgets import named as _w, choose as _choose, type_into as _type

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

POLICY = default_policy()


def test_the_editor_records_us_citizenship_the_first_entry_and_the_program_facts(qtbot, spec_case):
    editor = ClientEditor(parse_case(spec_case))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.findChild(QListWidget, "sections").setCurrentRow(1)
    qtbot.mouseClick(_w(editor, "add:us_status", QPushButton), Qt.MouseButton.LeftButton)
    kind = _w(editor, "us_status[3].kind", QComboBox)
    assert kind.findText("U.S. citizen") >= 0 and kind.findText("U.S. permanent resident (green card)") >= 0
    _choose(kind, "citizen")
    _type(qtbot, _w(editor, "canada_entry.first_entry_date", QLineEdit), "2024-06-01")
    _choose(_w(editor, "human_capital.skilled_work_teer", QComboBox), 1)
    _type(qtbot, _w(editor, "human_capital.skilled_work_years_last_10", QLineEdit), "3")
    _type(qtbot, _w(editor, "human_capital.canadian_work_years_last_3", QLineEdit), "0")
    _type(qtbot, _w(editor, "human_capital.trade_work_years_last_5", QLineEdit), "0")
    _type(qtbot, _w(editor, "human_capital.family_size", QLineEdit), "2")
    _type(qtbot, _w(editor, "human_capital.settlement_funds_cad", QLineEdit), "25000")
    _w(editor, "express_entry", QGroupBox).setChecked(True)
    _type(qtbot, _w(editor, "express_entry.categories", QLineEdit), "trades, stem")

    facts = editor.facts()
    assert facts is not None
    assert facts.us_status[3] == UsStatus("citizen")
    assert facts.canada_entry.first_entry_date == date(2024, 6, 1)
    hc = facts.human_capital
    assert (hc.skilled_work_teer, hc.skilled_work_years_last_10, hc.canadian_work_years_last_3,
            hc.trade_work_years_last_5, hc.family_size, hc.settlement_funds_cad) == (1, 3, 0, 0, 2, 25000)
    assert facts.express_entry.categories == ("trades", "stem")


def test_the_editor_names_a_bad_category(qtbot, spec_case):
    editor = ClientEditor(parse_case(spec_case))
    qtbot.addWidget(editor)
    _w(editor, "express_entry", QGroupBox).setChecked(True)
    _type(qtbot, _w(editor, "express_entry.categories", QLineEdit), "french")
    assert editor.facts() is None
    assert "not an Express Entry category code: 'french'" in _w(editor, "error:express_entry.categories").text()


def test_the_interview_asks_the_first_entry_and_the_program_facts(qtbot, spec_case):
    as_of = date(2026, 11, 21)
    wizard = InterviewWizard(parse_case(spec_case), lambda f: assess(f, POLICY, as_of),
                             lambda f: crs_score(f, POLICY, as_of), as_of)
    qtbot.addWidget(wizard)
    _type(qtbot, _w(wizard, "canada_entry.first_entry_date", QLineEdit), "2025-03-01")
    _type(qtbot, _w(wizard, "human_capital.family_size", QLineEdit), "2")
    _type(qtbot, _w(wizard, "human_capital.settlement_funds_cad", QLineEdit), "30000")
    _choose(_w(wizard, "human_capital.skilled_work_teer", QComboBox), 1)
    _type(qtbot, _w(wizard, "express_entry.categories", QLineEdit), "stem")
    doc = wizard.document()
    assert doc["canada_entry"]["first_entry_date"] == "2025-03-01"
    assert (doc["human_capital"]["family_size"], doc["human_capital"]["settlement_funds_cad"],
            doc["human_capital"]["skilled_work_teer"]) == (2, 30000, 1)
    assert doc["express_entry"]["categories"] == ["stem"]
    facts = wizard.facts()
    assert facts is not None and facts.canada_entry.first_entry_date == date(2025, 3, 1)
    # The first entry of 2025-03-01 is more than a year ago: the port-of-entry claim is barred (Bill C-12).
    result = {p.id: p for p in assess(facts, POLICY, as_of).pathways}["refugee_claim_port_of_entry"]
    assert result.verdict == "ineligible"


def test_the_interview_leaves_unasked_new_facts_out(qtbot, spec_case):
    as_of = date(2026, 11, 21)
    wizard = InterviewWizard(parse_case(spec_case), lambda f: assess(f, POLICY, as_of), None, as_of)
    qtbot.addWidget(wizard)
    doc = wizard.document()
    assert "first_entry_date" not in doc["canada_entry"]
    assert "family_size" not in doc["human_capital"] and "express_entry" not in doc


def _haitian(spec_case) -> dict:
    doc = copy.deepcopy(spec_case)
    doc["us_status"] = [{"kind": "tps", "country": "HT", "valid_until": None}]
    return doc


@pytest.mark.parametrize("as_of, shown", [(date(2026, 12, 2), False), (date(2027, 6, 1), True)])
def test_the_routes_dialog_shows_the_age_of_the_law_beside_the_verdict(qtbot, spec_case, as_of, shown):
    facts = parse_case(_haitian(spec_case))
    assessment = assess(facts, POLICY, as_of)
    view = ResultsView()
    qtbot.addWidget(view)
    view.show_assessment(assessment, None, client_name="Test")
    box = view.pathway_box("visitor_visa")
    label = box.findChild(QLabel, "law_age:visitor_visa")
    assert (label is not None) is shown
    sources = _w(box, "sources:visitor_visa", QLabel).text()
    assert ("not verified for over 90 days" in sources) is shown
    if shown:
        assert label.text().startswith("\N{WARNING SIGN} Rests on policy data not verified for more than 90 days")
        assert "Federal Register 90 FR 54733" in label.text()  # the fact named by its source, not its id
        assert label.accessibleName() == "Age of the law: Visitor visa"
    # Facts tagged as recollection were never verified: the spousal route says so on either date.
    assert view.pathway_box("spousal_sponsorship").findChild(QLabel, "law_age:spousal_sponsorship") is not None


def test_the_dialog_carries_it_for_a_saved_result(qtbot, spec_case):
    """A saved result keeps the stale fact ids (its sources by id only): the facts are then counted (an id
    is not for the user's eyes)."""
    from casedesk.domain.assessment import Assessment

    assessment = assess(parse_case(_haitian(spec_case)), POLICY, date(2027, 6, 1))
    saved = Assessment(assessment.as_of, assessment.policy_version,
                       tuple(type(p).from_dict(p.record()) for p in assessment.pathways))
    dialog = ResultsDialog(saved, None, client_name="Test")
    qtbot.addWidget(dialog)
    label = dialog.view.pathway_box("visitor_visa").findChild(QLabel, "law_age:visitor_visa")
    assert label is not None and "tps.ht.designation_end" not in label.text()
    assert "other policy fact(s)" in label.text()
