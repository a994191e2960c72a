"""Import throughput in-process: the services path the CLI and the window use. Prints figures.

    .venv/bin/python benchmarks/bench_import.py [--clients 20000] [--runs 3]

Each run imports the same synthetic JSON Lines file into a fresh SQLite file (``import_file``:
validation, clients and their sections, deadlines, and whatever else an import records), and
prints the median, in wall-clock seconds and in this process's CPU seconds (the steadier figure
on a machine shared with other work). Run it on two commits to compare them.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_cases  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    opts = parser.parse_args()

    from datetime import date

    from casedesk.config import resolve_paths
    from casedesk.context import SystemClock
    from casedesk.policy.source import PolicySource
    from casedesk.services.casefiles import import_file
    from casedesk.services.workspace import open_workspace

    with tempfile.TemporaryDirectory(prefix="casedesk-bench-import-") as tmp:
        work = Path(tmp)
        source = work / "clients.jsonl"
        with open(source, "w", encoding="utf-8") as out:
            for doc in synthetic_cases(opts.clients):
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        seconds, cpu = [], []
        for run in range(opts.runs):
            db = open_workspace(resolve_paths(work / f"home{run}"), clock=SystemClock(date(2026, 11, 21)))
            try:
                start, start_cpu = time.perf_counter(), time.process_time()
                result = import_file(db, source, policy=PolicySource.packaged(), as_of=date(2026, 11, 21))
                seconds.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
                assert len(result.ids) == opts.clients
            finally:
                db.close()
        rate = opts.clients / statistics.median(seconds)
        print(f"import {opts.clients:,} clients in-process: median {statistics.median(seconds):.2f} s "
              f"({rate:,.0f} clients/s); runs: {', '.join(f'{s:.2f}' for s in seconds)}; "
              f"CPU median {statistics.median(cpu):.2f} s")


if __name__ == "__main__":
    main()
