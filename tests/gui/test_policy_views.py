"""Policy data and caseload re-assessment, seen from the window."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from casedesk.clock import FixedClock
from casedesk.domain.policydata import PolicyFact
from casedesk.policy.loader import default_policy
from casedesk.services.bundle import Services
from casedesk.services.demo import seed_demo
from casedesk.ui.caseload_model import COL_BEST, COL_VERDICT
from casedesk.ui.main_window import MainWindow
from casedesk.ui.policy_view import PolicyDialog
from casedesk.ui.reassess_view import COL_BEFORE, COL_CLIENT, ClientIdRole, ReassessDialog

from helpers import shipped, wait_idle

TODAY = date(2026, 11, 21)


def test_policy_dialog_shows_dates_sources_and_what_to_verify(qtbot):
    dlg = PolicyDialog(default_policy(), TODAY)
    qtbot.addWidget(dlg)
    assert dlg.model.rowCount() > 50
    qtbot.keyClicks(dlg.filter, "tps.ht.designation")
    assert dlg.table.model().rowCount() == 1
    dlg.table.selectRow(0)
    assert "https://" in dlg.source.text()
    rows = [dlg.model.data(dlg.model.index(r, 4)) for r in range(dlg.model.rowCount())]
    assert any(r.startswith("⚠") for r in rows)
    old = PolicyDialog(default_policy(), date(2027, 6, 1))
    qtbot.addWidget(old)
    assert "more than 90 days old" in old.summary.text()


def test_window_warns_about_stale_policy(qtbot, db):
    w = MainWindow(Services(db, shipped()), None, FixedClock(date(2027, 6, 1)))
    qtbot.addWidget(w)
    assert w.policy_label.text().startswith("⚠")
    fresh = MainWindow(Services(db, shipped()), None, FixedClock(TODAY))
    qtbot.addWidget(fresh)
    assert not fresh.policy_label.text().startswith("⚠")


def test_reassess_from_the_window_lists_changes_and_the_best_route_is_shown(qtbot, db, monkeypatch):
    seed_demo(db, TODAY, shipped())
    policy = default_policy()
    w = MainWindow(Services(db, shipped()), None, FixedClock(TODAY))
    qtbot.addWidget(w)
    shown = []
    monkeypatch.setattr(ReassessDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Accepted)
    w.act_reassess.trigger()
    wait_idle(qtbot, w)
    first = w.commands.assessments.last_reassess
    assert first.first_assessed == 0 and first.changed == []  # the demo is assessed when it is made
    verdicts = {w.model.data(w.model.index(r, COL_VERDICT)) for r in range(w.model.rowCount())}
    assert "✓ Promising" in verdicts
    assert any(w.model.data(w.model.index(r, COL_BEST)) == "Spousal or partner sponsorship"
               for r in range(w.model.rowCount()))

    # The federal self-employed program reopens: every client's self_employed verdict moves, nothing else.
    # New data in the one policy source reaches every service at once: nothing is kept in step by hand.
    current = policy.find("program.self_employed.paused", TODAY)
    w.policy.replace(policy.with_fact(PolicyFact(
        "program.self_employed.paused", current.title, False, date(2026, 11, 1), None, "test", "", "S", None, ""),
        version="edited"))
    assert {s.policy.version for s in (w.assessments, w.deadlines, w.clients.deadlines, w.services.letters)} == {
        "edited"}
    w.act_reassess.trigger()
    wait_idle(qtbot, w)
    assert w.policy_label.text() == "Policy data edited"
    changed = w.commands.assessments.last_reassess.changed
    assert len(changed) == w.model.total
    assert all([v.pathway for v in c.changes] == ["self_employed"] for c in changed)
    model = shown[-1].model  # one row per route that moved, the client's name on each
    assert model.rowCount() == sum(len(c.changes) for c in changed) == len(changed)
    first = changed[0]
    assert model.data(model.index(0, COL_CLIENT)) == f"{first.family_name}, {first.given_names}"
    assert model.data(model.index(0, COL_BEFORE)) == "‖ Not available now"
    assert model.data(model.index(0, COL_CLIENT), ClientIdRole) == first.id


def test_the_reassessment_changes_model_passes_qt_model_tester(qtmodeltester):
    from casedesk.domain.messages import Msg
    from casedesk.services.assessments import ClientChange, ReassessReport, VerdictChange
    from casedesk.ui.reassess_view import COL_NOW, COL_ROUTE, ChangesModel, change_rows

    report = ReassessReport(TODAY, "edited", clients=2, changed=[
        ClientChange(7, "Ana", "Gómez", (
            VerdictChange("self_employed", "unavailable", "possible"),
            VerdictChange("spousal_sponsorship", None, "promising", Msg("spousal.summary.x")))),
        ClientChange(9, "", "Pierre", (VerdictChange("express_entry", "possible", "unlikely"),))])
    model = ChangesModel(change_rows(report))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
    assert [model.data(model.index(r, COL_CLIENT)) for r in range(3)] == ["Gómez, Ana", "Gómez, Ana", "Pierre"]
    assert model.data(model.index(1, COL_ROUTE)) == "Spousal or partner sponsorship"
    assert model.data(model.index(2, COL_NOW), ClientIdRole) == 9
