"""Case facts to table rows and back.

Writing goes through plain row dicts so a batch of thousands of clients becomes one
``executemany`` per table; reading gathers each table's rows for a set of clients at once.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..clock import Clock
from ..domain import summary
from ..domain.facts import (
    Business, CanadaEntry, CanadianDocuments, CaseFacts, Documents, ExpressEntryProfile, HumanCapital, Identity,
    JobOffer, LanguageResult, Minor, Parent, Partner, Relative, SelfEmployment, SpouseFactors, Task, UsStatus,
)
from ..domain.vocab import ABILITIES
from .models import (
    BusinessRow, CanadaEntryRow, CanadianDocumentsRow, Client, DocumentsRow, ExpressEntryRow, HumanCapitalRow,
    JobOfferRow, LanguageResultRow, MinorRow, ParentRow, PartnerRow, RelativeRow, SelfEmploymentRow,
    SpouseFactorsRow, TaskRow, UsStatusRow,
)

Rows = dict[type, list[dict[str, Any]]]


def client_columns(facts: CaseFacts) -> dict[str, Any]:
    """The client row's own columns, derived ones included (no id, no timestamps)."""
    c = facts.client
    return {
        "given_names": c.given_names,
        "family_name": c.family_name,
        "date_of_birth": c.date_of_birth,
        "country_of_birth": c.country_of_birth,
        "citizenships": list(c.citizenships),
        "marital_status": c.marital_status,
        "a_number": c.a_number,
        "languages": list(c.languages),
        "grandparent_born_in_canada": facts.grandparent_born_in_canada,
        "death_penalty_exposure": facts.death_penalty_exposure,
        "intends_quebec": facts.intends_quebec,
        "notes": facts.notes,
        "us_status_known": facts.us_status is not None,
        "relatives_known": facts.relatives_in_canada is not None,
        "parents_known": facts.parents is not None,
        "search_key": summary.search_key(c.given_names, c.family_name, c.a_number),
        "sort_name": summary.sort_name(c.given_names, c.family_name),
        "country": c.citizenships[0] if c.citizenships else c.country_of_birth,
        "status_summary": summary.status_summary(facts),
        "status_expiry": summary.status_expiry(facts),
    }


def _language_row(client_id: int, holder: str, lang: LanguageResult) -> dict[str, Any]:
    values = lang.scores if lang.test is not None else lang.clb
    row = {"client_id": client_id, "holder": holder, "language": lang.language, "test": lang.test,
           "test_inside_clb": lang.test_inside_clb}
    for ability in ABILITIES:
        row[ability] = values.get(ability) if values else None
    return row


def child_rows(client_id: int, f: CaseFacts, rows: Rows | None = None) -> Rows:
    """Append the rows of every section of ``f`` (for client ``client_id``) to ``rows``."""
    rows = rows if rows is not None else defaultdict(list)
    cid = {"client_id": client_id}
    for i, s in enumerate(f.us_status or ()):
        rows[UsStatusRow].append(cid | {"position": i, "kind": s.kind, "program": s.program,
                                        "country": s.country, "valid_until": s.valid_until})
    for i, r in enumerate(f.relatives_in_canada or ()):
        rows[RelativeRow].append(cid | {"position": i, "relation": r.relation, "status": r.status, "age": r.age})
    for i, p in enumerate(f.parents or ()):
        rows[ParentRow].append(cid | {
            "position": i, "relation": p.relation, "canadian_at_client_birth": p.canadian_at_client_birth,
            "canadian_by": p.canadian_by,
            "days_in_canada_before_client_birth": p.days_in_canada_before_client_birth})
    if f.partner is not None:
        p = f.partner
        rows[PartnerRow].append(cid | {
            "relationship": p.relationship, "since": p.since, "status_in_canada": p.status_in_canada,
            "lives_in_canada": p.lives_in_canada, "accompanying": p.accompanying})
    if f.minor is not None:
        rows[MinorRow].append(cid | {
            "accompanied_by_parent_or_guardian": f.minor.accompanied_by_parent_or_guardian,
            "parent_or_guardian_in_canada_or_us": f.minor.parent_or_guardian_in_canada_or_us})
    if f.canadian_documents is not None:
        rows[CanadianDocumentsRow].append(cid | {"valid_visa_or_permit": f.canadian_documents.valid_visa_or_permit})
    if f.canada_entry is not None:
        e = f.canada_entry
        rows[CanadaEntryRow].append(cid | {"mode": e.mode, "date": e.date, "claim_made_on": e.claim_made_on})
    hc = f.human_capital
    if hc is not None:
        rows[HumanCapitalRow].append(cid | {
            "education": hc.education, "canadian_work_years": hc.canadian_work_years,
            "foreign_work_years": hc.foreign_work_years,
            "certificate_of_qualification": hc.certificate_of_qualification,
            "canadian_education": hc.canadian_education, "provincial_nomination": hc.provincial_nomination})
        if hc.first_language is not None:
            rows[LanguageResultRow].append(_language_row(client_id, "applicant_first", hc.first_language))
        if hc.second_language is not None:
            rows[LanguageResultRow].append(_language_row(client_id, "applicant_second", hc.second_language))
        if hc.spouse is not None:
            rows[SpouseFactorsRow].append(cid | {"education": hc.spouse.education,
                                                 "canadian_work_years": hc.spouse.canadian_work_years})
            if hc.spouse.first_language is not None:
                rows[LanguageResultRow].append(_language_row(client_id, "spouse_first", hc.spouse.first_language))
    if f.job_offer is not None:
        rows[JobOfferRow].append(cid | {"province": f.job_offer.province, "teer": f.job_offer.teer})
    if f.self_employment is not None:
        rows[SelfEmploymentRow].append(
            cid | {"cultural_or_athletic_years": f.self_employment.cultural_or_athletic_years})
    if f.business is not None:
        rows[BusinessRow].append(cid | {"net_worth_cad": f.business.net_worth_cad,
                                        "designated_org_support": f.business.designated_org_support})
    if f.documents is not None:
        d = f.documents
        rows[DocumentsRow].append(cid | {
            "passport_expiry": d.passport_expiry, "language_test_date": d.language_test_date,
            "police_certificate_date": d.police_certificate_date, "medical_exam_date": d.medical_exam_date})
    if f.express_entry is not None:
        rows[ExpressEntryRow].append(cid | {"invitation_date": f.express_entry.invitation_date})
    for i, t in enumerate(f.tasks):
        rows[TaskRow].append(cid | {"position": i, "title": t.title, "due": t.due, "note": t.note, "tag": t.tag})
    return rows


# --- rows -> facts ----------------------------------------------------------------------------

def _language(row: LanguageResultRow | None) -> LanguageResult | None:
    if row is None:
        return None
    raw = {a: getattr(row, a) for a in ABILITIES}
    present = {a: v for a, v in raw.items() if v is not None}
    if row.test is not None:
        return LanguageResult(row.language, None, row.test, present or None, row.test_inside_clb)
    return LanguageResult(row.language, {a: int(v) for a, v in present.items()} or None)


def _known(known: bool, items) -> tuple | None:
    items = tuple(items)
    return items if known or items else None


def _number(value: float | None) -> float | int | None:
    return int(value) if value is not None and float(value).is_integer() else value


def load_facts(session: Session, ids: Iterable[int]) -> dict[int, CaseFacts]:
    """The facts of the given clients, by id (clients that do not exist are left out)."""
    ids = list(ids)
    out: dict[int, CaseFacts] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update(_load_chunk(session, chunk))
    return out


def _by_client(session: Session, model: type, ids: list[int], ordered: bool = False) -> dict[int, list]:
    stmt = select(model).where(model.client_id.in_(ids))
    if ordered:
        stmt = stmt.order_by(model.client_id, model.position)
    grouped: dict[int, list] = defaultdict(list)
    for row in session.scalars(stmt):
        grouped[row.client_id].append(row)
    return grouped


def _load_chunk(session: Session, ids: list[int]) -> dict[int, CaseFacts]:
    clients = session.scalars(select(Client).where(Client.id.in_(ids))).all()
    statuses = _by_client(session, UsStatusRow, ids, ordered=True)
    relatives = _by_client(session, RelativeRow, ids, ordered=True)
    parents = _by_client(session, ParentRow, ids, ordered=True)
    tasks = _by_client(session, TaskRow, ids, ordered=True)
    one = {m: {cid: rows[0] for cid, rows in _by_client(session, m, ids).items()} for m in (
        PartnerRow, MinorRow, CanadianDocumentsRow, CanadaEntryRow, HumanCapitalRow, SpouseFactorsRow,
        JobOfferRow, SelfEmploymentRow, BusinessRow, DocumentsRow, ExpressEntryRow)}
    languages: dict[tuple[int, str], LanguageResultRow] = {
        (row.client_id, row.holder): row
        for rows in _by_client(session, LanguageResultRow, ids).values() for row in rows
    }
    out = {}
    for c in clients:
        cid = c.id
        p = one[PartnerRow].get(cid)
        m = one[MinorRow].get(cid)
        d = one[CanadianDocumentsRow].get(cid)
        e = one[CanadaEntryRow].get(cid)
        h = one[HumanCapitalRow].get(cid)
        sp = one[SpouseFactorsRow].get(cid)
        j = one[JobOfferRow].get(cid)
        se = one[SelfEmploymentRow].get(cid)
        b = one[BusinessRow].get(cid)
        docs = one[DocumentsRow].get(cid)
        ee = one[ExpressEntryRow].get(cid)
        out[cid] = CaseFacts(
            client=Identity(
                given_names=c.given_names, family_name=c.family_name, date_of_birth=c.date_of_birth,
                country_of_birth=c.country_of_birth, citizenships=tuple(c.citizenships or ()),
                marital_status=c.marital_status, a_number=c.a_number, languages=tuple(c.languages or ())),
            us_status=_known(c.us_status_known, (UsStatus(s.kind, s.program, s.country, s.valid_until)
                                                for s in statuses.get(cid, ()))),
            partner=p and Partner(p.relationship, p.since, p.status_in_canada, p.lives_in_canada, p.accompanying),
            relatives_in_canada=_known(c.relatives_known, (Relative(r.relation, r.status, r.age)
                                                           for r in relatives.get(cid, ()))),
            parents=_known(c.parents_known, (Parent(x.relation, x.canadian_at_client_birth, x.canadian_by,
                                                    x.days_in_canada_before_client_birth)
                                             for x in parents.get(cid, ()))),
            grandparent_born_in_canada=c.grandparent_born_in_canada,
            minor=m and Minor(m.accompanied_by_parent_or_guardian, m.parent_or_guardian_in_canada_or_us),
            canadian_documents=d and CanadianDocuments(d.valid_visa_or_permit),
            death_penalty_exposure=c.death_penalty_exposure,
            canada_entry=e and CanadaEntry(e.mode, e.date, e.claim_made_on),
            human_capital=h and HumanCapital(
                education=h.education,
                first_language=_language(languages.get((cid, "applicant_first"))),
                second_language=_language(languages.get((cid, "applicant_second"))),
                canadian_work_years=h.canadian_work_years, foreign_work_years=h.foreign_work_years,
                certificate_of_qualification=h.certificate_of_qualification,
                canadian_education=h.canadian_education, provincial_nomination=h.provincial_nomination,
                spouse=sp and SpouseFactors(sp.education, _language(languages.get((cid, "spouse_first"))),
                                            sp.canadian_work_years)),
            job_offer=j and JobOffer(j.province, j.teer),
            intends_quebec=c.intends_quebec,
            self_employment=se and SelfEmployment(se.cultural_or_athletic_years),
            business=b and Business(_number(b.net_worth_cad), b.designated_org_support),
            notes=c.notes,
            documents=docs and Documents(docs.passport_expiry, docs.language_test_date,
                                         docs.police_certificate_date, docs.medical_exam_date),
            express_entry=ee and ExpressEntryProfile(ee.invitation_date),
            tasks=tuple(Task(t.title, t.due, t.note, t.tag) for t in tasks.get(cid, ())),
        )
    return out


def stamp(clock: Clock) -> datetime:
    """The clock's time as stored: UTC, without time zone (portable across databases), to the second."""
    return clock.now().astimezone(UTC).replace(tzinfo=None, microsecond=0)
