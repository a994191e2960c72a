"""Letters rendered to real PDF files and read back with pypdf: text, fonts, metadata, layout."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject
from reportlab.pdfbase.pdfmetrics import stringWidth

from casedesk.domain.letters import (
    BulletList,
    Checklist,
    Heading,
    LetterContent,
    Letterhead,
    Paragraph,
    Table,
)
from casedesk.letters.fonts import register_fonts
from casedesk.letters.render import MARGIN, PAGE_SIZE, render_pdf

NAMES = ("O'Brien & <Sons>", "Nguyễn Thị Hồng", "Lefèvre")
BASE14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def letterhead(**changes) -> Letterhead:
    fields = dict(
        organisation="O'Brien & <Sons> Settlement Services",
        address="123 Main Street, Suite 4\nToronto ON  M5V 1A1",
        phone="416-555-0100",
        email="help@obrien-sons.example",
        caseworker_name="Anne Lefèvre",
        caseworker_title="Settlement caseworker",
        logo_path=None,
    )
    fields.update(changes)
    return Letterhead(**fields)


def letter(language: str = "en", **changes) -> LetterContent:
    fr = language == "fr"
    fields = dict(
        kind="referral",
        language=language,
        title="aiguillage" if fr else "Referral for settlement services",
        date_line="Le 21\u00a0novembre 2026" if fr else "November 21, 2026",
        reference="CD-2026-0042",
        recipient=("Nguyễn Thị Hồng", "O'Brien & <Sons>", "12 rue Lefèvre", "Montréal QC  H2X 1Y4"),
        salutation="Madame," if fr else "Dear Ms. Nguyễn,",
        blocks=(
            # As the content model writes it: the subject line is the first block.
            Heading("Objet\u202f: aiguillage" if fr else "Subject: Referral for settlement services"),
            Heading("Documents à fournir" if fr else "Documents to bring"),
            Paragraph("Client: Nguyễn Thị Hồng, referred by Lefèvre.\nSecond line kept."),
            BulletList(("Passport of O'Brien & <Sons>", "Proof of address")),
            Checklist(("Birth certificate", "Police certificate")),
            Table((("Name", "Nguyễn Thị Hồng"), ("Employer", "O'Brien & <Sons>"),
                   ("Typed markup", "R&amp;D <b>not bold</b>"))),
        ),
        closing="Veuillez agréer, Madame, mes salutations distinguées." if fr else "Sincerely,",
        signature=("Anne Lefèvre", "Settlement caseworker"),
        footer=("Confidentiel\u202f: renseignements personnels." if fr
                else "Confidential: contains personal information."),
        metadata={"title": "Lettre d'aiguillage" if fr else "Referral letter",
                  "author": "Anne Lefèvre", "subject": "Aiguillage" if fr else "Referral",
                  "lang": "fr-CA" if fr else "en-CA"},
    )
    fields.update(changes)
    return LetterContent(**fields)


def render(tmp_path: Path, content: LetterContent, head: Letterhead | None = None,
           name: str = "letter.pdf", **kwargs) -> PdfReader:
    path = tmp_path / name
    render_pdf(content, head or letterhead(), path, **kwargs)
    return PdfReader(path)


def norm(text: str) -> str:
    """Whitespace collapsed (line breaks and NBSP come back as spaces), Unicode composed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def page_texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def body_text(reader: PdfReader, content: LetterContent) -> str:
    """The pages' text joined, without the footer and page label that each page repeats."""
    label = re.compile(r"^Page \d+ (of|sur) \d+$")
    kept = []
    for text in page_texts(reader):
        text = text.replace(content.footer.replace("\u202f", "\u00a0"), "")
        text = text.replace(content.footer.replace("\u202f", " "), "")
        kept += [line for line in text.split("\n") if not label.match(line.strip())]
    return "\n".join(kept)


def resolve(obj):
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def fonts_of(resources, seen: set[int] | None = None):
    """Every font dictionary reachable from a resources dictionary, form XObjects included."""
    seen = set() if seen is None else seen
    resources = resolve(resources) or {}
    for font in (resolve(resources.get("/Font")) or {}).values():
        yield resolve(font)
    for xobject in (resolve(resources.get("/XObject")) or {}).values():
        xobject = resolve(xobject)
        if id(xobject) not in seen and "/Resources" in xobject:
            seen.add(id(xobject))
            yield from fonts_of(xobject["/Resources"], seen)


def text_runs(page):
    """(text, x, y, font name, size) of every text run pypdf sees on a page."""
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip() and font is not None:
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            name = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
            runs.append((text, x, y, name, size * tm[0] * cm[0]))

    page.extract_text(visitor_text=visit)
    return runs


def assert_inside_margins(reader: PdfReader) -> None:
    register_fonts()
    width, height = PAGE_SIZE
    for number, page in enumerate(reader.pages, 1):
        runs = text_runs(page)
        assert runs, f"page {number} has no text"
        for text, x, y, font, size in runs:
            for line in text.split("\n"):
                if not line.strip():
                    continue
                right = x + stringWidth(line.rstrip(), font, size)
                where = f"page {number}: {line[:40]!r} spans {x:.1f}..{right:.1f}"
                assert x >= MARGIN - 0.5, where
                assert right <= width - MARGIN + 0.5, where
            assert 0 < y < height - MARGIN + 0.5, f"page {number}: {text[:40]!r} at y={y:.1f}"


# --- text ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["en", "fr"])
def test_names_print_exactly_as_typed(tmp_path, language):
    reader = render(tmp_path, letter(language))
    text = norm("\n".join(page_texts(reader)))
    for name in NAMES:
        assert name in text
    assert "O'Brien & <Sons> Settlement Services" in text
    # Markup typed by the user is printed, not interpreted.
    assert "R&amp;D <b>not bold</b>" in text
    assert "&lt;" not in text and "&amp;Sons" not in text
    assert "Client: Nguyễn Thị Hồng, referred by Lefèvre. Second line kept." in text
    assert "Passport of O'Brien & <Sons>" in text


def test_letter_parts_in_order(tmp_path):
    text = norm(page_texts(render(tmp_path, letter("en")))[0])
    parts = ["O'Brien & <Sons> Settlement Services", "123 Main Street, Suite 4",
             "Tel. 416-555-0100", "Email help@obrien-sons.example",
             "November 21, 2026", "Our reference: CD-2026-0042", "Nguyễn Thị Hồng",
             "Subject: Referral for settlement services", "Dear Ms. Nguyễn,", "Documents to bring",
             "• Passport of O'Brien & <Sons>", "• Proof of address", "☐ Birth certificate",
             "☐ Police certificate", "Name Nguyễn Thị Hồng", "Sincerely,", "Anne Lefèvre",
             "Settlement caseworker"]
    positions = [text.find(part) for part in parts]
    assert -1 not in positions, [p for p, i in zip(parts, positions) if i < 0]
    # The footer is painted first on the page; everything else follows the letter's order.
    assert positions == sorted(positions)
    assert "Confidential: contains personal information." in text
    # The subject line is printed once (not again as the title).
    assert text.count("Referral for settlement services") == 1


def test_without_a_subject_heading_the_title_is_the_subject_line(tmp_path):
    content = letter("en", title="Documents for O'Brien & <Sons>",
                     blocks=(Heading("Next steps"), Paragraph("Call us.")))
    reader = render(tmp_path, content)
    text = norm(page_texts(reader)[0])
    order = ["Nguyễn Thị Hồng", "Documents for O'Brien & <Sons>", "Dear Ms. Nguyễn,", "Next steps",
             "Call us."]
    positions = [text.find(part) for part in order]
    assert -1 not in positions and positions == sorted(positions)
    fonts = {t.strip(): f for t, _x, _y, f, _s in text_runs(reader.pages[0])}
    assert fonts["Documents for O'Brien & <Sons>"] == fonts["Next steps"] == "DejaVuSans-Bold"


def test_french_labels(tmp_path):
    text = norm(page_texts(render(tmp_path, letter("fr")))[0])
    assert "Tél. : 416-555-0100" in text
    assert "Courriel : help@obrien-sons.example" in text
    assert "N/Réf. : CD-2026-0042" in text
    assert "Le 21 novembre 2026" in text
    assert "Objet : aiguillage" in text
    assert "Confidentiel : renseignements personnels." in text


def test_headings_and_title_are_bold(tmp_path):
    runs = text_runs(render(tmp_path, letter("en")).pages[0])
    fonts = {text.strip(): font for text, _x, _y, font, _size in runs}
    assert fonts["O'Brien & <Sons> Settlement Services"] == "DejaVuSans-Bold"
    assert fonts["Subject: Referral for settlement services"] == "DejaVuSans-Bold"
    assert fonts["Documents to bring"] == "DejaVuSans-Bold"
    assert fonts["Name"] == "DejaVuSans-Bold"
    assert fonts["Dear Ms. Nguyễn,"] == "DejaVuSans"
    assert fonts["Confidential: contains personal information."] == "DejaVuSans-Oblique"


def test_date_and_reference_are_right_aligned(tmp_path):
    register_fonts()
    runs = text_runs(render(tmp_path, letter("en")).pages[0])
    for wanted in ("November 21, 2026", "Our reference: CD-2026-0042"):
        (x, font, size), = [(x, f, s) for t, x, _y, f, s in runs if t.strip() == wanted]
        assert x + stringWidth(wanted, font, size) == pytest.approx(PAGE_SIZE[0] - MARGIN, abs=0.5)


def test_narrow_no_break_space_does_not_break_a_line(tmp_path):
    # French puts U+202F before "?"; ReportLab would break there, leaving "?" at a line start.
    questions = [f"Question{'x' * (i % 7)} {i}\u202f?" for i in range(150)]
    reader = render(tmp_path, letter("fr", blocks=(Paragraph(" ".join(questions)),)))
    lines = [line.strip() for text in page_texts(reader) for line in text.split("\n")]
    assert len([line for line in lines if "Question" in line]) > 10
    assert not [line for line in lines if line.startswith("?")]
    text = norm(" ".join(lines))
    assert all(norm(question) in text for question in questions)


def test_control_characters_are_dropped_not_fatal(tmp_path):
    reader = render(tmp_path, letter("en", recipient=("Ana\x00 Sil\x07va\x1b", "Line\r\nTwo")))
    text = norm(page_texts(reader)[0])
    assert "Ana Silva Line Two" in text


# --- fonts and metadata -------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_font_is_embedded_dejavu(tmp_path, language):
    path = tmp_path / "letter.pdf"
    render_pdf(letter(language), letterhead(), path)
    reader = PdfReader(path)
    names = set()
    for page in reader.pages:
        fonts = list(fonts_of(page["/Resources"]))
        assert fonts
        for font in fonts:
            names.add(str(font["/BaseFont"]))
            descriptors = [font.get("/FontDescriptor")] + [
                resolve(d).get("/FontDescriptor") for d in resolve(font.get("/DescendantFonts", []))]
            descriptors = [resolve(d) for d in descriptors if d is not None]
            assert descriptors, f"{font['/BaseFont']} has no font descriptor (not embedded)"
            for descriptor in descriptors:
                assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
    assert {re.sub(r"^/[A-Z]{6}\+", "", n) for n in names} == {
        "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}
    raw = path.read_bytes()
    for base14 in BASE14:
        assert base14.encode() not in raw


@pytest.mark.parametrize("language, lang", [("en", "en-CA"), ("fr", "fr-CA")])
def test_metadata_and_language(tmp_path, language, lang):
    reader = render(tmp_path, letter(language))
    meta = reader.metadata
    assert meta.title == ("Lettre d'aiguillage" if language == "fr" else "Referral letter")
    assert meta.author == "Anne Lefèvre"
    assert meta.subject == ("Aiguillage" if language == "fr" else "Referral")
    assert meta.creator == "CaseDesk"
    assert reader.trailer["/Root"]["/Lang"] == lang
    assert reader.pages[0].mediabox.width == pytest.approx(612)  # US Letter, also in French
    assert reader.pages[0].mediabox.height == pytest.approx(792)


# --- long content, pages ------------------------------------------------------------------------

@pytest.mark.parametrize("language, label", [("en", "Page {n} of {total}"),
                                             ("fr", "Page {n} sur {total}")])
def test_long_checklist_flows_onto_numbered_pages(tmp_path, language, label):
    items = tuple(f"Item {i:03d}: pièce justificative de Nguyễn Thị Hồng" for i in range(200))
    reader = render(tmp_path, letter(language, blocks=(Checklist(items),)))
    total = len(reader.pages)
    assert total > 2
    texts = page_texts(reader)
    for n, text in enumerate(texts, 1):
        assert norm(label.format(n=n, total=total)) in norm(text)
        assert norm(text).count("Confidential" if language == "en" else "Confidentiel") == 1
    everything = norm(" ".join(texts))
    for item in items:
        assert everything.count(item) == 1
    assert everything.count("☐") == 200
    # The closing and signature come after the last item, on the last page.
    assert "Anne Lefèvre Settlement caseworker" in norm(texts[-1])
    assert everything.index("Item 199") < everything.rindex("Anne Lefèvre")
    assert_inside_margins(reader)


def test_long_names_wrap_inside_the_margins(tmp_path):
    spaced = " ".join(["Nguyễn Thị Hồng O'Brien-Lefèvre"] * 10)[:300]
    solid = ("Ŵolfeschlegelsteinhausenbergerdorff" * 9)[:300]
    assert len(spaced) == len(solid) == 300
    content = letter(
        "en", recipient=(spaced, solid),
        blocks=(Paragraph(solid), BulletList((spaced, solid)),
                Table(((solid, spaced), ("Employer", solid)))),
        signature=(spaced,))
    reader = render(tmp_path, content, letterhead(organisation=spaced))
    assert len(reader.pages) > 1
    joined = body_text(reader, content)
    assert norm(joined).count(spaced) == 5
    # Extraction puts a line break where a long word was split: compare without whitespace.
    # The table row may be split across the page break, interleaving its two cells' text, so
    # one copy can come back in pieces; all of its characters must still be there.
    flat = "".join(joined.split())
    assert flat.count(solid) >= 4
    assert flat.count("Ŵ") == 5 * solid.count("Ŵ")
    # The unbroken name did not run off the page: it was split over several lines.
    assert max(len(line) for line in joined.split("\n")) < 150
    assert_inside_margins(reader)


def test_huge_blocks_split_across_pages(tmp_path):
    words = "word " * 2500
    content = letter("en", blocks=(Heading("Heading " * 50), Paragraph(words),
                                   Checklist((words,)), Table((("Label", words),))),
                     footer="Confidential " * 400)
    reader = render(tmp_path, content, letterhead(address="Line\n" * 80))
    assert len(reader.pages) > 5
    assert norm(" ".join(page_texts(reader))).count("word") == 7500
    assert_inside_margins(reader)


def test_typical_letter_is_inside_the_margins_on_one_page(tmp_path):
    reader = render(tmp_path, letter("fr"))
    assert len(reader.pages) == 1
    assert "Page 1 sur 1" in norm(page_texts(reader)[0])
    assert_inside_margins(reader)


# --- logo ---------------------------------------------------------------------------------------

def images_on_first_page(reader: PdfReader) -> list:
    xobjects = resolve(reader.pages[0]["/Resources"]).get("/XObject") or {}
    return [x for x in (resolve(v) for v in resolve(xobjects).values())
            if x.get("/Subtype") == "/Image"]


def test_logo_is_scaled_into_the_letterhead(tmp_path):
    from PIL import Image as PILImage

    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (1200, 300), (20, 80, 160)).save(logo)
    reader = render(tmp_path, letter("en"), letterhead(logo_path=str(logo)))
    images = images_on_first_page(reader)
    assert len(images) == 1
    assert (images[0]["/Width"], images[0]["/Height"]) == (1200, 300)
    assert "O'Brien & <Sons> Settlement Services" in norm(page_texts(reader)[0])
    assert_inside_margins(reader)


@pytest.mark.parametrize("kind", ["missing", "not an image", "a folder"])
def test_unusable_logo_is_ignored(tmp_path, kind):
    logo = {"missing": tmp_path / "nope.png", "not an image": tmp_path / "logo.png",
            "a folder": tmp_path}[kind]
    if kind == "not an image":
        logo.write_text("GIF89a but not really", encoding="utf-8")
    reader = render(tmp_path, letter("en"), letterhead(logo_path=str(logo)))
    assert images_on_first_page(reader) == []
    assert "O'Brien & <Sons> Settlement Services" in norm(page_texts(reader)[0])


# --- output -------------------------------------------------------------------------------------

def test_invariant_output_is_byte_identical(tmp_path):
    first, second = io.BytesIO(), io.BytesIO()
    render_pdf(letter("fr"), letterhead(), first, invariant=True)
    render_pdf(letter("fr"), letterhead(), second, invariant=True)
    assert first.getvalue() == second.getvalue()
    path = tmp_path / "letter.pdf"
    render_pdf(letter("fr"), letterhead(), path, invariant=True)
    assert path.read_bytes() == first.getvalue()
    assert first.getvalue().startswith(b"%PDF-")


def test_path_is_written_whole_and_replaced(tmp_path):
    path = tmp_path / "letter.pdf"
    path.write_bytes(b"old")
    render_pdf(letter("en"), letterhead(), path)
    assert path.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


def test_failed_render_leaves_no_file(tmp_path):
    class Unknown:
        pass

    path = tmp_path / "letter.pdf"
    with pytest.raises(TypeError, match="Unknown"):
        render_pdf(letter("en", blocks=(Unknown(),)), letterhead(), path)
    assert list(tmp_path.iterdir()) == []
