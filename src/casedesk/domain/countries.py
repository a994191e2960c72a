"""The country codes a case file may hold: ISO 3166-1 alpha-2 as assigned, read from a data file
(``resources/countries/iso3166-1.tab``) so that a change in the standard is a data change."""

from __future__ import annotations

import functools
from pathlib import Path


def _data_file(name: str = "iso3166-1.tab") -> Path:
    source_tree = Path(__file__).resolve().parents[3] / "resources" / "countries" / name
    if source_tree.exists():
        return source_tree
    import importlib.resources

    return Path(str(importlib.resources.files("casedesk") / "resources" / "countries" / name))


@functools.cache
def french_names() -> dict[str, str]:
    """Each assigned code's name in French (``names-fr.tab``), for the French interface."""
    text = _data_file("names-fr.tab").read_text("utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))


@functools.cache
def assigned() -> frozenset[str]:
    """Every country code the data file lists (upper case)."""
    text = _data_file().read_text("utf-8")
    return frozenset(line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#"))


def is_assigned(code: str) -> bool:
    return code.upper() in assigned()


def case_insensitive_pattern() -> str:
    """A regular expression (Python and ECMA-262 alike) matching exactly the assigned codes in
    any letter case: what the JSON Schema says, since it cannot fold case itself."""
    def letter(c: str) -> str:
        return f"[{c}{c.lower()}]"

    return "(?:" + "|".join(letter(code[0]) + letter(code[1]) for code in sorted(assigned())) + ")"
