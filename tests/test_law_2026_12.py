"""Issue 11, point 2: the rules the law has (as reviewed on 2026-12-02) and the engine lacked, as tables.

Every expected value is read off the law as ``shared/reference/law-update-2026-12.md`` and
``rules-facts.md`` state it, and off the policy data (version 2026-12-02.1):

    tps.automatic_extension      6 months when no decision is published 60 days before the end
    tps.judicial_review_bar      Mullin v. Doe, decided 2026-06-25: no review on non-constitutional grounds
    tps.ua/sd.designation_end    2026-10-19 (extensions; no later decision found)
    tps.sv.designation_end       2026-09-09; tps.ye 2026-03-03; tps.lb 2026-05-27 (extensions)
    tps.ht.termination_blocked   Miot v. Trump 2026-02-02 .. lifted 2026-06-25
    tps.ss/mm/et                 blocks of 2026-03-16 on APA grounds, no dissolution found
    tps.so.termination_blocked   stayed 2026-03-13 (Burroughs J.), grounds not recorded
    asylum.one_year_bar          in force 2026-03-26; first entry after 2020-06-24; claims from 2025-06-03
    stca.after_14_days_ineligible  in force 2026-03-26; claims from 2025-06-03
    ee.cutoff.cec                508 on 2026-02-17 (stale after 180 days: from 2026-08-17)
    ee.fsw.settlement_funds      from 2025-07-07: 15,263 / 19,001 / 23,360 / ... / 40,392 (7) + 4,112 each

Cases are built from ``test_eligibility.BASE`` (a single adult CHNV parolee, every fact known and negative).
"""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

import test_eligibility as te
from casedesk.domain.assessment import INELIGIBLE, NEEDS_INFO, POSSIBLE, PROMISING, UNLIKELY
from casedesk.domain.casefile import parse_case
from casedesk.domain.crs import crs_score
from casedesk.domain.deadlines import compute_deadlines
from casedesk.domain.facts import CaseFacts, UsStatus
from casedesk.text.deadlines import deadline_words
from test_cli import casedesk

D = date.fromisoformat
POLICY = te.POLICY
TODAY = te.TODAY                     # 2026-11-21
REVIEW = date(2026, 12, 2)           # the review of the law
POE, IRR, EE = te.POE, te.IRR, te.EE
BROTHER_PR = te.BROTHER_PR


def deadlines(facts: CaseFacts, on: date):
    return {d.key: d for d in compute_deadlines(facts, POLICY, on)}


def tps_facts(cc: str, until: str | None = None) -> CaseFacts:
    return CaseFacts(us_status=(UsStatus("tps", country=cc, valid_until=D(until) if until else None),))


# === TPS: a designation's end passed with no decision recorded ====================================

@pytest.mark.parametrize("cc, on, title, due", [
    # Ukraine and Sudan: extended to 2026-10-19, no decision after it found.
    ("UA", "2026-10-19", "deadline.title.tps_designation_end", "2026-10-19"),   # the last day: still in force
    ("UA", "2026-10-20", "deadline.title.tps_status_unknown", "2027-04-19"),    # unknown, extension to +6 months
    ("UA", "2026-11-21", "deadline.title.tps_status_unknown", "2027-04-19"),
    ("SD", "2026-12-02", "deadline.title.tps_status_unknown", "2027-04-19"),
    ("SV", "2026-12-02", "deadline.title.tps_status_unknown", "2027-03-09"),
    # Yemen: 2026-03-03 + 6 months = 2026-09-03, itself passed with no decision: the next period, 2027-03-03.
    ("YE", "2026-12-02", "deadline.title.tps_status_unknown", "2027-03-03"),
    ("YE", "2026-09-03", "deadline.title.tps_status_unknown", "2026-09-03"),
    # Lebanon: 2026-05-27 + 6 = 2026-11-27; on 2026-12-02 that passed too: 2027-05-27.
    ("LB", "2026-11-27", "deadline.title.tps_status_unknown", "2026-11-27"),
    ("LB", "2026-12-02", "deadline.title.tps_status_unknown", "2027-05-27"),
    # A recorded termination is an end, not an unknown.
    ("HT", "2026-12-02", "deadline.title.tps_designation_end", "2026-02-03"),
    ("NI", "2026-12-02", "deadline.title.tps_designation_end", "2025-09-08"),
])
def test_tps_end_passed_with_no_decision_is_unknown_with_the_extension_date(cc, on, title, due):
    found = deadlines(tps_facts(cc), D(on))[f"tps:{cc}"]
    assert (found.title.code, found.due) == (title, D(due))
    words = deadline_words(found.title, found.basis, found.caveats)
    if title == "deadline.title.tps_status_unknown":
        assert "status unknown — verify" in words.title
        assert "not shown as lapsed" in words.basis and "8 U.S.C. §1254a(b)(3)(C)" in words.basis
        assert found.source.id == "tps.automatic_extension"
        assert found.caveats[0].code == "deadline.caveat.tps_status_unknown"
        assert found.days_left(D(on)) >= 0  # never shown overdue
    else:
        assert "unknown" not in words.title


def test_a_client_own_date_equal_to_an_ended_extension_is_superseded_by_the_unknown():
    found = deadlines(tps_facts("UA", "2026-10-19"), TODAY)
    assert set(found) == {"tps:UA"} and found["tps:UA"].due == D("2027-04-19")


def test_a_recorded_decision_ends_the_unknown():
    """Data, not code: record a termination of Ukraine's TPS and the date is an end again."""
    base = POLICY.history("tps.ua.decision")[-1]
    decided = POLICY.with_fact(replace(base, value={"action": "termination", "notice": "test",
                                                    "published": D("2026-08-01")}, effective=D("2026-08-01")))
    found = compute_deadlines(tps_facts("UA"), decided, TODAY)
    assert [(d.key, d.title.code, d.due) for d in found] == [
        ("tps:UA", "deadline.title.tps_designation_end", D("2026-10-19"))]


def test_the_temporary_routes_say_status_unknown_for_such_a_client():
    doc = te.case(us_status=[{"kind": "tps", "country": "UA", "valid_until": None}])
    r = te.result(doc, "visitor_visa", TODAY)
    te.expect(r, UNLIKELY, says=("status unknown — verify", "19 April 2027"))
    assert "ended" not in te.text(r).split("TPS for Ukraine")[1][:40]


# === Court blocks and Mullin v. Doe (2026-06-25) ===================================================

@pytest.mark.parametrize("cc, on, caveat", [
    ("HT", "2026-03-01", "deadline.caveat.court_blocked"),
    ("HT", "2026-06-24", "deadline.caveat.court_blocked"),
    ("HT", "2026-06-25", None),              # the stay was lifted: the termination took effect
    ("HT", "2026-12-02", None),
    ("SY", "2026-04-01", "deadline.caveat.court_blocked"),
    ("SY", "2026-07-01", None),
    ("SS", "2026-04-01", "deadline.caveat.court_blocked"),
    ("SS", "2026-06-25", "deadline.caveat.court_block_superseded"),  # APA grounds, no newer fact
    ("MM", "2026-12-02", "deadline.caveat.court_block_superseded"),
    ("ET", "2026-12-02", "deadline.caveat.court_block_superseded"),
    ("SO", "2026-03-14", "deadline.caveat.court_blocked"),
    ("SO", "2026-06-24", "deadline.caveat.court_blocked"),
    ("SO", "2026-12-02", "deadline.caveat.court_block_superseded"),  # grounds not recorded
])
def test_court_blocks_recorded_before_mullin_do_not_continue_after_it(cc, on, caveat):
    found = deadlines(tps_facts(cc), D(on))[f"tps:{cc}"]
    codes = [c.code for c in found.caveats if "court" in c.code]
    assert codes == ([caveat] if caveat else [])
    words = deadline_words(found.title, found.basis, found.caveats).caveat or ""
    if caveat == "deadline.caveat.court_block_superseded":
        assert "Mullin v. Doe (25 June 2026)" in words and "likely ended" in words
        assert "status may continue" not in words
    if caveat == "deadline.caveat.court_blocked":
        assert "status may continue" in words


def _edit(fact_id: str, value: Any, effective: date, policy=POLICY):
    base = policy.history(fact_id)[-1]
    return policy.with_fact(replace(base, value=value, effective=effective, until=None))


@pytest.mark.parametrize("value, effective, on, caveat", [
    # A block recorded after the decision continues: the data say so.
    ({"blocked": True, "order": "new order", "grounds": "non_constitutional"}, "2026-07-01", "2026-12-02",
     "deadline.caveat.court_blocked"),
    # A block on constitutional grounds is outside the bar.
    ({"blocked": True, "order": "equal protection", "grounds": "constitutional"}, "2026-03-16", "2026-12-02",
     "deadline.caveat.court_blocked"),
    ({"blocked": True, "order": "APA", "grounds": "non_constitutional"}, "2026-03-16", "2026-12-02",
     "deadline.caveat.court_block_superseded"),
])
def test_the_court_rule_reads_dated_facts(value, effective, on, caveat):
    policy = _edit("tps.ss.termination_blocked", value, D(effective))
    [found] = compute_deadlines(tps_facts("SS"), policy, D(on))
    assert [c.code for c in found.caveats if "court" in c.code] == [caveat]


def test_the_decision_date_is_data():
    base = POLICY.history("tps.judicial_review_bar")[-1]
    later = POLICY.with_fact(replace(base, value={**base.value, "decided": D("2026-09-01")}))
    for on, code in (("2026-07-01", "deadline.caveat.court_blocked"),
                     ("2026-09-01", "deadline.caveat.court_block_superseded")):
        [found] = compute_deadlines(tps_facts("SS"), later, D(on))
        assert [c.code for c in found.caveats if "court" in c.code] == [code]


def test_mullin_is_about_tps_not_parole():
    [found] = compute_deadlines(CaseFacts(us_status=(UsStatus("parole", program="CHNV"),)), POLICY, D("2025-04-20"))
    assert [c.code for c in found.caveats] == ["deadline.caveat.court_blocked"]


# === U.S. citizens and permanent residents; ties to the U.S. =========================================

US_CITIZEN = te.case(us_status=[{"kind": "citizen", "valid_until": None}])
US_PR = te.case(us_status=[{"kind": "permanent_resident", "valid_until": "2030-01-01"}])
ROW = te.row


@pytest.mark.parametrize(te.ROW_ARGS, [
    ROW(US_CITIZEN, TODAY, POE, UNLIKELY, says=("does not apply to U.S. citizens", "the U.S. included"),
        id="us-citizen-port-stca-not-applied"),
    ROW(te.case(us_status=[{"kind": "citizen"}], relatives_in_canada=BROTHER_PR), TODAY, POE, UNLIKELY,
        id="us-citizen-with-an-exception-relative"),
    ROW(te.case(us_status=[{"kind": "citizen"}], canada_entry={"mode": "none", "date": None, "claim_made_on": None,
                                                             "first_entry_date": "2024-05-01"}),
        TODAY, POE, INELIGIBLE, says=("one year",), id="us-citizen-one-year-bar-still-applies"),
    ROW(US_CITIZEN, TODAY, IRR, UNLIKELY, says=("does not apply to U.S. citizens",), id="us-citizen-irregular"),
    ROW(US_CITIZEN, TODAY, "visitor_visa", POSSIBLE, says=("visa-exempt", "IRPR s.190"),
        id="us-citizen-visa-exempt"),
    ROW(US_CITIZEN, TODAY, "study_permit", POSSIBLE, says=("U.S. citizenship or permanent residence",),
        id="us-citizen-study"),
    ROW(US_CITIZEN, TODAY, "work_permit", POSSIBLE, id="us-citizen-work"),
    ROW(US_PR, TODAY, "visitor_visa", POSSIBLE, says=("U.S. permanent resident",), id="us-pr-visitor"),
    ROW(US_PR, TODAY, POE, INELIGIBLE, id="us-pr-stca-applies"),
    # Ties read the status, its dates and its court state.
    ROW(te.case(us_status=[{"kind": "visa", "valid_until": "2025-01-01"}]), TODAY, "visitor_visa", UNLIKELY,
        says=("ended on 1 January 2025",), id="visa-expired-is-no-tie"),
    ROW(te.H1B, TODAY, "visitor_visa", POSSIBLE, says=("valid until 1 January 2028",), id="visa-valid"),
    ROW(te.case(us_status=[{"kind": "tps", "country": "HT", "valid_until": None}]), D("2026-03-01"), "visitor_visa",
        UNLIKELY, says=("blocked by a court", "may continue"), id="tps-ht-blocked-march-2026"),
    ROW(te.case(us_status=[{"kind": "tps", "country": "HT", "valid_until": None}]), REVIEW, "visitor_visa",
        UNLIKELY, says=("TPS for Haiti ended on 3 February 2026",), id="tps-ht-ended-after-mullin"),
    ROW(te.case(us_status=[{"kind": "tps", "country": "SS", "valid_until": None}]), REVIEW, "visitor_visa",
        UNLIKELY, says=("likely ended", "verify"), id="tps-ss-block-superseded"),
    ROW(te.case(us_status=[{"kind": "tps", "country": "UA", "valid_until": None}]), te.GLOBAL, "visitor_visa",
        UNLIKELY, says=("runs to 19 October 2026", "temporary"), id="tps-ua-in-force-still-temporary"),
    ROW(te.case(us_status=[{"kind": "parole", "program": "CHNV", "valid_until": "2026-08-01"}]), TODAY,
        "visitor_visa", UNLIKELY, says=("superseded",), id="chnv-own-date-superseded"),
    ROW(te.case(us_status=[]), TODAY, "visitor_visa", UNLIKELY, says=("No U.S. status is recorded",),
        id="no-us-status-recorded"),
])
def test_us_citizens_and_ties_to_the_us(doc, on, pathway, verdict, missing, says):
    te.expect(te.result(doc, pathway, on), verdict, missing, says)


def test_us_citizenship_and_permanent_residence_have_no_status_deadline():
    assert compute_deadlines(parse_case(US_CITIZEN), POLICY, TODAY) == []
    assert compute_deadlines(parse_case(US_PR), POLICY, TODAY) == []  # 2030-01-01 is the green card's date


# === Bill C-12's one-year bar: every claim, from the first entry after 2020-06-24 ======================

def entry(mode: str = "none", on: str | None = None, claim: str | None = None, first: str | None = None) -> dict:
    doc = {"mode": mode, "date": on, "claim_made_on": claim}
    if first is not None:
        doc["first_entry_date"] = first
    return doc


@pytest.mark.parametrize(te.ROW_ARGS, [
    # Back in the U.S. after a stay in Canada from 2025-01-10: a claim at the port now is barred.
    ROW(te.case(canada_entry=entry(first="2025-01-10"), relatives_in_canada=BROTHER_PR), TODAY, POE, INELIGIBLE,
        says=("first entry into Canada after 24 June 2020", "10 January 2025", "port of entry"),
        id="poe-first-entry-more-than-a-year-ago"),
    ROW(te.case(canada_entry=entry(first="2026-01-10"), relatives_in_canada=BROTHER_PR), TODAY, POE, PROMISING,
        says=("10 January 2027",), id="poe-first-entry-within-a-year"),
    # The anniversary is in time; the day after is not.
    ROW(te.case(canada_entry=entry(first="2025-11-21"), relatives_in_canada=BROTHER_PR), TODAY, POE, PROMISING,
        id="poe-on-the-anniversary"),
    ROW(te.case(canada_entry=entry(first="2025-11-20"), relatives_in_canada=BROTHER_PR), TODAY, POE, INELIGIBLE,
        id="poe-the-day-after-the-anniversary"),
    # Not law before Royal Assent (2026-03-26).
    ROW(te.case(canada_entry=entry(first="2024-01-10"), relatives_in_canada=BROTHER_PR), D("2026-03-25"), POE,
        PROMISING, id="poe-the-day-before-c12"),
    ROW(te.case(canada_entry=entry(first="2024-01-10"), relatives_in_canada=BROTHER_PR), D("2026-03-26"), POE,
        INELIGIBLE, id="poe-c12-day"),
    # A first entry on or before 2020-06-24 does not start the bar.
    ROW(te.case(canada_entry=entry(first="2020-06-24"), relatives_in_canada=BROTHER_PR), TODAY, POE, PROMISING,
        id="poe-entry-on-2020-06-24-not-counted"),
    # The first entry, then a re-entry: the year runs from the first, though the latest is 10 days old.
    ROW(te.case(canada_entry=entry("between_ports", "2026-11-11", first="2024-06-01"),
                relatives_in_canada=BROTHER_PR), TODAY, IRR, INELIGIBLE,
        says=("first entry into Canada after 24 June 2020", "1 June 2024", "left Canada and came back"),
        id="irregular-reentry-barred-from-the-first-entry"),
    ROW(te.case(canada_entry=entry("between_ports", "2026-11-11"), relatives_in_canada=BROTHER_PR), TODAY, IRR,
        PROMISING, says=("Counted from the entry on 11 November 2026",), id="irregular-same-entry-first-unknown"),
    # A claim made before 2025-06-03 is not caught, however late.
    ROW(te.case(canada_entry=entry("between_ports", "2023-05-01", claim="2025-05-20", first="2023-05-01")), TODAY,
        IRR, POSSIBLE, id="claim-before-2025-06-03"),
    # An unaccompanied minor caught by the bar: officers are to consider the minor's circumstances.
    ROW(te.case({"date_of_birth": "2010-03-01"}, minor=te.minor(False, False),
                canada_entry=entry(first="2025-01-10")), TODAY, POE, UNLIKELY,
        says=("officers are to receive guidance", "Seek counsel"), id="unaccompanied-minor-one-year-bar"),
])
def test_one_year_bar(doc, on, pathway, verdict, missing, says):
    te.expect(te.result(doc, pathway, on), verdict, missing, says)


@pytest.mark.parametrize("first, latest, on", [
    ("2024-06-01", "2026-11-11", TODAY),
    ("2025-11-21", None, TODAY),
    ("2025-11-20", None, TODAY),
    ("2026-01-10", "2026-01-10", TODAY),
    ("2025-03-01", "2025-03-01", D("2026-03-25")),
    ("2025-03-01", "2025-03-01", D("2026-03-26")),
    ("2024-02-29", None, D("2026-11-21")),
])
def test_assessment_and_deadlines_never_contradict_each_other(first, latest, on):
    """The port-of-entry claim is barred by the one-year rule exactly when that deadline is overdue."""
    mode = "port_of_entry" if latest else "none"
    doc = te.case(canada_entry=entry(mode, latest, first=first), relatives_in_canada=BROTHER_PR)
    result = te.result(doc, POE, on)
    bar = deadlines(parse_case(doc), on).get("entry:one_year")
    barred = result.summary.code == "poe_claim.summary.one_year_bar"
    assert barred == (bar is not None and bar.overdue(on))
    if bar is not None:
        assert bar.due == result.reasons[0].params["last_day"] if barred else bar.due > on - timedelta(days=1)
        assert bar.basis.params["entered"] == D(first)


def test_the_bar_deadline_counts_from_the_first_entry_and_says_so():
    facts = parse_case(te.case(canada_entry=entry("between_ports", "2026-11-11", first="2024-06-01")))
    found = deadlines(facts, TODAY)
    assert found["entry:one_year"].due == D("2025-06-01") and found["entry:one_year"].overdue(TODAY)
    assert found["entry:14_days"].due == D("2026-11-25")
    words = deadline_words(found["entry:one_year"].title, found["entry:one_year"].basis)
    assert words.basis.startswith("First entered Canada (after 24 June 2020) on 1 June 2024, no claim made")


# === The not-yet-crossed irregular-entry branch ======================================================

@pytest.mark.parametrize(te.ROW_ARGS, [
    # Within 14 days an STCA exception still applies: inadvisable (use the port), not barred.
    ROW(te.case(relatives_in_canada=BROTHER_PR), TODAY, IRR, UNLIKELY,
        says=("Inadvisable", "land port of entry", "not barred"), id="not-crossed-exception-use-the-port"),
    ROW(te.case(canadian_documents={"valid_visa_or_permit": True}), TODAY, IRR, UNLIKELY,
        says=("Document holder exception",), id="not-crossed-document-holder"),
    ROW(te.case(), TODAY, IRR, INELIGIBLE, says=("no exception applies", "C-12"), id="not-crossed-no-exception"),
    ROW(te.case(relatives_in_canada=None), TODAY, IRR, NEEDS_INFO, missing=("relatives_in_canada",),
        id="not-crossed-exceptions-unknown"),
    ROW(te.case(relatives_in_canada=BROTHER_PR), te.Y2024, IRR, UNLIKELY, says=("Risky",),
        id="not-crossed-2024-before-c12"),
    # Crossed: day 14 and day 15, with and without an exception.
    ROW(te.day(14, TODAY, relatives_in_canada=BROTHER_PR), TODAY, IRR, PROMISING, id="day-14-exception"),
    ROW(te.day(14, TODAY), TODAY, IRR, INELIGIBLE, says=("STCA",), id="day-14-no-exception"),
    ROW(te.day(15, TODAY, relatives_in_canada=BROTHER_PR), TODAY, IRR, INELIGIBLE, says=("C-12",),
        id="day-15-exception-does-not-help"),
    ROW(te.day(15, TODAY), TODAY, IRR, INELIGIBLE, says=("after day 14",), id="day-15-no-exception"),
    # An unaccompanied minor past day 14: not a flat "ineligible".
    ROW(te.day(15, TODAY, client={"date_of_birth": "2010-03-01"}, minor=te.minor(False, False)), TODAY, IRR, UNLIKELY,
        says=("officers are to receive guidance to consider the individual circumstances of unaccompanied minors",
              "Seek counsel"), id="day-15-unaccompanied-minor"),
    ROW(te.day(15, TODAY, client={"date_of_birth": "2010-03-01"}, minor=te.minor(None, False)), TODAY, IRR, UNLIKELY,
        missing=("minor.accompanied_by_parent_or_guardian",), id="day-15-minor-accompanied-unknown"),
    ROW(te.day(15, TODAY, client={"date_of_birth": "2010-03-01"}, minor=te.minor(True, True)), TODAY, IRR,
        INELIGIBLE, id="day-15-accompanied-minor"),
    ROW(te.day(15, TODAY, client={"date_of_birth": "2008-11-21"}, minor=te.minor(False, False)), TODAY, IRR,
        INELIGIBLE, id="day-15-just-turned-18"),
])
def test_irregular_entry_branches(doc, on, pathway, verdict, missing, says):
    te.expect(te.result(doc, pathway, on), verdict, missing, says)


# === Express Entry: program eligibility first, then the rounds the candidate can be invited in ==========

def ee_doc(education: str = "master", first: dict | None = None, second: dict | None = None, *,
           born: str = "1998-01-01", **fields: Any) -> dict:
    hc = te.hc(education, first or te.en(10), second, foreign=fields.pop("foreign", 3),
               canadian=fields.pop("canadian", 0))
    hc.update(fields.pop("hc", {}))
    return te.case({"date_of_birth": born}, human_capital=hc, **fields)


# Both score CRS 521 (test_eligibility's EN521: master's, CLB 10, 3 years abroad, 1 year in Canada). The CEC
# candidate's Canadian year is within the last three years; the other's was four years ago (it still counts
# for the CRS, which looks ten years back): a Federal Skilled Worker only.
CEC_521 = ee_doc(canadian=1)
FSW_521 = ee_doc(canadian=1, hc={"canadian_work_years_last_3": 0})
MARCH = D("2026-03-01")   # the CEC cut-off of 2026-02-17 (508) is 12 days old


def test_the_two_candidates_have_the_same_crs():
    assert crs_score(parse_case(CEC_521), POLICY, MARCH).total == crs_score(parse_case(FSW_521), POLICY, MARCH).total \
        == 521


@pytest.mark.parametrize(te.ROW_ARGS, [
    ROW(CEC_521, MARCH, EE, PROMISING, says=("Canadian Experience Class", "508"), id="cec-521-march-2026"),
    ROW(FSW_521, MARCH, EE, UNLIKELY, says=("no recent round open to this profile", "Federal Skilled Worker"),
        id="fsw-only-521-march-2026"),
    ROW(CEC_521, TODAY, EE, POSSIBLE, says=("stale", "277 days old"), id="cec-521-stale-cutoff"),
    ROW(FSW_521, TODAY, EE, UNLIKELY, id="fsw-only-521-today"),
    # FSW minimums and the 67-point grid. Age 28 (12), master's (23), CLB 10 (24), 3 years (11) = 70.
    ROW(ee_doc(), TODAY, EE, UNLIKELY, says=("70 points on the selection grid",), id="fsw-70-points-eligible"),
    # Bachelor's (21), CLB 8 (20), 1 year (9), age 40 (7) = 57: below 67.
    ROW(ee_doc("bachelor", te.en(8), foreign=1, born="1986-01-01"), TODAY, EE, INELIGIBLE,
        says=("57 points", "pass mark of 67"), id="fsw-57-points"),
    # Master's (23), CLB 8 (20), 3 years (11), age 36 (11) + CLB 5 French (4) = 69; without French: 65.
    ROW(ee_doc("master", te.en(8), te.fr(5), born="1990-01-01"), TODAY, EE, UNLIKELY, says=("69 points",),
        id="fsw-69-with-a-second-language"),
    ROW(ee_doc("master", te.en(8), born="1990-01-01"), TODAY, EE, INELIGIBLE, says=("65 points",), id="fsw-65"),
    ROW(ee_doc(first=te.en(6)), TODAY, EE, INELIGIBLE, says=("CLB/NCLC 6", "7 is needed"), id="fsw-clb-6"),
    ROW(ee_doc(foreign=0, canadian=0), TODAY, EE, INELIGIBLE, says=("0 years of skilled work",), id="fsw-no-work"),
    ROW(ee_doc(hc={"settlement_funds_cad": 20_000, "family_size": 3}), TODAY, EE, INELIGIBLE,
        says=("CAD $23,360", "family of 3"), id="fsw-funds-short-family-3"),
    ROW(ee_doc(hc={"settlement_funds_cad": 44_504, "family_size": 8}), TODAY, EE, UNLIKELY,
        says=("CAD $44,504",), id="fsw-funds-family-8"),
    ROW(ee_doc(hc={"settlement_funds_cad": 20_000, "family_size": 3}), D("2025-04-17"), EE, INELIGIBLE,
        says=("CAD $22,483",), id="fsw-funds-2024-table"),
    ROW(ee_doc(hc={"settlement_funds_cad": None, "family_size": None},
               business={"net_worth_cad": 100_000, "designated_org_support": False}), TODAY, EE, NEEDS_INFO,
        missing=("human_capital.family_size", "human_capital.settlement_funds_cad"), id="fsw-funds-unknown"),
    ROW(ee_doc(hc={"settlement_funds_cad": None}, business={"net_worth_cad": 5_000, "designated_org_support": False}),
        TODAY, EE, INELIGIBLE, says=("net worth of CAD $5,000",), id="fsw-net-worth-below-the-funds"),
    # CEC: CLB 7 for TEER 0 and 1, CLB 5 for TEER 2 and 3.
    ROW(ee_doc("secondary", te.en(5), foreign=0, canadian=1, hc={"skilled_work_teer": 2}), MARCH, EE, UNLIKELY,
        says=("Eligible to enter the pool under: Canadian Experience Class",), id="cec-clb-5-teer-2"),
    ROW(ee_doc("secondary", te.en(5), foreign=0, canadian=1, hc={"skilled_work_teer": 1}), MARCH, EE, INELIGIBLE,
        says=("TEER 1 work needs 7",), id="cec-clb-5-teer-1"),
    ROW(ee_doc("secondary", te.en(6), foreign=0, canadian=1, hc={"skilled_work_teer": None}), MARCH, EE, NEEDS_INFO,
        missing=("human_capital.skilled_work_teer",), id="cec-clb-6-teer-unknown"),
    ROW(ee_doc("secondary", te.en(5), foreign=0, canadian=1, hc={"skilled_work_teer": 4}), MARCH, EE, INELIGIBLE,
        says=("TEER 4 work is not skilled",), id="cec-teer-4"),
    # FST: CLB 5/5/4/4, two years in a trade, a certificate of qualification or a job offer.
    ROW(ee_doc("secondary", {"language": "english", "clb": {"speaking": 5, "listening": 5, "reading": 4,
                                                               "writing": 4}}, foreign=2,
               hc={"trade_work_years_last_5": 2, "certificate_of_qualification": True}), TODAY, EE, UNLIKELY,
        says=("Federal Skilled Trades",), id="fst-eligible"),
    ROW(ee_doc("secondary", te.en(5), foreign=2, hc={"trade_work_years_last_5": 2}), TODAY, EE, INELIGIBLE,
        says=("certificate of qualification is needed",), id="fst-no-offer-or-certificate"),
    # Category rounds: only for a category the candidate meets.
    ROW(ee_doc(express_entry={"invitation_date": None, "categories": ["healthcare_social_services"]}),
        D("2025-08-20"), EE, PROMISING, says=("healthcare and social services category", "470"),
        id="healthcare-category-fresh"),
    ROW(ee_doc(express_entry={"invitation_date": None, "categories": ["healthcare_social_services"]}), TODAY, EE,
        POSSIBLE, says=("stale",), id="healthcare-category-2025-cutoff-stale"),
    ROW(ee_doc(), D("2025-08-20"), EE, UNLIKELY, says=("no recent round",), id="no-category-recorded"),
    ROW(ee_doc(express_entry={"invitation_date": None, "categories": ["physicians_canadian_experience"]}), TODAY, EE,
        POSSIBLE, says=("date not known", "stale"), id="physicians-round-date-unknown"),
    # A PNP round with a nomination: far above every PNP cut-off of the year, even with the latest stale.
    ROW(ee_doc(hc={"provincial_nomination": True}), TODAY, EE, PROMISING, says=("Provincial Nominee Program",),
        id="pnp-nominated"),
])
def test_express_entry_programs_and_rounds(doc, on, pathway, verdict, missing, says):
    te.expect(te.result(doc, pathway, on), verdict, missing, says)


# === The age of the law beside the answer (point 4) ===================================================

def test_results_name_the_facts_not_verified_for_90_days():
    fresh = te.result(te.married_to_citizen(), "spousal_sponsorship", REVIEW)
    # Facts tagged R were never verified: always stale; the others were read on 2026-11-21 or 2026-12-02.
    assert "fees.spousal_sponsorship" in fresh.stale_sources
    assert "processing.spousal_outland_months" not in fresh.stale_sources
    later = te.result(te.married_to_citizen(), "spousal_sponsorship", D("2027-03-15"))
    assert "processing.spousal_outland_months" in later.stale_sources  # verified 2026-12-02: 103 days
    assert later.as_dict()["stale_sources"] == list(later.stale_sources)
    assert later.record()["stale_sources"] == list(later.stale_sources)


def test_deadlines_name_the_facts_not_verified_for_90_days():
    [haiti] = compute_deadlines(tps_facts("HT"), POLICY, REVIEW)
    assert haiti.stale_facts == ()
    [haiti] = compute_deadlines(tps_facts("HT"), POLICY, D("2027-03-15"))
    assert set(haiti.stale_facts) == {"tps.ht.designation_end"}
    assert haiti.as_dict(D("2027-03-15"))["stale_facts"] == ["tps.ht.designation_end"]


# === Time travel across Mullin v. Doe, from the command line ===========================================

HAITIAN = te.case({"country_of_birth": "HT", "citizenships": ["HT"]},
                  us_status=[{"kind": "tps", "country": "HT", "valid_until": None}])


@pytest.fixture(scope="module")
def haitian_case(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("mullin") / "haitian.json"
    path.write_text(json.dumps(HAITIAN), encoding="utf-8")
    return path


@pytest.mark.parametrize("as_of, blocked", [("2026-03-01", True), ("2026-12-02", False)])
def test_cli_deadlines_across_mullin_v_doe(tmp_path, haitian_case, as_of, blocked):
    text = casedesk(tmp_path / "h", "deadlines", str(haitian_case), "--as-of", as_of).stdout
    assert ("Termination blocked by a court (Miot v. Trump" in text) is blocked
    assert ("status may continue past this date" in text) is blocked
    items = json.loads(casedesk(tmp_path / "h", "deadlines", str(haitian_case), "--as-of", as_of, "--json").stdout)
    [tps] = [d for d in items if d["key"] == "tps:HT"]
    assert tps["due"] == "2026-02-03"
    codes = [c["code"] for c in tps["messages"]["caveats"]]
    assert codes == (["deadline.caveat.court_blocked"] if blocked else [])


@pytest.mark.parametrize("as_of, blocked", [("2026-03-01", True), ("2026-12-02", False)])
def test_cli_assess_across_mullin_v_doe(tmp_path, haitian_case, as_of, blocked):
    out = json.loads(casedesk(tmp_path / "h", "assess", str(haitian_case), "--as-of", as_of, "--json").stdout)
    visitor = next(p for p in out["pathways"] if p["id"] == "visitor_visa")
    said = " ".join(visitor["reasons"])
    assert ("blocked by a court" in said) is blocked
    assert ("TPS for Haiti ended on 3 February 2026" in said) is not blocked
    cited = {s["id"] for s in visitor["sources"]}
    assert "tps.ht.termination_blocked" in cited


def test_cli_shows_the_age_of_the_law_beside_the_answer(tmp_path, haitian_case):
    out = json.loads(casedesk(tmp_path / "h", "assess", str(haitian_case), "--as-of", "2027-06-01",
                              "--json").stdout)
    visitor = next(p for p in out["pathways"] if p["id"] == "visitor_visa")
    assert "tps.ht.designation_end" in visitor["stale_sources"]
    assert visitor["law_age"].startswith("Rests on policy data not verified for more than 90 days")
    text = casedesk(tmp_path / "h", "assess", str(haitian_case), "--as-of", "2027-06-01").stdout
    assert "\N{WARNING SIGN} Rests on policy data not verified for more than 90 days" in text
    items = json.loads(casedesk(tmp_path / "h", "deadlines", str(haitian_case), "--as-of", "2027-06-01",
                                "--json").stdout)
    assert items[0]["stale_facts"] == ["tps.ht.designation_end"] and items[0]["law_age"]
    fresh = json.loads(casedesk(tmp_path / "h", "deadlines", str(haitian_case), "--as-of", "2026-12-02",
                                "--json").stdout)
    assert fresh[0]["stale_facts"] == [] and fresh[0]["law_age"] is None


def test_the_spec_example_is_still_read_right(spec_case):
    """The example's verdicts that the law did not move; Express Entry is ineligible since it checks a program
    first (net worth 0: no settlement funds), and the one-year bar counts from the 2026-10-01 crossing."""
    doc = copy.deepcopy(spec_case)
    verdicts = te.run(doc, TODAY).verdicts()
    assert verdicts["spousal_sponsorship"] == PROMISING
    assert verdicts["refugee_claim_port_of_entry"] == PROMISING
    assert verdicts["express_entry"] == INELIGIBLE
    assert verdicts["visitor_visa"] == UNLIKELY
