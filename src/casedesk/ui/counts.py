"""Counts in the interface's language: 12,345 in English, 12 345 in French (``text.formatting.grouped``)."""

from __future__ import annotations

from ..text.formatting import grouped
from . import i18n


def count_text(n: int) -> str:
    return grouped(n, i18n.language())
