"""Eligibility use-cases: assess a case or a client, keep the history, re-run the caseload."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterator
import logging
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy.orm import Session

from ..domain.assessment import Assessment, PathwayResult, Source
from ..domain.casefile import facts_digest
from ..domain.crs import CrsResult, crs_score
from ..domain.deadline_codes import messages_from_dict
from ..domain.deadlines import Deadline, compute_deadlines, status_cliff
from ..domain.eligibility import assess
from ..domain.facts import CaseFacts
from ..domain.messages import Msg
from ..domain.policydata import Policy
from ..policy.source import PolicySource
from ..storage import assessments as store
from ..storage import clients as client_store
from ..storage import deadlines as deadline_store
from ..storage.assessments import NewAssessment, SavedAssessment
from ..storage.database import Database, transaction
from ..storage.deadlines import StoredDue
from ..storage.mapping import facts_of, load_facts, stamp, stored_documents
from . import parallel
from .deadlines import Planned, plan
from .errors import NoSuchClient

if TYPE_CHECKING:
    from .deadlines import DeadlineService

CHUNK = 250
log = logging.getLogger("casedesk.assessments")


@dataclass(frozen=True)
class VerdictChange:
    pathway: str
    old: str | None
    new: str
    summary: Msg | None = None  # the new result's summary: why it is what it is now


@dataclass(frozen=True)
class DeadlineChange:
    """An open deadline that moved (both dates), appeared (``old`` None) or went (``new`` None)."""

    key: str
    kind: str
    old: date | None
    new: date | None
    title: Msg | None = None


@dataclass(frozen=True)
class ClientChange:
    id: int
    given_names: str
    family_name: str
    changes: tuple[VerdictChange, ...]
    # The status cliff (the earliest U.S. status end), before and after, when it moved.
    status_end: tuple[date | None, date | None] | None = None
    deadlines: tuple[DeadlineChange, ...] = ()
    country: str | None = None  # first citizenship, else country of birth (what the list filters by)
    status_kinds: tuple[str, ...] = ()  # the client's U.S. status kinds


@dataclass
class ReassessReport:
    as_of: date
    policy_version: str
    clients: int = 0
    first_assessed: int = 0
    changed: list[ClientChange] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "as_of": self.as_of.isoformat(), "policy_version": self.policy_version, "clients": self.clients,
            "first_assessed": self.first_assessed, "changed_count": len(self.changed),
            "changed": [{"id": c.id, "given_names": c.given_names, "family_name": c.family_name,
                         "country": c.country, "status_kinds": list(c.status_kinds),
                         "changes": [{"pathway": v.pathway, "old": v.old, "new": v.new,
                                      "summary_code": v.summary.as_dict() if v.summary else None}
                                     for v in c.changes],
                         "status_end": None if c.status_end is None else {
                             "old": _iso(c.status_end[0]), "new": _iso(c.status_end[1])},
                         "deadlines": [{"key": d.key, "kind": d.kind, "old": _iso(d.old), "new": _iso(d.new),
                                        "title_code": d.title.as_dict() if d.title else None}
                                       for d in c.deadlines]}
                        for c in self.changed],
        }


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def deadline_changes(stored: dict[str, StoredDue], computed: list[Deadline]
                     ) -> tuple[tuple[date | None, date | None] | None, tuple[DeadlineChange, ...]]:
    """How a client's deadlines computed now differ from those stored: the status cliff (when it moved)
    and each open deadline that moved, appeared or went (one marked done is the caseworker's: left out)."""
    old_cliff = next((d.due for d in stored.values() if d.cliff), None)
    edge = status_cliff(computed)
    new_cliff = edge.due if edge else None
    changes = []
    now = {d.key: d for d in computed}
    for key, d in now.items():
        before = stored.get(key)
        if before is None:
            changes.append(DeadlineChange(key, d.kind, None, d.due, d.title))
        elif not before.done and before.due != d.due:
            changes.append(DeadlineChange(key, d.kind, before.due, d.due, d.title))
    for key, before in stored.items():
        if key not in now and not before.done:
            title = messages_from_dict(json.loads(before.messages))[0] if before.messages else None
            changes.append(DeadlineChange(key, before.kind, before.due, None, title))
    changes.sort(key=lambda c: (c.new or c.old or date.max, c.key))
    return ((old_cliff, new_cliff) if old_cliff != new_cliff else None), tuple(changes)


@dataclass(frozen=True)
class PastAssessment:
    """An earlier assessment of a client; ``assessment`` is None for one saved with its verdicts only
    (before CaseDesk kept whole results)."""

    id: int
    as_of: date
    policy_version: str
    created_at: datetime
    verdicts: dict[str, str]
    assessment: Assessment | None


@dataclass(frozen=True)
class Quoted:
    """The assessment a letter quotes: the client's latest saved one while it still describes them
    (``id`` set), else a new one, saved with the letter (``AssessmentService.keep``)."""

    client_id: int
    assessment: Assessment
    facts_digest: str
    id: int | None = None


def _record(client_id: int, result: Assessment, digest: str | None = None) -> NewAssessment:
    best = result.best()
    return NewAssessment(client_id, result.as_of, result.policy_version, result.verdicts(),
                         best.id if best else None, best.verdict if best else None,
                         [p.record() for p in result.pathways], digest)


class AssessmentService:
    def __init__(self, db: Database, policy: PolicySource, *, deadlines: DeadlineService | None = None):
        """``deadlines``: regenerated with the policy a re-assessment uses (and compared first)."""
        self.db = db
        self.policy_source = policy
        self.deadlines = deadlines

    @property
    def policy(self) -> Policy:
        """The policy data in force now (read from the shared source on every use)."""
        return self.policy_source.current

    def assess_facts(self, facts: CaseFacts, as_of: date) -> Assessment:
        return assess(facts, self.policy, as_of)

    def crs(self, facts: CaseFacts, as_of: date) -> CrsResult:
        return crs_score(facts, self.policy, as_of)

    def assess_client(self, client_id: int, as_of: date, *, save: bool = True) -> Assessment:
        with transaction(self.db) as session:
            facts = load_facts(session, [client_id]).get(client_id)
            if facts is None:
                raise NoSuchClient(client_id)
            result = assess(facts, self.policy, as_of)
            if save:
                store.save(session, [_record(client_id, result, facts_digest(facts))], stamp(self.db.clock))
        return result

    def current(self, client_id: int, as_of: date) -> Quoted:
        """The client's assessment as of ``as_of``: the latest saved one while it still describes them
        (same day, policy version and facts), else a new one, saved now. Opening Routes twice stores one."""
        policy = self.policy
        with transaction(self.db) as session:
            facts = load_facts(session, [client_id]).get(client_id)
            if facts is None:
                raise NoSuchClient(client_id)
            quoted = self.quote(session, client_id, facts, policy, as_of)
            if quoted.id is None:
                quoted = replace(quoted, id=self.keep(session, quoted))
        return quoted

    def status_end(self, facts: CaseFacts, as_of: date) -> date | None:
        """When the client's U.S. status ends, policy dates included (a TPS designation's end): the
        caseload's "Status ends"."""
        edge = status_cliff(compute_deadlines(facts, self.policy, as_of))
        return edge.due if edge else None

    def quote(self, session: Session, client_id: int, facts: CaseFacts, policy: Policy, as_of: date) -> Quoted:
        """The assessment to quote about these facts (the client's, read in ``session``): the latest saved
        one if it was made for the same day, with the same policy version, from the same facts (by
        digest) and kept whole; else a new one, not saved yet."""
        digest = facts_digest(facts)
        latest = store.latest(session, client_id)
        if latest is not None and (latest.as_of, latest.policy_version, latest.facts_digest) == (
                as_of, policy.version, digest):
            saved = self.load(latest)
            if saved is not None:
                return Quoted(client_id, saved, digest, latest.id)
        return Quoted(client_id, assess(facts, policy, as_of), digest)

    def keep(self, session: Session, quoted: Quoted) -> int:
        """The id of the quoted assessment, saving it first (in the caller's transaction) if it is new."""
        if quoted.id is not None:
            return quoted.id
        return store.save_one(session, _record(quoted.client_id, quoted.assessment, quoted.facts_digest),
                              stamp(self.db.clock))

    def history(self, client_id: int) -> list[SavedAssessment]:
        with self.db.session() as session:
            return store.history(session, client_id)

    def past(self, client_id: int) -> list[PastAssessment]:
        """The client's assessments, newest first, each with its whole result where it was kept."""
        return [PastAssessment(h.id, h.as_of, h.policy_version, h.created_at, h.verdicts, self.load(h))
                for h in self.history(client_id)]

    def load(self, saved: SavedAssessment) -> Assessment | None:
        """A saved assessment as it was made, its sources named from the policy data; None when only its
        verdicts were kept. A stored result that no longer reads (hand-edited) is logged and left out."""
        if not saved.results:
            return None
        try:
            pathways = tuple(self._titled(PathwayResult.from_dict(p), saved.as_of) for p in saved.results)
        except (KeyError, TypeError, ValueError, AssertionError) as exc:
            log.error("assessment %s: its stored result does not read (%s)", saved.id, type(exc).__name__)
            return None
        return Assessment(saved.as_of, saved.policy_version, pathways)

    def _titled(self, result: PathwayResult, as_of: date) -> PathwayResult:
        """The sources' titles and addresses, from the policy fact each id names."""
        sources = []
        for source in result.sources:
            fact = None if source.title else (self.policy.find(source.id, as_of)
                                              or next(iter(reversed(self.policy.history(source.id))), None))
            sources.append(source if fact is None else
                           Source(source.id, fact.source_title or fact.title, fact.source_url, source.confirmed))
        return replace(result, sources=tuple(sources))

    def reassess_all(self, as_of: date, progress: Callable[[int, int], None] | None = None, *,
                     workers: int = 1) -> ReassessReport:
        """Re-run every client against this policy; record and report those whose verdicts changed."""
        return self.reassess(None, as_of, progress, workers=workers)

    def reassess(self, client_ids: list[int] | None, as_of: date,
                 progress: Callable[[int, int], None] | None = None, *, workers: int = 1) -> ReassessReport:
        """Re-run these clients (None: all) and record an assessment where the verdicts changed or none exists.

        Over the whole caseload (``client_ids`` None) and with the deadline service, each client's
        deadlines are computed with the same policy, compared with those stored (the status end and open
        deadlines that moved are reported) and stored. (A few clients just imported or saved already have
        their deadlines computed: they are not done twice.) ``workers``: processes that assess while
        this one reads and writes (``services.parallel``)."""
        policy = self.policy  # one version for the whole run, even if new data arrives meanwhile
        report = ReassessReport(as_of, policy.version)
        when = stamp(self.db.clock)
        deadlines = self.deadlines if client_ids is None else None
        with transaction(self.db) as session:
            ids = client_store.all_ids(session) if client_ids is None else list(client_ids)
            job = _ReassessJob(policy, as_of, deadlines.ended_before(session, as_of) if deadlines else None)

            read: deque[deadline_store.StoredRows] = deque()  # each chunk's stored deadlines, until written

            def chunks() -> Iterator[list[_Client]]:
                """Each chunk's stored facts, verdicts and deadlines, read here (the workers have no database)."""
                for start in range(0, len(ids), CHUNK):
                    chunk = ids[start:start + CHUNK]
                    # On a server: an edit saved meanwhile waits, so no verdict or deadline from older facts
                    # is written over one from newer facts (locked in id order, as every writer does).
                    client_store.lock_clients(session, chunk)
                    documents = dict(stored_documents(session, chunk))
                    previous = store.latest_verdicts(session, chunk)
                    stored = deadline_store.stored_rows(session, chunk) if deadlines is not None else {}
                    read.append(stored)
                    shown = deadline_store.dues(stored)
                    states: dict[int, dict[tuple[int, str], tuple[str, date | None]]] = {}
                    if deadlines is not None:
                        for k, v in deadline_store.open_states(session, chunk).items():
                            states.setdefault(k[0], {})[k] = v
                    yield [_Client(cid, documents[cid], previous.get(cid), shown.get(cid, {}), states.get(cid, {}))
                           for cid in chunk if cid in documents]  # one deleted meanwhile is left out

            for outcomes in parallel.ordered_map(_reassess_chunk, job, chunks(), workers=workers):
                stored = read.popleft()  # the chunks come back in the order they were read
                records = [o.record for o in outcomes if o.record is not None]
                report.first_assessed += sum(o.first for o in outcomes)
                report.changed += [o.change for o in outcomes if o.change is not None]
                store.save(session, records, when)
                if deadlines is not None:
                    planned = {o.client_id: o.planned for o in outcomes if o.planned is not None}
                    deadlines.write(session, planned, stored)
                report.clients += len(outcomes)
                if progress:
                    progress(report.clients, len(ids))
            if deadlines is not None:
                deadlines.mark_current(session, policy, as_of)
        return report


class _Client(NamedTuple):
    """One client as a re-assessment reads it, for a worker process."""

    id: int
    document: Any                    # the stored case file: JSON text, or already decoded by the driver
    before: dict[str, str] | None    # the latest verdicts, if assessed before
    shown: dict[str, StoredDue]      # the deadlines stored (when they are recomputed)
    states: dict[tuple[int, str], tuple[str, date | None]]  # what the caseworker did with them


class _Outcome(NamedTuple):
    client_id: int
    record: NewAssessment | None     # a new assessment to keep (verdicts changed, or the first)
    first: bool                      # assessed for the first time
    change: ClientChange | None      # what the report says of the client
    planned: Planned | None          # the deadlines to store (when they are recomputed)


@dataclass
class _ReassessJob:
    policy: Policy
    as_of: date
    ended_before: date | None  # deadlines are recomputed (the whole caseload) when set
    english: dict = field(default_factory=dict)  # deadline words already written (by this process)


def _reassess_chunk(job: _ReassessJob, chunk: list[_Client]) -> list[_Outcome]:
    """Assess a chunk of clients and compute their deadlines (pure: it runs in a worker process)."""
    out = []
    for client in chunk:
        cid = client.id
        document = json.loads(client.document) if isinstance(client.document, str | bytes) else client.document
        facts = facts_of(cid, document)
        result = assess(facts, job.policy, job.as_of)
        verdicts = result.verdicts()
        before = client.before
        status_end = None
        moved: tuple[DeadlineChange, ...] = ()
        planned = None
        if job.ended_before is not None:
            computed = compute_deadlines(facts, job.policy, job.as_of)
            status_end, moved = deadline_changes(client.shown, computed)
            planned = plan(cid, facts, computed, client.states, job.as_of, job.ended_before, job.english)
        changes: tuple[VerdictChange, ...] = ()
        record = None
        if before != verdicts:
            record = store.encoded(_record(cid, result, facts_digest(facts)))
            if before is not None:
                summaries = {p.id: p.summary for p in result.pathways}
                changes = tuple(VerdictChange(p, before.get(p), v, summaries[p])
                                for p, v in verdicts.items() if before.get(p) != v)
        change = None
        if changes or status_end or moved:
            c = facts.client
            country = c.citizenships[0] if c.citizenships else c.country_of_birth
            kinds = tuple(s.kind for s in facts.us_status or ())
            change = ClientChange(cid, c.given_names, c.family_name, changes, status_end, moved, country, kinds)
        out.append(_Outcome(cid, record, before is None and record is not None, change, planned))
    return out
