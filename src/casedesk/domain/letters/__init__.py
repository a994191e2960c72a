"""The words of a referral letter, as plain data: the renderer (``letters/``) only lays them out.

``letter_content(kind, language, facts, client_id, assessment, policy, as_of, letterhead,
words=render)`` returns a ``LetterContent``: a title, a date line, a reference, the recipient's address, a
salutation, a list of blocks (``Heading``, ``Paragraph``, ``BulletList``, ``Checklist``,
``Table``), a closing, a signature and a confidentiality footer. Nothing here draws, escapes or
imports Qt, SQLAlchemy or ReportLab, so the words can be tested without a PDF.

Two kinds of letter, each in English and French: ``spousal_sponsorship`` (``spousal.py``) and
``citizenship_certificate`` (``citizenship.py``), each a body inside the frame all letters share
(``frame.py``), built from the blocks both use (``shared.py``) by a ``Writer`` (``writer.py``: the
letter's language, its values and its policy figures), as data (``content.py``), with French
typography (``typography.py``).

Decisions (see the issue note):

- A letter takes the assessment's result for its pathway and refuses (``LetterError``, naming
  the facts) unless it rates the route ``promising`` or ``possible``: the missing facts of a
  ``needs_info``, the facts a negative verdict turned on (``PathwayResult.facts``) otherwise.
  It does not decide the route again. Which parent makes the client Canadian, and how, is
  ``descent.descent``, the function the assessor uses.
- The assessment's summary and reasons are messages (codes with parameters), and so are the
  values the letter shows (dates, months, numbers, sums, countries: ``value.*``); both languages
  word them from the catalogues (``casedesk.text``), handed in as ``words``, so a date or a
  country reads the same in a letter as in the window. The letter's own sentences live here, with
  the rules that choose them.
- Figures from policy data always carry their date ("about 16 months (IRCC estimate, May
  2026)"). How sure the team is of a figure (secondary source, unconfirmed) is the app's caveat,
  shown in the app and never printed in a letter; only a court order that may move a date is said.
- Client text (names, the caseworker's ``note``, letterhead values, the reference given) is
  passed through verbatim; escaping is the renderer's job. The client's free-text ``notes`` in
  the case file are internal and never printed; only the ``note`` argument is.
- French typography (``french_typography``) is applied to this package's own French wording
  before client text is inserted, so a client's name or note is never altered. It stays in the
  domain with the French it applies to (``text`` may use it; the domain may not import ``text``).
- French text avoids agreeing with the client's gender, which the case file does not record.
- A blank letterhead setting (they default to "") is left out of the letterhead, signature and
  metadata rather than refused: the letter is still worth reading before the settings are filled.

Pure Python, standard library only.
"""

from __future__ import annotations

from ..errors import LetterError
from .content import (
    KIND_CODES, KIND_PATHWAYS, KINDS, LANGUAGES, Block, BulletList, Checklist, Heading, Letterhead, LetterContent,
    Paragraph, Table,
)
from .frame import letter_content
from .typography import NBSP, french_typography
from .writer import Words

__all__ = ["KIND_CODES", "KIND_PATHWAYS", "KINDS", "LANGUAGES", "NBSP", "Block", "BulletList", "Checklist",
           "Heading", "LetterContent", "LetterError", "Letterhead", "Paragraph", "Table", "Words",
           "french_typography", "letter_content"]
