"""Text in any script as Paragraph markup: a font for every character, right-to-left words in order.

Each word gets fonts character by character (``runs``): the script's own Noto face for Arabic,
Hebrew, Devanagari and the other scripts that need shaping (the whole word in it when it has every
character of the word, so that HarfBuzz shapes the word with one font), else the paragraph's own
DejaVu face, else Droid Sans Fallback (Chinese, Japanese, Korean), else any shipped font that has it.
A character no shipped font has makes the letter refused (``unprintable``), never a missing-glyph box.

The words stay in logical order here: a run of right-to-left words (an Arabic or Hebrew name, a
note) is put in reading order line by line once the paragraph is wrapped (``bidi``), and HarfBuzz
lays out each word's letters (``shaping``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from reportlab.pdfbase import pdfmetrics

from .fonts import BOLD, FALLBACKS, REGULAR, bold_of

CJK_FALLBACK = "DroidSansFallback"

# Scripts whose letters need a face of their own and HarfBuzz's shaping: (first, last, font).
_DEDICATED = (
    (0x0590, 0x05FF, "NotoSansHebrew"), (0xFB1D, 0xFB4F, "NotoSansHebrew"),
    (0x0600, 0x06FF, "NotoSansArabic"), (0x0750, 0x077F, "NotoSansArabic"),
    (0x0870, 0x08FF, "NotoSansArabic"), (0xFB50, 0xFDFF, "NotoSansArabic"),
    (0xFE70, 0xFEFF, "NotoSansArabic"),
    (0x0900, 0x097F, "NotoSansDevanagari"), (0xA8E0, 0xA8FF, "NotoSansDevanagari"),
    (0x0980, 0x09FF, "NotoSansBengali"), (0x0A00, 0x0A7F, "NotoSansGurmukhi"),
    (0x0B80, 0x0BFF, "NotoSansTamil"), (0x0D80, 0x0DFF, "NotoSansSinhala"),
    (0x0E00, 0x0E7F, "NotoSansThai"), (0x1000, 0x109F, "NotoSansMyanmar"),
    (0x1200, 0x139F, "NotoSansEthiopic"), (0x2D80, 0x2DDF, "NotoSansEthiopic"),
    (0xAB00, 0xAB2F, "NotoSansEthiopic"), (0x1780, 0x17FF, "NotoSansKhmer"),
    (0x19E0, 0x19FF, "NotoSansKhmer"),
)
SHAPED_FONTS = frozenset(font for _, _, font in _DEDICATED)
_WORDS = re.compile(r"(\s+)")
# Invisible marks that steer bidi or joining: kept when the word's font has them, else dropped.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff")


def dedicated(ch: str) -> str | None:
    """The Noto face of this character's script, if the script needs one."""
    cp = ord(ch)
    for first, last, font in _DEDICATED:
        if first <= cp <= last:
            return font
    return None


def needs_shaping(text: str) -> bool:
    return any(dedicated(ch) is not None for ch in text)


@cache
def _cmap(font: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)  # type: ignore[attr-defined]


def has(font: str, ch: str) -> bool:
    return ord(ch) in _cmap(font)


def _word_runs(word: str, main: str) -> list[tuple[str | None, str]]:
    """(font, characters) for one word; None is the paragraph's own font."""
    own = {dedicated(ch) for ch in word} - {None}
    if len(own) == 1:
        [font] = own
        assert font is not None
        if all(has(font, ch) for ch in word):
            return [(font, word)]
    runs: list[tuple[str | None, str]] = []
    previous: str | None = None
    for ch in word:
        font = _font_for(ch, main, previous)
        if font is _DROP:
            continue
        previous = font
        key = None if font == main else font
        if runs and runs[-1][0] == key:
            runs[-1] = (key, runs[-1][1] + ch)
        else:
            runs.append((key, ch))
    return runs


_DROP = "\0drop"


def _font_for(ch: str, main: str, previous: str | None) -> str | None:
    """The font for one character, or None when no shipped font has it (``_DROP``: invisible, drop it)."""
    own = dedicated(ch)
    if own is not None and has(own, ch):
        return own
    mark = unicodedata.category(ch) in ("Mn", "Me") or ch in _INVISIBLE
    if mark and previous is not None and has(previous, ch):
        return previous
    if has(main, ch):
        return main
    if previous is not None and has(previous, ch):
        return previous
    for font in (CJK_FALLBACK, *FALLBACKS):
        if has(font, ch):
            return font
    return _DROP if ch in _INVISIBLE else None


def unprintable(text: str, main: str = REGULAR) -> list[str]:
    """The characters of ``text`` that no shipped font has (each once, in order)."""
    missing: dict[str, None] = {}
    for token in _WORDS.split(text):
        if token.isspace():
            continue
        previous = None
        for ch in token:
            font = _font_for(ch, main, previous)
            if font is None:
                missing[ch] = None
            elif font is not _DROP:
                previous = font
    return list(missing)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def markup(text: str, main: str = REGULAR) -> str:
    """Paragraph markup that shows ``text`` literally, each character in a font that has it.

    ``main`` is the paragraph's own face; a fallback is drawn in its bold face under a bold one.
    Characters no font has are left to the paragraph's face: ``unprintable`` refuses them first.
    """
    bold = main == BOLD
    parts: list[str] = []
    for token in _WORDS.split(text):
        if not token:
            continue
        if token.isspace():
            parts.append(_escape(token))
            continue
        for font, chars in _word_runs(token, main):
            if font is None:
                parts.append(_escape(chars))
            else:
                name = bold_of(font) if bold else font
                parts.append(f'<font name="{name}">{_escape(chars)}</font>')
    return "".join(parts)
