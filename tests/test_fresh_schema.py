"""A new SQLite caseload is made from ``fresh.json`` (``storage/freshschema.py``), not by replaying every
migration: the file must be what the migrations make, statement for statement and row for row."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from casedesk.storage import freshschema
from casedesk.storage.database import head_revision, migrate_empty, open_database
from casedesk.storage.quickread import HEAD
from casedesk.storage.schemacheck import check, expected, shape

from helpers import fixed_clock


def _everything(path: Path) -> tuple[list, dict]:
    """Every schema entry (pages aside; in any order: a rebuilt table's indexes come in no set order) and
    every table's rows, but the search index's own (its empty index's bytes depend on its history; it is
    checked whole)."""
    with closing(sqlite3.connect(path)) as conn:
        master = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(), key=repr)
        rows = {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
                for kind, name, _, _ in master if kind == "table" and not name.startswith("client_search_")}
        conn.execute("INSERT INTO client_search(client_search) VALUES ('integrity-check')")
    return master, rows


@pytest.fixture(scope="module")
def migrated(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("migrated") / "migrated.sqlite3"
    migrate_empty(path)
    return path


def test_fresh_json_is_what_the_migrations_make(migrated):
    with closing(sqlite3.connect(migrated)) as conn:
        made = freshschema.describe(conn)
    assert freshschema.load() == made, "a migration changed: run scripts/fresh-schema"
    assert made["revision"] == HEAD == head_revision()


def test_a_new_caseload_is_the_migrated_schema_exactly(tmp_path, migrated):
    db = open_database(tmp_path / "new.sqlite3", backups_dir=tmp_path / "backups", clock=fixed_clock())
    try:
        assert db.revision() == HEAD
    finally:
        db.close()
    assert _everything(tmp_path / "new.sqlite3") == _everything(migrated)
    with closing(sqlite3.connect(tmp_path / "new.sqlite3")) as conn:
        assert check(conn, HEAD) == []  # what a restore of its backup will be checked against


def test_a_new_caseload_is_made_without_loading_alembic(tmp_path):
    code = ("import sys; from pathlib import Path; from casedesk.clock import FixedClock; from datetime import date;"
            "from casedesk.storage.database import open_database;"
            f"db = open_database(Path({str(tmp_path / 'c.sqlite3')!r}), backups_dir=Path({str(tmp_path)!r}),"
            " clock=FixedClock(date(2026, 11, 21))); db.close(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_restore_checks_against_fresh_json_without_loading_alembic(migrated):
    """The reference a restored file's schema is compared with is the migrations' schema, made from fresh.json."""
    code = ("import sys, json; from casedesk.storage.schemacheck import expected;"
            "from casedesk.storage.quickread import HEAD; print(json.dumps(expected(HEAD), sort_keys=True));"
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[1] == "False"
    with closing(sqlite3.connect(migrated)) as conn:
        assert json.loads(out[0]) == json.loads(json.dumps(shape(conn), sort_keys=True))


def test_a_schema_check_at_another_revision_uses_the_migrations(migrated, monkeypatch):
    from casedesk.storage import database

    stale = dict(freshschema.load() or {}, revision="0016")
    monkeypatch.setattr(freshschema, "load", lambda: stale)
    ran = []
    monkeypatch.setattr(database, "migrate_empty", lambda path, revision: (ran.append(revision),
                                                                          migrate_empty(path, revision)))
    expected.cache_clear()
    try:
        with closing(sqlite3.connect(migrated)) as conn:
            assert check(conn, HEAD) == []  # made by the migrations: fresh.json is not at head here
        assert ran == [HEAD]
    finally:
        expected.cache_clear()


def test_fresh_json_at_another_revision_leaves_it_to_the_migrations(tmp_path, migrated, monkeypatch):
    stale = dict(freshschema.load() or {}, revision="0016", schema=["CREATE TABLE wrong (x)"])
    monkeypatch.setattr(freshschema, "load", lambda: stale)
    db = open_database(tmp_path / "new.sqlite3", backups_dir=tmp_path / "backups", clock=fixed_clock())
    db.close()
    assert _everything(tmp_path / "new.sqlite3") == _everything(migrated)


def test_a_database_made_meanwhile_is_left_as_it_is(tmp_path):
    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE theirs (x)")
        assert freshschema.create(conn, HEAD) is False
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("theirs",)]
        assert not conn.in_transaction


def test_a_failing_statement_leaves_the_file_empty(tmp_path, monkeypatch):
    broken = json.loads(freshschema.FILE.read_text(encoding="utf-8"))
    broken["schema"].append("CREATE TABLE client (duplicate)")
    monkeypatch.setattr(freshschema, "load", lambda: broken)
    with closing(sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)) as conn:
        with pytest.raises(sqlite3.OperationalError):
            freshschema.create(conn, HEAD)
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)


def test_a_full_disk_while_making_it_is_said_plainly(tmp_path, monkeypatch):
    """The snapshot's statements go past the engine's error handler: its faults are worded here too."""
    from casedesk.storage.errors import EnvironmentFault

    def full(conn, revision):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(freshschema, "create", full)
    with pytest.raises(EnvironmentFault) as caught:
        open_database(tmp_path / "new.sqlite3", backups_dir=tmp_path / "backups", clock=fixed_clock())
    assert caught.value.kind == "disk_full"


def test_a_caseload_another_process_made_meanwhile_opens_without_the_migrations(tmp_path, monkeypatch):
    from alembic import command

    def lost_the_race(conn, revision):  # another process made it between the first look and this one's turn
        for sql in freshschema.load()["schema"]:
            conn.execute(sql)
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        return False

    def no_migrations(*_args, **_kwargs):
        raise AssertionError("the migrations ran on a caseload already at head")

    monkeypatch.setattr(freshschema, "create", lost_the_race)
    monkeypatch.setattr(command, "upgrade", no_migrations)
    db = open_database(tmp_path / "new.sqlite3", backups_dir=tmp_path / "backups", clock=fixed_clock())
    try:
        assert db.revision() == HEAD
    finally:
        db.close()


def test_a_new_encrypted_caseload_is_encrypted_from_its_first_page(tmp_path):
    from casedesk.storage.errors import StorageError
    from casedesk.storage.keys import Locked, key_file_for
    from casedesk.storage.sqlfile import is_encrypted_file, sqlcipher_module

    try:
        sqlcipher_module()
    except StorageError:
        pytest.skip("SQLCipher is not installed")
    path, key = tmp_path / "secret.sqlite3", bytes(range(32))
    db = open_database(path, backups_dir=tmp_path / "backups", clock=fixed_clock(), key=key)
    db.close()
    assert is_encrypted_file(path) and b"CREATE TABLE" not in path.read_bytes()
    key_file_for(path).write_text("{}")  # an encrypted file with its key file, opened without the key
    with pytest.raises(Locked):
        open_database(path, backups_dir=tmp_path / "backups", clock=fixed_clock())
    db = open_database(path, backups_dir=tmp_path / "backups", clock=fixed_clock(), key=key)
    try:
        assert db.revision() == HEAD
    finally:
        db.close()
