"""Deadlines at scale. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_deadlines.py --data-dir DIR   # a caseload imported with `casedesk import`

Measures `casedesk upcoming --within 45 --json` end to end, the same query in-process, the
morning summary counts, the .ics export, and (once the UI is present) the Upcoming view opening;
with ``--recompute``, first the recompute of every deadline that a policy update triggers.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casedesk.config import resolve_paths  # noqa: E402
from casedesk.context import SystemClock  # noqa: E402
from casedesk.policy.source import PolicySource  # noqa: E402
from casedesk.services.deadlines import DeadlineService  # noqa: E402
from casedesk.services.workspace import open_workspace  # noqa: E402

TODAY = date(2026, 11, 21)


def best_of(fn, runs: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--maintained", action="store_true",
                        help="first mark done every deadline overdue by more than 30 days, as a caseworker who "
                             "works the list would have (the generated caseload's statuses mostly ended in 2025)")
    parser.add_argument("--recompute", action="store_true",
                        help="first time recomputing every deadline, with its stored words (what a policy update "
                             "or a new words stamp costs)")
    opts = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    db = open_workspace(resolve_paths(opts.data_dir), clock=SystemClock(TODAY))
    service = DeadlineService(db, PolicySource.packaged())
    if opts.recompute:
        start = time.perf_counter()
        count = service.refresh_all(TODAY)
        print(f"recompute every client's deadlines ({count:,} clients): {time.perf_counter() - start:.1f} s")
    service.ensure_current(TODAY)
    if opts.maintained:
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO deadline_state (client_id, key, state, done_on, updated_at) "
                "SELECT client_id, key, 'done', ?, ? FROM deadline WHERE due < ?",
                (TODAY.isoformat(), "2026-11-21 08:00:00", date.fromordinal(TODAY.toordinal() - 30).isoformat()))
            conn.exec_driver_sql("UPDATE deadline SET visible_from = '9999-12-31' WHERE due < ?",
                                 (date.fromordinal(TODAY.toordinal() - 30).isoformat(),))
    with db.engine.connect() as conn:
        clients = conn.exec_driver_sql("SELECT count(*) FROM client").scalar()
        total = conn.exec_driver_sql("SELECT count(*) FROM deadline").scalar()
    print(f"caseload: {clients:,} clients, {total:,} deadlines")

    cmd = [sys.executable, "-m", "casedesk", "upcoming", "--within", "45", "--as-of", TODAY.isoformat(),
           "--json", "--data-dir", str(opts.data_dir)]
    db.close()  # as a command would find it: no other connection open
    runs = []
    for _ in range(7):
        start = time.perf_counter()
        out = subprocess.run(cmd, check=True, capture_output=True, env=env).stdout
        runs.append(time.perf_counter() - start)
    print(f"casedesk upcoming --within 45 --json (end to end, {out.count(b'client_id'):,} rows, "
          f"{len(out) / 1e6:.1f} MB): median {statistics.median(runs) * 1000:.0f} ms, best {min(runs) * 1000:.0f} ms, "
          f"worst {max(runs) * 1000:.0f} ms over {len(runs)} runs")
    version = [sys.executable, "-m", "casedesk", "--version"]
    seconds, _ = best_of(lambda: subprocess.run(version, check=True, capture_output=True, env=env), 5)
    print(f"  for scale, `casedesk --version` (Python start-up and argument parsing): {seconds * 1000:.0f} ms")
    db = open_workspace(resolve_paths(opts.data_dir), clock=SystemClock(TODAY))
    service = DeadlineService(db, PolicySource.packaged())
    seconds, rows = best_of(lambda: service.upcoming(TODAY, 45))
    print(f"upcoming(within 45) in-process query: {seconds * 1000:.0f} ms for {len(rows):,} rows")
    seconds, rows = best_of(lambda: service.upcoming(TODAY, 45, limit=500))
    print(f"first 500 rows of it (what the view shows first): {seconds * 1000:.1f} ms")
    seconds, summary = best_of(lambda: service.summary(TODAY))
    print(f"morning summary counts {summary}: {seconds * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        from casedesk.services.calendar_export import export_ics
        from casedesk.services.settings import SettingsService

        start = time.perf_counter()
        count = export_ics(service, SettingsService(db), Path(tmp) / "d.ics", TODAY)
        print(f"ics export of {count:,} open deadlines: {time.perf_counter() - start:.1f} s")
    try:
        from PySide6.QtWidgets import QApplication

        from casedesk.ui.upcoming import UpcomingView
    except ImportError:
        db.close()
        return
    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    view = UpcomingView(service, lambda: TODAY)
    view.show()
    app.processEvents()
    print(f"Upcoming view opens with {view.model.rowCount():,} rows: {(time.perf_counter() - start) * 1000:.0f} ms")
    view.close()
    db.close()


if __name__ == "__main__":
    main()
