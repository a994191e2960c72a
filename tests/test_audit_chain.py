"""The sealed audit trail: `casedesk audit --verify` catches every edit an attacker with the file
makes directly (sqlite3 on the file, as they would), and names the first entry that fails."""

from __future__ import annotations

import copy
import json
import sqlite3
from datetime import date

import pytest

from casedesk.config import resolve_paths
from casedesk.domain.casefile import parse_case
from casedesk.services.audit import AuditService
from casedesk.services.clients import ClientService
from casedesk.services.workspace import open_workspace
from casedesk.storage import auditchain
from casedesk.storage.keys import Kdf
from casedesk.storage.quickread import HEAD

from helpers import fixed_clock, minimal_case, shipped
from test_cli import casedesk

TODAY = date(2026, 11, 21)


@pytest.fixture
def home(tmp_path, spec_case):
    """A caseload with a dozen audit entries: two clients added, one edited five times, one deleted."""
    home = tmp_path / "home"
    db = open_workspace(resolve_paths(home), clock=fixed_clock())
    try:
        clients = ClientService(db, shipped())
        first = clients.add(parse_case(spec_case), as_of=TODAY)
        second = clients.add(parse_case(minimal_case("Ivan", "Shevchenko")), as_of=TODAY)
        for n in range(5):
            edited = copy.deepcopy(spec_case)
            edited["client"]["given_names"] = f"María {n}"
            clients.update(first, parse_case(edited), as_of=TODAY)
        clients.delete([second])
    finally:
        db.close()
    return home


def sql(home, *statements: str, params=()) -> None:
    with sqlite3.connect(home / "casedesk.sqlite3") as conn:
        for statement in statements:
            conn.execute(statement, params)


def ids(home) -> list[int]:
    with sqlite3.connect(home / "casedesk.sqlite3") as conn:
        return [r[0] for r in conn.execute("SELECT id FROM audit ORDER BY id")]


def verify(home) -> tuple[int, dict]:
    proc = casedesk(home, "audit", "--verify", "--json", check=False)
    return proc.returncode, json.loads(proc.stdout)


def test_an_untouched_trail_verifies(home):
    status, report = verify(home)
    assert status == 0 and report["intact"] is True and report["entries"] == len(ids(home)) == 8
    assert report["first_entry"] is None and len(report["head"]["chain"]) == 64
    text = casedesk(home, "audit", "--verify").stdout
    assert "intact (8 entries checked)" in text


def test_a_row_edited_is_caught_at_that_row(home):
    target = ids(home)[3]
    sql(home, "DROP TRIGGER audit_no_update",
        f"UPDATE audit SET new_value = '\"Mario\"' WHERE id = {target}")
    status, report = verify(home)
    assert status == 1 and report["intact"] is False
    assert (report["first_entry"], report["reason"]) == (target, auditchain.EDITED)
    assert "trigger audit_no_update is missing" in report["schema"][0]
    assert f"tampered with from entry {target}" in casedesk(home, "audit", "--verify", check=False).stdout


def test_a_row_deleted_is_caught_at_the_row_after_it(home):
    rows = ids(home)
    sql(home, "DROP TRIGGER audit_no_delete", f"DELETE FROM audit WHERE id = {rows[4]}",
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END")  # put back as it was
    status, report = verify(home)
    assert status == 1 and (report["first_entry"], report["reason"]) == (rows[5], auditchain.UNLINKED)
    assert report["schema"] == []  # the triggers are as they should be: the chain alone caught it


def test_the_newest_row_deleted_is_caught_by_the_head(home):
    rows = ids(home)
    sql(home, "DROP TRIGGER audit_no_delete", f"DELETE FROM audit WHERE id = {rows[-1]}")
    status, report = verify(home)
    assert status == 1 and report["reason"] == auditchain.TRUNCATED and report["first_entry"] == rows[-2]


def test_a_row_inserted_is_caught(home):
    rows = ids(home)
    with sqlite3.connect(home / "casedesk.sqlite3") as conn:
        prev = conn.execute(f"SELECT chain FROM audit WHERE id = {rows[2]}").fetchone()[0]
        # a forged row with a digest and a chain that look right, slotted into a gap made for it
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("DROP TRIGGER audit_no_delete")
        moved = conn.execute("SELECT * FROM audit WHERE id > ? ORDER BY id DESC", (rows[2],)).fetchall()
        for row in moved:
            conn.execute("UPDATE audit SET id = ? WHERE id = ?", (row[0] + 1, row[0]))
        forged = {"at": "2026-11-21 12:00:00.000000", "actor": "someone", "client_id": 1, "action": "update",
                  "field": "client.given_names", "old_value": '"A"', "new_value": '"B"'}
        salt = "00" * 16
        digest = auditchain.digest(forged, salt)
        conn.execute("INSERT INTO audit (id, at, actor, client_id, action, field, old_value, new_value, salt, digest, "
                     "chain) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                     (rows[2] + 1, *forged.values(), salt, digest, auditchain.link(None, prev, digest)))
    status, report = verify(home)
    # The forged row links onto the one before it (plain SHA-256 can be recomputed), but the row after
    # it was linked onto the row the forger moved it away from.
    assert status == 1 and (report["first_entry"], report["reason"]) == (rows[3] + 1, auditchain.UNLINKED)


def test_an_inserted_row_without_a_seal_is_caught(home):
    sql(home, "INSERT INTO audit (at, actor, client_id, action) VALUES ('2026-11-21 12:00:00.000000', 'x', 1, "
              "'update')")
    status, report = verify(home)
    assert status == 1 and (report["first_entry"], report["reason"]) == (ids(home)[-1], auditchain.UNSEALED)


def test_dropped_triggers_are_caught_by_the_schema_check(home):
    sql(home, "DROP TRIGGER audit_no_update", "DROP TRIGGER audit_no_delete")
    status, report = verify(home)
    assert status == 1 and report["reason"] == auditchain.SCHEMA and report["first_entry"] is None
    assert sorted(report["schema"]) == ["trigger audit_no_delete is missing (the audit trail's protection)",
                                        "trigger audit_no_update is missing (the audit trail's protection)"]
    assert "not protected as it should be" in casedesk(home, "audit", "--verify", check=False).stdout


def test_an_extra_trigger_is_caught_by_the_schema_check(home):
    sql(home, "CREATE TRIGGER leak AFTER INSERT ON client BEGIN INSERT INTO setting VALUES ('x', NEW.case_json); END")
    status, report = verify(home)
    assert status == 1 and report["schema"] == [f"an extra trigger leak on client that schema {HEAD} does not have"]


def test_values_erased_without_a_purge_are_caught(home):
    target = ids(home)[0]  # the first client's "create", with the whole case file
    sql(home, f"UPDATE audit SET old_value = NULL, new_value = NULL, salt = NULL WHERE id = {target}")  # allowed
    status, report = verify(home)
    assert status == 1 and (report["first_entry"], report["reason"]) == (target, auditchain.ERASED)


def test_the_triggers_still_refuse_every_other_change(home):
    target = ids(home)[1]
    with sqlite3.connect(home / "casedesk.sqlite3") as conn:
        for statement in (f"UPDATE audit SET new_value = '1' WHERE id = {target}",
                          f"UPDATE audit SET actor = 'x' WHERE id = {target}",
                          f"UPDATE audit SET digest = 'x' WHERE id = {target}",
                          f"UPDATE audit SET old_value = NULL, new_value = NULL WHERE id = {target}",  # salt kept
                          f"DELETE FROM audit WHERE id = {target}"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(statement)


def test_an_encrypted_caseload_chains_under_its_own_key_and_stays_intact_through_conversions(home):
    from casedesk.services import encryption

    db = open_workspace(resolve_paths(home), clock=fixed_clock())
    try:
        plain_head = AuditService(db).verify().head
        encryption.encrypt(db, "violet kettle under the harbour", kdf=Kdf(n=2 ** 10)).recovery_key_shown()
        check = AuditService(db).verify()
        assert check.intact and check.head != plain_head  # re-linked under the key derived from the data key
        ClientService(db, shipped()).add(parse_case(minimal_case("Ona", "Keyed")), as_of=TODAY)
        assert AuditService(db).verify().intact
        encryption.decrypt(db, "violet kettle under the harbour")
        check = AuditService(db).verify()
        assert check.intact and check.entries == 9
    finally:
        db.close()


def test_converting_a_tampered_trail_does_not_launder_it(home):
    from casedesk.services import encryption

    rows = ids(home)
    sql(home, "DROP TRIGGER audit_no_delete", f"DELETE FROM audit WHERE id = {rows[4]}",
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END")
    db = open_workspace(resolve_paths(home), clock=fixed_clock())
    try:
        encryption.encrypt(db, "violet kettle under the harbour", kdf=Kdf(n=2 ** 10)).recovery_key_shown()
        check = AuditService(db).verify()
        assert (check.first_entry, check.reason) == (rows[5], auditchain.UNLINKED)
    finally:
        db.close()


def test_existing_rows_are_sealed_by_the_migration(tmp_path):
    """A caseload at 0014 with audit rows: after the upgrade every row is sealed and the trail verifies."""
    from alembic import command

    from casedesk.storage.database import _alembic_config, _make_engine, sqlite_url

    path = tmp_path / "home" / "casedesk.sqlite3"
    path.parent.mkdir()
    engine = _make_engine(sqlite_url(path), foreign_keys=False)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0014")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.executemany("INSERT INTO audit (at, actor, client_id, action, field, old_value, new_value) "
                         "VALUES (?, 'mlopez', ?, 'update', 'client.family_name', ?, ?)",
                         [(f"2026-11-2{n} 10:00:00.000000", n, f'"Old {n}"', f'"New {n}"') for n in range(5)])
    db = open_workspace(resolve_paths(tmp_path / "home"), clock=fixed_clock())
    try:
        check = AuditService(db).verify()
        assert check.intact and check.entries == 5 and check.head_id == 5
    finally:
        db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM audit WHERE salt IS NULL OR digest IS NULL OR chain IS NULL"
                            ).fetchone()[0] == 0
