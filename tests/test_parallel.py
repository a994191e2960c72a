"""Pure per-client work over several processes (services.parallel): the same results, in the same
order, stored the same, as in one process; errors and early stops behave as in one process."""

from __future__ import annotations

import importlib.util
import json
import multiprocessing
import os
import pickle
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from casedesk.config import resolve_paths
from casedesk.domain.casefile import CaseFileError
from casedesk.domain.messages import msg
from casedesk.services import parallel
from casedesk.services.assessments import AssessmentService
from casedesk.services.casefiles import ImportFailed, import_file
from casedesk.services.deadlines import DeadlineService
from casedesk.services.workspace import open_workspace

from helpers import fixed_clock, minimal_case, shipped

TODAY = date(2026, 11, 21)
LATER = date(2027, 4, 2)  # TPS designations and EADs end in between: verdicts and deadlines move
SYNTHETIC = Path(__file__).resolve().parents[1] / "benchmarks" / "synthetic.py"
# Columns that differ between two runs by design: when, and the audit seal's random salt.
UNSTABLE = {"created_at", "updated_at", "at", "salt", "digest", "chain"}


def _square_and_pid(offset: int, chunk: list[int]) -> list[tuple[int, int]]:
    if 13 in chunk:
        raise ValueError("thirteen")
    return [(offset + n * n, os.getpid()) for n in chunk]


def _chunks(numbers: range, size: int) -> list[list[int]]:
    return [list(numbers[i:i + size]) for i in range(0, len(numbers), size)]


def test_results_come_back_in_order_from_other_processes():
    out = [r for chunk in parallel.ordered_map(_square_and_pid, 1, _chunks(range(14, 400), 7), workers=2)
           for r in chunk]
    assert [v for v, _ in out] == [1 + n * n for n in range(14, 400)]
    assert {pid for _, pid in out} - {os.getpid()}, "no chunk ran in another process"
    assert parallel._job is None


def test_one_chunk_or_one_worker_runs_here():
    for chunks, workers in ((_chunks(range(14, 20), 7), 4), (_chunks(range(14, 100), 7), 1)):
        out = [r for chunk in parallel.ordered_map(_square_and_pid, 0, chunks, workers=workers) for r in chunk]
        assert {pid for _, pid in out} == {os.getpid()}


def test_an_error_in_a_worker_reaches_the_caller_and_stops_the_workers():
    results = parallel.ordered_map(_square_and_pid, 0, _chunks(range(0, 400), 5), workers=2)
    with pytest.raises(ValueError, match="thirteen"):
        list(results)
    assert parallel._job is None
    assert not multiprocessing.active_children()


def test_stopping_early_leaves_no_process_behind():
    results = parallel.ordered_map(_square_and_pid, 0, _chunks(range(14, 4000), 5), workers=2)
    next(results)
    results.close()  # what a Cancel raised by the caller's progress does
    assert parallel._job is None
    assert not multiprocessing.active_children()


def test_messages_cross_processes():
    m = msg("deadline.caveat.court_blocked", order="Doe", since=TODAY, inner=msg("x", n=(1, 2)))
    assert pickle.loads(pickle.dumps(m)) == m


@pytest.fixture(scope="module")
def synthetic_file(tmp_path_factory) -> Path:
    spec = importlib.util.spec_from_file_location("casedesk_synthetic", SYNTHETIC)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path_factory.mktemp("cases") / "clients.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for doc in module.synthetic_cases(1_300, today=TODAY):  # three chunks of records, and part of one
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


def _open(home: Path):
    return open_workspace(resolve_paths(home), clock=fixed_clock())


def _rows(home: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(home / "casedesk.sqlite3") as conn:
        out = {}
        for table in ("client", "deadline", "audit", "assessment", "setting"):
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in UNSTABLE]
            out[table] = sorted(conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr)
        return out


def _import_and_reassess(home: Path, source: Path, workers: int) -> tuple[list[int], dict, dict]:
    db = _open(home)
    try:
        policy = shipped()
        ids = import_file(db, source, policy=policy, as_of=TODAY, workers=workers).ids
        service = AssessmentService(db, policy, deadlines=DeadlineService(db, policy))
        first = service.reassess_all(TODAY, workers=workers).as_dict()
        later = service.reassess_all(LATER, workers=workers).as_dict()
    finally:
        db.close()
    return ids, first, later


@pytest.mark.sqlite_only("compares two SQLite files row by row")
def test_an_import_and_reassessments_over_processes_store_what_one_process_stores(tmp_path, synthetic_file,
                                                                                 monkeypatch):
    monkeypatch.delenv("CASEDESK_DATABASE_URL", raising=False)
    one = _import_and_reassess(tmp_path / "one", synthetic_file, workers=1)
    two = _import_and_reassess(tmp_path / "two", synthetic_file, workers=2)
    assert one == two
    ids, first, later = two
    assert len(ids) == 1_300 and first["first_assessed"] == 1_300
    assert later["changed_count"] > 20  # the later day really moved verdicts and deadlines
    with sqlite3.connect(tmp_path / "two" / "casedesk.sqlite3") as conn:  # forked while the writer held it open
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows_one, rows_two = _rows(tmp_path / "one"), _rows(tmp_path / "two")
    assert len(rows_two["deadline"]) > 1_300 and len(rows_two["assessment"]) > 1_300
    assert rows_one == rows_two


def test_an_import_over_processes_on_either_database(db, synthetic_file):
    """The same on a server: forked workers never touch the connection the writer holds."""
    policy = shipped()
    ids = import_file(db, synthetic_file, policy=policy, as_of=TODAY, workers=2).ids
    service = AssessmentService(db, policy, deadlines=DeadlineService(db, policy))
    report = service.reassess_all(LATER, workers=2)
    assert len(ids) == 1_300 and report.clients == 1_300 and report.first_assessed == 1_300
    again = service.reassess_all(LATER, workers=1)
    assert again.first_assessed == 0 and again.changed == []  # nothing left to do: all of it was stored


def _bad_file(tmp_path: Path, json_error_at: int | None) -> Path:
    path = tmp_path / "bad.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for i in range(1, 1_400):
            doc = minimal_case(f"Persona {i}", "Prueba")
            if i in (7, 900):
                doc["client"]["date_of_birth"] = "2031-01-01"  # in the future
            if i in (5, 1_100):
                doc = minimal_case("Persona 5", "Prueba")  # record 1,100 is the same person as record 5
                doc["client"]["a_number"] = "A123456789"
            line = json.dumps(doc, ensure_ascii=False)
            out.write((line[:-3] if i == json_error_at else line) + "\n")
    return path


@pytest.mark.sqlite_only("the same checks on either database: the reading is what is compared")
@pytest.mark.parametrize("json_error_at", [None, 1_200, 3])
def test_a_bad_file_is_refused_the_same_way_over_processes(tmp_path, monkeypatch, json_error_at):
    monkeypatch.delenv("CASEDESK_DATABASE_URL", raising=False)
    source = _bad_file(tmp_path, json_error_at)
    said = []
    for workers in (1, 2):
        home = tmp_path / f"w{workers}"
        db = _open(home)
        try:
            with pytest.raises(CaseFileError) as caught:
                import_file(db, source, policy=shipped(), as_of=TODAY, workers=workers)
        finally:
            db.close()
        exc = caught.value
        said.append((type(exc), exc.record, exc.describe(), getattr(exc, "duplicates", None)))
        assert _rows(home)["client"] == []
    assert said[0] == said[1]
    kind, record, text, duplicates = said[1]
    if json_error_at is None:
        assert kind is ImportFailed and record == 7 and duplicates == 1
        assert "2 more invalid records" in text
    else:
        assert kind is CaseFileError and record == json_error_at



def test_workers_end_with_the_process_that_forked_them(tmp_path, synthetic_file):
    """A command killed (SIGKILL) in the middle of an import leaves no worker behind."""
    import signal
    import subprocess
    import sys
    import time

    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    proc = subprocess.Popen([sys.executable, "-m", "casedesk", "import", str(synthetic_file), "--data-dir",
                             str(tmp_path / "home"), "--as-of", TODAY.isoformat()],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)

    def children() -> set[int]:
        out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(proc.pid)], capture_output=True, text=True)
        return {int(p) for p in out.stdout.split()}

    deadline = time.monotonic() + 60
    while not (workers := children()) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert workers, "the import ended before it started its workers"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(os.path.exists(f"/proc/{pid}") for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if os.path.exists(f"/proc/{pid}")
                and "Z" not in Path(f"/proc/{pid}/stat").read_text().split()[2]], "orphaned workers"


def test_the_number_of_workers_can_be_capped():
    assert parallel.cores({"CASEDESK_WORKERS": "1"}) == 1
    assert parallel.cores({"CASEDESK_WORKERS": "0"}) == 1
    assert parallel.cores({"CASEDESK_WORKERS": "many"}) == parallel.cores({}) >= 1


def test_bytes_that_are_not_utf8_past_a_bad_record_are_told_after_it(tmp_path, monkeypatch):
    """The reader runs ahead of the checking: still the first fault in the file is the one told."""
    monkeypatch.delenv("CASEDESK_DATABASE_URL", raising=False)
    path = tmp_path / "late.jsonl"
    with open(path, "wb") as out:
        for i in range(1, 1_500):
            line = json.dumps(minimal_case(f"Persona {i}", "Prueba")).encode()
            out.write((line[:-2] if i == 20 else line) + b"\n")
        out.write(b'{"format": "casedesk.case/1", "client": {"given_names": "\xff"}}\n')
    said = []
    for workers in (1, 2):
        db = _open(tmp_path / f"w{workers}")
        try:
            with pytest.raises(CaseFileError) as caught:
                import_file(db, path, policy=shipped(), as_of=TODAY, workers=workers)
        finally:
            db.close()
        said.append((caught.value.record, caught.value.describe()))
    assert said[0] == said[1] and said[0][0] == 20


def test_deadline_rows_are_written_in_the_tables_key_order(db, synthetic_file, monkeypatch):
    """SQLite keeps deadline rows in key order (visible from, due, client, key): a batch written in client
    order touched pages all over the table (an import of 100,000 took a sixth longer)."""
    from operator import itemgetter

    from casedesk.storage import bulk
    from casedesk.storage.deadlines import CLUSTER_KEY

    written: list[tuple[list[str], list[tuple]]] = []
    insert = bulk.insert

    def spy(session, table, rows, prepared=None):
        if table.name == "deadline" and prepared is not None:
            written.append(prepared)
        return insert(session, table, rows, prepared)

    monkeypatch.setattr(bulk, "insert", spy)
    policy = shipped()
    import_file(db, synthetic_file, policy=policy, as_of=TODAY, workers=2)
    AssessmentService(db, policy, deadlines=DeadlineService(db, policy)).reassess_all(LATER, workers=2)
    assert len(written) >= 2 and sum(len(rows) for _, rows in written) > 1_300
    for names, rows in written:
        key = itemgetter(*(names.index(c) for c in CLUSTER_KEY))
        assert [key(r) for r in rows] == sorted(key(r) for r in rows)


def test_a_reassessment_reads_each_clients_stored_deadlines_once(db, synthetic_file):
    """What it reports (the dues that moved) and what it rewrites come from one read of the stored rows: each
    read is a lookup into a table kept in due-date order (re-assessing 300,000 clients read them twice)."""
    import re

    from sqlalchemy import event

    policy = shipped()
    import_file(db, synthetic_file, policy=policy, as_of=TODAY, workers=2)
    reads, writes = [], []

    def spy(_conn, _cursor, statement, _parameters, _context, _many):
        if re.match(r'\s*SELECT\b.*\bFROM\s+"?deadline"?\s+WHERE\b', statement, re.DOTALL):
            reads.append(statement)
        elif re.match(r'\s*(DELETE\s+FROM|INSERT\s+INTO)\s+"?deadline"?\s', statement):
            writes.append(statement)

    service = AssessmentService(db, policy, deadlines=DeadlineService(db, policy))
    event.listen(db.engine, "before_cursor_execute", spy)
    try:
        report = service.reassess_all(LATER, workers=2)
        assert report.clients == 1_300 and len(report.changed) > 20  # deadlines moved, and were rewritten
        assert len(reads) == 6 and writes  # one read of the stored rows for each chunk of 250 clients
        reads.clear()
        writes.clear()
        service.reassess_all(LATER, workers=2)
    finally:
        event.remove(db.engine, "before_cursor_execute", spy)
    assert len(reads) == 6 and writes == []  # nothing moved: the rows read first equal the new ones, none rewritten
