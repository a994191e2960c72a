"""The words of a referral letter, as plain data: the renderer (``letters/``) only lays them out.

``letter_content(kind, language, facts, client_id, assessment, policy, as_of, letterhead,
words=render)`` returns a ``LetterContent``: a title, a date line, a reference, the recipient's address, a
salutation, a list of blocks (``Heading``, ``Paragraph``, ``BulletList``, ``Checklist``,
``Table``), a closing, a signature and a confidentiality footer. Nothing here draws, escapes or
imports Qt, SQLAlchemy or ReportLab, so the words can be tested without a PDF.

Two kinds of letter, each in English and French:

``spousal_sponsorship``
    Who the client is; the relationship and the sponsor's status; why sponsorship is the route
    (the assessment's ``spousal_sponsorship`` result); inland or outland, with the processing
    estimates in force on ``as_of`` and their dates; the client's status cliff (the earliest
    end of their U.S. status, from ``compute_deadlines``/``status_cliff``); fees; a checklist of
    documents (forms by number from ``forms.spousal_sponsorship``).

``citizenship_certificate``
    The parent's Canadian connection (born in Canada, naturalized, or by descent: restored by
    Bill C-3 for a birth before ``citizenship.descent_restoration_cutoff``, the
    ``citizenship.substantial_connection_days`` test for a birth on or after it); the documents
    (``forms.citizenship_certificate``: CIT 0001 and checklist CIT 0014); fee and processing
    estimate; the status cliff.

Decisions (see the issue note):

- A letter takes the assessment's result for its pathway and refuses (``LetterError``, naming
  the facts) unless it rates the route ``promising`` or ``possible``: the missing facts of a
  ``needs_info``, the facts a negative verdict turned on (``PathwayResult.facts``) otherwise.
  It does not decide the route again. Which parent makes the client Canadian, and how, is
  ``descent.descent``, the function the assessor uses.
- A parent Canadian at birth comes first. With none, a grandparent born in Canada gives a
  letter "about the parent first": the parent applies for their own certificate with the
  grandparent's Canadian birth certificate, then the client applies with the parent's.
- A client born in Canada gets no certificate letter: the Canadian birth certificate is the proof.
- The assessment's summary and reasons are messages (codes with parameters); both languages quote
  them in the letter's language, in words from the catalogues (``casedesk.text``), handed in as
  ``words``.
- Figures from policy data always carry their date ("about 16 months (IRCC estimate, May
  2026)") and, when the fact is not from an official source, "verify before relying on it".
- Client text (names, the caseworker's ``note``, letterhead values, the reference given) is
  passed through verbatim; escaping is the renderer's job. The client's free-text ``notes`` in
  the case file are internal and never printed; only the ``note`` argument is.
- French typography (``french_typography``) is applied to this module's own French wording
  before client text is inserted, so a client's name or note is never altered.
- French text avoids agreeing with the client's gender, which the case file does not record.
- A blank letterhead setting (they default to "") is left out of the letterhead, signature and
  metadata rather than refused: the letter is still worth reading before the settings are filled.

Pure Python, standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Union

from .assessment import NEEDS_INFO, POSSIBLE, PROMISING, Assessment, PathwayResult
from .deadlines import add_months, compute_deadlines, status_cliff
from .descent import BEFORE_LIMIT, GRANDPARENT, DescentLaw, Link, descent
from .errors import LetterError
from .facts import CaseFacts, Parent
from .messages import Msg
from .policydata import Policy, PolicyFact

# Words for a message in a language (``casedesk.text.render``): the domain does not import the
# catalogues, so the caller hands this in.
Words = Callable[[Msg, str], str]

KINDS = ("spousal_sponsorship", "citizenship_certificate")
LANGUAGES = ("en", "fr")

# Short codes for the default reference: CD-<client>-<yyyymmdd>-<code>.
KIND_CODES = {"spousal_sponsorship": "SPS", "citizenship_certificate": "CIT"}
# The assessment pathway whose result says why the route is recommended.
KIND_PATHWAYS = {"spousal_sponsorship": "spousal_sponsorship",
                 "citizenship_certificate": "citizenship_by_descent"}
_LANG_TAGS = {"en": "en-CA", "fr": "fr-CA"}

NBSP = "\u00a0"


# -- the content model ----------------------------------------------------------------------

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


Block = Union[Heading, Paragraph, BulletList, Checklist, Table]


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


# -- French typography ----------------------------------------------------------------------

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


# -- words for each language ----------------------------------------------------------------

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
}

# Country names for the codes the case file uses; any other code is shown as it is.
_COUNTRIES: dict[str, tuple[str, str]] = {
    "AF": ("Afghanistan", "Afghanistan"), "AR": ("Argentina", "Argentine"),
    "BD": ("Bangladesh", "Bangladesh"), "BF": ("Burkina Faso", "Burkina Faso"),
    "BI": ("Burundi", "Burundi"), "BJ": ("Benin", "Bénin"), "BO": ("Bolivia", "Bolivie"),
    "BR": ("Brazil", "Brésil"), "BY": ("Belarus", "Bélarus"), "CA": ("Canada", "Canada"),
    "CD": ("Democratic Republic of the Congo", "République démocratique du Congo"),
    "CF": ("Central African Republic", "République centrafricaine"), "CG": ("Congo", "Congo"),
    "CI": ("Côte d'Ivoire", "Côte d’Ivoire"), "CL": ("Chile", "Chili"),
    "CM": ("Cameroon", "Cameroun"), "CN": ("China", "Chine"), "CO": ("Colombia", "Colombie"),
    "CR": ("Costa Rica", "Costa Rica"), "CU": ("Cuba", "Cuba"), "DE": ("Germany", "Allemagne"),
    "DO": ("Dominican Republic", "République dominicaine"), "DZ": ("Algeria", "Algérie"),
    "EC": ("Ecuador", "Équateur"), "EG": ("Egypt", "Égypte"), "ER": ("Eritrea", "Érythrée"),
    "ES": ("Spain", "Espagne"), "ET": ("Ethiopia", "Éthiopie"), "FR": ("France", "France"),
    "GB": ("United Kingdom", "Royaume-Uni"), "GH": ("Ghana", "Ghana"), "GN": ("Guinea", "Guinée"),
    "GT": ("Guatemala", "Guatemala"), "HN": ("Honduras", "Honduras"), "HT": ("Haiti", "Haïti"),
    "IN": ("India", "Inde"), "IQ": ("Iraq", "Irak"), "IR": ("Iran", "Iran"), "IT": ("Italy", "Italie"),
    "JM": ("Jamaica", "Jamaïque"), "JP": ("Japan", "Japon"), "KE": ("Kenya", "Kenya"),
    "KH": ("Cambodia", "Cambodge"), "KR": ("South Korea", "Corée du Sud"), "LA": ("Laos", "Laos"),
    "LB": ("Lebanon", "Liban"), "LK": ("Sri Lanka", "Sri Lanka"), "MA": ("Morocco", "Maroc"),
    "ML": ("Mali", "Mali"), "MM": ("Burma (Myanmar)", "Birmanie (Myanmar)"),
    "MX": ("Mexico", "Mexique"), "NE": ("Niger", "Niger"), "NG": ("Nigeria", "Nigeria"),
    "NI": ("Nicaragua", "Nicaragua"), "NP": ("Nepal", "Népal"), "PA": ("Panama", "Panama"),
    "PE": ("Peru", "Pérou"), "PH": ("Philippines", "Philippines"), "PK": ("Pakistan", "Pakistan"),
    "PT": ("Portugal", "Portugal"), "PY": ("Paraguay", "Paraguay"), "RU": ("Russia", "Russie"),
    "RW": ("Rwanda", "Rwanda"), "SD": ("Sudan", "Soudan"), "SN": ("Senegal", "Sénégal"),
    "SO": ("Somalia", "Somalie"), "SS": ("South Sudan", "Soudan du Sud"),
    "SV": ("El Salvador", "Salvador"), "SY": ("Syria", "Syrie"), "TD": ("Chad", "Tchad"),
    "TG": ("Togo", "Togo"), "TH": ("Thailand", "Thaïlande"), "TN": ("Tunisia", "Tunisie"),
    "TR": ("Türkiye", "Turquie"), "UA": ("Ukraine", "Ukraine"), "UG": ("Uganda", "Ouganda"),
    "US": ("United States", "États-Unis"), "UY": ("Uruguay", "Uruguay"),
    "VE": ("Venezuela", "Venezuela"), "VN": ("Viet Nam", "Viêt Nam"), "YE": ("Yemen", "Yémen"),
    "ZA": ("South Africa", "Afrique du Sud"),
}

# Form titles as IRCC publishes them; a number not listed here is shown alone.
_FORMS: dict[str, tuple[str, str]] = {
    "IMM 1344": ("Application to Sponsor, Sponsorship Agreement and Undertaking",
                 "Demande de parrainage, entente de parrainage et engagement"),
    "IMM 0008": ("Generic Application Form for Canada, with its schedules",
                 "Formulaire de demande générique pour le Canada, avec ses annexes"),
    "IMM 5532": ("Relationship Information and Sponsorship Evaluation",
                 "Renseignements sur la relation et évaluation du parrainage"),
    "IMM 5669": ("Schedule A – Background/Declaration", "Annexe A – Antécédents/Déclaration"),
    "CIT 0001": ("Application for a Citizenship Certificate (Proof of Citizenship)",
                 "Demande de certificat de citoyenneté (preuve de citoyenneté)"),
    "CIT 0014": ("Document Checklist", "Liste de contrôle des documents"),
}

_VERIFY = {  # by policy-fact confidence, for anything not from an official source
    "S3": ("secondary source", "source secondaire"),
    "R": ("unconfirmed", "donnée non confirmée"),
    "?": ("sources conflict", "sources contradictoires"),
}

_VERDICT_WORDS = {PROMISING: ("promising", "prometteuse"), POSSIBLE: ("possible", "possible")}


# -- the writer: one letter's language, facts and policy ------------------------------------

def _de(name: str) -> str:
    """French "de" before a name, elided before a vowel ("d’Élodie", "d’Olena"; not before h or y)."""
    first = unicodedata.normalize("NFD", name.lstrip()[:1])[:1].lower()
    return f"d’{name}" if first in "aeiou" else f"de {name}"


class _Writer:
    def __init__(self, kind: str, language: str, facts: CaseFacts, client_id: int,
                 assessment: Assessment, policy: Policy, as_of: date, words: Words):
        self.kind = kind
        self.words = words
        self.lang = language
        self.en = language == "en"
        self.facts = facts
        self.client_id = client_id
        self.assessment = assessment
        self.policy = policy
        self.as_of = as_of
        self.name = facts.client.full_name
        self.used: dict[str, PolicyFact] = {}   # policy facts quoted, for the sources list
        deadlines = compute_deadlines(facts, policy, as_of)
        self.deadlines = deadlines
        self.cliff = status_cliff(deadlines)

    # words
    def t(self, en: str, fr: str, **values: Any) -> str:
        """The text in the letter's language; French typography on this module's French only.

        ``{name}`` is the client's name and ``{de_name}`` is "de" + name with French elision
        ("d’Olena Marchenko", "de María José Pérez Núñez"), unless given.
        """
        template = en if self.en else french_typography(fr)
        values.setdefault("name", self.name)
        values.setdefault("de_name", _de(self.name))
        return template.format(**values)

    def error(self, message: str) -> LetterError:
        return LetterError(f"client {self.client_id}: {message}")

    def say(self, message: Msg) -> str:
        """An assessment's message in the letter's language."""
        return self.words(message, self.lang)

    def date(self, day: date) -> str:
        month = _MONTHS[self.lang][day.month - 1]
        if self.en:
            return f"{day.day} {month} {day.year}"
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"

    def month(self, day: date) -> str:
        return f"{_MONTHS[self.lang][day.month - 1]} {day.year}"

    def num(self, n: int | float) -> str:
        text = f"{n:,.0f}" if float(n).is_integer() else f"{n:,.2f}"
        return text if self.en else text.replace(",", NBSP).replace(".", ",")

    def money(self, amount: int | float) -> str:
        return f"CAD ${self.num(amount)}" if self.en else f"{self.num(amount)}{NBSP}$ CA"

    def country(self, code: str | None) -> str:
        if not code:
            return self.t("not recorded", "non précisé")
        names = _COUNTRIES.get(code.upper())
        return code if names is None else names[0 if self.en else 1]

    def days(self, n: int) -> str:
        return self.t("{n} day", "{n} jour", n=self.num(n)) if n == 1 else \
            self.t("{n} days", "{n} jours", n=self.num(n))

    def relative(self, day: date) -> str:
        left = (day - self.as_of).days
        if left == 0:
            return self.t("today", "aujourd’hui")
        if left > 0:
            return self.t("in {d}", "dans {d}", d=self.days(left))
        return self.t("{d} ago", "il y a {d}", d=self.days(-left))

    # policy facts
    def fact(self, fact_id: str) -> PolicyFact | None:
        found = self.policy.find(fact_id, self.as_of)
        if found is not None and found.value is not None:
            self.used[found.id] = found
            return found
        return None

    def verify(self, fact: PolicyFact) -> str:
        """"; secondary source: verify before relying on it" for an unconfirmed fact, else ""."""
        if fact.confirmed:
            return ""
        en, fr = _VERIFY.get(fact.confidence, ("unknown source", "source inconnue"))
        return self.t("; {q}: verify before relying on it", " ; {q} : à vérifier avant de s’y fier",
                      q=en if self.en else fr)

    def months_of(self, fact: PolicyFact | None) -> int | None:
        if fact is None:
            return None
        value = fact.value
        if isinstance(value, Mapping):
            value = value.get("months")
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def estimate(self, fact: PolicyFact | None) -> str:
        """"about 16 months (IRCC estimate, May 2026; secondary source: verify ...)"."""
        months = self.months_of(fact)
        if fact is None or months is None:
            return self.t("no current estimate in our policy data: check IRCC's processing times",
                          "aucune estimation à jour dans nos données : consulter les délais de "
                          "traitement publiés par IRCC")
        value = fact.value
        low = value.get("low", months) if isinstance(value, Mapping) else months
        if isinstance(low, int) and 0 < low < months:
            span = self.t("{low} to {high} months", "de {low} à {high} mois", low=low, high=months)
        else:
            span = self.t("about {n} months", "environ {n} mois", n=months)
        return self.t("{span} (IRCC estimate, {when}{verify})", "{span} (estimation d’IRCC, {when}{verify})",
                      span=span, when=self.month(fact.effective), verify=self.verify(fact))

    def since(self, fact: PolicyFact) -> str:
        """"in force since 15 December 2025; secondary source: verify ..." for a fee."""
        return self.t("in force since {d}{verify}", "en vigueur depuis le {d}{verify}",
                      d=self.date(fact.effective), verify=self.verify(fact))

    # shared blocks
    def identity_table(self) -> Table:
        c = self.facts.client
        rows = [(self.t("Name", "Nom"), self.name)]
        if c.date_of_birth is not None:
            rows.append((self.t("Date of birth", "Date de naissance"), self.date(c.date_of_birth)))
        rows.append((self.t("Country of birth", "Pays de naissance"), self.country(c.country_of_birth)))
        if c.citizenships:
            rows.append((self.t("Citizenship", "Citoyenneté"),
                         ", ".join(self.country(code) for code in c.citizenships)))
        if c.a_number:
            rows.append((self.t("U.S. A-Number", "Numéro A (États-Unis)"), c.a_number))
        return Table(tuple(rows))

    def result(self) -> PathwayResult:
        """The assessment's result for this letter's pathway; refuses unless it recommends it."""
        pid = KIND_PATHWAYS[self.kind]
        when = self.assessment.as_of.isoformat()
        found = next((p for p in self.assessment.pathways if p.id == pid), None)
        if found is None:
            raise self.error(f"the assessment of {when} has no {pid} result: assess the client first")
        if found.verdict == NEEDS_INFO:
            raise self.error(f"the assessment of {when} needs more facts before {pid} can be recommended "
                             f"({', '.join(found.missing)})")
        if found.verdict not in (PROMISING, POSSIBLE):
            facts = f" ({', '.join(found.facts)})" if found.facts else ""
            raise self.error(f"the assessment of {when} rates {pid} {found.verdict}: "
                             f"{self.words(found.summary, 'en')}{facts}; reassess after updating the facts")
        return found

    def stale(self, what: str) -> LetterError:
        """The facts no longer match the assessment the letter quotes."""
        return self.error(f"the facts changed since the assessment of {self.assessment.as_of.isoformat()}: "
                          f"{what}; reassess the client")

    def assessed(self, result: PathwayResult) -> str:
        """"Our assessment of 21 November 2026 (policy data 2026-11-21.1) rates this route promising"."""
        en, fr = _VERDICT_WORDS[result.verdict]
        return self.t("Our assessment of {d} (policy data {v}) rates this route {w}.",
                      "Notre évaluation du {d} (données de politique {v}) qualifie cette voie de « {w} ».",
                      d=self.date(self.assessment.as_of), v=self.assessment.policy_version,
                      w=en if self.en else fr)

    def why(self, result: PathwayResult) -> list[Block]:
        """The assessment's verdict, summary and reasons, in the letter's language."""
        return [Paragraph(f"{self.assessed(result)} {self.say(result.summary)}."),
                BulletList(tuple(self.say(r) for r in result.reasons))]

    def cliff_blocks(self, months_needed: int | None, applications: int = 1) -> list[Block]:
        """The status cliff: the earliest end of the client's U.S. status."""
        blocks: list[Block] = [Heading(self.t("Key date: U.S. status", "Date butoir : statut aux États-Unis"))]
        cliff = self.cliff
        if cliff is None:
            blocks.append(Paragraph(self.t(
                "No end date of the client's U.S. status is recorded: confirm it, since the wait for a "
                "decision depends on it.",
                "Aucune date de fin du statut {de_name} aux États-Unis n’est consignée au dossier : il faut "
                "la confirmer, car l’attente de la décision en dépend.", name=self.name)))
            return blocks
        what = self._cliff_what(cliff.title)
        left = cliff.days_left(self.as_of)
        ended = cliff.basis.params.get("ended")
        if cliff.title.code == "deadline.title.tps_status_unknown" and isinstance(ended, date):
            # The designation's end passed with no decision recorded: unknown, never "ended".
            text = self.t("{what} was to end on {e}, and no decision on what follows is recorded: the client's "
                          "status is unknown and must be verified. If no decision was published in time, the "
                          "designation is extended automatically, to {d}.",
                          "{what} devait prendre fin le {e}, et aucune décision sur la suite n’est consignée : le "
                          "statut de {name} est inconnu et doit être vérifié. Si aucune décision n’a été publiée à "
                          "temps, la désignation est prolongée automatiquement, jusqu’au {d}.",
                          what=what, e=self.date(ended), d=self.date(cliff.due), name=self.name)
        elif left >= 0:
            text = self.t("{what} ends on {d} ({rel}). This is the earliest end date of the client's U.S. "
                          "status (the status cliff).",
                          "{what} prend fin le {d} ({rel}). C’est la première des dates de fin du statut de "
                          "{name} aux États-Unis.", what=what, d=self.date(cliff.due),
                          rel=self.relative(cliff.due), name=self.name)
        else:
            text = self.t("{what} ended on {d} ({rel}): the client may already be without status in the "
                          "United States.",
                          "{what} a pris fin le {d} ({rel}) : {name} pourrait déjà se trouver sans statut aux "
                          "États-Unis.", what=what, d=self.date(cliff.due), rel=self.relative(cliff.due),
                          name=self.name)
        blocks.append(Paragraph(text[0].upper() + text[1:]))
        if cliff.caveats:
            blocks.append(Paragraph(self.t("Caveat: this date may change (a court order or an unconfirmed "
                                           "source): verify before relying on it.",
                                           "Cette date peut changer (décision judiciaire ou source non "
                                           "confirmée) : à vérifier avant de s’y fier.")))
        urgent = self.kind == "citizenship_certificate"
        if months_needed is not None and left < 0:
            blocks.append(Paragraph(self.t(
                "Processing takes about {m} months{n}: plan where the client will live in the meantime{u}.",
                "Le traitement prend environ {m} mois{n} : il faut prévoir où {name} vivra d’ici là{u}.",
                m=months_needed, n=self.t(" in all (two applications)", " au total (deux demandes)")
                if applications > 1 else "", u=self.t(", and ask for urgent processing",
                                                          " et demander un traitement urgent") if urgent else "")))
        elif months_needed is not None and cliff.due < add_months(self.as_of, months_needed):
            blocks.append(Paragraph(self.t(
                "The application will not be decided before then (about {m} months from now): plan where the "
                "client will live while it is processed{u}.",
                "La demande ne sera pas tranchée d’ici là (environ {m} mois à compter d’aujourd’hui) : il faut "
                "prévoir où {name} vivra pendant son traitement{u}.", m=months_needed, name=self.name,
                u=self.t(", and ask for urgent processing", " et demander un traitement urgent") if urgent else "")))
        return blocks

    def _cliff_what(self, title: Msg) -> str:
        """The cliff deadline's subject, from its title's code and parameters."""
        p = title.params
        if title.code == "deadline.title.parole_program_end":
            return self.t("parole under the {p} program, for all its parolees,",
                          "la parole humanitaire du programme {p}, pour l’ensemble de ses bénéficiaires,",
                          p=p["program"])
        if title.code in ("deadline.title.tps_designation_end", "deadline.title.tps_status_unknown"):
            country = self.country(str(p["country"]))
            return self.t("the TPS designation for {c}", "la désignation au TPS ({c})", c=country)
        kind = "ead" if title.code == "deadline.title.ead_end" else str(p.get("status") or "other")
        detail = ""
        if kind == "parole" and p.get("program"):
            detail = f" ({p['program']})"
        elif kind == "tps" and p.get("country"):
            detail = f", {self.country(str(p['country']))}"
        en, fr = {
            "parole": ("the client's parole{d}", "la parole humanitaire{d} {de_name}"),
            "tps": ("the client's Temporary Protected Status (TPS{d})",
                    "le statut de protection temporaire (TPS{d}) {de_name}"),
            "ead": ("the client's U.S. work permit (EAD)", "le permis de travail américain (EAD) {de_name}"),
            "asylum_pending": ("the client's status as an asylum applicant in the United States",
                               "le statut lié à la demande d’asile {de_name} aux États-Unis"),
            "visa": ("the client's U.S. visa status", "le statut de visa américain {de_name}"),
        }.get(kind, ("the client's U.S. status", "le statut {de_name} aux États-Unis"))
        return self.t(en, fr, d=detail, name=self.name)

    def sources_block(self) -> list[Block]:
        items = []
        for fact in self.used.values():
            if fact.source_url:
                items.append(f"{fact.source_title} – {fact.source_url}")
        items = list(dict.fromkeys(items))
        if not items:
            return []
        return [Heading(self.t("Sources of the figures", "Sources des données")), BulletList(tuple(items))]

    def stale_block(self) -> list[Block]:
        if not self.policy.stale(self.as_of):
            return []
        return [Paragraph(self.t(
            "Our policy data was published on {d}, more than three months ago: check the figures above for "
            "updates.",
            "Nos données de politique datent du {d}, il y a plus de trois mois : vérifier que les chiffres "
            "ci-dessus sont toujours à jour.", d=self.date(self.policy.published)))]


# -- spousal sponsorship --------------------------------------------------------------------

def _spousal(w: _Writer) -> tuple[str, list[Block]]:
    result = w.result()
    f = w.facts
    p = f.partner
    if p is None or p.relationship is None or p.status_in_canada is None:
        raise w.stale("the partner, their relationship or their status is not recorded (partner)")
    citizen = p.status_in_canada == "citizen"

    rel_en, rel_fr = {
        "spouse": ("spouse", "son époux ou son épouse"),
        "common_law": ("common-law partner", "son conjoint ou sa conjointe de fait"),
        "conjugal": ("conjugal partner", "sa ou son partenaire, dans le cadre d’une relation conjugale"),
    }.get(p.relationship, (p.relationship.replace("_", " "), "sa ou son partenaire"))
    subject = w.t("Referral – spousal sponsorship – {name}",
                  "Recommandation – parrainage d’un époux ou conjoint – {name}", name=w.name)
    blocks: list[Block] = []
    blocks.append(Paragraph(w.t(
        "We are referring {name} to you for an application for permanent residence in the family class. "
        "Based on our assessment, the recommended route is sponsorship by their {rel}, who is {status}.",
        "Nous vous adressons {name} en vue d’une demande de résidence permanente au titre du regroupement "
        "familial. D’après notre évaluation, la voie à privilégier est le parrainage par {rel}, qui {status}.",
        name=w.name, rel=rel_en if w.en else rel_fr,
        status=(("a Canadian citizen" if citizen else "a permanent resident of Canada") if w.en else
                ("a la citoyenneté canadienne" if citizen else "a la résidence permanente au Canada")))))

    blocks += [Heading(w.t("The client", "Renseignements personnels")), w.identity_table()]

    # relationship and sponsor
    rows = [(w.t("Relationship", "Nature du lien"), w.t(*{
        "spouse": ("Spouse (married)", "Mariage (époux)"),
        "common_law": ("Common-law partner", "Union de fait (conjoints de fait)"),
        "conjugal": ("Conjugal partner", "Relation conjugale (partenaires conjugaux)"),
    }.get(p.relationship, (p.relationship, p.relationship))))]
    if p.since is not None:
        rows.append((w.t("Since", "Depuis le"), w.date(p.since)))
    rows.append((w.t("Sponsor's status", "Statut de la personne répondante"),
                 w.t("Canadian citizen", "Citoyenneté canadienne") if citizen else
                 w.t("Permanent resident of Canada", "Résidence permanente au Canada")))
    rows.append((w.t("Sponsor lives", "Résidence de la personne répondante"),
                 w.t("In Canada", "Au Canada") if p.lives_in_canada else
                 w.t("Outside Canada", "À l’étranger") if p.lives_in_canada is False else
                 w.t("Not recorded", "Non précisée")))
    undertaking = w.fact("sponsorship.spouse_undertaking_years")
    if undertaking is not None:
        rows.append((w.t("Sponsor's undertaking", "Engagement de la personne répondante"),
                     w.t("{n} years from the day the client becomes a permanent resident{v}",
                         "{n} ans à compter de l’obtention de la résidence permanente{v}",
                         n=undertaking.value, v=_paren(w, undertaking))))
    blocks += [Heading(w.t("Relationship and sponsor", "Relation et personne répondante")), Table(tuple(rows))]

    # why
    blocks.append(Heading(w.t("Why sponsorship", "Pourquoi le parrainage")))
    blocks += w.why(result)
    # Not long enough yet: the reason says when it will be (the assessment's, not worked out again here).
    short = next((r.params for r in result.reasons if r.code == "spousal.reason.relationship_too_short"), {})
    ready = short.get("ready")
    if isinstance(ready, date):
        blocks.append(Paragraph(w.t(
            "The application can be filed once the relationship reaches {m} months, on {d}.",
            "La demande pourra être présentée lorsque la relation aura atteint {m} mois, soit le {d}.",
            m=short["min_months"], d=w.date(ready))))
    blocks += _also_citizen(w)

    # inland or outland
    outland = w.fact("processing.spousal_outland_months")
    inland = w.fact("processing.spousal_inland_months")
    route_fact = outland
    rows = [(w.t("Outland (outside Canada, not Quebec)", "Depuis l’étranger (hors Québec)"), w.estimate(outland)),
            (w.t("Inland (in Canada, not Quebec)", "Au Canada (hors Québec)"), w.estimate(inland))]
    if f.intends_quebec:
        quebec = w.fact("processing.spousal_quebec_months")
        rows.append((w.t("Quebec", "Québec"), w.estimate(quebec)))
        route_fact = quebec or outland
    blocks += [Heading(w.t("Inland or outland", "Demande au Canada ou depuis l’étranger")), Table(tuple(rows))]
    blocks += _route(w, p, outland, inland)
    if f.intends_quebec:
        blocks.append(Paragraph(w.t(
            "The client intends to live in Quebec: the sponsor also signs an undertaking with Quebec, and "
            "processing takes longer.",
            "{name} compte s’établir au Québec : la personne répondante prend aussi un engagement auprès du "
            "Québec, et le traitement y est plus long.", name=w.name)))
    elif _inland_open(f, p):
        route_fact = inland

    blocks += w.cliff_blocks(w.months_of(route_fact))
    blocks += _document_dates(w)

    # fees
    fees = w.fact("fees.spousal_sponsorship")
    if fees is not None and isinstance(fees.value, Mapping):
        v = fees.value
        rows = []
        for key, en, fr in (("sponsorship", "Sponsorship fee", "Frais de parrainage"),
                            ("principal_processing", "Processing fee (principal applicant)",
                             "Frais de traitement (demandeur principal)"),
                            ("rprf", "Right of permanent residence fee",
                             "Frais relatifs au droit de résidence permanente"),
                            ("total", "Total", "Total"),
                            ("biometrics", "Biometrics", "Données biométriques")):
            if isinstance(v.get(key), (int, float)):
                rows.append((w.t(en, fr), w.money(v[key])))
        blocks += [Heading(w.t("Government fees", "Frais exigés par le gouvernement")), Table(tuple(rows)),
                   Paragraph(w.t("Fees {s}. Check the current amounts on canada.ca before paying.",
                                 "Montants {s}. Vérifier les montants en vigueur sur canada.ca avant de payer.",
                                 s=w.since(fees)))]

    blocks += [Heading(w.t("Documents to gather", "Documents à réunir")), Checklist(tuple(_spousal_checklist(w, p)))]
    return subject, blocks


def _paren(w: _Writer, fact: PolicyFact) -> str:
    text = w.verify(fact).lstrip(" ;" + NBSP)
    return f" ({text})" if text else ""


def _inland_open(f: CaseFacts, p: Any) -> bool:
    entry = f.canada_entry
    in_canada = entry is not None and entry.mode not in (None, "none")
    valid = f.canadian_documents is not None and f.canadian_documents.valid_visa_or_permit is True
    return in_canada and bool(p.lives_in_canada) and valid and p.relationship != "conjugal"


def _route(w: _Writer, p: Any, outland: PolicyFact | None, inland: PolicyFact | None) -> list[Block]:
    f = w.facts
    entry = f.canada_entry
    in_canada = entry is not None and entry.mode not in (None, "none")
    valid = f.canadian_documents is not None and f.canadian_documents.valid_visa_or_permit is True
    out_m, in_m = w.months_of(outland), w.months_of(inland)
    faster = out_m is not None and in_m is not None and out_m < in_m
    if p.relationship == "conjugal":
        return [Paragraph(w.t(
            "Outland: a conjugal partner can only be sponsored from outside Canada (the in-Canada class is for "
            "spouses and common-law partners).",
            "Depuis l’étranger : un partenaire conjugal ne peut être parrainé que de l’extérieur du Canada (la "
            "catégorie « au Canada » vise les époux et les conjoints de fait)."))]
    if in_canada and p.lives_in_canada and valid:
        text = w.t(
            "Inland is open: the client lives in Canada with the sponsor and holds a valid Canadian visa or "
            "permit. The Spouse or Common-law Partner in Canada class allows an open work permit while the "
            "application is processed.",
            "La demande au Canada est ouverte : {name} vit au Canada avec la personne répondante et y détient "
            "un visa ou un permis valide. La catégorie des époux ou conjoints de fait au Canada permet "
            "d’obtenir un permis de travail ouvert pendant le traitement.", name=w.name)
        if faster:
            text += " " + w.t("It is currently slower than an outland application.",
                              "Elle est toutefois plus lente, actuellement, qu’une demande depuis l’étranger.")
        return [Paragraph(text)]
    if in_canada and p.lives_in_canada:
        when = w.t(" on {d}", " le {d}", d=w.date(entry.date)) if entry.date else ""
        return [Paragraph(w.t(
            "The client is in Canada (entry recorded{when}), but no valid Canadian visa or permit is recorded. "
            "Inland requires the couple to live together in Canada and the client to hold valid temporary "
            "status, unless a public policy exempts them: confirm this before choosing inland; otherwise apply "
            "outland.",
            "{name} se trouve au Canada (entrée consignée{when}), mais aucun visa ni permis canadien valide n’est "
            "consigné au dossier. La demande au Canada exige que le couple vive ensemble au Canada et que la "
            "personne parrainée y ait un statut temporaire valide, sauf dispense prévue par une politique "
            "d’intérêt public : il faut le vérifier avant de choisir cette voie ; à défaut, présenter la "
            "demande depuis l’étranger.", name=w.name, when=when))]
    text = w.t(
        "We recommend an outland application: the client does not live in Canada with the sponsor, which an "
        "inland application requires.",
        "Nous recommandons une demande depuis l’étranger : {name} ne vit pas au Canada avec la personne "
        "répondante, condition d’une demande présentée au Canada.", name=w.name)
    if faster:
        text += " " + w.t("It is also currently the faster route.",
                          "C’est aussi, actuellement, la voie la plus rapide.")
    return [Paragraph(text)]


def _document_dates(w: _Writer) -> list[Block]:
    labels = {"passport": ("Passport expires", "Expiration du passeport"),
              "police_certificate": ("Police certificate too old to file",
                                     "Certificat de police trop ancien pour être produit"),
              "medical_exam": ("Medical exam expires", "Expiration de l’examen médical")}
    rows = [(w.t(*labels[d.kind]), f"{w.date(d.due)} ({w.relative(d.due)})")
            for d in w.deadlines if d.kind in labels]
    return [Table(tuple(rows))] if rows else []


def _spousal_checklist(w: _Writer, p: Any) -> list[str]:
    items: list[str] = []
    forms = w.fact("forms.spousal_sponsorship")
    for number in (forms.value if forms is not None else ("IMM 1344", "IMM 0008", "IMM 5532", "IMM 5669")):
        title = _FORMS.get(number)
        items.append(w.t("Form {n}: {title}", "Formulaire {n} : {title}", n=number,
                         title=title[0 if w.en else 1]) if title else w.t("Form {n}", "Formulaire {n}", n=number))
    if p.status_in_canada == "citizen":
        items.append(w.t("Proof of the sponsor's status: Canadian passport, birth certificate or citizenship "
                         "certificate",
                         "Preuve du statut de la personne répondante : passeport canadien, certificat de naissance "
                         "ou certificat de citoyenneté"))
    else:
        items.append(w.t("Proof of the sponsor's status: permanent resident card or confirmation of permanent "
                         "residence, and proof that they live in Canada",
                         "Preuve du statut de la personne répondante : carte de résident permanent ou confirmation "
                         "de résidence permanente, et preuve de sa résidence au Canada"))
    if p.status_in_canada == "citizen" and p.lives_in_canada is False:
        items.append(w.t("Proof that the sponsor will return to live in Canada (job offer, lease, enrolment…)",
                         "Preuve que la personne répondante reviendra vivre au Canada (offre d’emploi, bail, "
                         "inscription…)"))
    items.append(w.t(*{
        "spouse": ("Relationship evidence: marriage certificate",
                   "Preuve de la relation : certificat ou acte de mariage"),
        "common_law": ("Relationship evidence: proof of at least 12 months of living together (joint lease or "
                       "deed, bills and bank accounts at the same address)",
                       "Preuve de la relation : au moins 12 mois de vie commune (bail ou titre de propriété "
                       "communs, factures et comptes bancaires à la même adresse)"),
        "conjugal": ("Relationship evidence: a committed relationship of at least 1 year, and what prevents the "
                     "couple from living together or marrying",
                     "Preuve de la relation : engagement d’au moins un an, et obstacles qui empêchent le couple "
                     "de vivre ensemble ou de se marier"),
    }.get(p.relationship, ("Relationship evidence", "Preuve de la relation"))))
    items.append(w.t("Evidence that the relationship is genuine: photos together over time, communications, "
                     "travel records",
                     "Preuves de l’authenticité de la relation : photos du couple à différentes époques, "
                     "échanges, voyages"))
    items.append(w.t("Identity: the client's passport (all pages), national identity document and birth "
                     "certificate",
                     "Identité : passeport {de_name} (toutes les pages), pièce d’identité nationale et acte de "
                     "naissance", name=w.name))
    police = w.fact("docs.police_certificate_max_age_months")
    months = w.months_of(police)
    items.append(w.t("Police certificates from every country where the client has lived 6 months or more in a "
                     "row since age 18{age}",
                     "Certificats de police de chaque pays où {name} a vécu 6 mois ou plus d’affilée depuis "
                     "l’âge de 18 ans{age}", name=w.name,
                     age=(w.t(", issued less than {m} months before filing", ", délivrés moins de {m} mois "
                              "avant le dépôt", m=months) if months else "")))
    medical = w.fact("docs.medical_exam_validity_months")
    items.append(w.t("Medical examination by an IRCC panel physician{valid}",
                     "Examen médical auprès d’un médecin désigné par IRCC{valid}",
                     valid=(w.t(" (valid {m} months)", " (valable {m} mois)", m=w.months_of(medical))
                            if w.months_of(medical) else "")))
    items.append(w.t("Photos meeting IRCC's specifications for permanent residence",
                     "Photos conformes aux normes d’IRCC pour la résidence permanente"))
    items.append(w.t("Biometrics (fingerprints and photo), once IRCC asks for them",
                     "Données biométriques (empreintes digitales et photo), à la demande d’IRCC"))
    items.append(w.t("Certified translations of any document not in English or French, with the translator's "
                     "affidavit",
                     "Traduction certifiée de tout document rédigé dans une autre langue que le français ou "
                     "l’anglais, avec l’affidavit du traducteur"))
    return items


def _also_citizen(w: _Writer) -> list[Block]:
    other = next((r for r in w.assessment.pathways if r.id == "citizenship_by_descent"), None)
    if other is None or other.verdict not in (PROMISING, POSSIBLE):
        return []
    return [Paragraph(w.t(
        "Note: our assessment also finds that the client may already be a Canadian citizen by descent ({s}). "
        "If a citizenship certificate confirms it, sponsorship is not needed: consider applying for proof of "
        "citizenship first or in parallel.",
        "À noter : selon notre évaluation, {name} pourrait aussi avoir déjà la citoyenneté canadienne par "
        "filiation ({s}). Si un certificat de citoyenneté le confirme, le parrainage devient inutile : envisager de "
        "demander d’abord, ou en parallèle, une preuve de citoyenneté.", s=w.say(other.summary), name=w.name))]


# -- citizenship certificate ----------------------------------------------------------------

def _connection(w: _Writer) -> Link:
    """Which parent (or grandparent) the letter is about: ``descent.descent``, as the assessor decides it."""
    f = w.facts
    if f.client.country_of_birth == "CA":
        raise w.error("the client was born in Canada (client.country_of_birth): they are a citizen by birth and "
                      "their Canadian birth certificate is the proof; no citizenship-certificate letter is needed")
    w.result()
    found = descent(f, DescentLaw.read(lambda fact_id: w.policy.find(fact_id, w.as_of)))
    best = found.best
    if best is None or not (best.makes_citizen or best.basis in (GRANDPARENT, BEFORE_LIMIT)):
        raise w.stale("no parent recorded passes citizenship on, and no grandparent was born in Canada "
                      f"({', '.join(found.missing or ('parents', 'grandparent_born_in_canada'))})")
    return best


def _parent_words(p: Parent | None) -> dict[str, str]:
    """English and French words for the parent, with the French agreements."""
    relation = p.relation if p is not None else None
    if relation == "mother":
        return {"en": "mother", "fr": "sa mère", "Fr": "Sa mère", "e": "e", "elle": "elle", "de_fr": "de sa mère"}
    if relation == "father":
        return {"en": "father", "fr": "son père", "Fr": "Son père", "e": "", "elle": "lui", "de_fr": "de son père"}
    return {"en": "parent", "fr": "son parent", "Fr": "Son parent", "e": "", "elle": "lui",
            "de_fr": "de son parent"}


def _citizenship(w: _Writer) -> tuple[str, list[Block]]:
    c = _connection(w)
    result = w.result()  # _connection checked it already; this is the result to quote
    f = w.facts
    born = f.client.date_of_birth
    cutoff = w.policy.value("citizenship.descent_restoration_cutoff", w.as_of, None)
    needed_fact = w.fact("citizenship.substantial_connection_days")
    needed = needed_fact.value if needed_fact is not None else None
    pw = _parent_words(c.parent)
    grand = c.basis == "grandparent"
    subject = w.t("Referral – citizenship certificate (proof of Canadian citizenship) – {name}",
                  "Recommandation – certificat de citoyenneté (preuve de citoyenneté canadienne) – {name}",
                  name=w.name)
    blocks: list[Block] = []
    if grand:
        blocks.append(Paragraph(w.t(
            "We are referring {name} to you for proof of Canadian citizenship. A grandparent of the client was "
            "born in Canada, so the client's parent is probably a Canadian citizen by descent, and the client "
            "may be one too. The parent's citizenship must be established first: the file starts with the "
            "parent's own application for a citizenship certificate, then the client's.",
            "Nous vous adressons {name} en vue d’une demande de preuve de citoyenneté canadienne. Un grand-parent "
            "{de_name} est né au Canada : le parent concerné a donc vraisemblablement la citoyenneté canadienne "
            "par filiation, et {name} pourrait l’avoir aussi. La citoyenneté du parent doit être établie en "
            "premier : la démarche commence par sa propre demande de certificat de citoyenneté, puis vient "
            "celle {de_name}.", name=w.name)))
    else:
        blocks.append(Paragraph(w.t(
            "We are referring {name} to you for an application for a citizenship certificate (proof of "
            "citizenship). The client is probably already a Canadian citizen through their {parent}: the "
            "application does not grant citizenship, it confirms it.",
            "Nous vous adressons {name} en vue d’une demande de certificat de citoyenneté (preuve de "
            "citoyenneté). {name} a vraisemblablement déjà la citoyenneté canadienne par l’intermédiaire "
            "{de_parent} : la demande ne l’accorde pas, elle la confirme.",
            name=w.name, parent=pw["en"], de_parent=pw["de_fr"])))

    blocks += [Heading(w.t("The client", "Renseignements personnels")), w.identity_table()]

    # the parent's Canadian connection
    blocks.append(Heading(w.t("The parent's Canadian connection", "Lien du parent avec le Canada")))
    dob = w.date(born) if born else w.t("(date not recorded)", "(date non consignée)")
    e = pw["e"]
    if c.basis == "birth_in_canada":
        blocks.append(Paragraph(w.t(
            "The client's {parent} was born in Canada and was a Canadian citizen when the client was born on "
            "{dob}. A child born abroad to a parent born in Canada is a Canadian citizen by descent (first "
            "generation); no day count applies.",
            "{Parent} est né{e} au Canada et avait la citoyenneté canadienne à la naissance {de_name}, le {dob}. "
            "L’enfant né à l’étranger d’un parent né au Canada est citoyen canadien par filiation (première "
            "génération) ; aucune condition de durée de présence ne s’applique.",
            parent=pw["en"], Parent=pw["Fr"], e=e, name=w.name, dob=dob)))
    elif c.basis == "naturalization":
        blocks.append(Paragraph(w.t(
            "The client's {parent} became a Canadian citizen by naturalization and was a citizen when the client "
            "was born on {dob}. A child born abroad to a naturalized Canadian is a Canadian citizen by descent "
            "(first generation); no day count applies.",
            "{Parent} a obtenu la citoyenneté canadienne par naturalisation et l’avait déjà à la naissance de "
            "{name}, le {dob}. L’enfant né à l’étranger d’un parent naturalisé canadien est citoyen canadien par "
            "filiation (première génération) ; aucune condition de durée de présence ne s’applique.",
            parent=pw["en"], Parent=pw["Fr"], name=w.name, dob=dob)))
    elif c.basis == "restored":
        how_en = ("a citizen by descent (born abroad)" if c.parent and c.parent.canadian_by == "descent"
                  else "a Canadian citizen (how is not recorded)")
        how_fr = ("par filiation ({elle}-même né{e} à l’étranger)".format(elle=pw["elle"], e=e)
                  if c.parent and c.parent.canadian_by == "descent" else "(le mode d’acquisition n’est pas "
                  "précisé au dossier)")
        blocks.append(Paragraph(w.t(
            "The client's {parent} was {how} when the client was born on {dob}. The birth is before {cut}: "
            "under Bill C-3 (in force {cut}), people born abroad before that date who were shut out by the "
            "first-generation limit became citizens automatically. The substantial-connection day count does "
            "not apply to them.",
            "{Parent} avait la citoyenneté canadienne {how} à la naissance {de_name}, le {dob}. Cette naissance "
            "est antérieure au {cut} : depuis l’entrée en vigueur de la loi C-3 (Loi modifiant la Loi sur la "
            "citoyenneté, 2025), les personnes nées à l’étranger avant cette date, que la règle de la première "
            "génération privait de la citoyenneté, sont citoyennes d’office. Le critère de durée de présence ne "
            "les vise pas.",
            parent=pw["en"], Parent=pw["Fr"], how=how_en if w.en else french_typography(how_fr), name=w.name,
            dob=dob, cut=w.date(cutoff) if cutoff else "")))
    elif c.basis == "connection":
        days = c.parent.days_in_canada_before_client_birth if c.parent else None
        blocks.append(Paragraph(w.t(
            "The client's {parent}, a Canadian citizen by descent (born abroad), passes on citizenship only with a "
            "substantial connection to Canada, because the client was born on {dob}, on or after {cut}: the "
            "{needed}-day test of Bill C-3 requires at least {needed} days of physical presence in Canada before "
            "the birth. The file records {days} days; they must be proved (school, employment and tax records).",
            "La naissance {de_name} ({dob}) ayant eu lieu depuis l’entrée en vigueur de la loi C-3, le {cut}, "
            "{parent}, {elle}-même citoyen{ne} par filiation (né{e} à l’étranger), ne transmet la citoyenneté que "
            "s’il existe un lien substantiel avec le Canada : au moins {needed} jours de présence effective "
            "cumulée au Canada avant la naissance. Le dossier fait état de {days} jours, qu’il faudra prouver "
            "(relevés scolaires, attestations d’emploi, avis de cotisation).",
            parent=pw["en"] if w.en else pw["fr"], elle=pw["elle"], ne="ne" if e else "", e=e, name=w.name,
            dob=dob, cut=w.date(cutoff) if cutoff else "", needed=w.num(needed or 0), days=w.num(days or 0))))
    elif c.basis == "pre_2009":
        blocks.append(Paragraph(w.t(
            "The client's {parent} was a Canadian citizen by descent when the client was born on {dob}, before "
            "the first-generation limit of 2009: citizenship could then pass to a second generation born abroad.",
            "{Parent} avait la citoyenneté canadienne par filiation à la naissance {de_name}, le {dob}, avant "
            "l’entrée en vigueur de la règle de la première génération en 2009 : la citoyenneté pouvait alors "
            "se transmettre à une deuxième génération née à l’étranger.",
            parent=pw["en"], Parent=pw["Fr"], name=w.name, dob=dob)))
    else:  # grandparent
        text = w.t(
            "A grandparent of the client was born in Canada. The parent descended from that grandparent, born "
            "abroad, is probably a Canadian citizen by descent (first generation), but has to prove it first: "
            "the parent applies for their own citizenship certificate with the grandparent's Canadian birth "
            "certificate; the client then applies with the parent's certificate.",
            "Un grand-parent {de_name} est né au Canada. Le parent qui en descend, né à l’étranger, a "
            "vraisemblablement la citoyenneté canadienne par filiation (première génération), mais doit d’abord "
            "la faire reconnaître : il demande son propre certificat de citoyenneté, avec le certificat de "
            "naissance canadien du grand-parent ; {name} présente ensuite sa demande, appuyée du certificat du "
            "parent.", name=w.name)
        if born is not None and cutoff is not None and born >= cutoff:
            text += " " + w.t(
                "Because the client was born on {dob}, on or after {cut}, the parent must also meet the {needed}-day "
                "test: at least {needed} days of physical presence in Canada before the client's birth.",
                "Comme la naissance {de_name} ({dob}) a eu lieu depuis l’entrée en vigueur de la loi C-3, le {cut}, "
                "le parent doit en outre avoir été présent au Canada au moins {needed} jours avant cette naissance.",
                name=w.name, dob=dob, cut=w.date(cutoff), needed=w.num(needed or 0))
        elif born is not None and cutoff is not None:
            text += " " + w.t(
                "The client was born before {cut}: Bill C-3 recognises citizenship even in a second generation "
                "born abroad before that date.",
                "La naissance {de_name} étant antérieure au {cut}, la loi C-3 reconnaît la citoyenneté même à une "
                "deuxième génération née à l’étranger avant cette date.", name=w.name, cut=w.date(cutoff))
        blocks.append(Paragraph(text))
    rows = [(w.t("Parent", "Parent"), w.t("Not yet identified (child of the Canadian-born grandparent)",
                                           "À préciser (enfant du grand-parent né au Canada)") if grand else
             w.t(*{"mother": ("Mother", "Mère"), "father": ("Father", "Père")}.get(
                 c.parent.relation if c.parent else "", ("Parent", "Parent"))))]
    how = {"birth_in_canada": ("Born in Canada", "Naissance au Canada"),
           "naturalization": ("Naturalized in Canada", "Naturalisation au Canada"),
           "descent": ("By descent (born abroad)", "Par filiation (naissance à l’étranger)")}
    if grand:
        rows.append((w.t("Canadian connection", "Lien avec le Canada"),
                     w.t("Grandparent born in Canada", "Grand-parent né au Canada")))
    else:
        by = c.parent.canadian_by if c.parent else None
        rows.append((w.t("Canadian through", "Citoyenneté acquise par"),
                     w.t(*how[by]) if by in how else w.t("Not recorded", "Non précisé")))
        if c.basis == "connection" and c.parent is not None:
            rows.append((w.t("Days in Canada before the birth", "Jours au Canada avant la naissance"),
                         w.t("{d} (at least {n} required)", "{d} (au moins {n} exigés)",
                             d=w.num(c.parent.days_in_canada_before_client_birth or 0), n=w.num(needed or 0))))
    blocks.append(Table(tuple(rows)))

    # why
    blocks.append(Heading(w.t("Why this application", "Pourquoi cette demande")))
    blocks += w.why(result)
    blocks.append(Paragraph(w.t(
        "A citizenship certificate is the proof the client needs to obtain a Canadian passport and settle in "
        "Canada without any immigration application.",
        "Le certificat de citoyenneté est la preuve dont {name} a besoin pour obtenir un passeport canadien et "
        "s’établir au Canada sans autre démarche d’immigration.", name=w.name)))

    # documents
    blocks.append(Heading(w.t("Documents for the application", "Pièces à joindre à la demande")))
    if grand:
        blocks.append(Paragraph(w.t("First, the parent's application:", "D’abord, la demande du parent :")))
        blocks.append(Checklist(tuple(_grandparent_checklist(w))))
        blocks.append(Paragraph(w.t("Then, the client's application:", "Ensuite, la demande {de_name} :",
                                    name=w.name)))
    blocks.append(Checklist(tuple(_citizenship_checklist(w, c, pw))))

    # fee, processing, filing
    fee = w.fact("fees.citizenship_certificate")
    processing = w.fact("processing.citizenship_certificate_months")
    rows = []
    if fee is not None and isinstance(fee.value, Mapping) and isinstance(fee.value.get("amount"), (int, float)):
        rows.append((w.t("Fee", "Frais"), w.t("{m} per person ({s})", "{m} par personne ({s})",
                                               m=w.money(fee.value["amount"]), s=w.since(fee))))
    else:
        rows.append((w.t("Fee", "Frais"), w.t("not in our policy data: check canada.ca",
                                               "absents de nos données : consulter canada.ca")))
    rows.append((w.t("Processing", "Délai de traitement"), w.estimate(processing)))
    rows.append((w.t("Filing", "Dépôt"), w.t(
        "online (IRCC account) or on paper to the Case Processing Centre in Sydney, Nova Scotia",
        "en ligne (compte IRCC) ou sur papier au Centre de traitement des demandes de Sydney (Nouvelle-Écosse)")))
    blocks += [Heading(w.t("Fee, processing and filing", "Frais, délai et dépôt")), Table(tuple(rows))]
    if grand:
        blocks.append(Paragraph(w.t(
            "The parent's application and the client's each take this time, one after the other, unless they "
            "can be filed together.",
            "La demande du parent et celle {de_name} exigent chacune ce délai, l’une après l’autre, à moins de "
            "pouvoir être déposées ensemble.", name=w.name)))
    months = w.months_of(processing)
    blocks += w.cliff_blocks(months * (2 if grand else 1) if months else None, 2 if grand else 1)

    spousal = next((r for r in w.assessment.pathways if r.id == "spousal_sponsorship"), None)
    if spousal is not None and spousal.verdict == PROMISING:
        blocks.append(Paragraph(w.t(
            "Should the citizenship claim fail, sponsorship by the client's Canadian partner is also open.",
            "Si la citoyenneté n’était pas reconnue, le parrainage par la ou le partenaire canadien {de_name} "
            "reste possible.", name=w.name)))
    return subject, blocks


def _proof_words(w: _Writer, basis: str, p: Parent | None) -> str:
    accepted = w.fact("citizenship.accepted_proofs")
    kinds = tuple(accepted.value) if accepted is not None else ("canadian_birth_certificate", "citizenship_certificate")
    names = {"canadian_birth_certificate": ("Canadian birth certificate", "certificat de naissance canadien"),
             "citizenship_certificate": ("citizenship certificate", "certificat de citoyenneté")}
    if basis == "birth_in_canada" and "canadian_birth_certificate" in kinds:
        chosen = ["canadian_birth_certificate"]
    elif basis in ("naturalization", "connection") or (p is not None and p.canadian_by == "descent"):
        chosen = ["citizenship_certificate"]
    else:
        chosen = [k for k in kinds if k in names]
    words = [names[k][0 if w.en else 1] for k in chosen if k in names]
    return w.t(" or ", " ou ").join(words)


def _citizenship_checklist(w: _Writer, c: Link, pw: dict[str, str]) -> list[str]:
    items: list[str] = []
    forms = w.fact("forms.citizenship_certificate")
    value = forms.value if forms is not None and isinstance(forms.value, Mapping) else \
        {"application": "CIT 0001", "checklist": "CIT 0014"}
    app, check = value.get("application", "CIT 0001"), value.get("checklist", "CIT 0014")
    items.append(w.t("Form {a}: {title}, with the document checklist {c}",
                     "Formulaire {a} : {title}, avec la liste de contrôle {c}", a=app, c=check,
                     title=_FORMS.get(app, ("", ""))[0 if w.en else 1]))
    grand = c.basis == "grandparent"
    who_en = "the parent" if grand else f"the {pw['en']}"
    who_fr = "le parent" if grand else pw["fr"]
    items.append(w.t("The client's long-form birth certificate naming {who}, issued by the government of the "
                     "country of birth ({country})",
                     "Acte de naissance détaillé (version intégrale) {de_name}, où figure {who}, délivré par les "
                     "autorités du pays de naissance ({country})", name=w.name, who=who_en if w.en else who_fr,
                     country=w.country(w.facts.client.country_of_birth)))
    if grand:
        items.append(w.t("The parent's citizenship certificate, once issued (the first application)",
                         "Certificat de citoyenneté du parent, une fois délivré (première demande)"))
    else:
        proof = _proof_words(w, c.basis, c.parent)
        text = w.t("Proof that the {p} was a Canadian citizen at the client's birth: the {p}'s {proof} (an old "
                   "Canadian passport is not proof)",
                   "Preuve que {p} avait la citoyenneté canadienne à la naissance {de_name} : son {proof} (un "
                   "ancien passeport canadien ne constitue pas une preuve)", p=pw["en"] if w.en else pw["fr"],
                   proof=proof, name=w.name)
        if c.parent is not None and c.parent.canadian_by in ("descent", None) and c.basis != "birth_in_canada":
            text += w.t("; if there is none yet, apply for it first or at the same time",
                        " ; à défaut, en faire la demande d’abord ou en même temps")
        items.append(text)
    if c.basis == "birth_in_canada":
        quebec = w.fact("citizenship.quebec_documents_not_accepted_before")
        if quebec is not None and isinstance(quebec.value, date):
            items.append(w.t("If the {p} was born in Quebec: a birth certificate issued on or after {d} (older "
                             "Quebec certificates are refused)",
                             "Si {p} est né{e} au Québec : un certificat de naissance délivré le {d} ou après (les "
                             "certificats québécois plus anciens sont refusés)",
                             p=pw["en"] if w.en else pw["fr"], e=pw["e"], d=w.date(quebec.value)))
    born = w.facts.client.date_of_birth
    cutoff = w.policy.value("citizenship.descent_restoration_cutoff", w.as_of, None)
    if c.basis == "connection" or (grand and born is not None and cutoff is not None and born >= cutoff):
        needed = w.policy.value("citizenship.substantial_connection_days", w.as_of, 0)
        items.append(w.t("Evidence of the {p}'s {n} days of physical presence in Canada before the client's birth: "
                         "school, employment and tax records",
                         "Preuves des {n} jours de présence effective {de_p} au Canada avant la naissance de "
                         "{name} : relevés scolaires, attestations d’emploi, avis de cotisation",
                         p="parent" if grand else pw["en"], de_p="du parent" if grand else pw["de_fr"],
                         n=w.num(needed), name=w.name))
    items.append(w.t("Two pieces of the client's identification (for example passport, national identity card, "
                     "driver's licence)",
                     "Deux pièces d’identité {de_name} (par exemple passeport, carte d’identité nationale, permis "
                     "de conduire)", name=w.name))
    items.append(w.t("Two citizenship photos meeting IRCC's specifications",
                     "Deux photos conformes aux normes d’IRCC pour la citoyenneté"))
    items.append(w.t("A translation of every document not in English or French, with the translator's affidavit; "
                     "translations by the applicant or a family member are not accepted",
                     "Traduction de tout document rédigé dans une autre langue que le français ou l’anglais, avec "
                     "l’affidavit du traducteur ; les traductions faites par la personne qui présente la demande "
                     "ou par un membre de sa famille ne sont pas acceptées"))
    items.append(w.t("If a name differs between documents: proof of the change (marriage certificate, court "
                     "order)",
                     "Si un nom diffère d’un document à l’autre : preuve du changement (acte de mariage, "
                     "jugement)"))
    fee = w.fact("fees.citizenship_certificate")
    if fee is not None and isinstance(fee.value, Mapping) and isinstance(fee.value.get("amount"), (int, float)):
        items.append(w.t("Receipt for the fee ({m} per person)", "Reçu du paiement des frais ({m} par personne)",
                         m=w.money(fee.value["amount"])))
    return items


def _grandparent_checklist(w: _Writer) -> list[str]:
    forms = w.fact("forms.citizenship_certificate")
    app = forms.value.get("application", "CIT 0001") if forms is not None and isinstance(forms.value, Mapping) \
        else "CIT 0001"
    return [
        w.t("Form {a} for the parent", "Formulaire {a} au nom du parent", a=app),
        w.t("The grandparent's Canadian birth certificate", "Certificat de naissance canadien du grand-parent"),
        w.t("The parent's long-form birth certificate naming the grandparent",
            "Acte de naissance détaillé du parent, où figure le grand-parent"),
        w.t("The parent's two pieces of identification and two citizenship photos",
            "Deux pièces d’identité et deux photos de citoyenneté du parent"),
        w.t("Translations with the translator's affidavit, as for the client",
            "Traductions accompagnées de l’affidavit du traducteur, comme pour {name}", name=w.name),
    ]


# -- the letter -----------------------------------------------------------------------------

def letter_content(kind: str, language: str, facts: CaseFacts, client_id: int, assessment: Assessment,
                   policy: Policy, as_of: date, letterhead: Letterhead, recipient: tuple[str, ...] = (),
                   note: str | None = None, reference: str | None = None, *, words: Words) -> LetterContent:
    """The words of one referral letter; ``LetterError`` (naming the fact) when its route does not apply.

    ``words`` renders the assessment's messages (``casedesk.text.render``)."""
    if kind not in KINDS:
        raise LetterError(f"unknown letter kind {kind!r}: expected one of {', '.join(KINDS)}")
    if language not in LANGUAGES:
        raise LetterError(f"unknown letter language {language!r}: expected one of {', '.join(LANGUAGES)}")
    if not facts.client.full_name.strip():
        raise LetterError(f"client {client_id}: the client's name is not recorded (client.given_names, "
                          "client.family_name)")
    w = _Writer(kind, language, facts, client_id, assessment, policy, as_of, words)
    subject, body = _spousal(w) if kind == "spousal_sponsorship" else _citizenship(w)

    blocks: list[Block] = [Heading(w.t("Subject: {s}", "Objet : {s}", s=subject)), *body]
    if note is not None and note.strip():
        blocks += [Heading(w.t("Remarks", "Remarques")), Paragraph(note)]
    blocks += w.stale_block()
    blocks += w.sources_block()
    phone, email = letterhead.phone.strip(), letterhead.email.strip()
    if phone or email:
        if phone and email:
            how = w.t("at {p} or {e}", "au {p} ou à l’adresse {e}", p=phone, e=email)
        elif phone:
            how = w.t("at {p}", "au {p}", p=phone)
        else:
            how = w.t("at {e}", "à l’adresse {e}", e=email)
        person = letterhead.caseworker_name.strip()
        blocks.append(Paragraph(w.t(
            "For any further information, please contact {who} {how}.",
            "Pour tout renseignement complémentaire, n’hésitez pas à communiquer avec {who} {how}.",
            who=person, how=how) if person else w.t(
            "For any further information, please contact us {how}.",
            "Pour tout renseignement complémentaire, n’hésitez pas à communiquer avec nous {how}.", how=how)))

    reference = reference if reference is not None else f"CD-{client_id}-{as_of:%Y%m%d}-{KIND_CODES[kind]}"
    title = subject
    signature = tuple(x.strip() for x in (letterhead.caseworker_name, letterhead.caseworker_title,
                                          letterhead.organisation) if x and x.strip())
    person, firm = letterhead.caseworker_name.strip(), letterhead.organisation.strip()
    author = f"{person} ({firm})" if person and firm else person or firm
    return LetterContent(
        kind=kind,
        language=language,
        title=title,
        date_line=w.date(as_of) if w.en else f"Le {w.date(as_of)}",
        reference=reference,
        recipient=tuple(recipient),
        salutation=w.t("Dear Sir or Madam,", "Madame, Monsieur,"),
        blocks=tuple(blocks),
        closing=w.t("Yours sincerely,",
                    "Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées."),
        signature=signature,
        footer=w.t(
            "Confidential – This letter contains personal information and is intended only for its addressee. "
            "If you have received it in error, please notify the sender and destroy it.",
            "Confidentiel – Cette lettre contient des renseignements personnels et est destinée uniquement à son "
            "destinataire. Si vous l’avez reçue par erreur, veuillez en aviser l’expéditeur et la détruire."),
        metadata={"title": title, "author": author, "subject": subject, "lang": _LANG_TAGS[language]},
        letterhead=letterhead,
    )
