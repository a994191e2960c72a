"""Citizenship by descent: which parent makes the client Canadian, and how.

One reading of the law, used by the assessor (``pathways/citizenship.py``), the citizenship
letter and the interview:

- A parent counts as Canadian at the client's birth when the case file says so, or when the
  parent was born in Canada and the flag is left empty (born in Canada is Canadian from birth;
  only an explicit "no" says otherwise, e.g. a renunciation).
- A parent born or naturalized in Canada passes citizenship to a child born abroad (first
  generation).
- A parent who is Canadian by descent (born abroad) passes it on when Bill C-3 restored it (a
  birth before ``citizenship.descent_restoration_cutoff``), when the parent spent
  ``citizenship.substantial_connection_days`` in Canada before a later birth, or, before Bill
  C-3 was in force, for a birth before the first-generation limit (2009-04-17).
- Failing a parent, a grandparent born in Canada may make a parent, and so the client, Canadian.

``descent`` lists every Canadian parent with how they pass citizenship on (strongest first) and
the facts still needed to decide the others. The policy values come in a ``DescentLaw`` built
by the caller, so an assessor can cite the facts it read.

Pure Python, standard library only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from .facts import CaseFacts, Parent

# How a parent passes citizenship on, strongest first. The first four make the client a citizen.
BORN_IN_CANADA = "birth_in_canada"        # first generation
NATURALIZED = "naturalization"            # first generation
RESTORED = "restored"                     # by descent, birth before the Bill C-3 cut-off
CONNECTION = "connection"                 # by descent, Bill C-3's days-in-Canada test met
GRANDPARENT = "grandparent"               # no parent known to pass it on; a grandparent born in Canada
BEFORE_LIMIT = "pre_2009"                 # by descent, birth before the first-generation limit (before C-3)
LIMITED = "first_generation_limit"        # by descent, blocked by the first-generation limit (before C-3)
SHORT = "short_connection"                # by descent, fewer days in Canada than Bill C-3 requires
BASES = (BORN_IN_CANADA, NATURALIZED, RESTORED, CONNECTION, GRANDPARENT, BEFORE_LIMIT, LIMITED, SHORT)
CITIZEN_BASES = (BORN_IN_CANADA, NATURALIZED, RESTORED, CONNECTION)


def parent_was_canadian(canadian_at_client_birth: object, canadian_by: object) -> bool | None:
    """Whether a parent was a Canadian citizen at the client's birth; None when not known.

    Takes the case file's two values as given (the interview asks about answers not yet
    validated): a recorded yes or no decides; otherwise a parent born in Canada counts.
    """
    if isinstance(canadian_at_client_birth, bool):
        return canadian_at_client_birth
    return True if canadian_by == BORN_IN_CANADA else None


@dataclass(frozen=True)
class DescentLaw:
    """The policy values the rule reads, on the date it is decided."""

    restoration_cutoff: date | None      # Bill C-3: births before it restored; None before C-3
    first_generation_limit: date | None  # the limit's date while it is in force, else None
    connection_days: int | None          # Bill C-3's days in Canada before a later birth

    @classmethod
    def read(cls, lookup: Callable[[str], Any]) -> DescentLaw:
        """From ``lookup(fact_id)``: a policy fact (with ``value`` and ``effective``) or None."""
        cutoff, limit, days = (lookup(f"citizenship.{k}") for k in (
            "descent_restoration_cutoff", "first_generation_limit", "substantial_connection_days"))
        return cls(cutoff.value if cutoff is not None else None,
                   limit.effective if limit is not None and limit.value else None,
                   days.value if days is not None else None)


@dataclass(frozen=True)
class Link:
    """How one Canadian parent (or, for ``GRANDPARENT``, a grandparent) bears on the client."""

    basis: str
    index: int | None = None             # position in ``facts.parents``; None for the grandparent
    parent: Parent | None = None

    @property
    def relation(self) -> str:
        """``mother``, ``father`` or ``parent`` (also when not recorded)."""
        relation = self.parent.relation if self.parent is not None else None
        return relation if relation in ("mother", "father") else "parent"

    @property
    def makes_citizen(self) -> bool:
        return self.basis in CITIZEN_BASES


@dataclass(frozen=True)
class Descent:
    born_in_canada: bool                 # the client: a citizen by birth, not by descent
    links: tuple[Link, ...]              # Canadian parents, then a Canadian-born grandparent; strongest first
    missing: tuple[str, ...]             # case-file paths that would decide the parents not listed

    @property
    def best(self) -> Link | None:
        return self.links[0] if self.links else None


def descent(facts: CaseFacts, law: DescentLaw) -> Descent:
    """Every way the client's parents (or a grandparent) may make them Canadian, strongest first."""
    born = facts.client.date_of_birth
    links: list[Link] = []
    missing: list[str] = []
    for i, p in enumerate(facts.parents or ()):
        at = f"parents[{i}]"
        canadian = parent_was_canadian(p.canadian_at_client_birth, p.canadian_by)
        if canadian is None:
            missing.append(f"{at}.canadian_at_client_birth")
            continue
        if not canadian:
            continue
        if p.canadian_by in (BORN_IN_CANADA, NATURALIZED):
            links.append(Link(p.canadian_by, i, p))
            continue
        # Born abroad (Canadian by descent), or how is not known.
        if born is None:
            missing.append("client.date_of_birth")
            continue
        if law.restoration_cutoff is not None and born < law.restoration_cutoff:
            links.append(Link(RESTORED, i, p))
            continue
        if p.canadian_by is None:
            missing.append(f"{at}.canadian_by")
            continue
        if law.restoration_cutoff is not None:
            days = p.days_in_canada_before_client_birth
            if days is None:
                missing.append(f"{at}.days_in_canada_before_client_birth")
            elif law.connection_days is not None and days >= law.connection_days:
                links.append(Link(CONNECTION, i, p))
            else:
                links.append(Link(SHORT, i, p))
        elif law.first_generation_limit is not None and born >= law.first_generation_limit:
            links.append(Link(LIMITED, i, p))
        else:
            links.append(Link(BEFORE_LIMIT, i, p))
    if facts.grandparent_born_in_canada:
        links.append(Link(GRANDPARENT))
    links.sort(key=lambda link: BASES.index(link.basis))  # stable: the first parent listed wins a tie
    return Descent(facts.client.country_of_birth == "CA", tuple(links), tuple(dict.fromkeys(missing)))
