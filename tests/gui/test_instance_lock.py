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
