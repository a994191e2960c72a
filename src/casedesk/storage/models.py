"""The database schema.

A client's facts are one document: the ``casedesk.case/1`` case file exactly as
``domain.casefile`` writes it, in the ``case_json`` column, read back by the same reader. Its
shape is declared once, in ``domain/casefields.py``; nothing here repeats it, so a new fact
needs no table, mapping or migration. Beside the document the client row keeps the few columns
the caseload lists, searches and sorts by in SQL at any size (``search_key``, ``sort_name``,
``country``, ``status_summary``, ``status_expiry``, ``next_deadline``, the best pathway); they
are derived from the facts and rewritten whenever the facts are (``mapping.client_columns``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text,
    UniqueConstraint,
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
    if TYPE_CHECKING:
        __table__: ClassVar[Table]  # each model maps one Table (DeclarativeBase says any FromClause)


def _client_ref() -> Mapped[int]:
    return mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)


class Client(Base):
    __tablename__ = "client"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_json: Mapped[dict[str, Any]] = mapped_column(JSON)  # the case file; see the module docstring

    # Derived from the facts on every write; see the module docstring.
    given_names: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="")
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
    # The day the client's file was closed (record-keeping, not a fact of the case: it is not in the
    # case file); the retention period runs from it. NULL: open.
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __mapper_args__ = {"version_id_col": version_id}
    # Covering index for search: matching scans this narrow index, not the wide table.
    __table_args__ = (Index("ix_client_search", "search_key", "sort_name"),)


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
    # The whole result, as ``PathwayResult.record()`` per pathway; NULL on rows saved before 0012.
    results: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)
    # ``domain.casefile.facts_digest`` of the facts assessed: a letter reuses the assessment while
    # the facts are the same. NULL on rows saved before 0013 (never reused).
    facts_digest: Mapped[str | None] = mapped_column(String(64), nullable=True)


class DeadlineRow(Base):
    """A dated deadline computed from the facts and the policy data; regenerated when either changes."""

    __tablename__ = "deadline"
    # Stored in (visible_from, due) order, without SQLite's rowid: "what is open by this date" over
    # the whole caseload, the question asked every morning, then reads neighbouring pages rather
    # than one page per deadline (about twice as fast at 300,000 deadlines).
    # ix_deadline_open lets the counts (summary, calendar) be read from the index alone.
    __table_args__ = (PrimaryKeyConstraint("visible_from", "due", "client_id", "key"),
                      UniqueConstraint("client_id", "key"),
                      Index("ix_deadline_open", "visible_from", "due", "kind", "tag"),
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
    # Title, basis and caveats as message codes with parameters (JSON, ``Deadline.messages()``), for
    # words in any language; title, basis and caveat above are their English words, kept so the
    # quick read answers without rendering. NULL: computed before 0011, until the next recompute.
    messages: Mapped[str | None] = mapped_column(Text)

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
    """A referral letter produced for a client: which, in what language, when, under what file name,
    and the saved assessment it quotes (with that assessment's policy version; NULL before 0013)."""

    __tablename__ = "letter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = _client_ref()
    kind: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(5))
    produced_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(80))
    file_name: Mapped[str] = mapped_column(String(400))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    assessment_id: Mapped[int | None] = mapped_column(ForeignKey("assessment.id", ondelete="SET NULL"), index=True)
    policy_version: Mapped[str | None] = mapped_column(String(40))


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
    actor: Mapped[str] = mapped_column(String(200))  # the caseworker's name, from their own settings
    # Who the server authenticated (PostgreSQL's current_user, set by a trigger of 0016); NULL on SQLite.
    db_user: Mapped[str | None] = mapped_column(String(200))
    client_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    field: Mapped[str | None] = mapped_column(Text)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    # The seal (``auditchain.py``, migration 0015): ``digest`` of the row's content with its random
    # ``salt``, and ``chain``, which links that digest to the previous row's chain. A purge sets
    # old_value, new_value and salt to NULL and keeps digest and chain, so the chain still verifies.
    salt: Mapped[str | None] = mapped_column(String(32))
    digest: Mapped[str | None] = mapped_column(String(80))
    chain: Mapped[str | None] = mapped_column(String(64))


class AuditHeadRow(Base):
    """One row (id 1): the newest audit row's id and chain. Appending locks it (``FOR UPDATE`` on a
    server database), so two writers never chain onto the same row; ``--verify`` also compares it
    with the table's last row, which catches the newest rows removed without it being rewritten."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    chain: Mapped[str] = mapped_column(String(64), default="")


class PolicyUpdateRow(Base):
    """A policy update loaded into the caseload (``action`` "load", with its document), or the return to
    the shipped data ("revert", no document). The policy in use is the newest active load when it is
    newer than the shipped data; a revert makes every load inactive. Rows are kept: they are the trail
    of who brought which law in, and when."""

    __tablename__ = "policy_update"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[str] = mapped_column(String(10))
    version: Mapped[str] = mapped_column(String(40))
    published: Mapped[date | None] = mapped_column(Date)
    loaded_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    loaded_by: Mapped[str] = mapped_column(Text, default="")
    document: Mapped[str | None] = mapped_column(Text)  # the update file's JSON, as checked
    active: Mapped[bool] = mapped_column(Boolean, default=False)
