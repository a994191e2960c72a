"""The caseworker's own name and title are theirs (a file on their machine); the letterhead and the
reminder lead times are the firm's (in the caseload). Two caseworkers on one caseload, as on a server."""

from __future__ import annotations

import os
import stat
from datetime import date

from casedesk.config import resolve_paths
from casedesk.domain.casefile import parse_case
from casedesk.services.audit import AuditService
from casedesk.services.clients import ClientService
from casedesk.services.settings import SettingsService
from casedesk.services.workspace import open_workspace

from helpers import fixed_clock, minimal_case, shipped

TODAY = date(2026, 11, 21)


def _caseworker(tmp_path, name: str, data_dir):
    """Another caseworker's machine: their own data folder, the same caseload (the server's, or the file)."""
    paths = resolve_paths(tmp_path / name)
    if not os.environ.get("CASEDESK_DATABASE_URL"):  # SQLite: the same file stands for the shared caseload
        paths = type(paths)(paths.data_dir, paths.log_dir, f"sqlite:///{resolve_paths(data_dir).database_file}")
    return open_workspace(paths, clock=fixed_clock())


def test_each_caseworker_signs_with_their_own_name_and_shares_the_firms_letterhead(db, data_dir, tmp_path):
    alice = _caseworker(tmp_path, "alice", data_dir)
    bob = _caseworker(tmp_path, "bob", data_dir)
    try:
        SettingsService(alice).set("audit.caseworker_name", "Alice Martin")
        SettingsService(alice).set("letterhead.caseworker_title", "Paralegal")
        SettingsService(alice).set("letterhead.organisation", "Dupont & Fils")
        SettingsService(bob).set("audit.caseworker_name", "Bob Roy")
        assert SettingsService(bob).get("letterhead.organisation") == "Dupont & Fils"  # the firm's
        assert SettingsService(bob).get("letterhead.caseworker_title") == ""  # Alice's title is hers
        assert SettingsService(alice).all()["audit.caseworker_name"] == "Alice Martin"

        ClientService(alice, shipped()).add(parse_case(minimal_case("Ana", "One")), as_of=TODAY)
        ClientService(bob, shipped()).add(parse_case(minimal_case("Ben", "Two")), as_of=TODAY)
        entries = list(reversed(AuditService(db).trail()))
        assert [e.actor.split(" (")[0] for e in entries] == ["Alice Martin", "Bob Roy"]
        # Beside the name each typed, who the server authenticated (one role for both here; SQLite has none).
        assert {e.db_user for e in entries} == ({None} if db.is_sqlite else {"casedesk_app"})

        mine = tmp_path / "alice" / "my-settings.json"
        assert stat.S_IMODE(mine.stat().st_mode) == 0o600 and "Alice Martin" in mine.read_text(encoding="utf-8")
        with db.engine.connect() as conn:  # nothing personal in the shared caseload
            keys = set(conn.exec_driver_sql("SELECT key FROM setting").scalars())
        assert keys == {"letterhead.organisation"}
    finally:
        alice.close()
        bob.close()
