"""Tables written as CSV for a spreadsheet: every cell quoted, CRLF line ends (RFC 4180), UTF-8 with a
byte-order mark (so a spreadsheet reads accents), the file whole or not at all and readable by its
owner only, and no cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..atomic import atomic_write

# A spreadsheet runs a cell that starts like a formula, after skipping spaces (including no-break
# and zero-width ones) and reading full-width signs as their ASCII twins.
_FORMULA_SIGNS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66\u2212")
_SKIPPED = " \u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff"
_LEADING = re.compile(f"[{_SKIPPED}]*")


def formula_safe(text: str) -> str:
    """``text`` as a spreadsheet cell that stays text: a leading ' when it would start a formula."""
    rest = text[_LEADING.match(text).end():]  # type: ignore[union-attr]  # matches the empty string
    return "'" + text if rest[:1] in _FORMULA_SIGNS else text


def safe_cell(value: Any) -> str:
    """The cell's text; one that starts like a formula gets a leading apostrophe and stays text."""
    return formula_safe("" if value is None else str(value))


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write ``header`` and ``rows`` to ``path``; returns how many rows."""
    count = 0
    text = io.StringIO(newline="")  # the line ends are the writer's, on every platform
    writer = csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
        count += 1
    with atomic_write(Path(path), "wb") as out:
        out.write(text.getvalue().encode("utf-8-sig"))
    return count
