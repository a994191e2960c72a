"""Dated policy facts: the packaged file, lookups by date, strict loading, editing, staleness."""

from __future__ import annotations

import ast
import copy
import json
import re
import sys
from dataclasses import FrozenInstanceError, replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from casedesk.domain import vocab
from casedesk.domain.policydata import (STALE_AFTER_DAYS, Policy, PolicyError, PolicyFact, stale_fact_ids, stale_from,
                                        thaw)
from casedesk.policy.loader import (
    PolicyFileError, default_policy, dump_policy, load_policy, packaged_policy_path,
    policy_from_document,
)

ROOT = Path(__file__).resolve().parents[1]
POLICY_FILE = ROOT / "resources" / "policy" / "policy.json"
README = ROOT / "resources" / "policy" / "README.md"
TODAY = date(2026, 11, 21)

# Every id the eligibility rules and deadlines are expected to read, in force on 2026-11-21.
REQUIRED_IDS = [
    # U.S. status
    *(f"tps.{cc}.designation_end" for cc in (
        "ve", "ht", "hn", "ni", "np", "cm", "af", "sy", "ss", "mm", "et", "so", "sd", "ua",
        "sv", "ye", "lb")),
    "tps.ve.designation_2023_end",
    *(f"tps.{cc}.termination_blocked" for cc in (
        "ve", "ht", "hn", "ni", "np", "sy", "ss", "mm", "et", "so")),
    "tps.ua.ead_auto_extension_end", "tps.ht.ead_auto_extension_end", "tps.sy.ead_auto_extension_end",
    "tps.sv.ead_auto_extension_end", "tps.judicial_review_bar", "tps.automatic_extension",
    *(f"tps.{cc}.decision" for cc in (
        "ve", "ht", "hn", "ni", "np", "cm", "af", "sy", "ss", "mm", "et", "so", "sd", "ua", "sv", "ye", "lb")),
    "parole.chnv.program_end", "parole.chnv.parole_end", "parole.chnv.ead_revoked",
    "parole.chnv.termination_blocked", "parole.chnv.expedited_removal_blocked",
    "parole.frp.program_end", "parole.frp.parole_end", "parole.frp.countries",
    "parole.u4u.new_sponsorships_paused", "parole.u4u.benefits_adjudicated",
    "parole.u4u.reparole_months", "parole.u4u.program_end",
    "ead.renewal_auto_extension_days",
    # refugee claims
    "stca.in_force", "stca.applies_to", "stca.irregular_entry_claim_window_days",
    "stca.not_applicable_to", "stca.exception_relatives", "stca.exception_relative_statuses",
    "stca.exception_relative_min_age", "stca.exception_minor_age_limit",
    "stca.exception_documents", "stca.exception_public_interest",
    "stca.removal_suspension_exception", "stca.after_14_days_ineligible", "asylum.one_year_bar",
    "asylum.c12_unaccompanied_minors",
    # citizenship
    "citizenship.first_generation_limit", "citizenship.descent_restoration_cutoff",
    "citizenship.substantial_connection_days", "citizenship.accepted_proofs",
    "citizenship.quebec_documents_not_accepted_before", "forms.citizenship_certificate",
    "fees.citizenship_certificate", "processing.citizenship_certificate_months",
    # family
    "processing.spousal_outland_months", "processing.spousal_inland_months",
    "processing.spousal_quebec_months", "processing.spousal_service_standard_months",
    "sponsorship.sponsor_min_age", "sponsorship.sponsor_statuses", "sponsorship.sponsor_bars",
    "sponsorship.spouse_undertaking_years", "sponsorship.relationship_min_months",
    "sponsorship.spouse_income_requirement", "sponsorship.inland_requirements",
    "sponsorship.pgp_undertaking_years", "sponsorship.pgp_income",
    "fees.spousal_sponsorship", "fees.biometrics", "forms.spousal_sponsorship",
    "program.pgp.open", "program.pgp.intake_2025", "program.super_visa",
    # Express Entry and CRS
    "ee.cutoff.cec", "ee.cutoff.french", "ee.cutoff.pnp", "ee.cutoff.healthcare",
    "ee.cutoff.education", "ee.cutoff.trades", "ee.cutoff.physicians_canadian_experience", "ee.round_types",
    "ee.cutoff_stale_after_days", "ee.cutoff_range_days", "ee.fsw.minimum", "ee.fsw.selection_grid",
    "ee.fsw.settlement_funds", "ee.cec.requirements", "ee.fst.requirements", "ee.category.french", "ee.categories",
    "ee.category_min_experience_months", "ee.ita_window_days",
    "ee.high_wage_occupation_factor", "processing.express_entry_months",
    "crs.age", "crs.education", "crs.first_language", "crs.second_language",
    "crs.canadian_work", "crs.spouse_education", "crs.spouse_language",
    "crs.spouse_canadian_work", "crs.transferability", "crs.caps",
    "crs.additional.provincial_nomination", "crs.additional.sibling", "crs.additional.french",
    "crs.additional.canadian_education", "crs.additional.arranged_employment",
    *(f"lang.chart.{test}" for test in vocab.LANGUAGE_TESTS),
    # business, PNP, Quebec, other programs
    "program.self_employed.paused", "program.start_up_visa.closed",
    "program.start_up_visa.certificate_holder_deadline", "program.start_up_visa.work_permit_closed",
    "program.entrepreneur_pilot.open", "program.federal_investor.closed",
    "program.federal_entrepreneur.closed", "investor.min_capital_cad",
    "program.quebec_investor.open", "program.quebec_investor.requirements",
    "program.quebec_entrepreneur.open", "program.quebec_entrepreneur.french_required",
    "program.quebec_self_employed.open", "program.quebec_self_employed.french_required",
    "program.quebec_peq.status", "program.quebec_pstq.open",
    "program.quebec_lmia_montreal_laval.suspended", "program.caregiver_pilots.open",
    "program.americas_humanitarian.open", "program.americas_humanitarian.excludes_us_residents",
    "pnp.allocation", "pnp.favours_local_ties",
    # temporary visas and documents
    "visa.intent_to_return", "visa.exempt_us_statuses", "program.study_permit.cap",
    "docs.language_test_validity_months",
    "docs.medical_exam_validity_months", "docs.police_certificate_max_age_months",
]


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(POLICY_FILE)


def fact(fact_id="x.y", value=1, effective=date(2025, 1, 1), until=None, confidence="S",
         **extra) -> PolicyFact:
    fields = dict(id=fact_id, title="A fact", value=value, effective=effective, until=until,
                  source_title="A source", source_url="https://example.org/a",
                  confidence=confidence, verified_on=date(2026, 11, 21), note="")
    fields.update(extra)
    return PolicyFact(**fields)


def entry(fact_id="a.b", **changes) -> dict:
    base = {"id": fact_id, "title": "A fact", "value": 1, "effective": "2025-01-01",
            "until": None, "source_title": "A source", "source_url": "https://example.org/a",
            "confidence": "S", "verified_on": "2026-11-21", "note": ""}
    base.update(changes)
    return base


def document(*entries) -> dict:
    return {"format": "casedesk.policy/1", "version": "2026-11-21.1", "published": "2026-11-21",
            "facts": list(entries) or [entry("a.first"), entry("a.second")]}


def write(tmp_path: Path, doc) -> Path:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(doc) if not isinstance(doc, str) else doc, encoding="utf-8")
    return path


# -- the packaged file ----------------------------------------------------------------------

def test_packaged_file_loads(policy):
    assert packaged_policy_path() == POLICY_FILE
    assert policy.version == "2026-12-02.1"
    assert policy.published == date(2026, 12, 2)
    assert len(policy.facts) > 150
    assert load_policy() == policy
    assert default_policy() is default_policy()
    assert default_policy() == policy


@pytest.mark.parametrize("fact_id", REQUIRED_IDS)
def test_required_id_in_force_today(policy, fact_id):
    found = policy.find(fact_id, TODAY)
    assert found is not None, f"{fact_id} has no entry in force on {TODAY}"
    assert found.id == fact_id and found.in_force(TODAY)
    assert found.source_title.strip()


def test_data_invariants(policy):
    for f in policy.facts:
        if f.confidence == "R":
            assert f.verified_on is None, f.id
            assert not f.confirmed
        else:  # read when the data were gathered, or again in the review of 2026-12-02
            assert f.verified_on in (date(2026, 11, 21), date(2026, 12, 2)), f.id
        if f.confidence == "S":
            assert f.source_title, f.id
        assert "\n" not in f.title


def test_key_values_on_the_day_of_publication(policy):
    v = lambda fid: policy.value(fid, TODAY)  # noqa: E731
    assert v("parole.chnv.parole_end") == date(2025, 4, 24)
    assert v("parole.frp.parole_end") == date(2026, 1, 14)
    assert v("tps.ht.designation_end") == date(2026, 2, 3)
    assert v("tps.ht.termination_blocked")["blocked"] is False  # Mullin v. Doe lifted the stay (2026-06-25)
    assert policy.value("tps.ht.termination_blocked", date(2026, 6, 24))["blocked"] is True
    assert v("tps.judicial_review_bar")["decided"] == date(2026, 6, 25)
    assert v("tps.automatic_extension")["months"] == 6
    assert v("tps.ua.decision")["action"] == "extension" and v("tps.ht.decision")["action"] == "termination"
    assert v("asylum.one_year_bar")["counted_from"] == "first_entry_after"
    assert v("ee.fsw.settlement_funds")["by_family_size"]["1"] == 15263
    assert v("ee.fsw.selection_grid")["pass_mark"] == 67
    assert "us_citizen" in v("stca.not_applicable_to") and v("visa.exempt_us_statuses") == ("citizen",)
    assert v("program.entrepreneur_pilot.open") is None  # unknown — verify
    assert v("stca.irregular_entry_claim_window_days") == 14
    assert v("stca.after_14_days_ineligible")["claims_made_on_or_after"] == date(2025, 6, 3)
    assert v("asylum.one_year_bar")["entries_after"] == date(2020, 6, 24)
    assert v("citizenship.descent_restoration_cutoff") == date(2025, 12, 15)
    assert v("citizenship.substantial_connection_days") == 1095
    assert v("ee.cutoff.cec")["score"] == 508 and v("ee.cutoff.cec")["round_type"] == "CEC"
    assert policy.find("ee.cutoff.general", TODAY) is None  # every "general" round was a CEC round
    assert v("ee.cutoff.french")["draw_date"] == date(2026, 4, 29)
    assert v("program.pgp.open") is False
    assert v("program.start_up_visa.closed") is True
    job_offer = v("crs.additional.arranged_employment")
    assert (job_offer["noc_00"], job_offer["other"]) == (0, 0)
    assert "cousin" not in v("stca.exception_relatives")
    assert set(v("stca.exception_relatives")) < set(vocab.RELATIONS)
    assert set(v("stca.exception_relative_statuses")) < set(vocab.CANADIAN_STATUSES)
    assert set(v("stca.applies_to")["entry_modes"]) <= set(vocab.ENTRY_MODES)
    assert v("pnp.allocation") == {"year": 2026, "count": 91500}


def test_crs_tables_are_consistent(policy):
    caps = policy.value("crs.caps", TODAY)
    age = policy.value("crs.age", TODAY)
    assert max(age["without_spouse"].values()) == 110 and max(age["with_spouse"].values()) == 100
    first = policy.value("crs.first_language", TODAY)
    assert first["without_spouse"][-1][1] * 4 == 136 and first["with_spouse"][-1][1] * 4 == 128
    education = policy.value("crs.education", TODAY)
    assert education["without_spouse"]["doctoral"] == 150
    assert set(education["with_spouse"]) == set(vocab.EDUCATION_LEVELS)
    assert set(policy.value("crs.spouse_education", TODAY)) == set(vocab.EDUCATION_LEVELS)
    assert set(policy.value("crs.additional.canadian_education", TODAY)) == set(
        vocab.CANADIAN_EDUCATION) - {"none"}
    assert caps["core_with_spouse"] + caps["spouse"] == caps["core_without_spouse"] == 500
    assert caps["core_without_spouse"] + caps["transferability"] + caps["additional"] == 1200


def test_earlier_date_sees_earlier_value(policy):
    # Venezuela's 2023 designation: extension (later vacated), then termination.
    assert policy.value("tps.ve.designation_2023_end", date(2025, 1, 20)) == date(2026, 10, 2)
    assert policy.value("tps.ve.designation_2023_end", date(2025, 2, 5)) == date(2025, 4, 7)
    # Job-offer points before and after 25 Mar 2025.
    assert policy.value("crs.additional.arranged_employment", date(2025, 3, 24))["other"] == 50
    assert policy.value("crs.additional.arranged_employment", date(2025, 3, 25))["other"] == 0
    # PGP open during the 2025 intake, closed after.
    assert policy.value("program.pgp.open", date(2025, 8, 1)) is True
    assert policy.value("program.pgp.open", date(2026, 1, 1)) is False
    # Spousal processing times changed with each report.
    months = [policy.value("processing.spousal_outland_months", d)["months"]
              for d in (date(2025, 4, 17), date(2026, 3, 1), date(2026, 5, 1))]
    assert months == [10, 15, 16]


# -- find by date at boundaries -------------------------------------------------------------

@pytest.mark.parametrize(("fact_id", "day", "expected"), [
    ("ee.cutoff.french", date(2026, 3, 3), 400),       # day before a draw
    ("ee.cutoff.french", date(2026, 3, 4), 397),       # the draw's day
    ("ee.cutoff.french", date(2026, 3, 5), 397),       # day after
    ("parole.chnv.termination_blocked", date(2025, 5, 29), True),
    ("parole.chnv.termination_blocked", date(2025, 5, 30), False),
    ("parole.chnv.termination_blocked", date(2025, 5, 31), False),
    ("tps.ht.designation_end", date(2025, 2, 23), date(2026, 2, 3)),
    ("tps.ht.designation_end", date(2025, 2, 24), date(2025, 8, 3)),
    ("tps.ht.designation_end", date(2025, 2, 25), date(2025, 8, 3)),
])
def test_find_at_period_boundaries(policy, fact_id, day, expected):
    value = policy.value(fact_id, day)
    if isinstance(expected, bool):
        value = value["blocked"]
    elif isinstance(expected, int):
        value = value["score"]
    assert value == expected


def test_find_before_first_and_at_until(policy):
    assert policy.find("parole.chnv.termination_blocked", date(2025, 4, 13)) is None
    assert policy.find("parole.chnv.termination_blocked", date(2025, 4, 14)) is not None
    assert policy.value("program.caregiver_pilots.open", date(2030, 3, 30)) is False
    assert policy.find("program.caregiver_pilots.open", date(2030, 3, 31)) is None
    assert policy.find("no.such.fact", TODAY) is None


def test_find_picks_latest_effective_when_several_in_force():
    p = Policy("t", date(2026, 1, 1), (
        fact(value="old", effective=date(2025, 1, 1)),
        fact(value="new", effective=date(2025, 6, 1)),
        fact(value="short", effective=date(2025, 3, 1), until=date(2025, 4, 1)),
    ))
    assert p.value("x.y", date(2025, 3, 15)) == "short"
    assert p.value("x.y", date(2025, 4, 1)) == "old"
    assert p.value("x.y", date(2025, 6, 1)) == "new"
    assert [f.value for f in p.history("x.y")] == ["old", "short", "new"]


def test_get_and_value_when_missing(policy):
    with pytest.raises(PolicyError) as caught:
        policy.get("tps.zz.designation_end", date(2026, 1, 2))
    assert isinstance(caught.value, KeyError)
    assert str(caught.value) == "no policy fact 'tps.zz.designation_end' in force on 2026-01-02"
    with pytest.raises(PolicyError, match="2020-01-01"):
        policy.value("ee.cutoff.general", date(2020, 1, 1))
    assert policy.value("ee.cutoff.general", date(2020, 1, 1), default=None) is None
    assert policy.get("ee.ita_window_days", TODAY).value == 60


def test_history_and_ids(policy):
    history = policy.history("ee.cutoff.french")
    assert [h.effective for h in history] == sorted(h.effective for h in history)
    assert len(history) == 11
    assert policy.history("nothing") == []
    ids = policy.ids()
    assert ids == sorted(set(ids)) and "asylum.one_year_bar" in ids


# -- confirmation and sources ---------------------------------------------------------------

@pytest.mark.parametrize(("confidence", "confirmed"), [
    ("S", True), ("S3", False), ("R", False), ("?", False),
])
def test_confirmed_only_for_primary_sources(confidence, confirmed):
    assert fact(confidence=confidence).confirmed is confirmed


def test_unconfirmed_facts_flagged_in_packaged_data(policy):
    assert policy.get("parole.chnv.parole_end", TODAY).confirmed
    for fid in ("tps.ht.termination_blocked", "fees.spousal_sponsorship", "ee.cutoff.french",
                "program.quebec_investor.open", "stca.after_14_days_ineligible"):
        assert not policy.get(fid, TODAY).confirmed, fid
    unconfirmed = [f for f in policy.in_force(TODAY) if not f.confirmed]
    assert {f.confidence for f in unconfirmed} == {"S3", "R", "?"}
    assert all("verify" in f.confidence_label for f in unconfirmed)


def test_as_source():
    assert fact().as_source() == {"id": "x.y", "title": "A source", "url": "https://example.org/a"}
    bare = fact(source_title="", source_url="")
    assert bare.as_source() == {"id": "x.y", "title": "A fact", "url": ""}


def test_values_are_frozen(policy):
    cutoff = policy.get("ee.cutoff.cec", TODAY)
    with pytest.raises(TypeError):
        cutoff.value["score"] = 1
    with pytest.raises(FrozenInstanceError):
        cutoff.value = 1
    relatives = policy.value("stca.exception_relatives", TODAY)
    assert isinstance(relatives, tuple)
    source = {"a": [1, {"b": 2}]}
    f = fact(value=source)
    source["a"].append(3)
    assert thaw(f.value) == {"a": [1, {"b": 2}]}
    assert hash(f) == hash(fact(value={"other": 1}))  # hashable despite a mapping value


# -- editing: with_fact -----------------------------------------------------------------------

def test_with_fact_replaces_same_period(policy):
    old = policy.get("tps.ht.designation_end", TODAY)
    edited = policy.with_fact(replace(old, value=date(2027, 8, 3), confidence="S3"))
    assert edited.value("tps.ht.designation_end", TODAY) == date(2027, 8, 3)
    assert len(edited.facts) == len(policy.facts)
    assert len(edited.history("tps.ht.designation_end")) == len(
        policy.history("tps.ht.designation_end"))
    assert policy.value("tps.ht.designation_end", TODAY) == date(2026, 2, 3)  # original intact
    assert edited.version == policy.version
    assert policy.with_fact(old, version="test.1").version == "test.1"


def test_with_fact_adds_a_later_value_and_clips_the_open_one(policy):
    new = replace(policy.get("program.pgp.open", TODAY), value=True,
                  effective=date(2026, 12, 1), until=None)
    edited = policy.with_fact(new)
    assert edited.value("program.pgp.open", date(2026, 11, 30)) is False
    assert edited.value("program.pgp.open", date(2026, 12, 1)) is True
    previous = edited.find("program.pgp.open", date(2026, 11, 30))
    assert previous.until == date(2026, 12, 1)


def test_with_fact_inside_a_period_splits_it():
    p = Policy("t", date(2026, 1, 1), (fact(value="base", effective=date(2025, 1, 1)),))
    edited = p.with_fact(fact(value="blip", effective=date(2025, 3, 1), until=date(2025, 4, 1)))
    assert [(h.value, h.effective, h.until) for h in edited.history("x.y")] == [
        ("base", date(2025, 1, 1), date(2025, 3, 1)),
        ("blip", date(2025, 3, 1), date(2025, 4, 1)),
        ("base", date(2025, 4, 1), None),
    ]


def test_edited_policy_round_trips(tmp_path, policy):
    edited = policy.with_fact(fact("ee.cutoff.cec",
                                   {"score": 499, "draw_date": date(2026, 11, 19),
                                    "round_type": "CEC", "invitations": 3000},
                                   effective=date(2026, 11, 19), confidence="S3"))
    path = tmp_path / "edited.json"
    dump_policy(edited, path)
    again = load_policy(path)
    assert again.value("ee.cutoff.cec", TODAY)["score"] == 499
    assert again.value("ee.cutoff.cec", date(2026, 11, 18))["score"] == 508


# -- staleness ------------------------------------------------------------------------------

def test_stale_after_90_days(policy):
    published = policy.published
    assert policy.age_days(published) == 0
    assert policy.age_days(published + timedelta(days=90)) == 90
    assert not policy.stale(published + timedelta(days=90))
    assert policy.stale(published + timedelta(days=91))
    assert policy.stale(published + timedelta(days=31), limit_days=30)
    assert not policy.stale(published - timedelta(days=5))


def test_stale_from_is_the_first_day_a_fact_may_be_named_stale(policy):
    # Per fact id, the day stored beside computed deadlines so that `casedesk deadlines ID` can tell their
    # age of the law without the policy: before it, stale_fact_ids never names the fact, whichever entry
    # is in force; on it, a fact of one entry is named. Checked on the shipped data and on a fact whose
    # entries were verified on different days (one never).
    edited = Policy(version="t", published=policy.published, facts=policy.facts + (
        fact("two.entries", until=date(2026, 6, 1), verified_on=date(2026, 1, 1)),
        fact("two.entries", effective=date(2026, 6, 1), verified_on=date(2026, 9, 1)),
        fact("never.verified", verified_on=None),
    ))
    bounds = stale_from(edited)
    assert set(bounds) == set(edited.ids())
    assert bounds["two.entries"] == date(2026, 1, 1) + timedelta(days=STALE_AFTER_DAYS + 1)
    assert bounds["never.verified"] == date.min
    days = [date(2026, 1, 1) + timedelta(days=n) for n in range(0, 900, 7)]
    for fact_id in edited.ids():
        first = bounds[fact_id]
        assert all(stale_fact_ids(edited, [fact_id], d) == () for d in days if d < first), fact_id
        if len(edited.history(fact_id)) == 1 and first > date.min:
            assert stale_fact_ids(edited, [fact_id], first) == (fact_id,)
            assert stale_fact_ids(edited, [fact_id], first - timedelta(days=1)) == ()
    assert stale_fact_ids(edited, ["two.entries"], date(2026, 5, 1)) == ("two.entries",)  # the first entry
    assert stale_fact_ids(edited, ["two.entries"], date(2026, 8, 1)) == ()  # the second, verified since: a bound
    assert stale_fact_ids(edited, ["never.verified"], date(2026, 1, 1)) == ("never.verified",)


# -- round trip -----------------------------------------------------------------------------

def test_dump_load_round_trip(tmp_path, policy):
    path = tmp_path / "out" / "policy.json"
    dump_policy(policy, path)
    assert load_policy(path) == policy
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(
        POLICY_FILE.read_text(encoding="utf-8"))


def test_dump_refuses_an_invalid_policy_and_writes_nothing(tmp_path):
    bad = Policy("t", date(2026, 12, 1), (fact(), fact(effective=date(2025, 6, 1))))
    path = tmp_path / "bad.json"
    with pytest.raises(PolicyFileError, match=r"entry 1 \(id 'x.y'\): field 'effective'"):
        dump_policy(bad, path)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


# -- strict loading -------------------------------------------------------------------------

@pytest.mark.parametrize(("field", "bad", "message"), [
    ("id", "Tps.HT.end", "expected dot-separated"),
    ("id", "tps..end", "expected dot-separated"),
    ("id", "tps ht", "expected dot-separated"),
    ("id", 7, "expected dot-separated"),
    ("title", "", "non-empty"),
    ("title", "two\nlines", "one line"),
    ("effective", "2025-13-01", "not a real date"),
    ("effective", "20250101", "expected an ISO date"),
    ("effective", None, "expected an ISO date"),
    ("until", "2024-12-31", "must be after effective"),
    ("until", "2025-01-01", "must be after effective"),
    ("until", "soon", "expected an ISO date"),
    ("confidence", "high", "expected one of S, S3, R, ?"),
    ("confidence", "s", "expected one of"),
    ("source_url", "http://example.org/a", "https://"),
    ("source_url", "https://", "https://"),
    ("source_url", "ftp://example.org", "https://"),
    ("source_title", "", "non-empty"),
    ("verified_on", "yesterday", "expected an ISO date"),
    ("verified_on", "2026-12-01", "after the file's published date"),
    ("value", "2025-02-30", "not a real date"),
    ("value", {"draw_date": "2025-02-30"}, "not a real date"),
    ("value", {"": 1}, "object keys"),
    ("note", None, "expected a text"),
])
def test_bad_field_refused_naming_entry_and_field(tmp_path, field, bad, message):
    doc = document(entry("a.first"), entry("a.second", **{field: bad}))
    with pytest.raises(PolicyFileError) as caught:
        load_policy(write(tmp_path, doc))
    text = str(caught.value)
    assert text.startswith("policy.json: entry 1")
    assert f"field '{field}'" in text
    assert message in text
    if field != "id":
        assert "(id 'a.second')" in text


@pytest.mark.parametrize("field", ["id", "value", "until", "note", "confidence"])
def test_missing_field_refused(tmp_path, field):
    broken = entry("a.second")
    del broken[field]
    with pytest.raises(PolicyFileError, match=rf"entry 1.*field '{field}': missing"):
        load_policy(write(tmp_path, document(entry("a.first"), broken)))


def test_unknown_field_refused(tmp_path):
    with pytest.raises(PolicyFileError, match=r"entry 0 \(id 'a.b'\): field 'source': unknown"):
        load_policy(write(tmp_path, document(entry(source="x"))))


@pytest.mark.parametrize(("first", "second"), [
    ({"effective": "2025-01-01", "until": None}, {"effective": "2025-06-01"}),
    ({"effective": "2025-01-01", "until": "2025-06-02"}, {"effective": "2025-06-01"}),
    ({"effective": "2025-01-01", "until": "2025-06-01"}, {"effective": "2025-01-01",
                                                          "until": "2025-02-01"}),
    ({"effective": "2025-06-01"}, {"effective": "2025-01-01", "until": None}),
])
def test_overlapping_periods_refused(tmp_path, first, second):
    doc = document(entry("tps.ht.designation_end", **first),
                   entry("other.fact"),
                   entry("tps.ht.designation_end", **second))
    with pytest.raises(PolicyFileError) as caught:
        load_policy(write(tmp_path, doc))
    text = str(caught.value)
    assert "id 'tps.ht.designation_end'" in text and "field 'effective'" in text
    assert "overlaps entry" in text
    assert re.search(r"entry [02] .*overlaps entry [02]", text)


def test_adjacent_periods_accepted(tmp_path):
    doc = document(entry("a.b", value=1, until="2025-06-01"),
                   entry("a.b", value=2, effective="2025-06-01"))
    loaded = load_policy(write(tmp_path, doc))
    assert loaded.value("a.b", date(2025, 5, 31)) == 1
    assert loaded.value("a.b", date(2025, 6, 1)) == 2


@pytest.mark.parametrize(("doc", "message"), [
    ("[]", "must hold a JSON object"),
    ("{", "not valid JSON"),
    ({"format": "casedesk.policy/2", "version": "1", "published": "2026-11-21", "facts": []},
     "field 'format'"),
    ({"format": "casedesk.policy/1", "version": "", "published": "2026-11-21", "facts": []},
     "field 'version'"),
    ({"format": "casedesk.policy/1", "version": "1", "published": "21/11/2026", "facts": []},
     "field 'published'"),
    ({"format": "casedesk.policy/1", "version": "1", "published": "2026-11-21", "facts": {}},
     "field 'facts'"),
    ({"format": "casedesk.policy/1", "version": "1", "published": "2026-11-21"},
     "field 'facts': missing"),
    ({"format": "casedesk.policy/1", "version": "1", "published": "2026-11-21", "facts": [],
      "extra": 1}, "field 'extra': unknown"),
    ({"format": "casedesk.policy/1", "version": "1", "published": "2026-11-21", "facts": [3]},
     "entry 0: expected an object"),
])
def test_bad_file_refused(tmp_path, doc, message):
    with pytest.raises(PolicyFileError, match=re.escape(message)):
        load_policy(write(tmp_path, doc))


def test_unreadable_file_refused(tmp_path):
    with pytest.raises(PolicyFileError, match="cannot read"):
        load_policy(tmp_path / "absent.json")


def test_every_packaged_entry_survives_revalidation(policy):
    raw = json.loads(POLICY_FILE.read_text(encoding="utf-8"))
    again = policy_from_document(copy.deepcopy(raw))
    assert again == policy
    ids = [e["id"] for e in raw["facts"]]
    assert set(ids) == set(policy.ids())


# -- the id scheme is documented ------------------------------------------------------------

def _readme_patterns() -> list[re.Pattern]:
    patterns = []
    for line in README.read_text(encoding="utf-8").splitlines():
        if not line.startswith("| `"):
            continue
        cell = line.split("|")[1]
        tokens = re.findall(r"`([^`]+)`", cell)
        base = tokens[0]
        for token in tokens:
            full = base.rsplit(".", 1)[0] + token if token.startswith(".") else token
            regex = re.escape(full).replace(r"\<", "<").replace(r"\>", ">")
            regex = re.sub(r"<[a-z_]+>", "[a-z0-9_]+", regex)
            patterns.append(re.compile(regex))
    return patterns


def test_every_id_matches_a_documented_pattern(policy):
    patterns = _readme_patterns()
    assert len(patterns) > 40
    undocumented = [i for i in policy.ids() if not any(p.fullmatch(i) for p in patterns)]
    assert undocumented == []
    unused = [p.pattern for p in patterns if not any(p.fullmatch(i) for i in policy.ids())]
    assert unused == []


# -- the domain module stays pure ------------------------------------------------------------

def test_policydata_uses_the_standard_library_only():
    # policydata, and the sibling modules it imports (freshness), import nothing but the standard library.
    modules, siblings, seen = set(), ["policydata"], set()
    while siblings:
        name = siblings.pop()
        seen.add(name)
        source = (ROOT / "src" / "casedesk" / "domain" / f"{name}.py").read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level:
                assert node.level == 1 and node.module, f"{name} imports from the domain only"
                siblings += [node.module] if node.module not in seen else []
            elif isinstance(node, ast.ImportFrom):
                modules.add(node.module.split(".")[0])
    assert modules <= set(sys.stdlib_module_names) | {"__future__"}
    assert seen == {"policydata", "freshness"}


def test_remembered_lookups_answer_as_the_data_does_and_stay_bounded(policy, monkeypatch):
    # find() keeps its answers with the policy (a caseload asks the same ones): they must be the data's
    # own on every date, and the memo must not grow without end when dates vary by client.
    import casedesk.domain.policydata as policydata

    monkeypatch.setattr(policydata, "MEMO_LIMIT", 50)
    fresh = replace(policy)  # a policy of its own: an empty memo
    assert not fresh.memo
    day = date(2020, 1, 1)
    for i in range(400):
        on = day + timedelta(days=7 * i)
        for fact_id in ("tps.ht.designation_end", "crs.age", "visa.exempt_us_statuses"):
            assert fresh.find(fact_id, on) is fresh._find(fact_id, on)
            assert fresh.find(fact_id, on) is fresh._find(fact_id, on)  # the remembered answer
        assert len(fresh.memo) <= 51
