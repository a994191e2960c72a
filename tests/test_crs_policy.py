"""The CRS grid and the language charts are policy data: edit the data, and the score follows.

The golden tables (test_crs.py) check the shipped data against numbers worked out by hand; here
a policy that says something else must give something else, dated rules must come from the
dates in the data, and a policy without what the scorer needs must say which fact and date.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from casedesk.domain.casefile import parse_case
from casedesk.domain.crs import FACT_IDS, crs_score, grid_in_force
from casedesk.domain.eligibility import assess
from casedesk.domain.facts import Documents, LanguageResult
from casedesk.domain.language import chart_day, clb_levels
from casedesk.domain.policydata import Policy, PolicyError, PolicyValueError, thaw
from casedesk.policy.loader import default_policy, packaged_policy_path

from test_cli import casedesk

AS_OF = date(2026, 11, 21)
POLICY = default_policy()
SPEC_EXAMPLE = Path(__file__).parent / "data" / "spec_example.json"
SPEC_TOTAL = 464  # test_crs.py::test_spec_example, worked out by hand
# The spec example's English (S9 L9 R8 W8) as an IELTS result: the same CLB levels.
IELTS = {"test": "ielts_general", "scores": {"speaking": 7.0, "listening": 8.0, "reading": 6.5, "writing": 6.5}}


def spec_doc() -> dict:
    return json.loads(SPEC_EXAMPLE.read_text(encoding="utf-8"))


def spec_facts():
    return parse_case(spec_doc())


def edited(policy: Policy, fact_id: str, change, on: date = AS_OF) -> Policy:
    """``policy`` with the value of ``fact_id`` in force on ``on`` changed by ``change(value)``."""
    current = policy.get(fact_id, on)
    value = thaw(current.value)
    change(value)
    return policy.with_fact(replace(current, value=value), version="test-edit")


def without(policy: Policy, fact_id: str) -> Policy:
    return Policy(policy.version, policy.published, tuple(f for f in policy.facts if f.id != fact_id))


def set_age(value: dict) -> None:
    value["without_spouse"]["32"] = 50  # the spec example's client is 32 and single: 94 shipped


# --- the score follows the data ----------------------------------------------------------------

def test_a_different_age_grid_changes_the_score():
    shipped = crs_score(spec_facts(), POLICY, AS_OF)
    other = crs_score(spec_facts(), edited(POLICY, "crs.age", set_age), AS_OF)
    assert (shipped.details["age"], shipped.total) == (94, SPEC_TOTAL)
    assert (other.details["age"], other.total) == (50, SPEC_TOTAL - 44)


@pytest.mark.parametrize("fact_id, change, detail, points, total", [
    # Transferability's language thresholds: CLB 8 (the lowest of S9 L9 R8 W8) now reaches the top band.
    ("crs.transferability", lambda v: v["education_language"]["higher"].__setitem__(1, [8, 50]),
     "transferability_education", 50, SPEC_TOTAL + 25),
    ("crs.additional.sibling", lambda v: v.__setitem__("min_age", 35), "sibling", 0, SPEC_TOTAL - 15),  # brother 34
    ("crs.additional.french", lambda v: v.__setitem__("points_by_english_clb", [[0, 25], [9, 50]]),
     "french", 25, SPEC_TOTAL - 25),  # English R8 W8: no longer CLB 9 in all four
    ("crs.second_language", lambda v: v["cap"].__setitem__("without_spouse", 8), "second_language", 8,
     SPEC_TOTAL - 4),
    ("crs.caps", lambda v: v.__setitem__("additional", 60), "french", 50, SPEC_TOTAL - 5),  # 65 capped at 60
])
def test_each_table_and_cap_is_read_from_the_data(fact_id, change, detail, points, total):
    r = crs_score(spec_facts(), edited(POLICY, fact_id, change), AS_OF)
    assert (r.details[detail], r.total) == (points, total)


@pytest.mark.parametrize("on, french, sibling, canadian_education, job_offer", [
    (date(2015, 6, 1), 0, 0, 0, 600),      # as Express Entry opened: job offers 600, no French or sibling points
    (date(2016, 11, 19), 0, 0, 30, 50),    # November 2016: Canadian education in, job offers 50
    (date(2017, 6, 6), 30, 15, 30, 50),    # June 2017: sibling 15, French 15/30
    (date(2020, 10, 27), 50, 15, 30, 50),  # late 2020: French 25/50
    (date(2025, 3, 24), 50, 15, 30, 50),
    (date(2025, 3, 25), 50, 15, 30, 0),    # job-offer points removed
])
def test_dated_rules_come_from_the_dates_in_the_data(on, french, sibling, canadian_education, job_offer):
    facts = parse_case(spec_doc() | {"job_offer": {"province": "ON", "teer": 1}})
    facts = replace(facts, human_capital=replace(facts.human_capital, canadian_education="three_year_or_more"))
    d = crs_score(facts, POLICY, on).details
    assert (d["french"], d["sibling"], d["canadian_education"], d["job_offer"]) == (
        french, sibling, canadian_education, job_offer)


def test_moving_a_dated_rule_in_the_data_moves_it_in_the_score():
    # A policy where the job-offer points end on 1 June 2025 instead of 25 March.
    before = POLICY.get("crs.additional.arranged_employment", date(2025, 3, 24))
    later = POLICY.with_fact(replace(before, until=date(2025, 6, 1)), version="test-edit")
    facts = parse_case(spec_doc() | {"job_offer": {"province": "ON", "teer": 2}})
    on = date(2025, 4, 15)
    assert crs_score(facts, POLICY, on).details["job_offer"] == 0
    assert crs_score(facts, later, on).details["job_offer"] == 50
    assert crs_score(facts, later, date(2025, 6, 1)).details["job_offer"] == 0


def test_a_different_chart_changes_a_level_and_the_score():
    ielts = LanguageResult("english", None, "ielts_general", IELTS["scores"])
    levels = {"speaking": 9, "listening": 9, "reading": 8, "writing": 8}
    assert clb_levels(ielts, POLICY, AS_OF) == levels
    # Listening 8.0 no longer reaches CLB 9 (its lowest score raised to 8.25): CLB 8.
    policy = edited(POLICY, "lang.chart.ielts_general",
                    lambda v: v["listening"].__setitem__(v["listening"].index([8.0, 9]), [8.25, 9]))
    assert clb_levels(ielts, policy, AS_OF) == levels | {"listening": 8}
    facts = parse_case(spec_doc() | {"human_capital": spec_doc()["human_capital"] | {
        "first_language": {"language": "english", "clb": IELTS}}})
    assert crs_score(facts, POLICY, AS_OF).total == SPEC_TOTAL
    assert crs_score(facts, policy, AS_OF).total == SPEC_TOTAL - 8  # listening 31 -> 23


# --- which chart: the test date ---------------------------------------------------------------

TEF = LanguageResult("french", None, "tef_canada",
                     {"reading": 434, "writing": 428, "listening": 434, "speaking": 456})  # NCLC 7 in all four


@pytest.mark.parametrize("tested_on, levels", [
    (date(2023, 12, 11), {"reading": 7, "writing": 7, "listening": 7, "speaking": 7}),
    (date(2023, 12, 10), None),  # the older chart is not in the data: unknown, convert by hand
    (date(2014, 6, 1), None),    # before the data's coverage
])
def test_the_tef_chart_is_chosen_by_the_test_date(tested_on, levels):
    assert clb_levels(TEF, POLICY, tested_on) == levels


def test_the_case_files_test_date_picks_the_chart_and_unknown_levels_are_missing():
    facts = spec_facts()
    facts = replace(facts, human_capital=replace(facts.human_capital, second_language=TEF))
    assert chart_day(facts, AS_OF) == AS_OF  # no test date recorded: the as-of date
    assert crs_score(facts, POLICY, AS_OF).total == SPEC_TOTAL  # NCLC 7 in all four, as the spec's
    old = replace(facts, documents=Documents(language_test_date=date(2023, 9, 1)))
    assert chart_day(old, AS_OF) == date(2023, 9, 1)
    r = crs_score(old, POLICY, AS_OF)
    assert r.details["second_language"] == 0 and r.details["french"] == 0
    assert set(r.missing) == {f"human_capital.second_language.clb.scores.{a}"
                              for a in ("speaking", "listening", "reading", "writing")}


def test_pte_core_has_no_chart_before_ircc_accepted_it():
    pte = LanguageResult("english", None, "pte_core", {"reading": 78, "writing": 88, "listening": 82, "speaking": 84})
    assert clb_levels(pte, POLICY, date(2024, 1, 30)) == {"reading": 9, "writing": 9, "listening": 9, "speaking": 9}
    assert clb_levels(pte, POLICY, date(2024, 1, 29)) is None


# --- the data cover every date since Express Entry opened --------------------------------------

def test_the_shipped_grid_covers_every_date_from_2015():
    boundaries = {date(2015, 1, 1), AS_OF}
    for fact_id in FACT_IDS:
        for entry in POLICY.history(fact_id):
            boundaries |= {entry.effective, entry.effective - timedelta(days=1)}
    facts = spec_facts()
    for day in sorted(b for b in boundaries if b >= date(2015, 1, 1)):
        assert grid_in_force(POLICY, day), day
        assert crs_score(facts, POLICY, day).total > 0
    assert not grid_in_force(POLICY, date(2014, 12, 31))


@pytest.mark.parametrize("on, verdict", [
    (date(1900, 1, 1), "unavailable"), (date(2014, 12, 31), "unavailable"),
    (date(2015, 1, 1), "possible"),  # scored: 415, no cut-off on record that early
    # 464 against the French-language cut-off of 400 was "promising" until issue 11: Express Entry now checks
    # a program first, and with a net worth of 0 the example cannot show the Federal Skilled Worker's
    # settlement funds (CAD 19,001 for her and her spouse), has no Canadian work (CEC) and no trade (FST).
    (AS_OF, "ineligible"),
])
def test_express_entry_before_the_grid_is_unavailable_not_a_crash(on, verdict):
    result = {p.id: p for p in assess(spec_facts(), POLICY, on).pathways}["express_entry"]
    assert result.verdict == verdict


# --- a policy without what the scorer needs ---------------------------------------------------

@pytest.mark.parametrize("fact_id", ["crs.age", "crs.caps", "crs.additional.arranged_employment"])
def test_a_missing_crs_fact_is_named_with_its_date(fact_id):
    policy = without(POLICY, fact_id)
    with pytest.raises(PolicyError) as caught:
        crs_score(spec_facts(), policy, AS_OF)
    assert (caught.value.fact_id, caught.value.as_of) == (fact_id, AS_OF)
    assert str(caught.value) == f"no policy fact {fact_id!r} in force on 2026-11-21"
    with pytest.raises(PolicyError, match=fact_id):  # the pathway does not hide it as "unavailable"
        assess(spec_facts(), policy, AS_OF)


def test_a_missing_chart_is_named_with_its_date():
    ielts = LanguageResult("english", None, "ielts_general", IELTS["scores"])
    with pytest.raises(PolicyError, match=r"'lang.chart.ielts_general' in force on 2026-11-21"):
        clb_levels(ielts, without(POLICY, "lang.chart.ielts_general"), AS_OF)


@pytest.mark.parametrize("fact_id, change, says", [
    ("crs.first_language", lambda v: v["with_spouse"].reverse(), "with_spouse: minimums must rise"),
    ("crs.education", lambda v: v["without_spouse"].pop("master"), "without_spouse: no points for 'master'"),
    ("crs.age", lambda v: v.pop("with_spouse"), "no 'with_spouse'"),
    ("crs.additional.sibling", lambda v: v.__setitem__("points", "15"), "points: expected a whole number"),
    ("crs.transferability", lambda v: v.__setitem__("foreign_work_tiers", [[1, "low"]]), "a tier is 'low'"),
    ("crs.additional.sibling", lambda v: v.__setitem__("statuses", ["citizen", "resident"]),
     "statuses: unknown code 'resident'"),
])
def test_a_value_the_scorer_cannot_read_is_named(fact_id, change, says):
    with pytest.raises(PolicyValueError) as caught:
        crs_score(spec_facts(), edited(POLICY, fact_id, change), AS_OF)
    message = str(caught.value)
    assert message.startswith(f"policy fact {fact_id!r} in force on 2026-11-21 (entry effective ")
    assert says in message


# --- the command line honours --policy and CASEDESK_POLICY --------------------------------------

def _shipped_document() -> dict:
    return json.loads(packaged_policy_path().read_text(encoding="utf-8"))


def _write_policy(path: Path, edit) -> Path:
    document = _shipped_document()
    document["version"] = "test-edit"
    edit(document["facts"])
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _in_force(facts: list[dict], fact_id: str) -> dict:
    return next(f for f in facts if f["id"] == fact_id and f["until"] is None)


def _case(tmp_path: Path, doc: dict) -> Path:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _crs(tmp_path: Path, case: Path, *policy: str, env: dict | None = None) -> dict:
    args = ["crs", str(case), "--as-of", "2026-11-21", "--json", *policy]
    if env is None:
        return json.loads(casedesk(tmp_path / "h", *args).stdout)
    proc = subprocess.run([sys.executable, "-m", "casedesk", *args, "--data-dir", str(tmp_path / "h")],
                          capture_output=True, text=True, timeout=120, check=False,
                          env={k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")} | env)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    return json.loads(proc.stdout)


def test_cli_crs_reads_the_age_grid_of_the_policy_file(tmp_path):
    case = _case(tmp_path, spec_doc())
    policy = _write_policy(tmp_path / "policy.json", lambda facts: set_age(_in_force(facts, "crs.age")["value"]))
    shipped = _crs(tmp_path, case)
    assert (shipped["total"], shipped["details"]["age"]) == (SPEC_TOTAL, 94)
    assert shipped["policy_version"] == POLICY.version
    other = _crs(tmp_path, case, "--policy", str(policy))
    assert (other["total"], other["details"]["age"], other["policy_version"]) == (SPEC_TOTAL - 44, 50, "test-edit")
    by_env = _crs(tmp_path, case, env={"CASEDESK_POLICY": str(policy)})
    assert (by_env["total"], by_env["policy_version"]) == (SPEC_TOTAL - 44, "test-edit")


def test_cli_crs_reads_the_language_chart_of_the_policy_file(tmp_path):
    doc = spec_doc()
    doc["human_capital"]["first_language"] = {"language": "english", "clb": copy.deepcopy(IELTS)}
    case = _case(tmp_path, doc)

    def raise_listening(facts: list[dict]) -> None:
        listening = _in_force(facts, "lang.chart.ielts_general")["value"]["listening"]
        listening[listening.index([8.0, 9])] = [8.25, 9]

    policy = _write_policy(tmp_path / "policy.json", raise_listening)
    assert _crs(tmp_path, case)["total"] == SPEC_TOTAL
    assert _crs(tmp_path, case, "--policy", str(policy))["total"] == SPEC_TOTAL - 8


def test_cli_crs_names_a_missing_fact_and_its_date(tmp_path):
    case = _case(tmp_path, spec_doc())
    policy = _write_policy(tmp_path / "policy.json",
                           lambda facts: facts.remove(_in_force(facts, "crs.additional.sibling")))
    proc = casedesk(tmp_path / "h", "crs", str(case), "--as-of", "2026-11-21", "--policy", str(policy), check=False)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr == "casedesk: no policy fact 'crs.additional.sibling' in force on 2026-11-21\n"
    proc = casedesk(tmp_path / "h", "assess", str(case), "--as-of", "2026-11-21", "--policy", str(policy),
                    check=False)
    assert proc.returncode == 1
    assert proc.stderr == "casedesk: no policy fact 'crs.additional.sibling' in force on 2026-11-21\n"
