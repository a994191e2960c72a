"""A caseload as the 0009 schema held it (one table per section of the case file), written with
SQLAlchemy Core so the same rows go into SQLite and PostgreSQL; and the case files they hold."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

STAMP = {"created_at": datetime(2025, 1, 1), "updated_at": datetime(2025, 2, 1), "version_id": 4}
NO_FACTS = {"date_of_birth": None, "country_of_birth": None, "citizenships": [], "marital_status": None,
            "a_number": None, "languages": [], "grandparent_born_in_canada": None, "death_penalty_exposure": None,
            "intends_quebec": None, "notes": None, "country": None, "status_summary": "", "status_expiry": None,
            "next_deadline": None, "best_pathway": None, "best_verdict": None}

CLIENTS = [
    # 7: a row in every section table. 8: asked about nothing (a spouse row without human capital,
    # which the old loader never read). 9: asked about the lists, none.
    STAMP | {"id": 7, "given_names": "María José", "family_name": "Pérez Núñez", "date_of_birth": date(1994, 5, 2),
             "country_of_birth": "VE", "citizenships": ["VE"], "marital_status": "married", "a_number": "A123456789",
             "languages": ["es", "en"], "grandparent_born_in_canada": False, "death_penalty_exposure": False,
             "intends_quebec": True, "notes": "Sister in Montréal.\nCall Mondays.", "us_status_known": True,
             "relatives_known": True, "parents_known": True, "search_key": "maria jose perez nunez a123456789",
             "sort_name": "perez nunez, maria jose", "country": "VE", "status_summary": "parole:CHNV",
             "status_expiry": date(2025, 4, 24), "next_deadline": date(2026, 3, 1), "best_pathway": "express_entry",
             "best_verdict": "possible"},
    STAMP | NO_FACTS | {"id": 8, "given_names": "Ana", "family_name": "Gómez", "us_status_known": False,
                        "relatives_known": False, "parents_known": False, "search_key": "ana gomez",
                        "sort_name": "gomez, ana"},
    STAMP | NO_FACTS | {"id": 9, "given_names": "", "family_name": "Li", "us_status_known": True,
                        "relatives_known": True, "parents_known": True, "search_key": "li", "sort_name": "li"},
]


def _ability(speaking, listening, reading, writing) -> dict[str, float | None]:
    return {"speaking": speaking, "listening": listening, "reading": reading, "writing": writing}


SECTIONS: dict[str, list[dict[str, Any]]] = {
    "us_status": [
        {"client_id": 7, "position": 1, "kind": "tps", "program": None, "country": "VE", "valid_until": None},
        {"client_id": 7, "position": 0, "kind": "parole", "program": "CHNV", "country": None,
         "valid_until": date(2025, 4, 24)},
        {"client_id": 7, "position": 2, "kind": "ead", "program": None, "country": None,
         "valid_until": date(2026, 3, 1)}],
    "partner": [{"client_id": 7, "relationship": "spouse", "since": date(2019, 6, 1), "status_in_canada": "citizen",
                 "lives_in_canada": True, "accompanying": False}],
    "relative_in_canada": [{"client_id": 7, "position": 0, "relation": "brother", "status": "permanent_resident",
                            "age": 34}],
    "parent": [{"client_id": 7, "position": 0, "relation": "mother", "canadian_at_client_birth": True,
                "canadian_by": "birth_in_canada", "days_in_canada_before_client_birth": None}],
    "minor": [{"client_id": 7, "accompanied_by_parent_or_guardian": False,
               "parent_or_guardian_in_canada_or_us": None}],
    "canadian_documents": [{"client_id": 7, "valid_visa_or_permit": False}],
    "canada_entry": [{"client_id": 7, "mode": "between_ports", "date": date(2026, 10, 1), "claim_made_on": None}],
    "human_capital": [{"client_id": 7, "education": "master", "canadian_work_years": 0, "foreign_work_years": 3,
                       "certificate_of_qualification": False, "canadian_education": "none",
                       "provincial_nomination": False}],
    "spouse_factors": [{"client_id": 7, "education": "bachelor", "canadian_work_years": 1},
                       {"client_id": 8, "education": "none", "canadian_work_years": 0}],
    "language_result": [
        {"client_id": 7, "holder": "applicant_first", "language": "english", "test": "ielts_general",
         "test_inside_clb": False} | _ability(7.5, 8.0, 6.5, 7.0),
        {"client_id": 7, "holder": "applicant_second", "language": "french", "test": None,
         "test_inside_clb": True} | _ability(7.0, 7.0, None, 6.0),
        {"client_id": 7, "holder": "spouse_first", "language": None, "test": "tef_canada",
         "test_inside_clb": True} | _ability(400.0, 300.0, 250.0, 380.0)],
    "job_offer": [{"client_id": 7, "province": "QC", "teer": 1}],
    "self_employment": [{"client_id": 7, "cultural_or_athletic_years": 0}],
    "business": [{"client_id": 7, "net_worth_cad": 250000.5, "designated_org_support": True}],
    "documents": [{"client_id": 7, "passport_expiry": date(2027, 3, 31), "language_test_date": date(2025, 6, 1),
                   "police_certificate_date": None, "medical_exam_date": date(2026, 2, 1)}],
    "express_entry_profile": [{"client_id": 7, "invitation_date": date(2026, 10, 1)}],
    "task": [
        {"client_id": 7, "position": 1, "title": "Translate the birth certificate", "due": date(2026, 12, 1),
         "note": None, "tag": None},
        {"client_id": 7, "position": 0, "title": "Collect the mother's birth certificate", "due": date(2026, 11, 30),
         "note": "Ask the aunt", "tag": "documents"}],
}


def _kind(values: list[Any]) -> sa.types.TypeEngine | None:
    known = [v for v in values if v is not None]
    if not known:
        return None
    v = known[0]
    if isinstance(v, bool):
        return sa.Boolean()
    if isinstance(v, datetime):
        return sa.DateTime()
    if isinstance(v, date):
        return sa.Date()
    if isinstance(v, (list, dict)):
        return sa.JSON()
    return None


def insert(conn: sa.Connection, name: str, rows: list[dict[str, Any]]) -> None:
    columns = [sa.column(key, _kind([r[key] for r in rows])) for key in rows[0]]
    conn.execute(sa.table(name, *columns).insert(), rows)


def fill(conn: sa.Connection) -> None:
    """Clients 7, 8 and 9 of a database at revision 0009."""
    insert(conn, "client", CLIENTS)
    for name, rows in SECTIONS.items():
        insert(conn, name, rows)


def expected_7() -> dict[str, Any]:
    """Client 7's case file, as CaseDesk writes it."""
    doc = json.loads((Path(__file__).parent / "data" / "spec_example.json").read_text(encoding="utf-8"))
    doc["intends_quebec"] = True
    doc["minor"] = {"accompanied_by_parent_or_guardian": False, "parent_or_guardian_in_canada_or_us": None}
    hc = doc["human_capital"]
    hc["first_language"] = {"language": "english", "test": "ielts_general",
                            "scores": {"speaking": 7.5, "listening": 8, "reading": 6.5, "writing": 7}}
    hc["second_language"] = {"language": "french", "clb": {"speaking": 7, "listening": 7, "writing": 6}}
    hc["spouse"] = {"education": "bachelor", "canadian_work_years": 1, "first_language": {
        "clb": {"test": "tef_canada", "scores": {"speaking": 400, "listening": 300, "reading": 250, "writing": 380}}}}
    doc["job_offer"] = {"province": "QC", "teer": 1}
    doc["business"] = {"net_worth_cad": 250000.5, "designated_org_support": True}
    doc["notes"] = "Sister in Montréal.\nCall Mondays."
    doc["documents"] = {"passport_expiry": "2027-03-31", "language_test_date": "2025-06-01",
                        "police_certificate_date": None, "medical_exam_date": "2026-02-01"}
    doc["express_entry"] = {"invitation_date": "2026-10-01"}
    doc["tasks"] = [{"title": "Collect the mother's birth certificate", "due": "2026-11-30", "note": "Ask the aunt",
                     "tag": "documents"},
                    {"title": "Translate the birth certificate", "due": "2026-12-01", "note": None, "tag": None}]
    return doc


def expected_8() -> dict[str, Any]:
    sections = ("us_status", "partner", "relatives_in_canada", "parents", "grandparent_born_in_canada", "minor",
                "canadian_documents", "death_penalty_exposure", "canada_entry", "human_capital", "job_offer",
                "intends_quebec", "self_employment", "business")
    return {"format": "casedesk.case/1", "client": {
        "given_names": "Ana", "family_name": "Gómez", "date_of_birth": None, "country_of_birth": None,
        "citizenships": [], "marital_status": None, "a_number": None, "languages": []}} | dict.fromkeys(sections)
