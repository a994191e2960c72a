"""Letters for clients named in Arabic, Hebrew, Chinese, Hindi and Russian, and letters as PDF/A-2b.

Each glyph the page draws is looked up in the font program embedded in the PDF: it must be a real
glyph of that font, never .notdef (the missing-glyph box) and never an empty outline for a visible
character. Page 1 is rendered to PNG with pdftoppm as well (looked at when this was written: the
Arabic name joined and right to left, the Devanagari conjuncts formed, the Chinese in Droid Sans).
"""

from __future__ import annotations

import io
import itertools
import json
import os
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from casedesk.domain.casefile import parse_case
from casedesk.domain.eligibility import assess
from casedesk.domain.letters import LetterError, Letterhead, letter_content
from casedesk.letters.render import render_pdf
from casedesk.policy.loader import default_policy
from casedesk.text import render as words

AS_OF = date(2026, 11, 21)
POLICY = default_policy()
SPEC_FILE = Path(__file__).parent / "data" / "spec_example.json"
HEAD = Letterhead(organisation="Clinique juridique Saint-Laurent", address="1234, rue Sainte-Catherine Ouest",
                  phone="514 555-0199", email="aide@clinique.example", caseworker_name="Geneviève Tremblay",
                  caseworker_title="Conseillère en immigration")
# (given names, family name, the font the name must be drawn in)
NAMES = {
    "arabic": ("محمد", "عبد الله", "NotoSansArabic"),
    "hebrew": ("דוד", "כהן", "NotoSansHebrew"),
    "chinese": ("小明", "王", "DroidSansFallback"),
    "hindi": ("अनीता", "शर्मा", "NotoSansDevanagari"),
    "russian": ("Ольга", "Иванова", "DejaVuSans"),
}


@pytest.fixture(scope="module")
def spec():
    return parse_case(json.loads(SPEC_FILE.read_text(encoding="utf-8")))


def write(spec, given: str, family: str, path: Path, language: str = "en") -> Path:
    facts = replace(spec, client=replace(spec.client, given_names=given, family_name=family))
    content = letter_content("spousal_sponsorship", language, facts, 12, assess(facts, POLICY, AS_OF), POLICY,
                             AS_OF, HEAD, words=words)
    render_pdf(content, HEAD, path)
    return path


def _to_unicode(font) -> dict[int, str]:
    """Code -> text from the font's ToUnicode CMap (bfchar and bfrange entries)."""
    if "/ToUnicode" not in font:
        return {}
    data = font.ToUnicode.read_bytes().decode("latin-1")
    out: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for first, last, start in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            base = int(start, 16)
            for i, code in enumerate(range(int(first, 16), int(last, 16) + 1)):
                out[code] = chr(base + i)
    return out


def drawn_glyphs(path: Path) -> list[tuple[str, str, str, int]]:
    """(font name, glyph name, text, contours) for every character code page 1 draws."""
    pdf = pikepdf.open(path)
    page = pdf.pages[0]
    fonts = {}
    for key, font in page.Resources.Font.items():
        assert font.Subtype == "/TrueType" and "/FontFile2" in font.FontDescriptor, f"{font.BaseFont} not embedded"
        program = TTFont(io.BytesIO(font.FontDescriptor.FontFile2.read_bytes()))
        # ReportLab's subsets map codes to glyphs in a (1, 0) cmap, which getBestCmap does not read
        [table] = [t for t in program["cmap"].tables if (t.platformID, t.platEncID) == (1, 0)]
        fonts[key] = (str(font.BaseFont).split("+", 1)[-1], program, table.cmap, _to_unicode(font))
    out = []
    current = None
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op == "Tf":
            current = fonts[str(operands[0])]
            continue
        if op not in ("Tj", "TJ", "'", '"'):
            continue
        strings = [o for o in (operands[0] if op == "TJ" else operands[-1:]) if isinstance(o, pikepdf.String)]
        name, program, cmap, unicode = current
        glyf = program["glyf"]
        for code in b"".join(bytes(s) for s in strings):
            glyph = cmap.get(code, ".notdef")
            out.append((name, glyph, unicode.get(code, ""), glyf[glyph].numberOfContours if glyph in glyf else 0))
    return out


@pytest.mark.parametrize("script", NAMES)
def test_a_name_in_any_script_is_drawn_from_embedded_glyphs_never_boxes(spec, tmp_path, script):
    given, family, font = NAMES[script]
    path = write(spec, given, family, tmp_path / f"{script}.pdf")
    glyphs = drawn_glyphs(path)
    assert glyphs
    for name, glyph, text, contours in glyphs:
        assert glyph != ".notdef", (name, text)
        assert contours != 0 or text.isspace() or not text.strip() or text in "\u00a0", (name, glyph, text)
    assert any(name.startswith(font) for name, *_ in glyphs), f"the name is not set in {font}"
    # PDF/A: the widths the PDF states are the font program's own advances
    pdf = pikepdf.open(path)
    for font in pdf.pages[0].Resources.Font.values():
        program = TTFont(io.BytesIO(font.FontDescriptor.FontFile2.read_bytes()))
        [table] = [t for t in program["cmap"].tables if (t.platformID, t.platEncID) == (1, 0)]
        scale = 1000 / program["head"].unitsPerEm
        for offset, width in enumerate(font.Widths):
            glyph = table.cmap.get(int(font.FirstChar) + offset)
            if glyph is not None:
                assert abs(float(width) - program["hmtx"][glyph][0] * scale) <= 1, (font.BaseFont, glyph)
    # no base-14 or other font the PDF does not carry
    raw = path.read_bytes()
    assert b"/Helvetica" not in raw and b"/Times" not in raw


def test_arabic_is_joined_and_right_to_left_and_hebrew_right_to_left(spec, tmp_path):
    arabic = PdfReader(write(spec, "محمد", "عبد الله", tmp_path / "ar.pdf")).pages[0].extract_text()
    # Joined letters are the presentation forms in the glyphs' text (initial, medial, final).
    assert any("\ufe70" <= ch <= "\ufeff" for ch in arabic)
    folded = unicodedata.normalize("NFKC", arabic)
    # Drawn left to right, the last word of the name comes first: "الله عبد محمد" on the page.
    assert "الله عبد محمد" in folded or "اللّه عبد محمد" in folded, folded[:400]
    hebrew = PdfReader(write(spec, "דוד", "כהן", tmp_path / "he.pdf")).pages[0].extract_text()
    assert "כהן דוד" in hebrew


def _passage(alphabet: str, count: int) -> list[str]:
    """``count`` different three-letter words of ``alphabet``, so that each can be found on the page."""
    step = len(alphabet) ** 3 // count
    return ["".join(w) for w in itertools.islice(itertools.product(alphabet, repeat=3), 0, count * step, step)]


def _lines_read(path: Path, passage: list[str]) -> list[list[list[int]]]:
    """Per page, per line holding words of ``passage``: their places in it, in the order drawn (left
    to right). A word reads back letter-reversed or not, depending on the text extraction."""
    index = {w: i for i, w in enumerate(passage)}
    pages = []
    for page in PdfReader(path).pages:
        lines = []
        for line in unicodedata.normalize("NFKC", page.extract_text()).splitlines():
            places = [index.get(t, index.get(t[::-1])) for t in line.split()]
            if any(p is not None for p in places):
                assert None not in places[-sum(p is not None for p in places):], line  # the passage ends the line
                lines.append([p for p in places if p is not None])
        pages.append(lines)
    return pages


def test_a_wrapped_arabic_passage_keeps_its_lines_in_reading_order(spec, tmp_path):
    # Joining letters only (no alef, no lam: no lam-alef ligature), so each word reads back whole.
    passage = _passage("بتثجحخسشصضطظعغفقكمنهي", 60)
    facts = replace(spec, client=replace(spec.client, given_names="Ana", family_name="Pérez"))
    content = letter_content("spousal_sponsorship", "en", facts, 12, assess(facts, POLICY, AS_OF), POLICY,
                             AS_OF, HEAD, note="Note: " + " ".join(passage), words=words)
    render_pdf(content, HEAD, tmp_path / "ar.pdf")
    lines = [line for page in _lines_read(tmp_path / "ar.pdf", passage) for line in page]
    assert len(lines) >= 3  # the passage wraps
    # Each line is read from the right: its words drawn in reverse; and the first words are on the first line.
    for line in lines:
        assert line == sorted(line, reverse=True) and line == list(range(line[0], line[-1] - 1, -1)), lines
    assert [w for line in lines for w in reversed(line)] == list(range(len(passage))), lines


def test_a_hebrew_passage_over_two_pages_continues_in_order(spec, tmp_path):
    passage = _passage("אבגדהוזחטיכלמנסעפצקרשת", 1600)  # longer than a page
    content = letter_content("spousal_sponsorship", "fr", spec, 12, assess(spec, POLICY, AS_OF), POLICY,
                             AS_OF, HEAD, note=" ".join(passage), words=words)
    render_pdf(content, HEAD, tmp_path / "he.pdf")
    pages = _lines_read(tmp_path / "he.pdf", passage)
    assert sum(1 for page in pages if page) >= 2  # split over pages, as whole lines
    read = [w for page in pages for line in page for w in reversed(line)]
    assert read == list(range(len(passage)))


def test_latin_text_reads_back_unchanged_beside_another_script(spec, tmp_path):
    text = PdfReader(write(spec, "अनीता", "शर्मा", tmp_path / "hi.pdf", "fr")).pages[0].extract_text()
    assert "Objet" in text and "Madame, Monsieur," in text and "Confidentiel – Cette lettre" in text
    assert "ﬁ" not in text  # Latin words are not shaped into ligatures


def test_a_character_no_font_has_refuses_the_letter_with_the_reason(spec, tmp_path):
    with pytest.raises(LetterError, match=r"cannot print 𒀀 \(U\+12000\): no font shipped with CaseDesk"):
        write(spec, "Ana 𒀀", "Gómez", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("script", NAMES)
def test_page_one_renders_to_png(spec, tmp_path, script):
    if shutil.which("pdftoppm") is None:  # scripts/setup-env installs poppler-utils with the test extras
        why = "pdftoppm (poppler-utils) is not installed"
        if os.environ.get("CI") or os.environ.get("CASEDESK_CI"):
            pytest.fail(why)
        pytest.skip(why)
    given, family, _ = NAMES[script]
    path = write(spec, given, family, tmp_path / f"{script}.pdf")
    subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", str(path), str(tmp_path / script)],
                   check=True, capture_output=True)
    [png] = tmp_path.glob(f"{script}*.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


# --- PDF/A-2b -------------------------------------------------------------------------------------

def test_letters_carry_each_pdfa_2b_requirement(spec, tmp_path):
    path = write(spec, "محمد", "Pérez", tmp_path / "letter.pdf", "fr")
    pdf = pikepdf.open(path)
    # XMP metadata with the PDF/A identification, unfiltered, matching the document information
    assert "/Filter" not in pdf.Root.Metadata.stream_dict
    meta = pdf.open_metadata()
    assert meta.pdfa_status == "2B"
    info = pdf.docinfo
    assert meta["dc:title"] == str(info.Title) and "Pérez" in meta["dc:title"]
    assert meta["dc:creator"] == [str(info.Author)] == ["Geneviève Tremblay (Clinique juridique Saint-Laurent)"]
    assert meta["dc:description"] == str(info.Subject)
    assert meta["xmp:CreatorTool"] == str(info.Creator) and meta["pdf:Producer"] == str(info.Producer)
    created = str(info.CreationDate)  # D:YYYYMMDDhhmmss+hh'mm'
    assert meta["xmp:CreateDate"].replace("-", "").replace(":", "").replace("T", "")[:14] == created[2:16]
    # an sRGB output intent with its ICC profile
    [intent] = pdf.Root.OutputIntents
    assert intent.S == "/GTS_PDFA1" and intent.DestOutputProfile.N == 3
    icc = intent.DestOutputProfile.read_bytes()
    assert icc[36:40] == b"acsp" and icc[16:20] == b"RGB "
    # no device colour the intent does not define (CMYK), every font embedded, no encryption
    for page in pdf.pages:
        operators = {str(op) for _, op in pikepdf.parse_content_stream(page)}
        assert not operators & {"k", "K"}
        for font in page.Resources.Font.values():
            assert "/FontFile2" in font.FontDescriptor
    assert not pdf.is_encrypted and "/ID" in pdf.trailer
    # every stream: /Length exact, and an end of line between its data and "endstream"
    raw = path.read_bytes()
    assert raw.count(b"endstream") == raw.count(b"\nendstream") > 10
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream):
            assert len(obj.read_raw_bytes()) == int(obj.Length)
    assert pdf.check_pdf_syntax() == []


def test_a_cmyk_logo_is_embedded_in_rgb(spec, tmp_path):
    from PIL import Image as PILImage

    logo = tmp_path / "logo.jpg"
    PILImage.new("CMYK", (400, 100), (90, 20, 0, 10)).save(logo, format="JPEG")
    head = replace(HEAD, logo_path=str(logo))
    facts = replace(spec, client=replace(spec.client, given_names="Ana", family_name="Gómez"))
    content = letter_content("spousal_sponsorship", "en", facts, 12, assess(facts, POLICY, AS_OF), POLICY,
                             AS_OF, head, words=words)
    render_pdf(content, head, tmp_path / "logo.pdf")
    pdf = pikepdf.open(tmp_path / "logo.pdf")
    [image] = [x for x in pdf.pages[0].Resources.XObject.values() if x.Subtype == "/Image"]
    assert image.ColorSpace == "/DeviceRGB" and (image.Width, image.Height) == (400, 100)
    assert b"/DeviceCMYK" not in (tmp_path / "logo.pdf").read_bytes()
