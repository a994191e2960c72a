"""File ▸ Restore…: the backups listed with their caseloads, and restoring one after confirming."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from casedesk.domain.casefile import parse_case
from casedesk.services.backups import BackupService, backup_name
from casedesk.services.clients import ClientService
from casedesk.ui import dialogs, restore_dialog
from casedesk.ui.restore_dialog import COL_CLIENTS, COL_REASON, COL_SIZE, COL_TAKEN, ConfirmRestore, RestoreDialog
from helpers import minimal_case, shipped

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
TODAY = date(2026, 3, 18)


@pytest.fixture
def service(db):
    backups = BackupService(db)
    yield backups
    backups.close()


def _add(db, given: str) -> int:
    return ClientService(db, shipped()).add(parse_case(minimal_case(given, "Test")), as_of=TODAY)


def _names(db) -> list[str]:
    clients = ClientService(db, shipped())
    return sorted(clients.get(i).facts.client.given_names for i in clients.all_ids())


@pytest.fixture
def caseload(db, service):
    """Two backups (2 then 3 clients), an unreadable file, and a live caseload of 4 clients."""
    _add(db, "Ana")
    _add(db, "Bo")
    two = service.take("startup", NOW - timedelta(hours=2))
    _add(db, "Cy")
    three = service.take("periodic", NOW - timedelta(hours=1))
    (service.folder / backup_name("periodic", NOW - timedelta(days=3))).write_bytes(b"\0" * 2048)
    _add(db, "Di")
    return two, three


def _open(qtbot, service) -> RestoreDialog:
    dialog = RestoreDialog(service)
    qtbot.addWidget(dialog)
    return dialog


def _cell(dialog: RestoreDialog, row: int, col: int) -> str:
    return dialog.model.data(dialog.model.index(row, col))


def test_the_dialog_lists_backups_newest_first_with_their_client_counts(qtbot, qtmodeltester, service, caseload):
    dialog = _open(qtbot, service)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 3
    assert [_cell(dialog, r, COL_CLIENTS) for r in range(3)] == ["3", "2", "unreadable"]
    assert [_cell(dialog, r, COL_REASON) for r in range(3)] == [
        "While working (every 30 minutes)", "When CaseDesk started", "While working (every 30 minutes)"]
    assert all(_cell(dialog, r, COL_TAKEN) for r in range(3))
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(2)
    assert not dialog.restore_button.isEnabled()  # an unreadable file cannot be restored
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()
    assert not dialog.warning.isVisibleTo(dialog)


def test_when_a_backup_was_taken_shows_whole_at_the_smallest_screen(qtbot, service, caseload):
    dialog = _open(qtbot, service)
    dialog.resize(640, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    for col in (COL_TAKEN, COL_SIZE, COL_CLIENTS):  # not cut to "2026-12-02 ..."
        assert dialog.table.columnWidth(col) >= dialog.table.sizeHintForColumn(col), col
    assert dialog.table.columnWidth(COL_REASON) > 100


def test_confirming_restores_the_chosen_backup_and_keeps_the_replaced_caseload(
        qtbot, monkeypatch, db, service, caseload):
    two, _three = caseload
    asked = []
    monkeypatch.setattr(ConfirmRestore, "ask", staticmethod(lambda parent, info: asked.append(info) or True))
    dialog = _open(qtbot, service)
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert [info.path for info in asked] == [two.path]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.restored == two.path
    assert _names(db) == ["Ana", "Bo"]
    kept = [b for b in service.list() if b.reason == "pre-restore"]
    assert [b.path for b in kept] == [dialog.kept]
    assert kept[0].clients == 4  # the caseload that was replaced, kept
    # The list was re-read: the kept copy shows in it.
    assert dialog.kept in [dialog.model.info(r).path for r in range(dialog.model.rowCount())]


def test_declining_the_confirmation_changes_nothing(qtbot, monkeypatch, db, service, caseload):
    monkeypatch.setattr(ConfirmRestore, "ask", staticmethod(lambda parent, info: False))
    dialog = _open(qtbot, service)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.restored is None and dialog.result() != QDialog.DialogCode.Accepted
    assert _names(db) == ["Ana", "Bo", "Cy", "Di"]
    assert not list(service.folder.glob("pre-restore-*"))


def test_a_backup_that_fails_its_check_is_refused_with_a_plain_message(qtbot, monkeypatch, db, service, caseload):
    two, _three = caseload
    newer = service.folder / backup_name("manual", NOW)
    shutil.copyfile(two.path, newer)
    with closing(sqlite3.connect(newer)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    monkeypatch.setattr(ConfirmRestore, "ask", staticmethod(lambda parent, info: True))
    messages = []
    monkeypatch.setattr(dialogs.Notice, "warn",
                        staticmethod(lambda parent, title, text: messages.append((title, text))))
    dialog = _open(qtbot, service)
    assert dialog.model.info(0).path == newer and _cell(dialog, 0, COL_CLIENTS) == "2"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(messages) == 1
    assert messages[0][0] == "Could not restore the backup" and "newer CaseDesk" in messages[0][1]
    assert dialog.restored is None and dialog.result() != QDialog.DialogCode.Accepted
    assert _names(db) == ["Ana", "Bo", "Cy", "Di"]
    assert not list(service.folder.glob("pre-restore-*"))


def test_ask_returns_the_backup_restored(qtbot, monkeypatch, db, service, caseload):
    _two, three = caseload
    monkeypatch.setattr(ConfirmRestore, "ask", staticmethod(lambda parent, info: True))

    def run(dialog: RestoreDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.table.selectRow(0)
        dialog.restore_selected()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", run)
    assert RestoreDialog.ask(service) == three.path
    assert _names(db) == ["Ana", "Bo", "Cy"]
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: (qtbot.addWidget(dialog), dialog.reject())[1])
    assert RestoreDialog.ask(service) is None


def test_an_empty_folder_says_so_and_a_synced_one_warns(qtbot, db, tmp_path):
    service = BackupService(db, tmp_path / "Dropbox" / "CaseDesk backups")
    try:
        dialog = _open(qtbot, service)
        assert dialog.model.rowCount() == 0
        assert dialog.empty.isVisibleTo(dialog)
        assert dialog.warning.isVisibleTo(dialog) and "Dropbox" in dialog.warning.text()
    finally:
        service.close()


def test_reason_labels():
    assert restore_dialog.reason_text("pre-upgrade-0004") == "Before upgrading CaseDesk (schema 0004)"
    assert restore_dialog.reason_text("pre-restore") == "Before a restore"
    assert restore_dialog.reason_text("something-new") == "something-new"
