"""Issue 13, point 2: a damaged caseload is named as such, with the way to restore; nothing is
written into it; a command that fails creates nothing; a read creates no caseload.

The damage is done to real files in ``tmp_path`` (emptied, cut short, overwritten), and the
command line runs as a subprocess, as a caseworker would run it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from casedesk.storage.health import file_damage

from helpers import minimal_case
from test_cli import casedesk, write_jsonl

pytestmark = pytest.mark.sqlite_only("damage to a SQLite file and its repair; a server checks its own storage")


def _digest(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (logs aside) by its bytes: "nothing changed" means this did not move."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and "logs" not in p.parts}


@pytest.fixture
def caseload(tmp_path) -> Path:
    """A caseload with two clients and one backup."""
    home = tmp_path / "home"
    casedesk(home, "import", str(write_jsonl(tmp_path / "in.jsonl", [
        minimal_case("Ana", "Gómez", client={"given_names": "Ana", "family_name": "Gómez", "a_number": "A123456789"}),
        minimal_case("Luis", "Pérez")])))
    casedesk(home, "backup", "-o", str(home / "backups" / "good.sqlite3"))
    return home


def _damage(db: Path, how: str) -> None:
    for sidecar in ("-wal", "-shm"):
        Path(f"{db}{sidecar}").unlink(missing_ok=True)
    data = db.read_bytes()
    if how == "empty":
        db.write_bytes(b"")
    elif how == "truncated":
        db.write_bytes(data[:8192])
    elif how == "half_a_page":
        db.write_bytes(data[:6000])
    elif how == "header_only":
        db.write_bytes(data[:50])
    elif how == "garbage":
        db.write_bytes(bytes(range(256)) * 40)
    elif how == "text":
        db.write_text("these are not the clients you are looking for\n")


DAMAGE = ["empty", "truncated", "half_a_page", "header_only", "garbage", "text"]


# Every kind of damage for a read and a write; the other commands with one kind each.
CASES = ([(how, ["list"]) for how in DAMAGE] + [(how, ["import", "IN"]) for how in DAMAGE]
         + [("truncated", ["export", "--all", "-o", "OUT"]), ("empty", ["upcoming"]), ("garbage", ["audit"]),
            ("half_a_page", ["backup", "-o", "OUT"])])


@pytest.mark.parametrize("how, command", CASES)
def test_a_damaged_caseload_is_named_with_the_way_to_restore_and_nothing_is_written(caseload, tmp_path, how,
                                                                                     command):
    db = caseload / "casedesk.sqlite3"
    _damage(db, how)
    before = _digest(caseload)
    args = [str(tmp_path / "out.json") if a == "OUT" else a for a in command]
    args = [str(write_jsonl(tmp_path / "more.jsonl", [minimal_case("New", "One")])) if a == "IN" else a
            for a in args]
    proc = casedesk(caseload, *args, check=False)
    assert proc.returncode == 1, proc.stderr
    message = proc.stderr.strip()
    assert message.startswith(f"casedesk: {db}: the caseload is damaged: "), message
    assert f"Nothing was changed; restore a backup: casedesk restore {caseload / 'backups' / 'good.sqlite3'}" in message
    assert "encrypted caseload" not in message or "no key file says it is an encrypted caseload" in message
    assert "passphrase" not in message
    assert _digest(caseload) == before
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("how", ["empty", "truncated", "garbage"])
def test_restore_puts_a_backup_in_place_of_a_damaged_caseload_and_keeps_the_damaged_bytes(caseload, how):
    db = caseload / "casedesk.sqlite3"
    _damage(db, how)
    damaged = db.read_bytes()
    proc = casedesk(caseload, "restore", str(caseload / "backups" / "good.sqlite3"))
    assert "the previous caseload was kept at" in proc.stdout
    kept = Path(proc.stdout.strip().rsplit(" ", 1)[-1])
    assert kept.name.startswith("damaged-") and kept.read_bytes() == damaged
    listed = json.loads(casedesk(caseload, "list", "--json").stdout)
    assert sorted(r["family_name"] for r in listed) == ["Gómez", "Pérez"]


def test_restore_of_a_bad_backup_over_a_damaged_caseload_changes_nothing(caseload, tmp_path):
    db = caseload / "casedesk.sqlite3"
    _damage(db, "empty")
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = _digest(caseload)
    proc = casedesk(caseload, "restore", str(bad), check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert _digest(caseload) == before


def _corrupt_an_index(db: Path) -> None:
    """Overwrite the root page of the audit trail's index: the file opens, the clients read, the check fails."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_audit_client_id_id'").fetchone()[0]
    conn.close()
    with open(db, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)


def test_writes_are_refused_on_a_database_failing_its_check_while_reads_rescue_the_data(caseload, tmp_path):
    db = caseload / "casedesk.sqlite3"
    _corrupt_an_index(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    conn.close()
    before = _digest(caseload)
    proc = casedesk(caseload, "import", str(write_jsonl(tmp_path / "more.jsonl", [minimal_case("New", "One")])),
                    check=False)
    assert proc.returncode == 1
    assert proc.stderr.startswith(f"casedesk: {db}: the caseload is damaged: it fails its check (")
    assert "casedesk restore" in proc.stderr
    assert _digest(caseload) == before
    listed = json.loads(casedesk(caseload, "list", "--json").stdout)  # the reads still work
    assert sorted(r["family_name"] for r in listed) == ["Gómez", "Pérez"]
    casedesk(caseload, "export", "--all", "-o", str(tmp_path / "rescued.jsonl"))
    assert len((tmp_path / "rescued.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_a_read_creates_no_caseload_and_no_folder(tmp_path):
    for command in (["list"], ["upcoming"], ["audit"], ["export", "--all", "-o", str(tmp_path / "x.json")]):
        proc = casedesk(tmp_path / "typo", *command, check=False)
        assert proc.returncode == 1
        assert proc.stderr.strip().startswith(f"casedesk: no caseload in {tmp_path / 'typo'}; nothing was created")
        assert not (tmp_path / "typo").exists()


def test_a_failing_command_creates_nothing(tmp_path):
    proc = casedesk(tmp_path / "new", "import", str(tmp_path / "nosuch.json"), check=False)
    assert proc.returncode == 1 and "nosuch.json" in proc.stderr
    assert not (tmp_path / "new").exists()
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"client": {"family_name": "A", "date_of_birth": "2999-01-01"}}])
    (tmp_path / "empty").mkdir()
    assert casedesk(tmp_path / "empty", "import", str(bad), check=False).returncode == 1
    assert list((tmp_path / "empty").iterdir()) == []
    assert casedesk(tmp_path / "new", "import", str(bad), check=False).returncode == 1
    assert not (tmp_path / "new").exists()


def test_a_failing_import_into_a_caseload_keeps_it_whole(caseload, tmp_path):
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"client": {"family_name": "A", "date_of_birth": "2999-01-01"}}])
    assert casedesk(caseload, "import", str(bad), check=False).returncode == 1
    assert (caseload / "casedesk.sqlite3").exists()
    assert len(json.loads(casedesk(caseload, "list", "--json").stdout)) == 2


@pytest.mark.parametrize("content, damaged", [
    (b"", True), (b"SQLite format 3\x00", True), (b"SQLite format", True), (b"garbage", True),
    (None, False),  # no file: a new caseload
])
def test_file_damage_from_the_bytes_alone(tmp_path, content, damaged):
    db = tmp_path / "casedesk.sqlite3"
    if content is not None:
        db.write_bytes(content)
    assert (file_damage(db) is not None) is damaged


def test_an_empty_file_with_its_write_ahead_log_is_left_to_sqlite(tmp_path):
    db = tmp_path / "casedesk.sqlite3"
    db.write_bytes(b"")
    Path(f"{db}-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 28)
    assert file_damage(db) is None


def test_a_garbage_file_beside_a_key_file_is_taken_for_encrypted(tmp_path):
    from casedesk.storage.keys import key_file_for

    db = tmp_path / "casedesk.sqlite3"
    db.write_bytes(bytes(range(256)) * 16)
    assert file_damage(db) is not None
    key_file_for(db).write_text("{}", encoding="utf-8")
    assert file_damage(db) is None


# --- small faults (point 10): messages name the user's path, a full disk is said in words ---------

def test_a_failed_write_names_the_users_path_not_the_hidden_temporary_file(tmp_path, monkeypatch):
    import errno
    import os as _os

    from casedesk.atomic import atomic_write
    from casedesk.cli.boundary import _describe

    target = tmp_path / "export.json"

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(_os, "fsync", full)
    with pytest.raises(OSError) as caught:
        with atomic_write(target, "w", encoding="utf-8") as out:
            out.write("x")
    assert caught.value.filename == str(target)
    assert _describe(caught.value) == (f"the disk is full: {target} was not written; nothing was changed. "
                                       "Free some space and try again")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(OSError) as caught:
        with atomic_write(tmp_path / "no" / "such" / "folder.json"):
            pass
    assert caught.value.filename == str(tmp_path / "no" / "such" / "folder.json")


def test_ctrl_c_is_one_line_not_a_traceback(tmp_path, monkeypatch, capsys):
    from casedesk.arguments import parse
    from casedesk.cli import boundary

    def interrupted(args, ws):
        raise KeyboardInterrupt  # as getpass raises it at the passphrase prompt

    monkeypatch.setattr(boundary, "command", lambda name: interrupted)
    assert boundary.run(parse(["list", "--data-dir", str(tmp_path / "home")])) == 130
    assert capsys.readouterr().err.strip() == "casedesk: interrupted; nothing was changed"
