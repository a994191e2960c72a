"""Derived, display-ready values of a case: folded search text, sort name, status summary.

Search folds case and accents the same way on both sides, so "lefevre" finds "Lefèvre" and
"NGUYEN" finds "Nguyễn", whatever database holds the folded text.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for annotations only: the command line's quick paths fold names without loading the facts
    from .facts import CaseFacts, UsStatus

_SEPARATORS = re.compile(r"[\s\-]+")
MAX_SEARCH = 200
# Letters that do not decompose into base + accent under NFKD.
_EXTRA = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"})


def fold(text: str) -> str:
    """Lower-case, accent-free form of ``text`` for matching."""
    if text.isascii():  # NFKD leaves ASCII as it is, and it has no accents: most names, at import speed
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_EXTRA)


def search_key(given_names: str, family_name: str, a_number: str | None) -> str:
    """The text a caseload search matches against: names, and the A-number with and without separators."""
    parts = [fold(given_names), fold(family_name)]
    if a_number:
        compact = _SEPARATORS.sub("", a_number).casefold()
        parts += [compact, compact.lstrip("a")]
    return " ".join(p for p in parts if p)


def a_number_key(a_number: str | None) -> str | None:
    """The A-number as a person's key: its digits without leading zeros (A12345678 is A012345678)."""
    digits = "".join(c for c in a_number or "" if c.isdigit()).lstrip("0")
    return digits or None


def person_key(given_names: str, family_name: str, born: date | str | None) -> str | None:
    """Names (folded) and date of birth as a person's key; None without a date of birth or a name."""
    name = sort_name(given_names, family_name)
    if born is None or not name:
        return None
    return f"{name}|{born if isinstance(born, str) else born.isoformat()}"


def search_terms(query: str) -> list[str]:
    """The words of a search query, folded; A-number separators are dropped. Only the first
    ``MAX_SEARCH`` characters count: a search is a few names or an A-number, and SQLite refuses
    a pattern over 50,000 characters (a search that long crashed)."""
    terms = []
    for word in fold(query[:MAX_SEARCH]).split():
        compact = word.replace("-", "")
        terms.append(compact if any(c.isdigit() for c in compact) else word)
    return [t for t in terms if t]


def sort_name(given_names: str, family_name: str) -> str:
    return f"{fold(family_name)}, {fold(given_names)}".strip(", ")


def status_code(status: UsStatus) -> str:
    """A compact, language-neutral code for a status (``parole:CHNV``, ``tps:HT``, ``ead``).

    The UI turns it into words in the user's language.
    """
    detail = status.program if status.kind == "parole" else status.country if status.kind == "tps" else None
    return f"{status.kind}:{detail}" if detail else status.kind


def primary_status(facts: CaseFacts) -> UsStatus | None:
    """The status that keeps the client in the U.S.: parole or TPS first, then the others.

    Work permits (EAD) ride on another status, so they are shown only when nothing else is known.
    """
    ranked = sorted(
        facts.us_status or (),
        key=lambda s: (s.kind == "ead", s.kind == "other", s.valid_until or date.max),
    )
    return ranked[0] if ranked else None


def status_summary(facts: CaseFacts) -> str:
    status = primary_status(facts)
    return status_code(status) if status else ""


def status_expiry(facts: CaseFacts) -> date | None:
    """The earliest known end date among the client's U.S. statuses."""
    dates = [s.valid_until for s in facts.us_status or () if s.valid_until is not None]
    return min(dates) if dates else None
