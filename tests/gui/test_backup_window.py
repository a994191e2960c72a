"""Backups from the window: Back Up Now, the 30-minute backup only when something changed, Restore."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from casedesk.clock import FixedClock
from casedesk.domain.casefile import parse_case
from casedesk.services.backups import BackupService
from casedesk.services.bundle import Services
from casedesk.services.clients import ClientService
from casedesk.ui import restore_dialog
from casedesk.ui.main_window import MainWindow

from helpers import minimal_case, shipped, wait_idle

TODAY = date(2026, 11, 21)


def test_backup_now_periodic_and_restore(qtbot, db, monkeypatch):
    backups = BackupService(db)
    try:
        ClientService(db, shipped()).add(parse_case(minimal_case("Before", "Backup")), as_of=TODAY)
        w = MainWindow(Services(db, shipped()), None, FixedClock(TODAY), backups=backups)
        qtbot.addWidget(w)
        assert w.act_restore.isEnabled() and w.commands.backups.timer.isActive()
        w.act_backup_now.trigger()
        manual = backups.list()
        assert [b.reason for b in manual] == ["manual"] and manual[0].clients == 1
        w.commands.backups.periodic_backup()  # nothing changed since: no new backup
        assert len(backups.list()) == 1
        ClientService(db, shipped()).add(parse_case(minimal_case("After", "Backup")), as_of=TODAY)
        w.commands.backups.periodic_backup()
        assert [b.reason for b in backups.list()][0] == "periodic"

        monkeypatch.setattr(restore_dialog.RestoreDialog, "ask",
                            classmethod(lambda cls, service, parent=None, runner=None: service.restore(manual[0].path)))
        w.act_restore.trigger()
        wait_idle(qtbot, w)  # the restored deadlines are recomputed for the policy data in force
        assert [r.family_name for r in w.clients.page("")[0]] == ["Backup"]
        assert w.model.total == 1
        assert any(b.reason.startswith("pre-restore") for b in backups.list())
    finally:
        backups.close()


def test_a_restore_runs_on_the_windows_worker_and_the_dialog_waits_for_it(qtbot, db, monkeypatch):
    """Restoring copies and checks the whole file (1.5 s at 20,000 clients): the window keeps painting, and
    the dialog cannot be closed or asked for a second restore meanwhile."""
    backups = BackupService(db)
    try:
        ClientService(db, shipped()).add(parse_case(minimal_case("Before", "Backup")), as_of=TODAY)
        w = MainWindow(Services(db, shipped()), None, FixedClock(TODAY), backups=backups)
        qtbot.addWidget(w)
        wait_idle(qtbot, w)
        w.act_backup_now.trigger()
        ClientService(db, shipped()).add(parse_case(minimal_case("After", "Backup")), as_of=TODAY)
        monkeypatch.setattr(restore_dialog.ConfirmRestore, "ask", staticmethod(lambda parent, info: True))
        seen = {}

        def run(dialog) -> int:
            qtbot.addWidget(dialog)
            dialog.table.selectRow(0)
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
            seen["busy"] = w.runner.busy and w.runner.exclusive
            seen["buttons"] = (dialog.restore_button.isEnabled(), dialog.close_button.isEnabled())
            dialog.finished.connect(lambda code: seen.setdefault("finished", code))
            dialog.reject()  # Escape while it restores: ignored
            seen["open"] = "finished" not in seen
            qtbot.waitUntil(lambda: not w.runner.busy, timeout=60_000)
            return dialog.result()

        monkeypatch.setattr(restore_dialog.RestoreDialog, "exec", run)
        w.act_restore.trigger()
        wait_idle(qtbot, w)
        assert {k: seen[k] for k in ("busy", "buttons", "open")} == {"busy": True, "buttons": (False, False),
                                                                    "open": True}
        assert seen["finished"] == QDialog.DialogCode.Accepted  # closed by the restore's end, not by Escape
        assert [r.family_name for r in w.clients.page("")[0]] == ["Backup"] and w.model.total == 1
        assert any(b.reason.startswith("pre-restore") for b in backups.list())
    finally:
        backups.close()


def test_a_waiting_dialog_gives_back_only_what_it_greyed(qtbot, db):
    """While its work runs every control is greyed and Escape ignored; at the end (a failure here) the
    controls it greyed come back, and one that was off before stays off. Refused, it greys nothing."""
    import time

    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    from casedesk.ui.ops import Op
    from casedesk.ui.ops.dialog import WaitingDialog

    w = MainWindow(Services(db, shipped()), None, FixedClock(TODAY))
    qtbot.addWidget(w)
    wait_idle(qtbot, w)
    dialog = WaitingDialog(w)
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    field, on, off = QLineEdit(), QPushButton("on"), QPushButton("off")
    off.setEnabled(False)
    for widget in (field, on, off):
        layout.addWidget(widget)
    ended, closed = [], []
    dialog.finished.connect(closed.append)

    def work(_services, _progress):
        raise OSError("the disk went away")

    assert dialog.run_exclusive(w.runner, work, title="t", label="l", done=ended.append, failed=ended.append)
    assert dialog.working and not field.isEnabled() and not on.isEnabled()
    dialog.reject()  # Escape while it runs: ignored
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    assert isinstance(ended[0], OSError) and not dialog.working and closed == []
    assert field.isEnabled() and on.isEnabled() and not off.isEnabled()

    assert w.runner.run(Op(w, lambda _services, _progress: time.sleep(0.3), title="t", label="l"))
    assert not dialog.run_exclusive(w.runner, work, title="t", label="l", done=ended.append, failed=ended.append)
    assert not dialog.working and field.isEnabled() and on.isEnabled() and not off.isEnabled()
    wait_idle(qtbot, w)
