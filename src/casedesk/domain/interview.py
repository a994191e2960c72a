"""The guided interview's route: which page comes next, decided from the answers so far.

The interview screens every client first (identity and U.S. status, partner, parents,
relatives, minors, Canadian documents, entry to Canada), then asks the details of the routes
the screening found promising, then shows the results. ``next_page`` is a pure function of
the case-file document (the ``case_to_dict`` shape) and the as-of date, so the wizard's
``nextId()`` and the tests agree on the route.

The document may hold answers not yet validated (text typed into a date field): anything
that is not a well-formed value counts as unknown here, and an unknown answer never hides a
page that might matter (an unknown age shows the minor's page *and* the adult's pages).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from enum import IntEnum
from typing import Any

from . import people
from .descent import parent_was_canadian

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Page(IntEnum):
    """Wizard pages, in interview order: screening, then details, then results."""

    IDENTITY = 0
    PARTNER_SCREEN = 1
    PARENTS_SCREEN = 2
    RELATIVES_SCREEN = 3
    MINOR = 4
    DOCUMENTS = 5
    ENTRY = 6
    PARTNER_DETAILS = 7
    PARENT_DETAILS = 8
    HUMAN_CAPITAL = 9
    LANGUAGE = 10
    BUSINESS = 11
    RESULTS = 12


# --- what the answers say -----------------------------------------------------------------

def _section(doc: Mapping[str, Any], key: str) -> dict[str, Any] | None:
    value = doc.get(key)
    return value if isinstance(value, dict) else None


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _count(value: Any) -> int | None:
    """A whole number of years, or None when it is unknown or not a number."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return value


def is_minor(doc: Mapping[str, Any], as_of: date) -> bool | None:
    """Under the age of majority on ``as_of``; None when the date of birth is unknown (or not a date)."""
    return people.is_minor(_date((_section(doc, "client") or {}).get("date_of_birth")), as_of)


def has_partner(doc: Mapping[str, Any]) -> bool:
    """The client has a spouse or partner (``people.has_partner``: recorded, or married or common-law)."""
    client = _section(doc, "client") or {}
    return people.has_partner(client.get("marital_status"), _section(doc, "partner")) is True


def has_canadian_parent(doc: Mapping[str, Any]) -> bool:
    """A parent was a Canadian citizen at the client's birth (``descent.parent_was_canadian``: recorded
    so, or born in Canada with the flag left empty)."""
    return canadian_parent(doc.get("parents"), True) is not None


def canadian_parent(parents: Any, wanted: bool | None) -> int | None:
    """The position of the first parent entry whose Canadian-at-birth answer is ``wanted``."""
    for index, parent in enumerate(parents if isinstance(parents, list) else ()):
        if isinstance(parent, dict) and parent_was_canadian(
                parent.get("canadian_at_client_birth"), parent.get("canadian_by")) is wanted:
            return index
    return None


def may_have_language_points(doc: Mapping[str, Any]) -> bool:
    """Worth asking for test results: some education (secondary or more) or work, or not known.

    Only a client known to have less than secondary school and no work at all is spared.
    """
    hc = _section(doc, "human_capital") or {}
    education = hc.get("education")
    if education != "none":  # secondary or more, unknown, or not (yet) a valid level
        return True
    years = [_count(hc.get(k)) for k in ("canadian_work_years", "foreign_work_years")]
    return any(y is None or y > 0 for y in years)


def has_business_means(doc: Mapping[str, Any]) -> bool:
    """Business capital or cultural/athletic self-employment was reported (section present)."""
    return _section(doc, "business") is not None or _section(doc, "self_employment") is not None


# --- the route ----------------------------------------------------------------------------

def _adult_or_unknown(doc: Mapping[str, Any], as_of: date) -> bool:
    return is_minor(doc, as_of) is not True


_SHOWN: dict[Page, Callable[[Mapping[str, Any], date], bool]] = {
    Page.MINOR: lambda doc, as_of: is_minor(doc, as_of) is not False,
    Page.PARTNER_DETAILS: lambda doc, as_of: has_partner(doc),
    Page.PARENT_DETAILS: lambda doc, as_of: has_canadian_parent(doc),
    Page.HUMAN_CAPITAL: _adult_or_unknown,
    Page.LANGUAGE: lambda doc, as_of: _adult_or_unknown(doc, as_of) and may_have_language_points(doc),
    Page.BUSINESS: lambda doc, as_of: _adult_or_unknown(doc, as_of) and has_business_means(doc),
}


def is_shown(page: Page, doc: Mapping[str, Any], as_of: date) -> bool:
    """Whether ``page`` is part of this client's interview (pages not listed are always asked)."""
    rule = _SHOWN.get(page)
    return True if rule is None else rule(doc, as_of)


def next_page(page: Page, doc: Mapping[str, Any], as_of: date) -> Page | None:
    """The page after ``page`` for these answers; None after the results."""
    for candidate in Page:
        if candidate > page and is_shown(candidate, doc, as_of):
            return candidate
    return None


def pages_for(doc: Mapping[str, Any], as_of: date) -> list[Page]:
    """Every page this client's interview goes through, first to last."""
    route: list[Page] = []
    page: Page | None = Page.IDENTITY
    while page is not None:
        route.append(page)
        page = next_page(page, doc, as_of)
    return route
