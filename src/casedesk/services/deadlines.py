"""Deadline use-cases: keep every client's dated deadlines current, list what is due, record handling.

Computed deadlines are regenerated whenever a client's facts are saved and whenever the policy
data changes (the version used is remembered); what the caseworker did with a deadline (done,
snoozed) is kept apart, keyed by client and deadline key, so regeneration never loses it.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from ..domain import morning
from ..domain.deadline_codes import messages_from_dict
from ..domain.deadlines import US_STATUS_KINDS, Deadline, compute_deadlines, status_cliff
from ..domain.facts import CaseFacts
from ..domain.policydata import Policy, stale_from
from ..policy.source import PolicySource
from ..storage import clients as client_store
from ..storage import deadlines as store
from ..storage.bulk import compact_json
from ..storage.database import Database, transaction
from ..storage.deadlines import DONE, OPEN, SNOOZED, DeadlineRecord, Range
from ..storage.mapping import load_facts, stamp
from ..storage.models import SettingRow
from ..storage.quickread import (DEADLINES_POLICY_KEY, DEADLINES_STALE_KEY, DEADLINES_WORDS_KEY, ENDED_AFTER_KEY,
                                 NEXT_DEADLINE_DAY_KEY)
from ..text.deadlines import DeadlineWords, deadline_words, words_stamp
from .audit import DEADLINE_DONE, DEADLINE_REOPENED, DEADLINE_SNOOZED, Trail
from .errors import NotFound, ServiceError

CHUNK = 1_000

__all__ = ["DeadlineRecord", "DeadlineService", "Planned", "DeadlineWords", "Summary", "DONE", "OPEN", "SNOOZED",
           "record_messages", "record_words"]


@dataclass(frozen=True)
class Summary:
    """Open deadlines by urgency on a day (``domain.morning``'s buckets): what the morning view opens with."""

    overdue: int        # overdue, except statuses that ended long ago
    this_week: int      # due today .. 7 days
    next_30: int        # 8 .. 30 days
    next_90: int        # 31 .. 90 days
    ended: int = 0      # statuses that ended more than the setting's days ago, not yet reviewed
    today: int = 0      # due today (inside this_week)

    def of(self, bucket: str) -> int:
        return {morning.OVERDUE: self.overdue, morning.TODAY: self.today, morning.THIS_WEEK: self.this_week,
                morning.NEXT_30: self.next_30, morning.NEXT_90: self.next_90, morning.ENDED: self.ended}[bucket]


def bucket_range(bucket: str, today: date, ended_after_days: int) -> Range:
    """``domain.morning.bucket_range`` in storage's terms."""
    r = morning.bucket_range(bucket, today, ended_after_days)
    return Range(r.first, r.last, r.status_only, r.status_before)


def _is_open(state: tuple[str, date | None] | None, today: date) -> bool:
    if state is None or state[0] == OPEN:
        return True
    return state[0] == SNOOZED and state[1] is not None and state[1] <= today


def _rows(client_id: int, facts: CaseFacts, deadlines: Sequence[Deadline],
          states: dict[tuple[int, str], tuple[str, date | None]],
          english: dict[tuple[str, str | None], DeadlineWords] | None = None) -> list[dict]:
    """The stored form of these deadlines: codes (``messages``) and their English words. ``english``
    keeps words already written during one refresh, by codes: most deadlines repeat across clients."""
    tags = {(t.title, t.due): t.tag for t in facts.tasks}
    english = {} if english is None else english
    out = []
    for d in deadlines:
        s = d.source
        messages = compact_json(d.messages())
        words = english.get((messages, s.title if s else None))
        if words is None:
            words = english[messages, s.title if s else None] = deadline_words(
                d.title, d.basis, d.caveats, s.title if s else None)
        out.append({
            "client_id": client_id, "key": d.key, "kind": d.kind, "due": d.due, "title": words.title,
            "basis": words.cited_basis, "source_id": s.id if s else None, "source_title": s.title if s else None,
            "source_url": s.url if s else None, "source_confirmed": s.confirmed if s else True,
            "caveat": words.caveat, "cliff": d.cliff, "messages": messages,
            "given_names": facts.client.given_names, "family_name": facts.client.family_name,
            "tag": tags.get((str(d.title.params.get("title", "")), d.due)) if d.kind == "task" else None,
            "visible_from": store.visible_from(*states.get((client_id, d.key), (None, None))),
        })
    return out


class Planned(NamedTuple):
    """A client's deadlines as they will be stored, and the caseload columns they set."""

    rows: list[dict]
    next_due: date | None   # "Next deadline"
    cliff: date | None      # "Status ends"


def plan(client_id: int, facts: CaseFacts, deadlines: Sequence[Deadline],
         states: dict[tuple[int, str], tuple[str, date | None]], as_of: date, ended_before: date,
         english: dict[tuple[str, str | None], DeadlineWords]) -> Planned:
    """What ``DeadlineService.write`` stores for one client (pure: a worker process can make it)."""
    # "Next deadline" is a to-do: a status that ended long ago is the client's state, not one.
    next_due = min((d.due for d in deadlines if _is_open(states.get((client_id, d.key)), as_of)
                    and not (d.kind in US_STATUS_KINDS and d.due < ended_before)), default=None)
    edge = status_cliff(deadlines)  # "status ends" includes policy dates (TPS designations)
    return Planned(_rows(client_id, facts, deadlines, states, english), next_due, edge.due if edge else None)


def record_messages(record: DeadlineRecord) -> dict[str, Any] | None:
    """The stored deadline's title, basis and caveats as codes with parameters (JSON-ready), or None
    for a deadline computed before they were stored (until the next recompute)."""
    return None if record.messages is None else json.loads(record.messages)


def record_words(record: DeadlineRecord, language: str = "en") -> DeadlineWords:
    """A stored deadline's words in ``language``, from its codes (the stored English when it has none)."""
    if record.messages is None:
        return DeadlineWords(record.title, record.basis, None, record.caveat)
    return _words_of_stored(record.messages, record.source_title, language)


@functools.lru_cache(maxsize=4096)
def _words_of_stored(messages: str, source_title: str | None, language: str) -> DeadlineWords:
    # By the stored JSON text: the same codes recur across a caseload (every "TPS for Haiti ends").
    title, basis, caveats = messages_from_dict(json.loads(messages))
    return deadline_words(title, basis, caveats, source_title, language)


def _ended_after(session: Session) -> int:
    row = session.get(SettingRow, ENDED_AFTER_KEY)
    return morning.DEFAULT_ENDED_AFTER_DAYS if row is None else int(row.value)


def _next_deadline(session: Session, client_ids: Sequence[int], today: date) -> None:
    """Rewrite these clients' "next deadline" (statuses that ended long ago left out, as ``refresh`` does)."""
    store.refresh_next_deadline(session, client_ids, today, status_kinds=US_STATUS_KINDS,
                                ended_before=morning.ended_cutoff(today, _ended_after(session)))


def _day_mark(session: Session) -> str | None:
    row = session.get(SettingRow, NEXT_DEADLINE_DAY_KEY)
    return None if row is None else str(row.value)


def _mark(day: date, ended_after_days: int) -> str:
    """The day "next deadline" was made true for, with the ended threshold it was made with."""
    return f"{day.isoformat()} {ended_after_days}"


def _unmark(mark: str | None) -> tuple[date, int] | None:
    try:
        day, days = (mark or "").split()
        return date.fromisoformat(day), int(days)
    except ValueError:  # none yet, or another form: every client is rewritten
        return None


def _computed_with(session: Session, policy: Policy) -> None:
    """What the stored deadlines were computed with: the policy data's version, the stamp of their
    English words, and when each fact they may rest on can first be stale (so ``casedesk deadlines ID``
    tells their age of the law without reading the policy)."""
    _set(session, DEADLINES_POLICY_KEY, policy.version)
    _set(session, DEADLINES_WORDS_KEY, words_stamp())
    _set(session, DEADLINES_STALE_KEY, {"policy_version": policy.version,
                                        "days": {i: day.isoformat() for i, day in sorted(stale_from(policy).items())}})


def _set(session: Session, key: str, value: object) -> None:
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=value))
    else:
        row.value = value


def listing_range(today: date, within_days: int | None, bucket: str | None, include_ended: bool,
                  ended_after_days: int) -> Range:
    """``domain.morning.listing_range`` in storage's terms."""
    r = morning.listing_range(today, within_days, bucket, include_ended, ended_after_days)
    return Range(r.first, r.last, r.status_only, r.status_before)


class DeadlineService:
    def __init__(self, db: Database, policy: PolicySource):
        self.db = db
        self.policy_source = policy

    @property
    def policy(self) -> Policy:
        """The policy data in force now (read from the shared source on every use)."""
        return self.policy_source.current

    # --- computing ------------------------------------------------------------------------------

    def for_case(self, facts: CaseFacts, as_of: date) -> list[Deadline]:
        return compute_deadlines(facts, self.policy, as_of)

    def refresh(self, session: Session, facts_by_id: dict[int, CaseFacts], as_of: date,
                policy: Policy | None = None, computed: dict[int, list[Deadline]] | None = None) -> None:
        """Regenerate these clients' deadlines inside the caller's transaction (with ``policy``, else
        the data in force); ``computed``: those already computed with it (a re-assessment's)."""
        policy = policy or self.policy
        computed = computed or {}
        states = store.open_states(session, facts_by_id)
        english: dict[tuple[str, str | None], DeadlineWords] = {}
        ended_before = self.ended_before(session, as_of)
        self.write(session, {cid: plan(cid, facts, computed[cid] if cid in computed else
                                       compute_deadlines(facts, policy, as_of), states, as_of, ended_before, english)
                             for cid, facts in facts_by_id.items()})

    @staticmethod
    def ended_before(session: Session, as_of: date) -> date:
        """Statuses that ended before this day are the client's state, not a to-do (the setting's days)."""
        return morning.ended_cutoff(as_of, _ended_after(session))

    @staticmethod
    def write(session: Session, planned: dict[int, Planned], stored: store.StoredRows | None = None) -> None:
        """Store these clients' planned deadlines, "next deadline" and "status ends" (in the caller's transaction);
        ``stored``: their rows as stored, if already read in this transaction and not written since
        (``storage.deadlines.stored_rows``)."""
        rows = [row for p in planned.values() for row in p.rows]
        store.replace_for_clients(session, rows, planned, stored)
        store.set_next_deadlines(session, {cid: p.next_due for cid, p in planned.items()},
                                 {cid: p.cliff for cid, p in planned.items()})

    def refresh_all(self, as_of: date, progress: Callable[[int, int], None] | None = None) -> int:
        """Regenerate every client's deadlines against this policy (after a policy change), words included."""
        policy = self.policy  # one version for the whole run, even if new data arrives meanwhile
        with transaction(self.db) as session:
            ids = client_store.all_ids(session)
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start:start + CHUNK]
                client_store.lock_clients(session, chunk)  # see AssessmentService.reassess
                self.refresh(session, load_facts(session, chunk), as_of, policy)
                if progress:
                    progress(min(start + CHUNK, len(ids)), len(ids))
            self.mark_current(session, policy, as_of)
        return len(ids)

    def roll_to(self, today: date) -> int:
        """Make the caseload's "next deadline" true on ``today``: as days pass, a status end crosses the
        ended threshold (it is the client's state now, not a to-do) and snoozes end. Rewrites only the
        clients concerned since the day it was last made true (all of them the first time, and after
        the threshold setting changed); returns how many. Nothing to do on the same day, nor in a
        caseload this user cannot write."""
        if self.db.read_only:
            return 0
        with self.db.session() as session:  # most starts of a day find it done: no write transaction
            if _day_mark(session) == _mark(today, _ended_after(session)):
                return 0
        with transaction(self.db) as session:
            days = _ended_after(session)
            last = _day_mark(session)
            if last == _mark(today, days):
                return 0
            then = _unmark(last)
            if then is None or then[1] != days:
                ids = client_store.all_ids(session)
            else:
                ids = store.clients_between_days(session, (then[0], today), (morning.ended_cutoff(then[0], days),
                                                                             morning.ended_cutoff(today, days)),
                                                 US_STATUS_KINDS)
        # A transaction per chunk: on a server, other caseworkers' saves wait for a chunk, not for the whole
        # caseload. A roll cut short leaves the day unmarked, and the next one does it all again.
        for start in range(0, len(ids), CHUNK):
            with transaction(self.db) as session:
                chunk = ids[start:start + CHUNK]
                client_store.lock_clients(session, chunk)  # see AssessmentService.reassess
                _next_deadline(session, chunk, today)
        with transaction(self.db) as session:
            store.lock_day_mark(session)  # two caseworkers starting at once: one writes the mark, then the other
            _set(session, NEXT_DEADLINE_DAY_KEY, _mark(today, days))
        return len(ids)

    def computed_with(self, session: Session, version: str) -> bool:
        """Whether every stored deadline was computed with policy data ``version`` and today's words
        (none stored counts): inside the caller's transaction, before an import adds to them."""
        policy = session.get(SettingRow, DEADLINES_POLICY_KEY)
        words = session.get(SettingRow, DEADLINES_WORDS_KEY)
        if policy is not None and policy.value == version and words is not None and words.value == words_stamp():
            return True
        return not client_store.all_ids(session)

    def record_computed(self, session: Session, policy: Policy, as_of: date | None = None) -> None:
        """Record that every stored deadline is computed with ``policy`` (after an import that computed
        all it added with it, on deadlines that already were): the next start does not recompute.
        ``as_of``: and every client's "next deadline" as of that day (an import into an empty caseload)."""
        _computed_with(session, policy)
        if as_of is not None:
            _set(session, NEXT_DEADLINE_DAY_KEY, _mark(as_of, _ended_after(session)))

    @staticmethod
    def mark_current(session: Session, policy: Policy, as_of: date) -> None:
        """Every client's deadlines have just been computed with ``policy`` as of ``as_of`` (in the
        caller's transaction)."""
        _computed_with(session, policy)
        _set(session, NEXT_DEADLINE_DAY_KEY, _mark(as_of, _ended_after(session)))

    def is_current(self) -> bool:
        """Whether the stored deadlines were computed with the policy data in force and their English
        words are the ones this code writes (a quick read: the window asks it before it shows)."""
        with self.db.session() as session:  # an empty caseload has nothing to recompute
            return self.computed_with(session, self.policy.version)

    def ensure_current(self, as_of: date, progress: Callable[[int, int], None] | None = None) -> bool:
        """Regenerate all deadlines unless ``is_current``; True if it did. ``progress`` as ``refresh_all``'s."""
        if self.is_current():
            return False
        self.refresh_all(as_of, progress)
        return True

    # --- reading --------------------------------------------------------------------------------

    def upcoming(self, as_of: date, within_days: int, *, kinds: Sequence[str] = (), tag: str | None = None,
                 limit: int | None = None) -> list[DeadlineRecord]:
        if within_days < 0:
            raise ServiceError(f"--within: not a number of days: {within_days}")
        with self.db.session() as session:
            return store.upcoming(session, as_of, as_of + timedelta(days=within_days), kinds, tag, limit)

    def each_upcoming(self, as_of: date, within_days: int) -> Iterator[DeadlineRecord]:
        """``upcoming``'s records one at a time, read while they are used (a calendar export of every
        open deadline holds one at a time, not 270,000)."""
        with self.db.session() as session:
            yield from store.each_upcoming(session, as_of, as_of + timedelta(days=within_days))

    def ended_after_days(self) -> int:
        """After how many days an ended status stops being an overdue to-do (the reminders setting)."""
        with self.db.session() as session:
            return _ended_after(session)

    def bucket(self, as_of: date, bucket: str, *, kinds: Sequence[str] = (), tag: str | None = None,
               order: str = "due", descending: bool = False, limit: int | None = None, offset: int = 0,
               ended_after_days: int | None = None) -> list[DeadlineRecord]:
        """A page of one bucket (``domain.morning``) of open deadlines, the whole bucket sorted by
        ``order`` (``storage.quickread.BUCKET_ORDERS``) in the database."""
        days = self.ended_after_days() if ended_after_days is None else ended_after_days
        with self.db.session() as session:
            return store.bucket(session, as_of, bucket_range(bucket, as_of, days), US_STATUS_KINDS, kinds, tag,
                                order, descending, limit, offset)

    def listing(self, as_of: date, within_days: int | None, *, bucket: str | None = None,
                include_ended: bool = False, kinds: Sequence[str] = (), tag: str | None = None,
                limit: int | None = None) -> Iterator[DeadlineRecord]:
        """What ``casedesk upcoming`` lists (``listing_range``), soonest first, one record at a time as
        the database hands them over (the whole caseload's list is never held at once)."""
        r = listing_range(as_of, within_days, bucket, include_ended, self.ended_after_days())
        with self.db.session() as session:
            yield from store.each_in_bucket(session, as_of, r, US_STATUS_KINDS, kinds, tag, limit=limit)

    def morning_list(self, as_of: date, size: int = 15, overdue_lines: int = 5) -> list[DeadlineRecord]:
        """What the morning summary lists, most urgent first: the to-dos that fell overdue recently
        (``domain.morning.recent_overdue_range``, longest overdue first, at most ``overdue_lines``), then
        what is due today and this week, soonest first, up to ``size`` lines in all."""
        days = self.ended_after_days()
        r = morning.recent_overdue_range(as_of, days)
        with self.db.session() as session:
            overdue = store.bucket(session, as_of, Range(r.first, r.last, r.status_only, r.status_before),
                                   US_STATUS_KINDS, limit=min(overdue_lines, size))
        return overdue + self.bucket(as_of, morning.THIS_WEEK, limit=size - len(overdue), ended_after_days=days)

    def summary(self, as_of: date, *, kinds: Sequence[str] = (), tag: str | None = None,
                ended_after_days: int | None = None) -> Summary:
        days = self.ended_after_days() if ended_after_days is None else ended_after_days
        order = (morning.OVERDUE, morning.THIS_WEEK, morning.NEXT_30, morning.NEXT_90, morning.ENDED, morning.TODAY)
        with self.db.session() as session:
            counts = store.bucket_counts(session, as_of, [bucket_range(b, as_of, days) for b in order],
                                         US_STATUS_KINDS, kinds, tag)
        return Summary(*counts)

    def count(self, as_of: date, bucket: str, *, kinds: Sequence[str] = (), tag: str | None = None,
              ended_after_days: int | None = None) -> int:
        """How many open deadlines one bucket holds (``summary``'s figure for it, alone: a short range)."""
        days = self.ended_after_days() if ended_after_days is None else ended_after_days
        with self.db.session() as session:
            return store.bucket_counts(session, as_of, [bucket_range(bucket, as_of, days)], US_STATUS_KINDS,
                                       kinds, tag)[0]

    def due_on(self, as_of: date, day: date, *, kinds: Sequence[str] = (), tag: str | None = None,
               limit: int | None = None) -> list[DeadlineRecord]:
        """The open deadlines due on ``day``."""
        with self.db.session() as session:
            return store.upcoming(session, as_of, day, kinds, tag, limit, since=day)

    def by_day(self, as_of: date, first: date, last: date, *, kinds: Sequence[str] = (),
               tag: str | None = None) -> dict[date, int]:
        """How many open deadlines fall due on each day from ``first`` to ``last``."""
        with self.db.session() as session:
            return store.counts_by_day(session, as_of, first, last, kinds, tag)

    def handled(self, as_of: date, *, kinds: Sequence[str] = (), tag: str | None = None,
                limit: int | None = None) -> list[DeadlineRecord]:
        """The deadlines marked done or snoozed past ``as_of`` (what Upcoming's "done and snoozed" lists)."""
        with self.db.session() as session:
            return store.handled(session, as_of, kinds, tag, limit)

    def for_client(self, client_id: int) -> list[DeadlineRecord]:
        with self.db.session() as session:
            return store.for_client(session, client_id)

    # --- the caseworker's handling --------------------------------------------------------------

    def mark_done(self, client_id: int, key: str, on: date) -> None:
        self.handle_many([(client_id, key, DONE, on)], on)

    def snooze(self, client_id: int, key: str, until: date, today: date) -> None:
        self.handle_many([(client_id, key, SNOOZED, until)], today)

    def mark_reviewed(self, items: Sequence[tuple[int, str]], on: date,
                      progress: Callable[[int, int], None] | None = None) -> int:
        """Record these deadlines (client id, key) as handled in one transaction: the bulk review of
        statuses that ended long ago. Returns how many (one that no longer exists is left out, and has no
        audit entry). ``progress(done, total)`` after each chunk; if it raises (Cancel), nothing is recorded."""
        items = list(dict.fromkeys(items))
        with transaction(self.db) as session:
            when = stamp(self.db.clock)
            client_store.lock_clients(session, (cid for cid, _key in items))  # other writers of them wait
            trail = Trail(session, when)
            reviewed = 0
            for start in range(0, len(items), CHUNK):
                chunk = items[start:start + CHUNK]
                gone = set(store.set_states(session, [(cid, key, DONE, None, on) for cid, key in chunk], when))
                chunk = [item for item in chunk if item not in gone]  # recomputed away since the list was read
                trail.add_many([(cid, DEADLINE_DONE, key, None, on.isoformat()) for cid, key in chunk])
                _next_deadline(session, sorted({cid for cid, _key in chunk}), on)
                reviewed += len(chunk)
                if progress:
                    progress(min(start + CHUNK, len(items)), len(items))
        return reviewed

    def review_ended(self, today: date, *, kinds: Sequence[str] = (), tag: str | None = None,
                     ended_after_days: int | None = None, progress: Callable[[int, int], None] | None = None) -> int:
        """Record every status of the "already ended" bucket (with these filters) as reviewed: the
        Upcoming view's "Mark all reviewed", in one transaction. Returns how many."""
        records = self.bucket(today, morning.ENDED, kinds=kinds, tag=tag, ended_after_days=ended_after_days)
        return self.mark_reviewed([(r.client_id, r.key) for r in records], today, progress)

    def reopen(self, client_id: int, key: str, today: date) -> None:
        self.handle_many([(client_id, key, OPEN, None)], today)

    def handle_many(self, changes: Sequence[tuple[int, str, str, date | None]], today: date) -> None:
        """Several deadlines handled in one transaction, all or none (a selection marked done, snoozed,
        reopened, or put back by Undo): each change is (client id, key, DONE/SNOOZED/OPEN, day), the day
        being the done day or the snooze end. One that is gone refuses the whole set, naming it."""
        for _cid, _key, state, day in changes:
            if state == SNOOZED and (day is None or day <= today):
                raise ServiceError(f"snooze until {day}: choose a date after today")
        with transaction(self.db) as session:
            when = stamp(self.db.clock)
            client_store.lock_clients(session, (cid for cid, *_rest in changes))
            missing = store.set_states(session, [(cid, key, state, day if state == SNOOZED else None,
                                                   day if state == DONE else None) for cid, key, state, day in changes],
                                       when)
            if missing:
                cid, key = missing[0]
                raise NotFound(f"client {cid}: no deadline {key!r}")  # rolls every change back
            Trail(session, when).add_many([
                (cid, {DONE: DEADLINE_DONE, SNOOZED: DEADLINE_SNOOZED}.get(state, DEADLINE_REOPENED), key, None,
                 day.isoformat() if day is not None and state != OPEN else None) for cid, key, state, day in changes])
            ids = sorted({cid for cid, *_rest in changes})
            for start in range(0, len(ids), CHUNK):
                _next_deadline(session, ids[start:start + CHUNK], today)
