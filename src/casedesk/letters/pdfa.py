"""What makes a letter PDF/A-2b (ISO 19005-2, level B), which archives and some courts require.

ReportLab already embeds every font (TrueType subsets, ``fonts``) and writes the document ID; this
adds the rest to its document before it is written: XMP metadata that names the PDF/A part and
level and repeats the document information (title, author, subject, creator, producer, dates) word
for word, and an output intent with the sRGB ICC profile shipped in ``resources/color`` (Zlib
licence), under which the letter's DeviceRGB and DeviceGray colours are defined. Letters use no
CMYK (a CMYK logo is converted), and no encryption. ReportLab writes ``endstream`` straight after a
stream's data, where PDF/A wants an end of line (not counted in /Length): ``install`` adds it.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import (
    PDFArray, PDFCatalog, PDFDictionary, PDFName, PDFStream, PDFString, XMP,
)

PART, CONFORMANCE = 2, "B"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"


def profile_path() -> Path:
    """The shipped sRGB ICC profile (source checkout, editable install or installed package)."""
    source_tree = Path(__file__).resolve().parents[3] / "resources" / "color" / "sRGB.icc"
    if source_tree.exists():
        return source_tree
    return Path(str(importlib.resources.files("casedesk") / "resources" / "color" / "sRGB.icc"))


def _xmp_date(stamp: Any) -> str:
    """ReportLab's time stamp as XMP writes dates: the same instant as the Info dictionary's."""
    year, month, day, hour, minute, second = stamp.YMDhms
    sign = "-" if stamp.dhh < 0 else "+"
    return (f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
            f"{sign}{abs(stamp.dhh):02d}:{abs(stamp.dmm):02d}")


def xmp_packet(info: Any, stamp: Any, lang: str) -> str:
    """The XMP packet: PDF/A identification and the document information, each value as in Info."""
    def text(value: object) -> str:
        return escape(str(value or ""))

    when = _xmp_date(stamp)
    language = escape(lang or "x-default")
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>{PART}</pdfaid:part>
   <pdfaid:conformance>{CONFORMANCE}</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{text(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{text(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{text(info.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreatorTool>{text(info.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>{text(info.producer)}</pdf:Producer>
   <pdf:Keywords>{text(info.keywords)}</pdf:Keywords>
   <pdf:Trapped>{text(info.trapped)}</pdf:Trapped>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


class _Metadata(XMP):
    """XMP written as plain text with no Filter key (PDF/A forbids filtering the metadata stream)."""

    def format(self, document: Any) -> bytes:
        content = self.makeContent(document)
        dictionary = PDFDictionary(dict(self.dictionary.dict, Length=len(content)))
        return dictionary.format(document) + b"\nstream\n" + content + b"\nendstream\n"


_plain_stream_format = PDFStream.format
_END = b"endstream\n"


def _stream_format(self: PDFStream, document: Any) -> bytes:
    """ReportLab's stream, with the end of line PDF/A requires before ``endstream``."""
    out = _plain_stream_format(self, document)
    return out[:-len(_END)] + b"\n" + _END if out.endswith(_END) else out


def install() -> None:
    """Make every ReportLab stream end its data with an end of line (idempotent)."""
    pdfdoc.PDFStream.format = _stream_format  # type: ignore[method-assign]


def mark(doc: Any, lang: str) -> None:
    """Add the XMP metadata and the sRGB output intent to ReportLab's ``doc`` (a PDFDocument)."""
    catalog = doc.Catalog
    catalog.Metadata = _Metadata(creator=lambda d: xmp_packet(d.info, d._timeStamp, lang).encode("utf-8"))

    icc = profile_path().read_bytes()
    profile = PDFStream(PDFDictionary({"N": 3, "Alternate": PDFName("DeviceRGB")}), icc)
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"),
        "S": PDFName("GTS_PDFA1"),  # the subtype PDF/A-1, -2 and -3 all use
        "OutputConditionIdentifier": PDFString(OUTPUT_CONDITION),
        "Info": PDFString(OUTPUT_CONDITION),
        "DestOutputProfile": doc.Reference(profile),
    })
    catalog.OutputIntents = PDFArray([intent])
    # ReportLab's catalog writes only the keys it knows; this one adds OutputIntents to them.
    catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]
