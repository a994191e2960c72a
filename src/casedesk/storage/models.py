"""The database schema: one typed ORM class per section of the case file.

A one-to-one section (partner, human capital, ...) is a row keyed by ``client_id`` that exists
only when the section is known; lists (U.S. statuses, relatives, parents) keep their order in
``position``. The client row also carries a few derived columns (``search_key``,
``status_summary``, ``status_expiry``, ``next_deadline``) so the caseload can be searched and
sorted in SQL at any size; they are rewritten whenever the facts are.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData, PrimaryKeyConstraint, String,
    Text, UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints, so batch migrations on SQLite can find and alter them.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _client_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("client.id", ondelete="CASCADE"), primary_key=True)


def _client_ref() -> Mapped[int]:
    return mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)


class Client(Base):
    __tablename__ = "client"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    given_names: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    country_of_birth: Mapped[str | None] = mapped_column(String(2))
    citizenships: Mapped[list[str]] = mapped_column(JSON, default=list)
    marital_status: Mapped[str | None] = mapped_column(String(20))
    a_number: Mapped[str | None] = mapped_column(String(20))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    grandparent_born_in_canada: Mapped[bool | None] = mapped_column(Boolean)
    death_penalty_exposure: Mapped[bool | None] = mapped_column(Boolean)
    intends_quebec: Mapped[bool | None] = mapped_column(Boolean)
    notes: Mapped[str | None] = mapped_column(Text)
    # Whether each list was asked about at all: no rows + False means unknown, + True means none.
    us_status_known: Mapped[bool] = mapped_column(Boolean, default=False)
    relatives_known: Mapped[bool] = mapped_column(Boolean, default=False)
    parents_known: Mapped[bool] = mapped_column(Boolean, default=False)

    # Derived from the facts on every write; see the module docstring.
    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_name: Mapped[str] = mapped_column(String(400), default="", index=True)
    country: Mapped[str | None] = mapped_column(String(2), index=True)  # first citizenship, else birth
    status_summary: Mapped[str] = mapped_column(String(200), default="")
    status_expiry: Mapped[date | None] = mapped_column(Date, index=True)
    next_deadline: Mapped[date | None] = mapped_column(Date, index=True)
    best_pathway: Mapped[str | None] = mapped_column(String(40))  # from the latest assessment
    best_verdict: Mapped[str | None] = mapped_column(String(20))

    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}
    # Covering index for search: matching scans this narrow index, not the wide table.
    __table_args__ = (Index("ix_client_search", "search_key", "sort_name"),)


class UsStatusRow(Base):
    __tablename__ = "us_status"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = _client_ref()
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    program: Mapped[str | None] = mapped_column(String(10))
    country: Mapped[str | None] = mapped_column(String(2))
    valid_until: Mapped[date | None] = mapped_column(Date)


class PartnerRow(Base):
    __tablename__ = "partner"

    client_id: Mapped[int] = _client_fk()
    relationship: Mapped[str | None] = mapped_column(String(20))
    since: Mapped[date | None] = mapped_column(Date)
    status_in_canada: Mapped[str | None] = mapped_column(String(30))
    lives_in_canada: Mapped[bool | None] = mapped_column(Boolean)
    accompanying: Mapped[bool | None] = mapped_column(Boolean)


class RelativeRow(Base):
    __tablename__ = "relative_in_canada"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = _client_ref()
    position: Mapped[int] = mapped_column(Integer)
    relation: Mapped[str] = mapped_column(String(30))
    status: Mapped[str | None] = mapped_column(String(30))
    age: Mapped[int | None] = mapped_column(Integer)


class ParentRow(Base):
    __tablename__ = "parent"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = _client_ref()
    position: Mapped[int] = mapped_column(Integer)
    relation: Mapped[str | None] = mapped_column(String(10))
    canadian_at_client_birth: Mapped[bool | None] = mapped_column(Boolean)
    canadian_by: Mapped[str | None] = mapped_column(String(20))
    days_in_canada_before_client_birth: Mapped[int | None] = mapped_column(Integer)


class MinorRow(Base):
    __tablename__ = "minor"

    client_id: Mapped[int] = _client_fk()
    accompanied_by_parent_or_guardian: Mapped[bool | None] = mapped_column(Boolean)
    parent_or_guardian_in_canada_or_us: Mapped[bool | None] = mapped_column(Boolean)


class CanadianDocumentsRow(Base):
    __tablename__ = "canadian_documents"

    client_id: Mapped[int] = _client_fk()
    valid_visa_or_permit: Mapped[bool | None] = mapped_column(Boolean)


class CanadaEntryRow(Base):
    __tablename__ = "canada_entry"

    client_id: Mapped[int] = _client_fk()
    mode: Mapped[str | None] = mapped_column(String(20))
    date: Mapped[date | None] = mapped_column(Date)
    claim_made_on: Mapped[date | None] = mapped_column(Date)


class HumanCapitalRow(Base):
    __tablename__ = "human_capital"

    client_id: Mapped[int] = _client_fk()
    education: Mapped[str | None] = mapped_column(String(20))
    canadian_work_years: Mapped[int | None] = mapped_column(Integer)
    foreign_work_years: Mapped[int | None] = mapped_column(Integer)
    certificate_of_qualification: Mapped[bool | None] = mapped_column(Boolean)
    canadian_education: Mapped[str | None] = mapped_column(String(30))
    provincial_nomination: Mapped[bool | None] = mapped_column(Boolean)


class SpouseFactorsRow(Base):
    __tablename__ = "spouse_factors"

    client_id: Mapped[int] = _client_fk()
    education: Mapped[str | None] = mapped_column(String(20))
    canadian_work_years: Mapped[int | None] = mapped_column(Integer)


class LanguageResultRow(Base):
    """A language result; ``holder`` says whose and which: applicant_first, applicant_second, spouse_first."""

    __tablename__ = "language_result"
    __table_args__ = (UniqueConstraint("client_id", "holder"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = _client_ref()
    holder: Mapped[str] = mapped_column(String(20))
    language: Mapped[str | None] = mapped_column(String(10))
    test: Mapped[str | None] = mapped_column(String(20))
    test_inside_clb: Mapped[bool] = mapped_column(Boolean, default=True)
    speaking: Mapped[float | None] = mapped_column(Float)
    listening: Mapped[float | None] = mapped_column(Float)
    reading: Mapped[float | None] = mapped_column(Float)
    writing: Mapped[float | None] = mapped_column(Float)


class JobOfferRow(Base):
    __tablename__ = "job_offer"

    client_id: Mapped[int] = _client_fk()
    province: Mapped[str | None] = mapped_column(String(2))
    teer: Mapped[int | None] = mapped_column(Integer)


class SelfEmploymentRow(Base):
    __tablename__ = "self_employment"

    client_id: Mapped[int] = _client_fk()
    cultural_or_athletic_years: Mapped[int | None] = mapped_column(Integer)


class BusinessRow(Base):
    __tablename__ = "business"

    client_id: Mapped[int] = _client_fk()
    net_worth_cad: Mapped[float | None] = mapped_column(Float)
    designated_org_support: Mapped[bool | None] = mapped_column(Boolean)


class DocumentsRow(Base):
    __tablename__ = "documents"

    client_id: Mapped[int] = _client_fk()
    passport_expiry: Mapped[date | None] = mapped_column(Date)
    language_test_date: Mapped[date | None] = mapped_column(Date)
    police_certificate_date: Mapped[date | None] = mapped_column(Date)
    medical_exam_date: Mapped[date | None] = mapped_column(Date)


class ExpressEntryRow(Base):
    __tablename__ = "express_entry_profile"

    client_id: Mapped[int] = _client_fk()
    invitation_date: Mapped[date | None] = mapped_column(Date)


class TaskRow(Base):
    __tablename__ = "task"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = _client_ref()
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    due: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    tag: Mapped[str | None] = mapped_column(String(40))


# Tables whose rows hang off a client, in the order they are written.
CHILD_TABLES = (
    UsStatusRow, PartnerRow, RelativeRow, ParentRow, MinorRow, CanadianDocumentsRow,
    CanadaEntryRow, HumanCapitalRow, SpouseFactorsRow, LanguageResultRow, JobOfferRow,
    SelfEmploymentRow, BusinessRow, DocumentsRow, ExpressEntryRow, TaskRow,
)


class AssessmentRow(Base):
    """One eligibility assessment of a client: when, against which policy version, what it concluded."""

    __tablename__ = "assessment"
    __table_args__ = (Index("ix_assessment_client_latest", "client_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    as_of: Mapped[date] = mapped_column(Date)
    policy_version: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    verdicts: Mapped[dict[str, str]] = mapped_column(JSON)  # pathway id -> verdict
    # The whole result, as ``PathwayResult.record()`` per pathway; NULL on rows saved before 0011.
    results: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)


class DeadlineRow(Base):
    """A dated deadline computed from the facts and the policy data; regenerated when either changes."""

    __tablename__ = "deadline"
    # Stored in (visible_from, due) order, without SQLite's rowid: "what is open by this date" over
    # the whole caseload, the question asked every morning, then reads neighbouring pages rather
    # than one page per deadline (about twice as fast at 300,000 deadlines).
    # ix_deadline_open lets the counts (summary, calendar) be read from the index alone.
    __table_args__ = (PrimaryKeyConstraint("visible_from", "due", "client_id", "key"),
                      UniqueConstraint("client_id", "key"), Index("ix_deadline_open", "visible_from", "due", "kind", "tag"),
                      {"sqlite_with_rowid": False})

    # The key's columns come first, in its order: SQLite 3.40's integrity_check wrongly reports
    # NULLs in a WITHOUT ROWID table whose key columns are not its leading columns.
    # visible_from is copied from deadline_state so "what is open today" is one range of the key:
    # the day the deadline shows (ALWAYS when open, the snooze date when snoozed, NEVER when done).
    visible_from: Mapped[date] = mapped_column(Date)
    due: Mapped[date] = mapped_column(Date)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    basis: Mapped[str] = mapped_column(Text)
    source_id: Mapped[str | None] = mapped_column(String(80))
    source_title: Mapped[str | None] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(Text)
    source_confirmed: Mapped[bool] = mapped_column(Boolean, default=True)
    caveat: Mapped[str | None] = mapped_column(Text)
    cliff: Mapped[bool] = mapped_column(Boolean, default=False)
    tag: Mapped[str | None] = mapped_column(String(40))  # a caseworker task's tag
    # The client's names when the deadline was computed, which is at every save of the client's
    # facts: the caseload-wide list reads them here instead of one client row per deadline.
    given_names: Mapped[str] = mapped_column(String(200), server_default="")
    family_name: Mapped[str] = mapped_column(String(200), server_default="")

    # Identity for the ORM: a deadline is the client's deadline with that key, wherever it is stored.
    __mapper_args__ = {"primary_key": [client_id, key]}


class DeadlineStateRow(Base):
    """The caseworker's handling of a deadline (done, snoozed); kept when deadlines are regenerated."""

    __tablename__ = "deadline_state"

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    state: Mapped[str] = mapped_column(String(10))  # open, done, snoozed
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class SettingRow(Base):
    """A user setting declared in services/settings.py (key, type, default, label)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class LetterRow(Base):
    """A referral letter produced for a client: which, in what language, when, under what file name."""

    __tablename__ = "letter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = _client_ref()
    kind: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(5))
    produced_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(80))
    file_name: Mapped[str] = mapped_column(String(400))
    created_at: Mapped[datetime] = mapped_column(DateTime)


# Rows that record what was done for a client: kept when the facts are rewritten.
HISTORY_TABLES = (AssessmentRow, DeadlineRow, DeadlineStateRow, LetterRow)


class AuditRow(Base):
    """One entry of the append-only audit trail: who did what to which client, when.

    ``client_id`` has no foreign key on purpose: the trail outlives the client (a deletion is
    itself an entry). Migration 0007 adds triggers that refuse UPDATE and DELETE of these rows.
    ``old_value`` / ``new_value`` are JSON text (NULL: none). They hold client facts, so they live
    only here, inside the database (which is what gets encrypted), never in logs or other files.
    """

    __tablename__ = "audit"
    __table_args__ = (Index("ix_audit_client_id_id", "client_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    actor: Mapped[str] = mapped_column(String(200))
    client_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    field: Mapped[str | None] = mapped_column(Text)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
