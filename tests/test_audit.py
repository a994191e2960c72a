"""The audit trail on a real SQLite file (and a PostgreSQL server): what each use-case records, in its own
transaction."""

from __future__ import annotations

import copy
import csv
import io
import json
import sqlite3
from datetime import date

import pytest
from sqlalchemy import text

from casedesk.domain.casefile import CaseFileError, case_to_dict, parse_case
from casedesk.services import audit as audit_service
from casedesk.services.assessments import AssessmentService
from casedesk.services.audit import AuditService, actor_name
from casedesk.services.casefiles import import_stream
from casedesk.services.clients import ClientService
from casedesk.services.deadlines import DONE, DeadlineService
from casedesk.services.errors import EditConflict, NotFound
from casedesk.services.letters import LetterService
from casedesk.services.settings import SETTINGS, SettingsService
from casedesk.storage.errors import AuditAppendOnly

from helpers import minimal_case, shipped

TODAY = date(2026, 11, 21)


@pytest.fixture(autouse=True)
def login(monkeypatch):
    monkeypatch.setattr(audit_service, "os_user", lambda: "mlopez")


def rows(db) -> list[tuple]:
    """Every audit row as stored, oldest first (raw SQL: what the database holds)."""
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT actor, client_id, action, field, old_value, new_value "
                                                    "FROM audit ORDER BY id"))]


def read_csv(path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_editing_the_family_name_records_one_update_with_old_new_and_who(db, spec_case):
    service = ClientService(db, shipped())
    cid = service.add(parse_case(spec_case), as_of=TODAY)
    SettingsService(db).set("audit.caseworker_name", "Marta López")
    edited = copy.deepcopy(spec_case)
    edited["client"]["family_name"] = "Pérez de Silva"
    record = service.get(cid)
    service.update(cid, parse_case(edited), record.version, as_of=TODAY)

    create, update = rows(db)
    assert create[:4] == ("mlopez", cid, "create", None)
    assert json.loads(create[5]) == case_to_dict(parse_case(spec_case))
    assert update == ("Marta López (mlopez)", cid, "update", "client.family_name", '"Pérez Núñez"',
                      '"Pérez de Silva"')
    newest = AuditService(db).trail(cid)[0]
    assert (newest.action, newest.field, newest.old, newest.new) == (
        "update", "client.family_name", "Pérez Núñez", "Pérez de Silva")


def test_saving_unchanged_facts_records_nothing(db, spec_case):
    service = ClientService(db, shipped())
    cid = service.add(parse_case(spec_case), as_of=TODAY)
    service.update(cid, parse_case(spec_case), as_of=TODAY)
    assert [r[2] for r in rows(db)] == ["create"]


def test_a_refused_update_leaves_no_audit_row(db, spec_case):
    service = ClientService(db, shipped())
    cid = service.add(parse_case(spec_case), as_of=TODAY)
    stale = service.get(cid).version
    edited = copy.deepcopy(spec_case)
    edited["client"]["given_names"] = "María"
    service.update(cid, parse_case(edited), stale, as_of=TODAY)
    edited["client"]["given_names"] = "José"
    before = rows(db)
    with pytest.raises(EditConflict):
        service.update(cid, parse_case(edited), stale, as_of=TODAY)  # someone saved in between
    with pytest.raises(NotFound):
        service.update(cid + 1, parse_case(edited), as_of=TODAY)
    assert rows(db) == before
    assert service.get(cid).facts.client.given_names == "María"


def test_a_rolled_back_change_leaves_no_audit_row(db, spec_case, monkeypatch):
    service = ClientService(db, shipped())
    cid = service.add(parse_case(spec_case), as_of=TODAY)
    before = rows(db)

    def fail(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(service.deadlines, "refresh", fail)  # fails after the audit rows were written
    edited = copy.deepcopy(spec_case)
    edited["client"]["family_name"] = "Other"
    with pytest.raises(OSError):
        service.update(cid, parse_case(edited), as_of=TODAY)
    assert rows(db) == before
    assert service.get(cid).facts.client.family_name == spec_case["client"]["family_name"]


def test_audit_rows_cannot_be_changed_or_removed(db, spec_case):
    ClientService(db, shipped()).add(parse_case(spec_case), as_of=TODAY)
    # One exception on both back ends (SQLite's trigger; the server's trigger or missing privilege).
    for statement in ("UPDATE audit SET actor = 'someone else'", "DELETE FROM audit"):
        with db.engine.begin() as conn:
            with pytest.raises(AuditAppendOnly, match="append-only"):
                conn.exec_driver_sql(statement)
    if db.is_sqlite:
        with sqlite3.connect(db.path) as raw:  # any other program writing the file meets the same triggers
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                raw.execute("DELETE FROM audit WHERE id = 1")
            # REPLACE deletes the row it replaces without firing delete triggers: refused before it happens.
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                raw.execute("INSERT OR REPLACE INTO audit (id, at, actor, client_id, action) "
                            "VALUES (1, '2026-01-01 00:00:00', 'mallory', 1, 'create')")
        assert rows(db)[0][0] != "mallory"
    else:  # TRUNCATE, which row triggers do not see
        with db.engine.begin() as conn:
            with pytest.raises(AuditAppendOnly, match="append-only"):
                conn.exec_driver_sql("TRUNCATE audit")
    assert len(rows(db)) == 1


def test_delete_then_restore_gives_the_same_client_back(db, spec_case, tmp_path):
    clients, deadlines = ClientService(db, shipped()), DeadlineService(db, shipped())
    cid = clients.add(parse_case(spec_case), as_of=TODAY)
    other = clients.add(parse_case(minimal_case("Ivan", "Shevchenko")), as_of=TODAY)
    AssessmentService(db, shipped()).assess_client(cid, TODAY)
    key = deadlines.for_client(cid)[0].key
    deadlines.mark_done(cid, key, TODAY)
    LetterService(db, shipped()).produce(cid, "spousal_sponsorship", "en", tmp_path / "letter.pdf", TODAY)
    before = clients.get(cid)
    before_deadlines = deadlines.for_client(cid)
    before_assessments = AssessmentService(db, shipped()).history(cid)
    before_letters = LetterService(db, shipped()).history(cid)
    before_row = clients.page("perez")[0][0]
    assert before_row.best_verdict is not None

    assert clients.delete([cid]) == 1
    with pytest.raises(NotFound):
        clients.get(cid)
    assert clients.restore([cid], as_of=TODAY) == [cid]

    after = clients.get(cid)
    assert case_to_dict(after.facts) == case_to_dict(before.facts)
    assert after.created_at == before.created_at
    assert after.version > before.version  # an editor opened before the delete cannot save over it
    assert deadlines.for_client(cid) == before_deadlines  # the one marked done is still done
    assert any(d.state == DONE for d in deadlines.for_client(cid))
    assert [a._replace(id=0) for a in AssessmentService(db, shipped()).history(cid)] == [
        a._replace(id=0) for a in before_assessments]
    assert LetterService(db, shipped()).history(cid) == before_letters
    page, _ = clients.page("perez")
    # best route and next deadline too; a new version, so an editor opened before the delete is stale
    assert page == [before_row._replace(updated_at=page[0].updated_at, version=before_row.version + 1)]
    assert [e.action for e in AuditService(db).trail(cid)][:3] == ["restore", "delete", "letter"]
    assert clients.get(other)  # untouched
    with pytest.raises(NotFound):
        clients.restore([cid], as_of=TODAY)  # already back


def test_a_deleted_clients_id_is_never_given_to_a_new_client(db):
    clients = ClientService(db, shipped())
    first = clients.add(parse_case(minimal_case("A", "One")), as_of=TODAY)
    last = clients.add(parse_case(minimal_case("B", "Two")), as_of=TODAY)
    clients.delete([last])  # SQLite alone would hand this id out again
    new = clients.add(parse_case(minimal_case("C", "Three")), as_of=TODAY)
    imported = import_stream(db, io.StringIO(json.dumps(minimal_case("D", "Four"))), policy=shipped(), as_of=TODAY).ids
    assert first < last < new < imported[0]
    assert clients.restore([last], as_of=TODAY) == [last]
    assert clients.get(last).facts.client.family_name == "Two"


def test_import_records_one_row_per_client_without_values(db):
    docs = [minimal_case(f"P{i}", "Import") for i in range(5)]
    ids = import_stream(db, io.StringIO("\n".join(json.dumps(d) for d in docs)), policy=shipped(), as_of=TODAY).ids
    assert rows(db) == [("mlopez", cid, "import", None, None, None) for cid in ids]


def test_a_failed_import_records_nothing(db):
    bad = [minimal_case(), minimal_case(client={"given_names": "X", "date_of_birth": "1990-13-45"})]
    with pytest.raises(CaseFileError):
        import_stream(db, io.StringIO("\n".join(json.dumps(d) for d in bad)), policy=shipped(), as_of=TODAY)
    assert rows(db) == []


def test_deadline_handling_is_recorded(db, spec_case):
    clients, deadlines = ClientService(db, shipped()), DeadlineService(db, shipped())
    cid = clients.add(parse_case(spec_case), as_of=TODAY)
    key = deadlines.for_client(cid)[0].key
    deadlines.snooze(cid, key, date(2026, 12, 1), TODAY)
    deadlines.reopen(cid, key, TODAY)
    deadlines.mark_done(cid, key, TODAY)
    assert [(r[2], r[3], r[5]) for r in rows(db)[1:]] == [
        ("deadline_snoozed", key, '"2026-12-01"'), ("deadline_reopened", key, None),
        ("deadline_done", key, '"2026-11-21"')]


def test_a_selection_is_handled_all_or_none(db, spec_case):
    """Marking several deadlines done is one transaction: one that is gone (another caseworker's
    recompute removed it) refuses the whole selection, and the others stay as they were."""
    from casedesk.services.deadlines import DONE, OPEN, SNOOZED
    from casedesk.services.errors import NotFound

    clients, deadlines = ClientService(db, shipped()), DeadlineService(db, shipped())
    cid = clients.add(parse_case(spec_case), as_of=TODAY)
    first, second = [r.key for r in deadlines.for_client(cid)[:2]]
    before = rows(db)
    with pytest.raises(NotFound, match="no deadline 'gone'"):
        deadlines.handle_many([(cid, first, DONE, TODAY), (cid, "gone", DONE, TODAY)], TODAY)
    assert {r.key: r.state for r in deadlines.for_client(cid)}[first] == OPEN and rows(db) == before
    deadlines.handle_many([(cid, first, DONE, TODAY), (cid, second, SNOOZED, date(2026, 12, 1))], TODAY)
    states = {r.key: r.state for r in deadlines.for_client(cid)}
    assert (states[first], states[second]) == (DONE, SNOOZED)
    assert [(r[2], r[3], r[5]) for r in rows(db)[len(before):]] == [
        ("deadline_done", first, '"2026-11-21"'), ("deadline_snoozed", second, '"2026-12-01"')]


def test_a_selection_that_names_a_deadline_twice_ends_in_its_last_state(db, spec_case):
    """As the one-by-one writes did: the last change of a deadline wins, and each change is in the trail."""
    from casedesk.services.deadlines import DONE, OPEN, SNOOZED

    clients, deadlines = ClientService(db, shipped()), DeadlineService(db, shipped())
    cid = clients.add(parse_case(spec_case), as_of=TODAY)
    first, second = [r.key for r in deadlines.for_client(cid)[:2]]
    before = rows(db)
    deadlines.handle_many([(cid, first, DONE, TODAY), (cid, second, DONE, TODAY), (cid, first, SNOOZED,
                           date(2026, 12, 1)), (cid, second, OPEN, None)], TODAY)
    states = {r.key: (r.state, r.snoozed_until, r.done_on) for r in deadlines.for_client(cid)}
    assert states[first] == (SNOOZED, date(2026, 12, 1), None) and states[second][0] == OPEN
    assert [(r[2], r[3]) for r in rows(db)[len(before):]] == [
        ("deadline_done", first), ("deadline_done", second), ("deadline_snoozed", first), ("deadline_reopened", second)]
    assert AuditService(db).verify().intact


def test_a_bulk_review_over_several_chunks_records_what_exists(db, spec_case):
    """Over 500 (a chunk) at once: each exists once in its state; one recomputed away meanwhile is left out."""
    from casedesk.services.deadlines import DONE

    clients, deadlines = ClientService(db, shipped()), DeadlineService(db, shipped())
    ids = []
    for i in range(3):  # three people with the example's statuses and deadlines
        case = copy.deepcopy(spec_case)
        case["client"] |= {"given_names": f"Ana {i}", "a_number": f"A{100000000 + i}"}
        ids.append(clients.add(parse_case(case), as_of=TODAY))
    items = [(cid, r.key) for cid in ids for r in deadlines.for_client(cid)]
    many = items + [(ids[0], f"gone-{i}") for i in range(1_200)]  # past two chunks of 500
    before = len(rows(db))
    assert deadlines.mark_reviewed(many, TODAY) == len(items)
    assert all(r.state == DONE for cid in ids for r in deadlines.for_client(cid))
    assert len(rows(db)) == before + len(items) and AuditService(db).verify().intact


def test_a_deleted_clients_values_are_not_shown_or_exported(db, spec_case, tmp_path):
    clients = ClientService(db, shipped())
    cid = clients.add(parse_case(spec_case), as_of=TODAY)
    edited = copy.deepcopy(spec_case)
    edited["client"]["family_name"] = "Secret-Name"
    clients.update(cid, parse_case(edited), as_of=TODAY)
    clients.delete([cid])
    trail = AuditService(db).trail(cid)
    assert [(e.action, e.field, e.old, e.new, e.withheld) for e in trail] == [
        ("delete", None, None, None, True), ("update", "client.family_name", None, None, True),
        ("create", None, None, None, True)]
    for name in ("trail.csv", "trail.json"):
        AuditService(db).export(tmp_path / name)
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert "Secret" not in text and "Pérez" not in text and "María" not in text
        assert "client.family_name" in text
    clients.restore([cid], as_of=TODAY)  # back: its history shows again, but never the copy kept for undo
    shown = {e.action: e for e in AuditService(db).trail(cid)}
    assert shown["update"].new == "Secret-Name" and shown["delete"].old is None


def test_export_csv_and_json_of_one_client(db, spec_case, tmp_path):
    clients = ClientService(db, shipped())
    cid = clients.add(parse_case(spec_case), as_of=TODAY)
    other = clients.add(parse_case(minimal_case("=cmd|' /C calc'!A0", "Formula")), as_of=TODAY)
    edited = copy.deepcopy(spec_case)
    edited["client"]["citizenships"] = ["VE", "CO"]
    clients.update(cid, parse_case(edited), as_of=TODAY)
    assert AuditService(db).export(tmp_path / "one.csv", cid) == 2
    table = read_csv(tmp_path / "one.csv")
    assert [(r["action"], r["field"], r["old"], r["new"], r["actor"]) for r in table][0] == (
        "update", "client.citizenships", '["VE"]', '["VE", "CO"]', "mlopez")
    assert table[0]["at_utc"].endswith("Z") and table[1]["action"] == "create"
    assert AuditService(db).export(tmp_path / "all.json") == 3
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert [(d["client_id"], d["action"]) for d in data] == [(cid, "update"), (other, "create"), (cid, "create")]
    assert data[0]["old"] == ["VE"] and data[0]["new"] == ["VE", "CO"]


def test_a_formula_in_a_name_stays_text_in_the_csv(db, tmp_path):
    clients = ClientService(db, shipped())
    cid = clients.add(parse_case(minimal_case("Ana", "Gómez")), as_of=TODAY)
    clients.update(cid, parse_case(minimal_case("=HYPERLINK(\"x\")", "Gómez")), as_of=TODAY)
    AuditService(db).export(tmp_path / "t.csv", cid)
    row = read_csv(tmp_path / "t.csv")[0]
    assert row["new"] == "'=HYPERLINK(\"x\")" and row["old"] == "Ana"


@pytest.mark.parametrize(("setting", "login", "actor"), [
    ("", "mlopez", "mlopez"),
    ("Marta López", "mlopez", "Marta López (mlopez)"),
    ("  mlopez ", "mlopez", "mlopez"),
    ("Marta López", "", "Marta López"),
    ("", "", "unknown"),
])
def test_who_is_recorded(monkeypatch, setting, login, actor):
    monkeypatch.setattr(audit_service, "os_user", lambda: login)
    assert actor_name(setting) == actor


def test_the_caseworker_name_is_a_declared_setting():
    assert audit_service.ACTOR_SETTING in {s.key for s in SETTINGS}
