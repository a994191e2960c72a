"""Client use-cases: add, read, edit, delete and browse the caseload. One transaction each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from ..domain import summary
from ..domain.casefile import CaseFileError, case_to_dict, read_case
from ..domain.facts import CaseFacts
from ..policy.source import PolicySource
from ..storage import audit as audit_store
from ..storage import clients as store
from ..storage.clients import SORT_COLUMNS, CaseloadRow
from ..storage.database import Database, transaction
from ..storage.mapping import load_facts, stamp
from .audit import CREATE, DELETE, RESTORE, Trail
from .deadlines import DeadlineService
from .duplicates import DuplicatePerson, People
from .errors import EditConflict, NoSuchClient, NotFound, ServiceError

__all__ = ["CaseloadRow", "ClientRecord", "ClientService", "SORT_KEYS"]

SORT_KEYS = tuple(SORT_COLUMNS)


@dataclass(frozen=True)
class ClientRecord:
    id: int
    facts: CaseFacts
    created_at: datetime
    updated_at: datetime
    version: int


class ClientService:
    """Saving facts also regenerates the client's deadlines (with ``policy``), in the same transaction."""

    def __init__(self, db: Database, policy: PolicySource, *, deadlines: DeadlineService | None = None):
        self.db = db
        self.deadlines = deadlines or DeadlineService(db, policy)

    def add(self, facts: CaseFacts, *, as_of: date, allow_duplicate: bool = False) -> int:
        """Add a client. Refused (``CaseFileError``) when the facts could not be true on ``as_of``,
        or (``DuplicatePerson``) when the client is already in the caseload, unless ``allow_duplicate``."""
        _check(facts, as_of)
        when = stamp(self.db.clock)
        with transaction(self.db) as session:
            if not allow_duplicate:
                store.lock_identities(session)
                _refuse_duplicate(session, facts)
            client_id = store.insert_clients(session, [facts], when)[0]
            self.deadlines.refresh(session, {client_id: facts}, as_of)
            Trail(session, when).add(client_id, CREATE, new=case_to_dict(facts))
            return client_id

    def get(self, client_id: int) -> ClientRecord:
        with self.db.session() as session:
            facts = load_facts(session, [client_id]).get(client_id)
            meta = store.client_meta(session, client_id)
        if facts is None or meta is None:
            raise NoSuchClient(client_id)
        return ClientRecord(client_id, facts, *meta)

    def display_name(self, client_id: int) -> str:
        """"Family, Given" as the caseload shows it; "client N" when the client is gone or has no name."""
        with self.db.session() as session:
            facts = load_facts(session, [client_id]).get(client_id)
        client = facts.client if facts is not None else None
        names = [n for n in ((client.family_name, client.given_names) if client else ()) if n]
        return ", ".join(names) if names else f"client {client_id}"

    def update(self, client_id: int, facts: CaseFacts, version: int | None = None, *,
               as_of: date, allow_duplicate: bool = False) -> ClientRecord:
        """Save new facts. With ``version``, refuse if someone saved the client since it was read.
        Each changed field is written to the audit trail, with its old and new value. Refused as
        ``add`` is (facts that cannot be true; another client's A-number, names and birth)."""
        _check(facts, as_of)
        when = stamp(self.db.clock)
        with transaction(self.db) as session:
            store.lock_client(session, client_id)  # on a server: the facts diffed below are the ones replaced
            before = load_facts(session, [client_id]).get(client_id)
            new_version = store.replace_facts(session, client_id, facts, version, when)
            if new_version is None:
                raise conflict(session, client_id, version)
            if not allow_duplicate:  # the client exists: someone else with its A-number or names and birth?
                store.lock_identities(session)
                _refuse_duplicate(session, facts, besides=client_id)
            self.deadlines.refresh(session, {client_id: facts}, as_of)
            assert before is not None  # replace_facts found the client
            Trail(session, when).changes(client_id, case_to_dict(before), case_to_dict(facts))
        return self.get(client_id)

    def require_version(self, client_id: int, version: int) -> None:
        """Raise ``EditConflict`` (who, when) unless the client is stored at ``version``."""
        with self.db.session() as session:
            meta = store.client_meta(session, client_id)
            if meta is None or meta[2] != version:
                raise conflict(session, client_id, version)

    def delete(self, ids: Sequence[int]) -> int:
        """Delete clients and all their records. The audit trail keeps who deleted them and when,
        and (inside the database only) what they were, so that ``restore`` can undo it."""
        with transaction(self.db) as session:
            missing = set(ids) - store.existing_ids(session, ids)
            if missing:
                raise NoSuchClient(min(missing))
            trail = Trail(session, stamp(self.db.clock))
            for start in range(0, len(ids), 500):
                chunk = list(ids[start:start + 500])
                facts = load_facts(session, chunk)
                kept = audit_store.snapshots(session, chunk)
                for cid in chunk:
                    trail.add(cid, DELETE, old=kept[cid] | {"case": case_to_dict(facts[cid])})
            return store.delete_clients(session, ids)

    def restore(self, ids: Sequence[int], *, as_of: date) -> list[int]:
        """Undo ``delete``: the clients come back under their ids with their facts, assessments,
        letters and deadline handling; their deadlines are computed afresh."""
        when = stamp(self.db.clock)
        with transaction(self.db) as session:
            trail = Trail(session, when)
            restored: dict[int, CaseFacts] = {}
            for cid in ids:
                last = audit_store.latest(session, cid)
                if last is None or last.action != DELETE or not isinstance(last.old, dict):
                    raise NotFound(f"client {cid}: no deleted client to bring back")
                facts, errors, _warnings = read_case(last.old["case"], stored=True)
                if errors or facts is None:  # written by this code from valid facts: cannot happen short of damage
                    raise ServiceError(f"client {cid}: the copy kept at deletion cannot be read")
                store.insert_client_as(session, cid, facts, when)
                audit_store.restore_history(session, cid, last.old)
                restored[cid] = facts
                trail.add(cid, RESTORE)
            self.deadlines.refresh(session, restored, as_of)
        return list(restored)

    def page(self, query: str = "", *, sort: str = "name", descending: bool = False,
             offset: int = 0, limit: int = 200, total: int | None = None) -> tuple[list[CaseloadRow], int]:
        """A page of the caseload matching ``query`` and how many clients match in all."""
        with self.db.session() as session:
            return store.search(session, summary.search_terms(query), sort=sort, descending=descending,
                                offset=offset, limit=limit, total=total)

    def count(self, query: str = "") -> int:
        with self.db.session() as session:
            return store.count(session, summary.search_terms(query))

    def all_ids(self) -> list[int]:
        with self.db.session() as session:
            return store.all_ids(session)


def _check(facts: CaseFacts, as_of: date) -> None:
    """The rules of entry, whichever way the facts came (editor, interview, a script)."""
    _facts, errors, _warnings = read_case(case_to_dict(facts), as_of=as_of)
    if errors:
        raise CaseFileError(errors)


def _refuse_duplicate(session: Session, facts: CaseFacts, *, besides: int | None = None) -> None:
    c = facts.client
    found = People.of(store.people_like(session, c.a_number, c.given_names, c.family_name), besides=besides).match(c)
    if found is not None:
        raise DuplicatePerson([found])


def conflict(session: Session, client_id: int, version: int | None) -> ServiceError:
    """``NotFound`` for a client gone, else ``EditConflict`` naming who saved last and when."""
    from ..storage import audit as audit_store

    meta = store.client_meta(session, client_id)
    if meta is None:
        return NoSuchClient(client_id, meanwhile=True)
    last = audit_store.latest(session, client_id)
    by, at = (last.actor, last.at) if last is not None else (None, meta[1])
    who = f" by {by}" if by else " by someone else"
    return EditConflict(f"client {client_id}: changed{who} at {at:%Y-%m-%d %H:%M} UTC since you opened it "
                        f"(version {meta[2]}; yours was {version}); reload it to see their changes",
                        client_id=client_id, yours=version, theirs=meta[2], by=by, at=at)
