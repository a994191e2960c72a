"""Eligibility rules as tables: a client's facts on a fixed date -> one pathway's verdict.

Every expected verdict is read off the law as ``shared/reference/rules-facts.md`` states it, or
off the two seed articles (Forbes, 2025-04-17; Global News, January 2026), never off the engine's
output. Each table row is one rule; the comment or id beside it says which. Dates that matter:

    2004-12-29  STCA in force (land ports of entry)
    2009-04-17  first-generation limit on citizenship by descent
    2023-03-25  Additional Protocol: the STCA also covers crossings between ports (14 days)
    2024-04-30  federal Self-Employed Persons Program paused
    2025-03-25  CHNV parole terminated (parole ends 2025-04-24)
    2025-06-03  Bill C-12 rules apply to claims made from this day ...
    2025-12-15  Bill C-3 in force: restoration before, 1,095-day test from this day
    2026-01-01  no new PGP applications (MI89); Start-Up Visa closed (2025 certificates to 2026-06-30)
    2026-03-26  ... once C-12 is law (Royal Assent): claim after day 14 and after one year ineligible

Cases are built from ``BASE``: a single adult CHNV parolee in the U.S. whose facts are all known
and all negative (no Canadian relatives, partner, parents, documents or money; never entered
Canada), so a row changes only the facts its rule is about. Express Entry scores were worked out
by hand from the CRS grid (rules-facts.md §2a); the sums are beside the profiles. The verdict
scale for a score below a cut-off follows the engine's documented band (``economic.NEAR``, 30
points): at or above the cut-off ``promising``, within 30 points ``possible``, further ``unlikely``.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from casedesk.domain.assessment import (
    INELIGIBLE, NEEDS_INFO, PATHWAY_IDS, POSSIBLE, PROMISING, UNAVAILABLE, UNLIKELY, VERDICTS,
    Assessment, PathwayResult,
)
from casedesk.domain.casefile import parse_case
from casedesk.domain.crs import crs_score
from casedesk.domain.demo import demo_cases
from casedesk.domain.eligibility import assess
from casedesk.domain.policydata import Policy
from casedesk.policy.loader import default_policy
from casedesk.text import render, render_all

POLICY = default_policy()

FORBES = date(2025, 4, 17)       # the Forbes article
GLOBAL = date(2026, 1, 20)       # the Global News report
TODAY = date(2026, 11, 21)       # rules-facts.md gathered; C-3, C-12, MI89 all in force
Y2024 = date(2024, 9, 10)        # after the Additional Protocol, before Bill C-12

STCA_RELATIONS = ("spouse", "common_law_partner", "legal_guardian", "child", "father", "mother", "brother",
                  "sister", "grandfather", "grandmother", "grandchild", "uncle", "aunt", "nephew", "niece")
STCA_STATUSES = ("citizen", "permanent_resident", "protected_person", "stayed_removal_hc", "work_permit",
                 "study_permit", "refugee_claimant")


# --- building cases -----------------------------------------------------------------------------

def clb4(level: int) -> dict[str, int]:
    return {"speaking": level, "listening": level, "reading": level, "writing": level}


def hc(education: str = "secondary", first: dict | None = None, second: dict | None = None, *,
       foreign: int = 0, canadian: int = 0, nominated: bool = False, funds: float = 30_000,
       family: int = 1) -> dict[str, Any]:
    """Human capital; the Express Entry program facts follow from the work years (skilled work in
    TEER 1, all of it in the last ten years, Canadian work in the last three, no trade), a single
    person with CAD 30,000 to settle."""
    return {"education": education, "first_language": first or {"language": "english", "clb": clb4(5)},
            "second_language": second, "canadian_work_years": canadian, "foreign_work_years": foreign,
            "certificate_of_qualification": False, "canadian_education": "none",
            "provincial_nomination": nominated, "spouse": None,
            "skilled_work_teer": 1 if foreign or canadian else None,
            "skilled_work_years_last_10": min(foreign + canadian, 10), "canadian_work_years_last_3": min(canadian, 3),
            "trade_work_years_last_5": 0, "family_size": family, "settlement_funds_cad": funds}


BASE: dict[str, Any] = {
    "format": "casedesk.case/1",
    "client": {"given_names": "Test", "family_name": "Client", "date_of_birth": "1990-05-02",
               "country_of_birth": "VE", "citizenships": ["VE"], "marital_status": "single"},
    "us_status": [{"kind": "parole", "program": "CHNV", "valid_until": "2025-04-24"}],
    "partner": None,
    "relatives_in_canada": [],
    "parents": [{"relation": "mother", "canadian_at_client_birth": False, "canadian_by": "none"},
                {"relation": "father", "canadian_at_client_birth": False, "canadian_by": "none"}],
    "grandparent_born_in_canada": False,
    "minor": None,
    "canadian_documents": {"valid_visa_or_permit": False},
    "death_penalty_exposure": False,
    "canada_entry": {"mode": "none", "date": None, "claim_made_on": None},
    "human_capital": hc(),  # secondary school, CLB 5, no skilled work: no Express Entry programme
    "job_offer": None,
    "intends_quebec": False,
    "self_employment": {"cultural_or_athletic_years": 0},
    "business": {"net_worth_cad": 0, "designated_org_support": False},
}


def iso(d: date | str | None) -> str | None:
    return d.isoformat() if isinstance(d, date) else d


def case(client: dict | None = None, **sections: Any) -> dict[str, Any]:
    """``BASE`` with the client's identity fields updated and whole sections replaced."""
    doc = copy.deepcopy(BASE)
    doc["client"].update({k: iso(v) for k, v in (client or {}).items()})
    doc.update(copy.deepcopy(sections))
    return doc


def rel(relation: str, status: str | None, age: int | None = 30) -> dict[str, Any]:
    return {"relation": relation, "status": status, "age": age}


def partner(relationship: str | None = "spouse", status: str | None = "citizen", *, in_canada: bool | None = True,
            since: date | str | None = "2019-06-01") -> dict[str, Any]:
    return {"relationship": relationship, "since": iso(since), "status_in_canada": status,
            "lives_in_canada": in_canada, "accompanying": False}


def parent(canadian: bool | None, by: str | None, days: int | None = None, who: str = "mother") -> dict[str, Any]:
    return {"relation": who, "canadian_at_client_birth": canadian, "canadian_by": by,
            "days_in_canada_before_client_birth": days}


NOT_CANADIAN_FATHER = parent(False, "none", who="father")


def crossed(on: date, claim: date | None = None) -> dict[str, Any]:
    return {"mode": "between_ports", "date": on.isoformat(), "claim_made_on": iso(claim)}


def minor(accompanied: bool | None, parent_in_canada_or_us: bool | None) -> dict[str, Any]:
    return {"accompanied_by_parent_or_guardian": accompanied,
            "parent_or_guardian_in_canada_or_us": parent_in_canada_or_us}


def married_to_citizen(**kw: Any) -> dict[str, Any]:
    return case({"marital_status": "married"}, partner=partner(**kw))


def en(level: int) -> dict:
    return {"language": "english", "clb": clb4(level)}


def fr(level: int) -> dict:
    return {"language": "french", "clb": clb4(level)}


# Express Entry profiles, born 1998-01-01 (aged 27-28 on every date used: 110 age points, single).
EE_CLIENT = {"date_of_birth": "1998-01-01"}
# age 110 + master's 135 + English 4 x 34 = 136 -> core 381; transferability: master's + CLB 9+ 50,
# 3 years foreign + CLB 9+ 50 -> 100; additional 0.                                        CRS 481
EN481 = case(EE_CLIENT, human_capital=hc("master", en(10), foreign=3))
# EN481 + 1 year of Canadian work: core 381 + 40 = 421; both transferability groups already at their
# 50-point caps -> 100.                                                                   CRS 521
EN521 = case(EE_CLIENT, human_capital=hc("master", en(10), foreign=3, canadian=1))
# age 110 + bachelor's 120 + French 4 x 31 = 124 + English (second) 4 x 1 = 4 -> core 358;
# transferability: bachelor's + NCLC 9+ 25, 3 years foreign + NCLC 9+ 50 -> 75;
# additional: NCLC 7+ in all four and CLB 5+ in all four English abilities 50.           CRS 483
FR483 = case(EE_CLIENT, human_capital=hc("bachelor", fr(9), en(5), foreign=3))


# --- running the engine, with the invariants every result must keep -------------------------------

def _paths(value: Any, prefix: str = "") -> set[str]:
    """Every field path of a case-file document, list indexes written ``[]``."""
    if isinstance(value, dict):
        out = set()
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            out |= {path} | _paths(item, path)
        return out
    if isinstance(value, list):
        return set().union(*(_paths(item, prefix + "[]") for item in value)) if value else set()
    return set()


# The case-file contract's fields (the spec's example, kept in tests/data, has every one of them).
CASE_PATHS = _paths(json.loads((Path(__file__).parent / "data" / "spec_example.json").read_text(encoding="utf-8")))


def names_a_case_field(path: str) -> bool:
    """``missing`` must name case-file fields (human capital and job offer: by section, the CRS names
    sub-fields of its own)."""
    root = re.split(r"[.\[]", path)[0]
    if root in ("human_capital", "job_offer"):
        return root in CASE_PATHS
    return re.sub(r"\[\d+\]", "[]", path) in CASE_PATHS


def check_result(p: PathwayResult, policy: Policy = POLICY) -> None:
    assert p.verdict in VERDICTS, (p.id, p.verdict)
    assert p.reasons and all(render(r).strip() for r in p.reasons), p.id
    assert all(names_a_case_field(m) for m in p.missing), f"{p.id}: missing names no case-file field: {p.missing}"
    if p.verdict == NEEDS_INFO:
        assert p.missing and all(m.strip() for m in p.missing), p.id
    else:
        assert p.sources, f"{p.id}: a decided verdict ({p.verdict}) must cite its sources"
    unknown = {s.id for s in p.sources} - set(policy.ids())
    assert not unknown, f"{p.id} cites sources that are not policy facts: {unknown}"


def check(assessment: Assessment, policy: Policy = POLICY) -> None:
    """The invariants of a whole assessment (the policy data cover 2024 on for every pathway)."""
    ids = [p.id for p in assessment.pathways]
    assert Counter(ids) == Counter(PATHWAY_IDS), ids
    for p in assessment.pathways:
        check_result(p, policy)


def run(doc: dict, on: date, policy: Policy = POLICY) -> Assessment:
    assessment = assess(parse_case(doc), policy, on)
    if on >= date(2024, 1, 1):
        check(assessment, policy)
    return assessment


def result(doc: dict, pathway: str, on: date, policy: Policy = POLICY) -> PathwayResult:
    """One pathway's result; the pathway under test keeps the invariants on any date."""
    found = [p for p in run(doc, on, policy).pathways if p.id == pathway]
    assert len(found) == 1, pathway
    check_result(found[0], policy)
    return found[0]


def text(r: PathwayResult) -> str:
    """The result in English words, as the UI and the command line show it."""
    return " ".join((render(r.summary), *render_all(r.reasons), *render_all(r.next_steps)))


def expect(r: PathwayResult, verdict: str, missing: tuple[str, ...] = (), says: tuple[str, ...] = ()) -> None:
    assert r.verdict == verdict, f"{r.id}: {r.verdict} ({r.summary}; {r.reasons}; missing {r.missing})"
    for field in missing:
        assert field in r.missing, f"{r.id}: {field} not named in missing {r.missing}"
    for words in says:
        assert words.lower() in text(r).lower(), f"{r.id}: {words!r} not in {text(r)!r}"


def row(doc: dict, on: date, pathway: str, verdict: str, *, missing: tuple[str, ...] = (),
        says: tuple[str, ...] = (), id: str) -> Any:
    return pytest.param(doc, on, pathway, verdict, missing, says, id=id)


def _assert_row(doc: dict, on: date, pathway: str, verdict: str, missing: tuple, says: tuple) -> None:
    expect(result(doc, pathway, on), verdict, missing, says)


ROW_ARGS = "doc,on,pathway,verdict,missing,says"


# === The Forbes article (2025-04-17), on its date and on 2026-11-21 ===============================

PAROLEE = case()
PGP_PARENT = case({"date_of_birth": "1962-02-10", "marital_status": "widowed"},
                  relatives_in_canada=[rel("child", "citizen", 35)])
UNACCOMPANIED = case({"date_of_birth": "2010-01-05"}, minor=minor(False, False))  # 15, then 16
QUEBEC_INVESTOR = case(human_capital=hc("master", fr(8), en(7), foreign=5), intends_quebec=True,
                       business={"net_worth_cad": 2_500_000, "designated_org_support": False})

# (doc, pathway, verdict on 2025-04-17, verdict on 2026-11-21, id, says on both dates)
FORBES_EXAMPLES = [
    # Visitor, student, worker visas: the officer must believe they will leave (IRPR 179(b)) -
    # "essentially a mission impossible" for a parolee who cannot go home.
    (PAROLEE, "visitor_visa", UNLIKELY, UNLIKELY, "visitor-visa-mission-impossible", ("179(b)",)),
    (PAROLEE, "study_permit", UNLIKELY, UNLIKELY, "study-permit-mission-impossible", ("179(b)",)),
    (PAROLEE, "work_permit", UNLIKELY, UNLIKELY, "work-permit-mission-impossible", ("179(b)",)),
    # Asylum blocked by treaty at land ports, except a spouse, parent or sibling in Canada, or an
    # unaccompanied minor.
    (PAROLEE, "refugee_claim_port_of_entry", INELIGIBLE, INELIGIBLE, "stca-bars-port-claim", ()),
    (married_to_citizen(), "refugee_claim_port_of_entry", PROMISING, PROMISING, "stca-spouse-in-canada",
     ("Family member exception",)),
    (case(relatives_in_canada=[rel("mother", "permanent_resident", 58)]), "refugee_claim_port_of_entry",
     PROMISING, PROMISING, "stca-parent-in-canada", ("Family member exception",)),
    (case(relatives_in_canada=[rel("brother", "citizen", 34)]), "refugee_claim_port_of_entry",
     PROMISING, PROMISING, "stca-sibling-in-canada", ("Family member exception",)),
    (UNACCOMPANIED, "refugee_claim_port_of_entry", PROMISING, PROMISING, "stca-unaccompanied-minor",
     ("Unaccompanied minor exception",)),
    # Irregular crossing, then 14 days undetected: "risky and legally precarious" in April 2025;
    # Bill C-12 (law 2026-03-26) makes a claim after day 14 ineligible.
    (PAROLEE, "refugee_claim_after_irregular_entry", UNLIKELY, INELIGIBLE, "irregular-crossing-14-days", ()),
    # Canadian-born parent: already a citizen by descent; apply for a citizenship certificate.
    (case(parents=[parent(True, "birth_in_canada"), NOT_CANADIAN_FATHER]), "citizenship_by_descent",
     PROMISING, PROMISING, "canadian-born-parent", ("citizenship certificate",)),
    # Express Entry: recent cut-offs over 500 (521 in Apr 2025, 508 in Nov 2026); French rounds lower.
    # Issue 11 (the law as reviewed on 2026-12-02): every 2025-26 "general" round was a Canadian Experience
    # Class round, which a candidate with only foreign work cannot be invited in, so the FSW-only 481 is
    # compared with no round at all (was `possible` against 508 in 2026). The French round of 2026-04-29 is
    # stale on 2026-11-21, but 483 clears every French cut-off of the past year (397-419): still promising.
    (EN481, "express_entry", UNLIKELY, UNLIKELY, "express-entry-cutoffs-over-500", ("481",)),
    (FR483, "express_entry", PROMISING, PROMISING, "express-entry-french-lower", ("483", "French")),
    # PNP: intake cut 50% in 2025; provinces favour people already there or with a job offer.
    (PAROLEE, "provincial_nominee", UNLIKELY, UNLIKELY, "pnp-no-ties", ()),
    (case(job_offer={"province": "MB", "teer": 2}), "provincial_nominee", POSSIBLE, POSSIBLE, "pnp-job-offer",
     ("MB",)),
    # Spousal sponsorship: the strongest route.
    (married_to_citizen(), "spousal_sponsorship", PROMISING, PROMISING, "spousal-strongest-route", ()),
    # Other family: parents are slower (small lotteries), and no new PGP applications from 2026.
    (PGP_PARENT, "other_family_sponsorship", UNLIKELY, UNAVAILABLE, "pgp-parent-of-canadian", ()),
    # Self-employed: paused (since 2024-04-30, extended until further notice 2025-12-19).
    (case(self_employment={"cultural_or_athletic_years": 6}), "self_employed", UNAVAILABLE, UNAVAILABLE,
     "self-employed-paused", ()),
    # Start-Up Visa: possible with a designated organisation's backing; closed from 2026 (2025
    # certificate holders could apply until 2026-06-30).
    (case(business={"net_worth_cad": 150_000, "designated_org_support": True}), "start_up_visa", POSSIBLE,
     UNAVAILABLE, "start-up-visa", ()),
    # Investor: the federal investor class has been closed since 2014, whatever the capital.
    (case(business={"net_worth_cad": 5_000_000, "designated_org_support": False}), "investor", UNAVAILABLE,
     UNAVAILABLE, "investor-closed", ()),
    # Quebec: a similar stream, with strict French and financial requirements: worth exploring.
    (QUEBEC_INVESTOR, "quebec_business", POSSIBLE, POSSIBLE, "quebec-business-french-and-capital", ()),
]


@pytest.mark.parametrize(ROW_ARGS, [
    row(doc, on, pathway, verdict, says=says, id=f"{name}@{on}")
    for doc, pathway, then, now, name, says in FORBES_EXAMPLES
    for on, verdict in ((FORBES, then), (TODAY, now))
])
def test_forbes_examples(doc, on, pathway, verdict, missing, says):
    _assert_row(doc, on, pathway, verdict, missing, says)


def test_forbes_figures_come_from_dated_policy():
    """Spousal ~10 months outland in April 2025, inland twice as long; PNP 2025 allocation halved."""
    spousal = result(married_to_citizen(), "spousal_sponsorship", FORBES)
    expect(spousal, PROMISING, says=("about 10 months", "inland: about 20"))
    later = result(married_to_citizen(), "spousal_sponsorship", TODAY)
    expect(later, PROMISING, says=("about 16 months", "inland: about 25"))
    march = result(married_to_citizen(), "spousal_sponsorship", date(2026, 3, 15))
    expect(march, PROMISING, says=("about 15 months", "inland: about 21"))
    expect(result(PAROLEE, "provincial_nominee", date(2024, 6, 1)), UNLIKELY, says=("110,000",))
    expect(result(PAROLEE, "provincial_nominee", FORBES), UNLIKELY, says=("55,000", "50%"))
    expect(result(PAROLEE, "provincial_nominee", TODAY), UNLIKELY, says=("91,500",))


# === Global News (January 2026): Venezuelans, Haitians, Somalis losing TPS ========================

def tps_client(country: str, until: str, **sections: Any) -> dict[str, Any]:
    return case({"country_of_birth": country, "citizenships": [country]},
                us_status=[{"kind": "tps", "country": country, "valid_until": until},
                           {"kind": "ead", "valid_until": until}], **sections)


TPS_CLIENTS = {
    "venezuelan-tps": tps_client("VE", "2025-11-07"),
    "haitian-tps-cousin-in-canada": tps_client("HT", "2026-02-03", relatives_in_canada=[rel("cousin", "citizen")]),
    "somali-tps": tps_client("SO", "2026-03-17"),
}
# Nothing Canadian to lean on: temporary routes fail on intent to return, the STCA bars a port claim
# (a cousin does not count, and cannot sponsor), no Express Entry programme (CLB 5, no skilled work),
# the business programs are paused or closed. Between the two dates Bill C-12 became law.
TPS_EXPECTED = {
    "visitor_visa": UNLIKELY, "study_permit": UNLIKELY, "work_permit": UNLIKELY,
    "refugee_claim_port_of_entry": INELIGIBLE, "refugee_claim_after_irregular_entry": UNLIKELY,
    "citizenship_by_descent": INELIGIBLE, "express_entry": INELIGIBLE, "provincial_nominee": UNLIKELY,
    "spousal_sponsorship": INELIGIBLE, "other_family_sponsorship": INELIGIBLE, "self_employed": UNAVAILABLE,
    "quebec_business": UNLIKELY, "start_up_visa": UNAVAILABLE, "investor": UNAVAILABLE,
}


@pytest.mark.parametrize("name", TPS_CLIENTS)
@pytest.mark.parametrize("on,changes", [
    (GLOBAL, {}),
    (TODAY, {"refugee_claim_after_irregular_entry": INELIGIBLE}),
], ids=["2026-01-20", "2026-11-21"])
def test_global_news_tps_clients(name, on, changes):
    assert run(TPS_CLIENTS[name], on).verdicts() == TPS_EXPECTED | changes


# === STCA exceptions (IRPR s.159.5), at a land port of entry ======================================

POE = "refugee_claim_port_of_entry"


@pytest.mark.parametrize("relation", STCA_RELATIONS)
@pytest.mark.parametrize("status", STCA_STATUSES)
def test_stca_family_member_counts(relation, status):
    """Each listed relation, in Canada, with each qualifying status (an adult relative)."""
    doc = case(relatives_in_canada=[rel(relation, status, 30)])
    expect(result(doc, POE, TODAY), PROMISING, says=("Family member exception",))


@pytest.mark.parametrize(ROW_ARGS, [
    *[row(case(relatives_in_canada=[rel(relation, status)]), TODAY, POE, INELIGIBLE, id=f"{relation}-{status}")
      for relation in ("cousin", "other") for status in STCA_STATUSES],
    *[row(case(relatives_in_canada=[rel(relation, "none")]), TODAY, POE, INELIGIBLE, id=f"{relation}-no-status")
      for relation in STCA_RELATIONS],
    row(case(relatives_in_canada=[rel("brother", "refugee_claimant", 17)]), TODAY, POE, INELIGIBLE,
        id="brother-refugee-claimant-17"),
    row(case(relatives_in_canada=[rel("brother", "refugee_claimant", 18)]), TODAY, POE, PROMISING,
        says=("Family member exception",), id="brother-refugee-claimant-18"),
    row(case(relatives_in_canada=[rel("brother", "refugee_claimant", None)]), TODAY, POE, NEEDS_INFO,
        missing=("relatives_in_canada[0].age",), id="brother-refugee-claimant-age-unknown"),
    row(case(relatives_in_canada=[rel("sister", None)]), TODAY, POE, NEEDS_INFO,
        missing=("relatives_in_canada[0].status",), id="sister-status-unknown"),
    row(case(relatives_in_canada=[rel("cousin", None)]), TODAY, POE, INELIGIBLE, id="cousin-status-unknown"),
    row(case(relatives_in_canada=[rel("cousin", "permanent_resident", 26), rel("brother", "refugee_claimant", 17)]),
        TODAY, POE, INELIGIBLE, id="cousin-and-17-year-old-claimant-brother"),
    row(case(relatives_in_canada=[rel("cousin", "citizen"), rel("uncle", "work_permit", 52)]), TODAY, POE,
        PROMISING, says=("uncle",), id="uncle-with-work-permit-beside-cousin"),
    row(case(relatives_in_canada=None), TODAY, POE, NEEDS_INFO, missing=("relatives_in_canada",),
        id="relatives-unknown"),
    # The STCA has applied at land ports since 2004.
    row(case(relatives_in_canada=[rel("brother", "permanent_resident")]), date(2015, 6, 1), POE, PROMISING,
        id="brother-pr-2015"),
    row(case(), date(2015, 6, 1), POE, INELIGIBLE, id="no-exception-2015"),
])
def test_stca_relatives_that_do_not_count(doc, on, pathway, verdict, missing, says):
    _assert_row(doc, on, pathway, verdict, missing, says)


def with_partner(**kw: Any) -> dict[str, Any]:
    marital = "common_law" if kw.get("relationship") == "common_law" else "married"
    return case({"marital_status": marital}, partner=partner(**kw))


@pytest.mark.parametrize(ROW_ARGS, [
    # A spouse or common-law partner living in Canada is a family member (s.159.1).
    row(with_partner(), TODAY, POE, PROMISING, says=("Family member exception", "spouse"), id="spouse-citizen"),
    *[row(with_partner(status=s), TODAY, POE, PROMISING, id=f"spouse-{s}") for s in STCA_STATUSES[1:]],
    row(with_partner(status="none"), TODAY, POE, INELIGIBLE, id="spouse-no-status"),
    row(with_partner(status=None), TODAY, POE, NEEDS_INFO, missing=("partner.status_in_canada",),
        id="spouse-status-unknown"),
    # The anchor must be physically in Canada.
    row(with_partner(in_canada=False), TODAY, POE, INELIGIBLE, id="spouse-citizen-abroad"),
    row(with_partner(in_canada=None), TODAY, POE, NEEDS_INFO, missing=("partner.lives_in_canada",),
        id="spouse-citizen-whereabouts-unknown"),
    # Common-law: only after one year of cohabitation.
    row(with_partner(relationship="common_law", since=TODAY - timedelta(days=800)), TODAY, POE, PROMISING,
        id="common-law-two-years"),
    row(with_partner(relationship="common_law", since="2026-05-01"), TODAY, POE, INELIGIBLE,
        id="common-law-six-months"),
    row(with_partner(relationship="common_law", since=None), TODAY, POE, NEEDS_INFO, missing=("partner.since",),
        id="common-law-since-unknown"),
    row(with_partner(relationship=None), TODAY, POE, NEEDS_INFO, missing=("partner.relationship",),
        id="relationship-unknown"),
    # A conjugal partner is not a listed family member.
    row(with_partner(relationship="conjugal"), TODAY, POE, INELIGIBLE, id="conjugal-partner"),
])
def test_stca_partner(doc, on, pathway, verdict, missing, says):
    _assert_row(doc, on, pathway, verdict, missing, says)


@pytest.mark.parametrize(ROW_ARGS, [
    # Under 18, not accompanied by a parent or guardian, none in Canada or the U.S., no spouse or partner.
    row(case({"date_of_birth": "2010-03-01"}, minor=minor(False, False)), TODAY, POE, PROMISING,
        says=("Unaccompanied minor exception",), id="unaccompanied-16"),
    row(case({"date_of_birth": "2008-11-22"}, minor=minor(False, False)), TODAY, POE, PROMISING,
        id="unaccompanied-17-the-day-before-18"),
    row(case({"date_of_birth": "2008-11-21"}, minor=minor(False, False)), TODAY, POE, INELIGIBLE,
        id="18-today-not-a-minor"),
    row(case({"date_of_birth": "2010-03-01"}, minor=minor(True, True)), TODAY, POE, INELIGIBLE,
        id="accompanied-by-parent"),
    row(case({"date_of_birth": "2010-03-01"}, minor=minor(True, False)), TODAY, POE, INELIGIBLE,
        id="accompanied-by-guardian"),
    row(case({"date_of_birth": "2010-03-01"}, minor=minor(False, True)), TODAY, POE, INELIGIBLE,
        id="parent-in-the-us"),
    row(case({"date_of_birth": "2010-03-01"}, minor=minor(None, True)), TODAY, POE, INELIGIBLE,
        id="parent-in-the-us-accompanied-unknown"),
    row(case({"date_of_birth": "2010-03-01", "marital_status": "married"}, minor=minor(False, False)), TODAY, POE,
        INELIGIBLE, id="married-minor"),
    row(case({"date_of_birth": "2010-03-01"}, minor=None), TODAY, POE, NEEDS_INFO,
        missing=("minor.accompanied_by_parent_or_guardian", "minor.parent_or_guardian_in_canada_or_us"),
        id="minor-facts-unknown"),
    row(case({"date_of_birth": "2010-03-01", "marital_status": None}, minor=minor(False, False)), TODAY, POE,
        NEEDS_INFO, missing=("client.marital_status",), id="minor-marital-status-unknown"),
    row(case({"date_of_birth": None}), TODAY, POE, NEEDS_INFO, missing=("client.date_of_birth",),
        id="age-unknown"),
    # Document holder and public interest.
    row(case(canadian_documents={"valid_visa_or_permit": True}), TODAY, POE, PROMISING,
        says=("Document holder exception",), id="document-holder"),
    row(case(death_penalty_exposure=True), TODAY, POE, PROMISING, says=("Public interest exception",),
        id="death-penalty"),
    row(case(canadian_documents=None), TODAY, POE, NEEDS_INFO, missing=("canadian_documents.valid_visa_or_permit",),
        id="documents-unknown"),
    row(case(death_penalty_exposure=None), TODAY, POE, NEEDS_INFO, missing=("death_penalty_exposure",),
        id="death-penalty-unknown"),
    # One exception is enough: what else is unknown does not matter.
    row(case(relatives_in_canada=[rel("sister", "citizen")], canadian_documents=None, death_penalty_exposure=None),
        TODAY, POE, PROMISING, id="exception-holds-other-facts-unknown"),
    row(case({"date_of_birth": None}, relatives_in_canada=None, canadian_documents=None, death_penalty_exposure=None),
        TODAY, POE, NEEDS_INFO, missing=("client.date_of_birth", "relatives_in_canada",
                                         "canadian_documents.valid_visa_or_permit", "death_penalty_exposure"),
        id="everything-unknown"),
])
def test_stca_minor_documents_public_interest(doc, on, pathway, verdict, missing, says):
    _assert_row(doc, on, pathway, verdict, missing, says)


# === Refugee claim after crossing between ports ===================================================

IRR = "refugee_claim_after_irregular_entry"
BROTHER_PR = [rel("brother", "permanent_resident", 40)]


def day(n: int, on: date, claim: bool = False, **sections: Any) -> dict[str, Any]:
    """Crossed between ports ``n`` days before ``on``; the claim made on ``on`` (or not yet)."""
    crossing = on - timedelta(days=n)
    return case(canada_entry=crossed(crossing, on if claim else None), **sections)


@pytest.mark.parametrize(ROW_ARGS, [
    # The same facts, day 20 with no claim yet: after the 14-day STCA window, a claim could proceed
    # before C-12; once C-12 is law (2026-03-26), a claim after day 14 is ineligible.
    row(day(20, Y2024), Y2024, IRR, POSSIBLE, id="day-20-in-2024"),
    row(day(20, FORBES), FORBES, IRR, POSSIBLE, id="day-20-april-2025"),
    row(day(20, date(2026, 3, 25)), date(2026, 3, 25), IRR, POSSIBLE, id="day-20-the-day-before-c12"),
    row(day(20, date(2026, 3, 26)), date(2026, 3, 26), IRR, INELIGIBLE, says=("C-12",), id="day-20-c12-in-force"),
    row(day(20, TODAY), TODAY, IRR, INELIGIBLE, says=("C-12",), id="day-20-in-2026"),
    # C-12 has no family exception: a brother in Canada does not save a claim after day 14.
    row(day(20, TODAY, relatives_in_canada=BROTHER_PR), TODAY, IRR, INELIGIBLE, id="day-20-2026-brother-pr"),
    row(day(20, Y2024, relatives_in_canada=BROTHER_PR), Y2024, IRR, POSSIBLE, id="day-20-2024-brother-pr"),
    # Within 14 days the STCA returns them, unless an exception applies.
    row(day(10, TODAY), TODAY, IRR, INELIGIBLE, says=("STCA",), id="day-10-2026"),
    row(day(10, Y2024), Y2024, IRR, INELIGIBLE, says=("STCA",), id="day-10-2024"),
    row(day(10, TODAY, relatives_in_canada=BROTHER_PR), TODAY, IRR, PROMISING,
        says=("Family member exception",), id="day-10-2026-brother-pr"),
    row(day(10, Y2024, relatives_in_canada=BROTHER_PR), Y2024, IRR, PROMISING, id="day-10-2024-brother-pr"),
    row(day(10, TODAY, canadian_documents={"valid_visa_or_permit": True}), TODAY, IRR, PROMISING,
        says=("Document holder exception",), id="day-10-document-holder"),
    row(day(10, TODAY, claim=True, death_penalty_exposure=True), TODAY, IRR, PROMISING,
        says=("Public interest exception",), id="day-10-claim-made-death-penalty"),
    row(day(10, TODAY, canadian_documents=None), TODAY, IRR, NEEDS_INFO,
        missing=("canadian_documents.valid_visa_or_permit",), id="day-10-documents-unknown"),
    # Day 14 is "within 14 days after crossing"; day 15 is not.
    row(day(14, Y2024), Y2024, IRR, INELIGIBLE, id="day-14-2024"),
    row(day(15, Y2024), Y2024, IRR, POSSIBLE, id="day-15-2024"),
    row(day(14, TODAY), TODAY, IRR, INELIGIBLE, says=("STCA",), id="day-14-2026-stca"),
    row(day(15, TODAY), TODAY, IRR, INELIGIBLE, says=("C-12",), id="day-15-2026-c12"),
    row(day(14, TODAY, relatives_in_canada=BROTHER_PR), TODAY, IRR, PROMISING, id="day-14-2026-brother-pr"),
    # C-12 reaches back to claims made on or after 2025-06-03, not before.
    row(case(canada_entry=crossed(date(2025, 5, 1), date(2025, 5, 20))), TODAY, IRR, POSSIBLE,
        id="claimed-day-19-before-2025-06-03"),
    row(case(canada_entry=crossed(date(2025, 6, 1), date(2025, 6, 20))), TODAY, IRR, INELIGIBLE,
        says=("C-12",), id="claimed-day-19-after-2025-06-03"),
    row(case(canada_entry=crossed(date(2025, 6, 1), date(2025, 6, 20))), date(2025, 7, 1), IRR, POSSIBLE,
        id="same-claim-seen-before-c12-was-law"),
    # One-year bar: entries after 2020-06-24, claims on or after 2025-06-03, more than a year after entry.
    row(case(canada_entry=crossed(date(2024, 6, 1))), TODAY, IRR, INELIGIBLE, says=("one year",),
        id="one-year-bar"),
    row(case(canada_entry=crossed(date(2024, 6, 1), date(2025, 5, 1))), TODAY, IRR, POSSIBLE,
        id="claimed-after-11-months-before-2025-06-03"),
    row(case(canada_entry=crossed(date(2024, 1, 10), date(2025, 4, 1))), TODAY, IRR, POSSIBLE,
        id="claimed-after-a-year-but-before-2025-06-03"),
    row(case(canada_entry=crossed(date(2024, 1, 10))), Y2024, IRR, POSSIBLE, id="eight-months-in-2024"),
    row(case(canada_entry=crossed(date(2020, 6, 1))), TODAY, IRR, INELIGIBLE, says=("day 14",),
        id="entered-before-2020-06-24-c12-day-14-rule"),
    # Before 2023-03-25 the STCA did not cover crossings between ports.
    row(case(canada_entry=crossed(date(2023, 3, 20), date(2023, 3, 24))), date(2023, 3, 24), IRR, POSSIBLE,
        id="crossed-2023-03-20-claimed-day-4"),
    row(case(canada_entry=crossed(date(2023, 3, 20), date(2023, 3, 24))), TODAY, IRR, POSSIBLE,
        id="crossed-2023-03-20-claimed-day-4-seen-today"),
    row(case(canada_entry=crossed(date(2022, 6, 1))), date(2022, 6, 5), IRR, POSSIBLE, id="crossed-2022-day-4"),
    row(case(canada_entry=crossed(date(2023, 3, 25), date(2023, 3, 29))), date(2023, 3, 29), IRR, INELIGIBLE,
        id="crossed-2023-03-25-claimed-day-4"),
    row(case(canada_entry=crossed(date(2023, 3, 25), date(2023, 3, 29))), TODAY, IRR, INELIGIBLE,
        id="crossed-2023-03-25-claimed-day-4-seen-today"),
    # Not yet in Canada: what a crossing would lead to.
    row(case(), date(2022, 6, 1), IRR, POSSIBLE, id="not-entered-2022"),
    row(case(), Y2024, IRR, UNLIKELY, says=("14",), id="not-entered-2024-risky"),
    row(case(), TODAY, IRR, INELIGIBLE, says=("C-12",), id="not-entered-2026"),
    # Facts that decide it are unknown; or the route does not apply.
    row(case(canada_entry={"mode": "between_ports", "date": None, "claim_made_on": None}), TODAY, IRR, NEEDS_INFO,
        missing=("canada_entry.date",), id="crossing-date-unknown"),
    row(case(canada_entry=None), TODAY, IRR, NEEDS_INFO, missing=("canada_entry.mode",), id="entry-unknown"),
    row(case(canada_entry={"mode": "port_of_entry", "date": "2026-11-18", "claim_made_on": "2026-11-18"}), TODAY,
        IRR, UNLIKELY, id="entered-at-a-port"),
])
def test_irregular_entry(doc, on, pathway, verdict, missing, says):
    _assert_row(doc, on, pathway, verdict, missing, says)


# === Citizenship by descent =======================================================================

CIT = "citizenship_by_descent"


def born_to(born: str, *parents: dict, **sections: Any) -> dict[str, Any]:
    return case({"date_of_birth": born}, parents=[*parents, NOT_CANADIAN_FATHER], **sections)


DESCENT = parent(True, "descent")
C3_DAY = date(2025, 12, 15)


@pytest.mark.parametrize(ROW_ARGS, [
    # First generation: a parent born or naturalized in Canada passes citizenship on.
    *[row(born_to("1990-05-02", parent(True, "birth_in_canada")), on, CIT, PROMISING,
          says=("citizenship certificate",), id=f"parent-born-in-canada@{on}")
      for on in (date(2024, 1, 1), FORBES, TODAY)],
    row(born_to("1990-05-02", parent(True, "naturalization")), TODAY, CIT, PROMISING, id="parent-naturalized"),
    row(born_to("1990-05-02", parent(False, "naturalization")), TODAY, CIT, INELIGIBLE,
        id="parent-naturalized-after-the-birth"),
    # Parent a citizen by descent, client born 2009-04-17 or later: blocked by the first-generation
    # limit until Bill C-3 (only a discretionary grant, so unlikely), a citizen automatically after.
    row(born_to("2010-06-01", DESCENT), FORBES, CIT, UNLIKELY, id="second-generation-2010-before-c3"),
    row(born_to("2010-06-01", DESCENT), C3_DAY - timedelta(days=1), CIT, UNLIKELY,
        id="second-generation-2010-the-day-before-c3"),
    row(born_to("2010-06-01", DESCENT), C3_DAY, CIT, PROMISING, says=("C-3",), id="second-generation-2010-c3-day"),
    row(born_to("2010-06-01", DESCENT), TODAY, CIT, PROMISING, says=("C-3",), id="second-generation-2010-2026"),
    # Born before the first-generation limit: citizenship could pass to a second generation.
    row(born_to("2009-04-16", DESCENT), FORBES, CIT, POSSIBLE, id="born-the-day-before-the-limit"),
    row(born_to("2009-04-17", DESCENT), FORBES, CIT, UNLIKELY, id="born-on-the-limit-day"),
    row(born_to("1990-05-02", DESCENT), FORBES, CIT, POSSIBLE, id="second-generation-1990-before-c3"),
    row(born_to("1990-05-02", DESCENT), TODAY, CIT, PROMISING, id="second-generation-1990-2026"),
    # Born on or after 2025-12-15 to a parent born abroad: the 1,095-day substantial connection.
    row(born_to("2025-12-15", parent(True, "descent", 1095)), TODAY, CIT, PROMISING, says=("1,095",),
        id="born-c3-day-parent-1095-days"),
    row(born_to("2026-02-01", parent(True, "descent", 2000)), TODAY, CIT, PROMISING, id="born-2026-parent-2000-days"),
    row(born_to("2025-12-15", parent(True, "descent", 1094)), TODAY, CIT, INELIGIBLE,
        id="born-c3-day-parent-1094-days"),
    row(born_to("2025-12-15", parent(True, "descent", None)), TODAY, CIT, NEEDS_INFO,
        missing=("parents[0].days_in_canada_before_client_birth",), id="born-c3-day-parent-days-unknown"),
    row(born_to("2025-12-14", parent(True, "descent", 10)), TODAY, CIT, PROMISING,
        id="born-the-day-before-c3-no-day-count-needed"),
    row(born_to("2026-03-01", parent(True, "birth_in_canada")), TODAY, CIT, PROMISING,
        id="born-2026-parent-born-in-canada"),
    row(born_to("2026-03-01", parent(True, "naturalization", 0)), TODAY, CIT, PROMISING,
        id="born-2026-parent-naturalized-first-generation"),
    row(born_to("2026-03-01", parent(True, None)), TODAY, CIT, NEEDS_INFO, missing=("parents[0].canadian_by",),
        id="born-2026-how-parent-is-canadian-unknown"),
    # Other cases.
    row(case(grandparent_born_in_canada=True), TODAY, CIT, POSSIBLE, id="grandparent-only"),
    row(case(grandparent_born_in_canada=True), FORBES, CIT, POSSIBLE, id="grandparent-only-2025"),
    row(case({"country_of_birth": "CA"}), TODAY, CIT, PROMISING, id="born-in-canada"),
    row(case(), TODAY, CIT, INELIGIBLE, id="nothing-canadian"),
    row(case(), FORBES, CIT, INELIGIBLE, id="nothing-canadian-2025"),
    row(case(parents=[]), TODAY, CIT, INELIGIBLE, id="no-parents-listed-none-canadian"),
    row(case(parents=None), TODAY, CIT, NEEDS_INFO, missing=("parents",), id="parents-unknown"),
    row(born_to("1990-05-02", parent(None, None)), TODAY, CIT, NEEDS_INFO,
        missing=("parents[0].canadian_at_client_birth",), id="parent-canadian-unknown"),
    row(case(grandparent_born_in_canada=None), TODAY, CIT, NEEDS_INFO, missing=("grandparent_born_in_canada",),
        id="grandparent-unknown"),
])
def test_citizenship_by_descent(doc, on, pathway, verdict, missing, says):
    _assert_row(doc, on, pathway, verdict, missing, says)


# === Express Entry and provincial nomination ======================================================

def test_profiles_score_as_worked_out_by_hand():
    for doc, total in ((EN481, 481), (EN521, 521), (FR483, 483)):
        for on in (date(2025, 1, 10), FORBES, TODAY):
            assert crs_score(parse_case(doc), POLICY, on).total == total


EE = "express_entry"
PNP = "provincial_nominee"


@pytest.mark.parametrize(ROW_ARGS, [
    # Canadian Experience Class cut-offs: 542 (2025-01-08), 521 (2025-02-05 and 2025-06-26), 534 (2025-09-03),
    # 508 (2026-02-17). EN481 has foreign work only (Federal Skilled Worker): no CEC round invites it, and
    # no all-program round is on record (issue 11: these rows were compared with the CEC cut-offs before).
    row(EN481, date(2025, 1, 10), EE, UNLIKELY, says=("no recent round",), id="481-vs-542"),
    row(EN481, FORBES, EE, UNLIKELY, says=("no recent round", "Federal Skilled Worker"), id="481-vs-521"),
    row(EN481, TODAY, EE, UNLIKELY, says=("no recent round",), id="481-vs-508"),
    row(EN521, date(2025, 1, 10), EE, POSSIBLE, id="521-vs-542"),
    row(EN521, FORBES, EE, PROMISING, id="521-vs-521-at-the-cut-off"),
    row(EN521, date(2025, 9, 10), EE, POSSIBLE, says=("534",), id="521-vs-534"),
    # 508 was drawn on 2026-02-17: 277 days old on 2026-11-21, stale (ee.cutoff_stale_after_days, 180), and
    # 521 does not clear the year's CEC cut-offs (531 on 2025-11-26): possible, not promising (issue 11).
    row(EN521, TODAY, EE, POSSIBLE, says=("508", "stale"), id="521-vs-508"),
    # French-language rounds (NCLC 7+ in all four, not intending Quebec): 410-379 (spring 2025),
    # 481 (2025-08-08), 400 (2026-04-29: stale on 2026-11-21, but 483 clears every French cut-off of the year).
    row(FR483, FORBES, EE, PROMISING, id="french-483-2025-04"),
    row(FR483, date(2025, 8, 10), EE, PROMISING, says=("481",), id="french-483-vs-481"),
    row(FR483, TODAY, EE, PROMISING, says=("400", "stale", "419"), id="french-483-2026"),
    # Federal Express Entry programs require the intention to live outside Quebec (IRPR ss.75, 87.1).
    row(case(EE_CLIENT, human_capital=hc("bachelor", fr(9), en(5), foreign=3), intends_quebec=True), TODAY, EE,
        INELIGIBLE, says=("Quebec",), id="french-483-intends-quebec-2026"),
    row(case(EE_CLIENT, human_capital=hc("bachelor", fr(9), en(5), foreign=3), intends_quebec=True), FORBES, EE,
        INELIGIBLE, says=("Quebec",), id="french-483-intends-quebec-2025"),
    # A provincial nomination adds 600.
    row(case(EE_CLIENT, human_capital=hc("master", en(10), foreign=3, nominated=True)), FORBES, EE, PROMISING,
        id="nominated"),
    # No programme: FSW needs a year of skilled work and CLB 7; CEC a year of Canadian work.
    row(case(), TODAY, EE, INELIGIBLE, id="no-skilled-work-clb-5"),
    row(case(EE_CLIENT, human_capital=hc("master", en(6), foreign=3)), TODAY, EE, INELIGIBLE, id="clb-6-no-fsw"),
    row(case(human_capital=None), TODAY, EE, NEEDS_INFO, missing=("human_capital",), id="human-capital-unknown"),
    # PNP.
    row(case(), FORBES, PNP, UNLIKELY, id="pnp-no-offer-2025"),
    row(case(job_offer={"province": "ON", "teer": 1}), TODAY, PNP, POSSIBLE, id="pnp-job-offer"),
    row(case(human_capital=hc("bachelor", en(9), foreign=3, nominated=True)), TODAY, PNP, PROMISING,
        id="pnp-nominated"),
    row(case(intends_quebec=True), TODAY, PNP, UNLIKELY, says=("Quebec",), id="pnp-quebec-has-none"),
    row(case(human_capital=None), TODAY, PNP, NEEDS_INFO, missing=("human_capital",), id="pnp-unknown"),
])
def test_express_entry_and_pnp(doc, on, pathway, verdict, missing, says):
    _assert_row(doc, on, pathway, verdict, missing, says)


# === Family sponsorship ===========================================================================

SP = "spousal_sponsorship"
OF = "other_family_sponsorship"


@pytest.mark.parametrize(ROW_ARGS, [
    row(married_to_citizen(), TODAY, SP, PROMISING, id="citizen-spouse-in-canada"),
    row(married_to_citizen(status="permanent_resident"), TODAY, SP, PROMISING, id="pr-spouse-in-canada"),
    row(married_to_citizen(status="permanent_resident", in_canada=False), TODAY, SP, INELIGIBLE,
        id="pr-spouse-abroad"),
    row(married_to_citizen(status="permanent_resident", in_canada=None), TODAY, SP, NEEDS_INFO,
        missing=("partner.lives_in_canada",), id="pr-spouse-whereabouts-unknown"),
    row(married_to_citizen(in_canada=False), TODAY, SP, PROMISING, says=("return",), id="citizen-spouse-abroad"),
    row(married_to_citizen(since="2026-10-30"), TODAY, SP, PROMISING, id="married-last-month"),
    row(with_partner(relationship="common_law", since="2026-05-21"), TODAY, SP, POSSIBLE,
        id="common-law-6-months"),
    row(with_partner(relationship="common_law", since="2025-11-21"), TODAY, SP, PROMISING,
        id="common-law-12-months"),
    row(with_partner(relationship="common_law", since="2025-10-01"), TODAY, SP, PROMISING,
        id="common-law-13-months"),
    row(with_partner(relationship="common_law", since=None), TODAY, SP, NEEDS_INFO, missing=("partner.since",),
        id="common-law-since-unknown"),
    row(case(partner=partner("conjugal", since="2026-05-21", in_canada=True)), TODAY, SP, POSSIBLE,
        id="conjugal-6-months"),
    *[row(married_to_citizen(status=s), TODAY, SP, INELIGIBLE, id=f"partner-{s}")
      for s in ("work_permit", "study_permit", "refugee_claimant", "protected_person", "stayed_removal_hc", "none")],
    row(married_to_citizen(status=None), TODAY, SP, NEEDS_INFO, missing=("partner.status_in_canada",),
        id="partner-status-unknown"),
    row(married_to_citizen(relationship=None), TODAY, SP, NEEDS_INFO, missing=("partner.relationship",),
        id="relationship-unknown"),
    row(case(), TODAY, SP, INELIGIBLE, id="single-no-partner"),
    row(case({"marital_status": "married"}), TODAY, SP, NEEDS_INFO, missing=("partner",), id="married-partner-unknown"),
    row(case({"marital_status": None}), TODAY, SP, NEEDS_INFO, missing=("partner",), id="marital-status-unknown"),
    row(case({"date_of_birth": "2009-06-01", "marital_status": "married"}, partner=partner()), TODAY, SP, INELIGIBLE,
        id="client-under-18"),
])
def test_spousal_sponsorship(doc, on, pathway, verdict, missing, says):
    _assert_row(doc, on, pathway, verdict, missing, says)


def aged(years: int, on: date = TODAY) -> str:
    return on.replace(year=on.year - years).isoformat()


@pytest.mark.parametrize(ROW_ARGS, [
    # Parents and grandparents: small lottery intakes; the 2025 intake ran 2025-07-28 to about 2025-10-09;
    # no new applications from 2026-01-01 (MI89).
    row(PGP_PARENT, FORBES, OF, UNLIKELY, id="pgp-2025-04"),
    row(PGP_PARENT, date(2025, 8, 15), OF, UNLIKELY, id="pgp-2025-intake-invitations-only"),
    row(PGP_PARENT, date(2025, 11, 1), OF, UNAVAILABLE, id="pgp-2025-intake-over"),
    row(PGP_PARENT, date(2026, 1, 1), OF, UNAVAILABLE, id="pgp-closed-2026-01-01"),
    row(PGP_PARENT, TODAY, OF, UNAVAILABLE, id="pgp-closed-2026"),
    row(case({"date_of_birth": "1962-02-10"}, relatives_in_canada=[rel("child", "permanent_resident", 17)]), TODAY,
        OF, INELIGIBLE, id="child-under-18-cannot-sponsor"),
    # A dependent child: under 22, no spouse or partner.
    row(case({"date_of_birth": aged(21)}, relatives_in_canada=[rel("mother", "permanent_resident", 50)]), TODAY, OF,
        POSSIBLE, id="dependent-child-21"),
    row(case({"date_of_birth": aged(22)}, relatives_in_canada=[rel("mother", "permanent_resident", 50)]), TODAY, OF,
        INELIGIBLE, id="child-22-not-dependent"),
    row(case({"date_of_birth": aged(21), "marital_status": "married"},
             relatives_in_canada=[rel("father", "citizen", 50)]), TODAY, OF, INELIGIBLE, id="married-child-21"),
    row(case({"date_of_birth": aged(20)}, relatives_in_canada=[rel("mother", "work_permit", 50)]), TODAY, OF,
        INELIGIBLE, id="parent-with-work-permit-cannot-sponsor"),
    row(case({"date_of_birth": None}, relatives_in_canada=[rel("father", "citizen", 50)]), TODAY, OF, NEEDS_INFO,
        missing=("client.date_of_birth",), id="parent-in-canada-age-unknown"),
    row(case(relatives_in_canada=[rel("cousin", "citizen")]), TODAY, OF, INELIGIBLE, id="cousin-cannot-sponsor"),
    row(case(relatives_in_canada=[rel("brother", "citizen")]), TODAY, OF, INELIGIBLE,
        id="adult-sibling-cannot-sponsor"),
    row(case(), TODAY, OF, INELIGIBLE, id="no-relatives"),
    row(case(relatives_in_canada=None), TODAY, OF, NEEDS_INFO, missing=("relatives_in_canada",),
        id="relatives-unknown"),
])
def test_other_family_sponsorship(doc, on, pathway, verdict, missing, says):
    _assert_row(doc, on, pathway, verdict, missing, says)


# === Business programs and temporary residence ===================================================

ARTIST = case(self_employment={"cultural_or_athletic_years": 5})
SUV = "start_up_visa"


def backed(support: bool | None) -> dict[str, Any]:
    return case(business={"net_worth_cad": 200_000, "designated_org_support": support})


@pytest.mark.parametrize(ROW_ARGS, [
    # Self-employed: paused from 2024-04-30.
    row(ARTIST, date(2024, 4, 29), "self_employed", POSSIBLE, id="self-employed-5-years-before-pause"),
    row(case(self_employment={"cultural_or_athletic_years": 1}), date(2024, 4, 29), "self_employed", INELIGIBLE,
        id="self-employed-1-year-before-pause"),
    row(case(self_employment=None), date(2024, 4, 29), "self_employed", NEEDS_INFO,
        missing=("self_employment.cultural_or_athletic_years",), id="self-employed-unknown-before-pause"),
    row(ARTIST, date(2024, 4, 30), "self_employed", UNAVAILABLE, id="self-employed-paused-2024-04-30"),
    row(ARTIST, TODAY, "self_employed", UNAVAILABLE, id="self-employed-paused-2026"),
    # Start-Up Visa: closed from 2026-01-01, except 2025 commitment certificates until 2026-06-30.
    row(backed(True), date(2025, 12, 31), SUV, POSSIBLE, id="suv-backed-2025-12-31"),
    row(backed(False), FORBES, SUV, UNLIKELY, id="suv-no-backing-2025"),
    row(backed(None), FORBES, SUV, NEEDS_INFO, missing=("business.designated_org_support",), id="suv-unknown-2025"),
    row(backed(False), date(2026, 1, 1), SUV, UNAVAILABLE, id="suv-closed-2026-01-01"),
    row(backed(True), date(2026, 1, 1), SUV, POSSIBLE, says=("30 June 2026",), id="suv-2025-certificate-2026-01-01"),
    row(backed(None), date(2026, 3, 1), SUV, NEEDS_INFO, missing=("business.designated_org_support",),
        id="suv-certificate-unknown-2026-03"),
    row(backed(True), date(2026, 6, 30), SUV, POSSIBLE, id="suv-2025-certificate-last-day"),
    row(backed(True), date(2026, 7, 1), SUV, UNAVAILABLE, id="suv-2025-certificate-too-late"),
    row(backed(None), TODAY, SUV, UNAVAILABLE, id="suv-closed-2026"),
    # Federal investor class: closed since 2014.
    *[row(case(business={"net_worth_cad": worth, "designated_org_support": False}), on, "investor", UNAVAILABLE,
          id=f"investor-{worth}@{on}")
      for worth in (0, 5_000_000) for on in (date(2015, 6, 1), FORBES, TODAY)],
    # Quebec business: capital and French (NCLC 7), for people settling in Quebec; intake unconfirmed.
    row(QUEBEC_INVESTOR, TODAY, "quebec_business", POSSIBLE, says=("verify",), id="quebec-investor"),
    row(case(human_capital=hc("bachelor", fr(7)), intends_quebec=True,
             business={"net_worth_cad": 400_000, "designated_org_support": False}), TODAY, "quebec_business",
        POSSIBLE, id="quebec-entrepreneur"),
    row(case(intends_quebec=True, business={"net_worth_cad": 3_000_000, "designated_org_support": False}), TODAY,
        "quebec_business", UNLIKELY, id="quebec-capital-no-french"),
    row(case(human_capital=hc("bachelor", fr(9)), business={"net_worth_cad": 3_000_000,
                                                            "designated_org_support": False}),
        TODAY, "quebec_business", UNLIKELY, id="quebec-not-intending-quebec"),
    row(case(intends_quebec=True, business=None), TODAY, "quebec_business", NEEDS_INFO,
        missing=("business.net_worth_cad",), id="quebec-net-worth-unknown"),
])
def test_business_programs(doc, on, pathway, verdict, missing, says):
    _assert_row(doc, on, pathway, verdict, missing, says)


TEMPORARY = ("visitor_visa", "study_permit", "work_permit")
TPS_HOLDER = case(us_status=[{"kind": "tps", "country": "HT", "valid_until": "2026-02-03"}])
H1B = case(us_status=[{"kind": "visa", "valid_until": "2028-01-01"}])


@pytest.mark.parametrize(ROW_ARGS, [
    *[row(PAROLEE, on, pid, UNLIKELY, id=f"{pid}-parolee@{on}") for pid in TEMPORARY for on in (FORBES, TODAY)],
    *[row(TPS_HOLDER, TODAY, pid, UNLIKELY, id=f"{pid}-tps") for pid in TEMPORARY],
    *[row(case(us_status=[]), TODAY, pid, UNLIKELY, id=f"{pid}-no-us-status") for pid in TEMPORARY],
    # A continuing U.S. visa status can show ties to return; a valid Canadian visa or permit is in hand.
    *[row(H1B, TODAY, pid, POSSIBLE, id=f"{pid}-us-visa-holder") for pid in TEMPORARY],
    *[row(case(canadian_documents={"valid_visa_or_permit": True}), TODAY, pid, POSSIBLE, id=f"{pid}-canadian-visa")
      for pid in TEMPORARY],
    *[row(case(us_status=None), TODAY, pid, NEEDS_INFO, missing=("us_status",), id=f"{pid}-status-unknown")
      for pid in TEMPORARY],
    # A job offer supports a work permit (dual intent, IRPA 22(2)), not a visitor visa or study permit.
    row(case(job_offer={"province": "AB", "teer": 3}), TODAY, "work_permit", POSSIBLE, id="work-permit-job-offer"),
    row(case(job_offer={"province": "AB", "teer": 3}), TODAY, "visitor_visa", UNLIKELY, id="visitor-job-offer"),
    row(case(job_offer={"province": "AB", "teer": 3}), TODAY, "study_permit", UNLIKELY, id="study-job-offer"),
])
def test_temporary_residence(doc, on, pathway, verdict, missing, says):
    _assert_row(doc, on, pathway, verdict, missing, says)


# === Invariants over the demo caseload ============================================================

INVARIANT_DATES = [date(2024, 4, 29), date(2024, 4, 30), FORBES, date(2025, 6, 3), date(2025, 12, 15), GLOBAL,
                   date(2026, 3, 26), date(2026, 6, 30), TODAY]


@pytest.mark.parametrize("on", INVARIANT_DATES, ids=str)
def test_demo_caseload_invariants(on):
    """Every pathway once, a fixed verdict, reasons; sources on decided verdicts, all of them policy
    facts; ``missing`` on every needs_info (``check``)."""
    cases = demo_cases(on)
    assert cases
    for doc in cases:
        run(doc, on)


@pytest.mark.parametrize("on", INVARIANT_DATES, ids=str)
def test_demo_caseload_closed_programs(on):
    """Programs closed on a date are closed for every client, whatever their facts."""
    for doc in demo_cases(on):
        verdicts = run(doc, on).verdicts()
        assert verdicts["investor"] == UNAVAILABLE                      # closed since 2014
        if on >= date(2024, 4, 30):
            assert verdicts["self_employed"] == UNAVAILABLE             # paused 2024-04-30
        if on > date(2026, 6, 30):
            assert verdicts["start_up_visa"] == UNAVAILABLE             # last 2025 certificates


# === Editing a policy fact changes exactly the verdicts it should ================================

def edited(fact_id: str, value: Any, effective: date, until: date | None = None,
           policy: Policy = POLICY) -> Policy:
    base = policy.history(fact_id)[-1]
    return policy.with_fact(replace(base, value=value, effective=effective, until=until, note="test edit"),
                            version="test-edit")


YOUNG_SISTER_WORK_PERMIT = [rel("sister", "work_permit", 17)]
# Clients beyond the demo caseload, for the policy-edit tests (evaluated on 2026-11-21).
EXTRA_CASES = [PAROLEE, PGP_PARENT, EN481, FR483, ARTIST, backed(True), married_to_citizen(), UNACCOMPANIED,
               *TPS_CLIENTS.values(), case(relatives_in_canada=YOUNG_SISTER_WORK_PERMIT),
               day(10, TODAY, relatives_in_canada=YOUNG_SISTER_WORK_PERMIT), day(20, TODAY), day(20, Y2024),
               EN521]  # a Canadian Experience Class candidate (issue 11)


def caseload(on: date) -> list[dict]:
    return demo_cases(on) + EXTRA_CASES


def changes(on: date, policy: Policy) -> dict[tuple[int, str], tuple[str, str]]:
    """``(case index, pathway) -> (verdict before, verdict after)`` where the edit changed it."""
    out = {}
    for i, doc in enumerate(caseload(on)):
        before, after = run(doc, on).verdicts(), run(doc, on, policy).verdicts()
        out.update({(i, pid): (before[pid], after[pid]) for pid in PATHWAY_IDS if before[pid] != after[pid]})
    return out


def adult_canadian_child(doc: dict) -> bool:
    return any(r["relation"] == "child" and r["status"] in ("citizen", "permanent_resident")
               and (r["age"] is None or r["age"] >= 18) for r in doc["relatives_in_canada"] or ())


def dependent_child_route(doc: dict, on: date) -> bool:
    """A citizen or PR parent in Canada and the client under 22: sponsored as a dependent child instead."""
    born = doc["client"]["date_of_birth"]
    parents = any(r["relation"] in ("father", "mother") and r["status"] in ("citizen", "permanent_resident")
                  for r in doc["relatives_in_canada"] or ())
    return parents and born is not None and aged(22, on) < born


def test_reopening_pgp_changes_only_parent_sponsorship():
    reopened = edited("program.pgp.open", True, date(2026, 1, 1))
    got = changes(TODAY, reopened)
    docs = caseload(TODAY)
    want = {(i, OF): (UNAVAILABLE, UNLIKELY) for i, doc in enumerate(docs)
            if adult_canadian_child(doc) and not dependent_child_route(doc, TODAY)}
    assert want, "the caseload must hold a parent of a Canadian"
    assert got == want
    # Before the edit's date nothing moves.
    assert changes(FORBES, reopened) == {}


def test_moving_tps_end_dates_changes_no_verdict():
    """TPS end dates drive deadlines, not eligibility: the routes to Canada are the same."""
    policy = edited("tps.ht.designation_end", date(2027, 8, 3), date(2026, 6, 1))
    policy = edited("tps.ve.termination_blocked", {"blocked": True, "order": "test"}, date(2026, 6, 1), policy=policy)
    policy = edited("tps.so.designation_end", date(2025, 12, 1), date(2026, 1, 14), policy=policy)
    assert changes(TODAY, policy) == {}
    assert changes(GLOBAL, policy) == {}


def test_moving_processing_times_changes_no_verdict_only_the_advice():
    policy = edited("processing.spousal_outland_months", {"months": 8, "low": 8}, date(2026, 11, 1))
    policy = edited("processing.citizenship_certificate_months", {"months": 6, "low": 6}, date(2026, 11, 1),
                    policy=policy)
    assert changes(TODAY, policy) == {}
    expect(result(married_to_citizen(), SP, TODAY, policy), PROMISING, says=("about 8 months",))
    expect(result(married_to_citizen(), SP, date(2026, 10, 31), policy), PROMISING, says=("about 16 months",))
    born = born_to("1990-05-02", parent(True, "birth_in_canada"))
    expect(result(born, CIT, TODAY, policy), PROMISING, says=("about 6 months",))


def test_lifting_the_self_employed_pause_changes_only_self_employed():
    policy = edited("program.self_employed.paused", False, date(2026, 6, 1))
    got = changes(TODAY, policy)
    assert got and {pid for _, pid in got} == {"self_employed"}
    docs = caseload(TODAY)
    for (i, _), (before, after) in got.items():
        years = (docs[i]["self_employment"] or {}).get("cultural_or_athletic_years")
        assert before == UNAVAILABLE
        assert after == (NEEDS_INFO if years is None else POSSIBLE if years >= 2 else INELIGIBLE)
    assert len(got) == len(docs)  # paused for everyone before, assessed for everyone after


def test_a_lower_cutoff_changes_express_entry_only():
    draw = {"score": 480, "draw_date": date(2026, 11, 20), "round_type": "CEC", "invitations": 5000}
    policy = edited("ee.cutoff.cec", draw, date(2026, 11, 20))
    expect(result(EN521, EE, TODAY, policy), PROMISING)  # 521 >= 480, a fresh CEC round
    expect(result(EN481, EE, TODAY, policy), UNLIKELY)   # 481 >= 480, but foreign work only: not a CEC round
    expect(result(FR483, EE, TODAY, policy), PROMISING)  # not CEC either: its French round decides, as before
    got = changes(TODAY, policy)
    assert {pid for _, pid in got} == {"express_entry"}
    assert all(after in (PROMISING, POSSIBLE) and before in (POSSIBLE, UNLIKELY) for before, after in got.values())


def test_the_permit_holder_age_rule_is_data():
    """rules-facts.md flags it [?]: CLEO puts 18+ on work- and study-permit holders too; the data follow
    CLEO. Dropping it there lets a 17-year-old sister with a work permit count, and nothing else moves."""
    sister = case(relatives_in_canada=[rel("sister", "work_permit", 17)])
    expect(result(sister, POE, TODAY), INELIGIBLE)
    policy = edited("stca.exception_relative_min_age", {"refugee_claimant": 18}, date(2004, 12, 29))
    expect(result(sister, POE, TODAY, policy), PROMISING)
    got = changes(TODAY, policy)
    assert got
    for (i, pid), (before, after) in got.items():
        # Not yet in Canada, an exception makes a crossing between ports inadvisable, not barred (issue 11).
        not_entered = (caseload(TODAY)[i]["canada_entry"] or {}).get("mode") == "none"
        assert pid in (POE, IRR) and (before, after) == (
            (INELIGIBLE, UNLIKELY) if pid == IRR and not_entered else (INELIGIBLE, PROMISING))
        assert any(r["status"] in ("work_permit", "study_permit") and r["age"] is not None and r["age"] < 18
                   for r in caseload(TODAY)[i]["relatives_in_canada"] or ())


def test_extending_the_start_up_visa_deadline():
    policy = edited("program.start_up_visa.certificate_holder_deadline", date(2026, 12, 31), date(2026, 1, 1))
    got = changes(TODAY, policy)
    docs = caseload(TODAY)
    want = {(i, SUV): (UNAVAILABLE, POSSIBLE) for i, doc in enumerate(docs)
            if (doc["business"] or {}).get("designated_org_support") is True}
    want |= {(i, SUV): (UNAVAILABLE, NEEDS_INFO) for i, doc in enumerate(docs)
             if (doc["business"] or {}).get("designated_org_support") is None}
    assert want and got == want
