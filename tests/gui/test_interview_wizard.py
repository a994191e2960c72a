"""The guided interview and the results view, driven through their widgets."""

from __future__ import annotations

import re
from collections import namedtuple
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialogButtonBox, QGroupBox, QLabel, QLineEdit, QPushButton, QTableView,
    QWidget, QWizard,
)

from casedesk.domain.sources import citable
from casedesk.clock import FixedClock
from casedesk.domain.assessment import PATHWAY_IDS, Assessment, PathwayResult, Source
from casedesk.domain.casefields import CASE
from casedesk.domain.casefile import case_to_dict, parse_case
from casedesk.domain.crs import crs_score
from casedesk.domain.eligibility import assess
from casedesk.domain.facts import CaseFacts, UsStatus
from casedesk.domain.interview import Page
from casedesk.domain.messages import msg
from casedesk.policy.loader import default_policy
from casedesk.services.bundle import Services
from casedesk.text import render
from casedesk.text.results import field_label
from casedesk.ui.interview import InterviewWizard
from casedesk.ui.results import CrsModel, ResultsDialog, ResultsView, verdict_text

from helpers import shipped

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

AS_OF = date(2026, 12, 1)
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


def assess_now(facts: CaseFacts) -> Assessment:
    return assess(facts, default_policy(), AS_OF)


def crs_now(facts: CaseFacts):
    return crs_score(facts, default_policy(), AS_OF)


def _open(qtbot, facts: CaseFacts | None = None, crs=crs_now) -> InterviewWizard:
    wizard = InterviewWizard(facts, assess_now, crs, AS_OF)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _w(wizard: QWidget, path: str, cls=QWidget):
    widget = wizard.findChild(cls, path)
    assert widget is not None, f"no widget named {path!r}"
    return widget


def _choose(wizard: QWidget, path: str, code) -> None:
    combo = _w(wizard, path, QComboBox)
    assert combo.isEnabled(), path
    index = combo.findData(code)
    assert index >= 0, (path, code)
    combo.setCurrentIndex(index)


def _type(qtbot, wizard: QWidget, path: str, text: str) -> None:
    """Type as the caseworker would (QTest types ASCII only: accented text goes in with setText)."""
    field = _w(wizard, path, QLineEdit)
    field.clear()
    qtbot.keyClicks(field, text)


def _next(qtbot, wizard: InterviewWizard) -> None:
    button = wizard.button(NEXT)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _walk_to_results(wizard: InterviewWizard) -> list[Page]:
    seen = [Page(wizard.currentId())]
    while wizard.currentId() != Page.RESULTS:
        wizard.next()
        assert Page(wizard.currentId()) != seen[-1], f"stuck on {seen[-1].name}"
        seen.append(Page(wizard.currentId()))
    return seen


def _plain(rich: str) -> str:
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


# --- a whole interview ------------------------------------------------------------------------

def answer_as_a_chnv_parolee_married_to_a_canadian(qtbot, wizard: InterviewWizard) -> None:
    """The phone interview of the issue: answers typed and chosen through the widgets, up to the results."""
    assert wizard.currentId() == Page.IDENTITY

    # The client
    _type(qtbot, wizard, "client.given_names", "Maria Jose")
    _w(wizard, "client.family_name", QLineEdit).setText("Pérez Núñez")
    _type(qtbot, wizard, "client.date_of_birth", "1994-05-02")
    _type(qtbot, wizard, "client.country_of_birth", "VE")
    _type(qtbot, wizard, "client.citizenships", "VE")
    assert not _w(wizard, "us_status", QGroupBox).isVisible()
    _choose(wizard, "us_status?", True)
    assert _w(wizard, "us_status", QGroupBox).isVisible()     # Yes shows the first row
    _choose(wizard, "us_status[0].kind", "parole")
    _choose(wizard, "us_status[0].program", "CHNV")
    _type(qtbot, wizard, "us_status[0].valid_until", "2025-04-24")
    _next(qtbot, wizard)

    # Spouse or partner
    assert wizard.currentId() == Page.PARTNER_SCREEN
    assert not _w(wizard, "partner.status_in_canada").isEnabled()   # until there is a partner
    _choose(wizard, "client.marital_status", "married")
    _choose(wizard, "partner?", True)
    _choose(wizard, "partner.lives_in_canada", True)
    _choose(wizard, "partner.status_in_canada", "citizen")
    _next(qtbot, wizard)

    assert wizard.currentId() == Page.PARENTS_SCREEN
    _choose(wizard, "parents?", False)
    _choose(wizard, "grandparent_born_in_canada", False)
    wizard.next()

    assert wizard.currentId() == Page.RELATIVES_SCREEN
    _choose(wizard, "relatives_in_canada?", False)
    wizard.next()

    assert wizard.currentId() == Page.DOCUMENTS        # an adult: no minor's page
    _choose(wizard, "canadian_documents.valid_visa_or_permit", False)
    _choose(wizard, "death_penalty_exposure", False)
    wizard.next()

    assert wizard.currentId() == Page.ENTRY
    _choose(wizard, "canada_entry.mode", "none")
    wizard.next()

    assert wizard.currentId() == Page.PARTNER_DETAILS  # a partner: the relationship's details
    _choose(wizard, "partner.relationship", "spouse")
    _type(qtbot, wizard, "partner.since", "2019-06-01")
    _choose(wizard, "partner.accompanying", False)
    wizard.next()

    assert wizard.currentId() == Page.HUMAN_CAPITAL    # no Canadian parent: no parent's details
    wizard.next()
    assert wizard.currentId() == Page.LANGUAGE         # education unknown: asked
    _next(qtbot, wizard)



def test_a_chnv_parolee_married_to_a_canadian_ends_with_sponsorship_promising(qtbot):
    wizard = _open(qtbot)
    answer_as_a_chnv_parolee_married_to_a_canadian(qtbot, wizard)
    assert wizard.currentId() == Page.RESULTS          # no business answers: no business page
    assert [Page(i) for i in wizard.visitedIds()] == [
        Page.IDENTITY, Page.PARTNER_SCREEN, Page.PARENTS_SCREEN, Page.RELATIVES_SCREEN, Page.DOCUMENTS,
        Page.ENTRY, Page.PARTNER_DETAILS, Page.HUMAN_CAPITAL, Page.LANGUAGE, Page.RESULTS]
    assert not wizard.button(NEXT).isVisible() and wizard.button(FINISH).isVisible()

    view = wizard.results_view()
    assert wizard.last_assessment.verdicts()["spousal_sponsorship"] == "promising"
    verdict = _w(view, "verdict:spousal_sponsorship", QLabel)
    assert verdict.isVisible()
    assert re.search(r"\N{CHECK MARK} Promising", _plain(verdict.text()))
    ranked = view.shown_ids()
    promising = [p.id for p in wizard.last_assessment.pathways if p.verdict == "promising"]
    assert set(ranked[:len(promising)]) == set(promising) and "spousal_sponsorship" in promising
    assert "Pérez Núñez" in _plain(_w(view, "results:header", QLabel).text())

    facts = wizard.facts()
    assert facts.partner.status_in_canada == "citizen"
    assert (facts.partner.relationship, facts.partner.since) == ("spouse", date(2019, 6, 1))
    assert facts.partner.lives_in_canada is True and facts.partner.accompanying is False
    assert facts.us_status == (UsStatus("parole", "CHNV", None, date(2025, 4, 24)),)
    assert (facts.client.given_names, facts.client.family_name) == ("Maria Jose", "Pérez Núñez")
    assert facts.client.citizenships == ("VE",) and facts.client.marital_status == "married"
    assert facts.parents == () and facts.relatives_in_canada == ()
    assert facts.canadian_documents.valid_visa_or_permit is False and facts.death_penalty_exposure is False
    assert facts.minor is None and facts.human_capital is None and facts.business is None

    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted


@pytest.mark.parametrize(("born", "sees_minor_page"), [
    ("2012-06-01", True),     # 14
    ("2008-12-02", True),     # turns 18 the day after the interview
    ("2008-12-01", False),    # 18 today
    ("1994-05-02", False),
])
def test_only_a_minor_sees_the_minor_page(qtbot, born, sees_minor_page):
    wizard = _open(qtbot)
    _type(qtbot, wizard, "client.family_name", "Gomez")
    _type(qtbot, wizard, "client.date_of_birth", born)

    route = _walk_to_results(wizard)

    assert (Page.MINOR in route) is sees_minor_page
    # A minor is not asked about work, languages or business; an adult is.
    assert (Page.HUMAN_CAPITAL in route) is not sees_minor_page


def test_a_minor_s_answers_reach_the_facts(qtbot):
    wizard = _open(qtbot)
    _type(qtbot, wizard, "client.family_name", "Gomez")
    _type(qtbot, wizard, "client.date_of_birth", "2012-06-01")
    while wizard.currentId() != Page.MINOR:
        wizard.next()
    _choose(wizard, "minor.accompanied_by_parent_or_guardian", False)
    _choose(wizard, "minor.parent_or_guardian_in_canada_or_us", True)
    _walk_to_results(wizard)

    minor = wizard.facts().minor
    assert (minor.accompanied_by_parent_or_guardian, minor.parent_or_guardian_in_canada_or_us) == (False, True)


def test_an_unknown_date_of_birth_asks_both_minor_and_adult_questions(qtbot):
    wizard = _open(qtbot)
    _type(qtbot, wizard, "client.given_names", "Ana")
    route = _walk_to_results(wizard)
    assert Page.MINOR in route and Page.HUMAN_CAPITAL in route


# --- name, validation -------------------------------------------------------------------------

def test_next_waits_for_a_given_or_family_name(qtbot):
    wizard = _open(qtbot)
    next_button = wizard.button(NEXT)
    assert not next_button.isEnabled()

    _type(qtbot, wizard, "client.given_names", "   ")
    assert not next_button.isEnabled()               # blanks are not a name
    _type(qtbot, wizard, "client.given_names", "Ana")
    assert next_button.isEnabled()                   # a given name alone will do
    _w(wizard, "client.given_names", QLineEdit).clear()
    assert not next_button.isEnabled()
    _type(qtbot, wizard, "client.family_name", "Gomez")
    assert next_button.isEnabled()


def test_an_invalid_answer_is_shown_on_its_page_and_next_refuses(qtbot):
    wizard = _open(qtbot)
    _type(qtbot, wizard, "client.family_name", "Gomez")
    _type(qtbot, wizard, "client.date_of_birth", "1994-13-02")

    _next(qtbot, wizard)

    assert wizard.currentId() == Page.IDENTITY
    page = wizard.currentPage()
    assert page.validatePage() is False
    field_error = _w(wizard, "error:client.date_of_birth", QLabel)
    assert field_error.isVisible() and "not a date: '1994-13-02'" in field_error.text()
    assert _w(wizard, "client.date_of_birth").accessibleDescription() == field_error.text()
    page_error = _w(wizard, "error:page:identity", QLabel)
    assert page_error.isVisible()
    assert "“What is the client's date of birth?”: not a date" in page_error.text()

    _type(qtbot, wizard, "client.date_of_birth", "1994-12-02")
    _next(qtbot, wizard)
    assert wizard.currentId() == Page.PARTNER_SCREEN
    wizard.back()
    assert wizard.currentId() == Page.IDENTITY
    assert not _w(wizard, "error:page:identity", QLabel).isVisible()
    assert not _w(wizard, "error:client.date_of_birth", QLabel).isVisible()


def test_an_error_on_a_later_page_does_not_block_an_earlier_one(qtbot):
    wizard = _open(qtbot)
    _type(qtbot, wizard, "client.family_name", "Gomez")
    _type(qtbot, wizard, "client.date_of_birth", "1980-01-01")
    while wizard.currentId() != Page.HUMAN_CAPITAL:
        wizard.next()
    _type(qtbot, wizard, "human_capital.foreign_work_years", "three")
    wizard.next()
    assert wizard.currentId() == Page.HUMAN_CAPITAL
    assert "not a whole number" in _w(wizard, "error:human_capital.foreign_work_years", QLabel).text()

    wizard.back()                                  # an earlier page still moves on
    assert wizard.currentPage().validatePage()
    wizard.next()
    assert wizard.currentId() == Page.HUMAN_CAPITAL
    assert wizard.facts() is None


def test_answers_on_a_page_the_route_now_skips_are_not_used(qtbot):
    wizard = _open(qtbot)
    _type(qtbot, wizard, "client.family_name", "Gomez")
    _type(qtbot, wizard, "client.date_of_birth", "1980-01-01")
    while wizard.currentId() != Page.HUMAN_CAPITAL:
        wizard.next()
    _type(qtbot, wizard, "human_capital.foreign_work_years", "three")
    assert wizard.facts() is None
    while wizard.currentId() != Page.IDENTITY:
        wizard.back()                               # going back never validates
    _type(qtbot, wizard, "client.date_of_birth", "2012-06-01")   # a minor after all

    route = _walk_to_results(wizard)

    assert Page.HUMAN_CAPITAL not in route and wizard.route() == route
    facts = wizard.facts()
    assert facts is not None and facts.human_capital is None
    assert _w(wizard, "verdict:express_entry", QLabel).isVisible()


def test_scores_without_their_test_keep_the_language_page(qtbot):
    wizard = _open(qtbot)
    _type(qtbot, wizard, "client.family_name", "Gomez")
    _type(qtbot, wizard, "client.date_of_birth", "1980-01-01")
    while wizard.currentId() != Page.LANGUAGE:
        wizard.next()
    _w(wizard, "human_capital.first_language", QGroupBox).setChecked(True)
    _choose(wizard, "human_capital.first_language.language", "english")
    result_form = _w(wizard, "human_capital.first_language:result", QComboBox)
    result_form.setCurrentIndex(result_form.findData("test"))
    _type(qtbot, wizard, "human_capital.first_language.clb.scores.speaking", "7")

    wizard.next()

    assert wizard.currentId() == Page.LANGUAGE and wizard.facts() is None
    assert "required: the test" in _w(wizard, "error:human_capital.first_language.clb.test", QLabel).text()
    _choose(wizard, "human_capital.first_language.clb.test", "ielts_general")
    wizard.next()
    assert wizard.currentId() == Page.RESULTS
    first = wizard.facts().human_capital.first_language
    assert (first.language, first.test, first.scores) == ("english", "ielts_general", {"speaking": 7})


# --- starting from known facts ----------------------------------------------------------------

def test_known_facts_are_kept_through_the_interview(qtbot, spec_case):
    spec_case["notes"] = "Brother calls on Mondays."
    facts = parse_case(spec_case)
    wizard = _open(qtbot, facts)

    assert wizard.document() == case_to_dict(facts)
    assert wizard.button(NEXT).isEnabled()          # the name is known
    assert _w(wizard, "us_status?", QComboBox).currentData() is True
    assert _w(wizard, "us_status[0].program", QComboBox).currentData() == "CHNV"
    assert _w(wizard, "partner.status_in_canada", QComboBox).currentData() == "citizen"
    assert _w(wizard, "parents[0].canadian_by", QComboBox).currentData() == "birth_in_canada"

    route = _walk_to_results(wizard)

    assert Page.BUSINESS in route and Page.PARENT_DETAILS in route and Page.MINOR not in route
    assert wizard.facts() == facts                  # A-number, languages, notes: all still there
    assert wizard.results_view().shown_ids()[0] == wizard.last_assessment.ranked()[0].id


def test_answering_no_partner_drops_the_partner_and_skips_the_details(qtbot, spec_case):
    wizard = _open(qtbot, parse_case(spec_case))
    wizard.next()
    assert wizard.currentId() == Page.PARTNER_SCREEN
    _choose(wizard, "client.marital_status", "divorced")
    _choose(wizard, "partner?", False)

    route = _walk_to_results(wizard)

    assert Page.PARTNER_DETAILS not in route
    facts = wizard.facts()
    assert facts.partner is None and facts.client.marital_status == "divorced"
    assert wizard.last_assessment.verdicts()["spousal_sponsorship"] == "ineligible"


def test_business_questions_only_after_a_business_answer(qtbot):
    wizard = _open(qtbot)
    _type(qtbot, wizard, "client.family_name", "Gomez")
    _type(qtbot, wizard, "client.date_of_birth", "1980-01-01")
    while wizard.currentId() != Page.HUMAN_CAPITAL:
        wizard.next()
    _choose(wizard, "human_capital.education", "none")
    _type(qtbot, wizard, "human_capital.foreign_work_years", "0")
    _type(qtbot, wizard, "human_capital.canadian_work_years", "0")
    assert Page(wizard.currentPage().nextId()) == Page.RESULTS       # nothing to ask about languages
    _choose(wizard, "business?", True)
    assert Page(wizard.currentPage().nextId()) == Page.BUSINESS

    wizard.next()
    assert wizard.currentId() == Page.BUSINESS
    assert _w(wizard, "business.net_worth_cad").isVisible()
    assert not _w(wizard, "self_employment.cultural_or_athletic_years").isVisible()   # not said
    _type(qtbot, wizard, "business.net_worth_cad", "350000")
    wizard.next()

    facts = wizard.facts()
    assert facts.business.net_worth_cad == 350000 and facts.self_employment is None
    assert (facts.human_capital.education, facts.human_capital.foreign_work_years) == ("none", 0)


def test_a_canadian_parent_opens_the_parent_s_details(qtbot):
    wizard = _open(qtbot)
    _type(qtbot, wizard, "client.family_name", "Gomez")
    _type(qtbot, wizard, "client.date_of_birth", "1980-01-01")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == Page.PARENTS_SCREEN
    _choose(wizard, "parents?", True)
    while wizard.currentId() != Page.PARENT_DETAILS:
        wizard.next()
    _choose(wizard, "parents[0].relation", "father")
    _choose(wizard, "parents[0].canadian_by", "birth_in_canada")
    _walk_to_results(wizard)

    parent = wizard.facts().parents[0]
    assert (parent.relation, parent.canadian_at_client_birth, parent.canadian_by) == ("father", True,
                                                                                      "birth_in_canada")
    assert wizard.last_assessment.verdicts()["citizenship_by_descent"] == "promising"


def test_a_parent_born_in_canada_with_the_flag_left_empty_is_the_canadian_parent(qtbot):
    """The rules count a parent born in Canada as Canadian at the client's birth when the flag is empty
    (descent.parent_was_canadian): the wizard says so, asks that parent's details, and leaves the flag as it was."""
    facts = parse_case({"client": {"given_names": "Ana", "family_name": "Gomez", "date_of_birth": "1980-01-01"},
                        "parents": [{"relation": "father", "canadian_at_client_birth": False, "canadian_by": "none"},
                                    {"relation": "mother", "canadian_at_client_birth": None,
                                     "canadian_by": "birth_in_canada"}]})
    wizard = _open(qtbot, facts)
    assert _w(wizard, "parents?", QComboBox).currentData() is True
    assert _w(wizard, "parents[1].canadian_by", QComboBox).currentData() == "birth_in_canada"

    route = _walk_to_results(wizard)

    assert Page.PARENT_DETAILS in route
    assert wizard.facts().parents == facts.parents
    assert wizard.last_assessment.verdicts()["citizenship_by_descent"] == "promising"


# --- ask --------------------------------------------------------------------------------------

@pytest.mark.parametrize("answer", ["finish", "cancel"])
def test_ask_returns_the_answers_or_none(qtbot, spec_case, answer):
    facts = parse_case(spec_case)

    def respond():
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, InterviewWizard)
        if answer == "cancel":
            wizard.button(QWizard.WizardButton.CancelButton).click()
            return
        _w(wizard, "client.given_names", QLineEdit).setText("María")
        _walk_to_results(wizard)
        wizard.button(FINISH).click()

    QTimer.singleShot(0, respond)
    result = InterviewWizard.ask(None, facts, assess_now, None, AS_OF)
    if answer == "cancel":
        assert result is None
    else:
        assert result.client.given_names == "María"
        assert result.partner == facts.partner


# --- labels and names -------------------------------------------------------------------------

TOP_KEYS = {f.key for f in CASE.fields}  # the declaration's, written only when known included


def test_every_input_is_labelled_and_named_after_its_case_file_path(qtbot, spec_case):
    wizard = _open(qtbot, parse_case(spec_case))
    inputs = [w for w in wizard.findChildren(QWidget)
              if isinstance(w, (QLineEdit, QComboBox)) and w.objectName() != "client.name"]
    assert len(inputs) > 40
    for widget in inputs:
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        assert name.strip(), widget.objectName()
        top = re.split(r"[.\[?:]", widget.objectName())[0]
        assert top in TOP_KEYS, widget.objectName()
    names = {w.objectName() for w in inputs}
    for path in ("partner.status_in_canada", "partner.relationship", "client.date_of_birth",
                 "us_status[0].valid_until", "relatives_in_canada[0].status", "minor.accompanied_by_parent_or_guardian",
                 "canadian_documents.valid_visa_or_permit", "canada_entry.claim_made_on",
                 "parents[0].days_in_canada_before_client_birth", "human_capital.education",
                 "human_capital.first_language.clb.speaking", "job_offer.teer", "intends_quebec",
                 "canada_entry.first_entry_date", "human_capital.skilled_work_years_last_10",
                 "human_capital.family_size", "human_capital.settlement_funds_cad", "express_entry.categories",
                 "business.designated_org_support", "self_employment.cultural_or_athletic_years"):
        assert path in names, path
    # Questions are put the way they are asked on the phone, not as field names.
    assert _w(wizard, "partner.lives_in_canada").accessibleName() == "Does the spouse or partner live in Canada?"
    for button in wizard.findChildren(QPushButton):
        if button.isVisibleTo(wizard):
            assert QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Name).strip()


# --- the results view -------------------------------------------------------------------------

@pytest.fixture
def spec_results(spec_case):
    facts = parse_case(spec_case)
    return facts, assess_now(facts), crs_now(facts)


def _view(qtbot) -> ResultsView:
    view = ResultsView()
    qtbot.addWidget(view)
    view.resize(800, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def _boxes_in_layout_order(view: ResultsView) -> list[str]:
    layout = view.findChild(QWidget, "results:pathways").widget().layout()
    items = (layout.itemAt(i).widget() for i in range(layout.count()))
    return [w.objectName().removeprefix("pathway:") for w in items if isinstance(w, QGroupBox)]


def test_results_list_all_fourteen_pathways_most_promising_first(qtbot, spec_results):
    facts, assessment, crs = spec_results
    view = _view(qtbot)
    view.show_assessment(assessment, crs, client_name=facts.client.full_name)

    expected = [p.id for p in assessment.ranked()]
    assert len(expected) == 14 and set(expected) == set(PATHWAY_IDS)
    assert view.shown_ids() == expected
    assert _boxes_in_layout_order(view) == expected
    ranks = ["promising", "possible", "needs_info", "unlikely", "unavailable", "ineligible"]
    verdicts = [assessment.verdicts()[i] for i in expected]
    assert verdicts == sorted(verdicts, key=ranks.index)

    header = _plain(_w(view, "results:header", QLabel).text())
    assert "María José Pérez Núñez" in header
    assert AS_OF.isoformat() in header and assessment.policy_version in header
    for result in assessment.pathways:
        box = view.pathway_box(result.id)
        text = _plain(_w(box, f"details:{result.id}", QLabel).text())
        assert render(result.summary) in text and all(render(r) in text for r in result.reasons)
        assert all(render(s) in text for s in result.next_steps)
        # Missing facts in words ("The partner's status in Canada"), not as case-file paths.
        assert all(field_label(m)[1:] in text and m not in text for m in result.missing)
        # The verdict in words and a symbol, not colour alone.
        assert box.accessibleName().endswith(_plain(_w(box, f"verdict:{result.id}", QLabel).text())
                                             .split(" \N{EM DASH} ")[0])


def test_sources_are_links_and_unconfirmed_ones_say_so(qtbot, spec_results):
    _facts, assessment, crs = spec_results
    view = _view(qtbot)
    view.show_assessment(assessment, crs)

    spousal = next(p for p in assessment.pathways if p.id == "spousal_sponsorship")
    label = _w(view, "sources:spousal_sponsorship", QLabel)
    assert label.openExternalLinks() and label.textFormat() == Qt.TextFormat.RichText
    web = [s for s in spousal.sources if s.url.startswith("https://")]
    assert web
    for source in web:
        assert f'<a href="{source.url}">' in label.text()
    cited = citable(spousal.sources)  # published ones, each once; the team's notes counted, never named
    for source in cited.sources:
        assert source.title in _plain(label.text())
    assert "rules-facts" not in label.text() and "Recollection" not in label.text()
    assert cited.unpublished == 2
    assert f"{cited.unpublished} fact(s) rest on no published source yet" in _plain(label.text())
    unconfirmed = [s for s in cited.sources if not s.confirmed]
    assert unconfirmed, "the policy's secondary sources are marked unconfirmed"
    assert _plain(label.text()).count("verify before relying on it") == len(unconfirmed)


def test_client_text_is_escaped_in_rich_text(qtbot):
    name = "O'Brien & <Sons>"
    result = PathwayResult(
        "spousal_sponsorship", "promising", msg("legacy.text", text=f"Sponsor: {name}"),
        reasons=(msg("legacy.text", text=f"Married to {name}."),),
        next_steps=(msg("legacy.text", text=f"<b>Call</b> {name}"),),
        sources=(Source("x", f"Guide for {name}", "https://example.org/a?b=1&c=<2>", confirmed=False),
                 Source("y", "Not a web page", "javascript:alert(1)")))
    assessment = Assessment(AS_OF, "test-1", (result,))
    view = _view(qtbot)
    view.show_assessment(assessment, None, client_name=name)

    escaped = "O&#x27;Brien &amp; &lt;Sons&gt;"
    for path in ("results:header", "details:spousal_sponsorship", "sources:spousal_sponsorship"):
        label = _w(view, path, QLabel)
        assert escaped in label.text() and "<Sons>" not in label.text(), path
        assert name in _plain(label.text()), path
    details = _w(view, "details:spousal_sponsorship", QLabel)
    assert "<b>Call</b> O'Brien" in _plain(details.text())        # shown as typed, not as markup
    sources = _w(view, "sources:spousal_sponsorship", QLabel).text()
    assert 'href="https://example.org/a?b=1&amp;c=&lt;2&gt;"' in sources
    assert "javascript:" not in sources                          # only web addresses become links
    assert "verify before relying on it" in _plain(sources)
    assert not _w(view, "results:crs_box", QGroupBox).isVisible()


def test_the_crs_breakdown_is_shown_when_a_score_is_given(qtbot, spec_results, qtmodeltester):
    _facts, assessment, crs = spec_results
    view = _view(qtbot)
    view.show_assessment(assessment, crs)

    box = _w(view, "results:crs_box", QGroupBox)
    assert box.isVisible() and str(crs.total) in box.title()
    table = _w(view, "results:crs", QTableView)
    model = table.model()
    assert isinstance(model, CrsModel)
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Factor"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Points"
    points = model.points()
    assert points["Age"] == crs.details["age"]
    assert points["Level of education"] == crs.details["education"]
    assert points["Comprehensive Ranking System score"] == crs.total
    assert model.rowCount() == len(crs.details) + 5
    last = model.index(model.rowCount() - 1, CrsModel.COL_POINTS)
    assert model.data(last) == str(crs.total) and model.data(last, Qt.ItemDataRole.FontRole).bold()

    view.show_assessment(assessment, None)            # again, without a score: no table, same list
    assert not box.isVisible() and model.rowCount() == 0
    assert view.shown_ids() == [p.id for p in assessment.ranked()]
    assert len(view.findChildren(QGroupBox, QRegularExpression("^pathway:"))) == 14


def test_the_results_dialog_closes(qtbot, spec_results):
    facts, assessment, crs = spec_results

    def close():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ResultsDialog)
        assert dialog.view.shown_ids() == [p.id for p in assessment.ranked()]
        assert facts.client.full_name in dialog.windowTitle()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()

    QTimer.singleShot(0, close)
    ResultsDialog.present(None, assessment, crs, facts.client.full_name)


def test_show_for_lists_what_changed_since_earlier_assessments(qtbot, spec_results):
    facts, assessment, crs = spec_results
    now = assessment.verdicts()
    Past = namedtuple("Past", "as_of policy_version verdicts")
    earlier = [Past(date(2026, 11, 1), "2026-10-01.1", {**now, "spousal_sponsorship": "needs_info"}),
               Past(date(2026, 11, 20), assessment.policy_version, dict(now))]
    seen = {}

    def close():
        dialog = QApplication.activeModalWidget()
        history = _w(dialog, "results:history", QLabel)
        seen["visible"], seen["text"] = history.isVisible(), history.text()
        dialog.reject()

    QTimer.singleShot(0, close)
    ResultsDialog.show_for(None, facts, assessment, crs, earlier)

    assert seen["visible"]
    first, second = seen["text"].splitlines()[1:]
    assert first.startswith("2026-11-01, policy data 2026-10-01.1: Spousal or partner sponsorship: ? Needs")
    assert first.endswith(verdict_text(now["spousal_sponsorship"]))
    assert second.endswith("same verdicts as now")


def test_the_history_quotes_what_an_earlier_assessment_said(qtbot, db, spec_results):
    """A saved assessment keeps its result: the history says why a route was rated as it was then.
    One saved with its verdicts only (before results were kept) still shows its verdicts."""
    from casedesk.services.assessments import AssessmentService, PastAssessment
    from casedesk.services.clients import ClientService

    facts, assessment, crs = spec_results
    without_partner = replace(facts, partner=None)
    cid = ClientService(db, shipped()).add(without_partner, as_of=AS_OF)
    service = AssessmentService(db, shipped())
    service.assess_client(cid, AS_OF)           # married, partner unknown: spousal needs information
    [kept] = service.past(cid)
    verdicts_only = PastAssessment(0, date(2026, 6, 1), "2026-05-01.1", kept.created_at,
                                   {**assessment.verdicts(), "investor": "needs_info"}, None)
    seen = {}

    def close():
        dialog = QApplication.activeModalWidget()
        seen["text"] = _w(dialog, "results:history", QLabel).text()
        dialog.reject()

    QTimer.singleShot(0, close)
    ResultsDialog.show_for(None, facts, assessment, crs, [kept, verdicts_only])
    first, second = seen["text"].splitlines()[1:]
    assert "Spousal or partner sponsorship: ? Needs information" in first
    assert first.endswith("(then: Ask about a spouse or partner in Canada)")
    assert "Investor programs: ? Needs information" in second and "then:" not in second



def test_the_interview_from_the_main_window_saves_the_answers(qtbot, db, monkeypatch):
    """The whole flow: a new client's interview from the window, the answers and the verdict in the database."""
    from casedesk.services.assessments import AssessmentService
    from casedesk.services.clients import ClientService
    from casedesk.ui.main_window import MainWindow

    window = MainWindow(Services(db, shipped()), None, FixedClock(AS_OF))
    qtbot.addWidget(window)

    def run_interview(parent, facts, assess_fn, crs_fn, as_of, **_options):
        wizard = InterviewWizard(facts, assess_fn, crs_fn, as_of, parent)
        qtbot.addWidget(wizard)
        wizard.show()
        answer_as_a_chnv_parolee_married_to_a_canadian(qtbot, wizard)
        assert wizard.currentId() == Page.RESULTS
        assert wizard.last_assessment.verdicts()["spousal_sponsorship"] == "promising"
        return wizard.facts()

    monkeypatch.setattr(InterviewWizard, "ask", staticmethod(run_interview))
    window.act_interview.trigger()
    [client_id] = window.selected_ids()
    stored = ClientService(db, shipped()).get(client_id).facts
    assert stored.partner.status_in_canada == "citizen" and stored.partner.relationship == "spouse"
    assert stored.us_status == (UsStatus("parole", "CHNV", None, date(2025, 4, 24)),)
    history = AssessmentService(db, shipped()).history(client_id)
    assert len(history) == 1 and history[0].verdicts["spousal_sponsorship"] == "promising"
    assert history[0].as_of == AS_OF


def test_a_french_interview_words_its_errors_in_french(qtbot):
    from casedesk.ui import i18n

    assert i18n.install("fr") == "fr"
    try:
        wizard = _open(qtbot)
        _type(qtbot, wizard, "client.family_name", "Gomez")
        _type(qtbot, wizard, "client.date_of_birth", "2031-01-01")
        wizard.next()
        assert wizard.currentId() == Page.IDENTITY
        error = _w(wizard, "error:client.date_of_birth", QLabel).text()
        assert error == "dans le futur\u00a0: le 1er janvier 2031 est après aujourd’hui (1er décembre 2026)"
        [described] = [wizard.describe(e) for e in wizard.errors() if e.path == "client.date_of_birth"]
        assert described.endswith("du client\u00a0?\u00a0»\u00a0: dans le futur\u00a0: le 1er janvier 2031 est après "
                                  "aujourd’hui (1er décembre 2026)") and "?\u00a0:" not in described, described
        _type(qtbot, wizard, "client.date_of_birth", "1990-13-45")
        wizard.next()
        assert _w(wizard, "error:client.date_of_birth", QLabel).text() == "pas une date\u00a0: '1990-13-45'"
    finally:
        i18n.install("en")
