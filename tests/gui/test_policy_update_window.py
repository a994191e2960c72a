"""Policy ▸ Load Policy Update… and Return to Shipped Policy Data, from the window."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog

from casedesk.clock import FixedClock
from casedesk.domain.casefile import parse_case
from casedesk.policy.loader import default_policy
from casedesk.services.bundle import Services
from casedesk.ui import dialogs
from casedesk.ui.commands import policy as policy_commands
from casedesk.ui.main_window import MainWindow
from casedesk.ui.policy_update_view import (
    D_BEFORE, D_FACT, D_NOW, I_BEFORE, I_COUNTRY, I_NOW, I_WHAT, ClientIdRole, ImpactFileChooser,
    PolicyUpdateDialog,
)

from helpers import minimal_case, shipped, wait_idle

TODAY = date(2026, 12, 2)
ROOT = Path(__file__).resolve().parents[2]


def haiti_and_salvador_moved(tmp_path: Path) -> Path:
    doc = json.loads((ROOT / "resources" / "policy" / "policy.json").read_text("utf-8"))
    doc["version"] = "2026-12-02.7"
    for country, end in (("ht", "2027-08-03"), ("sv", "2027-09-09")):
        for fact in doc["facts"]:
            if fact["id"] == f"tps.{country}.designation_end" and fact["until"] is None:
                fact["until"] = "2026-12-01"
                new = dict(fact, value=end, effective="2026-12-01", until=None, source_title="Test notice",
                           verified_on="2026-12-02")
        doc["facts"].append(new)
    path = tmp_path / "update.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def add_clients(services: Services) -> dict[str, int]:
    ids = {}
    for name, country in (("=cmd|' /C calc'!A0", "HT"), ("Marie", "HT"), ("José", "SV"), ("Ana", "MX")):
        case = minimal_case("Jean", name) if name.startswith("=") else minimal_case(name, country)
        case["client"].update(citizenships=[country], country_of_birth=country)
        if country != "MX":
            case["us_status"] = [{"kind": "tps", "country": country, "valid_until": None}]
        ids[name] = services.clients.add(parse_case(case), as_of=TODAY)
    return ids


def test_load_an_update_see_the_difference_and_the_clients_filter_and_export(qtbot, db, tmp_path, monkeypatch):
    services = Services(db, shipped())
    ids = add_clients(services)
    services.assessments.reassess_all(TODAY)
    w = MainWindow(services, None, FixedClock(TODAY))
    qtbot.addWidget(w)
    update = haiti_and_salvador_moved(tmp_path)
    monkeypatch.setattr(policy_commands.PolicyFileChooser, "open_path", staticmethod(lambda parent: update))
    shown: list[PolicyUpdateDialog] = []
    monkeypatch.setattr(PolicyUpdateDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Accepted)

    w.act_load_policy.trigger()
    assert w.runner.busy  # on the worker, not the GUI thread
    wait_idle(qtbot, w)
    assert w.policy.current.version == "2026-12-02.7"
    assert w.policy_label.text() == "Policy data 2026-12-02.7 (loaded update)"
    dialog = shown[-1]
    qtbot.addWidget(dialog)
    assert "2026-12-02.1 → 2026-12-02.7: 0 facts added, 2 changed, 0 removed" in dialog.summary.text()
    facts = dialog.diff_model
    assert [facts.data(facts.index(r, D_FACT)).split(" — ")[0] for r in range(facts.rowCount())] == [
        "tps.ht.designation_end", "tps.sv.designation_end"]
    assert (facts.data(facts.index(0, D_BEFORE)), facts.data(facts.index(0, D_NOW))) == ("2026-02-03", "2027-08-03")

    # The clients affected: the Haitians and the Salvadoran, each with the status end that moved.
    table = dialog.table.model()
    affected = {table.data(table.index(r, 0), ClientIdRole) for r in range(table.rowCount())}
    assert affected == {ids["=cmd|' /C calc'!A0"], ids["Marie"], ids["José"]}
    assert "3 affected" in dialog.impact_label.text()
    whats = {(table.data(table.index(r, I_WHAT)), table.data(table.index(r, I_BEFORE)),
              table.data(table.index(r, I_NOW))) for r in range(table.rowCount())}
    assert ("U.S. status ends", "2026-02-03", "2027-08-03") in whats
    assert {(what, now) for what, _before, now in whats} >= {("TPS for El Salvador ends", "2027-09-09"),
                                                              ("TPS for Haiti ends", "2027-08-03")}

    # Filter to one country.
    dialog.country.setCurrentIndex(dialog.country.findData("HT"))
    assert table.rowCount() > 0
    assert {table.data(table.index(r, I_COUNTRY)) for r in range(table.rowCount())} == {"Haiti"}
    assert {r.client.id for r in dialog.shown_rows()} == {ids["=cmd|' /C calc'!A0"], ids["Marie"]}

    # Export what is shown, and read it back.
    out = tmp_path / "impact.csv"
    monkeypatch.setattr(ImpactFileChooser, "save_path", staticmethod(lambda parent: out))
    monkeypatch.setattr(dialogs.ConfirmExport, "ask", staticmethod(lambda parent: True))
    dialog.export_button.click()
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf\"Client id\",\"Client\"") and b"\r\n" in raw and b"\n" not in raw.replace(
        b"\r\n", b"")
    assert os.stat(out).st_mode & 0o777 == 0o600
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["Client id", "Client", "Country", "U.S. status", "What changed", "Before", "Now"]
    assert len(rows) - 1 == table.rowCount()
    assert {r[2] for r in rows[1:]} == {"Haiti"}
    assert {int(r[0]) for r in rows[1:]} == {ids["=cmd|' /C calc'!A0"], ids["Marie"]}
    assert "'=cmd|' /C calc'!A0, Jean" in {r[1] for r in rows[1:]}  # a name that looks like a formula stays text
    assert "written to" in dialog.impact_label.text()


def test_a_refused_update_changes_nothing_and_names_the_fact(qtbot, db, tmp_path, monkeypatch):
    services = Services(db, shipped())
    w = MainWindow(services, None, FixedClock(TODAY))
    qtbot.addWidget(w)
    doc = json.loads(haiti_and_salvador_moved(tmp_path).read_text("utf-8"))
    doc["facts"] = [f for f in doc["facts"] if f["id"] != "stca.in_force"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(policy_commands.PolicyFileChooser, "open_path", staticmethod(lambda parent: bad))
    warned = []
    monkeypatch.setattr(dialogs.Notice, "warn", staticmethod(lambda parent, title, text: warned.append(text)))
    monkeypatch.setattr(PolicyUpdateDialog, "exec", lambda self: pytest_fail())
    w.act_load_policy.trigger()
    wait_idle(qtbot, w)
    assert len(warned) == 1 and "'stca.in_force'" in warned[0] and "missing" in warned[0]
    assert w.policy.current is default_policy()
    assert services.policy_updates.trail() == []


def test_return_to_the_shipped_data_is_one_action(qtbot, db, tmp_path, monkeypatch):
    services = Services(db, shipped())
    ids = add_clients(services)
    services.policy_updates.load(haiti_and_salvador_moved(tmp_path))
    services.assessments.reassess_all(TODAY)
    w = MainWindow(services, None, FixedClock(TODAY))
    qtbot.addWidget(w)
    monkeypatch.setattr(policy_commands.ConfirmRevert, "ask", staticmethod(lambda parent, version: True))
    shown: list[PolicyUpdateDialog] = []
    monkeypatch.setattr(PolicyUpdateDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Accepted)
    w.act_revert_policy.trigger()
    wait_idle(qtbot, w)
    assert w.policy.current is default_policy()
    assert w.policy_label.text() == f"Policy data {default_policy().version}"
    assert {r.client.id for r in shown[-1].shown_rows()} == {ids["=cmd|' /C calc'!A0"], ids["Marie"], ids["José"]}
    assert [t.action for t in services.policy_updates.trail()] == ["revert", "load"]


def pytest_fail():
    import pytest

    pytest.fail("a refused update shows no difference")


def test_the_models_pass_qt_model_tester(qtmodeltester, tmp_path):
    from casedesk.domain.messages import Msg
    from casedesk.domain.policyupdate import diff_policies
    from casedesk.policy.loader import load_policy
    from casedesk.services.assessments import ClientChange, DeadlineChange, ReassessReport, VerdictChange
    from casedesk.ui.policy_update_view import DiffModel, ImpactFilter, ImpactModel, impact_rows

    report = ReassessReport(TODAY, "x", clients=3, changed=[
        ClientChange(7, "Ana", "Gómez", (VerdictChange("self_employed", "unavailable", "possible"),),
                     (date(2026, 2, 3), date(2027, 8, 3)),
                     (DeadlineChange("tps:HT", "status_end", date(2026, 2, 3), date(2027, 8, 3),
                                     Msg("deadline.title.tps_designation_end", {"country": "HT"})),), "HT", ("tps",)),
        ClientChange(9, "", "Pierre", (), None, (DeadlineChange("x", "ead_end", date(2026, 5, 1), None),), "SV",
                     ("tps", "ead"))])
    rows = impact_rows(report)
    assert len(rows) == 4
    model = ImpactModel(rows)
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(2, I_WHAT)) == "TPS for Haiti ends"
    assert (model.data(model.index(3, I_BEFORE)), model.data(model.index(3, I_NOW))) == ("2026-05-01", "none")
    proxy = ImpactFilter()
    proxy.setSourceModel(model)
    proxy.set_filter("", "ead")
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy, force_py=True)
    diff = DiffModel(diff_policies(default_policy(), load_policy(haiti_and_salvador_moved(tmp_path))))
    qtmodeltester.check(diff, force_py=True)
    assert diff.rowCount() == 2


def test_an_update_loaded_while_a_policy_file_is_in_force_reports_no_impact_of_that_file(qtbot, db, tmp_path,
                                                                                        monkeypatch):
    from casedesk.policy.source import PolicySource

    given = ROOT / "resources" / "policy" / "policy.json"
    services = Services(db, PolicySource(given))  # as `casedesk --policy FILE` starts the window
    ids = add_clients(services)
    services.assessments.reassess_all(TODAY)
    before = {cid: len(services.assessments.history(cid)) for cid in ids.values()}
    w = MainWindow(services, None, FixedClock(TODAY))
    qtbot.addWidget(w)
    update = haiti_and_salvador_moved(tmp_path)
    monkeypatch.setattr(policy_commands.PolicyFileChooser, "open_path", staticmethod(lambda parent: update))
    shown: list[PolicyUpdateDialog] = []
    monkeypatch.setattr(PolicyUpdateDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Accepted)
    w.act_load_policy.trigger()
    wait_idle(qtbot, w)
    dialog = shown[-1]
    qtbot.addWidget(dialog)
    assert w.policy.current.version == "2026-12-02.1"  # the file stays in force for this run
    assert "0 facts added, 2 changed, 0 removed" in dialog.summary.text()  # the update's difference
    assert dialog.table.model().rowCount() == 0
    assert "--policy" in dialog.impact_label.text() and "affected" in dialog.impact_label.text()
    assert {cid: len(services.assessments.history(cid)) for cid in before} == before  # nothing re-assessed
