"""Restore checks what it brings back: a backup whose schema, triggers or audit trail differ from
what its schema version should have is refused with the reason, and nothing changes."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from casedesk.config import resolve_paths
from casedesk.domain.casefile import parse_case
from casedesk.services.backups import BackupService
from casedesk.services.clients import ClientService
from casedesk.services.workspace import open_workspace
from casedesk.storage.errors import UnsafeBackup
from casedesk.storage.quickread import HEAD

from helpers import fixed_clock, minimal_case, shipped
from test_cli import casedesk

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)
TODAY = NOW.date()

CRAFTED = {
    "audit trigger dropped": (["DROP TRIGGER audit_no_delete"],
                              "trigger audit_no_delete is missing (the audit trail's protection)"),
    "a trigger that copies client data out": (
        ["CREATE TRIGGER keep_copy AFTER INSERT ON client BEGIN "
         "INSERT INTO setting (key, value) VALUES ('copy' || NEW.id, NEW.case_json); END"],
        f"an extra trigger keep_copy on client that schema {HEAD} does not have"),
    "a trigger that erases new audit rows": (
        ["CREATE TRIGGER quiet AFTER INSERT ON audit BEGIN "
         "UPDATE audit SET old_value = NULL, new_value = NULL, salt = NULL WHERE id = NEW.id; END"],
        f"an extra trigger quiet on audit that schema {HEAD} does not have"),
    "an altered audit trigger": (
        ["DROP TRIGGER audit_no_update",
         "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit WHEN 0 "
         "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"],
        f"trigger audit_no_update differs from schema {HEAD}'s"),
    "an extra table": (["CREATE TABLE outbox (id INTEGER PRIMARY KEY, payload TEXT)"],
                       f"an extra table outbox that schema {HEAD} does not have"),
    "an extra view": (["CREATE VIEW everyone AS SELECT case_json FROM client"],
                      f"an extra view everyone that schema {HEAD} does not have"),
    "a column added": (["ALTER TABLE client ADD COLUMN exported INTEGER"],
                       f"table client differs from schema {HEAD}'s"),
}


@pytest.fixture
def caseload(tmp_path):
    db = open_workspace(resolve_paths(tmp_path / "home"), clock=fixed_clock())
    clients = ClientService(db, shipped())
    clients.add(parse_case(minimal_case("Ana", "Gómez")), as_of=TODAY)
    clients.add(parse_case(minimal_case("Bo", "Li")), as_of=TODAY)
    yield db, BackupService(db)
    db.close()


def crafted(good: Path, folder: Path, statements: list[str]) -> Path:
    path = folder / "crafted.sqlite3"
    shutil.copyfile(good, path)
    with closing(sqlite3.connect(path)) as conn, conn:
        for statement in statements:
            conn.execute(statement)
    return path


@pytest.mark.parametrize("kind", CRAFTED)
def test_a_crafted_backup_is_refused_with_the_reason_and_nothing_changes(caseload, tmp_path, kind):
    db, backups = caseload
    good = backups.take("manual", NOW)
    ClientService(db, shipped()).add(parse_case(minimal_case("Cy", "New")), as_of=TODAY)
    statements, reason = CRAFTED[kind]
    bad = crafted(good.path, tmp_path, statements)
    before = sorted(p.name for p in db.backups_dir.iterdir())
    with pytest.raises(UnsafeBackup) as refused:
        backups.restore(bad)
    assert reason in str(refused.value) and "nothing was changed" in str(refused.value)
    assert ClientService(db, shipped()).count() == 3
    assert sorted(p.name for p in db.backups_dir.iterdir() if not p.name.endswith(("-wal", "-shm"))) == before
    assert db.schema_differences() == []


def test_a_backup_whose_trail_was_tampered_with_is_refused(caseload, tmp_path):
    db, backups = caseload
    good = backups.take("manual", NOW)
    bad = crafted(good.path, tmp_path, ["DROP TRIGGER audit_no_update",
                                        "UPDATE audit SET actor = 'someone else' WHERE id = 2",
                                        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT 1; END"])
    with pytest.raises(UnsafeBackup):  # the trigger put back differs: the schema check answers first
        backups.restore(bad)
    (tmp_path / "sly").mkdir()
    sly = crafted(good.path, tmp_path / "sly", [])
    with closing(sqlite3.connect(sly)) as conn, conn:
        triggers = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_no_update'").fetchone()[0]
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit SET actor = 'someone else' WHERE id = 2")
        conn.execute(triggers)  # put back exactly as it was
    with pytest.raises(UnsafeBackup, match="its audit trail fails its check from entry 2 \\(edited\\)"):
        backups.restore(sly)
    assert ClientService(db, shipped()).count() == 2


def test_a_sound_backup_restores(caseload):
    db, backups = caseload
    good = backups.take("manual", NOW)
    ClientService(db, shipped()).add(parse_case(minimal_case("Cy", "New")), as_of=TODAY)
    backups.restore(good.path)
    assert ClientService(db, shipped()).count() == 2


def test_an_older_backup_is_compared_with_its_own_version(tmp_path):
    """A backup at 0014 is held to 0014's schema (its triggers are 0007's), then migrated and sealed."""
    from alembic import command

    from casedesk.storage.database import _alembic_config, _make_engine, sqlite_url

    old = tmp_path / "old.sqlite3"
    engine = _make_engine(sqlite_url(old), foreign_keys=False)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0014")
    engine.dispose()
    with closing(sqlite3.connect(old)) as conn, conn:
        conn.execute("INSERT INTO audit (at, actor, client_id, action) VALUES ('2026-01-01 10:00:00.000000', 'x', 1, "
                     "'create')")
    tampered = tmp_path / "tampered.sqlite3"
    shutil.copyfile(old, tampered)
    with closing(sqlite3.connect(tampered)) as conn, conn:
        conn.execute("DROP TRIGGER audit_no_update")
    db = open_workspace(resolve_paths(tmp_path / "home"), clock=fixed_clock())
    try:
        with pytest.raises(UnsafeBackup, match="schema 0014 is: trigger audit_no_update is missing"):
            db.restore_from(tampered)
        db.restore_from(old)
        assert db.revision() == HEAD and db.schema_differences() == []
        from casedesk.services.audit import AuditService

        check = AuditService(db).verify()
        assert check.intact and check.entries == 1
    finally:
        db.close()


def test_a_caseload_upgraded_from_0009_has_exactly_the_head_schema(tmp_path):
    from test_storage import _at_0009_with_clients

    path = tmp_path / "home" / "casedesk.sqlite3"
    path.parent.mkdir()
    _at_0009_with_clients(path)
    db = open_workspace(resolve_paths(tmp_path / "home"), clock=fixed_clock())
    try:
        assert db.revision() == HEAD and db.schema_differences() == []
    finally:
        db.close()


def test_the_command_line_names_the_reason(caseload, tmp_path):
    db, backups = caseload
    good = backups.take("manual", NOW)
    bad = crafted(good.path, tmp_path, CRAFTED["audit trigger dropped"][0])
    home = db.file.parent
    backups.close()
    db.close()
    proc = casedesk(home, "restore", str(bad), check=False)
    assert proc.returncode == 1
    assert "refused" in proc.stderr and "trigger audit_no_delete is missing" in proc.stderr
