"""English words for the age of the law beside an answer (``PathwayResult.stale_sources``, ``Deadline.stale_facts``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..formatting import Formatter


def _stale(p: Mapping[str, Any], f: Formatter) -> str:
    facts = list(p.get("facts") or ())
    return (f"Rests on policy data not verified for more than {f.num(p['days'])} days (or never verified): "
            f"{f.join(facts)}. Verify before relying on it.")


TEXTS: dict[str, Any] = {
    "law_age.stale": _stale,
}
