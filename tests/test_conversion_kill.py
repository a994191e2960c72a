"""A conversion killed at any point: the next start ends in one state under the secrets in force.

50 SIGKILLs across encrypt, remove encryption and passphrase change, on a caseload with four
backups: most at a named point of the conversion (``CASEDESK_TEST_KILL_AT``, the process kills
itself there), the rest after a random delay. After each, the caseload is opened as the next
start opens it (in this process through ``open_workspace``, or as a command line subprocess), and:

* there is no journal, no half-converted copy, no half-written key file left;
* the caseload and every backup are in the same state (all plain or all encrypted), and each
  backup opens, whole, under the secrets in force (0 unreadable);
* when encrypted: the passphrase that should open it does, the recovery key (shown now if it was
  never shown) does, and no client's name or A-number is anywhere in the data folder (the needles
  are first found in the plain caseload).
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from casedesk.config import resolve_paths
from casedesk.domain.casefile import parse_case
from casedesk.domain.demo import demo_cases
from casedesk.services import encryption
from casedesk.services.backups import BackupService, parse_backup_name
from casedesk.services.clients import ClientService
from casedesk.services.workspace import open_workspace
from casedesk.storage.journal import journal_for
from casedesk.storage.keys import Kdf, data_key_from_recovery, key_file_for, parse_recovery_key
from casedesk.storage.sqlfile import check_file, is_encrypted_file
from helpers import fixed_clock, shipped

TODAY = date(2026, 11, 21)
OLD, NEW = "violet lantern quarry mosaic", "seven amber kestrels at dawn"
CLIENTS = 6
POINTS = {
    "encrypt": ["encrypt:journal", "encrypt:key-file", "encrypt:swapped", "encrypt:backup-1", "encrypt:backup-3",
                "encrypt:converted"],
    "decrypt": ["decrypt:journal", "decrypt:backup-1", "decrypt:backup-4", "decrypt:backups", "decrypt:swapped",
                "decrypt:key-wiped"],
    "passphrase": ["passphrase:journal", "passphrase:key-file"],
}
KILLS = {"encrypt": 17, "decrypt": 17, "passphrase": 16}  # 50
COMMAND = {"encrypt": "encrypt", "decrypt": "decrypt", "passphrase": "passphrase"}


def _needles() -> list[bytes]:
    found = set()
    for case in demo_cases(TODAY)[:CLIENTS]:
        client = case["client"]
        for text in (client["family_name"], f"{client['given_names']} {client['family_name']}",
                     client.get("a_number") or ""):
            if len(text.encode("utf-8")) >= 5:
                found.add(text.encode("utf-8"))
    return sorted(found)


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> tuple[Path, Path, str]:
    """(a plain caseload with four backups, the same encrypted under OLD, its recovery key)."""
    plain = tmp_path_factory.mktemp("plain") / "home"
    paths = resolve_paths(plain)
    db = open_workspace(paths, clock=fixed_clock())
    clients = ClientService(db, shipped())
    for n, doc in enumerate(demo_cases(TODAY)[:CLIENTS], start=1):
        clients.add(parse_case(doc, record=n), as_of=TODAY)
    backups = BackupService(db)
    for minute in range(4):
        backups.take("manual", datetime(2026, 11, 21, 12, tzinfo=UTC) + timedelta(minutes=minute))
    backups.close()
    db.close()
    encrypted = tmp_path_factory.mktemp("encrypted") / "home"
    shutil.copytree(plain, encrypted)
    db = open_workspace(resolve_paths(encrypted), clock=fixed_clock())
    backups = BackupService(db)
    report = encryption.encrypt(db, OLD, backups=backups, kdf=Kdf(n=2 ** 10))
    report.recovery_key_shown()
    backups.close()
    db.close()
    return plain, encrypted, report.recovery_key


def _files(home: Path) -> list[Path]:
    return sorted(p for p in home.rglob("*") if p.is_file())


def test_the_needles_are_in_the_plain_caseload_and_its_backups(templates):
    plain, _encrypted, _recovery = templates
    needles = _needles()
    assert len(needles) >= 2 * CLIENTS
    holders = [p for p in _files(plain) if any(n in p.read_bytes() for n in needles)]
    assert len(holders) == 5, holders  # the caseload and its four backups: the check below can fail


def _run(op: str, home: Path, point: str | None, delay: float) -> subprocess.CompletedProcess | int:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    env |= {"CASEDESK_TEST_KDF_N": "1024", "CASEDESK_NEW_PASSPHRASE": NEW, "CASEDESK_PASSPHRASE": OLD}
    if point:
        env["CASEDESK_TEST_KILL_AT"] = point
    argv = [sys.executable, "-m", "casedesk", COMMAND[op], "--data-dir", str(home)]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    if not point:
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=120)
    assert "Traceback" not in err
    return subprocess.CompletedProcess(argv, proc.returncode, out, err)


def _secret_in_force(home: Path) -> str | None:
    db_file = resolve_paths(home).database_file
    if not is_encrypted_file(db_file):
        return None
    for secret in (NEW, OLD):
        try:
            encryption.unlock(db_file, secret)
            return secret
        except encryption.EncryptionError:
            continue
    pytest.fail("neither passphrase opens the encrypted caseload")


def _start_in_process(home: Path, secret: str | None) -> tuple[bytes | None, list]:
    told = []
    db = open_workspace(resolve_paths(home), secret, clock=fixed_clock(), resumed=told.append)
    try:
        assert len(ClientService(db, shipped()).all_ids()) == CLIENTS
        return db.key, told
    finally:
        db.close()


def _start_from_the_command_line(home: Path, secret: str | None) -> tuple[bytes | None, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")} | {"CASEDESK_TEST_KDF_N": "1024"}
    if secret:
        env["CASEDESK_PASSPHRASE"] = secret
    proc = subprocess.run([sys.executable, "-m", "casedesk", "list", "--data-dir", str(home)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert len(proc.stdout.strip().splitlines()) == CLIENTS
    key = encryption.unlock(resolve_paths(home).database_file, secret) if secret else None
    return key, proc.stderr


def _check_one_state(home: Path, key: bytes | None, needles: list[bytes]) -> list[str]:
    """What is wrong with the data folder after the start (empty: one consistent state)."""
    paths = resolve_paths(home)
    wrong = []
    leftovers = [p.name for p in _files(home) if p.name.startswith(".") and p.name != ".last-close.json"]
    if journal_for(paths.database_file).exists() or leftovers:
        wrong.append(f"left behind: {leftovers}")
    encrypted = is_encrypted_file(paths.database_file)
    if encrypted != (key is not None) or encrypted != key_file_for(paths.database_file).exists():
        wrong.append("the key file does not match the caseload's state")
    backups = [p for p in paths.backups_dir.iterdir() if parse_backup_name(p.name)]
    if len(backups) != 4:
        wrong.append(f"{len(backups)} backups")
    for backup in backups:
        if is_encrypted_file(backup) != encrypted:
            wrong.append(f"{backup.name}: not in the caseload's state")
            continue
        try:
            if check_file(backup, key)["client"] != CLIENTS:
                wrong.append(f"{backup.name}: rows missing")
        except Exception as exc:  # noqa: BLE001 - any failure to read is what is counted
            wrong.append(f"{backup.name}: unreadable ({type(exc).__name__})")
    if encrypted:
        wrong += [f"{p.name} holds client data in plain text" for p in _files(home)
                  if any(n in p.read_bytes() for n in needles)]
    return wrong


@pytest.fixture
def scratch(tmp_path):
    """Where the killed runs work: in memory (tmpfs) when the system has one, since the fsyncs that
    make a conversion survive a power cut cost ~0.1 s each on a disk and protect nothing from a kill."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="casedesk-kill-", dir=shm))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_fifty_kills_during_conversions_leave_one_state_under_the_secrets_in_force(templates, scratch):
    plain, encrypted, recovery0 = templates
    tmp_path = scratch
    needles = _needles()
    rng = random.Random(20261202)
    plan = [(op, POINTS[op][i] if i < len(POINTS[op]) else None) for op in KILLS for i in range(KILLS[op])]
    rng.shuffle(plan)
    outcomes: dict[tuple[str, bool], int] = {}
    unreadable = leaked = resumed = 0
    for n, (op, point) in enumerate(plan):
        home = tmp_path / f"run{n}"
        shutil.copytree(plain if op == "encrypt" else encrypted, home)
        ran = _run(op, home, point, rng.uniform(0.15, 0.8))
        assert ran.returncode in (0, -signal.SIGKILL), ran.stderr
        shown = re.search(r"Recovery key: ([A-Z2-7-]{47})", ran.stdout)  # printed, even if killed just after
        secret = _secret_in_force(home)
        if n % 4 == 0:
            key, said = _start_from_the_command_line(home, secret)
            told_key = re.search(r"Recovery key: ([A-Z2-7-]{47})", said)
            resumed_key = told_key.group(1) if told_key else None
            resumed += "was interrupted" in said
        else:
            key, told = _start_in_process(home, secret)
            resumed_key = told[0].recovery_key if told else None
            resumed += bool(told)
        wrong = _check_one_state(home, key, needles)
        unreadable += sum("unreadable" in w or "state" in w for w in wrong)
        leaked += sum("plain text" in w for w in wrong)
        assert wrong == [], (op, point, ran.returncode, wrong)
        if key is not None:  # the recovery key in force opens it: the template's, or this encryption's
            recovery = recovery0 if op != "encrypt" else (shown.group(1) if shown else resumed_key)
            assert recovery is not None, f"{op} at {point}: the recovery key was never shown"
            raw = parse_recovery_key(recovery)
            assert raw is not None and data_key_from_recovery(raw) == key
            if op == "encrypt":
                assert secret == NEW
        done = (key is not None) == (op == "encrypt") if op != "passphrase" else secret == NEW
        outcomes[(op, done)] = outcomes.get((op, done), 0) + 1
    print(f"\nkills: {len(plan)}; outcomes (op, finished): {sorted(outcomes.items())}; resumed at the next start: "
          f"{resumed}; backups unreadable: {unreadable}; files with plain client data: {leaked}")
    assert unreadable == 0 and leaked == 0
    # The kills really interrupted each conversion both before and after its point of no return.
    assert all(outcomes.get((op, done), 0) > 0 for op in KILLS for done in (True, False)), outcomes
    assert sum(outcomes.values()) == 50
