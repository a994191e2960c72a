"""Two caseworkers' windows on one server caseload: a change made in one shows in the other within the
watch's interval; an edit made on a version someone else replaced shows the conflict dialog with both
versions, and Re-apply mine / Reload do what they say. Runs on PostgreSQL only (needs a server)."""

from __future__ import annotations

import os
from datetime import date

import pytest

from casedesk.clock import FixedClock
from casedesk.config import resolve_paths
from casedesk.domain.casefile import case_to_dict, parse_case
from casedesk.services.bundle import Services
from casedesk.services.workspace import open_workspace
from casedesk.ui import conflict_dialog, editor
from casedesk.ui.main_window import MainWindow
from casedesk.ui.ops import watch

from helpers import minimal_case, shipped

TODAY = date(2026, 11, 21)
pytestmark = pytest.mark.postgresql


@pytest.fixture
def two_windows(qtbot, db, tmp_path, backend, monkeypatch):
    if backend != "postgresql":
        pytest.skip("two caseworkers share a caseload on a server (CASEDESK_TEST_PG_URL)")
    monkeypatch.setattr(watch, "INTERVAL_MS", 200)
    other = open_workspace(resolve_paths(tmp_path / "bob", os.environ["CASEDESK_DATABASE_URL"]),
                           clock=FixedClock(TODAY))
    windows = []
    for database, name in ((db, "alice"), (other, "bob")):
        w = MainWindow(Services(database, shipped()), tmp_path / f"{name}.ini", FixedClock(TODAY))
        qtbot.addWidget(w)
        w.show()
        windows.append(w)
    yield windows
    for w in windows:
        w.close()
    other.close()


def _names(w: MainWindow) -> list[str]:
    return [w.model.row_data(r).family_name for r in range(w.model.rowCount())]


def test_a_client_added_in_one_window_shows_in_the_other_keeping_its_selection(qtbot, two_windows):
    alice, bob = two_windows
    first = alice.services.clients.add(parse_case(minimal_case("Ana", "Avila")), as_of=TODAY)
    qtbot.waitUntil(lambda: _names(bob) == ["Avila"], timeout=5000)
    assert bob.select_client(first)
    alice.services.clients.add(parse_case(minimal_case("Zoe", "Zapata")), as_of=TODAY)
    qtbot.waitUntil(lambda: _names(bob) == ["Avila", "Zapata"], timeout=5000)
    assert bob.selected_ids() == [first]  # the selection survived the refresh


@pytest.mark.parametrize("choice", [conflict_dialog.REAPPLY, conflict_dialog.RELOAD])
def test_an_edit_on_a_stale_version_shows_who_saved_and_both_values(qtbot, two_windows, monkeypatch, choice):
    alice, bob = two_windows
    cid = alice.services.clients.add(parse_case(minimal_case("Ana", "Avila")), as_of=TODAY)
    qtbot.waitUntil(lambda: _names(bob) == ["Avila"], timeout=5000)
    bob.select_client(cid)
    bob.services.settings.set("audit.caseworker_name", "Bob Roy")
    alice.services.settings.set("audit.caseworker_name", "Alice Martin")

    def edit_while_alice_saves(_parent, facts, **_kw):
        # Bob's editor is open on version 1 when Alice saves hers.
        theirs = case_to_dict(facts) | {"notes": "Alice's note"}
        record = alice.services.clients.get(cid)
        alice.services.clients.update(cid, parse_case(theirs), record.version, as_of=TODAY)
        return parse_case(case_to_dict(facts) | {"notes": "Bob's note"})

    shown = []

    def answer(self):
        shown.append((self.summary.text(), self.rows()))
        (self.reapply_button if choice == conflict_dialog.REAPPLY else self.reload_button).click()
        return self.result()

    monkeypatch.setattr(editor.ClientEditor, "ask", staticmethod(edit_while_alice_saves))
    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", answer)
    bob.commands.clients.edit_client()

    [(summary, rows)] = shown
    assert "Alice Martin" in summary and "version 2" in summary and "yours was 1" in summary
    assert rows == [("Notes", "Alice's note", "Bob's note")]  # the editor's label, not the key
    kept = "Bob's note" if choice == conflict_dialog.REAPPLY else "Alice's note"
    assert alice.services.clients.get(cid).facts.notes == kept
    qtbot.waitUntil(lambda: alice.services.clients.get(cid).version == (3 if choice == conflict_dialog.REAPPLY
                                                                        else 2), timeout=1000)


def test_file_backups_say_a_server_is_backed_up_with_its_own_tools(two_windows, monkeypatch):
    from casedesk.ui import dialogs

    alice, _bob = two_windows
    told = []
    monkeypatch.setattr(dialogs.Notice, "info", staticmethod(lambda _p, title, text: told.append((title, text))))
    assert alice.act_backup_now.isEnabled() and alice.act_restore.isEnabled()
    alice.act_backup_now.trigger()
    alice.act_restore.trigger()
    assert len(told) == 2 and all("pg_dump" in text and "do not apply" in text for _title, text in told)
