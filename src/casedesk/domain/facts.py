"""A client's facts, as plain immutable values.

One field per fact of the case file (``docs/case-file.md``), each declared in ``casefields.py``.
``None`` always means "not known": the rules answer ``needs_info`` rather than guess. Sections
that were not given at all are ``None`` too.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Identity:
    given_names: str = ""
    family_name: str = ""
    date_of_birth: date | None = None
    country_of_birth: str | None = None
    citizenships: tuple[str, ...] | None = None  # None: not known; (): known to have none
    marital_status: str | None = None
    a_number: str | None = None
    languages: tuple[str, ...] | None = None

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_names, self.family_name) if p)


@dataclass(frozen=True, slots=True)
class UsStatus:
    kind: str
    program: str | None = None
    country: str | None = None
    valid_until: date | None = None


@dataclass(frozen=True, slots=True)
class Partner:
    relationship: str | None = None
    since: date | None = None
    status_in_canada: str | None = None
    lives_in_canada: bool | None = None
    accompanying: bool | None = None


@dataclass(frozen=True, slots=True)
class Relative:
    relation: str
    status: str | None = None
    age: int | None = None


@dataclass(frozen=True, slots=True)
class Parent:
    relation: str | None = None
    canadian_at_client_birth: bool | None = None
    canadian_by: str | None = None
    days_in_canada_before_client_birth: int | None = None


@dataclass(frozen=True, slots=True)
class Minor:
    accompanied_by_parent_or_guardian: bool | None = None
    parent_or_guardian_in_canada_or_us: bool | None = None


@dataclass(frozen=True, slots=True)
class CanadianDocuments:
    valid_visa_or_permit: bool | None = None


@dataclass(frozen=True, slots=True)
class CanadaEntry:
    mode: str | None = None
    date: datetime.date | None = None
    claim_made_on: datetime.date | None = None
    # The first entry into Canada after 24 June 2020 (Bill C-12's one-year bar counts from it, even
    # if the client left and came back); the same as ``date`` when that is the only entry. (The
    # ``date`` field shadows the type inside this class, hence the module's name for it.)
    first_entry_date: datetime.date | None = None


@dataclass(frozen=True, slots=True)
class LanguageResult:
    """One official-language result: CLB/NCLC levels, or a raw test result to convert.

    ``test_inside_clb`` remembers where a raw result was written (``"clb": {"test": ...}``
    or beside ``language``), so a case file exports the way it came in.
    """

    language: str | None = None
    clb: dict[str, int] | None = None
    test: str | None = None
    scores: dict[str, float] | None = None
    test_inside_clb: bool = True


@dataclass(frozen=True, slots=True)
class SpouseFactors:
    education: str | None = None
    first_language: LanguageResult | None = None
    canadian_work_years: int | None = None


@dataclass(frozen=True, slots=True)
class HumanCapital:
    education: str | None = None
    first_language: LanguageResult | None = None
    second_language: LanguageResult | None = None
    canadian_work_years: int | None = None
    foreign_work_years: int | None = None
    certificate_of_qualification: bool | None = None
    canadian_education: str | None = None
    provincial_nomination: bool | None = None
    spouse: SpouseFactors | None = None
    # Express Entry program eligibility (FSW, CEC, FST): the skilled work, family and money they ask.
    skilled_work_teer: int | None = None
    skilled_work_years_last_10: int | None = None
    canadian_work_years_last_3: int | None = None
    trade_work_years_last_5: int | None = None
    family_size: int | None = None
    settlement_funds_cad: float | None = None


@dataclass(frozen=True, slots=True)
class JobOffer:
    province: str | None = None
    teer: int | None = None


@dataclass(frozen=True, slots=True)
class SelfEmployment:
    cultural_or_athletic_years: int | None = None


@dataclass(frozen=True, slots=True)
class Business:
    net_worth_cad: float | None = None
    designated_org_support: bool | None = None


@dataclass(frozen=True, slots=True)
class Documents:
    """Dates of documents whose validity runs out (each a deadline when known)."""

    passport_expiry: date | None = None
    language_test_date: date | None = None
    police_certificate_date: date | None = None
    medical_exam_date: date | None = None


@dataclass(frozen=True, slots=True)
class ExpressEntryProfile:
    invitation_date: date | None = None  # invitation to apply: the 60-day clock starts
    categories: tuple[str, ...] = ()     # occupational categories the caseworker found the client meets


@dataclass(frozen=True, slots=True)
class Task:
    """A caseworker's own deadline for the client (e.g. "collect the parent's birth certificate")."""

    title: str
    due: date
    note: str | None = None
    tag: str | None = None


@dataclass(frozen=True, slots=True)
class CaseFacts:
    client: Identity = field(default_factory=Identity)
    # For the three lists, None means "not asked yet" and () means "asked: none".
    us_status: tuple[UsStatus, ...] | None = None
    partner: Partner | None = None
    relatives_in_canada: tuple[Relative, ...] | None = None
    parents: tuple[Parent, ...] | None = None
    grandparent_born_in_canada: bool | None = None
    minor: Minor | None = None
    canadian_documents: CanadianDocuments | None = None
    death_penalty_exposure: bool | None = None
    canada_entry: CanadaEntry | None = None
    human_capital: HumanCapital | None = None
    job_offer: JobOffer | None = None
    intends_quebec: bool | None = None
    self_employment: SelfEmployment | None = None
    business: Business | None = None
    notes: str | None = None  # the caseworker's free-text notes; not a fact the rules read
    documents: Documents | None = None
    express_entry: ExpressEntryProfile | None = None
    tasks: tuple[Task, ...] = ()
