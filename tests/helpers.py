"""Small builders shared by tests."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from casedesk.clock import FixedClock
from casedesk.policy.source import PolicySource


def minimal_case(given: str = "Ana", family: str = "Gómez", **extra) -> dict:
    return {"format": "casedesk.case/1", "client": {"given_names": given, "family_name": family}} | extra


def fixed_clock(day: date | None = None) -> FixedClock:
    """A clock standing at noon UTC on ``day`` (default 2026-11-21): what every test opens a database with."""
    return FixedClock(day or date(2026, 11, 21))


def shipped() -> PolicySource:
    """A policy source of its own over the packaged policy file (replacing its data touches no other test)."""
    return PolicySource.packaged()


def wait_idle(qtbot, window, timeout: int = 120_000) -> None:
    """Until the window's background operation (if any) has ended and its outcome was handled."""
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=timeout)


def stored_rows(home, sql: str) -> list[tuple]:
    """Rows of ``sql`` as stored in the caseload at ``home`` (its SQLite file, or the server in
    ``CASEDESK_DATABASE_URL``), dates as ISO text as SQLite keeps them: what a command left behind."""
    import os
    from datetime import date as _date

    from sqlalchemy import create_engine, text

    engine = create_engine(os.environ.get("CASEDESK_DATABASE_URL") or f"sqlite:///{home}/casedesk.sqlite3")
    try:
        with engine.connect() as conn:
            return [tuple(v.isoformat() if isinstance(v, _date) else v for v in row) for row in conn.execute(text(sql))]
    finally:
        engine.dispose()


SPEC = Path(__file__).resolve().parents[1] / "docs" / "case-file.md"


def spec_example() -> dict:
    """The example case file of the format's documentation."""
    match = re.search(r"```json\n(.*?)```", SPEC.read_text(encoding="utf-8"), re.S)
    assert match, f"{SPEC}: no example"
    return json.loads(match.group(1))
