"""What an eligibility check says about one pathway, and about a client as a whole.

Every verdict carries its reasons, what is missing, what to do next and the sources it rests
on; a rule that cannot decide answers ``needs_info`` and names the missing facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

PATHWAY_IDS = (
    "visitor_visa", "study_permit", "work_permit",
    "refugee_claim_port_of_entry", "refugee_claim_after_irregular_entry", "citizenship_by_descent",
    "express_entry", "provincial_nominee", "spousal_sponsorship", "other_family_sponsorship",
    "self_employed", "quebec_business", "start_up_visa", "investor",
)

PROMISING, POSSIBLE, UNLIKELY, INELIGIBLE, UNAVAILABLE, NEEDS_INFO = (
    "promising", "possible", "unlikely", "ineligible", "unavailable", "needs_info")
VERDICTS = (PROMISING, POSSIBLE, UNLIKELY, INELIGIBLE, UNAVAILABLE, NEEDS_INFO)

# Ranking for display: what a caseworker should look at first.
_RANK = {PROMISING: 0, POSSIBLE: 1, NEEDS_INFO: 2, UNLIKELY: 3, UNAVAILABLE: 4, INELIGIBLE: 5}


def verdict_rank(verdict: str) -> int:
    return _RANK[verdict]


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str
    confirmed: bool = True  # False: a secondary or unconfirmed source, to verify before relying on it

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "url": self.url}


@dataclass(frozen=True)
class PathwayResult:
    id: str
    verdict: str
    summary: str
    reasons: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()

    def __post_init__(self) -> None:
        assert self.verdict in VERDICTS, self.verdict
        assert self.reasons, f"{self.id}: a verdict needs a reason"
        assert self.verdict != NEEDS_INFO or self.missing, f"{self.id}: needs_info must name what is missing"

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "verdict": self.verdict, "summary": self.summary,
            "reasons": list(self.reasons), "missing": list(self.missing),
            "next_steps": list(self.next_steps), "sources": [s.as_dict() for s in self.sources],
            "unconfirmed_sources": [s.id for s in self.sources if not s.confirmed],
        }


@dataclass(frozen=True)
class Assessment:
    as_of: date
    policy_version: str
    pathways: tuple[PathwayResult, ...] = field(default_factory=tuple)

    def ranked(self) -> list[PathwayResult]:
        return sorted(self.pathways, key=lambda p: (verdict_rank(p.verdict), PATHWAY_IDS.index(p.id)))

    def best(self) -> PathwayResult | None:
        ranked = self.ranked()
        return ranked[0] if ranked else None

    def verdicts(self) -> dict[str, str]:
        return {p.id: p.verdict for p in self.pathways}

    def as_dict(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat(), "policy_version": self.policy_version,
                "pathways": [p.as_dict() for p in self.pathways]}
