"""Assessment history rows, and the latest best pathway denormalized onto the client."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import bulk
from .models import AssessmentRow, Client


class SavedAssessment(NamedTuple):
    id: int
    client_id: int
    as_of: date
    policy_version: str
    created_at: datetime
    verdicts: dict[str, str]
    results: list[dict[str, Any]] | None = None  # each pathway's ``PathwayResult.record()``; None before 0012
    facts_digest: str | None = None  # of the facts assessed (``domain.casefile.facts_digest``); None before 0013


class NewAssessment(NamedTuple):
    client_id: int
    as_of: date
    policy_version: str
    verdicts: dict[str, str]
    best_pathway: str | None
    best_verdict: str | None
    results: list[dict[str, Any]] | None = None
    facts_digest: str | None = None


def _values(a: NewAssessment, when: datetime) -> dict[str, Any]:
    return {"client_id": a.client_id, "as_of": a.as_of, "policy_version": a.policy_version, "created_at": when,
            "verdicts": a.verdicts, "results": a.results, "facts_digest": a.facts_digest}


def encoded(a: NewAssessment) -> NewAssessment:
    """The same assessment with its verdicts and results already in their stored JSON text
    (``bulk.encoded_json``), made where it is computed (a re-assessment's worker process): for ``save``."""
    # Typed as the values they stand for: only ``save`` (through ``bulk``) reads them.
    return a._replace(verdicts=cast(Any, bulk.encoded_json(a.verdicts)),
                      results=None if a.results is None else cast(Any, bulk.encoded_json(a.results)))


def save(session: Session, batch: Sequence[NewAssessment], when: datetime) -> None:
    if not batch:
        return
    bulk.insert(session, AssessmentRow.__table__, [_values(a, when) for a in batch])
    _set_best(session, batch)


def save_one(session: Session, a: NewAssessment, when: datetime) -> int:
    """Save one assessment; its id."""
    table = AssessmentRow.__table__
    new_id = session.execute(table.insert().returning(table.c.id), _values(a, when)).scalar_one()
    _set_best(session, [a])
    return int(new_id)


def _set_best(session: Session, batch: Sequence[NewAssessment]) -> None:
    # Plain column updates: not a change of the client's facts, so neither updated_at nor version moves.
    bulk.update(session, Client.__table__, ["id"], [{"best_pathway": a.best_pathway, "best_verdict": a.best_verdict,
                                                     "id": a.client_id} for a in batch])


def _saved(r: AssessmentRow) -> SavedAssessment:
    return SavedAssessment(r.id, r.client_id, r.as_of, r.policy_version, r.created_at, dict(r.verdicts),
                           r.results, r.facts_digest)


def history(session: Session, client_id: int) -> list[SavedAssessment]:
    rows = session.scalars(select(AssessmentRow).where(AssessmentRow.client_id == client_id)
                           .order_by(AssessmentRow.id.desc()))
    return [_saved(r) for r in rows]


def latest(session: Session, client_id: int) -> SavedAssessment | None:
    """The client's newest assessment, or None."""
    row = session.scalars(select(AssessmentRow).where(AssessmentRow.client_id == client_id)
                          .order_by(AssessmentRow.id.desc()).limit(1)).first()
    return None if row is None else _saved(row)


def latest_verdicts(session: Session, client_ids: Iterable[int]) -> dict[int, dict[str, str]]:
    ids = list(client_ids)
    if not ids:
        return {}
    latest = (select(func.max(AssessmentRow.id)).where(AssessmentRow.client_id.in_(ids))
              .group_by(AssessmentRow.client_id))
    rows = session.execute(select(AssessmentRow.client_id, AssessmentRow.verdicts)
                           .where(AssessmentRow.id.in_(latest)))
    return {cid: dict(v) for cid, v in rows}
