"""Tables written as CSV for a spreadsheet: every cell quoted, CRLF line ends (RFC 4180), UTF-8 with a
byte-order mark (so a spreadsheet reads accents), the file whole or not at all and readable by its
owner only, and no cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..atomic import atomic_write

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    """The cell's text; one that starts like a formula gets a leading apostrophe and stays text."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in FORMULA_STARTS else text


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
