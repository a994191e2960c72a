"""The environment's faults (disk full, a database held by another program) reach the user as
plain messages, and the action they interrupt changes nothing."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import event

from casedesk.domain.casefile import parse_case
from casedesk.services.clients import ClientService
from casedesk.services.errors import USER_ERRORS
from casedesk.storage import database
from casedesk.storage.errors import EnvironmentFault
from casedesk.storage.faults import environment_fault
from helpers import minimal_case, shipped

TODAY = date(2026, 11, 21)


def fill_the_disk(db) -> None:
    """From now on the database cannot grow: SQLite answers SQLITE_FULL as on a full disk."""
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _full(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")


@pytest.mark.sqlite_only("fills SQLite's page limit; a server's full disk is SQLSTATE 53 (storage.faults.server_fault)")
def test_a_full_disk_is_a_plain_message_and_changes_nothing(db):
    clients = ClientService(db, shipped())
    clients.add(parse_case(minimal_case("Ana", "Gómez")), as_of=TODAY)
    fill_the_disk(db)
    big = minimal_case("Ben", "Full", notes="x" * 19_000)
    with pytest.raises(EnvironmentFault) as caught:
        clients.add(parse_case(big), as_of=TODAY)
    assert caught.value.kind == "disk_full" and "nothing was changed" in str(caught.value)
    assert isinstance(caught.value, USER_ERRORS)
    assert clients.count() == 1


@pytest.mark.sqlite_only("SQLite's file lock; a server's contention is Contention (benchmarks/pg_load.py)")
def test_a_database_held_by_another_program_is_a_plain_message(db, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    db.engine.dispose()  # new connections wait 50 ms, not 10 s
    holder = sqlite3.connect(db.path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(EnvironmentFault) as caught:
            ClientService(db, shipped()).add(parse_case(minimal_case("Cy", "Busy")), as_of=TODAY)
        assert caught.value.kind == "locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    ClientService(db, shipped()).add(parse_case(minimal_case("Cy", "Busy")), as_of=TODAY)  # once released, it works


@pytest.mark.parametrize("code,kind", [(13, "disk_full"), (5, "locked"), (6, "locked"), (8, "read_only"),
                                       (8 | (1 << 8), "read_only"), (10, "io"), (10 | (3 << 8), "io"),
                                       (14, "cant_open"), (3, "permission"), (1, None), (19, None), (26, "damaged"),
                                       (11, "damaged")])
def test_sqlite_result_codes_map_to_faults(code, kind):
    exc = sqlite3.OperationalError("whatever")
    exc.sqlite_errorcode = code
    fault = environment_fault(exc)
    assert (fault.kind if fault else None) == kind


@pytest.mark.parametrize("words,kind", [("database or disk is full", "disk_full"), ("database is locked", "locked"),
                                        ("attempt to write a readonly database", "read_only"),
                                        ("disk I/O error", "io"), ("no such table: client", None)])
def test_drivers_without_result_codes_are_read_by_their_words(words, kind):
    fault = environment_fault(Exception(words))
    assert (fault.kind if fault else None) == kind
