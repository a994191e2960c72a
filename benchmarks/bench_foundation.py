"""Foundation at scale: 100,000 clients. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_foundation.py [--clients 100000] [--keep DIR]

Measures: JSON Lines import (CLI, end to end), main window's first rows after the database is
open, each search keystroke (query + table reset), peak memory of the window process,
`casedesk --version` and `casedesk list --json` start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_cases  # noqa: E402


def timed_run(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="reuse/keep the data folder here")
    opts = parser.parse_args()
    work = opts.keep or Path(tempfile.mkdtemp(prefix="casedesk-bench-"))
    home = work / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    exe = [sys.executable, "-m", "casedesk"]

    source = work / "clients.jsonl"
    if not source.exists():
        with open(source, "w", encoding="utf-8") as out:
            for doc in synthetic_cases(opts.clients):
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if not (home / "casedesk.sqlite3").exists():
        seconds = timed_run(exe + ["import", str(source), "--data-dir", str(home)], env)
        child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"import {opts.clients:,} clients from JSON Lines (CLI, end to end): {seconds:.1f} s, "
              f"peak memory {child_rss:.0f} MB")

    version = [timed_run(exe + ["--version"], env) for _ in range(5)]
    print(f"casedesk --version: median {statistics.median(version) * 1000:.0f} ms")
    listing = [timed_run(exe + ["list", "--json", "--data-dir", str(home)], env) for _ in range(3)]
    print(f"casedesk list --json ({opts.clients:,} clients): median {statistics.median(listing):.2f} s")
    code = "import sys, casedesk.cli; " \
           "casedesk.cli.main(['list', '--json', '--limit', '1', '--data-dir', sys.argv[1]]);" \
           "print(any(m.startswith('PySide6') for m in sys.modules), file=sys.stderr)"
    qt = subprocess.run([sys.executable, "-c", code, str(home)], capture_output=True, text=True, env=env).stderr
    print(f"casedesk list imports Qt: {qt.strip()}")

    from PySide6.QtWidgets import QApplication

    from casedesk.config import resolve_paths
    from casedesk.context import SystemClock
    from casedesk.policy.source import PolicySource
    from casedesk.services.bundle import Services
    from casedesk.services.workspace import open_workspace
    from casedesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    clock = SystemClock()
    db = open_workspace(resolve_paths(home), clock=clock)
    start = time.perf_counter()
    window = MainWindow(Services(db, PolicySource.packaged()), None, clock)
    window.show()
    app.processEvents()
    first_rows = time.perf_counter() - start
    print(f"main window shows first rows ({window.model.rowCount()} of {window.model.total:,}): "
          f"{first_rows * 1000:.0f} ms after the database is open")

    timings = []
    for word in ("lefevre", "nguyen", "maria", "a", "A1000", "zzzq"):
        window.search.clear()
        window.apply_search()
        typed = ""
        for ch in word:
            typed += ch
            window.search.setText(typed)
            t0 = time.perf_counter()
            window.apply_search()
            app.processEvents()
            timings.append((time.perf_counter() - t0, typed, window.model.total))
    worst = max(timings)
    ms = sorted(t * 1000 for t, _, _ in timings)
    print(f"search keystrokes ({len(timings)}): median {statistics.median(ms):.1f} ms, "
          f"p95 {ms[int(len(ms) * 0.95) - 1]:.1f} ms, worst {worst[0] * 1000:.1f} ms "
          f"({worst[1]!r}, {worst[2]:,} matches)")
    for _ in range(20):  # scroll: fetch 20 more pages
        window.model.fetchMore()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"window process peak memory (RSS): {rss:.0f} MB")
    window.close()
    db.close()
    print(f"data folder: {work}")


if __name__ == "__main__":
    main()
