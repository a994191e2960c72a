"""A data folder that cannot be written: reads (list, export, backup to elsewhere, audit) still work,
and every write is refused with one line naming the folder, changing nothing.

The folder is made read-only as the system would: without write permission (a normal user), or,
when the tests run as root (whom permissions do not stop), as a read-only bind mount."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import minimal_case

PASS = "violet lantern quarry mosaic"


def casedesk(home: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    proc = subprocess.run([sys.executable, "-m", "casedesk", *args, "--data-dir", str(home)], capture_output=True,
                          text=True, env=base | (env or {}), timeout=120)
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr
    return proc


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def read_only(tmp_path):
    """(a caseload of two clients, the same folder seen read-only)."""
    home = tmp_path / "home"
    for given_, family in (("Anaïs", "Kowalczyk-Brennan"), ("Jean", "Baptiste")):
        case = tmp_path / f"{family}.json"
        case.write_text(json.dumps(minimal_case(given_, family)), encoding="utf-8")
        assert casedesk(home, "import", str(case)).returncode == 0
    # A conversion's journal as a kill left it: it waits for a folder that can be written, reads go on.
    (home / ".casedesk.conversion.json").write_text('{"format": "casedesk.conversion/1", "kind": "encrypt"}')
    if os.geteuid() != 0:
        for path in (home, home / "logs", home / "backups"):
            path.chmod(0o500)
        (home / "casedesk.sqlite3").chmod(0o400)
        yield home, home
        for path in (home, home / "logs", home / "backups"):
            path.chmod(0o700)
        return
    view = tmp_path / "view"
    view.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(home), str(view)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("running as root without the right to mount: no way to make a folder read-only")
    try:
        if subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], capture_output=True).returncode != 0:
            pytest.skip("a read-only bind mount is not allowed here")
        yield home, view
    finally:
        subprocess.run(["umount", str(view)], capture_output=True)


def test_reads_work_and_writes_are_refused_plainly(read_only, tmp_path):
    home, view = read_only
    before = _snapshot(home)
    listed = casedesk(view, "list", "--json")
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 2
    exported = casedesk(view, "export", "--all", "-o", str(tmp_path / "out.jsonl"))
    assert exported.returncode == 0 and len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    assert casedesk(view, "backup", "-o", str(tmp_path / "copy.sqlite3")).returncode == 0
    assert casedesk(view, "audit", "1").returncode == 0

    case = tmp_path / "new.json"
    case.write_text(json.dumps(minimal_case("Marie", "Dupont")), encoding="utf-8")
    for args in (["import", str(case)], ["restore", str(tmp_path / "copy.sqlite3")], ["encrypt"]):
        refused = casedesk(view, *args, env={"CASEDESK_NEW_PASSPHRASE": PASS})
        assert refused.returncode == 1, args
        assert refused.stderr.strip() == (
            f"casedesk: The data folder {view} cannot be written (read-only folder, file or disk), so CaseDesk can "
            "show and export the caseload but not change it; nothing was changed. Check the folder's permissions, "
            "or copy the folder somewhere you can write."), args
    assert _snapshot(home) == before
