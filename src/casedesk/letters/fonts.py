"""The TrueType fonts letters are set in, registered with ReportLab once per process.

Letters use DejaVu Sans (shipped in ``resources/fonts``) rather than ReportLab's base-14 Helvetica:
DejaVu covers Vietnamese, Polish, Turkish and most other Latin, Greek and Cyrillic names, and a
TrueType font is embedded (subset) in the PDF, which archival formats require.
"""

from __future__ import annotations

import importlib.resources
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"

# ReportLab font name -> file in resources/fonts. There is no bold-oblique file: bold italic is
# drawn in bold.
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    """The folder holding the shipped fonts (source checkout, editable install or installed package)."""
    source_tree = Path(__file__).resolve().parents[3] / "resources" / "fonts"
    if source_tree.exists():
        return source_tree
    packaged = importlib.resources.files("casedesk") / "resources" / "fonts"
    return Path(str(packaged))


def register_fonts() -> str:
    """Register the DejaVu Sans family with ReportLab (first call only) and return its name.

    After this, ``<b>`` and ``<i>`` in a Paragraph set in ``DejaVuSans`` pick the bold and oblique
    faces. Safe to call from several threads and any number of times.
    """
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if not _registered:
            folder = fonts_dir()
            for name, filename in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
            _registered = True
    return FAMILY
