"""Dated policy facts: the values the rules read, each with its period, source and confidence.

Policy changes (a TPS termination, a new processing time, a paused program) are data, never
constants in code. One ``PolicyFact`` is one value of one fact id over one period
``[effective, until)``; the successive values of a fact are several entries with the same id.
A ``Policy`` answers "what was the value of this fact on that date", so a rule evaluated on an
earlier date sees the earlier value.

Confidence, as tagged in ``shared/reference/rules-facts.md``:

- ``"S"``: official or primary source;
- ``"S3"``: secondary source only (news, law-firm page, transcription);
- ``"R"``: recollection, unconfirmed;
- ``"?"``: the sources conflict or are missing.

Only ``"S"`` counts as confirmed; everything else must be shown to users as "verify before
relying on it".

Values are frozen on construction: lists become tuples and objects become read-only mappings
(``types.MappingProxyType``), so a rule cannot change a policy shared by every assessment.
``thaw`` gives plain lists and dicts back.

Pure Python, standard library only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any

from .freshness import STALE_AFTER_DAYS as STALE_AFTER_DAYS  # re-exported: where the policy's readers look

CONFIDENCE_LEVELS = ("S", "S3", "R", "?")
CONFIDENCE_LABELS = {
    "S": "official or primary source",
    "S3": "secondary source only: verify before relying on it",
    "R": "unconfirmed recollection: verify before relying on it",
    "?": "sources conflict or are missing: verify before relying on it",
}

_MISSING: Any = object()


class PolicyError(KeyError):
    """No entry of a fact id is in force on the date asked."""

    def __init__(self, fact_id: str, as_of: date):
        self.fact_id = fact_id
        self.as_of = as_of
        super().__init__(f"no policy fact {fact_id!r} in force on {as_of.isoformat()}")

    def __str__(self) -> str:  # KeyError would show the message quoted
        return str(self.args[0])


class PolicyValueError(PolicyError):
    """The entry of a fact id in force on the date asked has a value the rule cannot read."""

    def __init__(self, fact: PolicyFact, as_of: date, problem: str):
        super().__init__(fact.id, as_of)
        message = (f"policy fact {fact.id!r} in force on {as_of.isoformat()} (entry effective "
                   f"{fact.effective.isoformat()}): {problem}")
        self.args = (message,)


def freeze(value: Any) -> Any:
    """A deep read-only copy: lists/tuples -> tuples, dicts -> MappingProxyType."""
    if isinstance(value, Mapping):
        return MappingProxyType({key: freeze(item) for key, item in value.items()})
    if isinstance(value, (list, tuple)):
        return tuple(freeze(item) for item in value)
    return value


def thaw(value: Any) -> Any:
    """The inverse of ``freeze``: plain dicts and lists (dates stay dates)."""
    if isinstance(value, Mapping):
        return {key: thaw(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [thaw(item) for item in value]
    return value


@dataclass(frozen=True, slots=True)
class PolicyFact:
    """One value of one policy fact, in force from ``effective`` up to (not including) ``until``."""

    id: str
    title: str
    value: Any
    effective: date
    until: date | None
    source_title: str
    source_url: str
    confidence: str  # "S", "S3", "R" or "?"
    verified_on: date | None
    note: str = ""
    title_fr: str = ""  # the title in French, where the data gives one

    def title_in(self, language: str) -> str:
        """The title in ``language`` ("en" or "fr"), English where the data has no French one."""
        return self.title_fr if language == "fr" and self.title_fr else self.title

    def __post_init__(self) -> None:
        object.__setattr__(self, "value", freeze(self.value))

    def __hash__(self) -> int:  # values may be mappings, which do not hash
        return hash((self.id, self.effective, self.until, self.confidence))

    @property
    def confirmed(self) -> bool:
        """True only for an official or primary source; anything else needs verifying."""
        return self.confidence == "S"

    @property
    def confidence_label(self) -> str:
        return CONFIDENCE_LABELS.get(self.confidence, "unknown confidence: verify")

    def in_force(self, as_of: date) -> bool:
        return self.effective <= as_of and (self.until is None or as_of < self.until)

    def as_source(self) -> dict[str, str]:
        """The citation a verdict lists: ``{"id", "title", "url"}``."""
        return {"id": self.id, "title": self.source_title or self.title, "url": self.source_url}


MEMO_LIMIT = 100_000


@dataclass(frozen=True, slots=True)
class Policy:
    """A published set of policy facts. ``version`` is recorded with every assessment."""

    version: str
    published: date
    facts: tuple[PolicyFact, ...]
    _by_id: Mapping[str, tuple[PolicyFact, ...]] = field(
        init=False, repr=False, compare=False, hash=False,
    )
    # Values derived from this (immutable) policy, kept for the next client of a run: a caseload asks
    # the same questions of it hundreds of thousands of times (``find``, a pathway's cited sources).
    memo: dict[Any, Any] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "memo", {})
        facts = tuple(self.facts)
        object.__setattr__(self, "facts", facts)
        grouped: dict[str, list[PolicyFact]] = {}
        for fact in facts:
            grouped.setdefault(fact.id, []).append(fact)
        object.__setattr__(self, "_by_id", MappingProxyType({
            fact_id: tuple(sorted(entries, key=lambda f: f.effective))
            for fact_id, entries in grouped.items()
        }))

    def find(self, fact_id: str, as_of: date) -> PolicyFact | None:
        """The entry of ``fact_id`` in force on ``as_of`` (the latest effective if several)."""
        key = ("find", fact_id, as_of)
        try:
            return self.memo[key]
        except KeyError:
            return self.remembered(key, lambda: self._find(fact_id, as_of))

    def remembered(self, key: Any, compute: Callable[[], Any]) -> Any:
        """``compute()``, kept in ``memo`` under ``key``: it must depend only on this policy and the key."""
        try:
            return self.memo[key]
        except KeyError:
            if len(self.memo) > MEMO_LIMIT:  # dates that vary by client: keep memory bounded
                self.memo.clear()
            found = self.memo[key] = compute()
            return found

    def _find(self, fact_id: str, as_of: date) -> PolicyFact | None:
        found = None
        for fact in self._by_id.get(fact_id, ()):
            if fact.effective > as_of:
                break
            if fact.until is None or as_of < fact.until:
                found = fact
        return found

    def get(self, fact_id: str, as_of: date) -> PolicyFact:
        fact = self.find(fact_id, as_of)
        if fact is None:
            raise PolicyError(fact_id, as_of)
        return fact

    def value(self, fact_id: str, as_of: date, default: Any = _MISSING) -> Any:
        """The value in force on ``as_of``; ``default`` if none (else ``PolicyError``)."""
        fact = self.find(fact_id, as_of)
        if fact is None:
            if default is _MISSING:
                raise PolicyError(fact_id, as_of)
            return default
        return fact.value

    def history(self, fact_id: str) -> list[PolicyFact]:
        """Every entry of ``fact_id``, oldest first."""
        return list(self._by_id.get(fact_id, ()))

    def ids(self) -> list[str]:
        return sorted(self._by_id)

    def in_force(self, as_of: date) -> list[PolicyFact]:
        """One entry per id, those in force on ``as_of``, by id."""
        return [f for f in (self.find(i, as_of) for i in self.ids()) if f is not None]

    def age_days(self, as_of: date) -> int:
        return (as_of - self.published).days

    def stale(self, as_of: date, limit_days: int = STALE_AFTER_DAYS) -> bool:
        """True when the policy was published more than ``limit_days`` before ``as_of``."""
        return self.age_days(as_of) > limit_days

    def with_fact(self, fact: PolicyFact, *, version: str | None = None) -> Policy:
        """A copy where ``fact`` governs its id over exactly ``[fact.effective, fact.until)``.

        An entry of the same id and effective date is replaced. Other entries of that id are
        clipped to make room: one that starts earlier ends at ``fact.effective``, one that runs
        past ``fact.until`` resumes there, one wholly inside the period is dropped. The copy
        therefore never has overlapping periods and can be written with ``dump_policy``.
        """
        kept: list[PolicyFact] = []
        for old in self.facts:
            if old.id != fact.id or not _overlaps(old, fact):
                kept.append(old)
                continue
            if old.effective < fact.effective:
                kept.append(replace(old, until=fact.effective))
            if fact.until is not None and (old.until is None or old.until > fact.until):
                kept.append(replace(old, effective=max(old.effective, fact.until)))
        kept.append(fact)
        return Policy(version=version or self.version, published=self.published, facts=tuple(kept))


def unverified_for_long(fact: PolicyFact, as_of: date, limit_days: int = STALE_AFTER_DAYS) -> bool:
    """The fact was never verified, or last verified more than ``limit_days`` before ``as_of``: an
    answer resting on it says so beside it (the age of the law)."""
    return fact.verified_on is None or (as_of - fact.verified_on).days > limit_days


def stale_fact_ids(policy: Policy, fact_ids: Iterable[str], as_of: date,
                   limit_days: int = STALE_AFTER_DAYS) -> tuple[str, ...]:
    """Of ``fact_ids``, those whose entry in force on ``as_of`` (else the latest entry) was not verified
    for more than ``limit_days``, sorted."""
    ids = tuple(fact_ids)  # the same few sets recur across a caseload
    return policy.remembered(("stale", ids, as_of, limit_days), lambda: _stale_fact_ids(policy, ids, as_of, limit_days))


def _stale_fact_ids(policy: Policy, fact_ids: tuple[str, ...], as_of: date, limit_days: int) -> tuple[str, ...]:
    stale = set()
    for fact_id in fact_ids:
        fact = policy.find(fact_id, as_of)
        if fact is None:
            entries = policy.history(fact_id)
            fact = entries[-1] if entries else None
        if fact is not None and unverified_for_long(fact, as_of, limit_days):
            stale.add(fact_id)
    return tuple(sorted(stale))


def stale_from(policy: Policy, limit_days: int = STALE_AFTER_DAYS) -> dict[str, date]:
    """Per fact id, the first day ``stale_fact_ids`` may name it: the day after ``limit_days`` past the
    earliest verification of any of its entries, or ``date.min`` if one was never verified. Before
    that day the fact is fresh whichever of its entries is in force; stored beside deadlines computed
    with ``policy``, this lets a reader tell their age of the law without the policy
    (``deadline_codes.fresh_on``)."""
    found: dict[str, date] = {}
    for fact in policy.facts:
        try:
            day = date.min if fact.verified_on is None else fact.verified_on + timedelta(days=limit_days + 1)
        except OverflowError:  # verified in the year 9999: never stale
            day = date.max
        if day < found.get(fact.id, date.max):
            found[fact.id] = day
    return found


def _overlaps(a: PolicyFact, b: PolicyFact) -> bool:
    a_before_b_ends = b.until is None or a.effective < b.until
    b_before_a_ends = a.until is None or b.effective < a.until
    return a_before_b_ends and b_before_a_ends
