"""Render a letter (``domain.letters.LetterContent``) to PDF/A-2b (``pdfa``) with ReportLab platypus.

Layout: US Letter (also for French: Canada uses Letter), 2 cm margins. The first page opens with
the letterhead (organisation in bold, then address, phone and email as the content model words
them, ``LetterContent.letterhead_lines``; the logo on the right if one is set and readable); then
the date and the labelled reference (``reference_line``) on the right, the recipient block, the
subject line in bold (the first block when it is the "Subject: <title>" heading, else the
title), the salutation, the other blocks, the closing and the signature lines. Every page ends
with the confidentiality footer and "Page N of M" ("Page N sur M" in French).

Every piece of text, whatever its origin, goes through ``_para``: it is escaped, so a name such as
``O'Brien & <Sons>`` prints as typed and can never be read as Paragraph markup, and each character
is set in an embedded font that has it (``scripts``: DejaVu Sans, else the script's Noto face or
Droid Sans Fallback), Arabic and Hebrew shaped (``shaping``) and, line by line once wrapped, in
reading order (``bidi``). A character no
shipped font has refuses the letter (``LetterError``) rather than print a box; nothing falls back to
base-14 Helvetica.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import os
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepInFrame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..atomic import atomic_write
from ..domain.letters import (
    BulletList,
    Checklist,
    Heading,
    LetterContent,
    LetterError,
    Letterhead,
)
from ..domain.letters import Paragraph as TextParagraph
from ..domain.letters import Table as RowTable
from . import bidi, pdfa, scripts, shaping
from .fonts import BOLD, ITALIC, REGULAR, register_fonts

__all__ = ["render_pdf", "PAGE_SIZE", "MARGIN"]

PAGE_SIZE = LETTER
MARGIN = 2 * cm
CREATOR = "CaseDesk"

# The logo is scaled (never enlarged) to fit this box, keeping its proportions.
LOGO_MAX_WIDTH = 4.5 * cm
LOGO_MAX_HEIGHT = 2.2 * cm

CHECKBOX = "\u2610"  # BALLOT BOX, present in DejaVu Sans
BULLET = "\u2022"

_FOOTER_SIZE = 7.5
_FOOTER_LEADING = 9.5
_PAGE_LABEL_BASELINE = 0.9 * cm  # "Page N of M", right-aligned at the bottom of every page
_FOOTER_GAP = 4  # points between the footer text and the page label, and above the rule
_FOOTER_MAX_HEIGHT = 5 * _FOOTER_LEADING

_PAGE_LABELS = {"en": "Page {n} of {total}", "fr": "Page {n} sur {total}"}

# C0/C1 control characters other than tab and newline have no glyph and may confuse the
# Paragraph parser; lone surrogates cannot be encoded at all.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _clean(text: object) -> str:
    """Text as it should print: NFC, normalised line ends, no control characters, and the French
    narrow no-break space (which ReportLab would break on) turned into an ordinary no-break space."""
    s = "" if text is None else str(text)
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    s = _SURROGATE.sub("\ufffd", _CONTROL.sub("", s))
    return s.replace("\u202f", "\u00a0")


def _markup(text: object, font: str = REGULAR) -> str:
    """Paragraph markup that shows ``text`` literally, keeping its line breaks, each character in a
    font that has it (``font`` is the paragraph's own)."""
    return scripts.markup(_clean(text), font)


class _Paragraph(Paragraph):
    """A Paragraph wrapped in logical order whose lines are drawn with their right-to-left words in
    visual order (``bidi``). Only the drawing sees that order: a split over two pages, which builds
    its halves from the lines, still gets them in logical order."""

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802 - ReportLab's name
        laid_out: Any = getattr(self, "blPara", None)  # set by wrap(), which platypus calls before drawing
        lines = laid_out.lines if getattr(laid_out, "kind", 0) == 1 else []
        # (A paragraph of lines of one font, kind 0, holds at most one right-to-left word: spaces are
        # set in the paragraph's own face, so words in another make fragments of their own.)
        logical = [line.words for line in lines]
        for line in lines:
            line.words = bidi.visual(line.words)
        try:
            super().drawPara(debug)
        finally:
            for line, words in zip(lines, logical):
                line.words = words


def _para(text: object, style: ParagraphStyle) -> Paragraph:
    """The one way text gets into the letter: escaped, so it prints exactly as typed, and refused
    (``check_printable``) rather than printed with a box or letters out of order."""
    check_printable(_clean(text), style.fontName)
    return _Paragraph(_markup(text, style.fontName), style)


def check_printable(text: str, font: str = REGULAR) -> None:
    """Refuse text with a character no shipped font has, or a script that cannot be shaped here."""
    register_fonts()
    missing = scripts.unprintable(text, font)
    if missing:
        shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing[:5])
        raise LetterError(f"the letter cannot print {shown}: no font shipped with CaseDesk has "
                          f"{'this character' if len(missing) == 1 else 'these characters'}; "
                          "correct the name or text, or write it in Latin letters")
    if scripts.needs_shaping(text) and not shaping.available():
        raise LetterError("the letter has Arabic, Hebrew or Indic text, which needs the uharfbuzz "
                          "package to be set; it is missing from this installation")


class _Styles:
    """The paragraph styles of one letter; every one names a DejaVu face explicitly, bullets too."""

    def __init__(self) -> None:
        base = ParagraphStyle(
            "body", fontName=REGULAR, fontSize=10.5, leading=14, alignment=TA_LEFT,
            bulletFontName=REGULAR, spaceAfter=6, splitLongWords=1, allowWidows=0,
            allowOrphans=0, shaping=1,  # only words in scripts that need it (``shaping``)
        )
        self.body = base
        self.tight = ParagraphStyle("tight", parent=base, spaceAfter=0)
        self.right = ParagraphStyle("right", parent=base, alignment=TA_RIGHT, spaceAfter=0)
        self.bold = ParagraphStyle("bold", parent=base, fontName=BOLD, bulletFontName=BOLD)
        self.title = ParagraphStyle("title", parent=self.bold, fontSize=11.5, leading=15,
                                    spaceBefore=4, spaceAfter=10)
        self.heading = ParagraphStyle("heading", parent=self.bold, fontSize=11.5, leading=15,
                                      spaceBefore=8, spaceAfter=4, keepWithNext=1)
        self.item = ParagraphStyle("item", parent=base, spaceAfter=2)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=10, leading=13, spaceAfter=0)
        self.cell_label = ParagraphStyle("cell_label", parent=self.cell, fontName=BOLD,
                                         bulletFontName=BOLD)
        self.org = ParagraphStyle("org", parent=self.bold, fontSize=14, leading=17, spaceAfter=2)
        self.head = ParagraphStyle("head", parent=base, fontSize=9.5, leading=12, spaceAfter=0)
        self.footer = ParagraphStyle("footer", parent=base, fontName=ITALIC,
                                     bulletFontName=ITALIC, fontSize=_FOOTER_SIZE,
                                     leading=_FOOTER_LEADING, spaceAfter=0,
                                     textColor=colors.HexColor("#444444"))


def _language(content: LetterContent) -> str:
    lang = str(getattr(content, "language", "") or "").lower()
    return "fr" if lang.startswith("fr") else "en"


def _metadata(content: LetterContent, letterhead: Letterhead, language: str) -> dict[str, str]:
    meta = dict(getattr(content, "metadata", None) or {})
    return {
        "title": _clean(meta.get("title") or content.title),
        "author": _clean(meta.get("author") or letterhead.caseworker_name or letterhead.organisation),
        "subject": _clean(meta.get("subject") or ""),
        "lang": _clean(meta.get("lang") or ("fr-CA" if language == "fr" else "en-CA")),
    }


# --- letterhead --------------------------------------------------------------------------------

def _rgb(data: bytes) -> bytes:
    """A CMYK image (a print-shop JPEG logo) as RGB PNG: PDF/A allows device colour only under the
    output intent's own space, sRGB here. Other images are left as they are."""
    from PIL import Image as PILImage

    with PILImage.open(io.BytesIO(data)) as image:
        if image.mode != "CMYK":
            return data
        out = io.BytesIO()
        image.convert("RGB").save(out, format="PNG")
        return out.getvalue()


def _logo(path: str | os.PathLike[str] | None) -> Image | None:
    """The logo scaled to fit its box, or None if there is none or it cannot be read as an image."""
    if not path:
        return None
    try:
        data = _rgb(Path(path).read_bytes())
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            return None
    except Exception:  # noqa: BLE001 - a missing or broken logo must never stop a letter
        return None
    scale = min(LOGO_MAX_WIDTH / width, LOGO_MAX_HEIGHT / height, 1.0)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


def _letterhead(content: LetterContent, letterhead: Letterhead, styles: _Styles,
                width: float) -> list[Flowable]:
    # The words (labels "Tel." / "Tél. :" and so on) are the content model's; this only lays them out.
    lines = dataclasses.replace(content, letterhead=letterhead).letterhead_lines
    flowables: list[Flowable] = []
    if lines and lines[0] == letterhead.organisation.strip():
        flowables.append(_para(lines[0], styles.org))
        lines = lines[1:]
    if lines:
        flowables.append(_para("\n".join(lines), styles.head))

    logo = _logo(letterhead.logo_path)
    if logo is None:
        block = flowables
    else:
        logo_width = logo.drawWidth + 0.5 * cm
        table = Table([[flowables, logo]], colWidths=[width - logo_width, logo_width], splitInRow=24)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR, 9.5),  # never Table's default, Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        block = [table]
    return [*block, Spacer(1, 4),
            HRFlowable(width="100%", thickness=0.8, color=colors.HexColor("#888888"),
                       spaceBefore=2, spaceAfter=12)]


# --- body --------------------------------------------------------------------------------------

def _list(items: tuple[str, ...], style: ParagraphStyle, bullet: str) -> ListFlowable:
    return ListFlowable(
        # ReportLab's stubs leave out ListItem, which ListFlowable takes beside flowables
        [ListItem(_para(item, style)) for item in items],  # type: ignore[misc]
        bulletType="bullet", start=bullet, bulletFontName=REGULAR, bulletFontSize=style.fontSize,
        leftIndent=16, bulletDedent=14, spaceAfter=6,
    )


def _table(rows: tuple[tuple[str, str], ...], styles: _Styles, width: float) -> Table:
    data = [[_para(label, styles.cell_label), _para(value, styles.cell)] for label, value in rows]
    table = Table(data, colWidths=[0.35 * width, 0.65 * width], splitByRow=1,
                  splitInRow=2 * styles.cell.leading,  # type: ignore[arg-type]  # a height (pt); stubs say int
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, styles.cell.fontSize),  # not Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _block(block: object, styles: _Styles, width: float) -> list[Flowable]:
    if isinstance(block, Heading):
        return [_para(block.text, styles.heading)]
    if isinstance(block, TextParagraph):
        return [_para(block.text, styles.body)]
    if isinstance(block, BulletList):
        return [_list(tuple(block.items), styles.item, BULLET)] if block.items else []
    if isinstance(block, Checklist):
        return [_list(tuple(block.items), styles.item, CHECKBOX)] if block.items else []
    if isinstance(block, RowTable):
        return [_table(block.rows, styles, width), Spacer(1, 8)] if block.rows else []
    raise TypeError(f"cannot render a letter block of type {type(block).__name__}")


def _story(content: LetterContent, letterhead: Letterhead, styles: _Styles,
           width: float) -> list[Flowable]:
    story = _letterhead(content, letterhead, styles, width)
    if _clean(content.date_line).strip():
        story.append(_para(content.date_line, styles.right))
    if _clean(content.reference).strip():
        story.append(_para(content.reference_line, styles.right))
    story.append(Spacer(1, 14))
    recipient = "\n".join(_clean(line) for line in content.recipient or ())
    if recipient.strip():
        story += [_para(recipient, styles.tight), Spacer(1, 14)]
    # The subject line goes before the salutation, in bold. The content model writes it as the
    # first block ("Subject: <title>" / "Objet : <title>"); a letter without one gets its title.
    blocks = tuple(content.blocks)
    title = _clean(content.title).strip()
    if blocks and isinstance(blocks[0], Heading) and title and title in _clean(blocks[0].text):
        subject, blocks = blocks[0].text, blocks[1:]
    else:
        subject = content.title
    if _clean(subject).strip():
        story.append(_para(subject, styles.title))
    if _clean(content.salutation).strip():
        story.append(_para(content.salutation, styles.body))
    for block in blocks:
        story += _block(block, styles, width)
    ending: list[Flowable] = [Spacer(1, 6)]
    if _clean(content.closing).strip():
        ending.append(_para(content.closing, styles.body))
    signature = "\n".join(_clean(line) for line in content.signature or ())
    if signature.strip():
        ending += [Spacer(1, 28), _para(signature, styles.tight)]
    story.append(KeepTogether(ending))
    return story


# --- pages -------------------------------------------------------------------------------------

class _NumberedCanvas(Canvas):
    """Holds every page until the end, then stamps "Page N of M" on each (M known only then)."""

    def __init__(self, *args: Any, page_label: str, pdfa_lang: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._pdfa_lang = pdfa_lang
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # Canvas's own page reset; not in the stubs

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.saveState()
            self.setFont(REGULAR, _FOOTER_SIZE)
            self.setFillColor(colors.HexColor("#444444"))
            # the page's own number and size, restored with its state (private: not in the stubs)
            label = self._page_label.format(n=self._pageNumber, total=total)  # type: ignore[attr-defined]
            self.drawRightString(self._pagesize[0] - MARGIN,  # type: ignore[attr-defined]
                                 _PAGE_LABEL_BASELINE, label)
            self.restoreState()
            Canvas.showPage(self)
        pdfa.mark(self._doc, self._pdfa_lang)  # type: ignore[attr-defined]  # the canvas's PDFDocument
        Canvas.save(self)


def _footer(text: object, styles: _Styles) -> Paragraph | None:
    """The confidentiality footer, or None if the letter has none."""
    return _para(text, styles.footer) if _clean(text).strip() else None


def _footer_height(footer: Paragraph | None, width: float) -> float:
    """Room the footer needs at the foot of the page, from the paper's edge up."""
    base = _PAGE_LABEL_BASELINE + _FOOTER_SIZE + _FOOTER_GAP
    if footer is None:
        return base
    _, height = footer.wrap(width, _FOOTER_MAX_HEIGHT)
    return base + min(height, _FOOTER_MAX_HEIGHT) + 2 * _FOOTER_GAP + 6


def _footer_painter(footer: Paragraph | None, width: float) -> Callable[[Canvas, BaseDocTemplate], None]:
    """Draws the footer on each page; text too long for its band is shrunk to fit, never cut."""
    def paint(canvas: Canvas, doc: BaseDocTemplate) -> None:
        if footer is None:
            return
        band = KeepInFrame(width, _FOOTER_MAX_HEIGHT, [footer], mode="shrink")
        _, height = band.wrapOn(canvas, width, _FOOTER_MAX_HEIGHT)
        bottom = _PAGE_LABEL_BASELINE + _FOOTER_SIZE + _FOOTER_GAP
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#BBBBBB"))
        canvas.setLineWidth(0.5)
        rule = bottom + height + _FOOTER_GAP
        canvas.line(MARGIN, rule, MARGIN + width, rule)
        band.drawOn(canvas, MARGIN, bottom)
        canvas.restoreState()
    return paint


def render_pdf(content: LetterContent, letterhead: Letterhead, target: Path | BinaryIO, *,
               invariant: bool = False) -> None:
    """Write ``content`` on ``letterhead`` as a PDF to ``target`` (a path or a binary file object).

    A path is written atomically: the file appears complete or not at all. ``invariant=True``
    makes the output byte-for-byte reproducible (fixed dates and document id), for golden tests.
    """
    register_fonts()
    language = _language(content)
    meta = _metadata(content, letterhead, language)
    styles = _Styles()
    width = PAGE_SIZE[0] - 2 * MARGIN

    footer = _footer(content.footer, styles)
    bottom = max(MARGIN, _footer_height(footer, width))

    buffer = io.BytesIO()
    # BaseDocTemplate (SimpleDocTemplate's parent) so the one frame can have no inner padding:
    # the text then sits exactly on the 2 cm margins and tables span exactly the text width.
    doc = BaseDocTemplate(
        buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=bottom, title=meta["title"], author=meta["author"], subject=meta["subject"],
        creator=CREATOR, lang=meta["lang"], invariant=1 if invariant else 0,
        initialFontName=REGULAR, initialFontSize=10.5, initialLeading=14, displayDocTitle=1,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="letter", frames=[frame],
                                       onPage=_footer_painter(footer, width),
                                       pagesize=PAGE_SIZE)])
    doc.build(_story(content, letterhead, styles, width),
              canvasmaker=functools.partial(_NumberedCanvas, page_label=_PAGE_LABELS[language],
                                            pdfa_lang=meta["lang"]))
    _write(buffer.getvalue(), target)


def _write(data: bytes, target: Path | BinaryIO) -> None:
    if hasattr(target, "write"):
        target.write(data)
        return
    with atomic_write(Path(target)) as out:
        out.write(data)
