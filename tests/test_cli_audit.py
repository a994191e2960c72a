"""`casedesk audit`: the trail from the shell, newest first, one client or all."""

from __future__ import annotations

import copy
import csv
import io
import json
from datetime import date

import pytest

from casedesk.config import resolve_paths
from casedesk.domain.casefile import parse_case
from casedesk.services.clients import ClientService
from casedesk.services.workspace import open_workspace

from helpers import fixed_clock, minimal_case, shipped
from test_cli import casedesk, write_jsonl

# The command line on both back ends (CASEDESK_DATABASE_URL set for the subprocesses on PostgreSQL).
pytestmark = pytest.mark.usefixtures("backend")


def test_audit_lists_the_trail_newest_first(tmp_path, spec_case):
    home = tmp_path / "home"
    source = write_jsonl(tmp_path / "in.jsonl", [spec_case, minimal_case("Ivan", "Shevchenko")])
    first, second = json.loads(casedesk(home, "import", str(source), "--json").stdout)["ids"]
    db = open_workspace(resolve_paths(home), clock=fixed_clock())
    try:
        clients = ClientService(db, shipped())
        edited = copy.deepcopy(spec_case)
        edited["client"]["family_name"] = "Pérez de Silva"
        clients.update(first, parse_case(edited), as_of=date(2026, 11, 21))
        clients.delete([second])
    finally:
        db.close()

    everything = json.loads(casedesk(home, "audit", "--json").stdout)
    assert [(e["client_id"], e["action"], e["field"]) for e in everything] == [
        (second, "delete", None), (first, "update", "client.family_name"),
        (second, "import", None), (first, "import", None)]
    assert everything[1]["old"] == "Pérez Núñez" and everything[1]["new"] == "Pérez de Silva"
    assert everything[0]["withheld"] is True and everything[0]["old"] is None
    assert all(e["actor"] and e["at"].endswith("Z") for e in everything)

    one = json.loads(casedesk(home, "audit", str(first), "--json").stdout)
    assert [e["action"] for e in one] == ["update", "import"]
    text = casedesk(home, "audit", str(first)).stdout
    assert "client.family_name  Pérez Núñez -> Pérez de Silva" in text
    assert "Shevchenko" not in casedesk(home, "audit").stdout  # a deleted client's facts stay inside

    out = tmp_path / "trail.csv"
    assert json.loads(casedesk(home, "audit", "-o", str(out), "--json").stdout)["count"] == 4
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["action"] for r in table] == ["delete", "update", "import", "import"]


def test_audit_of_an_unknown_client_is_a_clear_error(tmp_path):
    casedesk(tmp_path / "home", "import", str(write_jsonl(tmp_path / "one.jsonl", [minimal_case()])))
    proc = casedesk(tmp_path / "home", "audit", "42", check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip() == "casedesk: client 42: no such client"
