"""Right-to-left words in reading order, line by line, once a paragraph is wrapped.

Letters are left-to-right pages. The Unicode bidi algorithm breaks lines in logical order and only
then reorders each line (UAX #9, rules L1-L2), so that a run of right-to-left words which wraps keeps
its first words on the first line, read from the right. So the markup (``scripts.markup``) keeps the
words in logical order, ReportLab wraps them so, and ``render``'s Paragraph turns each line's runs
around just before drawing it (``visual``); HarfBuzz has already laid out each word's own letters
(``shaping``). Reversing before wrapping, as was done, put a long passage's lines out of order.

A word reads right to left when its first piece set in a right-to-left script's face (Arabic,
Hebrew), or its first strong character, says so. Not attempted: the rest of the algorithm (digits
or Latin words inside a right-to-left run, right-to-left paragraphs); names and notes do not need it.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from .fonts import bold_of

_RTL_FACES = ("NotoSansArabic", "NotoSansHebrew")
RTL_FONTS = frozenset((*_RTL_FACES, *map(bold_of, _RTL_FACES)))
_SPACE = " "


def _direction(font: str, text: str) -> bool | None:
    """True: right to left; False: left to right; None: neither (spaces, punctuation, digits)."""
    if font in RTL_FONTS and text:
        return True
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return None


def _is_text(frag: Any) -> bool:
    """A fragment of text (not a line break, an image or another callback)."""
    return not hasattr(frag, "cbDefn") and getattr(frag, "_fkind", 0) == 0 and isinstance(frag.text, str)


def _items(words: list) -> list[tuple[str, list[tuple[Any, str]]]]:
    """The line as ("word", pieces), ("space", pieces) and ("other", [(frag, "")]) items, where
    pieces are (fragment, text) and a word may span fragments (a name and the comma after it).
    Text is cut by slicing, which keeps HarfBuzz's glyph positions on a shaped string."""
    items: list[tuple[str, list[tuple[Any, str]]]] = []
    for frag in words:
        if not _is_text(frag):
            items.append(("other", [(frag, "")]))
            continue
        text = frag.text
        i = 0
        while i < len(text):
            space = text[i] == _SPACE
            j = i
            while j < len(text) and (text[j] == _SPACE) == space:
                j += 1
            kind = "space" if space else "word"
            if items and items[-1][0] == kind:
                items[-1][1].append((frag, text[i:j]))
            else:
                items.append((kind, [(frag, text[i:j])]))
            i = j
    return items


def _rtl(pieces: list[tuple[Any, str]]) -> bool:
    for frag, text in pieces:
        direction = _direction(frag.fontName, text)
        if direction is not None:
            return direction
    return False


def visual(words: list) -> list:
    """A wrapped line's fragments (ReportLab's ``FragLine.words``, in logical order) with each run of
    right-to-left words (spaces between them) in visual order; the same list when there is none."""
    if not any(_is_text(f) and _direction(f.fontName, f.text) for f in words):
        return words
    items = _items(words)
    out = list(items)
    changed = False
    i = 0
    while i < len(items):
        if items[i][0] == "word" and _rtl(items[i][1]):
            j = i  # the run: words i, i+2, ... j, with only spaces between
            while j + 2 < len(items) and items[j + 1][0] == "space" and items[j + 2][0] == "word" \
                    and _rtl(items[j + 2][1]):
                j += 2
            if j > i:
                out[i:j + 1:2] = items[j::-2][:(j - i) // 2 + 1]  # the words reversed, the spaces in place
                changed = True
            i = j + 1
        else:
            i += 1
    if not changed:
        return words
    return [frag.clone(text=text) if text or kind != "other" else frag
            for kind, pieces in out for frag, text in pieces]
