"""Undo a deletion from the main window, and the client's History dialog, driven as a caseworker would."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from casedesk.clock import FixedClock
from casedesk.config import resolve_paths
from casedesk.domain.casefile import case_to_dict
from casedesk.services import audit as audit_service
from casedesk.services.audit import AuditService
from casedesk.services.bundle import Services
from casedesk.services.clients import ClientService
from casedesk.services.demo import seed_demo
from casedesk.services.errors import NotFound
from casedesk.ui import audit_view, dialogs, editor
from casedesk.ui.audit_view import COL_ACTION, COL_FIELD, COL_NEW, COL_OLD, COL_WHO, AuditDialog, AuditModel
from casedesk.ui.caseload_model import COL_NAME
from casedesk.ui.main_window import MainWindow

from helpers import shipped, wait_idle

TODAY = date(2026, 11, 21)

pytestmark = pytest.mark.postgresql


@pytest.fixture
def window(qtbot, db, data_dir, monkeypatch):
    monkeypatch.setattr(audit_service, "os_user", lambda: "mlopez")
    seed_demo(db, TODAY, shipped())
    w = MainWindow(Services(db, shipped()), resolve_paths(data_dir).ui_state_file, FixedClock(TODAY))
    qtbot.addWidget(w)
    w.show()
    return w


def select(qtbot, w: MainWindow, text: str) -> int:
    w.search.setText(text)
    w.apply_search()
    assert w.model.rowCount() == 1
    w.table.selectRow(0)
    return w.selected_ids()[0]


def names(w: MainWindow) -> list[str]:
    return [w.model.data(w.model.index(r, COL_NAME)) for r in range(w.model.rowCount())]


def test_delete_then_undo_brings_the_client_back(qtbot, window, db, monkeypatch):
    client_id = select(qtbot, window, "lefevre")
    before = case_to_dict(ClientService(db, shipped()).get(client_id).facts)
    total = ClientService(db, shipped()).count()
    assert not window.act_undo.isEnabled()
    monkeypatch.setattr(dialogs.ConfirmDelete, "ask", staticmethod(lambda parent, names: names == ["Lefèvre, Élodie"]))
    window.act_delete.trigger()
    with pytest.raises(NotFound):
        ClientService(db, shipped()).get(client_id)
    assert window.statusBar().currentMessage() == "Client deleted — Undo (Ctrl+Z)"
    assert window.act_undo.isEnabled() and window.act_undo.text() == "&Undo Delete Client"
    assert window.act_undo.shortcut().toString() == "Ctrl+Z"

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert case_to_dict(ClientService(db, shipped()).get(client_id).facts) == before
    assert window.model.total == total
    assert "Lefèvre, Élodie" in names(window) and window.selected_ids() == [client_id]
    assert window.model.row_data(window.model.row_of(client_id)).best_verdict  # assessed again
    assert [e.action for e in AuditService(db).trail(client_id)][:2] == ["restore", "delete"]

    window.act_redo.trigger()  # deleted again, then undone again from the menu action
    with pytest.raises(NotFound):
        ClientService(db, shipped()).get(client_id)
    window.act_undo.trigger()
    assert case_to_dict(ClientService(db, shipped()).get(client_id).facts) == before


def test_undo_with_the_real_confirmation_box(qtbot, window, db):
    client_id = select(qtbot, window, "lefevre")

    def press_delete():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        assert "Edit ▸ Undo" in box.informativeText()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(50, press_delete)
    window.act_delete.trigger()
    assert "Lefèvre, Élodie" not in names(window)
    window.act_undo.trigger()
    assert ClientService(db, shipped()).get(client_id).facts.client.family_name == "Lefèvre"


def test_undo_of_several_clients(qtbot, window, db, monkeypatch):
    window.search.clear()
    window.apply_search()
    window.table.selectRow(0)
    window.table.selectionModel().select(window.model.index(1, 0), window.table.selectionModel().SelectionFlag.Select
                                         | window.table.selectionModel().SelectionFlag.Rows)
    ids = window.selected_ids()
    assert len(ids) == 2
    monkeypatch.setattr(dialogs.ConfirmDelete, "ask", staticmethod(lambda parent, names: True))
    window.act_delete.trigger()
    assert window.act_undo.text() == "&Undo Delete 2 Clients"
    assert window.statusBar().currentMessage() == "Clients deleted: 2 — Undo (Ctrl+Z)"
    window.act_undo.trigger()
    assert all(ClientService(db, shipped()).get(i) for i in ids)


def test_history_dialog_shows_an_edit(qtbot, window, db, monkeypatch):
    select(qtbot, window, "lefevre")

    def change(parent, facts=None, **_):
        dlg = editor.ClientEditor(facts, parent)
        qtbot.addWidget(dlg)
        dlg.findChild(QLineEdit, "client.family_name").setText("Lefèvre-Joseph")
        return dlg.facts()

    monkeypatch.setattr(editor.ClientEditor, "ask", staticmethod(change))
    window.act_edit.trigger()
    shown = []

    def record(self):
        shown.append([[self.model.data(self.model.index(r, c)) for c in (COL_WHO, COL_ACTION, COL_FIELD, COL_OLD,
                                                                          COL_NEW)]
                      for r in range(self.model.rowCount())])
        return 0

    monkeypatch.setattr(AuditDialog, "exec", record)
    assert window.act_history.isEnabled()
    window.act_history.trigger()
    wait_idle(qtbot, window)  # the whole trail's check, on the worker
    nobody = "not set (computer login: mlopez)"  # no caseworker name in Settings: the login is not a name
    assert shown == [[[nobody, "Changed", "Family name", "Lefèvre", "Lefèvre-Joseph"],
                      [nobody, "Imported", "", "", ""]]]


def test_history_shows_the_caseworkers_name_once_set(qtbot, db, monkeypatch, spec_case):
    from casedesk.domain.casefile import parse_case
    from casedesk.services.settings import SettingsService

    monkeypatch.setattr(audit_service, "os_user", lambda: "root")
    SettingsService(db).set("audit.caseworker_name", "Amira Haddad")
    client_id = ClientService(db, shipped()).add(parse_case(spec_case), as_of=TODAY)
    dialog = AuditDialog(AuditService(db), client_id, "Pérez Núñez, María José")
    qtbot.addWidget(dialog)
    assert dialog.model.data(dialog.model.index(0, COL_WHO)) == "Amira Haddad (root)"
    assert audit_view.who_text("root") == "not set (computer login: root)"
    assert audit_view.who_text("unknown") == "not set"


def test_history_export_warns_then_writes(qtbot, db, tmp_path, monkeypatch, spec_case):
    from casedesk.domain.casefile import parse_case

    client_id = ClientService(db, shipped()).add(parse_case(spec_case), as_of=TODAY)
    dialog = AuditDialog(AuditService(db), client_id, "Pérez Núñez, María José")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, COL_NEW)) == "(the facts as entered)"
    assert "Pérez Núñez" in dialog.model.data(dialog.model.index(0, COL_NEW), Qt.ItemDataRole.ToolTipRole)
    target = tmp_path / "history.json"
    chosen = []
    monkeypatch.setattr(audit_view.AuditFileChooser, "save_path",
                        staticmethod(lambda parent, suggested: chosen.append(suggested) or target))
    monkeypatch.setattr(dialogs.ConfirmExport, "ask", staticmethod(lambda parent: False))
    dialog.export_button.click()
    assert chosen == [] and not target.exists()
    monkeypatch.setattr(dialogs.ConfirmExport, "ask", staticmethod(lambda parent: True))
    dialog.export_button.click()
    assert chosen == [f"client-{client_id}-history.csv"]
    assert [e["action"] for e in json.loads(target.read_text(encoding="utf-8"))] == ["create"]
    assert dialog.status.text() == "History written: 1 entries"


def test_audit_model_passes_qt_model_tester(qtmodeltester, db, spec_case):
    from casedesk.domain.casefile import parse_case

    service = ClientService(db, shipped())
    cid = service.add(parse_case(spec_case), as_of=TODAY)
    service.delete([cid])
    model = AuditModel()
    model.set_rows(AuditService(db).trail())
    assert model.rowCount() == 2
    assert model.data(model.index(0, COL_OLD)) == "(withheld)"
    qtmodeltester.check(model, force_py=True)
