"""The TrueType fonts letters are set in, registered with ReportLab once per process.

Letters use DejaVu Sans (shipped in ``resources/fonts``) rather than ReportLab's base-14 Helvetica:
DejaVu covers Vietnamese, Polish, Turkish and most other Latin, Greek, Cyrillic, Armenian and
Georgian names, and a TrueType font is embedded (subset) in the PDF, which archival formats require.
Names in other scripts take a fallback font, character by character (``scripts``): a Noto Sans face
for each script that needs one of its own (Arabic, Hebrew, Devanagari...) and Droid Sans Fallback
for Chinese, Japanese and Korean. Every one is TrueType (ReportLab embeds no CFF outlines).
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

# Fallback fonts: ReportLab name -> (regular file, bold file or None: bold is drawn in the regular).
FALLBACKS: dict[str, tuple[str, str | None]] = {
    "NotoSansArabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    "NotoSansHebrew": ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    "NotoSansDevanagari": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    "NotoSansBengali": ("NotoSansBengali-Regular.ttf", None),
    "NotoSansGurmukhi": ("NotoSansGurmukhi-Regular.ttf", None),
    "NotoSansTamil": ("NotoSansTamil-Regular.ttf", None),
    "NotoSansSinhala": ("NotoSansSinhala-Regular.ttf", None),
    "NotoSansEthiopic": ("NotoSansEthiopic-Regular.ttf", None),
    "NotoSansThai": ("NotoSansThai-Regular.ttf", None),
    "NotoSansMyanmar": ("NotoSansMyanmar-Regular.ttf", None),
    "NotoSansKhmer": ("NotoSansKhmer-Regular.ttf", None),
    "DroidSansFallback": ("DroidSansFallbackFull.ttf", None),
}


def bold_of(name: str) -> str:
    """The ReportLab name of a fallback font's bold face (itself when there is none)."""
    return f"{name}-Bold" if FALLBACKS.get(name, ("", None))[1] else name


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
    """Register the DejaVu Sans family and the fallbacks with ReportLab (first call only) and return
    the family's name.

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
            for name, (regular, bold) in FALLBACKS.items():
                pdfmetrics.registerFont(TTFont(name, str(folder / regular)))
                if bold:
                    pdfmetrics.registerFont(TTFont(bold_of(name), str(folder / bold)))
            from . import pdfa, shaping  # here: shaping reads these fonts' coverage

            shaping.install()
            pdfa.install()
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
            _registered = True
    return FAMILY
