"""``casedesk --smoke-test``: the window opens and closes by itself with exit 0, so an installation
(a frozen bundle, the .deb) can be checked without a person or a sleep-and-kill."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from casedesk.arguments import parse
from casedesk.config import DB_FILENAME
from casedesk.ui.instance_lock import LOCK_FILE

CASE_FILE = Path(__file__).resolve().parents[1] / "data" / "spec_example.json"


# Qt's offscreen platform says this of every window it shows; nothing else may reach stderr.
OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints()"


def _unexpected(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip() and line.strip() != OFFSCREEN_NOTE]


def _env(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "xdg"))
    return env


def test_the_option_is_parsed_and_off_by_default():
    assert parse(["--smoke-test"]).smoke_test is True
    assert parse([]).smoke_test is False


def test_the_window_opens_on_a_new_caseload_and_closes_by_itself(tmp_path):
    data = tmp_path / "caseload"
    proc = subprocess.run([sys.executable, "-m", "casedesk", "--smoke-test", "--data-dir", str(data)],
                          env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert _unexpected(proc.stderr) == []
    # A real start: the caseload was created (no encryption offer waited for an answer), and the
    # one-window lock was let go at the end.
    assert (data / DB_FILENAME).is_file()
    assert not (data / LOCK_FILE).exists()


def test_the_window_opens_on_an_existing_caseload_with_clients(tmp_path):
    data = tmp_path / "caseload"
    env = _env(tmp_path)
    imported = subprocess.run([sys.executable, "-m", "casedesk", "--data-dir", str(data), "import", str(CASE_FILE)],
                              env=env, capture_output=True, text=True, timeout=120)
    assert imported.returncode == 0, imported.stderr
    proc = subprocess.run([sys.executable, "-m", "casedesk", "--smoke-test", "--data-dir", str(data)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert _unexpected(proc.stderr) == []
    listed = subprocess.run([sys.executable, "-m", "casedesk", "--data-dir", str(data), "list", "--json"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 1  # the window left the imported client as it was
