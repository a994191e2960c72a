"""Files in the data folder are their owner's only, whoever writes them (issue 13: window-state.ini
and the lock file, written by Qt, were 0644); the command line will not restore or convert a
caseload a window has open."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from casedesk.private import make_private, private_by_default
from casedesk.ui.instance_lock import LOCK_FILE, hold_instance_lock

CASE_FILE = Path(__file__).resolve().parents[1] / "data" / "spec_example.json"


def _env(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    return env | {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "x")}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_lock_file_qt_writes_is_private(tmp_path):
    before = os.umask(0o022)
    try:
        private_by_default()
        lock = hold_instance_lock(tmp_path)
        assert lock is not None
        try:
            assert _mode(tmp_path / LOCK_FILE) == 0o600
        finally:
            lock.unlock()
    finally:
        os.umask(before)


def test_a_window_start_leaves_every_file_private_even_an_old_0644_state_file(tmp_path):
    data = tmp_path / "caseload"
    env = _env(tmp_path)
    subprocess.run([sys.executable, "-m", "casedesk", "--data-dir", str(data), "import", str(CASE_FILE)], env=env,
                   capture_output=True, timeout=120, check=True)
    state = data / "window-state.ini"
    state.write_text("[window]\n", encoding="utf-8")
    state.chmod(0o644)  # as an older CaseDesk left it
    proc = subprocess.run([sys.executable, "-m", "casedesk", "--smoke-test", "--data-dir", str(data)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    loose = {str(p.relative_to(data)): oct(_mode(p)) for p in data.rglob("*") if _mode(p) & 0o077}
    assert loose == {}


def test_make_private_narrows_and_ignores_what_is_not_there(tmp_path):
    path = tmp_path / "f"
    path.write_text("x")
    path.chmod(0o664)
    make_private(path)
    assert _mode(path) == 0o600
    make_private(tmp_path / "absent")


def test_the_command_line_will_not_restore_or_convert_under_an_open_window(tmp_path):
    data = tmp_path / "caseload"
    env = _env(tmp_path)
    subprocess.run([sys.executable, "-m", "casedesk", "--data-dir", str(data), "import", str(CASE_FILE)], env=env,
                   capture_output=True, timeout=120, check=True)
    backup = tmp_path / "copy.sqlite3"
    subprocess.run([sys.executable, "-m", "casedesk", "--data-dir", str(data), "backup", "-o", str(backup)], env=env,
                   capture_output=True, timeout=120, check=True)
    lock = hold_instance_lock(data)  # the window (this process) has it open
    assert lock is not None
    try:
        before = (data / "casedesk.sqlite3").read_bytes()
        for args in (["restore", str(backup)], ["encrypt"]):
            proc = subprocess.run([sys.executable, "-m", "casedesk", "--data-dir", str(data), *args], text=True,
                                  env=env | {"CASEDESK_NEW_PASSPHRASE": "violet lantern quarry mosaic"},
                                  capture_output=True, timeout=120)
            assert proc.returncode == 1 and "Traceback" not in proc.stderr
            assert f"open in a CaseDesk window (process {os.getpid()})" in proc.stderr, proc.stderr
            assert "nothing was changed" in proc.stderr
        assert (data / "casedesk.sqlite3").read_bytes() == before
        listed = subprocess.run([sys.executable, "-m", "casedesk", "--data-dir", str(data), "list", "--json"],
                                env=env, capture_output=True, text=True, timeout=120)
        assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 1  # reads go on beside the window
    finally:
        lock.unlock()
    restored = subprocess.run([sys.executable, "-m", "casedesk", "--data-dir", str(data), "restore", str(backup)],
                              env=env, capture_output=True, text=True, timeout=120)
    assert restored.returncode == 0, restored.stderr
