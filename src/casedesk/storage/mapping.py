"""Case facts to the client row and back.

The facts are stored as their case file, written and read by ``domain.casefile`` (the same
reader that checks an imported file), so what is read back is exactly what was saved. The row's
other columns are derived here, for the caseload's lists, search and sort.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from ..clock import Clock
from ..domain import summary
from ..domain.casefile import case_to_dict, read_case
from ..domain.facts import CaseFacts
from . import bulk
from .errors import StorageError
from .models import Client


def client_columns(facts: CaseFacts) -> dict[str, Any]:
    """The client row's own columns: the case file and what is derived from it (no id, no timestamps)."""
    c = facts.client
    return {
        "case_json": case_to_dict(facts),
        "given_names": c.given_names,
        "family_name": c.family_name,
        "search_key": summary.search_key(c.given_names, c.family_name, c.a_number),
        "sort_name": summary.sort_name(c.given_names, c.family_name),
        "country": c.citizenships[0] if c.citizenships else c.country_of_birth,
        "status_summary": summary.status_summary(facts),
        "status_expiry": summary.status_expiry(facts),
    }


def facts_of(client_id: int, document: Any) -> CaseFacts:
    """The facts of a stored case file. It was written by this reader's writer, so an error is damage
    (or a hand edit): named by client and field, never by value (values are client data)."""
    facts, errors, _warnings = read_case(document, stored=True)
    if facts is None:
        raise StorageError(f"client {client_id}: the stored case file cannot be read ({errors[0].path or 'document'}"
                           f"{f' and {len(errors) - 1} more' if len(errors) > 1 else ''}); restore a backup")
    return facts


def load_facts(session: Session, ids: Iterable[int]) -> dict[int, CaseFacts]:
    """The facts of the given clients, by id (clients that do not exist are left out)."""
    ids = list(ids)
    out: dict[int, CaseFacts] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for cid, document in bulk.json_by_id(session, Client.__table__, "case_json", chunk):
            out[cid] = facts_of(cid, document)
    return out


def stored_documents(session: Session, ids: Iterable[int]) -> list[tuple[int, Any]]:
    """``(id, stored case file)`` of these clients, undecoded where the driver gives text (``facts_of``
    reads it; a re-assessment's worker processes decode it)."""
    ids = list(ids)
    out: list[tuple[int, Any]] = []
    for start in range(0, len(ids), 500):
        out += bulk.json_by_id(session, Client.__table__, "case_json", ids[start:start + 500], decode=False)
    return out


def stamp(clock: Clock) -> datetime:
    """The clock's time as stored: UTC, without time zone (portable across databases), to the second."""
    return clock.now().astimezone(UTC).replace(tzinfo=None, microsecond=0)
