"""The ``casedesk.case/1`` case file, declared once: every section and field, its kind and vocabulary.

This table is the format. The reader and the writer (``casefile.py``), the JSON Schema
(``docs/casedesk.case-1.schema.json``, made by ``caseschema.py``) and the field list of
``docs/case-file.md`` (a test compares it) all come from it, and the database stores the
document as the writer writes it. A new fact is one ``Field`` here plus its attribute on the
section's class in ``facts.py`` (a test keeps the two in step), then whatever rules, editor
pages or letters use it: no table, mapping or migration.

Every field may be null or absent, which means "not known", unless it is ``required``. The
regular expressions here are written so that Python's ``re`` and the ECMA-262 expressions of
JSON Schema read them alike (no ``\\d``, ``\\s`` or ``\\w``, whose meaning differs).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from . import countries, vocab
from .facts import (
    Business, CanadaEntry, CanadianDocuments, CaseFacts, Documents, ExpressEntryProfile, HumanCapital, Identity,
    JobOffer, Minor, Parent, Partner, Relative, SelfEmployment, SpouseFactors, Task, UsStatus,
)

MAX_NAME = 200
MAX_LIST = 50
MAX_NOTES = 20_000
# Dates a case can hold: wide enough for any birth or deadline, narrow enough for date arithmetic.
FIRST_YEAR, LAST_YEAR = 1850, 2200
YEARS = "(?:18[5-9][0-9]|19[0-9]{2}|20[0-9]{2}|21[0-9]{2}|2200)"  # FIRST_YEAR-LAST_YEAR (a test checks)

# Characters refused in text (as the inside of a regex character class): control characters,
# and lone UTF-16 surrogates (a JSON escape like "\ud800" that no text encoding can store).
# Notes may hold tabs, line breaks and C1 controls.
CONTROL = r"\x00-\x1f\x7f-\x9f\ud800-\udfff"
CONTROL_IN_NOTES = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff"
# Characters that change how text reads without being seen (issue 13): bidirectional embeddings,
# overrides and isolates, which can make a name or a note display as something else; and, in
# names, codes and tags, every invisible character besides (zero-width space and joiners, word
# joiner, soft hyphen, Hangul fillers, variation selectors, byte-order mark), which make two names
# that look the same differ. Refused on entry (import, editor, services); a case stored before
# this rule still reads, and is refused only when saved again unchanged.
BIDI_CONTROLS = r"\u202a-\u202e\u2066-\u2069"
INVISIBLE = (r"\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2060-\u2064\u206a-\u206f"
             r"\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb" + BIDI_CONTROLS)
REFUSED = CONTROL + INVISIBLE
REFUSED_IN_NOTES = CONTROL_IN_NOTES + BIDI_CONTROLS
# The white space that text may hold (the characters Python's str.isspace() knows, controls aside):
# a text of only these is blank.
SPACES = r" \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
SPACE_CHARACTERS = " \u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200b))) + "\u2028\u2029\u202f\u205f\u3000"


# --- kinds of value ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Text:
    max_len: int = MAX_NAME
    notes: bool = False          # tabs and line breaks allowed (CONTROL_IN_NOTES, else CONTROL)
    pattern: str | None = None   # the whole text must match this, as ``what`` says
    what: str = ""


@dataclass(frozen=True)
class Date:
    """An ISO date, ``YYYY-MM-DD``, in the years FIRST_YEAR-LAST_YEAR."""


@dataclass(frozen=True)
class Choice:
    values: tuple[str, ...]


@dataclass(frozen=True)
class Flag:
    """true or false."""


@dataclass(frozen=True)
class Whole:
    """A whole number (JSON's 3.0 is 3) from ``lo`` to ``hi``."""

    lo: int
    hi: int


@dataclass(frozen=True)
class Number:
    lo: float
    hi: float
    step: float | None = None    # the value is a multiple of it


@dataclass(frozen=True)
class Code:
    pattern: str
    what: str
    # Only these codes (upper case), any letter case accepted and stored upper case; checked on
    # entry. ``pattern`` then matches exactly them in any case (the JSON Schema's form).
    assigned: Callable[[], frozenset[str]] | None = None


@dataclass(frozen=True)
class Codes:
    """A list of codes (at most MAX_LIST). Unknown (null) and none (``[]``) differ."""

    code: Code


@dataclass(frozen=True)
class Const:
    """Always this value when given (the format's name)."""

    value: str


@dataclass(frozen=True)
class Object:
    section: Section


@dataclass(frozen=True)
class Objects:
    """A list of objects (at most MAX_LIST). Unknown (null) and none (``[]``) differ, unless the
    facts class makes both an empty tuple (tasks)."""

    section: Section


@dataclass(frozen=True)
class Language:
    """An official-language result: CLB/NCLC levels or a language test's scores; its shape is
    declared below (LANGUAGE_PATHS, CLB_LEVEL, ``vocab.LANGUAGE_TESTS``) and read by hand."""

    language_only_when_known: bool = False  # the spouse's: "language" written only when known


Kind = Text | Date | Choice | Flag | Whole | Number | Code | Codes | Const | Object | Objects | Language


@dataclass(frozen=True)
class Field:
    key: str
    kind: Kind
    required: bool | str = False     # null or absent is an error: "required: " + this (True: from the kind)
    only_when_known: bool = False    # written only when known (fields added after the first version)


@dataclass(frozen=True)
class NotAllBlank:
    """At least one of these text fields is given and not blank; else the error ``code`` on the last."""

    keys: tuple[str, ...]
    code: str  # caseerrors


@dataclass(frozen=True)
class Section:
    name: str                   # as the JSON Schema's $defs and the documentation call it
    build: type                 # the facts class; the fields are its attributes, by key
    fields: tuple[Field, ...]
    rule: NotAllBlank | None = None


# --- codes ------------------------------------------------------------------------------------

COUNTRY = Code(countries.case_insensitive_pattern(), "an ISO 3166-1 alpha-2 country code",
               assigned=countries.assigned)
LANGUAGE_CODE = Code("[a-z]{2,3}", "an ISO 639 language code")
_SEPARATORS = f"[{SPACES}-]*"
A_NUMBER = Text(max_len=20, pattern=f"{_SEPARATORS}[Aa]?(?:{_SEPARATORS}[0-9]){{8,9}}{_SEPARATORS}",
                what="an A-number (A followed by 8 or 9 digits)")
NAME = Text()
DATE = Date()
FLAG = Flag()
YEARS_WORKED = Whole(0, 60)
CLB_LEVEL = Whole(0, 12)


# --- the sections -----------------------------------------------------------------------------

CLIENT = Section("client", Identity, (
    Field("given_names", NAME),
    Field("family_name", NAME),
    Field("date_of_birth", DATE),
    Field("country_of_birth", COUNTRY),
    Field("citizenships", Codes(COUNTRY)),
    Field("marital_status", Choice(vocab.MARITAL_STATUSES)),
    Field("a_number", A_NUMBER),
    Field("languages", Codes(LANGUAGE_CODE)),
), rule=NotAllBlank(("given_names", "family_name"), "case.needs_a_name"))

US_STATUS = Section("us_status", UsStatus, (
    Field("kind", Choice(vocab.US_STATUS_KINDS), required=True),
    Field("program", Choice(vocab.PAROLE_PROGRAMS), only_when_known=True),  # parole
    Field("country", COUNTRY, only_when_known=True),  # TPS: the designated country
    Field("valid_until", DATE),
))

PARTNER = Section("partner", Partner, (
    Field("relationship", Choice(vocab.PARTNER_RELATIONSHIPS)),
    Field("since", DATE),
    Field("status_in_canada", Choice(vocab.CANADIAN_STATUSES)),
    Field("lives_in_canada", FLAG),
    Field("accompanying", FLAG),
))

RELATIVE = Section("relative_in_canada", Relative, (
    Field("relation", Choice(vocab.RELATIONS), required=True),
    Field("status", Choice(vocab.CANADIAN_STATUSES)),
    Field("age", Whole(0, 130)),
))

PARENT = Section("parent", Parent, (
    Field("relation", Choice(vocab.PARENT_RELATIONS)),
    Field("canadian_at_client_birth", FLAG),
    Field("canadian_by", Choice(vocab.CANADIAN_BY)),
    Field("days_in_canada_before_client_birth", Whole(0, 50_000)),
))

MINOR = Section("minor", Minor, (
    Field("accompanied_by_parent_or_guardian", FLAG),
    Field("parent_or_guardian_in_canada_or_us", FLAG),
))

CANADIAN_DOCUMENTS = Section("canadian_documents", CanadianDocuments, (
    Field("valid_visa_or_permit", FLAG),
))

CANADA_ENTRY = Section("canada_entry", CanadaEntry, (
    Field("mode", Choice(vocab.ENTRY_MODES)),
    Field("date", DATE),
    Field("claim_made_on", DATE),
    Field("first_entry_date", DATE, only_when_known=True),
))

SPOUSE = Section("spouse_factors", SpouseFactors, (
    Field("education", Choice(vocab.EDUCATION_LEVELS)),
    Field("first_language", Language(language_only_when_known=True)),
    Field("canadian_work_years", YEARS_WORKED),
))

HUMAN_CAPITAL = Section("human_capital", HumanCapital, (
    Field("education", Choice(vocab.EDUCATION_LEVELS)),
    Field("first_language", Language()),
    Field("second_language", Language()),
    Field("canadian_work_years", YEARS_WORKED),
    Field("foreign_work_years", YEARS_WORKED),
    Field("certificate_of_qualification", FLAG),
    Field("canadian_education", Choice(vocab.CANADIAN_EDUCATION)),
    Field("provincial_nomination", FLAG),
    Field("spouse", Object(SPOUSE)),
    Field("skilled_work_teer", Whole(0, 5), only_when_known=True),
    Field("skilled_work_years_last_10", Whole(0, 10), only_when_known=True),
    Field("canadian_work_years_last_3", Whole(0, 3), only_when_known=True),
    Field("trade_work_years_last_5", Whole(0, 5), only_when_known=True),
    Field("family_size", Whole(1, 30), only_when_known=True),
    Field("settlement_funds_cad", Number(0, 1e13), only_when_known=True),
))

JOB_OFFER = Section("job_offer", JobOffer, (
    Field("province", Choice(vocab.PROVINCES)),
    Field("teer", Whole(0, 5)),
))

SELF_EMPLOYMENT = Section("self_employment", SelfEmployment, (
    Field("cultural_or_athletic_years", Whole(0, 80)),
))

BUSINESS = Section("business", Business, (
    Field("net_worth_cad", Number(0, 1e13)),
    Field("designated_org_support", FLAG),
))

DOCUMENTS = Section("documents", Documents, (
    Field("passport_expiry", DATE),
    Field("language_test_date", DATE),
    Field("police_certificate_date", DATE),
    Field("medical_exam_date", DATE),
))

EE_CATEGORY = Code("(?:" + "|".join(vocab.EE_CATEGORIES) + ")", "an Express Entry category code")

EXPRESS_ENTRY = Section("express_entry", ExpressEntryProfile, (
    Field("invitation_date", DATE),
    Field("categories", Codes(EE_CATEGORY), only_when_known=True),
))

TASK = Section("task", Task, (
    Field("title", NAME, required="what is to be done"),
    Field("due", DATE, required="the date it is due"),
    Field("note", Text(MAX_NOTES, notes=True)),
    Field("tag", Text(40)),
))

CASE = Section("case", CaseFacts, (
    Field("format", Const(vocab.FORMAT)),
    Field("client", Object(CLIENT), required="the client's names and identity"),
    Field("us_status", Objects(US_STATUS)),
    Field("partner", Object(PARTNER)),
    Field("relatives_in_canada", Objects(RELATIVE)),
    Field("parents", Objects(PARENT)),
    Field("grandparent_born_in_canada", FLAG),
    Field("minor", Object(MINOR)),
    Field("canadian_documents", Object(CANADIAN_DOCUMENTS)),
    Field("death_penalty_exposure", FLAG),
    Field("canada_entry", Object(CANADA_ENTRY)),
    Field("human_capital", Object(HUMAN_CAPITAL)),
    Field("job_offer", Object(JOB_OFFER)),
    Field("intends_quebec", FLAG),
    Field("self_employment", Object(SELF_EMPLOYMENT)),
    Field("business", Object(BUSINESS)),
    # Added after the first version: written only when known, so older files read the same.
    Field("notes", Text(MAX_NOTES, notes=True), only_when_known=True),  # the caseworker's; no rule reads it
    Field("documents", Object(DOCUMENTS), only_when_known=True),
    Field("express_entry", Object(EXPRESS_ENTRY), only_when_known=True),
    Field("tasks", Objects(TASK), only_when_known=True),
))

# The language result's own fields, relative to where it sits: CLB/NCLC levels under "clb", or a
# test with its scores, either inside "clb" or beside "language" (a file exports the way it came).
ABILITY = "<ability>"  # stands for each of vocab.ABILITIES
LANGUAGE_PATHS = ("language", "clb", f"clb.{ABILITY}", "clb.test", "clb.scores", f"clb.scores.{ABILITY}",
                  "test", "scores", f"scores.{ABILITY}")


def sections(section: Section = CASE) -> Iterator[Section]:
    """This section and every section inside it, each once, outermost first."""
    seen: set[str] = set()
    stack = [section]
    while stack:
        s = stack.pop(0)
        if s.name in seen:
            continue
        seen.add(s.name)
        yield s
        stack += [f.kind.section for f in s.fields if isinstance(f.kind, (Object, Objects))]


def field_paths(section: Section = CASE, prefix: str = "") -> Iterator[tuple[str, Field]]:
    """Every field's path in the document, in order: ``client.date_of_birth``, ``us_status[].kind``."""
    for f in section.fields:
        path = prefix + f.key
        yield path, f
        if isinstance(f.kind, Object):
            yield from field_paths(f.kind.section, path + ".")
        elif isinstance(f.kind, Objects):
            yield from field_paths(f.kind.section, path + "[].")


def field_at(path: str) -> Field:
    """The declaration of the field at a path of a document, as errors name them (``us_status[2].program``)."""
    return _BY_PATH[re.sub(r"\[[0-9]+\]", "[]", path)]


def is_blank(text: Any) -> bool:
    """Null, or text of white space only."""
    return text is None or (isinstance(text, str) and not text.strip(SPACE_CHARACTERS))


_BY_PATH = dict(field_paths())
