"""A letter quotes a saved assessment and says which: on a real SQLite file, PDFs read back.

The letter reuses the client's latest saved assessment while it still describes the client (the
same day, the same policy version, the same facts), and otherwise saves a new one with the letter,
which then shows in the client's history.
"""

from __future__ import annotations

import copy
import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from casedesk.domain.casefile import parse_case
from casedesk.domain.errors import LetterError
from casedesk.policy.loader import load_policy
from casedesk.policy.source import PolicySource
from casedesk.services.assessments import AssessmentService
from casedesk.services.audit import AuditService
from casedesk.services.clients import ClientService
from casedesk.services.letters import LetterService

from helpers import minimal_case, shipped

TODAY = date(2026, 11, 21)
SPS, CIT = "spousal_sponsorship", "citizenship_certificate"
POLICY_FILE = Path(__file__).resolve().parents[1] / "resources" / "policy" / "policy.json"


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(path).pages).replace("\u00a0", " ")


def _assessment_rows(db) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM assessment").scalar()


def _stored_letters(db) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "SELECT client_id, kind, assessment_id, policy_version FROM letter ORDER BY id")]


@pytest.fixture
def client(db, spec_case):
    """The format's example client (married to a Canadian citizen): both letters fit."""
    return ClientService(db, shipped()).add(parse_case(spec_case), as_of=TODAY)


def test_the_letter_names_the_assessment_it_quotes_and_it_is_in_the_history(db, client, tmp_path):
    letters, assessments = LetterService(db, shipped()), AssessmentService(db, shipped())
    version = shipped().current.version
    assert assessments.history(client) == []

    record = letters.produce(client, SPS, "en", tmp_path / "a.pdf", TODAY)

    [past] = assessments.past(client)
    assert (record.assessment_id, record.policy_version) == (past.id, version)
    assert (past.as_of, past.policy_version) == (TODAY, version)
    assert past.assessment is not None and past.assessment.verdicts()[SPS] == "promising"
    assert _stored_letters(db) == [(client, SPS, past.id, version)]
    assert letters.history(client) == [record]
    assert f"Our assessment of 21 November 2026 (policy data {version}) rates this route promising" \
        in _pdf_text(tmp_path / "a.pdf")
    entry = AuditService(db).trail(client)[0]
    assert (entry.action, entry.field) == ("letter", SPS)
    assert entry.new == {"language": "en", "reference": record.reference, "assessment_id": past.id,
                         "policy_version": version}


def test_a_second_letter_the_same_day_with_the_same_facts_reuses_the_assessment(db, client, tmp_path):
    letters = LetterService(db, shipped())
    first = letters.produce(client, SPS, "en", tmp_path / "a.pdf", TODAY)
    second = letters.produce(client, CIT, "fr", tmp_path / "b.pdf", TODAY)
    third = letters.produce(client, SPS, "fr", tmp_path / "c.pdf", TODAY)
    assert first.assessment_id == second.assessment_id == third.assessment_id is not None
    assert _assessment_rows(db) == 1
    assert "Notre évaluation du 21 novembre 2026" in _pdf_text(tmp_path / "b.pdf")


def test_an_assessment_saved_by_hand_the_same_day_is_the_one_quoted(db, client, tmp_path):
    AssessmentService(db, shipped()).assess_client(client, TODAY)  # Routes to Canada, or `casedesk assess ID`
    [saved] = AssessmentService(db, shipped()).history(client)
    record = LetterService(db, shipped()).produce(client, SPS, "en", tmp_path / "a.pdf", TODAY)
    assert record.assessment_id == saved.id and _assessment_rows(db) == 1


def test_the_reused_assessment_gives_the_letter_a_fresh_one_would(db, client, tmp_path):
    letters = LetterService(db, shipped())
    fresh = {(kind, lang): letters.content(client, kind, lang, TODAY).text() for kind in (SPS, CIT)
             for lang in ("en", "fr")}
    assert _assessment_rows(db) == 0  # a preview saves nothing
    letters.produce(client, SPS, "en", tmp_path / "a.pdf", TODAY)
    for (kind, lang), text in fresh.items():  # now quoted from the saved result, read back
        assert letters.content(client, kind, lang, TODAY).text() == text
    assert _assessment_rows(db) == 1


def test_after_an_edit_the_letter_saves_a_new_assessment(db, client, spec_case, tmp_path):
    clients, letters, assessments = ClientService(db, shipped()), LetterService(db, shipped()), \
        AssessmentService(db, shipped())
    first = letters.produce(client, SPS, "en", tmp_path / "a.pdf", TODAY)
    edited = copy.deepcopy(spec_case)
    edited["partner"]["relationship"] = "common_law"
    clients.update(client, parse_case(edited), clients.get(client).version, as_of=TODAY)

    second = letters.produce(client, SPS, "en", tmp_path / "b.pdf", TODAY)
    assert second.assessment_id != first.assessment_id
    assert [p.id for p in assessments.past(client)] == [second.assessment_id, first.assessment_id]
    assert "common-law partner" in _pdf_text(tmp_path / "b.pdf")
    # Putting the facts back as they were is a third state of the file, but the same facts: the latest
    # assessment is the one for the edit, so a new one is made again rather than an older one dug up.
    clients.update(client, parse_case(spec_case), clients.get(client).version, as_of=TODAY)
    third = letters.produce(client, SPS, "en", tmp_path / "c.pdf", TODAY)
    assert third.assessment_id not in (first.assessment_id, second.assessment_id)
    assert _assessment_rows(db) == 3


def test_another_day_or_other_policy_data_makes_a_new_assessment(db, client, tmp_path):
    letters = LetterService(db, shipped())
    first = letters.produce(client, SPS, "en", tmp_path / "a.pdf", TODAY)
    tomorrow = letters.produce(client, SPS, "en", tmp_path / "b.pdf", TODAY + timedelta(days=1))
    assert tomorrow.assessment_id != first.assessment_id

    data = json.loads(POLICY_FILE.read_text(encoding="utf-8"))
    data["version"] = "2026-11-22.9"
    edited = tmp_path / "policy.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    other = LetterService(db, PolicySource(edited))
    record = other.produce(client, SPS, "en", tmp_path / "c.pdf", TODAY + timedelta(days=1))
    assert (record.policy_version, AssessmentService(db, shipped()).past(client)[0].policy_version) == (
        "2026-11-22.9", "2026-11-22.9")
    assert record.assessment_id not in (first.assessment_id, tomorrow.assessment_id)
    assert "(policy data 2026-11-22.9)" in _pdf_text(tmp_path / "c.pdf")
    assert load_policy(edited).version == "2026-11-22.9"


def test_an_assessment_saved_before_facts_were_fingerprinted_is_not_reused(db, client, tmp_path):
    AssessmentService(db, shipped()).assess_client(client, TODAY)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE assessment SET facts_digest = NULL")  # as migration 0013 leaves older rows
    record = LetterService(db, shipped()).produce(client, SPS, "en", tmp_path / "a.pdf", TODAY)
    assert _assessment_rows(db) == 2 and record.assessment_id == AssessmentService(db, shipped()).past(client)[0].id


def test_a_letter_that_does_not_fit_saves_no_assessment(db, tmp_path):
    single = ClientService(db, shipped()).add(parse_case(minimal_case(marital_status="single")), as_of=TODAY)
    with pytest.raises(LetterError, match="partner"):
        LetterService(db, shipped()).produce(single, SPS, "en", tmp_path / "x.pdf", TODAY)
    assert _assessment_rows(db) == 0 and _stored_letters(db) == [] and not (tmp_path / "x.pdf").exists()


def test_batch_letters_quote_each_clients_own_assessment_and_reuse_it(db, client, spec_case, tmp_path):
    clients = ClientService(db, shipped())
    other_doc = copy.deepcopy(spec_case)
    other_doc["client"]["given_names"] = "Lucía"
    other_doc["client"]["a_number"] = "A987654321"  # another person
    other = clients.add(parse_case(other_doc), as_of=TODAY)
    single = clients.add(parse_case(minimal_case(marital_status="single")), as_of=TODAY)
    letters, assessments = LetterService(db, shipped()), AssessmentService(db, shipped())

    (tmp_path / "one").mkdir()
    first = letters.batch([client, single, other], SPS, "en", tmp_path / "one", TODAY)
    assert [r.client_id for r in first.produced] == [client, other] and [s[0] for s in first.skipped] == [single]
    for record in first.produced:
        [past] = assessments.past(record.client_id)
        assert (record.assessment_id, record.policy_version) == (past.id, past.policy_version)
    assert assessments.history(single) == []

    (tmp_path / "two").mkdir()
    second = letters.batch([client, other], SPS, "fr", tmp_path / "two", TODAY)
    assert [r.assessment_id for r in second.produced] == [r.assessment_id for r in first.produced]
    assert _assessment_rows(db) == 2 and len(_stored_letters(db)) == 4


def test_undoing_a_deletion_keeps_the_letter_on_its_assessment(db, client, spec_case, tmp_path):
    clients, letters, assessments = ClientService(db, shipped()), LetterService(db, shipped()), \
        AssessmentService(db, shipped())
    letters.produce(client, SPS, "en", tmp_path / "a.pdf", TODAY)
    clients.delete([client])
    # SQLite gives the freed highest id to the next row: another client's assessment takes it meanwhile.
    newcomer = clients.add(parse_case(spec_case), as_of=TODAY)
    taken = letters.produce(newcomer, SPS, "en", tmp_path / "b.pdf", TODAY)

    clients.restore([client], as_of=TODAY)
    [letter] = letters.history(client)
    [past] = assessments.past(client)
    assert letter.assessment_id == past.id != taken.assessment_id
    assert letters.history(newcomer)[0].assessment_id == taken.assessment_id == assessments.past(newcomer)[0].id
    # and the restored letter still reuses it: same day, same policy, same facts
    assert letters.produce(client, CIT, "en", tmp_path / "c.pdf", TODAY).assessment_id == past.id


def test_letters_recorded_before_0013_keep_nulls(tmp_path, spec_case):
    """Down to 0012 (the columns go) and up again: the older letter names no assessment, the older
    assessment has no digest and is not reused, and nothing else is lost."""
    from alembic import command
    from sqlalchemy import create_engine

    from casedesk.config import resolve_paths
    from casedesk.services.workspace import open_workspace
    from casedesk.storage.database import _alembic_config, head_revision

    from helpers import fixed_clock

    paths = resolve_paths(tmp_path / "home")
    db = open_workspace(paths, clock=fixed_clock())
    cid = ClientService(db, shipped()).add(parse_case(spec_case), as_of=TODAY)
    LetterService(db, shipped()).produce(cid, SPS, "en", tmp_path / "a.pdf", TODAY)
    db.close()
    engine = create_engine(f"sqlite:///{paths.database_file}")
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0012")
    engine.dispose()
    with sqlite3.connect(paths.database_file) as conn:
        assert "assessment_id" not in [row[1] for row in conn.execute("PRAGMA table_info(letter)")]

    db = open_workspace(paths, clock=fixed_clock())
    try:
        assert db.revision() == head_revision() == "0017"
        letters = LetterService(db, shipped())
        [old] = letters.history(cid)
        assert (old.kind, old.file_name, old.assessment_id, old.policy_version) == (SPS, "a.pdf", None, None)
        new = letters.produce(cid, SPS, "en", tmp_path / "b.pdf", TODAY)
        assert new.assessment_id is not None and _assessment_rows(db) == 2
    finally:
        db.close()
    with sqlite3.connect(paths.database_file) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
