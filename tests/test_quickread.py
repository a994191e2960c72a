"""`casedesk upcoming` reads the SQLite file directly (no SQLAlchemy) when it can: the answer must
be the one the services give, and the long way must take over whenever the quick one cannot be trusted."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from casedesk.cli.shapes import stored_deadline as _record_dict
from casedesk.config import resolve_paths
from casedesk.domain.casefile import parse_case
from casedesk.domain.demo import demo_cases
from casedesk.services.clients import ClientService
from casedesk.services.deadlines import DeadlineService
from casedesk.services.workspace import open_workspace
from casedesk.domain.deadline_codes import messages_from_dict
from casedesk.storage.quickread import (
    DEADLINES_STALE_KEY, DEADLINES_WORDS_KEY, open_quick, quick_upcoming, quick_upcoming_json,
)
from casedesk.text.deadlines import deadline_words
from casedesk.domain.deadlines import US_STATUS_KINDS
from casedesk.services.deadlines import listing_range
from casedesk.storage.quickread import quick_bucket, quick_bucket_json

from helpers import fixed_clock, minimal_case, shipped

CODE = re.compile(r"^deadline\.(title|basis)\.[a-z_]+$")

AS_OF = date(2026, 11, 21)


def _day(offset: int) -> str:
    return (AS_OF + timedelta(days=offset)).isoformat()


@pytest.fixture
def caseload(tmp_path):
    """The demo caseload plus awkward names, a task with a tag, one deadline done and one snoozed."""
    paths = resolve_paths(tmp_path / "home")
    db = open_workspace(paths, clock=fixed_clock())
    clients = ClientService(db, shipped())
    for doc in demo_cases(AS_OF):
        clients.add(parse_case(doc), as_of=AS_OF)
    odd = minimal_case('Zoë "Z" \\ Ñ', "O'Brien-D’Arcy 🙂", us_status=[{"kind": "ead", "valid_until": _day(2)}],
                       tasks=[{"title": "Police certificate — « copie »", "due": _day(5), "note": None,
                               "tag": "police"}])
    odd_id = clients.add(parse_case(odd), as_of=AS_OF)
    deadlines = DeadlineService(db, shipped())
    deadlines.ensure_current(AS_OF)
    open_now = deadlines.upcoming(AS_OF, 45)
    done, snoozed = open_now[0], open_now[1]
    deadlines.mark_done(done.client_id, done.key, AS_OF)
    deadlines.snooze(snoozed.client_id, snoozed.key, AS_OF + timedelta(days=3), AS_OF)
    yield paths, db, odd_id, (done, snoozed)
    db.close()


def _long_way(db, as_of: date, within: int, **kw) -> list[dict]:
    """`casedesk upcoming`'s list the long way: statuses that ended long ago left out (``--bucket ended``)."""
    return [_record_dict(r, as_of) for r in DeadlineService(db, shipped()).listing(as_of, within, **kw)]


@pytest.mark.parametrize("as_of_offset,within,filters", [
    (0, 45, {}), (0, 0, {}), (3, 45, {}), (4, 365, {}), (0, 45, {"kinds": ["status_end", "ead_end"]}),
    (0, 45, {"tag": "police"}), (0, 45, {"kinds": ["task"], "tag": "nobody"}),
])
def test_the_quick_answer_is_the_services_answer(caseload, as_of_offset, within, filters):
    paths, db, _, _ = caseload
    as_of = AS_OF + timedelta(days=as_of_offset)  # day 3: the snooze has ended and the deadline is back
    conn = open_quick(paths.database_file)
    assert conn is not None
    try:
        horizon = as_of + timedelta(days=within)
        kinds, tag = filters.get("kinds", ()), filters.get("tag")
        expected = _long_way(db, as_of, within, kinds=kinds, tag=tag, include_ended=True)
        assert json.loads(quick_upcoming_json(conn, as_of, horizon, kinds, tag)) == expected
        assert [_record_dict(r, as_of) for r in quick_upcoming(conn, as_of, horizon, kinds, tag)] == expected
        # The streamed bucket rows (``casedesk upcoming``'s quick path) are the services' too.
        r = listing_range(as_of, within, None, False, 30)
        todo = _long_way(db, as_of, within, kinds=kinds, tag=tag)
        assert [_record_dict(x, as_of) for x in quick_bucket(conn, as_of, r, US_STATUS_KINDS, kinds, tag)] == todo
        assert [json.loads(x) for x in quick_bucket_json(conn, as_of, r, US_STATUS_KINDS, kinds, tag)] == todo
    finally:
        conn.close()
    if within == 45 and not filters:
        assert len(expected) > 20


def test_the_stored_english_is_the_english_of_the_stored_codes(caseload):
    """The quick answer's words are a cache: rendering its codes again gives the same words."""
    paths, db, _, _ = caseload
    conn = open_quick(paths.database_file)
    try:
        items = json.loads(quick_upcoming_json(conn, AS_OF, AS_OF + timedelta(days=365)))
    finally:
        conn.close()
    assert len(items) > 20
    for d in items:
        title, basis, caveats = messages_from_dict(d["messages"])
        words = deadline_words(title, basis, caveats, d["source"]["title"] if d["source"] else None)
        assert (d["title"], d["basis"], d["caveat"]) == (words.title, words.cited_basis, words.caveat)
        assert CODE.match(title.code) and CODE.match(basis.code)
    haiti = next(d for d in items if d["key"] == "tps:HT")
    assert haiti["messages"]["title"] == {"code": "deadline.title.tps_designation_end", "params": {"country": "HT"}}
    assert haiti["basis"].startswith("The date TPS for Haiti ends for every holder. Source: Federal Register")


def test_done_and_snoozed_deadlines_follow_the_caseworker(caseload):
    paths, db, odd_id, (done, snoozed) = caseload
    conn = open_quick(paths.database_file)
    try:
        today = json.loads(quick_upcoming_json(conn, AS_OF, AS_OF + timedelta(days=45)))
        later = json.loads(quick_upcoming_json(conn, AS_OF + timedelta(days=3), AS_OF + timedelta(days=48)))
    finally:
        conn.close()
    keys = {(d["client_id"], d["key"]) for d in today}
    assert (done.client_id, done.key) not in keys and (snoozed.client_id, snoozed.key) not in keys
    back = [d for d in later if (d["client_id"], d["key"]) == (snoozed.client_id, snoozed.key)]
    assert [d["state"] for d in back] == ["snoozed"]
    odd = [d for d in today if d["client_id"] == odd_id]
    assert {(d["given_names"], d["family_name"]) for d in odd} == {('Zoë "Z" \\ Ñ', "O'Brien-D’Arcy 🙂")}


def _cli(home: Path, *args: str) -> tuple[object, bool]:
    """Run the CLI in a fresh interpreter; return its JSON answer and whether SQLAlchemy was loaded."""
    code = ("import sys, json; from casedesk.cli import main; rc = main(sys.argv[1:]); "
            "print('SQLALCHEMY' if 'sqlalchemy' in sys.modules else 'STDLIB', file=sys.stderr); sys.exit(rc)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    proc = subprocess.run([sys.executable, "-c", code, *args, "--data-dir", str(home)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    return json.loads(proc.stdout), "SQLALCHEMY" in proc.stderr


def test_cli_takes_the_quick_way_only_when_the_stored_deadlines_are_current(caseload, tmp_path):
    paths, db, _, _ = caseload
    expected = _long_way(db, AS_OF, 45)
    db.close()
    args = ("upcoming", "--within", "45", "--as-of", AS_OF.isoformat(), "--json")
    answer, loaded = _cli(paths.data_dir, *args)
    assert answer == expected and not loaded

    # Policy data of another version: the stored deadlines are stale, so the long way recomputes them.
    policy = json.loads((Path(__file__).parents[1] / "resources" / "policy" / "policy.json").read_text("utf-8"))
    policy["version"] = "2099-01-01.1"
    edited = tmp_path / "policy.json"
    edited.write_text(json.dumps(policy), encoding="utf-8")
    answer, loaded = _cli(paths.data_dir, *args, "--policy", str(edited))
    assert answer == expected and loaded
    answer, loaded = _cli(paths.data_dir, *args, "--policy", str(edited))
    assert answer == expected and not loaded  # recomputed with that version: quick again

    # English words stored by other code (another release, edited templates): recomputed the long way.
    with sqlite3.connect(paths.database_file) as conn:
        conn.execute("UPDATE setting SET value = '\"an older stamp\"' WHERE key = ?", (DEADLINES_WORDS_KEY,))
        conn.execute("UPDATE deadline SET title = 'stale words'")
    answer, loaded = _cli(paths.data_dir, *args, "--policy", str(edited))
    assert answer == expected and loaded
    answer, loaded = _cli(paths.data_dir, *args, "--policy", str(edited))
    assert answer == expected and not loaded


LATER = date(2027, 6, 1)  # past 90 days after the shipped facts' verification: the age of the law shows


def _client_deadlines(capsys, home: Path, client_id: int, as_of: date) -> list[dict]:
    from casedesk.cli import main

    assert main(["deadlines", str(client_id), "--json", "--data-dir", str(home), "--as-of", as_of.isoformat()]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("as_of", [AS_OF, LATER], ids=["fresh", "stale"])
def test_a_clients_deadlines_tell_the_age_of_the_law_with_or_without_the_policy(caseload, capsys, as_of):
    # `deadlines ID` tells a deadline's age of the law from the days stored with the deadlines (stale_from)
    # when none of its facts can be stale yet, and from the policy otherwise: both give one answer.
    paths, db, _, _ = caseload
    db.close()
    with sqlite3.connect(paths.database_file) as conn:
        ids = [i for (i,) in conn.execute("SELECT id FROM client ORDER BY id")]
    told = {i: _client_deadlines(capsys, paths.data_dir, i, as_of) for i in ids}
    with sqlite3.connect(paths.database_file) as conn:
        (stored,) = conn.execute("SELECT value FROM setting WHERE key = ?", (DEADLINES_STALE_KEY,)).fetchone()
    never = json.dumps({**json.loads(stored), "days": {i: "9999-12-31" for i in json.loads(stored)["days"]}})
    # days of another policy version (deadlines since computed by a CaseDesk that did not store them),
    # days that are not days, a value that is not JSON, no value (a caseload from before they were
    # stored): each tells the same ages, from the policy
    for unsure in (json.dumps({**json.loads(never), "policy_version": "another"}),
                   json.dumps({**json.loads(stored), "days": {i: "soon" for i in json.loads(stored)["days"]}}),
                   "{not json", None):
        with sqlite3.connect(paths.database_file) as conn:
            conn.execute("DELETE FROM setting WHERE key = ?", (DEADLINES_STALE_KEY,))
            if unsure is not None:
                conn.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (DEADLINES_STALE_KEY, unsure))
        assert {i: _client_deadlines(capsys, paths.data_dir, i, as_of) for i in ids} == told
    stale = [d for found in told.values() for d in found if d["stale_facts"]]
    assert bool(stale) == (as_of == LATER) and all(d["law_age"] for d in stale)


def test_a_clients_deadlines_are_read_without_the_policy_facts_while_none_can_be_stale(caseload):
    paths, db, _, _ = caseload
    db.close()
    with sqlite3.connect(paths.database_file) as conn:  # a deadline that cites a policy fact
        (client_id,) = conn.execute("SELECT client_id FROM deadline WHERE source_id IS NOT NULL LIMIT 1").fetchone()
    code = ("import sys; from casedesk.__main__ import main; rc = main(sys.argv[1:]); "
            "print(' '.join(sorted(sys.modules)), file=sys.stderr); sys.exit(rc)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    for as_of in (AS_OF, LATER):
        proc = subprocess.run([sys.executable, "-c", code, "deadlines", str(client_id), "--json", "--data-dir",
                               str(paths.data_dir), "--as-of", as_of.isoformat()],
                              capture_output=True, text=True, env=env, timeout=120)
        assert proc.returncode == 0, proc.stderr
        modules = set(proc.stderr.strip().splitlines()[-1].split())
        answer = json.loads(proc.stdout)
        assert any(d["source"] for d in answer) and "sqlalchemy" not in modules
        if as_of == AS_OF:  # nor the policy's facts, nor the modules a quick read has no use for
            assert not modules & {"casedesk.domain.policydata", "dataclasses", "logging", "shutil", "tempfile"}
            assert not any(d["stale_facts"] for d in answer)
        else:
            assert "casedesk.domain.policydata" in modules and any(d["stale_facts"] for d in answer)


def test_a_missing_caseload_is_told_and_not_created(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    proc = subprocess.run([sys.executable, "-m", "casedesk", "upcoming", "--json", "--data-dir", str(tmp_path / "new")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1 and "no caseload in" in proc.stderr  # issue 13: a read creates no caseload
    assert not (tmp_path / "new").exists()
    assert open_quick(tmp_path / "nothing.sqlite3") is None
    (tmp_path / "junk.sqlite3").write_bytes(b"\x00" * 4096)
    assert open_quick(tmp_path / "junk.sqlite3") is None


def test_a_renamed_client_shows_under_the_new_name_at_once(caseload):
    paths, db, odd_id, _ = caseload
    clients = ClientService(db, shipped())
    record = clients.get(odd_id)
    renamed = parse_case(minimal_case("Zoé", "Nouveau-Nom", us_status=[{"kind": "ead", "valid_until": _day(2)}]))
    clients.update(odd_id, renamed, record.version, as_of=AS_OF)
    conn = open_quick(paths.database_file)
    try:
        quick = [d for d in json.loads(quick_upcoming_json(conn, AS_OF, AS_OF + timedelta(days=45)))
                 if d["client_id"] == odd_id]
    finally:
        conn.close()
    slow = [d for d in _long_way(db, AS_OF, 45) if d["client_id"] == odd_id]
    assert {(d["given_names"], d["family_name"]) for d in quick + slow} == {("Zoé", "Nouveau-Nom")}


@pytest.mark.parametrize("query", ["", "a", "zoé", "ZOE", "50%", "a_b", "no such client"])
def test_the_quick_caseload_is_the_services_caseload(caseload, query):
    from casedesk.domain.summary import search_terms
    from casedesk.storage.quickread import quick_caseload

    paths, db, _, _ = caseload
    expected, _total = ClientService(db, shipped()).page(query, limit=10_000)
    conn = open_quick(paths.database_file)
    try:
        assert [tuple(r) for r in quick_caseload(conn, search_terms(query))] == [tuple(r) for r in expected]
        assert [tuple(r) for r in quick_caseload(conn, search_terms(query), 2)] == [tuple(r) for r in expected[:2]]
    finally:
        conn.close()


def _cli_file(home: Path, out: Path, *args: str) -> tuple[object, bool]:
    answer, loaded = _cli(home, *args, "-o", str(out), "--json")
    return answer, loaded


def test_deadlines_of_a_client_the_quick_way_are_the_long_ways(caseload, tmp_path):
    paths, db, odd_id, (done, _snoozed) = caseload
    db.close()
    clients = (odd_id, done.client_id)  # odd names and a task with a tag; a deadline marked done
    quick = {}
    for client in clients:
        quick[client], loaded = _cli(paths.data_dir, "deadlines", str(client), "--as-of", AS_OF.isoformat(), "--json")
        assert not loaded and quick[client]
    policy = json.loads((Path(__file__).parents[1] / "resources" / "policy" / "policy.json").read_text("utf-8"))
    policy["version"] = "2099-01-01.1"
    edited = tmp_path / "policy.json"
    edited.write_text(json.dumps(policy), encoding="utf-8")
    for client in clients:
        with sqlite3.connect(paths.database_file) as conn:  # words from other code: the long way recomputes
            conn.execute("UPDATE setting SET value = '\"an older stamp\"' WHERE key = ?", (DEADLINES_WORDS_KEY,))
        slow, loaded = _cli(paths.data_dir, "deadlines", str(client), "--as-of", AS_OF.isoformat(), "--json",
                            "--policy", str(edited))
        assert loaded and slow == quick[client]
    assert {d["key"]: d.get("state") for d in quick[done.client_id]}[done.key] == "done"


def test_an_export_of_json_lines_the_quick_way_is_the_long_ways(caseload, tmp_path):
    from casedesk.services.casefiles import export_file, import_file

    paths, db, odd_id, _ = caseload
    ids = [odd_id, 3, 1]
    expected: dict[int, int] = {}
    export_file(db, ids, tmp_path / "long.jsonl", versions=expected)
    everyone = tmp_path / "all-long.jsonl"
    export_file(db, sorted(r[0] for r in sqlite3.connect(paths.database_file).execute("SELECT id FROM client")),
                everyone)
    db.close()
    answer, loaded = _cli_file(paths.data_dir, tmp_path / "quick.jsonl", "export", *map(str, ids))
    assert not loaded
    assert (tmp_path / "quick.jsonl").read_bytes() == (tmp_path / "long.jsonl").read_bytes()
    assert answer["clients"] == [{"id": i, "version": expected[i]} for i in ids]
    answer, loaded = _cli_file(paths.data_dir, tmp_path / "all.jsonl", "export", "--all")
    assert not loaded and (tmp_path / "all.jsonl").read_bytes() == everyone.read_bytes()
    assert oct((tmp_path / "all.jsonl").stat().st_mode & 0o777) == "0o600"
    # Each line is a case file the import takes back as it was.
    again = open_workspace(resolve_paths(tmp_path / "again"), clock=fixed_clock())
    try:
        back = import_file(again, tmp_path / "quick.jsonl", policy=shipped(), as_of=AS_OF, allow_duplicates=True)
        assert len(back.ids) == 3
        names = ClientService(again, shipped()).get(back.ids[0])
        assert (names.facts.client.given_names, names.facts.client.family_name) == ('Zoë "Z" \\ Ñ',
                                                                                   "O'Brien-D’Arcy 🙂")
    finally:
        again.close()
    # An unknown client: refused, nothing written, whichever way.
    proc = subprocess.run([sys.executable, "-m", "casedesk", "export", "1", "99999", "-o", str(tmp_path / "x.jsonl"),
                           "--data-dir", str(paths.data_dir)], capture_output=True, text=True, timeout=120,
                          env={k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")})
    assert proc.returncode != 0 and "99999" in proc.stderr and not (tmp_path / "x.jsonl").exists()
