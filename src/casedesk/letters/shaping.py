"""HarfBuzz shaping (ReportLab's, through uharfbuzz) for the words that need it, one font at a time.

ReportLab shapes a whole word with the font of its first piece, which garbles a word set in two
fonts (an Arabic name followed by a comma in DejaVu); and shaping every word would turn "fi" into a
ligature whose text no longer reads back as "fi". So each word is shaped only when it holds a
character of a script that needs shaping (``scripts.SHAPED_FONTS``), and then piece by piece, each
piece with its own font. Installed once, by ``fonts.register_fonts``, as the function ReportLab's
Paragraph calls.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import paragraph

from .scripts import needs_shaping

_original = ttfonts.shapeFragWord
# Kerning and the ligatures a script requires; not ReportLab's default discretionary ligatures,
# which would print a name's letters as a calligraphic emblem (Noto Sans Arabic's "Muhammad").
FEATURES = {"kern": True, "liga": True}


def available() -> bool:
    """Whether HarfBuzz (uharfbuzz) is there to shape Arabic, Hebrew, Indic and other scripts."""
    return getattr(ttfonts, "uharfbuzz", None) is not None


def _text(piece: tuple[Any, str]) -> str:
    style, text = piece
    return "" if hasattr(style, "cbDefn") else str(text)


def shape_word(word: list) -> list:
    """``word`` (ReportLab's [width, (style, text), ...]) shaped piece by piece where it needs it."""
    if isinstance(word, ttfonts.ShapedFragWord) or not needs_shaping("".join(_text(p) for p in word[1:])):
        return word
    groups: list[list[tuple[Any, str]]] = []
    for piece in word[1:]:
        style = piece[0]
        if groups and (hasattr(style, "cbDefn") or groups[-1][0][0].fontName == style.fontName):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    width = 0.0
    pieces: list = []
    shaped = False
    for group in groups:
        plain = sum(pdfmetrics.stringWidth(_text(p), p[0].fontName, p[0].fontSize) for p in group)
        text = "".join(_text(p) for p in group)
        if needs_shaping(text):
            candidate = [plain, *group]
            result = _original(candidate, features=FEATURES)
            if result is not candidate:
                shaped = True
                width += result[0]
                pieces += result[1:]
                continue
        width += plain
        pieces += group
    if not shaped:
        return word
    return ttfonts.makeShapedFragWord(word)([width, *pieces])


def install() -> None:
    """Make ReportLab's Paragraph shape words with ``shape_word`` (idempotent)."""
    paragraph.shapeFragWord = shape_word  # type: ignore[attr-defined]
