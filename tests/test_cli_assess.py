"""crs, assess, reassess and policy from the command line, run as subprocesses."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from casedesk.domain.assessment import PATHWAY_IDS, VERDICTS
from casedesk.domain.policydata import PolicyFact
from casedesk.policy.loader import default_policy, dump_policy

from helpers import minimal_case, stored_rows
from test_cli import casedesk, write_jsonl

# The command line on both back ends (CASEDESK_DATABASE_URL set for the subprocesses on PostgreSQL).
pytestmark = pytest.mark.usefixtures("backend")


def _case(tmp_path: Path, doc: dict, name: str = "case.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_crs_of_the_spec_example(tmp_path, spec_case):
    out = json.loads(casedesk(tmp_path / "h", "crs", str(_case(tmp_path, spec_case)), "--as-of", "2026-11-21",
                              "--json").stdout)
    assert {k: out[k] for k in ("total", "core", "spouse", "transferability", "additional")} == {
        "total": 464, "core": 349, "spouse": 0, "transferability": 50, "additional": 65}
    assert out["details"]["french"] == 50 and out["details"]["sibling"] == 15
    assert not (tmp_path / "h" / "casedesk.sqlite3").exists(), "a case file needs no database"


def test_assess_gives_every_pathway_with_reasons_and_sources(tmp_path, spec_case):
    out = json.loads(casedesk(tmp_path / "h", "assess", str(_case(tmp_path, spec_case)), "--as-of", "2026-11-21",
                              "--json").stdout)
    assert out["as_of"] == "2026-11-21" and out["policy_version"] == default_policy().version
    assert [p["id"] for p in out["pathways"]] == list(PATHWAY_IDS)
    for p in out["pathways"]:
        assert p["verdict"] in VERDICTS and p["reasons"]
        if p["verdict"] == "needs_info":
            assert p["missing"]
        else:
            assert p["sources"] and all(s["title"] for s in p["sources"])
            # Recollections and notices without an address have no URL, and are flagged to verify.
            assert all(s["url"].startswith("https://") or s["id"] in p["unconfirmed_sources"]
                       for s in p["sources"])
    verdicts = {p["id"]: p["verdict"] for p in out["pathways"]}
    assert verdicts["spousal_sponsorship"] == "promising"
    assert verdicts["citizenship_by_descent"] == "promising"
    assert verdicts["self_employed"] == "unavailable"


def test_bad_case_file_names_the_field(tmp_path, spec_case):
    bad = copy.deepcopy(spec_case)
    bad["partner"]["status_in_canada"] = "tourist"
    proc = casedesk(tmp_path / "h", "assess", str(_case(tmp_path, bad)), check=False)
    assert proc.returncode == 1
    assert proc.stderr.startswith("casedesk: partner.status_in_canada: not one of citizen")
    proc = casedesk(tmp_path / "h", "crs", str(tmp_path / "missing.json"), check=False)
    assert proc.returncode == 1 and "missing.json" in proc.stderr
    proc = casedesk(tmp_path / "h", "assess", "someone", check=False)
    assert proc.returncode == 1 and "neither a case file nor a client id" in proc.stderr


def test_assess_a_stored_client_keeps_history(tmp_path, spec_case):
    home = tmp_path / "h"
    casedesk(home, "import", str(_case(tmp_path, spec_case)))
    first = json.loads(casedesk(home, "assess", "1", "--as-of", "2024-06-01", "--json").stdout)
    second = json.loads(casedesk(home, "assess", "1", "--as-of", "2026-11-21", "--json").stdout)
    irregular = [{p["id"]: p["verdict"] for p in r["pathways"]}["refugee_claim_after_irregular_entry"]
                 for r in (first, second)]
    assert irregular[1] == "ineligible"
    rows = stored_rows(home, "SELECT as_of, policy_version FROM assessment WHERE client_id = 1 ORDER BY id")
    [best] = stored_rows(home, "SELECT best_pathway, best_verdict FROM client WHERE id = 1")
    assert [r[0] for r in rows] == ["2024-06-01", "2026-11-21"]
    assert best[1] == "promising"


def test_reassess_after_a_policy_edit_lists_exactly_the_clients_it_affects(tmp_path):
    home = tmp_path / "h"
    parent = minimal_case("Old", "Parent", client={"given_names": "Old", "family_name": "Parent",
                                                   "date_of_birth": "1950-01-01"},
                          relatives_in_canada=[{"relation": "child", "status": "citizen", "age": 45}])
    others = [minimal_case(f"G{i}", f"Other{i}", relatives_in_canada=[]) for i in range(5)]
    casedesk(home, "import", str(write_jsonl(tmp_path / "c.jsonl", [parent] + others)))
    baseline = json.loads(casedesk(home, "reassess", "--as-of", "2026-11-21", "--json").stdout)
    assert baseline["first_assessed"] == 6 and baseline["changed"] == []
    again = json.loads(casedesk(home, "reassess", "--as-of", "2026-11-21", "--json").stdout)
    assert again["changed"] == [] and again["first_assessed"] == 0

    # The morning a policy changes: the Parents and Grandparents Program reopens.
    policy = default_policy()
    current = policy.find("program.pgp.open", default_policy().published)
    from datetime import date
    edited = policy.with_fact(PolicyFact(
        id="program.pgp.open", title=current.title, value=True, effective=date(2026, 11, 1), until=None,
        source_title="test edit", source_url="https://example.org/pgp", confidence="S", verified_on=None,
        note=""), version="test-edit")
    dump_policy(edited, tmp_path / "policy.json")
    out = json.loads(casedesk(home, "reassess", "--as-of", "2026-11-21", "--policy", str(tmp_path / "policy.json"),
                              "--json").stdout)
    assert out["policy_version"] == "test-edit"
    assert [(c["family_name"], c["changes"]) for c in out["changed"]] == [
        ("Parent", [{"pathway": "other_family_sponsorship", "old": "unavailable", "new": "unlikely",
                     "summary_code": {"code": "other_family.summary.pgp_lottery", "params": {}},
                     "summary": "Parents and Grandparents Program: small lottery intakes"}])]


def test_policy_listing_marks_what_to_verify(tmp_path):
    out = json.loads(casedesk(tmp_path / "h", "policy", "--id", "tps.", "--as-of", "2026-11-21", "--json").stdout)
    ids = {f["id"] for f in out["facts"]}
    assert "tps.ht.designation_end" in ids
    assert all(f["source"]["title"] for f in out["facts"])
    assert any(f["verify"] for f in out["facts"])
    stale = casedesk(tmp_path / "h", "policy", "--id", "tps.ht", "--as-of", "2027-06-01")
    assert "policy data" in stale.stderr and "days old" in stale.stderr
