"""deadlines, upcoming and ics from the command line."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from icalendar import Calendar

from helpers import minimal_case
from test_cli import casedesk, write_jsonl

AS_OF = date(2026, 11, 21)


def _day(offset: int) -> str:
    return (AS_OF + timedelta(days=offset)).isoformat()


def _caseload(tmp_path: Path) -> Path:
    home = tmp_path / "h"
    docs = [
        minimal_case("Ana", "Overdue", us_status=[{"kind": "parole", "program": "U4U", "valid_until": _day(-10)}]),
        minimal_case("Ben", "Soon", us_status=[{"kind": "ead", "valid_until": _day(3)}]),
        minimal_case("Cy", "Window", us_status=[{"kind": "other", "valid_until": _day(45)}]),
        minimal_case("Di", "Later", us_status=[{"kind": "other", "valid_until": _day(46)}],
                     tasks=[{"title": "Get police certificate", "due": _day(20), "note": None, "tag": "police"}]),
    ]
    casedesk(home, "import", str(write_jsonl(tmp_path / "c.jsonl", docs)), "--as-of", AS_OF.isoformat())
    return home


def test_deadlines_of_a_case_file(tmp_path, spec_case):
    case = tmp_path / "case.json"
    case.write_text(json.dumps(spec_case), encoding="utf-8")
    items = json.loads(casedesk(tmp_path / "h", "deadlines", str(case), "--as-of", "2026-11-21", "--json").stdout)
    assert all({"kind", "due", "days_left", "basis", "source"} <= set(d) for d in items)
    by_kind = {}
    for d in items:
        by_kind.setdefault(d["kind"], d)
    assert by_kind["status_end"]["due"] == "2025-04-24"          # CHNV parole, the status cliff
    assert by_kind["status_end"]["cliff"] is True
    assert by_kind["entry_claim_window"]["due"] == "2026-10-15"  # 14 days after 2026-10-01
    assert by_kind["entry_claim_window"]["days_left"] == -37
    assert [d["due"] for d in items] == sorted(d["due"] for d in items)


def test_upcoming_lists_due_and_overdue_soonest_first_and_nothing_past_the_window(tmp_path):
    home = _caseload(tmp_path)
    items = json.loads(casedesk(home, "upcoming", "--within", "45", "--as-of", AS_OF.isoformat(), "--json").stdout)
    assert [(d["family_name"], d["due"]) for d in items] == [
        ("Overdue", _day(-10)), ("Soon", _day(3)), ("Later", _day(20)), ("Window", _day(45))]
    assert all(d["client_id"] for d in items)
    assert items[0]["days_left"] == -10
    only_tasks = json.loads(casedesk(home, "upcoming", "--within", "45", "--tag", "police", "--as-of",
                                     AS_OF.isoformat(), "--json").stdout)
    assert [d["title"] for d in only_tasks] == ["Get police certificate"]
    proc = casedesk(home, "upcoming", "--kind", "holiday", check=False)
    assert proc.returncode == 1 and "not one of" in proc.stderr


def test_ics_parses_back_with_one_event_per_open_deadline_and_stable_uids(tmp_path):
    home = _caseload(tmp_path)
    casedesk(home, "ics", "-o", str(tmp_path / "a.ics"), "--as-of", AS_OF.isoformat())
    casedesk(home, "ics", "-o", str(tmp_path / "b.ics"), "--as-of", AS_OF.isoformat())
    first = Calendar.from_ical((tmp_path / "a.ics").read_bytes())
    second = Calendar.from_ical((tmp_path / "b.ics").read_bytes())
    events = [c for c in first.walk("VEVENT")]
    assert len(events) == 5  # 4 status ends + 1 task, all open
    assert sorted(str(e["uid"]) for e in events) == sorted(str(e["uid"]) for e in second.walk("VEVENT"))
    for event in events:
        assert event.decoded("dtstart") + timedelta(days=1) == event.decoded("dtend")
        assert "Overdue" not in str(event["summary"]) and "client " in str(event["summary"])  # no names
        assert [a.decoded("trigger") for a in event.walk("VALARM")]
    status = next(e for e in events if "EAD" in str(e["summary"]))
    assert sorted(a.decoded("trigger") for a in status.walk("VALARM")) == [
        timedelta(days=-90), timedelta(days=-30), timedelta(days=-7)]
    casedesk(home, "ics", "-o", str(tmp_path / "named.ics"), "--names", "--as-of", AS_OF.isoformat())
    named = Calendar.from_ical((tmp_path / "named.ics").read_bytes())
    assert any("Overdue, Ana" in str(e["summary"]) for e in named.walk("VEVENT"))
