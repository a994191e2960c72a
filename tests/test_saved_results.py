"""An assessment keeps its whole result (codes with parameters, missing facts, cited sources) and reads
back as it was made; one saved before CaseDesk kept results (verdicts only) still loads."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine

from casedesk.domain.casefile import parse_case
from casedesk.services.assessments import AssessmentService
from casedesk.services.clients import ClientService
from casedesk.storage.database import _alembic_config, open_database
from casedesk.text import render, render_all

from helpers import fixed_clock, shipped

AS_OF = date(2026, 11, 21)


def test_a_saved_assessment_reads_back_as_it_was_made(db, spec_case):
    cid = ClientService(db, shipped()).add(parse_case(spec_case), as_of=AS_OF)
    service = AssessmentService(db, shipped())
    made = service.assess_client(cid, AS_OF)
    [past] = service.past(cid)
    assert past.verdicts == made.verdicts() and past.as_of == AS_OF
    kept = past.assessment
    assert kept is not None and kept.policy_version == made.policy_version
    for before, after in zip(made.pathways, kept.pathways, strict=True):
        assert (after.id, after.verdict, after.summary, after.reasons, after.missing, after.next_steps) == (
            before.id, before.verdict, before.summary, before.reasons, before.missing, before.next_steps)
        # The sources are kept by policy-fact id and named again from the policy data.
        assert after.sources == before.sources
    spousal = next(p for p in kept.pathways if p.id == "spousal_sponsorship")
    assert render(spousal.summary) == "Sponsorship by their Canadian partner: the strongest route"
    # What is stored is data, not words.
    raw = service.history(cid)[0].results
    assert raw is not None and "Sponsorship by" not in json.dumps(raw)
    assert raw[0]["summary"][0] == made.pathways[0].summary.code  # [code] or [code, params]
    assert all(isinstance(s, str) for p in raw for s in p.get("sources", ()))


def _database_at(path: Path, revision: str) -> None:
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)
    engine.dispose()


def test_an_assessment_saved_before_results_were_kept_still_loads(tmp_path):
    path = tmp_path / "old.sqlite3"
    _database_at(path, "0009")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO client (id, given_names, family_name, citizenships, languages, us_status_known, "
            "relatives_known, parents_known, search_key, sort_name, status_summary, created_at, updated_at, "
            "version_id) VALUES (3, 'Ana', 'Gómez', '[]', '[]', 1, 0, 0, 'ana gomez', 'gomez, ana', '', "
            "'2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)")
        conn.execute("INSERT INTO assessment (client_id, as_of, policy_version, created_at, verdicts) VALUES "
                     "(3, '2026-06-01', '2026-05-01.1', '2026-06-01 09:00:00', ?)",
                     (json.dumps({"spousal_sponsorship": "needs_info", "investor": "unavailable"}),))
    db = open_database(path, backups_dir=tmp_path / "backups", clock=fixed_clock())
    try:
        service = AssessmentService(db, shipped())
        [old] = service.past(3)
        assert old.verdicts == {"spousal_sponsorship": "needs_info", "investor": "unavailable"}
        assert old.assessment is None  # its verdicts only: nothing to show beyond them
        service.assess_client(3, AS_OF)
        new, older = service.past(3)
        assert new.assessment is not None and older.assessment is None
    finally:
        db.close()


def test_a_result_kept_as_english_sentences_reads_as_those_sentences(db, spec_case):
    """A result written with words rather than codes (by hand, or by a build before the codes) is shown
    as it was written."""
    cid = ClientService(db, shipped()).add(parse_case(spec_case), as_of=AS_OF)
    service = AssessmentService(db, shipped())
    service.assess_client(cid, AS_OF)
    saved = service.history(cid)[0]
    sentences = [{"id": "investor", "verdict": "unavailable", "summary": "Federal investor class: closed",
                  "reasons": ["The federal Immigrant Investor class has been closed since 2014-06-19."],
                  "missing": [], "next_steps": [], "sources": ["program.federal_investor.closed"]}]
    kept = service.load(saved._replace(results=sentences))
    assert kept is not None
    [investor] = kept.pathways
    assert render(investor.summary) == "Federal investor class: closed"
    assert render_all(investor.reasons) == sentences[0]["reasons"]
    assert investor.sources[0].title  # named from the policy data
    assert service.load(saved._replace(results=[{"id": "investor"}])) is None  # unreadable: logged, not raised
