"""Loading a policy update and re-assessing the caseload with it. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_policy_update.py [N]     # N synthetic clients (default 5,000)

Makes a fresh caseload of N synthetic clients in a temporary folder (deadlines computed on import,
assessed once), then times: checking an update file whole (read, shapes, version), storing it,
re-assessing every client with it (verdicts, status ends and open deadlines compared with what was
stored, deadlines stored again), and the return to the shipped data with its re-assessment. The
update moves Haiti's and El Salvador's TPS end dates.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from casedesk.config import resolve_paths
from casedesk.context import SystemClock
from casedesk.domain.casefile import parse_case
from casedesk.policy.loader import packaged_policy_path
from casedesk.policy.source import PolicySource
from casedesk.services.bundle import Services
from casedesk.services.workspace import open_workspace

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import synthetic_cases  # noqa: E402

TODAY = date(2026, 12, 2)


def update_file(folder: Path) -> Path:
    doc = json.loads(packaged_policy_path().read_text("utf-8"))
    doc["version"] = "2026-12-02.9"
    for country, end in (("ht", "2027-08-03"), ("sv", "2027-09-09")):
        new = None
        for fact in doc["facts"]:
            if fact["id"] == f"tps.{country}.designation_end" and fact["until"] is None:
                fact["until"] = "2026-12-01"
                new = dict(fact, value=end, effective="2026-12-01", until=None, source_title="Benchmark notice",
                           verified_on="2026-12-02")
        doc["facts"].append(new)
    path = folder / "update.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_workspace(resolve_paths(folder / "home"), clock=SystemClock(TODAY))
        services = Services(db, PolicySource.packaged())
        cases = [parse_case(d) for d in synthetic_cases(n, 7, TODAY)]
        start = time.perf_counter()
        for facts in cases:
            services.clients.add(facts, as_of=TODAY)
        print(f"{n:,} clients added in {time.perf_counter() - start:.1f} s")
        services.assessments.reassess_all(TODAY)
        path = update_file(folder)

        start = time.perf_counter()
        services.policy_updates.read(path)
        print(f"check the update file whole: {(time.perf_counter() - start) * 1000:.0f} ms")
        start = time.perf_counter()
        change = services.policy_updates.load(path)
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        report = services.assessments.reassess_all(TODAY)
        reassessed = time.perf_counter() - start
        print(f"load (check + store): {loaded * 1000:.0f} ms; {len(change.diff.facts)} facts changed")
        print(f"re-assess {report.clients:,} clients with it: {reassessed:.1f} s; {len(report.changed):,} affected "
              f"({sum(1 for c in report.changed if c.status_end):,} status ends moved, "
              f"{sum(len(c.deadlines) for c in report.changed):,} deadlines moved)")
        start = time.perf_counter()
        services.policy_updates.revert()
        report = services.assessments.reassess_all(TODAY)
        print(f"revert + re-assess: {time.perf_counter() - start:.1f} s; {len(report.changed):,} affected")
        from casedesk.services.assessments import AssessmentService

        verdicts_only = AssessmentService(db, services.policy)  # without the deadline comparison, for scale
        start = time.perf_counter()
        verdicts_only.reassess_all(TODAY)
        print(f"re-assess verdicts only (no deadlines compared or stored): {time.perf_counter() - start:.1f} s")
        db.close()


if __name__ == "__main__":
    main()
