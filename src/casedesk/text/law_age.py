"""The age of the law in words: "Rests on policy data not verified for more than 90 days: ...".

Apart from ``results`` (an assessment in words) so that a stored deadline's words (``casedesk
deadlines ID``, a quick path) load only this."""

from __future__ import annotations

from ..domain.messages import msg
from .render import render


def law_age_words(stale: tuple[str, ...] | list[str], titles: dict[str, str] | None = None,
                  language: str = "en") -> str | None:
    """"Rests on policy data not verified for more than 90 days: ...", naming each fact by its title where
    known (else its id); None when nothing is stale."""
    from ..domain.freshness import STALE_AFTER_DAYS

    if not stale:
        return None
    names = tuple((titles or {}).get(fact_id) or fact_id for fact_id in stale)
    return render(msg("law_age.stale", facts=names, days=STALE_AFTER_DAYS), language)
