"""Encryption from the command line, run as a script runs it: subprocesses, secrets in the environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from helpers import minimal_case

HEADER = b"SQLite format 3\x00"
PASS = "tres bien gardé 2026"


def casedesk(data_dir: Path, *args: str, env: dict[str, str] | None = None, code: int = 0,
             stdin: str | None = "") -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    proc = subprocess.run([sys.executable, "-m", "casedesk", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, env=base | (env or {}), timeout=120, input=stdin)
    assert "Traceback" not in proc.stderr and "hmac check failed" not in proc.stderr
    assert proc.returncode == code, proc.stderr
    return proc


def test_encrypt_then_every_command_needs_the_passphrase(tmp_path):
    home = tmp_path / "home"
    case = tmp_path / "case.json"
    case.write_text(json.dumps(minimal_case("Anaïs", "Kowalczyk-Brennan")), encoding="utf-8")
    casedesk(home, "import", str(case))
    casedesk(home, "backup", "-o", str(tmp_path / "before.sqlite3"))  # the user's own copy: theirs, untouched

    out = json.loads(casedesk(home, "encrypt", "--json", env={"CASEDESK_NEW_PASSPHRASE": PASS}).stdout)
    recovery = out["recovery_key"]
    assert out["encrypted"] is True and len(recovery.split("-")) == 8
    db_file = home / "casedesk.sqlite3"
    assert db_file.read_bytes()[:16] != HEADER and b"Kowalczyk" not in db_file.read_bytes()
    assert (home / "casedesk.key.json").exists()

    # No secret and no terminal: one clear line, exit 1.
    refused = casedesk(home, "list", code=1)
    assert refused.stderr.strip() == ("casedesk: the caseload is encrypted: set CASEDESK_PASSPHRASE (or "
                                      "CASEDESK_RECOVERY_KEY), or run the command in a terminal to be asked")
    before = db_file.read_bytes()
    wrong = casedesk(home, "list", env={"CASEDESK_PASSPHRASE": "not it at all"}, code=1)
    assert wrong.stderr.strip() == "casedesk: wrong passphrase or recovery key; nothing was changed"
    assert db_file.read_bytes() == before

    rows = json.loads(casedesk(home, "list", "--json", env={"CASEDESK_PASSPHRASE": PASS}).stdout)
    assert [r["family_name"] for r in rows] == ["Kowalczyk-Brennan"]
    rows = json.loads(casedesk(home, "list", "--json", env={"CASEDESK_RECOVERY_KEY": recovery.lower()}).stdout)
    assert len(rows) == 1

    # The quick stdlib path of `upcoming` cannot read an encrypted file: it falls back and asks too.
    assert "CASEDESK_PASSPHRASE" in casedesk(home, "upcoming", "--json", code=1).stderr
    upcoming = json.loads(casedesk(home, "upcoming", "--json", "--within", "3650",
                                   env={"CASEDESK_PASSPHRASE": PASS}).stdout)
    assert isinstance(upcoming, list)

    backup = tmp_path / "after.sqlite3"
    casedesk(home, "backup", "-o", str(backup), env={"CASEDESK_PASSPHRASE": PASS})
    assert backup.read_bytes()[:16] != HEADER and b"Kowalczyk" not in backup.read_bytes()
    again = casedesk(home, "encrypt", env={"CASEDESK_PASSPHRASE": PASS, "CASEDESK_NEW_PASSPHRASE": PASS}, code=1)
    assert "already encrypted" in again.stderr


def test_passphrase_change_and_decrypt(tmp_path):
    home = tmp_path / "home"
    case = tmp_path / "case.json"
    case.write_text(json.dumps(minimal_case("Anaïs", "Kowalczyk-Brennan")), encoding="utf-8")
    casedesk(home, "import", str(case))
    text = casedesk(home, "encrypt", env={"CASEDESK_NEW_PASSPHRASE": PASS}).stdout
    recovery = next(line.split(": ", 1)[1] for line in text.splitlines() if line.startswith("Recovery key: "))
    assert "shown only this once" in text

    weak = casedesk(home, "passphrase", env={"CASEDESK_PASSPHRASE": PASS, "CASEDESK_NEW_PASSPHRASE": "abc"}, code=1)
    assert "at least 12 characters" in weak.stderr
    casedesk(home, "passphrase", env={"CASEDESK_PASSPHRASE": PASS, "CASEDESK_NEW_PASSPHRASE": "second passphrase"})
    casedesk(home, "list", env={"CASEDESK_PASSPHRASE": PASS}, code=1)
    casedesk(home, "list", env={"CASEDESK_PASSPHRASE": "second passphrase"})
    casedesk(home, "list", env={"CASEDESK_RECOVERY_KEY": recovery})
    no_new = casedesk(home, "passphrase", env={"CASEDESK_PASSPHRASE": "second passphrase"}, code=1)
    assert "CASEDESK_NEW_PASSPHRASE" in no_new.stderr

    out = json.loads(casedesk(home, "decrypt", "--json", env={"CASEDESK_PASSPHRASE": "second passphrase"}).stdout)
    assert out["encrypted"] is False
    assert (home / "casedesk.sqlite3").read_bytes()[:16] == HEADER
    assert not (home / "casedesk.key.json").exists()
    rows = json.loads(casedesk(home, "list", "--json").stdout)
    assert [r["given_names"] for r in rows] == ["Anaïs"]
    assert "not encrypted" in casedesk(home, "decrypt", code=1).stderr
