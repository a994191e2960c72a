"""Bill C-12's one-year bar, read once for the refugee rules and the deadlines.

``asylum.one_year_bar`` (in force from Royal Assent, 2026-03-26) makes a refugee claim made on
or after ``claims_made_on_or_after`` (2025-06-03) ineligible when it comes more than ``years``
after the person's first entry into Canada after ``entries_after`` (2020-06-24), "regardless of
whether the person has since left and returned", at a port of entry and inland alike.

The case file records that first entry apart from the latest one
(``canada_entry.first_entry_date``); when it is not recorded, the latest entry (``canada_entry.date``)
is the only entry known and the bar counts from it (``first_entry_known`` says which). An
entry on or before ``entries_after`` does not start the bar.

"More than one year after entry" is read as the anniversary, like the Interpretation Act's
month rule (s.28): a claim is in time on the anniversary and barred the day after. An entry on
29 February has its anniversary on 28 February in a common year.

Pure Python, standard library only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from .dates import add_years
from .facts import CanadaEntry
from .policydata import Policy, PolicyFact

FACT = "asylum.one_year_bar"
# The entry modes that are an entry into Canada (``none``: not entered).
ENTRY_MODES = ("between_ports", "port_of_entry", "airport")


@dataclass(frozen=True)
class OneYearBar:
    fact: PolicyFact
    years: int
    counted_from: date              # the first entry into Canada after ``entries_after`` on record
    first_entry_known: bool         # True: ``canada_entry.first_entry_date``; False: the latest entry
    entries_after: date | None
    claims_from: date | None        # the bar applies to claims made on or after this day
    last_day: date                  # the last day a claim is in time

    @property
    def field(self) -> str:
        return "canada_entry.first_entry_date" if self.first_entry_known else "canada_entry.date"

    def bars(self, claim_day: date) -> bool:
        """A claim made on ``claim_day`` is ineligible under the bar."""
        return claim_day > self.last_day and (self.claims_from is None or claim_day >= self.claims_from)

    def matters(self, as_of: date) -> bool:
        """The bar can still catch a claim not yet made on ``as_of`` (the day it first bites is on
        or after the claims it applies to start)."""
        first_barred = self.last_day + timedelta(days=1)
        return self.claims_from is None or max(as_of, first_barred) >= self.claims_from


def one_year_bar(entry: CanadaEntry | None, policy: Policy, as_of: date) -> OneYearBar | None:
    """The bar for this client on ``as_of``: None when it is not law on that date, or no entry into
    Canada after ``entries_after`` is on record."""
    if entry is None:
        return None
    fact = policy.find(FACT, as_of)
    if fact is None or not isinstance(fact.value, Mapping):
        return None
    years = fact.value.get("years")
    if isinstance(years, bool) or not isinstance(years, int):
        return None
    entries_after = fact.value.get("entries_after")
    entries_after = entries_after if isinstance(entries_after, date) else None
    claims_from = fact.value.get("claims_made_on_or_after")
    claims_from = claims_from if isinstance(claims_from, date) else None
    candidates: list[tuple[date, bool]] = []
    if entry.first_entry_date is not None:
        candidates.append((entry.first_entry_date, True))
    if entry.mode in ENTRY_MODES and entry.date is not None:
        candidates.append((entry.date, False))
    candidates = [(day, known) for day, known in candidates if entries_after is None or day > entries_after]
    if not candidates:
        return None
    counted_from, known = min(candidates, key=lambda c: (c[0], not c[1]))
    return OneYearBar(fact, years, counted_from, known, entries_after, claims_from,
                      add_years(counted_from, years))
