"""Les mots de l'âge du droit à côté d'une réponse (``PathwayResult.stale_sources``, ``Deadline.stale_facts``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..formatting import NBSP, Formatter


def _stale(p: Mapping[str, Any], f: Formatter) -> str:
    facts = list(p.get("facts") or ())
    return (f"Repose sur des données de politique non vérifiées depuis plus de {f.num(p['days'])} jours (ou jamais "
            f"vérifiées){NBSP}: {f.join(facts)}. À vérifier avant de s’y fier.")


TEXTS: dict[str, Any] = {
    "law_age.stale": _stale,
}
