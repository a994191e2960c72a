"""The morning view's buckets (domain.morning) and their SQL (storage): each bucket complete and
sorted in the database, long-ended statuses apart from the overdue to-dos."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casedesk.domain import morning
from casedesk.domain.deadlines import US_STATUS_KINDS
from casedesk.services.deadlines import DeadlineService
from casedesk.services.demo import seed_demo
from casedesk.services.settings import ENDED_AFTER_KEY, SettingsService

from helpers import shipped

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize("due_days, kind, expected", [
    (-400, "status_end", morning.ENDED),
    (-31, "program_end", morning.ENDED),
    (-30, "status_end", morning.OVERDUE),   # ended exactly the setting's days ago: still a to-do
    (-400, "task", morning.OVERDUE),        # an old task stays overdue: it is still to do
    (-1, "ead_end", morning.OVERDUE),
    (0, "task", morning.THIS_WEEK),
    (7, "passport", morning.THIS_WEEK),
    (8, "passport", morning.NEXT_30),
    (30, "passport", morning.NEXT_30),
    (31, "passport", morning.NEXT_90),
    (91, "passport", morning.LATER),
])
def test_bucket_of_a_deadline(due_days, kind, expected):
    due = TODAY + timedelta(days=due_days)
    assert morning.bucket_of(due, kind, TODAY, 30) == expected
    assert morning.in_bucket(due, kind, expected, TODAY, 30)
    others = [b for b in (morning.ENDED, morning.OVERDUE, morning.THIS_WEEK, morning.NEXT_30, morning.NEXT_90,
                          morning.LATER) if b != expected]
    assert not any(morning.in_bucket(due, kind, b, TODAY, 30) for b in others)
    assert morning.in_bucket(due, kind, morning.TODAY, TODAY, 30) == (due_days == 0)


def test_status_ended_days_is_the_clients_state():
    assert morning.status_ended_days(date(2025, 4, 24), date(2026, 12, 2), 30) == 587
    assert morning.status_ended_days(date(2026, 11, 20), date(2026, 12, 2), 30) is None
    assert morning.status_ended_days(None, date(2026, 12, 2), 30) is None


@pytest.fixture
def service(db) -> DeadlineService:
    seed_demo(db, TODAY, shipped())
    return DeadlineService(db, shipped())


def test_each_bucket_is_what_the_rule_says_complete_and_sorted(service):
    everything = service.upcoming(TODAY, 400)
    assert any(morning.bucket_of(r.due, r.kind, TODAY) == morning.ENDED for r in everything)
    for b in morning.BUCKETS:
        rows = service.bucket(TODAY, b)
        expected = sorted((r for r in everything if morning.in_bucket(r.due, r.kind, b, TODAY)),
                          key=lambda r: (r.due, r.client_id, r.key))
        assert rows == expected, b
        assert service.summary(TODAY).of(b) == len(rows), b
    ended = service.bucket(TODAY, morning.ENDED)
    assert ended and all(r.kind in US_STATUS_KINDS and (TODAY - r.due).days > 30 for r in ended)


def test_a_bucket_sorted_by_another_column_is_sorted_whole_and_paged(service):
    b = morning.OVERDUE
    whole = service.bucket(TODAY, b, order="client", descending=True)
    assert [(r.family_name, r.given_names) for r in whole] == \
        sorted(((r.family_name, r.given_names) for r in whole), reverse=True)
    pages = [r for start in range(0, len(whole), 7) for r in service.bucket(TODAY, b, order="client",
                                                                           descending=True, limit=7, offset=start)]
    assert pages == whole


def test_the_setting_moves_statuses_between_overdue_and_ended(db, service):
    short = service.summary(TODAY)
    SettingsService(db).set(ENDED_AFTER_KEY, 3650)
    assert service.ended_after_days() == 3650
    long = service.summary(TODAY)
    assert long.ended == 0 and long.overdue == short.overdue + short.ended
    with pytest.raises(Exception, match="whole number of days"):
        SettingsService(db).set(ENDED_AFTER_KEY, 0)


def test_reviewing_ended_statuses_in_bulk(db, service):
    ended = service.bucket(TODAY, morning.ENDED)
    before = service.summary(TODAY)
    assert service.mark_reviewed([(r.client_id, r.key) for r in ended], TODAY) == len(ended)
    after = service.summary(TODAY)
    assert after.ended == 0 and after.overdue == before.overdue and after.this_week == before.this_week
    states = {(r.client_id, r.key): r.state for r in ended for r in service.for_client(r.client_id)}
    assert all(states[r.client_id, r.key] == "done" for r in ended)


def _jsonl(path, *cases) -> None:
    import json

    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")


def test_an_import_records_the_policy_version_it_computed_with(db, tmp_path):
    from casedesk.services.casefiles import import_file
    from casedesk.storage.quickread import DEADLINES_POLICY_KEY
    from casedesk.storage.models import SettingRow

    from helpers import minimal_case

    service = DeadlineService(db, shipped())
    source = tmp_path / "clients.jsonl"
    _jsonl(source, minimal_case("Ana", "Pérez"), minimal_case("Luis", "Báez"))
    import_file(db, source, policy=shipped(), as_of=TODAY)
    assert service.is_current()  # the first start after the import does not recompute
    assert service.ensure_current(TODAY) is False

    # Deadlines already stored with other data: an import does not claim they are current.
    with db.session() as session, session.begin():
        session.get(SettingRow, DEADLINES_POLICY_KEY).value = "2020-01-01.1"
    import_file(db, source, policy=shipped(), as_of=TODAY)
    assert not service.is_current()


def test_an_empty_caseload_has_no_deadlines_to_recompute(db):
    """A new caseload starts with nothing to bring up to date (no "Deadlines updated: 0 clients")."""
    from casedesk.services.bundle import Services
    from helpers import shipped

    services = Services(db, shipped())
    assert services.deadlines.is_current()


def _next_deadlines(db) -> dict[int, date | None]:
    from sqlalchemy import select

    from casedesk.storage.models import Client

    with db.session() as session:
        return dict(session.execute(select(Client.id, Client.next_deadline)).all())


def test_next_deadline_follows_the_days_rewriting_only_the_clients_concerned(db, service):
    from casedesk.services.deadlines import _next_deadline
    from casedesk.storage.clients import all_ids

    service.roll_to(TODAY)
    assert service.roll_to(TODAY) == 0  # the same day: nothing to do
    # A deadline due soon, snoozed for three weeks: not "next" meanwhile, "next" again once the snooze ends.
    first = _next_deadlines(db)
    soon = min((r for r in service.upcoming(TODAY, 60) if r.due >= TODAY and r.kind not in US_STATUS_KINDS
                and first[r.client_id] == r.due), key=lambda r: r.due)
    service.snooze(soon.client_id, soon.key, TODAY + timedelta(days=21), TODAY)
    before = _next_deadlines(db)
    later = TODAY + timedelta(days=45)
    rolled = service.roll_to(later)
    after = _next_deadlines(db)
    with db.session() as session, session.begin():  # what every client's "next deadline" is on that day
        _next_deadline(session, all_ids(session), later)
    assert after == _next_deadlines(db)
    changed = {cid for cid in before if before[cid] != after[cid]}
    assert soon.client_id in changed
    assert changed and 0 < rolled < len(before)  # the ones concerned, not the whole caseload
    assert service.roll_to(later) == 0
    assert service.roll_to(TODAY) > 0 and _next_deadlines(db) == before  # back again (a day given with --as-of)


def test_next_deadline_follows_the_ended_setting_at_the_next_roll(db, service):
    from casedesk.services.deadlines import _next_deadline
    from casedesk.storage.clients import all_ids

    service.roll_to(TODAY)
    before = _next_deadlines(db)
    SettingsService(db).set(ENDED_AFTER_KEY, 3650)  # every status end is a to-do again, however old
    assert service.roll_to(TODAY) == len(before)  # the same day, another threshold: everyone rewritten
    after = _next_deadlines(db)
    with db.session() as session, session.begin():
        _next_deadline(session, all_ids(session), TODAY)
    assert after == _next_deadlines(db) and after != before
    assert service.roll_to(TODAY) == 0


def test_two_caseworkers_bringing_the_day_in_at_once(db, data_dir, backend, service):
    """Two windows opened together on the first morning: neither fails, and the day is marked once."""
    import threading

    if backend == "sqlite":
        pytest.skip("a SQLite caseload opens in one window at a time (its lock): two at once is a server's case")

    from casedesk.config import resolve_paths
    from casedesk.services.workspace import open_workspace

    from helpers import fixed_clock

    other = open_workspace(resolve_paths(data_dir), clock=fixed_clock())
    later = TODAY + timedelta(days=45)
    failures: list[BaseException] = []
    go = threading.Barrier(2)

    def roll(svc: DeadlineService) -> None:
        try:
            go.wait()
            svc.roll_to(later)
        except BaseException as exc:  # noqa: BLE001  (any failure fails the test)
            failures.append(exc)

    try:
        threads = [threading.Thread(target=roll, args=(s,)) for s in (service, DeadlineService(other, shipped()))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert failures == []
        assert service.roll_to(later) == 0
    finally:
        other.close()
