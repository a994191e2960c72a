"""What an eligibility check says about one pathway, and about a client as a whole.

Every verdict carries its reasons, what is missing, what to do next and the sources it rests
on; a rule that cannot decide answers ``needs_info`` and names the missing facts.

Summary, reasons and next steps are messages: codes with parameters (``messages.Msg``), put
into words at the edge (``casedesk.text``). ``missing`` and ``facts`` are case-file paths.
``as_dict`` is the JSON form of the data alone (what is stored, and what ``casedesk assess
--json`` extends with the English words); ``from_dict`` reads it back, and also reads the
older form whose summary, reasons and next steps were English sentences (kept as
``legacy.text`` messages).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .messages import Msg, msg

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


def _message(value: Any) -> Msg:
    """A message in any form it is kept in: ``{"code", "params"}`` (``as_dict``), ``[code]`` or
    ``[code, params]`` (``record``), or an older English sentence, kept as it was (``legacy.text``)."""
    if isinstance(value, Mapping) and "code" in value:
        return Msg.from_dict(value)
    if isinstance(value, (list, tuple)) and value and isinstance(value[0], str):
        return Msg.from_dict({"code": value[0], "params": value[1] if len(value) > 1 else {}})
    return msg("legacy.text", text=str(value))


def _compact(message: Msg) -> list[Any]:
    if not message.params:  # most messages: no parameters to make JSON-ready
        return [message.code]
    data = message.as_dict()
    return [data["code"], data["params"]] if data["params"] else [data["code"]]


@dataclass(frozen=True)
class PathwayResult:
    id: str
    verdict: str
    summary: Msg
    reasons: tuple[Msg, ...] = ()
    missing: tuple[str, ...] = ()
    next_steps: tuple[Msg, ...] = ()
    sources: tuple[Source, ...] = ()
    facts: tuple[str, ...] = ()  # the case-file facts a decided verdict turned on, where one does
    # The policy facts it rests on that were not verified for more than 90 days before the as-of date
    # (or never): the age of the law, shown beside the verdict.
    stale_sources: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        assert self.verdict in VERDICTS, self.verdict
        assert self.reasons, f"{self.id}: a verdict needs a reason"
        assert self.verdict != NEEDS_INFO or self.missing, f"{self.id}: needs_info must name what is missing"

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "verdict": self.verdict, "summary_code": self.summary.as_dict(),
            "reason_codes": [r.as_dict() for r in self.reasons], "missing": list(self.missing),
            "next_step_codes": [s.as_dict() for s in self.next_steps], "facts": list(self.facts),
            "sources": [s.as_dict() for s in self.sources],
            "unconfirmed_sources": [s.id for s in self.sources if not s.confirmed],
            "stale_sources": list(self.stale_sources),
        }

    def record(self) -> dict[str, Any]:
        """What a saved assessment keeps, compactly (about 4.7 KB a client instead of 14 KB): each
        message as ``[code, params]`` (``[code]`` without parameters), empty lists left out, and the
        sources as policy-fact ids (their titles and addresses are in the policy data the assessment
        names). ``from_dict`` reads it."""
        data: dict[str, Any] = {"id": self.id, "verdict": self.verdict, "summary": _compact(self.summary),
                                "reasons": [_compact(r) for r in self.reasons]}
        for key, values in (("next_steps", [_compact(m) for m in self.next_steps]), ("missing", list(self.missing)),
                            ("facts", list(self.facts)), ("sources", [s.id for s in self.sources]),
                            ("unconfirmed_sources", [s.id for s in self.sources if not s.confirmed]),
                            ("stale_sources", list(self.stale_sources))):
            if values:
                data[key] = values
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PathwayResult:
        """The inverse of ``as_dict`` and ``record`` (a source given by id alone has no title yet);
        English ``summary``/``reasons``/``next_steps`` of an older CaseDesk are read when there are
        no codes."""
        unconfirmed = set(data.get("unconfirmed_sources") or ())
        sources = tuple(Source(s, "", "", s not in unconfirmed) if isinstance(s, str) else
                        Source(str(s.get("id", "")), str(s.get("title", "")), str(s.get("url", "")),
                               s.get("id") not in unconfirmed)
                        for s in data.get("sources") or ())
        summary = data.get("summary_code", data.get("summary", ""))
        return cls(str(data["id"]), str(data["verdict"]), _message(summary),
                   tuple(_message(r) for r in data.get("reason_codes", data.get("reasons")) or ()),
                   tuple(str(m) for m in data.get("missing") or ()),
                   tuple(_message(s) for s in data.get("next_step_codes", data.get("next_steps")) or ()),
                   sources, tuple(str(f) for f in data.get("facts") or ()),
                   tuple(str(f) for f in data.get("stale_sources") or ()))


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

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Assessment:
        return cls(date.fromisoformat(str(data["as_of"])), str(data["policy_version"]),
                   tuple(PathwayResult.from_dict(p) for p in data.get("pathways") or ()))
