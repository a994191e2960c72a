"""The client editor: every fact of the case file, in the sections of a phone interview.

The form is declared once (``SECTIONS``: each field with its case-file key, label, kind and
choices; what the case file itself declares, such as which fields are written only when known,
comes from ``domain/casefields.py``) and built from that declaration by four node classes: a field, a group of fields (a
checkable box when the section is optional: unchecked means the section is null), a repeating
group of rows, and an official-language result. Each node reads and writes its own part of
the case-file document, so the dialog works on exactly the ``case_to_dict`` shape and the
domain's validator (``read_case``) stays the only judge of what is valid. The editor never
coerces: what was typed and is not a number or a date goes to the validator as typed, and the
validator's message is shown beside the field it names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLayout, QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QStackedWidget, QStyle, QVBoxLayout, QWidget,
)

from casedesk.domain import vocab
from casedesk.domain.casefields import CASE, field_at
from casedesk.domain.casefields import Language as LanguageKind
from casedesk.domain.casefile import FieldError, case_to_dict, read_case
from casedesk.domain.facts import CaseFacts
from casedesk.domain.morning import DEFAULT_ENDED_AFTER_DAYS, status_ended_days
from casedesk.text.caseerrors import error_line, error_words
from casedesk.ui.tr import QT_TRANSLATE_NOOP

from .labels import colon, date_text, ui_language
from .pickers import CodeField, DateField, codes_or_unknown, country_vocabulary, language_vocabulary
from .counts import count_text


def _tr(text: str) -> str:
    """Translate a source text marked with ``QT_TRANSLATE_NOOP("ClientEditor", ...)``."""
    return QCoreApplication.translate("ClientEditor", text)


def _plain(label: str) -> str:
    """A label's text without its mnemonic marker: "Date of &birth" -> "Date of birth"."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


# --- words for the codes ----------------------------------------------------------------------

def _choices(codes: tuple, labels: dict) -> tuple[tuple[Any, str], ...]:
    """(code, source label) pairs in the vocabulary's order; a code without a label shows as is."""
    return tuple((code, labels.get(code, str(code))) for code in codes)


YES_NO = ((True, QT_TRANSLATE_NOOP("ClientEditor", "Yes")),
          (False, QT_TRANSLATE_NOOP("ClientEditor", "No")))

MARITAL = _choices(vocab.MARITAL_STATUSES, {
    "single": QT_TRANSLATE_NOOP("ClientEditor", "Single"),
    "married": QT_TRANSLATE_NOOP("ClientEditor", "Married"),
    "common_law": QT_TRANSLATE_NOOP("ClientEditor", "Common-law"),
    "separated": QT_TRANSLATE_NOOP("ClientEditor", "Separated"),
    "divorced": QT_TRANSLATE_NOOP("ClientEditor", "Divorced"),
    "widowed": QT_TRANSLATE_NOOP("ClientEditor", "Widowed"),
})
US_KINDS = _choices(vocab.US_STATUS_KINDS, {
    "parole": QT_TRANSLATE_NOOP("ClientEditor", "Parole"),
    "tps": QT_TRANSLATE_NOOP("ClientEditor", "Temporary Protected Status (TPS)"),
    "ead": QT_TRANSLATE_NOOP("ClientEditor", "Employment authorization (EAD)"),
    "asylum_pending": QT_TRANSLATE_NOOP("ClientEditor", "Asylum application pending"),
    "visa": QT_TRANSLATE_NOOP("ClientEditor", "Visa"),
    "other": QT_TRANSLATE_NOOP("ClientEditor", "Other"),
    "citizen": QT_TRANSLATE_NOOP("ClientEditor", "U.S. citizen"),
    "permanent_resident": QT_TRANSLATE_NOOP("ClientEditor", "U.S. permanent resident (green card)"),
})
PAROLE_PROGRAMS = _choices(vocab.PAROLE_PROGRAMS, {
    "CHNV": QT_TRANSLATE_NOOP("ClientEditor", "CHNV (Cuba, Haiti, Nicaragua, Venezuela)"),
    "U4U": QT_TRANSLATE_NOOP("ClientEditor", "Uniting for Ukraine (U4U)"),
    "OAW": QT_TRANSLATE_NOOP("ClientEditor", "Operation Allies Welcome (OAW)"),
    "FRP": QT_TRANSLATE_NOOP("ClientEditor", "Family Reunification Parole (FRP)"),
    "CAM": QT_TRANSLATE_NOOP("ClientEditor", "Central American Minors (CAM)"),
    "other": QT_TRANSLATE_NOOP("ClientEditor", "Other"),
})
PARTNER_RELATIONSHIPS = _choices(vocab.PARTNER_RELATIONSHIPS, {
    "spouse": QT_TRANSLATE_NOOP("ClientEditor", "Spouse"),
    "common_law": QT_TRANSLATE_NOOP("ClientEditor", "Common-law partner"),
    "conjugal": QT_TRANSLATE_NOOP("ClientEditor", "Conjugal partner"),
})
CANADIAN_STATUSES = _choices(vocab.CANADIAN_STATUSES, {
    "citizen": QT_TRANSLATE_NOOP("ClientEditor", "Citizen"),
    "permanent_resident": QT_TRANSLATE_NOOP("ClientEditor", "Permanent resident"),
    "protected_person": QT_TRANSLATE_NOOP("ClientEditor", "Protected person"),
    "stayed_removal_hc": QT_TRANSLATE_NOOP("ClientEditor", "Removal stayed (humanitarian grounds)"),
    "work_permit": QT_TRANSLATE_NOOP("ClientEditor", "Work permit"),
    "study_permit": QT_TRANSLATE_NOOP("ClientEditor", "Study permit"),
    "refugee_claimant": QT_TRANSLATE_NOOP("ClientEditor", "Refugee claimant"),
    "none": QT_TRANSLATE_NOOP("ClientEditor", "No status"),
})
RELATIONS = _choices(vocab.RELATIONS, {
    "spouse": QT_TRANSLATE_NOOP("ClientEditor", "Spouse"),
    "common_law_partner": QT_TRANSLATE_NOOP("ClientEditor", "Common-law partner"),
    "legal_guardian": QT_TRANSLATE_NOOP("ClientEditor", "Legal guardian"),
    "child": QT_TRANSLATE_NOOP("ClientEditor", "Child"),
    "father": QT_TRANSLATE_NOOP("ClientEditor", "Father"),
    "mother": QT_TRANSLATE_NOOP("ClientEditor", "Mother"),
    "brother": QT_TRANSLATE_NOOP("ClientEditor", "Brother"),
    "sister": QT_TRANSLATE_NOOP("ClientEditor", "Sister"),
    "grandfather": QT_TRANSLATE_NOOP("ClientEditor", "Grandfather"),
    "grandmother": QT_TRANSLATE_NOOP("ClientEditor", "Grandmother"),
    "grandchild": QT_TRANSLATE_NOOP("ClientEditor", "Grandchild"),
    "uncle": QT_TRANSLATE_NOOP("ClientEditor", "Uncle"),
    "aunt": QT_TRANSLATE_NOOP("ClientEditor", "Aunt"),
    "nephew": QT_TRANSLATE_NOOP("ClientEditor", "Nephew"),
    "niece": QT_TRANSLATE_NOOP("ClientEditor", "Niece"),
    "cousin": QT_TRANSLATE_NOOP("ClientEditor", "Cousin"),
    "other": QT_TRANSLATE_NOOP("ClientEditor", "Other"),
})
PARENT_RELATIONS = _choices(vocab.PARENT_RELATIONS, {
    "mother": QT_TRANSLATE_NOOP("ClientEditor", "Mother"),
    "father": QT_TRANSLATE_NOOP("ClientEditor", "Father"),
    "parent": QT_TRANSLATE_NOOP("ClientEditor", "Parent"),
})
CANADIAN_BY = _choices(vocab.CANADIAN_BY, {
    "birth_in_canada": QT_TRANSLATE_NOOP("ClientEditor", "Birth in Canada"),
    "naturalization": QT_TRANSLATE_NOOP("ClientEditor", "Naturalization"),
    "descent": QT_TRANSLATE_NOOP("ClientEditor", "Descent (born abroad to a Canadian)"),
    "none": QT_TRANSLATE_NOOP("ClientEditor", "Not Canadian"),
})
ENTRY_MODES = _choices(vocab.ENTRY_MODES, {
    "port_of_entry": QT_TRANSLATE_NOOP("ClientEditor", "At a land port of entry"),
    "between_ports": QT_TRANSLATE_NOOP("ClientEditor", "Between ports of entry"),
    "airport": QT_TRANSLATE_NOOP("ClientEditor", "At an airport"),
    "none": QT_TRANSLATE_NOOP("ClientEditor", "Has not entered"),
})
EDUCATION = _choices(vocab.EDUCATION_LEVELS, {
    "none": QT_TRANSLATE_NOOP("ClientEditor", "Less than secondary school"),
    "secondary": QT_TRANSLATE_NOOP("ClientEditor", "Secondary school"),
    "one_year": QT_TRANSLATE_NOOP("ClientEditor", "One-year post-secondary program"),
    "two_year": QT_TRANSLATE_NOOP("ClientEditor", "Two-year post-secondary program"),
    "bachelor": QT_TRANSLATE_NOOP("ClientEditor", "Bachelor's degree or program of 3+ years"),
    "two_or_more": QT_TRANSLATE_NOOP("ClientEditor", "Two or more credentials, one of 3+ years"),
    "master": QT_TRANSLATE_NOOP("ClientEditor", "Master's or professional degree"),
    "doctoral": QT_TRANSLATE_NOOP("ClientEditor", "Doctoral degree (PhD)"),
})
OFFICIAL_LANGUAGES = _choices(vocab.OFFICIAL_LANGUAGES, {
    "english": QT_TRANSLATE_NOOP("ClientEditor", "English"),
    "french": QT_TRANSLATE_NOOP("ClientEditor", "French"),
})
CANADIAN_EDUCATION = _choices(vocab.CANADIAN_EDUCATION, {
    "none": QT_TRANSLATE_NOOP("ClientEditor", "None"),
    "one_or_two_year": QT_TRANSLATE_NOOP("ClientEditor", "One- or two-year credential"),
    "three_year_or_more": QT_TRANSLATE_NOOP("ClientEditor", "Credential of three years or more"),
})
LANGUAGE_TESTS = _choices(tuple(vocab.LANGUAGE_TESTS), {
    "ielts_general": QT_TRANSLATE_NOOP("ClientEditor", "IELTS General Training"),
    "celpip_general": QT_TRANSLATE_NOOP("ClientEditor", "CELPIP General"),
    "tef_canada": QT_TRANSLATE_NOOP("ClientEditor", "TEF Canada"),
    "tcf_canada": QT_TRANSLATE_NOOP("ClientEditor", "TCF Canada"),
    "pte_core": QT_TRANSLATE_NOOP("ClientEditor", "PTE Core"),
})
PROVINCES = _choices(vocab.PROVINCES, {
    "AB": QT_TRANSLATE_NOOP("ClientEditor", "Alberta"),
    "BC": QT_TRANSLATE_NOOP("ClientEditor", "British Columbia"),
    "MB": QT_TRANSLATE_NOOP("ClientEditor", "Manitoba"),
    "NB": QT_TRANSLATE_NOOP("ClientEditor", "New Brunswick"),
    "NL": QT_TRANSLATE_NOOP("ClientEditor", "Newfoundland and Labrador"),
    "NS": QT_TRANSLATE_NOOP("ClientEditor", "Nova Scotia"),
    "NT": QT_TRANSLATE_NOOP("ClientEditor", "Northwest Territories"),
    "NU": QT_TRANSLATE_NOOP("ClientEditor", "Nunavut"),
    "ON": QT_TRANSLATE_NOOP("ClientEditor", "Ontario"),
    "PE": QT_TRANSLATE_NOOP("ClientEditor", "Prince Edward Island"),
    "QC": QT_TRANSLATE_NOOP("ClientEditor", "Quebec"),
    "SK": QT_TRANSLATE_NOOP("ClientEditor", "Saskatchewan"),
    "YT": QT_TRANSLATE_NOOP("ClientEditor", "Yukon"),
})
TEER = _choices(tuple(range(6)), {
    0: QT_TRANSLATE_NOOP("ClientEditor", "TEER 0: management"),
    1: QT_TRANSLATE_NOOP("ClientEditor", "TEER 1: university degree"),
    2: QT_TRANSLATE_NOOP("ClientEditor", "TEER 2: college diploma, apprenticeship or supervisory role"),
    3: QT_TRANSLATE_NOOP("ClientEditor", "TEER 3: college or apprenticeship under 2 years"),
    4: QT_TRANSLATE_NOOP("ClientEditor", "TEER 4: secondary school"),
    5: QT_TRANSLATE_NOOP("ClientEditor", "TEER 5: short work demonstration"),
})
ABILITIES = {
    "speaking": QT_TRANSLATE_NOOP("ClientEditor", "&Speaking"),
    "listening": QT_TRANSLATE_NOOP("ClientEditor", "L&istening"),
    "reading": QT_TRANSLATE_NOOP("ClientEditor", "&Reading"),
    "writing": QT_TRANSLATE_NOOP("ClientEditor", "&Writing"),
}
SCORES = {
    "speaking": QT_TRANSLATE_NOOP("ClientEditor", "Speaking sc&ore"),
    "listening": QT_TRANSLATE_NOOP("ClientEditor", "Listening scor&e"),
    "reading": QT_TRANSLATE_NOOP("ClientEditor", "Reading score"),
    "writing": QT_TRANSLATE_NOOP("ClientEditor", "Writing score"),
}


# --- the declaration --------------------------------------------------------------------------

@dataclass(frozen=True)
class Field:
    """One fact. ``kind``: name, text, codes, date, whole, number, choice, flag, notes."""

    key: str
    label: str
    kind: str
    choices: tuple[tuple[Any, str], ...] = ()
    hint: str = ""
    meant_for: tuple[str, Any] | None = None   # (sibling key, value): enabled only then, or when set


@dataclass(frozen=True)
class Group:
    """Fields under one key. A title makes a box; ``optional`` makes it checkable (unchecked: null)."""

    key: str
    items: tuple
    title: str = ""
    optional: bool = False
    note: str = ""       # a line of guidance at the top of the box


@dataclass(frozen=True)
class Rows:
    """A repeating group: a list of objects, one box per entry, inside a checkable box whose
    unchecked state means "not asked yet" (null) and checked with no entries "asked: none"."""

    key: str
    asked_label: str
    row_title: str       # "{}" is replaced by the entry's number
    add_label: str
    empty_text: str
    items: tuple


@dataclass(frozen=True)
class Language:
    """An official-language result: CLB/NCLC levels, or a test with its four scores."""

    key: str
    title: str


@dataclass(frozen=True)
class Section:
    title: str
    note: str
    items: tuple


YEARS = QT_TRANSLATE_NOOP("ClientEditor", "Whole years, e.g. 3")

SECTIONS: tuple[Section, ...] = (
    Section(QT_TRANSLATE_NOOP("ClientEditor", "Identity"), "", (
        Group("client", (
            Field("given_names", QT_TRANSLATE_NOOP("ClientEditor", "&Given names"), "name"),
            Field("family_name", QT_TRANSLATE_NOOP("ClientEditor", "&Family name"), "name"),
            Field("date_of_birth", QT_TRANSLATE_NOOP("ClientEditor", "Date of &birth"), "date"),
            Field("country_of_birth", QT_TRANSLATE_NOOP("ClientEditor", "&Country of birth"), "country",
                  hint=QT_TRANSLATE_NOOP("ClientEditor", "Type the country's name, e.g. Venezuela")),
            Field("citizenships", QT_TRANSLATE_NOOP("ClientEditor", "Ci&tizenships"), "countries",
                  hint=QT_TRANSLATE_NOOP("ClientEditor", "Countries separated by commas, e.g. Venezuela, Colombia")),
            Field("marital_status", QT_TRANSLATE_NOOP("ClientEditor", "&Marital status"), "choice", MARITAL),
            Field("a_number", QT_TRANSLATE_NOOP("ClientEditor", "&A-number"), "text",
                  hint=QT_TRANSLATE_NOOP("ClientEditor", "A followed by 8 or 9 digits, e.g. A123456789")),
            Field("languages", QT_TRANSLATE_NOOP("ClientEditor", "&Languages spoken"), "languages",
                  hint=QT_TRANSLATE_NOOP("ClientEditor", "Languages separated by commas, e.g. Spanish, English")),
        )),
    )),
    Section(QT_TRANSLATE_NOOP("ClientEditor", "U.S. status"),
            QT_TRANSLATE_NOOP("ClientEditor", "One entry per status held in the United States, "
                                              "past or present. Leave the box unchecked until asked."), (
        Rows("us_status", QT_TRANSLATE_NOOP("ClientEditor", "Asked about U.S. status"),
             QT_TRANSLATE_NOOP("ClientEditor", "U.S. status {}"),
             QT_TRANSLATE_NOOP("ClientEditor", "&Add a U.S. status"),
             QT_TRANSLATE_NOOP("ClientEditor", "None: the client has no U.S. status."), (
            Field("kind", QT_TRANSLATE_NOOP("ClientEditor", "&Kind"), "choice", US_KINDS),
            Field("program", QT_TRANSLATE_NOOP("ClientEditor", "&Parole program"), "choice",
                  PAROLE_PROGRAMS, meant_for=("kind", "parole")),
            Field("country", QT_TRANSLATE_NOOP("ClientEditor", "&TPS country"), "country",
                  hint=QT_TRANSLATE_NOOP("ClientEditor", "The country of the TPS designation, e.g. Venezuela"),
                  meant_for=("kind", "tps")),
            Field("valid_until", QT_TRANSLATE_NOOP("ClientEditor", "&Valid until"), "date"),
        )),
    )),
    Section(QT_TRANSLATE_NOOP("ClientEditor", "Partner"), "", (
        Group("partner", (
            Field("relationship", QT_TRANSLATE_NOOP("ClientEditor", "&Relationship"), "choice",
                  PARTNER_RELATIONSHIPS),
            Field("since", QT_TRANSLATE_NOOP("ClientEditor", "&Since"), "date"),
            Field("status_in_canada", QT_TRANSLATE_NOOP("ClientEditor", "S&tatus in Canada"), "choice",
                  CANADIAN_STATUSES),
            Field("lives_in_canada", QT_TRANSLATE_NOOP("ClientEditor", "&Lives in Canada"), "flag"),
            Field("accompanying", QT_TRANSLATE_NOOP("ClientEditor", "&Accompanying the client"), "flag"),
        ), QT_TRANSLATE_NOOP("ClientEditor", "Has a spouse or partner"), optional=True),
    )),
    Section(QT_TRANSLATE_NOOP("ClientEditor", "Relatives in Canada"), "", (
        Rows("relatives_in_canada", QT_TRANSLATE_NOOP("ClientEditor", "Asked about relatives in Canada"),
             QT_TRANSLATE_NOOP("ClientEditor", "Relative {}"),
             QT_TRANSLATE_NOOP("ClientEditor", "&Add a relative"),
             QT_TRANSLATE_NOOP("ClientEditor", "None: no relatives in Canada."), (
            Field("relation", QT_TRANSLATE_NOOP("ClientEditor", "&Relation"), "choice", RELATIONS),
            Field("status", QT_TRANSLATE_NOOP("ClientEditor", "&Status in Canada"), "choice",
                  CANADIAN_STATUSES),
            Field("age", QT_TRANSLATE_NOOP("ClientEditor", "A&ge"), "whole",
                  hint=QT_TRANSLATE_NOOP("ClientEditor", "Years, e.g. 34")),
        )),
    )),
    Section(QT_TRANSLATE_NOOP("ClientEditor", "Parents"),
            QT_TRANSLATE_NOOP("ClientEditor", "For citizenship by descent."), (
        Rows("parents", QT_TRANSLATE_NOOP("ClientEditor", "Asked about parents"),
             QT_TRANSLATE_NOOP("ClientEditor", "Parent {}"),
             QT_TRANSLATE_NOOP("ClientEditor", "&Add a parent"),
             QT_TRANSLATE_NOOP("ClientEditor", "None recorded."), (
            Field("relation", QT_TRANSLATE_NOOP("ClientEditor", "&Relation"), "choice", PARENT_RELATIONS),
            Field("canadian_at_client_birth",
                  QT_TRANSLATE_NOOP("ClientEditor", "&Canadian at the client's birth"), "flag"),
            Field("canadian_by", QT_TRANSLATE_NOOP("ClientEditor", "Canadian &by"), "choice", CANADIAN_BY),
            Field("days_in_canada_before_client_birth",
                  QT_TRANSLATE_NOOP("ClientEditor", "&Days in Canada before the client's birth"), "whole",
                  hint=QT_TRANSLATE_NOOP("ClientEditor", "Number of days, e.g. 1095")),
        )),
        Field("grandparent_born_in_canada",
              QT_TRANSLATE_NOOP("ClientEditor", "A &grandparent was born in Canada"), "flag"),
    )),
    Section(QT_TRANSLATE_NOOP("ClientEditor", "Minor"), "", (
        Group("minor", (
            Field("accompanied_by_parent_or_guardian",
                  QT_TRANSLATE_NOOP("ClientEditor", "&Accompanied by a parent or guardian"), "flag"),
            Field("parent_or_guardian_in_canada_or_us",
                  QT_TRANSLATE_NOOP("ClientEditor", "&Parent or guardian in Canada or the U.S."), "flag"),
        ), QT_TRANSLATE_NOOP("ClientEditor", "The client is a minor"), optional=True),
    )),
    Section(QT_TRANSLATE_NOOP("ClientEditor", "Entry to Canada"), "", (
        Group("canada_entry", (
            Field("mode", QT_TRANSLATE_NOOP("ClientEditor", "&Mode of entry"), "choice", ENTRY_MODES),
            Field("date", QT_TRANSLATE_NOOP("ClientEditor", "&Date of entry"), "date"),
            Field("claim_made_on", QT_TRANSLATE_NOOP("ClientEditor", "&Refugee claim made on"), "date"),
            Field("first_entry_date",
                  QT_TRANSLATE_NOOP("ClientEditor", "F&irst entry into Canada after 24 June 2020"), "date",
                  hint=QT_TRANSLATE_NOOP("ClientEditor", "Even if the client left and came back (Bill C-12's "
                                                         "one-year bar counts from it)")),
        ), QT_TRANSLATE_NOOP("ClientEditor", "Record entry to Canada"), optional=True),
        Group("canadian_documents", (
            Field("valid_visa_or_permit",
                  QT_TRANSLATE_NOOP("ClientEditor", "Holds a valid Canadian &visa or permit"), "flag"),
        ), QT_TRANSLATE_NOOP("ClientEditor", "Record Canadian documents"), optional=True),
        Field("death_penalty_exposure",
              QT_TRANSLATE_NOOP("ClientEditor", "E&xposed to the death penalty"), "flag"),
    )),
    Section(QT_TRANSLATE_NOOP("ClientEditor", "Work and education"),
            QT_TRANSLATE_NOOP("ClientEditor", "Used for the Express Entry score (CRS)."), (
        Group("human_capital", (
            Field("education", QT_TRANSLATE_NOOP("ClientEditor", "&Education"), "choice", EDUCATION),
            Language("first_language", QT_TRANSLATE_NOOP("ClientEditor", "First official language")),
            Language("second_language", QT_TRANSLATE_NOOP("ClientEditor", "Second official language")),
            Field("canadian_work_years", QT_TRANSLATE_NOOP("ClientEditor", "&Canadian work experience"),
                  "whole", hint=YEARS),
            Field("foreign_work_years", QT_TRANSLATE_NOOP("ClientEditor", "&Foreign work experience"),
                  "whole", hint=YEARS),
            Field("certificate_of_qualification",
                  QT_TRANSLATE_NOOP("ClientEditor", "Certificate of &qualification (trade)"), "flag"),
            Field("canadian_education", QT_TRANSLATE_NOOP("ClientEditor", "Canadian e&ducation"), "choice",
                  CANADIAN_EDUCATION),
            Field("provincial_nomination", QT_TRANSLATE_NOOP("ClientEditor", "&Provincial nomination"),
                  "flag"),
            # Express Entry program eligibility (FSW, CEC, FST)
            Field("skilled_work_teer", QT_TRANSLATE_NOOP("ClientEditor", "TEER of the s&killed work"), "choice",
                  TEER),
            Field("skilled_work_years_last_10",
                  QT_TRANSLATE_NOOP("ClientEditor", "Skilled work in the last &ten years"), "whole",
                  hint=QT_TRANSLATE_NOOP("ClientEditor", "Whole years; one of them continuous in one occupation")),
            Field("canadian_work_years_last_3",
                  QT_TRANSLATE_NOOP("ClientEditor", "Skilled work in Canada in the last t&hree years"), "whole",
                  hint=YEARS),
            Field("trade_work_years_last_5",
                  QT_TRANSLATE_NOOP("ClientEditor", "Work in a skilled trade in the last fi&ve years"), "whole",
                  hint=YEARS),
            Field("family_size", QT_TRANSLATE_NOOP("ClientEditor", "Famil&y size"), "whole",
                  hint=QT_TRANSLATE_NOOP("ClientEditor", "The client, the partner and every dependent child, "
                                                         "coming or not")),
            Field("settlement_funds_cad", QT_TRANSLATE_NOOP("ClientEditor", "Sett&lement funds (CAD)"), "number",
                  hint=QT_TRANSLATE_NOOP("ClientEditor", "Money available to settle, digits only, e.g. 20000")),
            Group("spouse", (
                Field("education", QT_TRANSLATE_NOOP("ClientEditor", "Spo&use's education"), "choice",
                      EDUCATION),
                Language("first_language",
                         QT_TRANSLATE_NOOP("ClientEditor", "Spouse's first official language")),
                Field("canadian_work_years",
                      QT_TRANSLATE_NOOP("ClientEditor", "Spouse's Canadian work experie&nce"), "whole",
                      hint=YEARS),
            ), QT_TRANSLATE_NOOP("ClientEditor", "Count spouse or partner factors"), optional=True,
                note=QT_TRANSLATE_NOOP("ClientEditor", "Only when the partner is coming to Canada and is not "
                                                       "a Canadian citizen or permanent resident.")),
        ), QT_TRANSLATE_NOOP("ClientEditor", "Record work, education and languages"), optional=True),
    )),
    Section(QT_TRANSLATE_NOOP("ClientEditor", "Job offer"), "", (
        Group("job_offer", (
            Field("province", QT_TRANSLATE_NOOP("ClientEditor", "&Province"), "choice", PROVINCES),
            Field("teer", QT_TRANSLATE_NOOP("ClientEditor", "&TEER category"), "choice", TEER),
        ), QT_TRANSLATE_NOOP("ClientEditor", "Has a job offer in Canada"), optional=True),
        Field("intends_quebec", QT_TRANSLATE_NOOP("ClientEditor", "Intends to live in &Quebec"), "flag"),
    )),
    Section(QT_TRANSLATE_NOOP("ClientEditor", "Business"), "", (
        Group("self_employment", (
            Field("cultural_or_athletic_years",
                  QT_TRANSLATE_NOOP("ClientEditor", "Years of &cultural or athletic self-employment"),
                  "whole", hint=YEARS),
        ), QT_TRANSLATE_NOOP("ClientEditor", "Record self-employment"), optional=True),
        Group("business", (
            Field("net_worth_cad", QT_TRANSLATE_NOOP("ClientEditor", "&Net worth (CAD)"), "number",
                  hint=QT_TRANSLATE_NOOP("ClientEditor", "Digits only, e.g. 300000")),
            Field("designated_org_support",
                  QT_TRANSLATE_NOOP("ClientEditor", "Supported by a &designated organization"), "flag"),
        ), QT_TRANSLATE_NOOP("ClientEditor", "Record business assets"), optional=True),
    )),
    Section(QT_TRANSLATE_NOOP("ClientEditor", "Documents and tasks"),
            QT_TRANSLATE_NOOP("ClientEditor", "Dates that start a deadline: documents that expire, an Express "
                                              "Entry invitation, and your own tasks for this client."), (
        Group("documents", (
            Field("passport_expiry", QT_TRANSLATE_NOOP("ClientEditor", "&Passport expires"), "date"),
            Field("language_test_date", QT_TRANSLATE_NOOP("ClientEditor", "&Language test taken"), "date"),
            Field("police_certificate_date", QT_TRANSLATE_NOOP("ClientEditor", "P&olice certificate issued"),
                  "date"),
            Field("medical_exam_date", QT_TRANSLATE_NOOP("ClientEditor", "&Medical exam done"), "date"),
        ), QT_TRANSLATE_NOOP("ClientEditor", "Record document dates"), optional=True),
        Group("express_entry", (
            Field("invitation_date", QT_TRANSLATE_NOOP("ClientEditor", "Express Entry &invitation received"),
                  "date"),
            Field("categories", QT_TRANSLATE_NOOP("ClientEditor", "Express Entry &categories met"), "codes",
                  hint=QT_TRANSLATE_NOOP("ClientEditor", "Separated by commas, e.g. healthcare_social_services, "
                                                         "trades, stem, education, transport")),
        ), QT_TRANSLATE_NOOP("ClientEditor", "Record Express Entry facts"), optional=True),
        Rows("tasks", QT_TRANSLATE_NOOP("ClientEditor", "Tasks for this client"),
             QT_TRANSLATE_NOOP("ClientEditor", "Task {}"),
             QT_TRANSLATE_NOOP("ClientEditor", "Add a &task"),
             QT_TRANSLATE_NOOP("ClientEditor", "No tasks."), (
            Field("title", QT_TRANSLATE_NOOP("ClientEditor", "&What"), "name"),
            Field("due", QT_TRANSLATE_NOOP("ClientEditor", "&Due"), "date"),
            Field("note", QT_TRANSLATE_NOOP("ClientEditor", "N&ote"), "text"),
            Field("tag", QT_TRANSLATE_NOOP("ClientEditor", "Ta&g"), "text",
                  hint=QT_TRANSLATE_NOOP("ClientEditor", "A word to filter by, e.g. documents")),
        )),
    )),
    Section(QT_TRANSLATE_NOOP("ClientEditor", "Notes"), "", (
        Field("notes", QT_TRANSLATE_NOOP("ClientEditor", "&Notes"), "notes"),
    )),
)
# Sections added after the first version of the case file: left out of the document when empty,
# as case_to_dict leaves them out.
_OMITTED_WHEN_EMPTY = tuple(f.key for f in CASE.fields if f.only_when_known)


# --- field widgets: each has get(), set() and on_change() -------------------------------------

_WHOLE = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


class _TextField(QLineEdit):
    """A short text or code; empty means unknown."""

    def get(self) -> Any:
        return self.text().strip() or None

    def set(self, value: Any) -> None:
        self.setText("" if value is None else str(value))

    def on_change(self, slot: Callable[[], None]) -> None:
        self.textChanged.connect(slot)


class _NameField(_TextField):
    """A name, kept exactly as typed."""

    def get(self) -> Any:
        return self.text()


class _CodesField(_TextField):
    """Codes separated by commas; each goes to the validator as typed (empty: ``codes_or_unknown``)."""

    _none = False

    def get(self) -> Any:
        codes = [part.strip() for part in self.text().split(",") if part.strip()]
        return codes_or_unknown(codes, self._none)

    def set(self, value: Any) -> None:
        self._none = value == []
        self.setText(", ".join(str(v) for v in value or ()))


class _WholeField(_TextField):
    def get(self) -> Any:
        text = self.text().strip()
        if not text:
            return None
        return int(text) if _WHOLE.fullmatch(text) else text


class _NumberField(_TextField):
    def get(self) -> Any:
        text = self.text().strip()
        if not text:
            return None
        if _WHOLE.fullmatch(text):
            return int(text)
        return float(text) if _DECIMAL.fullmatch(text) else text

    def set(self, value: Any) -> None:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        super().set(value)


class _ChoiceField(QComboBox):
    """A choice whose first entry is "Unknown"; each entry's code is its itemData."""

    def __init__(self, choices: tuple[tuple[Any, str], ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Long labels must not widen the page: the combo shrinks, its list still shows them whole.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self._values: list[Any] = []
        self._add(None, QCoreApplication.translate("ClientEditor", "Unknown"))
        for value, label in choices:
            self._add(value, _tr(label))

    def _add(self, value: Any, label: str) -> None:
        self._values.append(value)
        self.addItem(label, value)

    def get(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if index >= 0 else None

    def set(self, value: Any) -> None:
        for index, known in enumerate(self._values):
            if type(known) is type(value) and known == value:
                self.setCurrentIndex(index)
                return
        self._add(value, str(value))   # a code outside the vocabulary: shown, and left to the validator
        self.setCurrentIndex(self.count() - 1)

    def on_change(self, slot: Callable[[], None]) -> None:
        self.currentIndexChanged.connect(slot)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Scrolling a long page must not change an answer the wheel happens to pass over.
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _NotesField(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def get(self) -> Any:
        text = self.toPlainText()
        return text if text.strip() else None

    def set(self, value: Any) -> None:
        self.setPlainText(value or "")

    def on_change(self, slot: Callable[[], None]) -> None:
        self.textChanged.connect(slot)


_INPUTS: dict[str, Callable[[Field], QWidget]] = {
    "name": lambda spec: _NameField(),
    "text": lambda spec: _TextField(),
    "codes": lambda spec: _CodesField(),
    "country": lambda spec: CodeField(country_vocabulary(), many=False),
    "countries": lambda spec: CodeField(country_vocabulary(), many=True),
    "languages": lambda spec: CodeField(language_vocabulary(), many=True),
    "date": lambda spec: DateField(),
    "whole": lambda spec: _WholeField(),
    "number": lambda spec: _NumberField(),
    "choice": lambda spec: _ChoiceField(spec.choices),
    "flag": lambda spec: _ChoiceField(YES_NO),
    "notes": lambda spec: _NotesField(),
}


# --- nodes: a part of the document and the widgets that edit it --------------------------------

def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("color: #c62828;")
    label.hide()
    return label


def _place(layout: QLayout, widget: QWidget) -> None:
    if isinstance(layout, QFormLayout):
        layout.addRow(widget)
    else:
        layout.addWidget(widget)


class Spot:
    """Where an error can be shown: the widget to focus and the label beside it."""

    widget: QWidget
    error: QLabel

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.widget.setAccessibleDescription(text)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
        self.widget.setAccessibleDescription("")


class FieldNode(Spot):
    def __init__(self, spec: Field, form: QFormLayout):
        self.key = spec.key
        self.spec = spec
        self.path = spec.key
        self.widget = _INPUTS[spec.kind](spec)
        if spec.hint and isinstance(self.widget, QLineEdit):
            self.widget.setPlaceholderText(_tr(spec.hint))
            self.widget.setToolTip(_tr(spec.hint))
        self.label = QLabel(_tr(spec.label))
        self.label.setBuddy(self.widget)
        self.error = error_label()
        self.cell = QWidget()
        cell_layout = QVBoxLayout(self.cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.addWidget(self.widget)
        cell_layout.addWidget(self.error)
        form.addRow(self.label, self.cell)

    def bind(self, path: str, context: str) -> None:
        self.path = path
        self.widget.setObjectName(path)
        self.error.setObjectName("error:" + path)
        name = _plain(self.label.text())
        self.widget.setAccessibleName(f"{name} ({context})" if context else name)

    def get(self) -> Any:
        return self.widget.get()

    def set(self, value: Any) -> None:
        self.widget.set(value)

    def targets(self) -> Iterator[tuple[str, Spot]]:
        yield self.path, self

    def local_errors(self) -> list[FieldError]:
        return []


class _GroupNode(Spot):
    def __init__(self, spec: Group, layout: QLayout):
        self.key = spec.key
        self.path = spec.key
        self.title = _tr(spec.title)
        self.optional = spec.optional
        self.box: QGroupBox | None = None
        if spec.title or spec.optional:
            self.box = QGroupBox(self.title)
            self.box.setCheckable(spec.optional)
            self.box.setChecked(False)
            self.form = QFormLayout(self.box)
            self.widget = self.box
            if spec.note:
                note = QLabel(_tr(spec.note))
                note.setWordWrap(True)
                self.form.addRow(note)
            self.error = error_label()
            self.form.addRow(self.error)
            _place(layout, self.box)
        else:
            assert isinstance(layout, QFormLayout)
            self.form = layout
        self.children = [_build(item, self.form) for item in spec.items]
        fields = {c.key: c for c in self.children if isinstance(c, FieldNode)}
        for child in fields.values():
            if child.spec.meant_for:
                fields[child.spec.meant_for[0]].widget.on_change(self._enable_dependents)
        self._enable_dependents()

    def _enable_dependents(self) -> None:
        """A field meant for one value of a sibling (a parole program) is enabled for it, or when set."""
        fields = {c.key: c for c in self.children if isinstance(c, FieldNode)}
        for child in fields.values():
            if child.spec.meant_for:
                key, value = child.spec.meant_for
                child.widget.setEnabled(fields[key].get() == value or child.get() is not None)

    def bind(self, path: str, context: str) -> None:
        self.path = path
        if self.box is not None:
            self.box.setObjectName(path)
            self.error.setObjectName("error:" + path)
            self.box.setAccessibleName(f"{self.title} ({context})" if context else self.title)
            context = self.box.title()
        for child in self.children:
            child.bind(f"{path}.{child.key}" if path else child.key, context)

    def get(self) -> Any:
        if self.optional and not self.box.isChecked():
            return None
        doc = {}
        for child in self.children:
            value = child.get()
            if value in (None, []) and isinstance(child, FieldNode) and field_at(child.path).only_when_known:
                continue  # an empty list of codes is no codes: not written, as the case file writes it
            doc[child.key] = value
        return doc

    def set(self, value: Any) -> None:
        if self.optional:
            self.box.setChecked(value is not None)
        data = value if isinstance(value, dict) else {}
        for child in self.children:
            child.set(data.get(child.key))
        self._enable_dependents()

    def targets(self) -> Iterator[tuple[str, Spot]]:
        if self.box is not None:
            yield self.path, self
        for child in self.children:
            yield from child.targets()

    def local_errors(self) -> list[FieldError]:
        if self.optional and not self.box.isChecked():
            return []
        return [e for child in self.children for e in child.local_errors()]


class RowsNode(Spot):
    def __init__(self, spec: Rows, layout: QLayout):
        self.spec = spec
        self.key = spec.key
        self.path = spec.key
        self.rows: list[_GroupNode] = []
        self.title = _tr(spec.asked_label)
        self.widget = QGroupBox(self.title)
        self.widget.setCheckable(True)
        self.widget.setChecked(False)
        outer = QVBoxLayout(self.widget)
        self.error = error_label()
        outer.addWidget(self.error)
        self.empty = QLabel(_tr(spec.empty_text))
        self.empty.setObjectName(f"empty:{spec.key}")
        outer.addWidget(self.empty)
        self.widget.toggled.connect(lambda _on: self._say_empty())
        self.rows_layout = QVBoxLayout()
        outer.addLayout(self.rows_layout)
        self.add_button = QPushButton(_tr(spec.add_label))
        self.add_button.clicked.connect(self.add_row)
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        _place(layout, self.widget)

    def _new_row(self) -> _GroupNode:
        row = _GroupNode(Group("", self.spec.items, title=" "), self.rows_layout)
        row.remove_button = QPushButton(QCoreApplication.translate("ClientEditor", "Re&move"))
        row.remove_button.clicked.connect(lambda: self.remove_row(row))
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(row.remove_button)
        row.form.addRow(bar)
        self.rows.append(row)
        return row

    def retab(self) -> None:
        """Tab through the rows' fields where they are seen, just before "Add": a widget made after the
        window was laid out (a row loaded or added) otherwise comes last, after Save and Cancel."""
        # Right after the list's own box ("asked about it"), else after what precedes "Add".
        previous: QWidget | None = self.widget if self.widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
            else self.add_button.previousInFocusChain()
        if previous is None:
            return
        for row in self.rows:
            if row.box is None:
                continue
            for widget in row.box.findChildren(QWidget):
                if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None \
                        and widget.window() is previous.window():
                    QWidget.setTabOrder(previous, widget)
                    previous = widget
        if previous is not self.add_button:
            QWidget.setTabOrder(previous, self.add_button)

    def add_row(self) -> _GroupNode:
        """Add an empty entry (the "Add" button) and put the cursor in its first field."""
        row = self._new_row()
        self.retab()
        self._renumber()
        first = row.children[0].widget
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def remove_row(self, row: _GroupNode) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        self._discard(row)
        self._renumber()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].remove_button.setFocus()
        else:
            self.add_button.setFocus()

    def _discard(self, row: _GroupNode) -> None:
        # Deleted later (this may run inside the row's own button click); nameless at once,
        # so nothing finds the old row by its path meanwhile.
        for child in row.box.findChildren(QWidget):
            child.setObjectName("")
        row.box.setObjectName("")
        row.box.hide()
        self.rows_layout.removeWidget(row.box)
        row.box.deleteLater()

    def _renumber(self) -> None:
        for index, row in enumerate(self.rows):
            title = _tr(self.spec.row_title).format(index + 1)
            row.title = title
            row.box.setTitle(title)
            row.bind(f"{self.path}[{index}]", "")
            row.remove_button.setObjectName(f"remove:{self.path}[{index}]")
            remove = QCoreApplication.translate("ClientEditor", "Remove {}")
            row.remove_button.setAccessibleName(remove.format(title))
        self.empty.setVisible(not self.rows)
        self._say_empty()

    def _say_empty(self) -> None:
        """Unchecked is "not asked yet", distinct from asked and none ("None: no U.S. status")."""
        asked = self.widget.isChecked() or not self.widget.isCheckable()
        self.empty.setText(_tr(self.spec.empty_text) if asked
                           else QCoreApplication.translate("ClientEditor", "Not asked yet."))

    def bind(self, path: str, context: str) -> None:
        self.path = path
        self.widget.setObjectName(path)
        self.widget.setAccessibleName(f"{self.title} ({context})" if context else self.title)
        self.error.setObjectName("error:" + path)
        self.add_button.setObjectName("add:" + path)
        self._renumber()

    def get(self) -> Any:
        if not self.widget.isChecked():
            return None
        return [row.get() for row in self.rows]

    def set(self, value: Any) -> None:
        self.widget.setChecked(value is not None)
        for row in self.rows:
            self._discard(row)
        self.rows = []
        for item in value if isinstance(value, list) else ():
            self._new_row().set(item)
        self._renumber()

    def targets(self) -> Iterator[tuple[str, Spot]]:
        yield self.path, self
        for row in self.rows:
            yield from row.targets()

    def local_errors(self) -> list[FieldError]:
        if not self.widget.isChecked():
            return []
        return [e for row in self.rows for e in row.local_errors()]


class LanguageNode(Spot):
    """Levels (``clb``) or a test result, written inside ``clb`` unless it was loaded beside it."""

    CLB, TEST = 0, 1

    def __init__(self, spec: Language, layout: QLayout):
        self.key = spec.key
        self.path = spec.key
        self.with_language = True  # see bind
        self.inside_clb = True
        self.box = QGroupBox(_tr(spec.title))
        self.box.setCheckable(True)
        self.box.setChecked(False)
        self.widget = self.box
        self.form = QFormLayout(self.box)
        self.error = error_label()
        self.form.addRow(self.error)
        self.language = FieldNode(Field("language", QT_TRANSLATE_NOOP("ClientEditor", "Lan&guage"),
                                         "choice", OFFICIAL_LANGUAGES), self.form)
        self.mode = QComboBox()
        self.mode.addItem(QCoreApplication.translate("ClientEditor", "CLB / NCLC levels"), "clb")
        self.mode.addItem(QCoreApplication.translate("ClientEditor", "Language test scores"), "test")
        self.mode_label = QLabel(QCoreApplication.translate("ClientEditor", "Result given &as"))
        self.mode_label.setBuddy(self.mode)
        self.form.addRow(self.mode_label, self.mode)
        self.levels = [FieldNode(Field(a, ABILITIES[a], "whole",
                                        hint=QT_TRANSLATE_NOOP("ClientEditor", "Level 0-12")), self.form)
                       for a in vocab.ABILITIES]
        self.test = FieldNode(Field("test", QT_TRANSLATE_NOOP("ClientEditor", "&Test"), "choice",
                                     LANGUAGE_TESTS), self.form)
        self.scores = [FieldNode(Field(a, SCORES[a], "number"), self.form) for a in vocab.ABILITIES]
        self.mode.currentIndexChanged.connect(self._show_mode)
        self.test.widget.on_change(self._show_ranges)
        self._show_mode()
        _place(layout, self.box)

    def _show_mode(self) -> None:
        test = self.mode.currentIndex() == self.TEST
        for node in self.levels:
            self.form.setRowVisible(node.label, not test)
        for node in [self.test, *self.scores]:
            self.form.setRowVisible(node.label, test)
        self._show_ranges()

    def _show_ranges(self) -> None:
        ranges = vocab.LANGUAGE_TESTS.get(self.test.get() or "")
        for node in self.scores:
            hint = ""
            if ranges:
                lo, hi, step = ranges[node.key]
                hint = QCoreApplication.translate("ClientEditor", "{lo:g} to {hi:g}, in steps of {step:g}")
                hint = hint.format(lo=lo, hi=hi, step=step)
            node.widget.setPlaceholderText(hint)

    def bind(self, path: str, context: str) -> None:
        self.path = path
        kind = field_at(path).kind
        assert isinstance(kind, LanguageKind)
        self.with_language = not kind.language_only_when_known  # the spouse's: "language" only when known
        title = self.box.title()
        self.box.setObjectName(path)
        self.error.setObjectName("error:" + path)
        self.box.setAccessibleName(f"{title} ({context})" if context else title)
        self.language.bind(f"{path}.language", title)
        self.mode.setObjectName(f"{path}:result")
        self.mode.setAccessibleName(f"{_plain(self.mode_label.text())} ({title})")
        for node in self.levels:
            node.bind(f"{path}.clb.{node.key}", title)
        self.test.bind(f"{path}.clb.test", title)
        for node in self.scores:
            node.bind(f"{path}.clb.scores.{node.key}", title)

    def get(self) -> Any:
        if not self.box.isChecked():
            return None
        doc: dict[str, Any] = {}
        language = self.language.get()
        if self.with_language or language is not None:
            doc["language"] = language
        if self.mode.currentIndex() == self.CLB:
            doc["clb"] = {n.key: v for n in self.levels if (v := n.get()) is not None} or None
            return doc
        test = self.test.get()
        result = {"test": test,
                  "scores": {n.key: v for n in self.scores if (v := n.get()) is not None} or None}
        if self.inside_clb or test is None:
            doc["clb"] = result
        else:
            doc.update(result)
        return doc

    def set(self, value: Any) -> None:
        self.box.setChecked(value is not None)
        data = value if isinstance(value, dict) else {}
        self.language.set(data.get("language"))
        clb = data.get("clb")
        if isinstance(clb, dict) and "test" in clb:
            result, self.inside_clb = clb, True
        elif "test" in data:
            result, self.inside_clb = data, False
        else:
            result, self.inside_clb = None, True
        levels = clb if isinstance(clb, dict) and result is None else {}
        scores = (result.get("scores") if result else None) or {}
        for node in self.levels:
            node.set(levels.get(node.key))
        self.test.set(result.get("test") if result else None)
        for node in self.scores:
            node.set(scores.get(node.key))
        self.mode.setCurrentIndex(self.CLB if result is None else self.TEST)

    def targets(self) -> Iterator[tuple[str, Spot]]:
        yield self.path, self
        yield from self.language.targets()
        for node in self.levels:
            yield from node.targets()
        for inner in (".clb", ""):   # a result loaded beside "language" is validated there
            yield f"{self.path}{inner}.test", self.test
            for node in self.scores:
                yield f"{self.path}{inner}.scores.{node.key}", node

    def local_errors(self) -> list[FieldError]:
        """Scores without their test would be dropped unseen by the validator: say so here."""
        if (self.box.isChecked() and self.mode.currentIndex() == self.TEST and self.test.get() is None
                and any(n.get() is not None for n in self.scores)):
            message = QCoreApplication.translate("ClientEditor", "required: the test these scores come from")
            return [FieldError(self.test.path, message)]
        return []


def _build(item: Any, layout: QLayout):
    if isinstance(item, Field):
        assert isinstance(layout, QFormLayout)
        return FieldNode(item, layout)
    if isinstance(item, Group):
        return _GroupNode(item, layout)
    if isinstance(item, Rows):
        return RowsNode(item, layout)
    if isinstance(item, Language):
        return LanguageNode(item, layout)
    raise TypeError(f"not a form item: {item!r}")


LAST_STEP = re.compile(r"(\[\d+\]|\.[^.\[]+|:[^.\[]+)$")


# --- the dialog -------------------------------------------------------------------------------

class ClientEditor(QDialog):
    """Edits one client's case-file facts; ``ask`` runs it and returns the saved facts or None."""

    WARNING_MARK = "\N{WARNING SIGN} "

    def __init__(self, facts: CaseFacts | None = None, parent: QWidget | None = None, *, as_of: date | None = None,
                 status_end: date | None = None, ended_after_days: int = DEFAULT_ENDED_AFTER_DAYS):
        super().__init__(parent)
        self.setObjectName("ClientEditor")
        self._as_of = as_of  # today: facts that cannot be true on it are errors by their fields
        self.setWindowTitle(self.tr("Edit client") if facts is not None else self.tr("New client"))
        self.setSizeGripEnabled(True)
        self._accepted: CaseFacts | None = None
        self._roots: list[tuple[int, Any]] = []
        self._titles: list[str] = []

        self._sections = QListWidget()
        self._sections.setObjectName("sections")
        self._sections.setAccessibleName(self.tr("Sections"))
        self._sections.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self._sections.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Expanding)
        self._stack = QStackedWidget()
        for index, section in enumerate(SECTIONS):
            self._add_page(index, section)
        self._sections.currentRowChanged.connect(self._stack.setCurrentIndex)
        self._sections.setCurrentRow(0)

        self._general_error = error_label()
        self._general_error.setObjectName("error:")
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self._save_shortcut.activated.connect(self.accept)

        # The client's state when the U.S. status (the caseload's "Status ends") ended long ago: no longer
        # a deadline in Upcoming, so it is said here, where the caseworker reads the file.
        self.status_state = QLabel(self)
        self.status_state.setObjectName("editor:status-ended")
        self.status_state.setWordWrap(True)
        ended = status_ended_days(status_end, as_of, ended_after_days) if as_of and status_end else None
        if ended is not None and status_end is not None:
            self.status_state.setText(
                self.tr("U.S. status ended %1, %2 days ago: this is the client's state, no longer a deadline.")
                .replace("%1", date_text(status_end)).replace("%2", count_text(ended)))
        self.status_state.setVisible(ended is not None)

        body = QHBoxLayout()
        body.addWidget(self._sections)
        body.addWidget(self._stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_state)
        layout.addLayout(body, 1)
        layout.addWidget(self._general_error)
        layout.addWidget(self._buttons)

        if facts is not None:
            self.set_facts(facts)
        self.resize(self._preferred_size())
        # A name typed at once goes into the first field, not the list of sections.
        first = self._stack.widget(0).findChild(QLineEdit, "client.given_names")
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Rows loaded with the facts were made after the window's tab order: put them in their place.
        for _index, node in self._roots:
            for _path, spot in node.targets():
                if isinstance(spot, RowsNode):
                    spot.retab()
        super().showEvent(event)

    # building

    def _add_page(self, index: int, section: Section) -> None:
        title = _tr(section.title)
        self._titles.append(title)
        self._sections.addItem(title)
        content = QWidget()
        form = QFormLayout(content)
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        form.addRow(heading)
        if section.note:
            note = QLabel(_tr(section.note))
            note.setWordWrap(True)
            form.addRow(note)
        for item in section.items:
            node = _build(item, form)
            node.bind(node.key, "")
            self._roots.append((index, node))
        page = QScrollArea()
        page.setObjectName(f"page:{index}")
        page.setWidgetResizable(True)
        page.setWidget(content)
        self._stack.addWidget(page)

    def _preferred_size(self) -> QSize:
        """Room for the widest and tallest page, within the screen; no fixed pixel sizes."""
        pages = [self._stack.widget(i).widget() for i in range(self._stack.count())]
        extent = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        stack = self._stack.sizeHint()
        hint = self.sizeHint()
        width = hint.width() - stack.width() + max(p.sizeHint().width() for p in pages) + 2 * extent
        height = hint.height() - stack.height() + max(p.sizeHint().height() for p in pages) + extent
        screen = self.screen().availableGeometry()
        width = max(width, int(screen.width() * 0.45))
        return QSize(min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.85)))

    # the document

    def document(self) -> dict[str, Any]:
        """The case file the widgets hold, in ``case_to_dict``'s shape (unknown = None)."""
        doc: dict[str, Any] = {"format": vocab.FORMAT}
        for _, node in self._roots:
            doc[node.key] = node.get()
        for key in _OMITTED_WHEN_EMPTY:
            if not doc.get(key):
                doc.pop(key, None)
        return doc

    def set_document(self, doc: dict[str, Any]) -> None:
        for _, node in self._roots:
            node.set(doc.get(node.key))

    def set_facts(self, facts: CaseFacts) -> None:
        self.set_document(case_to_dict(facts))

    def facts(self) -> CaseFacts | None:
        """Validate the widgets' case file: the facts, or None with each error shown by its field."""
        facts, errors, _warnings = read_case(self.document(), as_of=self._as_of)
        errors = list(errors) + [e for _, node in self._roots for e in node.local_errors()]
        self._show_errors(errors)
        return None if errors else facts

    @property
    def accepted_facts(self) -> CaseFacts | None:
        """The facts saved by the last successful ``accept``."""
        return self._accepted

    # errors

    def _targets(self) -> dict[str, tuple[Spot, int]]:
        targets: dict[str, tuple[Spot, int]] = {}
        for page, node in self._roots:
            for path, spot in node.targets():
                targets.setdefault(path, (spot, page))
        return targets

    def _show_errors(self, errors: list[FieldError]) -> None:
        targets = self._targets()
        order = {id(spot): i for i, (spot, _) in enumerate(targets.values())}
        for spot, _ in targets.values():
            spot.clear_error()
        self._general_error.clear()
        self._general_error.hide()
        for row, title in enumerate(self._titles):
            self._sections.item(row).setText(title)
            self._sections.item(row).setToolTip("")

        shown: dict[int, tuple[Spot, int, list[str]]] = {}
        general: list[str] = []
        for error in errors:
            path = error.path
            while path and path not in targets:
                path = LAST_STEP.sub("", path) if LAST_STEP.search(path) else ""
            if not path:
                general.append(error_line(error, ui_language()))
                continue
            rest = error.path[len(path):].lstrip(".")
            words = error_words(error, ui_language())
            message = words if not rest or rest.startswith("[") else colon(rest, words)
            spot, page = targets[path]
            shown.setdefault(id(spot), (spot, page, []))[2].append(message)

        for spot, page, messages in shown.values():
            spot.show_error("\n".join(messages))
            item = self._sections.item(page)
            item.setText(self.WARNING_MARK + self._titles[page])
            item.setToolTip(self.tr("This section has problems to fix"))
        if general:
            self._general_error.setText("\n".join(general))
            self._general_error.show()
        if shown:
            spot, page, _ = min(shown.values(), key=lambda s: order[id(s[0])])
            self._reveal(spot.widget, page)

    def _reveal(self, widget: QWidget, page: int) -> None:
        self._sections.setCurrentRow(page)
        scroll = self._stack.widget(page)
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # closing

    def accept(self) -> None:
        facts = self.facts()
        if facts is None:
            return
        self._accepted = facts
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None, facts: CaseFacts | None = None, *,
            as_of: date | None = None, status_end: date | None = None,
            ended_after_days: int = DEFAULT_ENDED_AFTER_DAYS) -> CaseFacts | None:
        """Run the editor modally: the saved facts, or None when cancelled. ``status_end``: the day the
        client's U.S. status ends (the caseload's), said as the client's state once it ended long ago."""
        dialog = cls(facts, parent, as_of=as_of, status_end=status_end, ended_after_days=ended_after_days)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.accepted_facts
            return None
        finally:
            dialog.deleteLater()
