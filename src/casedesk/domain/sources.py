"""Which sources a result may cite: each once, and never the team's own reference notes.

The policy data records where each fact came from, and some facts rest on the team's working
notes ("Recollection (rules-facts.md, section 2d)") rather than a published source. Those notes
are a reason to verify, not something a lawyer can cite, so the places that list sources (the
routes, the letters, Upcoming) show the published ones, each once, and say how many facts rest
on no published source. The data keeps its honest record; the choice is made here, once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .assessment import Source

# The team's reference notes, as the policy data names them.
_NOTES = re.compile(r"rules-facts\.md|^\s*recollection\b", re.IGNORECASE)
# "(rules-facts.md §2a.8 and the Ministerial Instructions)" inside a published source's title.
_NOTE_ASIDE = re.compile(r"\s*\([^()]*rules-facts\.md[^()]*\)")


def public_title(title: str) -> str | None:
    """The title with any mention of the team's notes taken out; None when the title is only that."""
    cleaned = _NOTE_ASIDE.sub("", title or "").strip()
    if not cleaned or _NOTES.search(cleaned):
        return None
    return cleaned


@dataclass(frozen=True)
class Citable:
    sources: tuple[Source, ...]   # published, each once (by title and address), in first-seen order
    unpublished: int              # how many distinct facts rest on the team's notes alone
    untitled: int = 0             # facts cited by id only (a result saved before sources kept their titles)


def citable(sources: Iterable[Source]) -> Citable:
    seen: dict[tuple[str, str], int] = {}
    kept: list[Source] = []
    unpublished: set[str] = set()
    untitled: set[str] = set()
    for source in sources:
        if not source.title and not source.url:
            untitled.add(source.id)
            continue
        title = public_title(source.title)
        if title is None:
            if source.url:  # a link with no usable title: cite the link
                title = source.url
            else:
                unpublished.add(source.id or source.title)
                continue
        key = (title.casefold(), source.url.strip().rstrip("/").casefold())
        if key in seen:  # cited for two facts: once, to verify if either is
            at = seen[key]
            if not source.confirmed:
                kept[at] = replace(kept[at], confirmed=False)
            continue
        seen[key] = len(kept)
        kept.append(replace(source, title=title))
    return Citable(tuple(kept), len(unpublished), len(untitled))


__all__ = ["Citable", "citable", "public_title"]
