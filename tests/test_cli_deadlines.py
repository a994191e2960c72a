"""deadlines, upcoming and ics from the command line."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar

from helpers import fixed_clock, minimal_case, shipped
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
    # English words for existing readers, and the codes they come from.
    chnv = by_kind["status_end"]
    assert chnv["title"] == "Parole (CHNV) ends" and chnv["basis"] == "Date entered in the client's file."
    assert chnv["messages"] == {
        "title": {"code": "deadline.title.status_end", "params": {"status": "parole", "program": "CHNV",
                                                                  "country": None}},
        "basis": {"code": "deadline.basis.client_date", "params": {"field": "us_status[0].valid_until"}},
        "caveats": []}
    window = by_kind["entry_claim_window"]
    assert window["basis"].startswith("Crossed into Canada between ports of entry on 1 October 2026")
    assert window["messages"]["basis"]["params"]["entered"] == {"$date": "2026-10-01"}
    assert window["caveat"] == "Bill C-12 rule not confirmed (secondary source only): verify before relying on it."


def test_deadlines_of_a_stored_client_carry_words_and_codes(tmp_path):
    home = _caseload(tmp_path)
    items = json.loads(casedesk(home, "deadlines", "4", "--as-of", AS_OF.isoformat(), "--json").stdout)
    assert [(d["title"], d["messages"]["title"]["code"]) for d in items] == [
        ("Get police certificate", "deadline.title.task"), ("U.S. status ends", "deadline.title.status_end")]
    assert items[0]["messages"]["title"]["params"] == {"title": "Get police certificate"}
    text = casedesk(home, "deadlines", "4", "--as-of", AS_OF.isoformat()).stdout
    assert text.splitlines() == [f"{_day(20)}     20  task               Get police certificate",
                                 f"{_day(46)}     46  status_end         U.S. status ends"]


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
    task = next(e for e in events if "Get police certificate" in str(e["summary"]))
    assert str(task["description"]) == "Caseworker task."
    status = next(e for e in events if "EAD" in str(e["summary"]))
    assert str(status["summary"]).startswith("Work permit (EAD) expires (client ")
    assert [str(a["description"]) for a in status.walk("VALARM")][0].endswith(" in 90 days")
    assert sorted(a.decoded("trigger") for a in status.walk("VALARM")) == [
        timedelta(days=-90), timedelta(days=-30), timedelta(days=-7)]
    casedesk(home, "ics", "-o", str(tmp_path / "named.ics"), "--names", "--as-of", AS_OF.isoformat())
    named = Calendar.from_ical((tmp_path / "named.ics").read_bytes())
    assert any("Overdue, Ana" in str(e["summary"]) for e in named.walk("VEVENT"))


def test_calendar_words_in_french(tmp_path):
    from casedesk.config import resolve_paths
    from casedesk.services.calendar_export import build_calendar
    from casedesk.services.deadlines import DeadlineService
    from casedesk.services.workspace import open_workspace

    db = open_workspace(resolve_paths(_caseload(tmp_path)), clock=fixed_clock(AS_OF))
    try:
        records = DeadlineService(db, shipped()).upcoming(AS_OF, 60)
    finally:
        db.close()
    cal = build_calendar(records, {"ead_end": [7]}, False, datetime(2026, 11, 21, tzinfo=UTC), "fr")
    ead = next(e for e in cal.walk("VEVENT") if "EAD" in str(e["summary"]))
    assert str(ead["summary"]).startswith("Expiration du permis de travail (EAD) (dossier ")
    assert str(ead["description"]) == "Date inscrite au dossier."
    assert str(next(iter(ead.walk("VALARM")))["description"]).endswith(" dans 7 jours")


def test_calendar_description_cites_the_source_then_links_it(db):
    from casedesk.services.calendar_export import build_calendar, event_uid
    from casedesk.services.deadlines import DeadlineService
    from casedesk.services.demo import seed_demo

    seed_demo(db, AS_OF, shipped())
    records = DeadlineService(db, shipped()).upcoming(AS_OF, 3650)
    haiti = next(r for r in records if r.key == "tps:HT")
    cal = build_calendar(records, {}, False, datetime(2026, 11, 21, tzinfo=UTC))
    event = next(e for e in cal.walk("VEVENT") if str(e["uid"]) == event_uid(haiti.client_id, "tps:HT"))
    assert haiti.caveat is None  # Mullin v. Doe (2026-06-25) lifted the stay: no court caveat any more
    assert str(event["description"]).splitlines() == [
        f"The date TPS for Haiti ends for every holder. Source: {haiti.source_title}.", haiti.source_url]
    burma = next(r for r in records if r.key == "tps:MM")
    event = next(e for e in cal.walk("VEVENT") if str(e["uid"]) == event_uid(burma.client_id, "tps:MM"))
    assert str(event["description"]).splitlines() == [
        f"The date TPS for Burma (Myanmar) ends for every holder. Source: {burma.source_title}.", burma.caveat,
        *([burma.source_url] if burma.source_url else [])]


def test_upcoming_lists_buckets_leaves_long_ended_statuses_apart_and_takes_a_limit(tmp_path):
    """`upcoming` lists what needs action (statuses ended long ago apart: --bucket ended, or --all)."""
    import json as _json

    from casedesk.domain.deadlines import US_STATUS_KINDS

    from casedesk.config import resolve_paths
    from casedesk.services.demo import seed_demo
    from casedesk.services.workspace import open_workspace

    home = tmp_path / "home"
    db = open_workspace(resolve_paths(home), clock=fixed_clock(AS_OF))
    seed_demo(db, AS_OF, shipped())
    db.close()

    def run_cli(*args: str, json_out: bool = True):
        out = casedesk(home, *args, "--as-of", AS_OF.isoformat()).stdout
        return _json.loads(out) if json_out else out

    todo = run_cli("upcoming", "--within", "30", "--json")
    ended = run_cli("upcoming", "--bucket", "ended", "--json")
    everything = run_cli("upcoming", "--within", "30", "--all", "--json")
    assert ended and all(d["kind"] in US_STATUS_KINDS and d["days_left"] < -30 for d in ended)
    assert not any(d["kind"] in US_STATUS_KINDS and d["days_left"] < -30 for d in todo)
    key = lambda d: (d["due"], d["client_id"], d["key"])  # noqa: E731
    assert sorted(todo + ended, key=key) == everything
    week = run_cli("upcoming", "--bucket", "this_week", "--json")
    assert week == [d for d in todo if 0 <= d["days_left"] <= 7]
    assert run_cli("upcoming", "--within", "30", "--limit", "3", "--json") == todo[:3]
    words = run_cli("upcoming", "--bucket", "this_week", "--limit", "2", json_out=False)
    assert len(words.splitlines()) == 2 and str(week[0]["client_id"]) in words.splitlines()[0]
    assert _json.dumps(todo)  # plain JSON


def test_upcoming_the_long_way_streams_the_same_answer(tmp_path):
    """Without the quick path (a database URL: what PostgreSQL and encrypted caseloads take) `upcoming`
    writes its records as it reads them, in the same shape and order as the quick path."""
    import os
    import subprocess
    import sys

    from casedesk.config import resolve_paths
    from casedesk.services.demo import seed_demo
    from casedesk.services.workspace import open_workspace

    home = tmp_path / "home"
    db = open_workspace(resolve_paths(home), clock=fixed_clock(AS_OF))
    seed_demo(db, AS_OF, shipped())
    db.close()
    url = f"sqlite:///{resolve_paths(home).database_file}"

    def run(*args: str, long_way: bool) -> str:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
        if long_way:
            env["CASEDESK_DATABASE_URL"] = url
        proc = subprocess.run([sys.executable, "-m", "casedesk", "upcoming", *args, "--data-dir", str(home),
                               "--as-of", AS_OF.isoformat()], capture_output=True, text=True, env=env, timeout=120)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
        return proc.stdout

    for args in (("--within", "30"), ("--bucket", "ended"), ("--within", "90", "--limit", "4"), ("--bucket", "today")):
        quick, long = run(*args, "--json", long_way=False), run(*args, "--json", long_way=True)
        assert json.loads(long) == json.loads(quick) and long.endswith("]\n")
        assert run(*args, long_way=True) == run(*args, long_way=False)
    assert json.loads(run("--within", "30", "--json", long_way=True))
