"""Automatic backups: taking them, noticing change, listing, thinning by Anki's rule, restoring."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from contextlib import closing
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from casedesk.config import resolve_paths
from casedesk.domain.casefile import parse_case
from casedesk.services.backups import (
    BackupService, backup_name, count_clients, in_synced_folder, parse_backup_name,
)
from casedesk.services.clients import ClientService
from casedesk.services.settings import SettingsService
from casedesk.services.workspace import open_workspace
from casedesk.storage.errors import DatabaseTooNew, StorageError
from helpers import fixed_clock, minimal_case, shipped

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)  # a Wednesday, ISO week 2026-W12
TODAY = date(2026, 3, 18)

pytestmark = pytest.mark.sqlite_only("the app's own backups are copies of the SQLite file; a server caseload is "
                                     "backed up with pg_dump (test_postgresql)")


@pytest.fixture
def service(db):
    backups = BackupService(db)
    yield backups
    backups.close()


def _add(db, given: str, family: str = "Test") -> int:
    return ClientService(db, shipped()).add(parse_case(minimal_case(given, family)), as_of=TODAY)


def _names(paths) -> set[str]:
    return {Path(p).name for p in paths}


# --- taking ------------------------------------------------------------------------------------

def test_take_writes_a_verified_private_single_file_copy(db, service):
    _add(db, "Ana")
    info = service.take("startup", NOW)
    assert info.path.name == "casedesk-startup-20260318T120000000000Z.sqlite3"
    assert info.path.parent == db.backups_dir
    assert (info.reason, info.taken_at, info.clients) == ("startup", NOW, 1)
    assert info.size == info.path.stat().st_size > 0
    # Nothing beside it: no -wal/-shm from reading it, no leftover .partial.
    assert sorted(p.name for p in db.backups_dir.iterdir()) == [info.path.name]
    if os.name == "posix":
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(db.backups_dir.stat().st_mode) == 0o700
    with closing(sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT given_names FROM client").fetchall() == [("Ana",)]


def test_take_in_a_local_time_zone_names_the_file_in_utc_and_never_overwrites(service):
    montreal = datetime(2026, 3, 18, 8, 0, tzinfo=timezone(timedelta(hours=-4)))
    first = service.take("manual", montreal)
    second = service.take("manual", montreal)
    assert first.path.name == "casedesk-manual-20260318T120000000000Z.sqlite3"
    assert second.path != first.path and second.path.exists() and first.path.exists()
    assert second.taken_at - first.taken_at == timedelta(microseconds=1)


@pytest.mark.parametrize("reason, now", [
    ("Startup", NOW), ("pre restore", NOW), ("../x", NOW), ("", NOW),
    ("startup", datetime(2026, 3, 18, 12, 0)),  # naive: whose noon?
])
def test_take_refuses_a_bad_reason_or_a_naive_time(service, reason, now):
    with pytest.raises(ValueError):
        service.take(reason, now)
    assert service.list() == []


def test_take_if_changed_skips_an_unchanged_caseload_and_takes_after_an_edit(db, service):
    assert service.take_if_changed("startup", NOW) is not None  # nothing to compare with yet
    assert service.take_if_changed("periodic", NOW + timedelta(minutes=30)) is None
    _add(db, "Ana")
    after_edit = service.take_if_changed("periodic", NOW + timedelta(minutes=60))
    assert after_edit is not None and after_edit.clients == 1
    assert service.take_if_changed("periodic", NOW + timedelta(minutes=90)) is None
    assert service.take_if_changed("exit", NOW + timedelta(minutes=95)) is None
    # A change that no client row shows: a setting.
    SettingsService(db).set("calendar.names_in_titles", True)
    assert service.take_if_changed("periodic", NOW + timedelta(minutes=120)) is not None
    assert [b.reason for b in service.list()] == ["periodic", "periodic", "startup"]


def test_take_if_changed_notices_a_commit_from_another_connection(db, data_dir, service):
    client = _add(db, "Ana")
    service.take("startup", NOW)
    other = open_workspace(resolve_paths(data_dir), clock=fixed_clock())  # as the CLI in another process would
    try:
        ClientService(other, shipped()).delete([client])
    finally:
        other.close()
    taken = service.take_if_changed("periodic", NOW + timedelta(minutes=30))
    assert taken is not None and taken.clients == 0


def test_a_manual_backup_also_counts_as_the_latest_state(db, service):
    _add(db, "Ana")
    service.take("manual", NOW)
    assert service.take_if_changed("periodic", NOW + timedelta(minutes=30)) is None


# --- listing -----------------------------------------------------------------------------------

def _copy_as(template: Path, folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copyfile(template, target)
    return target


def test_list_is_newest_first_reads_counts_and_lists_unreadable_files(db, service):
    _add(db, "Ana")
    template = service.take("manual", NOW - timedelta(days=40)).path
    folder = db.backups_dir
    _copy_as(template, folder, "pre-restore-20260301T100000123456Z.sqlite3")  # Database.safety_copy's names
    _copy_as(template, folder, "pre-upgrade-0004-20260210T090000000000Z.sqlite3")
    (folder / backup_name("periodic", NOW)).write_bytes(b"not a database at all" * 100)
    (folder / "notes.txt").write_text("not a backup")
    (folder / "casedesk.sqlite3").write_bytes(b"")
    listed = service.list()
    assert [(b.reason, b.taken_at, b.clients) for b in listed] == [
        ("periodic", NOW, None),
        ("pre-restore", datetime(2026, 3, 1, 10, 0, 0, 123456, tzinfo=UTC), 1),
        ("pre-upgrade-0004", datetime(2026, 2, 10, 9, 0, tzinfo=UTC), 1),
        ("manual", NOW - timedelta(days=40), 1),
    ]
    assert [b.readable for b in listed] == [False, True, True, True]
    # Reading the backups left nothing beside them.
    assert not [p for p in folder.iterdir() if p.name.endswith(("-wal", "-shm", "-journal"))]


def test_list_of_a_folder_that_does_not_exist_is_empty(db, tmp_path):
    service = BackupService(db, tmp_path / "nowhere")
    assert service.list() == []
    assert service.thin(NOW) == []


@pytest.mark.parametrize("name, expected", [
    ("casedesk-periodic-20260318T120000000000Z.sqlite3", ("periodic", NOW)),
    ("pre-upgrade-0004-20260318T120000000000Z.sqlite3", ("pre-upgrade-0004", NOW)),
    ("casedesk-startup-20260318T120000Z.sqlite3", ("startup", NOW)),
    ("casedesk-startup-20261318T120000000000Z.sqlite3", None),  # month 13
    ("casedesk.sqlite3", None),
    ("casedesk-startup-20260318T120000000000Z.sqlite3.partial", None),
])
def test_backup_names_read_back(name, expected):
    assert parse_backup_name(name) == expected


def test_backups_in_a_folder_whose_name_needs_escaping_still_work(db, tmp_path):
    _add(db, "Ana")
    service = BackupService(db, tmp_path / "Clients #2 (50% done?)")
    try:
        info = service.take("manual", NOW)
        assert info.clients == 1
        assert [b.clients for b in service.list()] == [1]
    finally:
        service.close()


# --- thinning ----------------------------------------------------------------------------------

def _at(day: str, hour: int) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


@pytest.fixture
def template(tmp_path) -> Path:
    """A tiny database with a client table, to copy under many backup names: thinning only reads counts."""
    path = tmp_path / "template.sqlite3"
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE client (id INTEGER PRIMARY KEY)")
        conn.execute("INSERT INTO client DEFAULT VALUES")
    return path


def _fake(template: Path, folder: Path, reason: str, moment: datetime) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    return _copy_as(template, folder, backup_name(reason, moment)).name


def test_thin_keeps_recent_then_daily_weekly_monthly(db, service, template):
    folder = service.folder
    days = ["2026-03-18", "2026-03-17", "2026-03-16", "2026-03-15", "2026-03-14", "2026-03-10", "2026-03-03",
            "2026-02-24", "2026-02-10", "2026-01-20", "2025-12-05", "2025-11-05"]
    names = {(day, hour): _fake(template, folder, "periodic", _at(day, hour))
             for day in days for hour in (9, 17) if _at(day, hour) <= NOW}
    manual_recent = _fake(template, folder, "manual", _at("2026-03-14", 10))          # 4 days old: protected
    restore_recent = _fake(template, folder, "pre-restore", _at("2026-02-20", 8))     # 26 days old: protected
    upgrade_old = _fake(template, folder, "pre-upgrade-0004", _at("2026-01-05", 8))   # 72 days old: not any more
    unreadable = backup_name("periodic", _at("2025-10-01", 9))
    (folder / unreadable).write_bytes(b"\0" * 4096)

    deleted = service.thin(NOW, daily=2, weekly=2, monthly=2)

    kept_periodic = {
        ("2026-03-18", 9), ("2026-03-17", 17), ("2026-03-17", 9),   # today and yesterday: all
        ("2026-03-16", 17), ("2026-03-15", 17),                     # newest of 2 more days
        ("2026-03-03", 17), ("2026-02-24", 17),                     # newest of 2 earlier ISO weeks (W10, W9)
        ("2026-01-20", 17), ("2025-12-05", 17),                     # newest of 2 earlier months
    }
    expected_deleted = {name for key, name in names.items() if key not in kept_periodic} | {upgrade_old}
    assert _names(deleted) == expected_deleted
    remaining = {p.name for p in folder.iterdir()}
    assert remaining == {names[k] for k in kept_periodic} | {manual_recent, restore_recent, unreadable}
    # Thinning again changes nothing.
    assert service.thin(NOW, daily=2, weekly=2, monthly=2) == []


def test_thin_with_the_default_policy_keeps_a_bounded_history_of_daily_use(db, service, template):
    folder = service.folder
    moment = NOW - timedelta(days=420)
    while moment <= NOW:  # at 04:00, 12:00 and 20:00 every day for 420 days
        _fake(template, folder, "periodic", moment)
        moment += timedelta(hours=8)
    service.thin(NOW)
    kept = service.list()
    recent = [b for b in kept if b.taken_at.date() >= TODAY - timedelta(days=1)]
    older = [b for b in kept if b.taken_at.date() < TODAY - timedelta(days=1)]
    assert len(recent) == 5  # today 04:00 and 12:00, and all three of yesterday
    assert len(older) == 7 + 4 + 12
    assert len({b.taken_at.date() for b in older}) == len(older)  # one a day at most
    assert kept[-1].taken_at < NOW - timedelta(days=360)


def test_a_long_break_in_use_never_empties_the_folder(db, service, template):
    folder = service.folder
    for month in range(1, 11):
        _fake(template, folder, "periodic", datetime(2023, month, 3, 9, tzinfo=UTC))
    assert service.thin(NOW) == []  # 7 "days" with backups, then 3 of the 4 weeks
    assert len(service.thin(NOW, daily=0, weekly=0, monthly=0)) == 9
    assert [b.taken_at for b in service.list()] == [datetime(2023, 10, 3, 9, tzinfo=UTC)]  # the newest stays


def test_thin_counts_days_in_the_time_zone_of_now(db, service, template):
    folder = service.folder
    late = _fake(template, folder, "periodic", datetime(2026, 3, 10, 2, 0, tzinfo=UTC))
    early = _fake(template, folder, "periodic", datetime(2026, 3, 9, 22, 0, tzinfo=UTC))
    assert service.thin(NOW) == []  # in UTC: two days, the newest of each is kept
    eastern = timezone(timedelta(hours=-5))
    deleted = service.thin(NOW.astimezone(eastern))  # both on 9 March in UTC-5: one day
    assert _names(deleted) == {early}
    assert (folder / late).exists()


def test_thin_removes_a_stale_partial_backup_but_not_one_being_written(db, service, template):
    folder = service.folder
    folder.mkdir(parents=True, exist_ok=True)
    stale = folder / f".{backup_name('periodic', NOW - timedelta(hours=3))}.partial"
    fresh = folder / f".{backup_name('periodic', NOW)}.partial"
    for path, age in ((stale, timedelta(hours=2)), (fresh, timedelta(minutes=5))):
        path.write_bytes(b"half")
        os.utime(path, (NOW.timestamp() - age.total_seconds(),) * 2)
    assert service.thin(NOW) == [stale]
    assert fresh.exists() and not stale.exists()


# --- restoring ---------------------------------------------------------------------------------

def test_restore_returns_the_backed_up_caseload_and_keeps_the_replaced_one(db, service):
    _add(db, "Ana")
    _add(db, "Bo")
    backup = service.take("manual", NOW)
    _add(db, "Cy")
    kept = service.restore(backup.path)
    clients = ClientService(db, shipped())
    assert clients.count() == 2
    assert sorted(clients.get(i).facts.client.given_names for i in clients.all_ids()) == ["Ana", "Bo"]
    assert kept.exists() and kept.name.startswith("pre-restore-")
    assert count_clients(kept) == 3
    assert kept in [b.path for b in service.list()]
    # The restore is a change: the next check backs the restored caseload up.
    assert service.take_if_changed("periodic", NOW + timedelta(minutes=30)).clients == 2
    # And it is a working caseload again.
    _add(db, "Di")
    assert sorted(clients.get(i).facts.client.given_names for i in clients.all_ids()) == ["Ana", "Bo", "Di"]


def _damaged_copies(good: Path, folder: Path) -> dict[str, Path]:
    junk = folder / backup_name("periodic", NOW - timedelta(hours=1))
    junk.write_bytes(b"this is not a database" * 300)
    truncated = folder / backup_name("periodic", NOW - timedelta(hours=2))
    data = good.read_bytes()
    truncated.write_bytes(data[: len(data) // 3])
    newer = folder / backup_name("periodic", NOW - timedelta(hours=3))
    shutil.copyfile(good, newer)
    with closing(sqlite3.connect(newer)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    return {"junk": junk, "truncated": truncated, "newer": newer}


@pytest.mark.parametrize("kind", ["junk", "truncated", "newer"])
def test_a_damaged_or_newer_backup_is_refused_and_nothing_changes(db, service, kind):
    _add(db, "Ana")
    good = service.take("manual", NOW)
    _add(db, "Bo")
    bad = _damaged_copies(good.path, db.backups_dir)[kind]
    before = sorted(p.name for p in db.backups_dir.iterdir())
    with pytest.raises(DatabaseTooNew if kind == "newer" else StorageError):
        service.restore(bad)
    assert ClientService(db, shipped()).count() == 2
    assert sorted(p.name for p in db.backups_dir.iterdir() if not p.name.endswith(("-wal", "-shm"))) == before
    assert not list(db.backups_dir.glob("pre-restore-*"))


# --- synced folders ----------------------------------------------------------------------------

@pytest.mark.parametrize("path, service_name", [
    ("/home/ana/Dropbox/CaseDesk", "Dropbox"),
    ("/home/ana/dropbox/casedesk", "Dropbox"),
    ("/Users/ana/Dropbox (Legal Aid)/CaseDesk", "Dropbox"),
    ("C:/Users/ana/OneDrive/Documents/CaseDesk", "OneDrive"),
    ("C:/Users/ana/OneDrive - Legal Aid Clinic/CaseDesk", "OneDrive"),
    ("/Users/ana/Library/CloudStorage/OneDrive-Personal/CaseDesk", "OneDrive"),
    ("/Users/ana/Library/CloudStorage/GoogleDrive-ana@example.org/My Drive/CaseDesk", "Google Drive"),
    ("G:/My Drive/CaseDesk", "Google Drive"),
    ("/Users/ana/Google Drive/CaseDesk", "Google Drive"),
    ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/CaseDesk", "iCloud Drive"),
    ("C:/Users/ana/iCloudDrive/CaseDesk", "iCloud Drive"),
    ("/home/ana/Nextcloud/CaseDesk", "Nextcloud"),
    ("/home/ana/Sync/CaseDesk", "Sync"),
    ("/Users/ana/Library/CloudStorage/Box-Box/CaseDesk", "Box"),
    ("/home/ana/.local/share/CaseDesk", None),
    ("/home/ana/Documents/dropbox-export-notes/CaseDesk", None),
    ("/home/ana/Synced stuff/CaseDesk", None),
    ("C:/Users/ana/AppData/Local/CaseDesk", None),
])
def test_in_synced_folder_names_the_service(path, service_name):
    assert in_synced_folder(path) == service_name
    assert BackupService.in_synced_folder(path) == service_name


def test_in_synced_folder_follows_a_link_into_a_synced_folder(tmp_path):
    real = tmp_path / "Dropbox" / "CaseDesk"
    real.mkdir(parents=True)
    link = tmp_path / "casedesk-data"
    link.symlink_to(real, target_is_directory=True)
    assert in_synced_folder(link) == "Dropbox"
    assert in_synced_folder(tmp_path / "elsewhere") is None
