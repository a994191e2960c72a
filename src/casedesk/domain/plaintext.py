"""Text a person typed, checked the same way wherever it is stored (issue 13: the settings took a
lone carriage return that later broke a CSV row open): no control characters, and no invisible
or text-direction characters (``casefields.REFUSED``); multi-line text may hold line breaks and tabs."""

from __future__ import annotations

import re

from .casefields import REFUSED, REFUSED_IN_NOTES

_ONE_LINE = re.compile(f"[{REFUSED}]")
_LINES = re.compile(f"[{REFUSED_IN_NOTES}]")


def refused_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character ``text`` may not hold, as ``U+XXXX``; None when it is clean."""
    found = (_LINES if multiline else _ONE_LINE).search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"
