"""French typography for the letter's own French wording (and the labels of its frame).

Applied to a template before client text goes in, so a client's name or note is never altered.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"

# URLs and e-mail addresses are copied as they are: "https://", "?q=1" and "a@b.ca" keep their
# punctuation unspaced.
_PROTECTED = re.compile(r"(?:\b[A-Za-z][A-Za-z0-9+.-]*://|\bwww\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HSPACE = r"[^\S\r\n]"  # any whitespace but a line break: space, NBSP, thin and narrow spaces...
_SPACE_BEFORE = re.compile(_HSPACE + r"+(?=[:;!?»])")
_SPACE_AFTER = re.compile(r"(?<=«)" + _HSPACE + r"+")
_MISSING_BEFORE_COLON = re.compile(r"(?<=[^\s!?;:«(\[{])([:;])(?=\s|$)")
_MISSING_BEFORE_MARK = re.compile(r"(?<=[^\s!?;:«(\[{])([!?])(?=\s|$|[»)\]\"”’.,;:!?…])")
_MISSING_BEFORE_CLOSE = re.compile(r"(?<=[^\s])»")
_MISSING_AFTER_OPEN = re.compile(r"«(?=[^\s])")


def _typeset(text: str) -> str:
    text = _SPACE_BEFORE.sub(NBSP, text)
    text = _SPACE_AFTER.sub(NBSP, text)
    text = _MISSING_BEFORE_COLON.sub(NBSP + r"\1", text)
    text = _MISSING_BEFORE_MARK.sub(NBSP + r"\1", text)
    text = _MISSING_BEFORE_CLOSE.sub(NBSP + "»", text)
    return _MISSING_AFTER_OPEN.sub("«" + NBSP, text)


def french_typography(text: str) -> str:
    """French spacing: a no-break space (U+00A0) before ``: ; ! ? »`` and after ``«``.

    Any horizontal space already there (a plain space, a thin space U+2009, a narrow no-break
    space U+202F, several spaces...) becomes one U+00A0; a missing one is added. Line breaks are
    never joined. Left alone on purpose:

    - a colon or semicolon not followed by a space or the end of the text, so times and ratios
      ("12:30", "1:2") and words like "IMM:5669" keep their form;
    - ``!`` and ``?`` followed by a letter or digit ("answer.asp?qnum=371");
    - a mark right after another mark or an opening bracket ("?!", "(?)": one space only, before
      the first);
    - URLs (``scheme://...``, ``www....``) and e-mail addresses, whole.

    Idempotent: applying it twice gives the same text.
    """
    out: list[str] = []
    start = 0
    for match in _PROTECTED.finditer(text):
        out.append(_typeset(text[start:match.start()]))
        out.append(match.group(0))
        start = match.end()
    out.append(_typeset(text[start:]))
    return "".join(out)

