"""What every assessor works with: the facts, the policy in force on the date, and the sources used."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from .. import dates
from ..assessment import NEEDS_INFO, PathwayResult, Source
from ..facts import CaseFacts
from ..messages import Msg
from ..policydata import Policy, PolicyFact, unverified_for_long

_MISSING = object()


def age_on(born: date | None, on: date) -> int | None:
    """Whole years, or None when the birth date is unknown."""
    return None if born is None else dates.age_on(born, on)


class Context:
    def __init__(self, facts: CaseFacts, policy: Policy, as_of: date, shared: dict[str, Any] | None = None):
        self.facts = facts
        self.policy = policy
        self.as_of = as_of
        self._used: dict[tuple[str, date], PolicyFact] = {}
        # What every pathway of one assessment derives alike (``once``): computed for the first.
        self._shared: dict[str, Any] = {} if shared is None else shared

    def once(self, name: str, compute: Callable[[], Any]) -> Any:
        """``compute()`` done once for this client's assessment (its contexts share the result): it must
        depend only on the facts, the policy and the as-of date."""
        if name not in self._shared:
            self._shared[name] = compute()
        return self._shared[name]

    @property
    def age(self) -> int | None:
        return age_on(self.facts.client.date_of_birth, self.as_of)

    def fact(self, fact_id: str, on: date | None = None) -> PolicyFact | None:
        """The policy fact in force on ``on`` (default: the as-of date); its source is cited."""
        found = self.policy.find(fact_id, on or self.as_of)
        if found is not None:
            self._used[found.id, found.effective] = found
        return found

    def cite(self, *found: PolicyFact) -> None:
        """Cite facts a shared rule read from the policy directly (``usstatus``, ``claimbar``)."""
        for fact in found:
            self._used[fact.id, fact.effective] = fact

    def value(self, fact_id: str, default: Any = None, on: date | None = None) -> Any:
        found = self.fact(fact_id, on)
        return default if found is None or found.value is None else found.value

    def result(self, pathway: str, verdict: str, summary: Msg, reasons: list[Msg], *,
               missing: list[str] | tuple[str, ...] = (), next_steps: list[Msg] | tuple[Msg, ...] = (),
               law: list[Source] | tuple[Source, ...] = (), facts: tuple[str, ...] = ()) -> PathwayResult:
        cited, stale = self._cited()
        sources = list(cited)
        if law:
            ids = {x.id for x in cited}
            for s in law:  # each once
                if s.id not in ids:
                    sources.append(s)
                    ids.add(s.id)
        missing = tuple(dict.fromkeys(missing))
        if verdict == NEEDS_INFO and not missing:
            raise AssertionError(f"{pathway}: needs_info without missing facts")
        return PathwayResult(pathway, verdict, summary, tuple(reasons), missing, tuple(next_steps), tuple(sources),
                             facts, stale)

    def _cited(self) -> tuple[tuple[Source, ...], tuple[str, ...]]:
        """The sources of the facts used, and the ids of those unverified for long: the same few sets of
        facts recur across a caseload, so they are kept with the policy, by the facts' keys."""
        used = self._used.values()
        return self.policy.remembered(("cited", self.as_of, tuple(self._used)), lambda: (
            tuple(Source(f.id, f.source_title or f.title, f.source_url, f.confirmed) for f in used),
            tuple(sorted({f.id for f in used if unverified_for_long(f, self.as_of)}))))

    def fresh(self) -> Context:
        """A context with no sources cited yet, for the next pathway (of the same client's assessment)."""
        return Context(self.facts, self.policy, self.as_of, self._shared)
