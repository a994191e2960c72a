"""Filling a database with the fictional demo caseload."""

from __future__ import annotations

from datetime import date

from ..domain.casefile import parse_case
from ..domain.demo import demo_cases
from ..policy.source import PolicySource
from ..storage import clients as store
from ..storage.database import Database, transaction
from ..storage.mapping import stamp
from .assessments import AssessmentService
from .audit import IMPORT, Trail
from .deadlines import DeadlineService


def seed_demo(db: Database, today: date, policy: PolicySource) -> list[int]:
    cases = [parse_case(doc, record=n) for n, doc in enumerate(demo_cases(today), start=1)]
    with transaction(db) as session:
        when = stamp(db.clock)
        ids = store.insert_clients(session, cases, when)
        DeadlineService(db, policy).refresh(session, dict(zip(ids, cases)), today)
        Trail(session, when).each(ids, IMPORT)
    AssessmentService(db, policy).reassess(ids, today)  # the caseload opens with every client's best route
    return ids
