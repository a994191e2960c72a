"""Secrets that hold (issue 13, point 3), and the journal that makes a conversion whole (point 1).

The recovery key opens the caseload whatever became of the key file; a key file asking for an
absurd key-derivation cost is refused with what to do; an older, cheaper key file is rewrapped at
the current cost when its passphrase opens it; weak passphrases are refused with the reason. The
journal: a recovery key not yet shown is shown at the next start; a conversion under way in
another CaseDesk is not taken for an interrupted one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casedesk.config import resolve_paths
from casedesk.domain.casefile import parse_case
from casedesk.services import encryption
from casedesk.services.backups import BackupService
from casedesk.services.clients import ClientService
from casedesk.services.workspace import open_workspace
from casedesk.storage.journal import ConversionUnderWay, Journal, journal_for
from casedesk.storage.keys import (
    MIN_PASSPHRASE, Kdf, KdfOutOfBounds, KeyFile, KeyFileDamaged, KeyFileMissing, WeakPassphrase, WrongPassphrase,
    check_new_passphrase, key_file_for, new_recovery_key, parse_recovery_key, passphrase_weakness, seal_recovery,
    unseal_recovery,
)
from helpers import fixed_clock, minimal_case, shipped

TODAY = date(2026, 11, 21)
PASS = "violet lantern quarry mosaic"
NEW = "seven amber kestrels at dawn"
FAST = Kdf(n=2 ** 10)


@pytest.fixture
def paths(data_dir):
    return resolve_paths(data_dir)


@pytest.fixture
def encrypted(paths):
    """A closed caseload of two clients, encrypted under PASS; yields its recovery key."""
    db = open_workspace(paths, clock=fixed_clock())
    clients = ClientService(db, shipped())
    for given_, family in (("Anaïs", "Kowalczyk-Brennan"), ("Jean", "Baptiste")):
        clients.add(parse_case(minimal_case(given_, family)), as_of=TODAY)
    report = encryption.encrypt(db, PASS, kdf=FAST)
    report.recovery_key_shown()
    db.close()
    return report.recovery_key


def _count(paths, secret) -> int:
    db = open_workspace(paths, secret, clock=fixed_clock())
    try:
        return len(ClientService(db, shipped()).all_ids())
    finally:
        db.close()


def _slot(paths) -> dict:
    return json.loads(key_file_for(paths.database_file).read_text(encoding="utf-8"))


# --- the recovery key does not need the key file -------------------------------------------------

DAMAGES = {
    "missing": None,
    "empty": b"",
    "garbage": b"\x00\xff garbage \x89PNG",
    "not UTF-8": b"\xff\xfe{\"format\"",
    "cut short": b'{"format": "casedesk.key/1", "id": "ab',
    "a JSON list": b"[1, 2, 3]",
    "deeply nested": b"[" * 100_000 + b"]" * 100_000,
}
KDF_DAMAGES = {  # the passphrase slot's n, r, p as a crafted or damaged file may hold them
    "n = 2^60": {"n": 2 ** 60}, "n = 3": {"n": 3}, "n = 0": {"n": 0}, "n = -1024": {"n": -1024},
    "n = 1e999 (infinity)": {"n": 1e999}, "n = 16384.0": {"n": 16384.0}, "n = true": {"n": True},
    "n = \"16384\"": {"n": "16384"}, "r = 0": {"r": 0}, "r = 10^9": {"r": 10 ** 9}, "p = 0": {"p": 0},
    "p = 64": {"p": 64}, "n = 2^20, r = 32 (4 GiB)": {"n": 2 ** 20, "r": 32}, "n = null": {"n": None},
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_the_recovery_key_opens_the_caseload_whatever_became_of_the_key_file(paths, encrypted, damage):
    key_file = key_file_for(paths.database_file)
    if DAMAGES[damage] is None:
        key_file.unlink()
    else:
        key_file.write_bytes(DAMAGES[damage])
    with pytest.raises((KeyFileDamaged, KeyFileMissing)) as refused:
        _count(paths, PASS)
    assert "recovery key" in str(refused.value)
    assert _count(paths, encrypted) == 2
    # ... and a new passphrase then writes a sound key file again.
    encryption.change_passphrase(paths.database_file, encrypted, NEW, kdf=FAST)
    assert _count(paths, NEW) == 2


@pytest.mark.parametrize("damage", list(KDF_DAMAGES))
def test_absurd_key_derivation_settings_are_refused_with_what_to_do(paths, encrypted, damage):
    doc = _slot(paths)
    doc["passphrase"] |= KDF_DAMAGES[damage]
    key_file_for(paths.database_file).write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(KeyFileDamaged) as refused:
        _count(paths, PASS)
    assert "recovery key" in str(refused.value) and "passphrase" in str(refused.value)
    assert _count(paths, encrypted) == 2


def test_the_refusal_reaches_the_command_line_as_one_line(paths, encrypted):
    doc = _slot(paths)
    doc["passphrase"]["n"] = 2 ** 60
    key_file_for(paths.database_file).write_text(json.dumps(doc), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    proc = subprocess.run([sys.executable, "-m", "casedesk", "list", "--data-dir", str(paths.data_dir)],
                          capture_output=True, text=True, env=env | {"CASEDESK_PASSPHRASE": PASS}, timeout=120)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    assert "outside what CaseDesk accepts" in proc.stderr and "recovery key" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "casedesk", "list", "--data-dir", str(paths.data_dir)],
                          capture_output=True, text=True, env=env | {"CASEDESK_RECOVERY_KEY": encrypted}, timeout=120)
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 2


# --- the cost ----------------------------------------------------------------------------------

def test_an_older_cheaper_key_file_is_rewrapped_at_the_current_cost_on_unlock(paths, encrypted, monkeypatch):
    monkeypatch.delenv(encryption.ENV_TEST_KDF_N, raising=False)
    assert _slot(paths)["passphrase"]["n"] == 2 ** 10
    _count(paths, encrypted)  # the recovery key does not know the passphrase: nothing to rewrap with
    assert _slot(paths)["passphrase"]["n"] == 2 ** 10
    assert _count(paths, PASS) == 2
    slot = _slot(paths)["passphrase"]
    assert (slot["n"], slot["r"], slot["p"]) == (2 ** 17, 8, 1)
    assert _count(paths, PASS) == 2 and _count(paths, encrypted) == 2
    with pytest.raises(WrongPassphrase):
        _count(paths, "not the passphrase at all")


def test_new_key_files_get_current_guidance(monkeypatch):
    monkeypatch.delenv(encryption.ENV_TEST_KDF_N, raising=False)
    assert encryption.current_kdf() == Kdf(2 ** 17, 8, 1)
    monkeypatch.setenv(encryption.ENV_TEST_KDF_N, "3")  # not a sane cost: ignored
    assert encryption.current_kdf() == Kdf(2 ** 17, 8, 1)


@settings(max_examples=300, deadline=None)
@given(n=st.one_of(st.integers(-2 ** 70, 2 ** 70), st.sampled_from([2 ** k for k in range(0, 30)]), st.floats(),
                   st.booleans(), st.none(), st.text(max_size=5)),
       r=st.one_of(st.integers(-5, 100), st.floats(), st.none()), p=st.one_of(st.integers(-5, 40), st.text(max_size=3)))
def test_any_kdf_settings_in_a_key_file_are_taken_only_within_bounds(n, r, p):
    doc = KeyFile.create(bytes(32), PASS, FAST).to_json()
    doc["passphrase"] |= {"n": n, "r": r, "p": p}
    sane = (all(type(v) is int for v in (n, r, p)) and 2 ** 10 <= n <= 2 ** 20 and n & (n - 1) == 0
            and 1 <= r <= 32 and 1 <= p <= 16 and 128 * n * r * p <= 1 << 30)
    try:
        KeyFile.from_json(doc)
    except KdfOutOfBounds:
        assert not sane
    except KeyFileDamaged:
        assert not sane
    else:
        assert sane


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=10), inner, max_size=4),
                    max_leaves=20))
def test_any_json_as_a_key_file_is_damaged_never_a_crash(doc):
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_json(doc)


# --- passphrases ---------------------------------------------------------------------------------

WEAK = {
    "12345678": "at least 12",
    "password": "at least 12",
    "short one": "at least 12",
    "            ": "only spaces",
    "\t \n  \u3000  \t\t  ": "only spaces",
    "aaaaaaaaaaaaaaaa": "repeats",
    "abababababababab": "repeats",
    "123456789012": "run of keys",
    "qwertyuiopasdf": "run of keys",
    "abcdefghijklmnop": "run of keys",
    "password1234": "most common",
    "Password2026!": "most common",
    "passwordpassword": "most common",
    "correct horse battery staple": "most common",
    "iloveyou12345": "most common",
    "Mot de passe 2026": "most common",
    "casedesk2026!!": "most common",
    "long enough \ud800 but broken": "not text",
}


@pytest.mark.parametrize("passphrase", list(WEAK))
def test_weak_passphrases_are_refused_with_the_reason(passphrase):
    with pytest.raises(WeakPassphrase, match=WEAK[passphrase]):
        check_new_passphrase(passphrase)


@pytest.mark.parametrize("passphrase", [PASS, NEW, "tres bien gardé 2026", "Zürich Kaffee um 7 Uhr",
                                        "mañana será otro día", "東京の夜は静かでとても美しい", "second passphrase"])
def test_good_passphrases_pass(passphrase):
    check_new_passphrase(passphrase)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=MIN_PASSPHRASE - 1))
def test_anything_shorter_than_the_minimum_is_refused(text):
    assert passphrase_weakness(text) is not None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_judging_any_text_as_a_passphrase_never_crashes(text):
    why = passphrase_weakness(text)
    assert why is None or (isinstance(why, str) and why)


def test_the_command_line_says_why_a_passphrase_is_weak(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    home = tmp_path / "home"
    case = tmp_path / "case.json"
    case.write_text(json.dumps(minimal_case("Anaïs", "Kowalczyk-Brennan")), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "casedesk", "import", str(case), "--data-dir", str(home)], check=True,
                   capture_output=True, env=env, timeout=120)
    before = (home / "casedesk.sqlite3").read_bytes()
    proc = subprocess.run([sys.executable, "-m", "casedesk", "encrypt", "--data-dir", str(home)], capture_output=True,
                          text=True, env=env | {"CASEDESK_NEW_PASSPHRASE": "password1234"}, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.strip() == ("casedesk: this passphrase is one of the most common passwords, among the first "
                                   "tried; choose a few unrelated words instead")
    assert (home / "casedesk.sqlite3").read_bytes() == before and not (home / "casedesk.key.json").exists()


# --- the journal ---------------------------------------------------------------------------------

def test_a_recovery_key_not_yet_shown_is_shown_at_the_next_start(paths):
    db = open_workspace(paths, clock=fixed_clock())
    ClientService(db, shipped()).add(parse_case(minimal_case("Anaïs", "Kowalczyk-Brennan")), as_of=TODAY)
    report = encryption.encrypt(db, PASS, kdf=FAST)
    db.close()
    report.journal.release()  # as a kill before the key reached the screen leaves it
    assert journal_for(paths.database_file).exists()
    assert report.recovery_key.replace("-", "").encode() not in journal_for(paths.database_file).read_bytes()
    assert journal_for(paths.database_file).stat().st_mode & 0o077 == 0

    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    proc = subprocess.run([sys.executable, "-m", "casedesk", "list", "--data-dir", str(paths.data_dir)],
                          capture_output=True, text=True, env=env | {"CASEDESK_PASSPHRASE": PASS}, timeout=120)
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 1
    assert f"Recovery key: {report.recovery_key}" in proc.stderr
    assert not journal_for(paths.database_file).exists()  # shown once: not again
    told = []
    db = open_workspace(paths, PASS, clock=fixed_clock(), resumed=told.append)
    db.close()
    assert told == []


def test_without_anyone_to_show_it_to_the_key_waits(paths):
    db = open_workspace(paths, clock=fixed_clock())
    report = encryption.encrypt(db, PASS, kdf=FAST)
    db.close()
    report.journal.release()
    open_workspace(paths, PASS, clock=fixed_clock()).close()  # no `resumed`: nobody saw it
    told = []
    open_workspace(paths, PASS, clock=fixed_clock(), resumed=told.append).close()
    assert [t.recovery_key for t in told] == [report.recovery_key] and told[0].completed
    assert not journal_for(paths.database_file).exists()


def test_a_conversion_under_way_elsewhere_is_not_taken_for_an_interrupted_one(paths, encrypted):
    running = Journal.begin(paths.database_file, "passphrase", key_id="x", old_tag="y")
    try:
        with pytest.raises(ConversionUnderWay, match="try again when it has finished"):
            open_workspace(paths, PASS, clock=fixed_clock())
    finally:
        running.finish()
    assert _count(paths, PASS) == 2


def test_encrypt_never_writes_over_a_key_file_an_encrypted_backup_needs(paths, encrypted):
    db = open_workspace(paths, PASS, clock=fixed_clock())
    backups = BackupService(db)
    backups.take("manual", fixed_clock().now())
    backups.close()
    db.close()
    # A removal of encryption that could not convert this backup (here: put back by hand) keeps the key file.
    backup = next(paths.backups_dir.glob("casedesk-*.sqlite3"))
    saved, saved_key = backup.read_bytes(), key_file_for(paths.database_file).read_bytes()
    db = open_workspace(paths, PASS, clock=fixed_clock())
    encryption.decrypt(db, PASS)
    backup.write_bytes(saved)
    key_file_for(paths.database_file).write_bytes(saved_key)
    key_before = key_file_for(paths.database_file).read_bytes()
    with pytest.raises(encryption.EncryptionError, match="still encrypted") as refused:
        encryption.encrypt(db, NEW, kdf=FAST)
    assert backup.name in str(refused.value)
    db.close()
    assert key_file_for(paths.database_file).read_bytes() == key_before


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_as_a_journal_are_read_as_an_unknown_conversion(tmp_path_factory, raw):
    db_file = tmp_path_factory.mktemp("j") / "casedesk.sqlite3"
    journal_for(db_file).write_bytes(raw)
    found = Journal.find(db_file)
    assert found is not None and found.kind in ("unknown", "encrypt", "decrypt", "passphrase")
    found.finish()
    assert not journal_for(db_file).exists()


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=32, max_size=32), st.binary(min_size=32, max_size=32))
def test_a_sealed_recovery_key_opens_only_under_its_data_key(one, other):
    recovery = new_recovery_key()
    raw = parse_recovery_key(recovery)
    from casedesk.storage.keys import data_key_from_recovery

    key = data_key_from_recovery(raw)
    sealed = seal_recovery(key, recovery)
    assert unseal_recovery(key, sealed) == recovery
    assert unseal_recovery(one, sealed) is None and unseal_recovery(other, {"nonce": 1}) is None


def test_a_plain_copy_left_by_an_older_interrupted_removal_is_wiped_at_the_next_start(paths, encrypted):
    """Issue 13: a killed Remove Encryption left `.casedesk.sqlite3.converting`, a whole plain copy."""
    leftover = paths.database_file.with_name(".casedesk.sqlite3.converting")
    leftover.write_bytes(b"SQLite format 3\x00 ... Kowalczyk-Brennan ...")
    (paths.data_dir / ".casedesk.key.json.x1y2.tmp").write_text("{}", encoding="utf-8")
    assert _count(paths, PASS) == 2
    assert sorted(p.name for p in paths.data_dir.iterdir() if p.name.startswith(".")) == []
