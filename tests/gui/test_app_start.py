"""The window as a real start builds it (``app.start``, what ``casedesk`` runs before the event loop),
with policy data chosen by ``--policy FILE`` or ``CASEDESK_POLICY``: what it shows comes from that file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from casedesk import app
from casedesk.arguments import parse
from casedesk.clock import FixedClock
from casedesk.context import build_context
from casedesk.domain.assessment import POSSIBLE, UNAVAILABLE
from casedesk.domain.casefile import parse_case
from casedesk.ui import results
from casedesk.ui.caseload_model import COL_EXPIRY, COL_NEXT_DEADLINE
from casedesk.ui.policy_view import COL_ID, COL_VALUE, PolicyDialog

from helpers import minimal_case

TODAY = date(2026, 11, 21)
SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "policy" / "policy.json"
TPS_END = "2027-08-03"  # shipped: 2026-02-03


def edited_policy(path: Path) -> Path:
    """The shipped file with Haiti's TPS ending later and the self-employed program reopened."""
    doc = json.loads(SHIPPED.read_text(encoding="utf-8"))
    doc["version"] = "2026-11-21.edited"
    for fact in doc["facts"]:
        if fact["until"] is None and fact["id"] == "tps.ht.designation_end":
            fact["value"] = TPS_END
        if fact["until"] is None and fact["id"] == "program.self_employed.paused":
            fact["value"] = False
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize("how", ["--policy", "CASEDESK_POLICY"])
def test_the_window_reads_the_policy_file_it_was_started_with(qtbot, tmp_path, monkeypatch, restore_process_state,
                                                               how):
    home, clock = tmp_path / "home", FixedClock(TODAY)
    before = build_context(data_dir=home, env={}, clock=clock)  # a Haitian TPS holder, saved under the shipped data
    client_id = before.services.clients.add(parse_case(minimal_case(
        "Marie", "Joseph", us_status=[{"kind": "tps", "country": "HT", "valid_until": None}],
        self_employment={"cultural_or_athletic_years": 3})), as_of=TODAY)
    assert before.services.assessments.assess_client(client_id, TODAY).verdicts()["self_employed"] == UNAVAILABLE
    before.close()

    edited = edited_policy(tmp_path / "policy.json")
    argv, env = ["--data-dir", str(home)], {}
    if how == "--policy":
        argv += ["--policy", str(edited)]
    else:
        env = {"CASEDESK_POLICY": str(edited)}
    started = app.start(parse(argv), clock=clock, env=env)
    assert isinstance(started, app.Started)
    try:
        window = started.window
        qtbot.addWidget(window)
        assert window.policy.file == edited and window.policy.current.version == "2026-11-21.edited"

        # The caseload's "Status ends": the stored deadlines are recomputed with the file's data on the window's
        # worker; until then a banner says the column is the old data's, and then the column shows the new date.
        row = window.model.row_of(client_id)
        assert window.runner.busy and window.banner.isVisibleTo(window)
        assert "Updating deadlines" in window.banner.text()
        # the old data's, said so (ended long ago: said so too)
        assert window.model.data(window.model.index(row, COL_EXPIRY)) == "2026-02-03 · ended 291 days ago"
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=60_000)
        row = window.model.row_of(client_id)
        assert window.model.data(window.model.index(row, COL_EXPIRY)) == TPS_END
        assert not window.banner.isVisibleTo(window)
        assert [b.reason for b in started.backups.list()] == ["startup"]  # taken on the worker too, first

        # Policy ▸ Policy Data shows the file's facts and version.
        shown: list[PolicyDialog] = []
        monkeypatch.setattr(PolicyDialog, "exec", lambda self: shown.append(self) or 0)
        window.act_policy.trigger()
        dialog = shown[0]
        assert "2026-11-21.edited" in dialog.summary.text()
        facts = {dialog.model.data(dialog.model.index(r, COL_ID)): dialog.model.data(dialog.model.index(r, COL_VALUE))
                 for r in range(dialog.model.rowCount())}
        assert facts["tps.ht.designation_end"] == TPS_END and facts["program.self_employed.paused"] == "no"

        # Routes to Canada: the verdicts come from the file too.
        routes = []
        monkeypatch.setattr(results.ResultsDialog, "show_for",
                            classmethod(lambda cls, parent, facts, assessment, crs, history=(), **_o:
                                        routes.append(assessment)))
        window.select_client(client_id)
        window.act_routes.trigger()
        assert routes[0].policy_version == "2026-11-21.edited"
        assert routes[0].verdicts()["self_employed"] == POSSIBLE
    finally:
        started.close()


def test_a_policy_file_that_cannot_be_read_stops_the_start_with_a_message(qtbot, tmp_path, monkeypatch,
                                                                          restore_process_state):
    shown = []
    monkeypatch.setattr(app.QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    args = parse(["--data-dir", str(tmp_path / "home"), "--policy", str(tmp_path / "missing.json")])
    assert app.start(args, clock=FixedClock(TODAY), env={}) == 1
    assert len(shown) == 1 and "missing.json" in shown[0]
    assert not (tmp_path / "home" / "casedesk.sqlite3").exists()  # stopped before opening anything


def test_the_startup_backup_is_skipped_when_nothing_changed_since_the_last_clean_close(qtbot, tmp_path,
                                                                                       restore_process_state):
    home, clock = tmp_path / "home", FixedClock(TODAY)
    before = build_context(data_dir=home, env={}, clock=clock)
    before.services.clients.add(parse_case(minimal_case("Marie", "Joseph")), as_of=TODAY)
    before.close()

    def start_then_close() -> list[str]:
        started = app.start(parse(["--data-dir", str(home)]), clock=clock, env={})
        assert isinstance(started, app.Started)
        try:
            qtbot.addWidget(started.window)
            qtbot.waitUntil(lambda: not started.window.runner.busy, timeout=60_000)
            assert started.window.model.rowCount() >= 1
        finally:
            started.close()
        return sorted(b.reason for b in started.backups.list())

    first = start_then_close()
    assert first.count("startup") == 1
    assert start_then_close() == first  # nothing changed since: no second copy of the same caseload
    # Another process changes the caseload (the command line, between two sessions): backed up at the next start.
    between = build_context(data_dir=home, env={}, clock=clock)
    between.services.clients.add(parse_case(minimal_case("Jean", "Baptiste")), as_of=TODAY)
    between.close()
    assert start_then_close().count("startup") == 2
    # A session that did not close cleanly leaves no mark: the next start backs up.
    (home / "backups" / ".last-close.json").unlink()
    assert start_then_close().count("startup") == 3


def test_a_status_that_ended_long_ago_by_the_next_start_leaves_next_deadline(qtbot, tmp_path, restore_process_state):
    """Saved while the EAD's end was a recent overdue to-do; opened 40 days later, it is the client's state."""
    home = tmp_path / "home"
    ead_end = date(2026, 11, 1)
    before = build_context(data_dir=home, env={}, clock=FixedClock(TODAY))
    client_id = before.services.clients.add(parse_case(minimal_case(
        "Marie", "Joseph", us_status=[{"kind": "ead", "valid_until": ead_end.isoformat()}])), as_of=TODAY)
    before.services.deadlines.refresh_all(TODAY)  # computed with the data in force: nothing to recompute at start
    before.close()

    started = app.start(parse(["--data-dir", str(home)]), clock=FixedClock(date(2026, 12, 11)), env={})
    assert isinstance(started, app.Started)
    try:
        window = started.window
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=60_000)
        row = window.model.row_of(client_id)
        assert window.model.data(window.model.index(row, COL_NEXT_DEADLINE)) in (None, "")
        assert "ended 40 days ago" in window.model.data(window.model.index(row, COL_EXPIRY))
    finally:
        started.close()


def test_a_window_left_open_overnight_brings_next_deadline_to_the_new_day(qtbot, tmp_path, restore_process_state,
                                                                          monkeypatch):
    from PySide6.QtCore import Qt

    from casedesk.ui.commands.deadlines import DeadlineCommands

    monkeypatch.setattr(DeadlineCommands, "show_morning_summary", lambda self: None)
    home, clock = tmp_path / "home", FixedClock(TODAY)
    before = build_context(data_dir=home, env={}, clock=clock)
    client_id = before.services.clients.add(parse_case(minimal_case(
        "Marie", "Joseph", us_status=[{"kind": "ead", "valid_until": "2026-11-01"}])), as_of=TODAY)
    before.services.deadlines.refresh_all(TODAY)
    before.close()

    started = app.start(parse(["--data-dir", str(home)]), clock=clock, env={})
    assert isinstance(started, app.Started)
    try:
        window = started.window
        qtbot.addWidget(window)
        started.show()
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=60_000)
        row = window.model.row_of(client_id)
        assert window.model.data(window.model.index(row, COL_NEXT_DEADLINE)) == "2026-11-01"  # 20 days: a to-do
        clock._day = date(2026, 12, 11)  # the next morning, weeks later: the window was left open
        started._on_active(Qt.ApplicationState.ApplicationActive)
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=60_000)
        row = window.model.row_of(client_id)
        assert window.model.data(window.model.index(row, COL_NEXT_DEADLINE)) == ""
    finally:
        started.close()
