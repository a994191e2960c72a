"""The error boundary: plain messages for the environment's faults, a crash dialog for our bugs."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QWidget

from casedesk.clock import FixedClock
from casedesk.services.bundle import Services
from casedesk.services.errors import NotFound
from casedesk.ui import dialogs, errors

from helpers import shipped

CLIENT_DATA = "Pérez Núñez A123456789"


class Probe(QWidget):
    @errors.guarded("Could not do it")
    def refused(self):
        raise NotFound("client 9: no such client")

    @errors.guarded("Could not do it")
    def disk_full(self):
        raise OSError(28, "No space left on device", "/data/casedesk.sqlite3")


def test_user_errors_become_a_plain_message(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs.Notice, "warn", staticmethod(lambda parent, title, text: shown.append((title, text))))
    probe = Probe()
    qtbot.addWidget(probe)
    probe.refused()
    probe.disk_full()
    assert shown == [("Could not do it", "client 9: no such client"),
                     ("Could not do it", "/data/casedesk.sqlite3: No space left on device")]


def test_unexpected_errors_are_logged_without_their_message_and_shown(qtbot, monkeypatch, caplog, tmp_path):
    shown = []
    monkeypatch.setattr(errors.CrashDialog, "exec", lambda self: shown.append(self.details.toPlainText()))
    saved = sys.excepthook
    try:
        errors.install_excepthook(tmp_path / "casedesk.log")
        try:
            raise ValueError(CLIENT_DATA)  # a message quoting client data
        except ValueError:
            with caplog.at_level(logging.ERROR):
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = saved
    assert len(shown) == 1 and "ValueError: Pérez Núñez A123456789" in shown[0]  # the user sees it all
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "unexpected ValueError" in logged and "test_errors.py" in logged
    assert "Pérez" not in logged and "A123456789" not in logged


def test_a_full_disk_while_adding_a_client_is_a_plain_message(qtbot, db, data_dir, monkeypatch):
    from datetime import date

    from casedesk.config import resolve_paths
    from casedesk.domain.casefile import parse_case
    from casedesk.ui import editor
    from casedesk.ui.main_window import MainWindow
    from helpers import minimal_case
    from test_faults import fill_the_disk

    shown, crashed = [], []
    monkeypatch.setattr(dialogs.Notice, "warn", staticmethod(lambda parent, title, text: shown.append((title, text))))
    monkeypatch.setattr(errors.CrashDialog, "exec", lambda self: crashed.append(self.details.toPlainText()))
    window = MainWindow(Services(db, shipped()), resolve_paths(data_dir).ui_state_file, FixedClock(date(2026, 11, 21)))
    qtbot.addWidget(window)
    window.show()
    fill_the_disk(db)
    monkeypatch.setattr(editor.ClientEditor, "ask", staticmethod(
        lambda parent, facts=None, **_: parse_case(minimal_case("Ben", "Full", notes="x" * 19_000))))
    window.act_new.trigger()
    assert crashed == []
    assert len(shown) == 1 and shown[0][0] == "Could not add the client" and "disk is full" in shown[0][1]
    assert window.model.total == 0
