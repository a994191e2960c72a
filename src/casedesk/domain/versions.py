"""The order of policy data versions (``2026-12-02.10`` after ``2026-12-02.9``).

Apart from ``policyupdate`` (the comparison of two policies) so that choosing the data in force at
start-up (``policy.source``) loads only this."""

from __future__ import annotations

import re

_PART = re.compile(r"(\d+)")


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """An order of versions: digit runs compare as numbers ("2026-12-02.10" after "2026-12-02.9")."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in _PART.split(version) if p)


def newer(version: str, than: str) -> bool:
    return version_key(version) > version_key(than)
