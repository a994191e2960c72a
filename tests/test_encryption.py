"""Encryption at rest: what is on disk, unlocking, wrong secrets, conversions both ways, backups."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from casedesk.config import resolve_paths
from casedesk.domain.casefile import parse_case
from casedesk.domain.demo import demo_cases
from casedesk.services import encryption
from casedesk.services.backups import BackupService, count_clients
from casedesk.services.casefiles import export_file
from casedesk.services.clients import ClientService
from casedesk.services.demo import seed_demo
from casedesk.services.workspace import needs_unlock, open_workspace
from casedesk.storage.database import check_backup
from casedesk.storage.errors import NotADatabase
from casedesk.storage.keys import (
    Kdf, KeyFile, KeyFileDamaged, KeyFileMissing, Locked, WeakPassphrase, WrongPassphrase, data_key_from_recovery,
    key_file_for, new_recovery_key, parse_recovery_key,
)
from casedesk.storage.sqlfile import DatabaseInUse
from helpers import fixed_clock, minimal_case, shipped

TODAY = date(2026, 11, 21)
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
PASS = "violet lantern quarry mosaic"
FAST = Kdf(n=2 ** 10)  # the strong default costs ~0.1 s per try; the construction is the same
HEADER = b"SQLite format 3\x00"

pytestmark = pytest.mark.sqlite_only("SQLCipher encrypts a SQLite file;"
                                     " a server's data is protected by the server (TLS, disk encryption)")


def demo_needles() -> list[bytes]:
    """Every demo client's family name, full name and A-number as UTF-8, long enough (5+ bytes)
    that finding one by chance in random bytes is out of the question."""
    needles = set()
    for case in demo_cases(TODAY):
        client = case["client"]
        for text in (client["family_name"], f"{client['given_names']} {client['family_name']}",
                     client.get("a_number") or ""):
            if len(text.encode("utf-8")) >= 5:
                needles.add(text.encode("utf-8"))
    return sorted(needles)


def leaks(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [n for n in demo_needles() if n in data]


def exported(db, path: Path) -> list[dict]:
    export_file(db, ClientService(db, shipped()).all_ids(), path, lines=True)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def paths(data_dir):
    return resolve_paths(data_dir)


@pytest.fixture
def demo_db(paths):
    db = open_workspace(paths, clock=fixed_clock())
    seed_demo(db, TODAY, shipped())
    yield db
    db.close()


def encrypt(db, passphrase: str = PASS, **kw):
    report = encryption.encrypt(db, passphrase, kdf=FAST, **kw)
    report.recovery_key_shown()  # as the window and the command line do once it is on screen
    return report


# --- the file on disk ---------------------------------------------------------------------------

def test_the_needles_are_found_in_a_plain_caseload(demo_db, paths):
    """The leak check can fail: in the plain database every demo name is there to find."""
    demo_db.close()
    assert paths.database_file.read_bytes()[:16] == HEADER
    assert len(leaks(paths.database_file)) >= 50


def test_an_encrypted_caseload_has_no_header_and_no_names_in_the_file_its_wal_or_backups(demo_db, paths):
    backups = BackupService(demo_db)
    try:
        backups.take("startup", NOW)  # a plain backup from before: it must not survive as plain
        report = encrypt(demo_db, backups=backups)
        assert report.backups_converted == 1 and report.backups_left == []
        # Write through the open, encrypted caseload so the WAL holds fresh pages.
        ClientService(demo_db, shipped()).add(parse_case(minimal_case("Wilhelmina", "Zzyzx-Quartermaine")), as_of=TODAY)
        backups.take("manual", NOW + timedelta(minutes=1))
        wal = Path(f"{paths.database_file}-wal")
        assert wal.exists() and wal.stat().st_size > 0
        files = [paths.database_file, wal, *sorted(paths.backups_dir.iterdir())]
        assert len(files) == 4
        for path in files:
            data = path.read_bytes()
            assert data[:16] != HEADER, path.name
            assert leaks(path) == [], path.name
            assert b"Zzyzx-Quartermaine" not in data and b"Wilhelmina" not in data, path.name
            assert b"CREATE TABLE" not in data, path.name
        for path in sorted(paths.backups_dir.iterdir()):
            with pytest.raises(sqlite3.DatabaseError):  # the standard library cannot read them
                with closing(sqlite3.connect(path)) as conn:
                    conn.execute("SELECT count(*) FROM client").fetchone()
    finally:
        backups.close()
    assert sorted(p.name for p in paths.data_dir.iterdir() if p.is_file()) == [
        "casedesk.key.json", "casedesk.sqlite3", "casedesk.sqlite3-shm", "casedesk.sqlite3-wal"]
    key_file = key_file_for(paths.database_file)
    assert key_file.stat().st_mode & 0o077 == 0
    assert PASS.encode() not in key_file.read_bytes()
    assert report.recovery_key.replace("-", "").encode() not in key_file.read_bytes()


# --- unlocking ----------------------------------------------------------------------------------

@pytest.fixture
def encrypted(demo_db, paths):
    """A closed, encrypted demo caseload; yields its recovery key."""
    report = encrypt(demo_db)
    demo_db.close()
    return report.recovery_key


def _count(paths, secret) -> int:
    db = open_workspace(paths, secret, clock=fixed_clock())
    try:
        return len(ClientService(db, shipped()).all_ids())
    finally:
        db.close()


def test_it_opens_with_the_passphrase_and_with_the_recovery_key_however_typed(paths, encrypted):
    assert needs_unlock(paths)
    assert _count(paths, PASS) == 58
    assert _count(paths, encrypted) == 58
    sloppy = encrypted.lower().replace("-", " ").replace("o", "0")
    assert _count(paths, "  " + sloppy + " ") == 58
    assert _count(paths, lambda: PASS) == 58  # asked only when needed


@pytest.mark.parametrize("secret", ["violet lantern quarry mosai", "", "VIOLET LANTERN QUARRY MOSAIC", "\udcff\ud800",
                                    "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH"])
def test_a_wrong_secret_is_refused_cleanly_and_changes_no_byte(paths, encrypted, secret):
    before = {p: p.read_bytes() for p in paths.data_dir.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphrase, match="wrong passphrase or recovery key; nothing was changed"):
        open_workspace(paths, secret, clock=fixed_clock())
    assert {p: p.read_bytes() for p in paths.data_dir.iterdir() if p.is_file()} == before
    assert _count(paths, PASS) == 58


def test_no_secret_means_locked_not_a_crash(paths, encrypted):
    with pytest.raises(Locked, match="encrypted"):
        open_workspace(paths, clock=fixed_clock())


def test_without_its_key_file_only_the_recovery_key_opens_it(paths, encrypted):
    key_file = key_file_for(paths.database_file)
    key_file.rename(key_file.with_name("elsewhere.json"))
    with pytest.raises(KeyFileMissing, match="recovery key"):
        open_workspace(paths, PASS, clock=fixed_clock())
    with pytest.raises(NotADatabase, match="key file casedesk.key.json is missing"):
        open_workspace(paths, clock=fixed_clock())
    wrong = new_recovery_key()
    with pytest.raises(WrongPassphrase):
        open_workspace(paths, wrong, clock=fixed_clock())
    assert _count(paths, encrypted) == 58
    # A new passphrase writes a new key file from the recovery key.
    encryption.change_passphrase(paths.database_file, encrypted, "a brand new passphrase", kdf=FAST)
    assert _count(paths, "a brand new passphrase") == 58


def test_a_damaged_key_file_is_a_clear_error(paths, encrypted):
    key_file = key_file_for(paths.database_file)
    doc = json.loads(key_file.read_text())
    doc["passphrase"]["wrapped"] = "not base64!"
    key_file.write_text(json.dumps(doc))
    with pytest.raises(KeyFileDamaged, match="damaged"):
        open_workspace(paths, PASS, clock=fixed_clock())
    key_file.write_text("{")
    with pytest.raises(KeyFileDamaged):
        open_workspace(paths, PASS, clock=fixed_clock())


def test_a_tampered_wrapped_key_fails_its_tag(paths, encrypted):
    key_file = key_file_for(paths.database_file)
    keys = KeyFile.load(key_file)
    keys.wrapped = bytes([keys.wrapped[0] ^ 1]) + keys.wrapped[1:]
    keys.save(key_file)
    with pytest.raises(WrongPassphrase):
        open_workspace(paths, PASS, clock=fixed_clock())
    assert _count(paths, encrypted) == 58


# --- changing the passphrase --------------------------------------------------------------------

def test_change_passphrase_old_fails_new_works_recovery_still_works(paths, encrypted, tmp_path):
    earlier_copy = shutil.copyfile(paths.database_file, tmp_path / "earlier.sqlite3")  # closed: no WAL beside it
    encryption.change_passphrase(paths.database_file, PASS, "another passphrase", kdf=FAST)
    with pytest.raises(WrongPassphrase):
        open_workspace(paths, PASS, clock=fixed_clock())
    assert _count(paths, "another passphrase") == 58
    assert _count(paths, encrypted) == 58
    # The recovery key also stands in for the current passphrase when changing it.
    encryption.change_passphrase(paths.database_file, encrypted, "third passphrase!", kdf=FAST)
    assert _count(paths, "third passphrase!") == 58
    with pytest.raises(WrongPassphrase):
        encryption.change_passphrase(paths.database_file, "another passphrase", "fourth passphrase", kdf=FAST)
    with pytest.raises(WeakPassphrase):
        encryption.change_passphrase(paths.database_file, "third passphrase!", "short", kdf=FAST)
    # Only the data key was rewrapped: a copy from before the change still opens with the new passphrase.
    key = encryption.unlock(paths.database_file, "third passphrase!")
    assert count_clients(earlier_copy, key) == 58 and count_clients(earlier_copy) is None


# --- converting both ways -----------------------------------------------------------------------

def test_plain_to_encrypted_to_plain_keeps_every_client_and_backup(demo_db, paths, tmp_path):
    backups = BackupService(demo_db)
    try:
        backups.take("startup", NOW)
        before = exported(demo_db, tmp_path / "before.jsonl")
        assert len(before) == 58
        report = encrypt(demo_db, backups=backups)
        assert demo_db.encrypted and paths.database_file.read_bytes()[:16] != HEADER
        assert exported(demo_db, tmp_path / "encrypted.jsonl") == before
        assert [b.clients for b in backups.list()] == [58]  # converted in place, still readable
        assert demo_db.quick_check() == "ok"

        undone = encryption.decrypt(demo_db, report.recovery_key, backups=backups)
        assert undone.backups_converted == 1 and undone.backups_left == []
        assert not demo_db.encrypted and paths.database_file.read_bytes()[:16] == HEADER
        assert not key_file_for(paths.database_file).exists()
        assert exported(demo_db, tmp_path / "after.jsonl") == before
        backup = backups.list()[0]
        assert backup.path.read_bytes()[:16] == HEADER and count_clients(backup.path) == 58
        backups.take("manual", NOW + timedelta(minutes=1))  # the service carries on, plain again
        # The audit trail's append-only triggers came through both conversions.
        with closing(sqlite3.connect(paths.database_file)) as conn:
            triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            assert {"audit_no_update", "audit_no_delete"} <= triggers
            assert conn.execute("SELECT count(*) FROM audit").fetchone()[0] > 0
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                conn.execute("DELETE FROM audit")
        assert [b.clients for b in backups.list()] == [58, 58]
    finally:
        backups.close()
    demo_db.close()
    assert _count(paths, None) == 58


def test_decrypt_asks_for_the_secret_again(demo_db, paths):
    encrypt(demo_db)
    with pytest.raises(WrongPassphrase):
        encryption.decrypt(demo_db, "not the passphrase")
    assert demo_db.encrypted and paths.database_file.read_bytes()[:16] != HEADER
    assert len(ClientService(demo_db, shipped()).all_ids()) == 58


def test_a_weak_passphrase_or_a_second_encryption_is_refused_before_anything_changes(demo_db, paths):
    before = paths.database_file.read_bytes()
    with pytest.raises(WeakPassphrase, match="at least 12"):
        encrypt(demo_db, "short")
    with pytest.raises(WeakPassphrase):
        encrypt(demo_db, " " * 12)
    with pytest.raises(WeakPassphrase, match="not text"):
        encrypt(demo_db, "long enough \ud800 but broken")
    assert paths.database_file.read_bytes() == before and not key_file_for(paths.database_file).exists()
    encrypt(demo_db)
    with pytest.raises(encryption.EncryptionError, match="already encrypted"):
        encrypt(demo_db)


def test_conversion_waits_for_other_users_of_the_file(demo_db, paths):
    """Another CaseDesk (another process) holding the caseload open: refused before anything changes."""
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys\n"
        f"c = sqlite3.connect({str(paths.database_file)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode = WAL'); c.execute('SELECT count(*) FROM client').fetchone()\n"
        "print('open', flush=True); sys.stdin.read()\n")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseInUse, match="open in another CaseDesk"):
            encrypt(demo_db)
    finally:
        holder.communicate("", timeout=30)
    assert paths.database_file.read_bytes()[:16] == HEADER
    assert not demo_db.encrypted and len(ClientService(demo_db, shipped()).all_ids()) == 58
    assert not key_file_for(paths.database_file).exists()
    assert not any(p.name.endswith(".converting") for p in paths.data_dir.iterdir())
    encrypt(demo_db)  # once it is gone
    assert demo_db.encrypted and len(ClientService(demo_db, shipped()).all_ids()) == 58


# --- backups of an encrypted caseload -----------------------------------------------------------

def test_an_encrypted_caseload_backs_up_encrypted_and_restores(demo_db, paths, tmp_path):
    encrypt(demo_db)
    clients = ClientService(demo_db, shipped())
    copy = demo_db.backup_to(tmp_path / "copy.sqlite3")
    assert copy.read_bytes()[:16] != HEADER and leaks(copy) == []
    assert check_backup(copy, demo_db.key) == demo_db.revision()
    with pytest.raises(NotADatabase, match="encrypted"):
        check_backup(copy)  # without the key: refused, not a crash
    assert count_clients(copy) is None and count_clients(copy, demo_db.key) == 58

    clients.delete(clients.all_ids()[:10])
    assert len(clients.all_ids()) == 48
    kept = demo_db.restore_from(copy)
    assert len(clients.all_ids()) == 58
    assert kept.read_bytes()[:16] != HEADER and count_clients(kept, demo_db.key) == 48

    # A plain file restored into an encrypted caseload is encrypted on the way in.
    plain_home = resolve_paths(tmp_path / "plain")
    plain = open_workspace(plain_home, clock=fixed_clock())
    ClientService(plain, shipped()).add(parse_case(minimal_case("Solo", "Plainfile")), as_of=TODAY)
    plain.close()
    demo_db.clock.advance(timedelta(seconds=1))  # a second restore: its safety copy gets its own name
    demo_db.restore_from(plain_home.database_file)
    assert [r.family_name for r in clients.page("")[0]] == ["Plainfile"]
    demo_db.close()
    assert paths.database_file.read_bytes()[:16] != HEADER and b"Plainfile" not in paths.database_file.read_bytes()


def test_a_backup_of_another_encrypted_caseload_is_refused(demo_db, paths, tmp_path):
    other_home = resolve_paths(tmp_path / "other")
    other = open_workspace(other_home, clock=fixed_clock())
    encrypt(other)
    foreign = other.backup_to(tmp_path / "foreign.sqlite3")
    other.close()
    encrypt(demo_db)
    with pytest.raises(NotADatabase, match="cannot be read with this caseload's key"):
        demo_db.restore_from(foreign)
    assert len(ClientService(demo_db, shipped()).all_ids()) == 58


# --- keys ---------------------------------------------------------------------------------------

def test_recovery_keys_are_eight_groups_of_five_and_parse_leniently():
    key = new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    raw = parse_recovery_key(key)
    assert raw is not None and len(raw) == 25
    assert parse_recovery_key(key.lower().replace("-", "  ")) == raw
    assert parse_recovery_key(key[:-1]) is None and parse_recovery_key("correct horse") is None
    assert data_key_from_recovery(raw) != data_key_from_recovery(parse_recovery_key(new_recovery_key()))
    assert len(data_key_from_recovery(raw)) == 32


def test_the_same_passphrase_wraps_differently_each_time():
    data_key = bytes(range(32))
    first, second = KeyFile.create(data_key, PASS, FAST), KeyFile.create(data_key, PASS, FAST)
    assert first.salt != second.salt and first.wrapped != second.wrapped
    assert first.unwrap(PASS) == second.unwrap(PASS) == data_key
    # Accents typed composed or decomposed are the same passphrase.
    accented = KeyFile.create(data_key, "mot de passe \u00e9t\u00e9", FAST)
    assert accented.unwrap("mot de passe e\u0301te\u0301") == data_key


def test_the_default_cost_is_the_strong_one():
    keys = KeyFile.create(bytes(32), PASS)
    assert (keys.kdf.n, keys.kdf.r, keys.kdf.p) == (2 ** 17, 8, 1)
    for bad in ({"n": 3}, {"n": 2 ** 22, "r": 32}, {"p": 0}):  # not a power of two; 16 GiB of memory; none
        with pytest.raises(KeyFileDamaged):
            KeyFile.from_json(keys.to_json() | {"passphrase": keys.to_json()["passphrase"] | bad})


# --- schema upgrades ----------------------------------------------------------------------------

def test_an_encrypted_caseload_of_an_older_schema_is_upgraded_and_its_safety_copy_is_encrypted(paths):
    """Alembic runs through the same keyed connections; the pre-upgrade copy is encrypted too."""
    from alembic import command
    from sqlalchemy import create_engine

    from casedesk.storage.database import _alembic_config, head_revision
    from casedesk.storage.keys import new_recovery_key
    from casedesk.storage.sqlfile import export_file

    paths.ensure()
    plain = paths.data_dir / "old-plain.sqlite3"
    engine = create_engine(f"sqlite:///{plain}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0004")
    engine.dispose()
    with closing(sqlite3.connect(plain)) as conn, conn:
        conn.execute(
            "INSERT INTO client (id, given_names, family_name, date_of_birth, citizenships, languages, "
            "us_status_known, relatives_known, parents_known, search_key, sort_name, status_summary, "
            "created_at, updated_at, version_id) VALUES (7, 'Jean', 'Quintavalle', '1980-02-29', '[\"HT\"]', '[]', "
            "1, 0, 0, 'jean quintavalle', 'quintavalle, jean', 'tps:HT', '2025-01-01 00:00:00', "
            "'2025-01-01 00:00:00', 1)")
    recovery = new_recovery_key()
    data_key = data_key_from_recovery(parse_recovery_key(recovery))
    export_file(plain, None, paths.database_file, data_key)
    KeyFile.create(data_key, PASS, FAST).save(key_file_for(paths.database_file))
    plain.unlink()

    db = open_workspace(paths, PASS, clock=fixed_clock())
    try:
        assert db.revision() == head_revision() != "0004"
        assert ClientService(db, shipped()).get(7).facts.client.family_name == "Quintavalle"
    finally:
        db.close()
    copies = list(paths.backups_dir.glob("pre-upgrade-0004-*.sqlite3"))
    assert len(copies) == 1
    assert copies[0].read_bytes()[:16] != HEADER and b"Quintavalle" not in copies[0].read_bytes()
    assert check_backup(copies[0], data_key) == "0004"


def test_a_damaged_backup_is_left_as_it_was_and_named(demo_db, paths):
    backups = BackupService(demo_db)
    try:
        good = backups.take("startup", NOW).path
        damaged = paths.backups_dir / "casedesk-manual-20261120T120000000000Z.sqlite3"
        damaged.write_bytes(HEADER + b"\x00" * 100 + b"Kowalczyk" * 50)
        report = encrypt(demo_db, backups=backups)
    finally:
        backups.close()
    assert report.backups_converted == 1 and report.backups_left == [damaged]
    assert good.read_bytes()[:16] != HEADER and leaks(good) == []
    assert damaged.read_bytes()[:16] == HEADER  # not ours to delete: the user is told
    assert not any(p.name.endswith(".partial") for p in paths.backups_dir.iterdir())


def test_once_the_caseload_is_encrypted_its_recovery_key_is_reported_whatever_fails_after(demo_db, paths,
                                                                                        monkeypatch):
    backups = BackupService(demo_db)
    try:
        stuck = backups.take("startup", NOW).path
        real = encryption.is_encrypted_file

        def unreadable_backups(path):
            if Path(path).parent == paths.backups_dir:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(encryption, "is_encrypted_file", unreadable_backups)
        report = encrypt(demo_db, backups=backups)
    finally:
        backups.close()
    assert demo_db.encrypted and paths.database_file.read_bytes()[:16] != HEADER
    assert report.recovery_key and report.backups_left == [stuck]  # the user gets the key and the list


def test_removing_encryption_keeps_the_key_file_while_a_backup_is_still_encrypted(demo_db, paths, monkeypatch):
    backups = BackupService(demo_db)
    try:
        encrypt(demo_db, backups=backups)
        kept = backups.take("manual", NOW).path
        real = encryption.export_file

        def disk_full_for_backups(source, *args, **kw):
            if Path(source).parent == paths.backups_dir:
                raise OSError(28, "No space left on device")
            return real(source, *args, **kw)

        monkeypatch.setattr(encryption, "export_file", disk_full_for_backups)
        report = encryption.decrypt(demo_db, PASS, backups=backups)
    finally:
        backups.close()
    assert not demo_db.encrypted and report.backups_left == [kept]
    assert kept.read_bytes()[:16] != HEADER  # still encrypted, so its key must stay
    assert key_file_for(paths.database_file).exists()
    key = KeyFile.load(key_file_for(paths.database_file)).unlock(PASS)
    assert check_backup(kept, key=key)  # and with it, the backup still opens


def test_database_errors_on_an_encrypted_caseload_come_through_as_on_a_plain_one(demo_db, paths):
    from sqlalchemy import text

    from casedesk.storage.errors import AuditAppendOnly, EnvironmentFault
    from test_faults import fill_the_disk

    encrypt(demo_db)
    with pytest.raises(AuditAppendOnly):  # SQLAlchemy wraps SQLCipher's errors: the usual handling applies
        with demo_db.engine.begin() as conn:
            conn.execute(text("UPDATE audit SET actor = 'someone else'"))
    fill_the_disk(demo_db)
    with pytest.raises(EnvironmentFault) as caught:
        ClientService(demo_db, shipped()).add(parse_case(minimal_case("Ben", "Full", notes="x" * 19_000)),
                                              as_of=NOW.date())
    assert caught.value.kind == "disk_full"
