"""The command line's log file: every command sets it up before it starts, except the quick reads
(deadlines, upcoming, list, export), which set it up only when they open the database, log something
(``logstart``) or fail, so that a read answered from the SQLite file alone loads no ``logging``."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from casedesk import logstart
from casedesk.config import DB_FILENAME
from casedesk.logsetup import LOG_FILE
from casedesk.storage.quickread import DEADLINES_WORDS_KEY

from helpers import minimal_case

AS_OF = "2026-11-21"


def _run(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}  # the SQLite file: quick reads
    return subprocess.run([sys.executable, "-m", "casedesk", *args, "--data-dir", str(home), "--as-of", AS_OF],
                          capture_output=True, text=True, env=env, timeout=120)


def _caseload(tmp_path: Path) -> tuple[Path, Path]:
    case = tmp_path / "case.json"
    case.write_text(json.dumps(minimal_case(us_status=[{"kind": "tps", "country": "HT", "valid_until": "2027-02-03"}])),
                    encoding="utf-8")
    home = tmp_path / "home"
    assert _run(home, "import", str(case)).returncode == 0
    shutil.rmtree(home / "logs")
    return home, case


def test_a_quick_read_sets_no_log_up_and_every_other_command_does(tmp_path):
    home, case = _caseload(tmp_path)
    for read in (["deadlines", "1", "--json"], ["upcoming", "--json"], ["list", "--json"]):
        done = _run(home, *read)
        assert done.returncode == 0 and done.stderr == "", done.stderr
        assert not (home / "logs").exists(), read
    assert _run(home, "crs", str(case), "--json").returncode == 0  # opens no database, and sets its log up
    assert (home / "logs" / LOG_FILE).exists()


def test_a_quick_read_that_fails_logs_why(tmp_path):
    home, _ = _caseload(tmp_path)
    done = _run(home, "deadlines", "99")  # no such client: told by the long way
    assert done.returncode == 1 and "99" in done.stderr
    assert "deadlines failed: NoSuchClient" in (home / "logs" / LOG_FILE).read_text(encoding="utf-8")


def test_the_first_logger_asked_for_sets_the_log_up_once():
    calls = []
    logstart.set_up_with(lambda: calls.append(1))
    try:
        logstart.logger("casedesk.test").debug("one")
        logstart.logger("casedesk.test").debug("two")
        assert calls == [1]
    finally:
        logstart.set_up_with(None)
    logstart.logger("casedesk.test")
    assert calls == [1]


def test_a_quick_read_that_goes_the_long_way_sets_its_log_up_before_opening_the_database(tmp_path):
    home, _ = _caseload(tmp_path)
    with sqlite3.connect(home / DB_FILENAME) as conn:  # deadlines stored with other words: recomputed the long way
        assert conn.execute("UPDATE setting SET value = '\"other\"' WHERE key = ?", (DEADLINES_WORDS_KEY,)).rowcount
    done = _run(home, "upcoming", "--json")
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert (home / "logs" / LOG_FILE).exists()  # the storage layer's records have a file to go to
