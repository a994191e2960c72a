"""Client ▸ History says whether the whole trail is intact; Client ▸ Close File…, Purge… and Files Past
Retention…, driven as a caseworker would (the purge runs on the worker, after a confirmation that
names the client and says it cannot be undone)."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from casedesk.clock import FixedClock
from casedesk.config import resolve_paths
from casedesk.services import audit as audit_service
from casedesk.services.audit import AuditService
from casedesk.services.bundle import Services
from casedesk.services.clients import ClientService
from casedesk.services.demo import seed_demo
from casedesk.services.retention import RetentionService
from casedesk.ui import retention_view
from casedesk.ui.audit_view import AuditDialog
from casedesk.ui.main_window import MainWindow
from casedesk.ui.retention_view import CloseFileDialog, ConfirmPurge, RetentionDialog

from helpers import shipped, wait_idle

TODAY = date(2026, 11, 21)


@pytest.fixture
def window(qtbot, db, data_dir, monkeypatch):
    monkeypatch.setattr(audit_service, "os_user", lambda: "mlopez")
    seed_demo(db, TODAY, shipped())
    w = MainWindow(Services(db, shipped()), resolve_paths(data_dir).ui_state_file, FixedClock(TODAY))
    qtbot.addWidget(w)
    w.show()
    wait_idle(qtbot, w)
    return w


def select(w: MainWindow, text: str) -> int:
    w.search.setText(text)
    w.apply_search()
    assert w.model.rowCount() == 1
    w.table.selectRow(0)
    return w.selected_ids()[0]


def history_check(qtbot, window, monkeypatch) -> str:
    seen: list[str] = []

    def run(self):
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=60_000)
        qtbot.waitUntil(lambda: "Checking" not in self.check.text(), timeout=10_000)
        seen.append(self.check.text())
        return 0

    monkeypatch.setattr(AuditDialog, "exec", run)
    window.act_history.trigger()
    return seen[0]


def test_history_says_the_trail_is_intact_then_names_the_tampered_entry(qtbot, window, db, monkeypatch):
    select(window, "lefevre")
    entries = AuditService(db).verify().entries
    assert history_check(qtbot, window, monkeypatch) == (
        f"✓ The change history is intact: {entries:,} entries checked, none changed, removed or inserted.")
    with sqlite3.connect(db.path) as conn:
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit SET actor = 'someone' WHERE id = 5")
        conn.execute("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT 1; END")
    assert history_check(qtbot, window, monkeypatch) == (
        "⚠ The change history has been tampered with: entry 5 was changed after it was written.")


def test_close_file_then_purge_from_the_list_of_files_past_retention(qtbot, window, db, monkeypatch):
    client_id = select(window, "lefevre")
    assert window.act_close_file.isEnabled() and window.act_purge.isEnabled()
    monkeypatch.setattr(CloseFileDialog, "ask", classmethod(
        lambda cls, parent, name, closed_on, today: (cls.CLOSE, date(2018, 6, 30)) if closed_on is None else None))
    window.act_close_file.trigger()
    assert RetentionService(db).closed_on(client_id) == date(2018, 6, 30)

    asked: list[tuple] = []

    def confirm(parent, name, closed_on, keep_until, today, deleted=False):
        asked.append((name, closed_on, keep_until, deleted))
        return True

    monkeypatch.setattr(ConfirmPurge, "ask", staticmethod(confirm))
    shown: list[RetentionDialog] = []

    def run(self):
        shown.append(self)
        assert self.model.rowCount() == 1 and "1 closed files" in self.intro.text()
        self.purge_button.click()
        wait_idle(qtbot, window)
        assert self.model.rowCount() == 0 and not self.purge_button.isEnabled()
        return 0

    monkeypatch.setattr(RetentionDialog, "exec", run)
    window.act_retention.trigger()
    assert shown and asked == [("Lefèvre, Élodie", date(2018, 6, 30), date(2025, 6, 30), False)]
    assert client_id not in ClientService(db, shipped()).all_ids()
    window.search.setText("lefevre")
    window.apply_search()
    assert window.model.rowCount() == 0
    assert AuditService(db).verify().intact
    assert RetentionService(db).tombstone(client_id) == (TODAY, "mlopez")
    assert "Client purged" in window.statusBar().currentMessage()


def test_purge_refused_in_the_confirmation_changes_nothing(qtbot, window, db, monkeypatch):
    client_id = select(window, "lefevre")
    monkeypatch.setattr(ConfirmPurge, "ask", staticmethod(lambda *args, **kw: False))
    window.act_purge.trigger()
    wait_idle(qtbot, window)
    assert client_id in ClientService(db, shipped()).all_ids()


def test_the_confirmation_names_the_client_and_says_it_cannot_be_undone(qtbot, monkeypatch):
    texts: list[str] = []

    def run(box):
        texts.append(box.text() + "\n" + box.informativeText())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(retention_view.QMessageBox, "exec", run)
    assert ConfirmPurge.ask(None, "Lefèvre, Élodie", date(2024, 1, 5), date(2031, 1, 5), TODAY) is False
    assert "Erase Lefèvre, Élodie for good?" in texts[0] and "cannot be undone" in texts[0]
    assert "must be kept until" in texts[0]


def test_a_deleted_client_kept_in_the_history_is_listed_and_purged(qtbot, window, db, monkeypatch):
    client_id = select(window, "lefevre")
    ClientService(db, shipped()).delete([client_id])
    asked: list[tuple] = []
    monkeypatch.setattr(ConfirmPurge, "ask", staticmethod(
        lambda parent, name, closed_on, keep_until, today, deleted=False: asked.append((name, deleted)) or True))

    def run(self):
        assert self.model.rowCount() == 0 and not self.purge_button.isEnabled()
        assert self.deleted_model.rowCount() == 1 and "1 deleted clients" in self.deleted_intro.text()
        self.purge_deleted_button.click()
        wait_idle(qtbot, window)
        assert self.deleted_model.rowCount() == 0
        return 0

    monkeypatch.setattr(RetentionDialog, "exec", run)
    window.act_retention.trigger()
    assert asked == [(f"Client {client_id} (deleted)", True)]
    assert RetentionService(db).tombstone(client_id) is not None and RetentionService(db).deleted() == []
