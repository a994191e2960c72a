"""The same storage on a PostgreSQL server (a firm sharing one caseload), when one is given.

Set ``CASEDESK_TEST_PG_URL`` to a superuser's URL of a throwaway server these tests may wipe
(``scripts/pg-cluster start`` prints one; ``.ci/run`` does it). Without it they are skipped:
CaseDesk itself runs on its SQLite file.
"""

from __future__ import annotations

import copy
import io
import json
import os
from datetime import date

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from casedesk.domain.casefile import case_to_dict, parse_case
from casedesk.services.casefiles import import_stream
from casedesk.services.clients import ClientService
from casedesk.services.errors import EditConflict
from casedesk.storage.database import _alembic_config, head_revision, open_database
from casedesk.storage.errors import AuditAppendOnly, StorageError
from casedesk.storage.models import Base

import schema_0009
from helpers import fixed_clock, minimal_case, shipped

URL = os.environ.get("CASEDESK_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not URL, reason="no PostgreSQL server: set CASEDESK_TEST_PG_URL")
TODAY = date(2026, 11, 21)


@pytest.fixture
def url():
    engine = create_engine(URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return URL


def _at(url: str, revision: str, fill=None) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)
        if fill:
            fill(conn)
    engine.dispose()


def test_a_new_database_is_built_exactly_as_the_models(url, tmp_path):
    db = open_database(url, backups_dir=tmp_path, clock=fixed_clock())
    try:
        assert db.revision() == head_revision()
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
            assert diff == []
            kind = conn.execute(text("SELECT data_type FROM information_schema.columns "
                                     "WHERE table_name = 'client' AND column_name = 'case_json'")).scalar()
            assert kind == "json"
    finally:
        db.close()


def test_0010_on_postgresql_makes_each_client_one_document(url, tmp_path):
    _at(url, "0009", schema_0009.fill)
    db = open_database(url, backups_dir=tmp_path, clock=fixed_clock())
    try:
        clients = ClientService(db, shipped())
        assert case_to_dict(clients.get(7).facts) == schema_0009.expected_7()
        assert case_to_dict(clients.get(8).facts) == schema_0009.expected_8()
        assert clients.get(9).facts.parents == ()
        assert clients.get(7).version == 4
        with db.engine.connect() as conn:
            tables = set(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())
            assert tables == {"alembic_version", "client", "assessment", "deadline", "deadline_state", "setting",
                              "letter", "audit", "audit_head", "policy_update"}
            # Stored as the case file: a server-side query can read inside it.
            assert conn.execute(text("SELECT case_json -> 'client' ->> 'a_number' FROM client "
                                     "WHERE id = 7")).scalar() == "A123456789"
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
            assert diff == []
    finally:
        db.close()
    assert list(tmp_path.iterdir()) == []  # the safety copy is SQLite's; a server has its own backups


def test_0010_on_postgresql_stops_on_rows_the_reader_refuses(url, tmp_path):
    def broken(conn):
        schema_0009.fill(conn)
        conn.execute(text("UPDATE us_status SET kind = 'bogus' WHERE position = 2"))

    _at(url, "0009", broken)
    with pytest.raises(StorageError, match=r"client 7: .*\(us_status\[2\]\.kind\)"):
        open_database(url, backups_dir=tmp_path, clock=fixed_clock())
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0009"
        assert conn.execute(text("SELECT count(*) FROM us_status")).scalar() == 3
    engine.dispose()


def test_clients_round_trip_search_and_conflicts_on_postgresql(url, tmp_path, spec_case):
    db = open_database(url, backups_dir=tmp_path, clock=fixed_clock())
    try:
        clients = ClientService(db, shipped())
        lines = [json.dumps(minimal_case(f"Person{i:03d}", f"Family{i:03d}")) for i in range(120)]
        lines.append(json.dumps(spec_case))
        ids = import_stream(db, io.StringIO("\n".join(lines)), policy=shipped(), as_of=TODAY).ids
        assert ids == list(range(ids[0], ids[0] + 121))
        record = clients.get(ids[-1])
        assert case_to_dict(record.facts) == spec_case
        assert [r.family_name for r in clients.page("perez nunez")[0]] == ["Pérez Núñez"]
        assert clients.page("", sort="status", descending=True, limit=1)[0][0].id == ids[-1]
        changed = copy.deepcopy(spec_case)
        changed["notes"] = "Called."
        updated = clients.update(ids[-1], parse_case(changed), record.version, as_of=TODAY)
        assert (case_to_dict(updated.facts), updated.version) == (changed, record.version + 1)
        with pytest.raises(EditConflict):
            clients.update(ids[-1], parse_case(spec_case), record.version, as_of=TODAY)
        assert clients.delete([ids[0]]) == 1
        assert clients.restore([ids[0]], as_of=TODAY) == [ids[0]]
        assert clients.get(ids[0]).facts.client.family_name == "Family000"
    finally:
        db.close()


def test_the_audit_trail_is_sealed_and_erasable_only_by_a_purge_on_postgresql(url, tmp_path):
    """The chain computed in Python verifies on the server; its trigger allows only a purge's erasure."""
    from sqlalchemy.exc import DBAPIError

    from casedesk.services.audit import AuditService
    from casedesk.services.retention import RetentionService

    db = open_database(url, backups_dir=tmp_path, clock=fixed_clock())
    try:
        clients = ClientService(db, shipped())
        first = clients.add(parse_case(minimal_case("Ana", "Gómez")), as_of=TODAY)
        clients.add(parse_case(minimal_case("Bo", "Li")), as_of=TODAY)
        assert AuditService(db).verify().intact
        with db.engine.connect() as conn:
            for statement in ("UPDATE audit SET actor = 'x' WHERE id = 1", "DELETE FROM audit WHERE id = 1",
                              "UPDATE audit SET old_value = NULL, new_value = NULL WHERE id = 1"):
                with pytest.raises((DBAPIError, AuditAppendOnly), match="append-only"), conn.begin():
                    conn.execute(text(statement))
        result = RetentionService(db).purge(first)
        assert result.entries_erased == 1
        check = AuditService(db).verify()
        assert check.intact and check.entries == 3 and check.schema == ()
        with db.engine.begin() as conn:
            conn.execute(text("DROP TRIGGER audit_no_update ON audit"))
            conn.execute(text("UPDATE audit SET actor = 'x' WHERE id = 2"))
        check = AuditService(db).verify()
        assert (check.first_entry, check.reason) == (2, "edited")
    finally:
        db.close()


def test_writers_at_the_same_time_chain_one_after_the_other_on_postgresql(url, tmp_path):
    """The head row is locked while a writer appends: eight threads adding clients at once leave one
    unbroken chain (without the lock two would link onto the same entry)."""
    from concurrent.futures import ThreadPoolExecutor

    from casedesk.services.audit import AuditService

    db = open_database(url, backups_dir=tmp_path, clock=fixed_clock())
    try:
        clients = ClientService(db, shipped())

        def add(n: int) -> int:
            return clients.add(parse_case(minimal_case(f"Name{n}", f"Family{n}")), as_of=TODAY)

        with ThreadPoolExecutor(max_workers=8) as pool:
            ids = list(pool.map(add, range(40)))
        check = AuditService(db).verify()
        assert len(set(ids)) == 40 and check.intact and check.entries == 40
    finally:
        db.close()


# --- least privilege: the roles of `casedesk server init` ------------------------------------------

def _cli(*args: str, env: dict | None = None):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "casedesk", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_server_init_makes_an_owner_that_migrates_and_an_app_role_that_cannot_touch_the_trail(url, tmp_path):
    from pgserver import url_for

    proc = _cli("server", "init", "--admin-url", url, "--owner", "cd_owner", "--app", "cd_app", "--json",
                "--data-dir", str(tmp_path / "home"), env={"CASEDESK_APP_PASSWORD": "s3cret-app"})
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert "s3cret" not in proc.stdout + proc.stderr
    assert out["app_url"].startswith("postgresql+psycopg://cd_app:***@")
    database = make_url(url).database
    app_url = url_for(url, database, "cd_app")
    db = open_database(app_url, backups_dir=tmp_path, clock=fixed_clock())
    try:
        assert db.revision() == head_revision()
        cid = ClientService(db, shipped()).add(parse_case(minimal_case()), as_of=TODAY)
        with db.engine.connect() as conn:
            owners = set(conn.execute(text("SELECT tableowner FROM pg_tables WHERE schemaname = 'public'")).scalars())
            assert owners == {"cd_owner"}
            assert conn.execute(text("SELECT actor IS NOT NULL, db_user FROM audit WHERE client_id = :c"),
                                {"c": cid}).one() == (True, "cd_app")
        for statement in ("UPDATE audit SET actor = 'x'", "DELETE FROM audit", "TRUNCATE audit"):
            with db.engine.begin() as conn, pytest.raises(AuditAppendOnly):
                conn.exec_driver_sql(statement)
        with db.engine.begin() as conn, pytest.raises(StorageError, match="refused: must be owner of table client"):
            conn.exec_driver_sql("DROP TABLE client")
        with db.engine.begin() as conn, pytest.raises(StorageError, match="permission denied for table policy_up"):
            conn.exec_driver_sql("DELETE FROM policy_update")
        with db.engine.begin() as conn:  # a forged database user is overwritten by the trigger
            conn.exec_driver_sql("INSERT INTO audit (at, actor, db_user, client_id, action) "
                                 "VALUES (now(), 'Bob', 'somebody_else', 1, 'create')")
            assert conn.exec_driver_sql("SELECT db_user FROM audit ORDER BY id DESC LIMIT 1").scalar() == "cd_app"
        # A caseworker (the application role) can purge: erasing values is the one change it may make.
        from casedesk.services.audit import AuditService
        from casedesk.services.retention import RetentionService

        assert RetentionService(db).purge(cid).entries_erased >= 1
        with db.engine.begin() as conn, pytest.raises(AuditAppendOnly):
            conn.exec_driver_sql("UPDATE audit SET actor = 'x' WHERE client_id = 1")
        # The purge left the chain sound; the row forged above, around CaseDesk, is what verify names.
        check = AuditService(db).verify()
        assert (check.reason, check.failing) == ("unsealed", 2)
    finally:
        db.close()
    # Even the owner (and a superuser) meets the statement trigger: TRUNCATE is refused.
    engine = create_engine(url)
    try:
        from casedesk.storage.database import _make_engine

        owner = _make_engine(url)
        with owner.begin() as conn, pytest.raises(AuditAppendOnly):
            conn.exec_driver_sql("TRUNCATE audit")
        owner.dispose()
        with engine.connect() as conn:
            # the client's entry, the forged one, the purge tombstone
            assert conn.execute(text("SELECT count(*) FROM audit")).scalar() == 3
    finally:
        engine.dispose()


def test_an_application_role_behind_the_schema_is_told_who_upgrades(url, tmp_path):
    from casedesk.storage.server import init_server
    from pgserver import url_for

    init_server(url, owner="cd_owner", app="cd_app")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0014'"))
    engine.dispose()
    database = make_url(url).database
    with pytest.raises(StorageError, match=r"database user cd_app may not change the schema.*server init"):
        open_database(url_for(url, database, "cd_app"), backups_dir=tmp_path, clock=fixed_clock())


def test_a_refused_connection_is_the_networks_fault_and_no_password_is_printed(tmp_path):
    bad = "postgresql+psycopg://alice:hunter2@127.0.0.1:1/casedesk"
    proc = _cli("list", "--data-dir", str(tmp_path / "home"), env={"CASEDESK_DATABASE_URL": bad})
    assert proc.returncode == 1
    assert "hunter2" not in proc.stdout + proc.stderr
    assert "cannot reach the database server at 127.0.0.1:1" in proc.stderr
    assert "cannot be opened as a CaseDesk database" not in proc.stderr
    with pytest.raises(StorageError, match="cannot reach the database server") as caught:
        open_database(bad, backups_dir=tmp_path, clock=fixed_clock())
    assert "hunter2" not in str(caught.value)


def test_backup_of_a_server_caseload_uses_pg_dump(url, tmp_path):
    import shutil

    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    db = open_database(url, backups_dir=tmp_path, clock=fixed_clock())
    ClientService(db, shipped()).add(parse_case(minimal_case("Zed", "Dump")), as_of=TODAY)
    db.close()
    target = tmp_path / "firm.dump"
    proc = _cli("backup", "-o", str(target), "--data-dir", str(tmp_path / "home"), env={"CASEDESK_DATABASE_URL": url})
    assert proc.returncode == 0, proc.stderr
    assert target.read_bytes()[:5] == b"PGDMP" and target.stat().st_mode & 0o777 == 0o600
    proc = _cli("restore", str(target), "--data-dir", str(tmp_path / "home"), env={"CASEDESK_DATABASE_URL": url})
    assert proc.returncode == 1 and "pg_restore" in proc.stderr


@pytest.mark.parametrize("change, words", [
    ({"database": "no_such_caseload"}, "has no such database"),
    ({"username": "nobody_here", "password": "pw-never-shown"}, "refused the login"),
])
def test_a_server_that_refuses_says_why_with_no_password(url, tmp_path, change, words):
    wrong = make_url(url).set(**change).render_as_string(hide_password=False)
    with pytest.raises(StorageError, match=words) as caught:
        open_database(wrong, backups_dir=tmp_path, clock=fixed_clock())
    assert "pw-never-shown" not in str(caught.value)
    assert "cannot be opened as a CaseDesk database" not in str(caught.value)
