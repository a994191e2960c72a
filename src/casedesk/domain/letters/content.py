"""What a letter is, as plain data: its frame and its blocks. The renderer (``letters/``) lays it out."""

from __future__ import annotations

from dataclasses import dataclass

from .typography import NBSP, french_typography

KINDS = ("spousal_sponsorship", "citizenship_certificate")
LANGUAGES = ("en", "fr")

# Short codes for the default reference: CD-<client>-<yyyymmdd>-<code>.
KIND_CODES = {"spousal_sponsorship": "SPS", "citizenship_certificate": "CIT"}
# The assessment pathway whose result says why the route is recommended.
KIND_PATHWAYS = {"spousal_sponsorship": "spousal_sponsorship",
                 "citizenship_certificate": "citizenship_by_descent"}
LANG_TAGS = {"en": "en-CA", "fr": "fr-CA"}  # the PDF's language

@dataclass(frozen=True)
class Letterhead:
    """The firm's letterhead and signature block, from settings (``letterhead.*``)."""

    organisation: str
    address: str                  # several lines separated by "\n"
    phone: str
    email: str
    caseworker_name: str
    caseworker_title: str
    logo_path: str | None = None

    @property
    def address_lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.address.splitlines() if line.strip())


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Checklist:
    """Items to tick off (the renderer draws a box before each)."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """Label/value rows."""

    rows: tuple[tuple[str, str], ...]


Block = Heading | Paragraph | BulletList | Checklist | Table


@dataclass(frozen=True)
class LetterContent:
    kind: str
    language: str
    title: str
    date_line: str
    reference: str
    recipient: tuple[str, ...]
    salutation: str
    blocks: tuple[Block, ...]      # blocks[0] is the subject line ("Subject: ..." / "Objet : ...")
    closing: str
    signature: tuple[str, ...]
    footer: str
    metadata: dict[str, str]       # title, author, subject, lang ("en-CA" / "fr-CA")
    letterhead: Letterhead | None = None

    @property
    def subject(self) -> str:
        return self.metadata["subject"]

    @property
    def reference_line(self) -> str:
        """The reference with its label: "Our reference: ..." / "N/Réf. : ..."."""
        label = "Our reference:" if self.language == "en" else french_typography("N/Réf. :")
        return f"{label} {self.reference}"

    @property
    def letterhead_lines(self) -> tuple[str, ...]:
        """Organisation, address lines, phone and email, labelled in the letter's language."""
        head = self.letterhead
        if head is None:
            return ()
        lines = [head.organisation.strip(), *head.address_lines]
        en = self.language == "en"
        if head.phone.strip():
            lines.append(("Tel. " if en else french_typography("Tél. : ")) + head.phone.strip())
        if head.email.strip():
            lines.append(("Email " if en else french_typography("Courriel : ")) + head.email.strip())
        return tuple(line for line in lines if line)

    def text(self) -> str:
        """Every word of the letter as plain text, in reading order (for previews and tests)."""
        out: list[str] = [*self.letterhead_lines, self.date_line, self.reference_line, *self.recipient,
                          self.salutation]
        for block in self.blocks:
            if isinstance(block, (Heading, Paragraph)):
                out.append(block.text)
            elif isinstance(block, BulletList):
                out += [f"- {item}" for item in block.items]
            elif isinstance(block, Checklist):
                out += [f"[ ] {item}" for item in block.items]
            else:
                out += [f"{label}: {value}" if self.language == "en" else f"{label}{NBSP}: {value}"
                        for label, value in block.rows]
        out += [self.closing, *self.signature, self.footer]
        return "\n".join(out)

