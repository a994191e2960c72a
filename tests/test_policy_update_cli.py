"""`casedesk policy load FILE` / `policy revert` and the re-assessment that follows, as a user runs them."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import minimal_case

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = json.loads((ROOT / "resources" / "policy" / "policy.json").read_text("utf-8"))
AS_OF = "2026-12-02"
NEW_END = "2027-08-03"


def casedesk(home: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    proc = subprocess.run([sys.executable, "-m", "casedesk", *args, "--data-dir", str(home), "--as-of", AS_OF],
                          capture_output=True, text=True, env=env, timeout=180)
    assert "Traceback" not in proc.stderr
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def haiti_moved(version: str = "2026-12-02.2") -> dict:
    """The shipped data with Haiti's TPS end moved (a new entry from 2026-12-01)."""
    doc = copy.deepcopy(SHIPPED)
    doc["version"] = version
    for fact in doc["facts"]:
        if fact["id"] == "tps.ht.designation_end" and fact["until"] is None:
            fact["until"] = "2026-12-01"
    doc["facts"].append({"id": "tps.ht.designation_end", "title": "Haiti TPS: date TPS ends", "value": NEW_END,
                         "effective": "2026-12-01", "until": None, "source_title": "Test notice: Haiti re-designated",
                         "source_url": "", "confidence": "S", "verified_on": "2026-12-02", "note": ""})
    return doc


def write(path: Path, doc) -> Path:
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return path


CLIENTS = [("HT", "tps"), ("HT", "tps"), ("SV", "tps"), ("VE", "tps"), ("CU", "parole"), ("MX", None)]


@pytest.fixture(scope="module")
def caseload(tmp_path_factory) -> Path:
    """Six clients (two Haitian TPS holders) imported and assessed once with the shipped data."""
    root = tmp_path_factory.mktemp("caseload")
    cases = []
    for i, (country, kind) in enumerate(CLIENTS):
        case = minimal_case(f"C{i}", country)
        case["client"].update(citizenships=[country], country_of_birth=country)
        if kind == "tps":
            case["us_status"] = [{"kind": "tps", "country": country, "valid_until": None}]
        elif kind == "parole":
            case["us_status"] = [{"kind": "parole", "program": "CHNV", "valid_until": "2025-04-24"}]
        cases.append(case)
    path = root / "cases.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    home = root / "home"
    casedesk(home, "import", str(path))
    first = json.loads(casedesk(home, "reassess", "--json").stdout)
    assert first["first_assessed"] == len(CLIENTS) and first["changed"] == []
    return home


def policy_json(home: Path) -> str:
    return casedesk(home, "policy", "--json").stdout


@pytest.mark.parametrize("case", ["missing_fact", "duplicate_id", "wrong_type", "wrong_key_type", "older_version",
                                  "same_version", "not_json", "no_source"])
def test_a_bad_update_is_refused_naming_the_fact_and_nothing_changes(caseload, tmp_path, case):
    doc = haiti_moved()
    expected: tuple[str, ...]
    if case == "missing_fact":
        doc["facts"] = [f for f in doc["facts"] if f["id"] != "stca.in_force"]
        expected = ("'stca.in_force'", "missing")
    elif case == "duplicate_id":
        doc["facts"].append(copy.deepcopy(doc["facts"][-1]))
        expected = ("'tps.ht.designation_end'", "duplicate fact id")
    elif case == "wrong_type":
        doc["facts"][-1]["value"] = 42
        expected = ("'tps.ht.designation_end'", "field 'value'", "expected date, got number")
    elif case == "wrong_key_type":
        for fact in doc["facts"]:
            if fact["id"] == "asylum.one_year_bar":
                fact["value"]["years"] = "one"
        expected = ("'asylum.one_year_bar'", "field 'value.years'", "got text")
    elif case == "older_version":
        doc["version"] = "2026-11-21.1"
        expected = ("field 'version'", "older than the policy data shipped", "2026-12-02.1")
    elif case == "same_version":
        doc["version"] = SHIPPED["version"]
        expected = ("field 'version'", "not newer than the policy data in use")
    elif case == "no_source":
        doc["facts"][-1]["source_title"] = ""
        expected = ("'tps.ht.designation_end'", "field 'source_title'")
    else:
        doc = '{"format": "casedesk.policy/1", "version": '
        expected = ("update.json", "not valid JSON")
    before = policy_json(caseload)
    proc = casedesk(caseload, "policy", "load", str(write(tmp_path / "update.json", doc)), check=False)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    for words in expected:
        assert words in lines[0], lines[0]
    assert policy_json(caseload) == before
    assert json.loads(before)["version"] == SHIPPED["version"]


def test_load_prints_the_difference_then_reassess_lists_exactly_the_clients_affected(caseload, tmp_path):
    update = write(tmp_path / "update.json", haiti_moved())
    proc = casedesk(caseload, "policy", "load", str(update))
    out = proc.stdout
    assert "2026-12-02.1 -> 2026-12-02.2: 0 facts added, 1 changed, 0 removed" in out
    assert f'~ tps.ht.designation_end: "2026-02-03" -> "{NEW_END}" (from 2026-12-01; ' \
           "source: Test notice: Haiti re-designated)" in out
    in_use = json.loads(policy_json(caseload))  # a new process sees the update
    assert (in_use["version"], in_use["origin"]) == ("2026-12-02.2", "update")

    report = json.loads(casedesk(caseload, "reassess", "--json").stdout)
    assert report["policy_version"] == "2026-12-02.2"
    changed = {c["id"]: c for c in report["changed"]}
    assert sorted((c["family_name"], c["country"]) for c in changed.values()) == [("HT", "HT"), ("HT", "HT")]
    for client in changed.values():
        assert client["status_kinds"] == ["tps"]
        assert client["status_end"] == {"old": "2026-02-03", "new": NEW_END}
        assert [(d["key"], d["old"], d["new"]) for d in client["deadlines"]] == [("tps:HT", "2026-02-03", NEW_END)]
        assert client["deadlines"][0]["title"] == "TPS for Haiti ends"
    # What the caseworker sees follows: a second run finds nothing new.
    again = json.loads(casedesk(caseload, "reassess", "--json").stdout)
    assert again["changed"] == []
    shown = json.loads(casedesk(caseload, "deadlines", str(min(changed)), "--json").stdout)
    assert [d["due"] for d in shown if d["key"] == "tps:HT"] == [NEW_END]

    # The same update again is not newer than the one in use.
    proc = casedesk(caseload, "policy", "load", str(update), check=False)
    assert proc.returncode == 1 and "not newer than the policy data in use (2026-12-02.2)" in proc.stderr

    # --policy still overrides for one run.
    shipped_file = write(tmp_path / "shipped.json", SHIPPED)
    one_run = json.loads(casedesk(caseload, "policy", "--json", "--policy", str(shipped_file)).stdout)
    assert (one_run["version"], one_run["origin"]) == (SHIPPED["version"], "file")

    # Back to the shipped data, in one action; the Haitian clients move back.
    proc = casedesk(caseload, "policy", "revert", "--json")
    back = json.loads(proc.stdout)
    assert (back["old_version"], back["new_version"], back["counts"]) == (
        "2026-12-02.2", SHIPPED["version"], {"added": 0, "changed": 1, "removed": 0})
    assert back["facts"][0]["id"] == "tps.ht.designation_end"
    assert back["facts"][0]["new"]["value"] == "2026-02-03"
    back_in_use = json.loads(policy_json(caseload))
    assert (back_in_use["version"], back_in_use["origin"]) == (SHIPPED["version"], "shipped")
    report = json.loads(casedesk(caseload, "reassess", "--json").stdout)
    assert sorted(c["status_end"]["new"] for c in report["changed"]) == ["2026-02-03", "2026-02-03"]
    assert {c["country"] for c in report["changed"]} == {"HT"}
    history = json.loads(casedesk(caseload, "policy", "history", "--json").stdout)
    assert [(h["action"], h["version"], h["active"]) for h in history] == [
        ("revert", SHIPPED["version"], False), ("load", "2026-12-02.2", False)]
    assert all(h["by"] and h["at_utc"].endswith("Z") for h in history)


def test_an_update_with_a_new_fact_is_shown_as_added(tmp_path):
    home = tmp_path / "home"
    doc = haiti_moved("2026-12-02.3")
    doc["facts"] = [f for f in doc["facts"] if f["id"] != "ee.high_wage_occupation_factor"]  # not read: may go
    doc["facts"].append({"id": "tps.zz.designation_end", "title": "Somewhere TPS: date TPS ends",
                         "value": "2027-01-01", "effective": "2026-11-01", "until": None, "source_title": "A notice",
                         "source_url": "https://example.org/notice", "confidence": "S3", "verified_on": "2026-12-01",
                         "note": ""})
    proc = casedesk(home, "policy", "load", str(write(tmp_path / "u.json", doc)), "--json", check=False)
    # ee.high_wage_occupation_factor is in the shipped data, so it is a fact the rules may read: refused.
    assert proc.returncode == 1 and "'ee.high_wage_occupation_factor'" in proc.stderr
    doc = haiti_moved("2026-12-02.3")
    doc["facts"].append({"id": "tps.zz.designation_end", "title": "Somewhere TPS: date TPS ends",
                         "value": "2027-01-01", "effective": "2026-11-01", "until": None, "source_title": "A notice",
                         "source_url": "https://example.org/notice", "confidence": "S3", "verified_on": "2026-12-01",
                         "note": ""})
    data = json.loads(casedesk(home, "policy", "load", str(write(tmp_path / "u.json", doc)), "--json").stdout)
    assert data["counts"] == {"added": 1, "changed": 1, "removed": 0}
    added = [f for f in data["facts"] if f["change"] == "added"]
    assert added == [{"change": "added", "id": "tps.zz.designation_end", "old": None,
                      "new": {"value": "2027-01-01", "effective": "2026-11-01", "until": None, "confidence": "S3",
                              "source": {"title": "A notice", "url": "https://example.org/notice"}}}]
    facts = json.loads(casedesk(home, "policy", "--json", "--id", "tps.zz").stdout)["facts"]
    assert [f["value"] for f in facts] == ["2027-01-01"]


def test_usage_errors(tmp_path):
    home = tmp_path / "home"
    proc = casedesk(home, "policy", "load", check=False)
    assert proc.returncode != 0 and "give the policy update file" in proc.stderr
    proc = casedesk(home, "policy", "load", str(tmp_path / "nowhere.json"), check=False)
    assert proc.returncode == 1 and "nowhere.json: cannot read the policy file" in proc.stderr
