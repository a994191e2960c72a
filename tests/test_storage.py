"""The database: private file, safe settings, migrations, clients kept whole."""

from __future__ import annotations

import copy
import io
import json
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from casedesk.config import resolve_paths
from casedesk.domain.casefile import case_to_dict, parse_case
from casedesk.services.casefiles import import_stream
from casedesk.services.clients import ClientService
from casedesk.policy.loader import default_policy
from casedesk.services.deadlines import DeadlineService, DeadlineWords, record_messages, record_words
from casedesk.services.errors import EditConflict, NotFound
from casedesk.services.workspace import open_workspace
from casedesk.storage.database import _alembic_config, head_revision, open_database
from casedesk.storage.errors import DatabaseTooNew, NotADatabase, StorageError
from casedesk.storage.models import Base

import schema_0009
from helpers import fixed_clock, minimal_case, shipped

TODAY = date(2026, 11, 21)


@pytest.mark.sqlite_only("the SQLite file's mode and PRAGMAs")
def test_database_file_is_private_and_safe(db, data_dir):
    path = data_dir / "casedesk.sqlite3"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    assert db.revision() == head_revision()


def test_client_lifecycle_keeps_every_fact(db, spec_case):
    service = ClientService(db, shipped())
    client_id = service.add(parse_case(spec_case), as_of=TODAY)
    record = service.get(client_id)
    assert case_to_dict(record.facts) == spec_case
    changed = copy.deepcopy(spec_case)
    changed["partner"]["status_in_canada"] = "permanent_resident"
    changed["relatives_in_canada"] = []
    changed["documents"] = {"passport_expiry": "2027-03-31", "language_test_date": None,
                            "police_certificate_date": "2026-01-10", "medical_exam_date": None}
    changed["express_entry"] = {"invitation_date": "2026-10-01"}
    changed["tasks"] = [{"title": "Book the medical exam", "due": "2026-12-15", "note": None, "tag": "medical"},
                        {"title": "Translate the birth certificate", "due": "2026-12-01", "note": "certified",
                         "tag": None}]
    updated = service.update(client_id, parse_case(changed), record.version, as_of=TODAY)
    assert case_to_dict(updated.facts) == changed
    assert updated.version == record.version + 1
    with pytest.raises(EditConflict):
        service.update(client_id, parse_case(spec_case), record.version, as_of=TODAY)  # stale version
    assert service.delete([client_id]) == 1
    with pytest.raises(NotFound):
        service.get(client_id)
    with db.engine.connect() as conn:  # no orphans left behind
        tables = [t for t in Base.metadata.tables if "client_id" in Base.metadata.tables[t].c and t != "audit"]
        assert sorted(tables) == ["assessment", "deadline", "deadline_state", "letter"]
        for table in tables:
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0


def test_unknown_lists_stay_unknown(db):
    service = ClientService(db, shipped())
    unknown = service.add(parse_case(minimal_case()), as_of=TODAY)
    none = service.add(parse_case(minimal_case(parents=[], relatives_in_canada=[], us_status=[])), as_of=TODAY)
    assert service.get(unknown).facts.parents is None
    assert service.get(none).facts.parents == ()
    assert service.get(none).facts.relatives_in_canada == ()


def test_search_runs_in_the_database_across_case_and_accents(db):
    service = ClientService(db, shipped())
    names = [minimal_case(f"Person{i:04d}", f"Family{i:04d}") for i in range(1500)]
    names.append(minimal_case("Élodie", "Lefèvre", client={"given_names": "Élodie", "family_name": "Lefèvre",
                                                             "a_number": "A-201-555-014"}))
    import_stream(db, io.StringIO("\n".join(json.dumps(n) for n in names)), policy=shipped(), as_of=TODAY)
    found, total = service.page("lefevre")
    assert total == 1
    assert [(r.given_names, r.family_name) for r in found] == [("Élodie", "Lefèvre")]
    assert [r.family_name for r in service.page("ELODIE LEFÈVRE")[0]] == ["Lefèvre"]
    assert [r.family_name for r in service.page("201555014")[0]] == ["Lefèvre"]
    assert [r.family_name for r in service.page("201-555")[0]] == ["Lefèvre"]
    assert service.count("family14") == 100  # Family1400..Family1499
    sparse, total = service.page("family14", sort="name", descending=True, offset=95, limit=10)
    assert total == 100 and [r.family_name for r in sparse] == [f"Family{i}" for i in range(1404, 1399, -1)]
    assert service.page("100%") == ([], 0)  # LIKE wildcards are taken literally
    first, total = service.page("", limit=3)
    assert total == 1501
    assert [r.family_name for r in first] == ["Family0000", "Family0001", "Family0002"]
    last, _ = service.page("", sort="name", descending=True, limit=1)
    assert last[0].family_name == "Lefèvre"


@pytest.mark.sqlite_only("the application role may not write alembic_version; test_postgresql covers a server's schema")
def test_database_newer_than_the_code_is_refused(db, data_dir):
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'f00dfeed'")
    db.close()
    with pytest.raises(DatabaseTooNew, match="newer CaseDesk"):
        open_workspace(resolve_paths(data_dir), clock=fixed_clock())


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    bogus = tmp_path / "casedesk.sqlite3"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(NotADatabase):
        open_database(bogus, backups_dir=tmp_path / "b", clock=fixed_clock())
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(NotADatabase, match="not made by CaseDesk"):
        open_database(other, backups_dir=tmp_path / "b", clock=fixed_clock())


def _database_at(path: Path, revision: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)
    engine.dispose()


def test_first_revision_upgrades_to_head_with_data_intact(tmp_path):
    path = tmp_path / "old.sqlite3"
    _database_at(path, "0001")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO client (id, given_names, family_name, date_of_birth, citizenships, languages, "
            "us_status_known, relatives_known, parents_known, search_key, sort_name, status_summary, "
            "created_at, updated_at, version_id) VALUES (7, 'Jean', 'Pierre', '1980-02-29', '[\"HT\"]', '[]', "
            "1, 0, 0, 'jean pierre', 'pierre, jean', 'tps:HT', '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)")
        conn.execute("INSERT INTO us_status (client_id, position, kind, country, valid_until) "
                     "VALUES (7, 0, 'tps', 'HT', '2026-02-03')")
    db = open_database(path, backups_dir=tmp_path / "backups", clock=fixed_clock())
    try:
        assert db.revision() == head_revision()
        record = ClientService(db, shipped()).get(7)
        assert record.facts.client.given_names == "Jean"
        assert str(record.facts.client.date_of_birth) == "1980-02-29"
        assert record.facts.us_status[0].country == "HT"
        assert record.facts.notes is None  # the column added by 0002
        copies = list((tmp_path / "backups").glob("pre-upgrade-0001-*.sqlite3"))
        assert len(copies) == 1
        with sqlite3.connect(copies[0]) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert conn.execute("SELECT family_name FROM client").fetchall() == [("Pierre",)]
    finally:
        db.close()


def test_deadlines_move_to_their_due_date_layout_intact_and_sound(tmp_path):
    # 0006 rebuilds the deadline table keyed by (visible_from, due, client, key), without rowid;
    # 0008 gives each deadline its client's names.
    path = tmp_path / "old.sqlite3"
    _database_at(path, "0005")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO client (id, given_names, family_name, citizenships, languages, us_status_known, "
            "relatives_known, parents_known, search_key, sort_name, status_summary, created_at, updated_at, "
            "version_id) VALUES (3, 'Ana', 'Gómez', '[]', '[]', 1, 0, 0, 'ana gomez', 'gomez, ana', '', "
            "'2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)")
        for i, (key, due, visible) in enumerate([("ead[0]", "2026-12-01", "0001-01-01"),
                                                 ("task:x", "2026-11-30", "9999-12-31")]):
            conn.execute("INSERT INTO deadline (id, client_id, key, kind, due, title, basis, source_confirmed, cliff, "
                         "visible_from) VALUES (?, 3, ?, 'ead_end', ?, 'EAD', 'basis', 1, 0, ?)",
                         (10 + i, key, due, visible))
        conn.execute("INSERT INTO deadline_state (client_id, key, state, done_on, updated_at) "
                     "VALUES (3, 'task:x', 'done', '2026-11-20', '2026-11-20 00:00:00')")
    db = open_database(path, backups_dir=tmp_path / "backups", clock=fixed_clock())
    try:
        listed = DeadlineService(db, shipped()).for_client(3)
        assert [(d.key, str(d.due), d.state) for d in listed] == [("task:x", "2026-11-30", "done"),
                                                                 ("ead[0]", "2026-12-01", "open")]
        upcoming = DeadlineService(db, shipped()).upcoming(date(2026, 11, 21), 30)
        assert [(d.key, d.given_names, d.family_name) for d in upcoming] == [("ead[0]", "Ana", "Gómez")]  # 0008
    finally:
        db.close()
    with sqlite3.connect(path) as conn:
        # SQLite 3.40 misreports NULLs in WITHOUT ROWID tables whose key columns do not lead.
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert "WITHOUT ROWID" in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'deadline'").fetchone()[0]


def test_deadlines_stored_as_english_only_get_their_codes_at_the_next_recompute(tmp_path):
    # 0011 adds the codes (messages) beside the English words and drops the stored policy version
    # and words stamp, so the next start recomputes; until then the stored English is shown.
    path = tmp_path / "old.sqlite3"
    _database_at(path, "0009")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO client (id, given_names, family_name, citizenships, languages, us_status_known, "
            "relatives_known, parents_known, search_key, sort_name, status_summary, created_at, updated_at, "
            "version_id) VALUES (3, 'Ana', 'Gómez', '[]', '[]', 1, 0, 0, 'ana gomez', 'gomez, ana', 'tps:HT', "
            "'2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)")
        conn.execute("INSERT INTO us_status (client_id, position, kind, country, valid_until) "
                     "VALUES (3, 0, 'tps', 'HT', NULL)")
        conn.execute("INSERT INTO deadline (visible_from, due, client_id, key, kind, title, basis, source_id, "
                     "source_title, source_confirmed, caveat, cliff, given_names, family_name) VALUES ('0001-01-01', "
                     "'2026-02-03', 3, 'tps:HT', 'status_end', 'TPS for Haiti ends', 'policy tps.ht.designation_end "
                     "(Federal Register 90 FR 54733): the date TPS for Haiti ends for every holder.', "
                     "'tps.ht.designation_end', 'Federal Register 90 FR 54733', 1, 'Termination blocked', 1, 'Ana', "
                     "'Gómez')")
        conn.execute("INSERT INTO setting (key, value) VALUES ('deadlines.policy_version', ?)",
                     (json.dumps(default_policy().version),))
    db = open_database(path, backups_dir=tmp_path / "backups", clock=fixed_clock())
    try:
        service = DeadlineService(db, shipped())
        [old] = service.for_client(3)
        assert old.messages is None and record_messages(old) is None
        assert record_words(old, "fr") == DeadlineWords("TPS for Haiti ends", old.basis, None, "Termination blocked")
        assert service.ensure_current(date(2026, 11, 21)) is True
        [new] = service.for_client(3)
        assert record_messages(new)["title"] == {"code": "deadline.title.tps_designation_end",
                                                 "params": {"country": "HT"}}
        assert record_words(new, "fr").title == "Fin du TPS (Haïti) pour tous ses bénéficiaires"
        assert (new.title, new.key, new.due) == ("TPS for Haiti ends", "tps:HT", date(2026, 2, 3))
        assert service.ensure_current(date(2026, 11, 21)) is False
    finally:
        db.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # and back down (0010 has no way down): the column goes, the English stays
        command.downgrade(_alembic_config(conn), "0010")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(deadline)")]
        assert "messages" not in columns and "title" in columns
        assert conn.execute("SELECT title FROM deadline").fetchall() == [("TPS for Haiti ends",)]
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


# The trigram search index (0017) is SQLite's own kind of table, kept by triggers, not a model.
SEARCH_TABLES = {"client_search", "client_search_data", "client_search_idx", "client_search_config"}


def test_migrations_build_exactly_the_models(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    # The trigram search index (0017) is SQLite's FTS5, outside the models; a server has none.
    search_tables = SEARCH_TABLES if db.is_sqlite else set()
    assert {d[1].name for d in diff if d[0] == "remove_table"} == search_tables
    assert [d for d in diff if not (d[0] == "remove_table" and d[1].name in SEARCH_TABLES)] == []


def test_the_head_constant_matches_the_migration_scripts():
    from casedesk.storage.database import HEAD

    assert head_revision() == HEAD


def test_quick_check_reports_a_sound_database(db):
    assert db.quick_check() == "ok"


# --- 0010: the sections' tables become one document per client ----------------------------------

def _at_0009_with_clients(path: Path) -> None:
    _database_at(path, "0009")
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        schema_0009.fill(conn)
    engine.dispose()


def test_0010_makes_each_client_one_document_with_every_fact(tmp_path):
    path = tmp_path / "old.sqlite3"
    _at_0009_with_clients(path)
    db = open_database(path, backups_dir=tmp_path / "backups", clock=fixed_clock())
    try:
        assert db.revision() == head_revision()
        clients = ClientService(db, shipped())
        seven = clients.get(7)
        assert case_to_dict(seven.facts) == schema_0009.expected_7()
        assert (seven.version, str(seven.created_at), str(seven.updated_at)) == (4, "2025-01-01 00:00:00",
                                                                                  "2025-02-01 00:00:00")
        # A spouse's factors without human capital were never read: they stay unread.
        assert case_to_dict(clients.get(8).facts) == schema_0009.expected_8()
        nine = clients.get(9).facts
        assert (nine.us_status, nine.relatives_in_canada, nine.parents) == ((), (), ())
        # The caseload's columns are kept as they were (best pathway included).
        row = clients.page("perez")[0][0]
        assert (row.id, row.status, str(row.next_deadline), row.best_pathway) == (7, "parole:CHNV", "2026-03-01",
                                                                                  "express_entry")
    finally:
        db.close()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == {"alembic_version", "client", "assessment", "deadline", "deadline_state", "setting",
                          "letter", "audit", "audit_head", "policy_update"} | SEARCH_TABLES
        stored = json.loads(conn.execute("SELECT case_json FROM client WHERE id = 7").fetchone()[0])
        assert stored == schema_0009.expected_7()  # exactly the case file, as the writer writes it
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # the dropped tables' pages given back
    copies = list((tmp_path / "backups").glob("pre-upgrade-0009-*.sqlite3"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT count(*) FROM task").fetchone() == (2,)


def test_0010_stops_on_rows_the_case_file_reader_refuses_and_changes_nothing(tmp_path):
    path = tmp_path / "old.sqlite3"
    _at_0009_with_clients(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE relative_in_canada SET age = 300")
    with pytest.raises(StorageError, match=r"client 7: .*\(relatives_in_canada\[0\]\.age\); the database was not "
                                           r"changed") as caught:
        open_database(path, backups_dir=tmp_path / "backups", clock=fixed_clock())
    assert "300" not in str(caught.value)  # field names, never values
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0009",)
        assert conn.execute("SELECT count(*) FROM task").fetchone() == (2,)
        assert "case_json" not in {r[1] for r in conn.execute("PRAGMA table_info(client)")}


@pytest.mark.sqlite_only("damages the document with SQLite's json_set; the reader is the same on both")
def test_a_stored_case_file_that_cannot_be_read_is_named_by_client_and_field(db):
    service = ClientService(db, shipped())
    client_id = service.add(parse_case(minimal_case()), as_of=TODAY)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE client SET case_json = json_set(case_json, '$.client.date_of_birth', "
                             "'1990-13-45') WHERE id = ?", (client_id,))
    with pytest.raises(StorageError, match=rf"client {client_id}: the stored case file cannot be read "
                                           r"\(client.date_of_birth\); restore a backup") as caught:
        service.get(client_id)
    assert "1990" not in str(caught.value)


def test_regenerated_deadlines_rewrite_only_the_clients_whose_rows_changed(db, backend):
    # A re-assessment that moves nothing rewrites nothing (each row written costs three indexes);
    # a moved, a vanished and a new deadline are written exactly as they would be from scratch.
    from sqlalchemy import text

    from casedesk.storage import deadlines as store
    from casedesk.storage.database import transaction

    docs = [minimal_case(f"Ana{i}", "Gómez") for i in range(4)]
    ids = import_stream(db, io.StringIO("\n".join(json.dumps(d) for d in docs)), policy=shipped(), as_of=TODAY).ids

    def row(cid: int, key: str, due: str) -> dict:
        return {"client_id": cid, "key": key, "kind": "task", "due": date.fromisoformat(due), "title": key,
                "basis": "b", "source_id": None, "source_title": None, "source_url": None, "caveat": None,
                "cliff": False, "messages": None, "given_names": "A", "family_name": "G", "tag": None,
                "visible_from": date(1, 1, 1)}

    def stored() -> set:
        with db.session() as session:
            return {(cid, key, str(due)) for cid, key, due in session.execute(
                text("SELECT client_id, key, due FROM deadline WHERE client_id IN (:a, :b, :c, :d)"),
                dict(zip("abcd", ids)))}

    a, b, c, d = ids
    with transaction(db) as session:
        store.replace_for_clients(session, [row(a, "x", "2027-01-01"), row(b, "x", "2027-01-01"),
                                            row(c, "x", "2027-01-01")], ids)
    with transaction(db) as session:
        before = session.connection().connection.driver_connection.total_changes if backend == "sqlite" else 0
        store.replace_for_clients(session, [row(a, "x", "2027-01-01"), row(b, "x", "2027-02-01"),
                                            row(d, "y", "2027-03-01")], ids)
        if backend == "sqlite":  # a's row untouched: b's and c's deleted, b's and d's inserted
            assert session.connection().connection.driver_connection.total_changes - before == 4
    assert stored() == {(a, "x", "2027-01-01"), (b, "x", "2027-02-01"), (d, "y", "2027-03-01")}
    with transaction(db) as session:  # nothing to write for anyone: every stored row goes
        store.replace_for_clients(session, [], ids)
    assert stored() == set()


def test_json_lines_export_is_each_case_file_as_stored_on_either_database(db, tmp_path):
    from casedesk.services.casefiles import export_file
    from casedesk.services.errors import NoSuchClient

    clients = ClientService(db, shipped())
    facts = [parse_case(minimal_case(g, f)) for g, f in (("Zoë", "Ñúñez"), ("Jean", "Baptiste"), ("Ana", "Gómez"))]
    ids = [clients.add(f, as_of=date(2026, 11, 21)) for f in facts]
    versions: dict[int, int] = {}
    out = tmp_path / "some.jsonl"
    assert export_file(db, [ids[2], ids[0]], out, versions=versions) == 2
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [case_to_dict(facts[2]), case_to_dict(facts[0])]
    assert versions == {ids[2]: 1, ids[0]: 1}
    with pytest.raises(NoSuchClient):
        export_file(db, [ids[1], 999_999], tmp_path / "none.jsonl")
    assert not (tmp_path / "none.jsonl").exists()
