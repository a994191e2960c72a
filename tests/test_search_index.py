"""The caseload search through the trigram index (SQLite, migration 0017): the same clients, in the
same order, as the LIKE search other databases use; kept in step with every add, rename and delete;
accents and case folded as before; and the quick path (``casedesk list``) finds the same."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from casedesk.domain.casefile import parse_case
from casedesk.services.casefiles import import_file
from casedesk.services.clients import ClientService
from casedesk.storage import clients as store
from casedesk.storage.quickread import open_quick, quick_caseload

from helpers import minimal_case, shipped

TODAY = date(2026, 11, 21)
SYNTHETIC = Path(__file__).resolve().parents[1] / "benchmarks" / "synthetic.py"
QUERIES = ["m", "ma", "mar", "maria", "MARÍA", "lef", "lefevre", "jean m", "je", "201", "201-555", "a2015",
           "ro sa", "zzz", "\"", "ma\"ri", "%", "_a", "o'", "-", "é", "ar ma ia", "x" * 200]

pytestmark = pytest.mark.sqlite_only("the trigram index is SQLite's FTS5; a server searches with LIKE "
                                     "(the same condition, tested through storage.clients.search on both)")


@pytest.fixture
def caseload(db, tmp_path):
    spec = importlib.util.spec_from_file_location("casedesk_synthetic", SYNTHETIC)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    source = tmp_path / "clients.jsonl"
    with open(source, "w", encoding="utf-8") as out:
        for doc in module.synthetic_cases(3_000, today=TODAY):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    import_file(db, source, policy=shipped(), as_of=TODAY)
    return db


def _both(db, query: str, monkeypatch, **options):
    service = ClientService(db, shipped())
    indexed = service.page(query, limit=5_000, **options)
    with monkeypatch.context() as m:
        m.setattr(store, "_indexed", lambda session: False)  # what PostgreSQL runs: LIKE only
        plain = service.page(query, limit=5_000, **options)
    return indexed, plain


@pytest.mark.parametrize("query", QUERIES)
def test_the_index_finds_what_like_finds_in_the_same_order(caseload, monkeypatch, query):
    with caseload.session() as session:
        assert store._indexed(session)
    (rows, total), (like_rows, like_total) = _both(caseload, query, monkeypatch)
    assert total == like_total
    assert [r.id for r in rows] == [r.id for r in like_rows]


@pytest.mark.parametrize("sort", ["name", "country", "status_expiry", "number"])
def test_pages_through_many_matches_sorted_either_way(caseload, monkeypatch, sort):
    for descending in (False, True):
        for query in ("mar", "ma", "lef", "o"):
            first, like_first = _both(caseload, query, monkeypatch, sort=sort, descending=descending)
            assert first == like_first and first[1] > 0
            service = ClientService(caseload, shipped())
            pages = [service.page(query, sort=sort, descending=descending, offset=o, limit=50)[0]
                     for o in range(0, 200, 50)]
            assert [r.id for page in pages for r in page] == [r.id for r in first[0][:200]]


def test_the_index_follows_adds_renames_and_deletes(db):
    service = ClientService(db, shipped())
    cid = service.add(parse_case(minimal_case("Élodie", "Lefèvre")), as_of=TODAY)
    service.add(parse_case(minimal_case("Marc", "Dubois")), as_of=TODAY)
    assert [r.id for r in service.page("lefevre")[0]] == [cid]
    assert [r.id for r in service.page("LEFÈV")[0]] == [cid]  # case and accents folded, as before
    record = service.get(cid)
    service.update(cid, parse_case(minimal_case("Élodie", "Joseph")), record.version, as_of=TODAY)
    assert service.page("lefevre") == ([], 0)
    assert [r.id for r in service.page("joseph elo")[0]] == [cid]
    service.delete([cid])
    assert service.page("joseph") == ([], 0)
    service.restore([cid], as_of=TODAY)  # Edit ▸ Undo puts the client back under its id
    assert [r.id for r in service.page("joseph")[0]] == [cid]
    assert service.count("dubois") == 1
    with sqlite3.connect(db.file) as conn:  # the index holds exactly the client table's search keys
        conn.execute("INSERT INTO client_search(client_search, rank) VALUES ('integrity-check', 1)")


def test_the_quick_path_finds_the_same_clients(caseload):
    service = ClientService(caseload, shipped())
    conn = open_quick(caseload.file)
    assert conn is not None
    try:
        for query in ("maria", "lef", "je", "201555", "ma ri"):
            from casedesk.domain.summary import search_terms

            assert quick_caseload(conn, search_terms(query)) == service.page(query, limit=10_000)[0]
    finally:
        conn.close()
