"""The sealed audit trail at scale: checking it, and purging a client (which rewrites the file). Prints
figures beside a raw baseline measured in the same run; asserts nothing.

    .venv/bin/python benchmarks/bench_audit_chain.py [--clients 20000] [--edits 10]

A caseload of N synthetic clients is imported (one audit entry each), then each gets ``--edits``
sealed entries appended through the storage path (``storage.audit.append``). Then:

* ``audit --verify`` (``AuditService.verify``: every digest and link, and the schema compared with
  the expected one) beside a raw baseline: ``sqlite3`` reading the same columns and hashing each row
  once with SHA-256 (the least any check of every row must do);
* the seal's cost when writing: appending the same entries unsealed (a plain INSERT) beside sealed;
* a purge of one client (erasure, VACUUM, WAL truncated) beside a bare ``VACUUM`` of the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_cases  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--edits", type=int, default=10)
    opts = parser.parse_args()

    from casedesk.config import resolve_paths
    from casedesk.context import SystemClock
    from casedesk.policy.source import PolicySource
    from casedesk.services.audit import AuditService
    from casedesk.services.casefiles import import_file
    from casedesk.services.retention import RetentionService
    from casedesk.services.workspace import open_workspace
    from casedesk.storage import audit as store

    today = date(2026, 11, 21)
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-audit-") as tmp:
        work = Path(tmp)
        source = work / "clients.jsonl"
        with open(source, "w", encoding="utf-8") as out:
            for doc in synthetic_cases(opts.clients):
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        db = open_workspace(resolve_paths(work / "home"), clock=SystemClock(today))
        try:
            ids = import_file(db, source, policy=PolicySource.packaged(), as_of=today).ids
            at = datetime(2026, 11, 21, 12)
            rows = [store.entry(at, "bench", cid, "update", "client.notes", f"old {n}", f"new {n}")
                    for n in range(opts.edits) for cid in ids]
            start = time.perf_counter()
            with db.session() as session, session.begin():
                for chunk in range(0, len(rows), 10_000):
                    store.append(session, rows[chunk:chunk + 10_000])
            sealed_s = time.perf_counter() - start
            with sqlite3.connect(work / "plain.sqlite3") as plain:
                plain.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY, at, actor, client_id, action, field, "
                              "old_value, new_value)")
                start = time.perf_counter()
                plain.executemany("INSERT INTO audit (at, actor, client_id, action, field, old_value, new_value) "
                                  "VALUES (:at, :actor, :client_id, :action, :field, :old_value, :new_value)", rows)
                plain.commit()
                unsealed_s = time.perf_counter() - start

            audit = AuditService(db)
            start = time.perf_counter()
            check = audit.verify()
            verify_s = time.perf_counter() - start
            start = time.perf_counter()
            with sqlite3.connect(db.file) as conn:
                for row in conn.execute("SELECT at, actor, client_id, action, field, old_value, new_value, salt, "
                                        "digest, chain FROM audit ORDER BY id"):
                    hashlib.sha256(repr(row).encode()).hexdigest()
            raw_s = time.perf_counter() - start
            size = db.file.stat().st_size

            start = time.perf_counter()
            purged = RetentionService(db).purge(ids[len(ids) // 2])
            purge_s = time.perf_counter() - start
            db.engine.dispose()
            with sqlite3.connect(db.file) as conn:
                start = time.perf_counter()
                conn.execute("VACUUM")
                vacuum_s = time.perf_counter() - start
        finally:
            db.close()
    print(f"caseload: {opts.clients:,} clients, {check.entries:,} audit entries, file {size / 1e6:.0f} MB")
    print(f"append {len(rows):,} entries: sealed {sealed_s:.2f} s, plain INSERT baseline {unsealed_s:.2f} s "
          f"(x{sealed_s / unsealed_s:.1f})")
    print(f"audit --verify: {verify_s:.2f} s ({check.entries / verify_s:,.0f} entries/s), intact={check.intact}; "
          f"raw sqlite3 read + one SHA-256 per row: {raw_s:.2f} s (x{verify_s / raw_s:.1f})")
    print(f"purge one client ({purged.entries_erased} entries erased, scrubbed={purged.scrubbed}): {purge_s:.2f} s; "
          f"bare VACUUM of the same file: {vacuum_s:.2f} s")


if __name__ == "__main__":
    main()
