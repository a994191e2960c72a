"""File names made from a client's name, safe on every file system.

A letter is saved as ``Perez-Nunez_Maria-Jose_spousal-sponsorship_2026-12-02_en.pdf``: the name a
caseworker looks for in a folder, not a number nobody sees. Letters are folded to ASCII (accents
dropped, ``ß`` -> ``ss``), anything else becomes a hyphen, and what a file system reserves
(``CON`` on Windows, a leading dot, overlong names) never comes out. A name in another script
(Arabic, Chinese) that folds to nothing gives ``client-1271`` instead.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# Letters that do not decompose into a base letter and an accent.
_SPECIAL = str.maketrans({"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
                          "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ł": "l", "Ł": "L",
                          "ı": "i", "ħ": "h", "Ħ": "H"})
_UNSAFE = re.compile(r"[^A-Za-z0-9]+")
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))})
MAX_PART = 40


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).encode("ascii", "ignore").decode()


def safe_part(text: str) -> str:
    """One part of a file name: ASCII letters and digits joined by hyphens ("" when nothing is left)."""
    part = _UNSAFE.sub("-", ascii_fold(text)).strip("-")[:MAX_PART].strip("-")
    return "" if part.upper() in _RESERVED else part


def client_stem(given_names: str | None, family_name: str | None, client_id: int) -> str:
    """``Perez-Nunez_Maria-Jose``, or ``client-1271`` for a name that has no ASCII letters."""
    parts = [p for p in (safe_part(family_name or ""), safe_part(given_names or "")) if p]
    return "_".join(parts) if parts else f"client-{client_id}"


def letter_file_name(given_names: str | None, family_name: str | None, client_id: int, kind: str, on: date,
                     language: str) -> str:
    return (f"{client_stem(given_names, family_name, client_id)}_{safe_part(kind)}_{on.isoformat()}_"
            f"{safe_part(language)}.pdf")


__all__ = ["ascii_fold", "client_stem", "letter_file_name", "safe_part"]
