"""Closing files, the retention period, and the purge that erases a client for good: the bytes of its
name, A-number and date of birth are found in the database file before, and nowhere after (file,
write-ahead log, a backup taken after); the trail still verifies and keeps a tombstone."""

from __future__ import annotations

import copy
import json
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from casedesk.config import resolve_paths
from casedesk.domain.casefile import parse_case
from casedesk.services.audit import AuditService
from casedesk.services.backups import BackupService
from casedesk.services.clients import ClientService
from casedesk.services.errors import NotFound, ServiceError
from casedesk.services.retention import RetentionService, add_years
from casedesk.services.settings import SettingsService
from casedesk.services.workspace import open_workspace

from helpers import fixed_clock, minimal_case, shipped
from test_cli import casedesk

TODAY = date(2026, 11, 21)
NAME, FAMILY, A_NUMBER, BIRTH = "Zofiaquetzal", "Wrzesniewskaya", "A987654321", "1983-07-29"
NEEDLES = [NAME.encode(), FAMILY.encode(), A_NUMBER.encode(), A_NUMBER[1:].encode(), BIRTH.encode()]


def needle_case(spec_case) -> dict:
    case = copy.deepcopy(spec_case)
    case["client"].update(given_names=NAME, family_name=FAMILY, a_number=A_NUMBER, date_of_birth=BIRTH)
    return case


def found(path: Path) -> list[bytes]:
    """Which needles the file's bytes hold, in any of the encodings SQLite stores text in (UTF-8 here)."""
    if not path.exists():
        return []
    data = path.read_bytes()
    return [n for n in NEEDLES if n in data]


# Trigrams of the needle's folded names that no other client's search key has: the index (migration
# 0017) stores its terms in FTS5 data pages, where a deleted client's terms stay until they are merged.
RARE_TRIGRAMS = [b"wrz", b"rze", b"zof", b"ofi", b"tza", b"zal", b"yay"]


def search_trigrams(path: Path) -> list[bytes]:
    with closing(sqlite3.connect(path)) as conn:
        data = b"".join(block for (block,) in conn.execute("SELECT block FROM client_search_data") if block)
    return [t for t in RARE_TRIGRAMS if t in data]


@pytest.fixture
def caseload(tmp_path, spec_case):
    """A caseload with the needle client (edited, assessed, with a letter and a deadline handled) among others."""
    home = resolve_paths(tmp_path / "home")
    db = open_workspace(home, clock=fixed_clock())
    clients = ClientService(db, shipped())
    other = clients.add(parse_case(minimal_case("Ivan", "Shevchenko")), as_of=TODAY)
    target = clients.add(parse_case(needle_case(spec_case)), as_of=TODAY)
    edited = needle_case(spec_case)
    edited["client"]["given_names"] = NAME + " Maria"
    clients.update(target, parse_case(edited), as_of=TODAY)
    yield db, home, target, other
    db.close()


def test_a_file_is_closed_and_reopened_with_its_trail(caseload):
    db, _home, target, _other = caseload
    retention = RetentionService(db)
    retention.close_file(target, date(2020, 3, 1), as_of=TODAY)
    assert retention.closed_on(target) == date(2020, 3, 1)
    with pytest.raises(ServiceError, match="closed_on: 2026-11-22 is in the future"):
        retention.close_file(target, TODAY + timedelta(days=1), as_of=TODAY)
    retention.reopen_file(target)
    assert retention.closed_on(target) is None
    actions = [(e.action, e.old, e.new) for e in AuditService(db).trail(target)[:2]]
    assert actions == [("file_reopened", "2020-03-01", None), ("file_closed", None, "2020-03-01")]
    with pytest.raises(NotFound):
        retention.close_file(9999, TODAY, as_of=TODAY)


def test_the_list_shows_closed_files_past_the_retention_period(caseload):
    db, _home, target, other = caseload
    retention = RetentionService(db)
    assert retention.years() == 7
    retention.close_file(target, date(2019, 11, 21), as_of=TODAY)   # exactly 7 years: due today
    retention.close_file(other, date(2019, 11, 22), as_of=TODAY)    # one day short
    assert [(f.id, f.keep_until) for f in retention.due(as_of=TODAY)] == [(target, date(2026, 11, 21))]
    assert [f.name for f in retention.due(as_of=TODAY)] == [f"{FAMILY}, {NAME} Maria"]
    assert [f.id for f in retention.due(as_of=TODAY + timedelta(days=1))] == [target, other]
    SettingsService(db).set("retention.years", 10)
    assert retention.due(as_of=TODAY) == []
    with pytest.raises(ServiceError, match="retention.years"):
        SettingsService(db).set("retention.years", 0)
    assert add_years(date(2024, 2, 29), 7) == date(2031, 2, 28)


def test_purge_erases_every_byte_of_the_client_and_leaves_a_tombstone(caseload):
    db, home, target, other = caseload
    with db.session() as session, session.begin():
        from casedesk.storage.models import LetterRow

        session.add(LetterRow(client_id=target, kind="spousal_sponsorship", language="en", produced_on=TODAY,
                              reference="CD-1", file_name=f"{FAMILY}-{NAME}-letter.pdf",
                              created_at=datetime(2026, 11, 21, 12)))
    SettingsService(db).set("audit.caseworker_name", "Marta López")
    backups = BackupService(db)
    before = backups.take("manual", datetime(2026, 11, 21, 12, tzinfo=UTC))
    db.engine.dispose()
    # The needles are there to be found: in the file (and its log) and in the backup taken before.
    assert set(found(home.database_file) + found(Path(f"{home.database_file}-wal"))) == set(NEEDLES)
    assert set(found(before.path)) == set(NEEDLES)
    assert search_trigrams(home.database_file)  # the name's trigrams are in the search index

    backups.take_if_changed("periodic", datetime(2026, 11, 21, 12, 0, 0, 1, tzinfo=UTC))  # its watch stays open
    with db.session() as session:  # and a pooled connection of the window's, as while it runs
        session.execute(text("SELECT count(*) FROM client")).scalar()
    result = RetentionService(db).purge(target)
    assert result.entries_erased == 2 and result.scrubbed  # its creation and the change of its name
    # Still open (the log is not folded in and removed by a last close): the bytes are gone already.
    for path in (home.database_file, Path(f"{home.database_file}-wal"), Path(f"{home.database_file}-shm")):
        assert found(path) == [], path
    backups.close()
    db.engine.dispose()
    after = BackupService(db).take("manual", datetime(2026, 11, 21, 12, 0, 1, tzinfo=UTC))
    db.engine.dispose()
    for path in (home.database_file, Path(f"{home.database_file}-wal"), Path(f"{home.database_file}-shm"),
                 after.path):
        assert found(path) == [], path
    assert set(found(before.path)) == set(NEEDLES)  # a backup taken before keeps them until thinned
    assert search_trigrams(home.database_file) == []  # merged out of the index's pages, not only marked deleted

    audit = AuditService(db)
    assert audit.verify().intact
    trail = audit.trail(target)
    assert trail[0].action == "purge" and trail[0].actor.startswith("Marta López") and trail[0].new == {
        "entries_erased": result.entries_erased}
    assert all(e.erased and e.old is None and e.new is None for e in trail[1:])
    assert RetentionService(db).tombstone(target) == (TODAY, trail[0].actor)
    assert ClientService(db, shipped()).all_ids() == [other]
    with sqlite3.connect(home.database_file) as conn:
        for table in ("assessment", "deadline", "deadline_state", "letter"):
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE client_id = ?", (target,)).fetchone()[0] == 0
    with pytest.raises(NotFound, match="already purged on 2026-11-21 by Marta López"):
        RetentionService(db).purge(target)
    with pytest.raises(NotFound, match="no deleted client"):
        ClientService(db, shipped()).restore([target], as_of=TODAY)  # nothing left to undo a deletion with


def test_a_deleted_client_kept_in_the_trail_can_be_purged(caseload):
    db, home, target, _other = caseload
    ClientService(db, shipped()).delete([target])
    assert [(d.id, d.deleted_on) for d in RetentionService(db).deleted()] == [(target, TODAY)]
    db.engine.dispose()
    assert set(found(home.database_file) + found(Path(f"{home.database_file}-wal"))) == set(NEEDLES)
    RetentionService(db).purge(target)
    assert RetentionService(db).deleted() == []
    db.engine.dispose()
    assert found(home.database_file) == [] and found(Path(f"{home.database_file}-wal")) == []
    assert AuditService(db).verify().intact
    with pytest.raises(NotFound, match="no such client"):
        RetentionService(db).purge(12345)


def test_the_command_line_closes_lists_and_purges(tmp_path, spec_case):
    home = tmp_path / "home"
    source = tmp_path / "in.json"
    source.write_text(json.dumps(needle_case(spec_case)), encoding="utf-8")
    cid = json.loads(casedesk(home, "import", str(source), "--json").stdout)["id"]
    closed = json.loads(casedesk(home, "close", str(cid), "--on", "2018-01-15", "--json").stdout)
    assert closed == {"id": cid, "closed_on": "2018-01-15"}
    listed = json.loads(casedesk(home, "retention", "--json", "--as-of", "2026-11-21").stdout)
    assert listed["retention_years"] == 7 and [(f["id"], f["keep_until"]) for f in listed["files"]] == [
        (cid, "2025-01-15")] and listed["deleted"] == []
    refused = casedesk(home, "purge", str(cid), check=False)  # no terminal to ask in, no --yes
    assert refused.returncode == 1 and "add --yes" in refused.stderr
    assert casedesk(home, "list", "--json").stdout.count(FAMILY) == 1
    purged = json.loads(casedesk(home, "purge", str(cid), "--yes", "--json").stdout)
    assert purged["id"] == cid and purged["scrubbed"] is True and purged["purged_by"]
    assert json.loads(casedesk(home, "list", "--json").stdout) == []
    assert json.loads(casedesk(home, "audit", "--verify", "--json").stdout)["intact"] is True
    text = casedesk(home, "audit", str(cid)).stdout
    assert "purge" in text and "(values erased by a purge)" in text and FAMILY not in text
    for path in home.iterdir():
        if path.is_file():
            assert found(path) == [], path
