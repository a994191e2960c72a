"""One CaseDesk window per caseload: a second start is told, a dead one's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from casedesk.ui.instance_lock import LOCK_FILE, hold_instance_lock, holder_pid


def test_a_second_holder_is_refused_until_the_first_lets_go(tmp_path):
    first = hold_instance_lock(tmp_path)
    assert first is not None
    assert hold_instance_lock(tmp_path) is None
    assert holder_pid(tmp_path) == os.getpid()
    first.unlock()
    again = hold_instance_lock(tmp_path)
    assert again is not None
    again.unlock()


def test_the_lock_of_a_killed_process_is_taken_over(tmp_path):
    code = ("import sys, time; from casedesk.ui.instance_lock import hold_instance_lock; "
            "from pathlib import Path; lock = hold_instance_lock(Path(sys.argv[1])); "
            "print('held' if lock else 'refused', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        assert hold_instance_lock(tmp_path) is None  # alive: refused
        assert holder_pid(tmp_path) == proc.pid
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    assert (tmp_path / LOCK_FILE).exists()  # left behind by the killed process
    lock = hold_instance_lock(tmp_path)
    assert lock is not None
    lock.unlock()


def test_the_app_refuses_a_caseload_already_open_and_opens_nothing(qtbot, tmp_path, monkeypatch):
    import logging

    from casedesk import app
    from casedesk.arguments import build_parser
    from casedesk.ui import dialogs

    shown = []
    monkeypatch.setattr(dialogs.Notice, "info", staticmethod(lambda parent, title, text: shown.append((title, text))))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # app.main installs its own: put ours back after
    root_handlers = list(logging.getLogger().handlers)
    held = hold_instance_lock(tmp_path)  # another CaseDesk has it
    try:
        assert app.main(build_parser().parse_args(["--data-dir", str(tmp_path)])) == 1
    finally:
        held.unlock()
        for handler in set(logging.getLogger().handlers) - set(root_handlers):
            logging.getLogger().removeHandler(handler)
            handler.close()
    assert len(shown) == 1 and shown[0][0] == "CaseDesk is already open" and f"process {os.getpid()}" in shown[0][1]
    assert not (tmp_path / "casedesk.sqlite3").exists()
