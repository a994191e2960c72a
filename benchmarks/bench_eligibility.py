"""Eligibility at scale. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_eligibility.py --data-dir DIR   # a folder holding a caseload
                                                                     # (bench_foundation.py --keep makes one)

Measures: assessing one client (all 14 pathways), the CRS alone, and `reassess` over every
client in the database (first run: all assessed; second run: after a policy edit).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from casedesk.config import resolve_paths
from casedesk.context import SystemClock
from casedesk.domain.casefile import parse_case
from casedesk.domain.crs import crs_score
from casedesk.domain.eligibility import assess
from casedesk.domain.policydata import PolicyFact
from casedesk.policy.loader import default_policy
from casedesk.policy.source import PolicySource
from casedesk.services.assessments import AssessmentService
from casedesk.services.workspace import open_workspace

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import synthetic_cases  # noqa: E402

TODAY = date(2026, 11, 21)


def per_call_ms(fn, runs: int) -> float:
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(runs):
            fn()
        samples.append((time.perf_counter() - start) / runs * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path)
    opts = parser.parse_args()
    policy = default_policy()
    cases = [parse_case(d) for d in synthetic_cases(200)]
    spec = parse_case(json.loads((Path(__file__).parents[1] / "tests" / "data" / "spec_example.json").read_text()))
    one = per_call_ms(lambda: assess(spec, policy, TODAY), 500)
    print(f"assess one client (14 pathways), spec example: {one:.3f} ms")
    it = iter(cases * 100)
    varied = per_call_ms(lambda: assess(next(it), policy, TODAY), 100)
    print(f"assess one client, varied synthetic cases: {varied:.3f} ms")
    print(f"CRS alone: {per_call_ms(lambda: crs_score(spec, policy, TODAY), 2000):.3f} ms")
    if not opts.data_dir:
        return
    db = open_workspace(resolve_paths(opts.data_dir), clock=SystemClock(TODAY))
    source = PolicySource.of(policy)
    service = AssessmentService(db, source)
    start = time.perf_counter()
    report = service.reassess_all(TODAY)
    print(f"reassess {report.clients:,} clients (first run: {report.first_assessed:,} assessed, "
          f"{len(report.changed):,} changed): {time.perf_counter() - start:.1f} s")
    current = policy.find("program.pgp.open", TODAY)
    edited = policy.with_fact(PolicyFact("program.pgp.open", current.title, True, date(2026, 11, 1), None,
                                         "benchmark edit", "", "S", None, ""), version="bench-edit")
    start = time.perf_counter()
    source.replace(edited)
    report = service.reassess_all(TODAY)
    print(f"reassess {report.clients:,} clients after a policy edit ({len(report.changed):,} changed): "
          f"{time.perf_counter() - start:.1f} s")
    db.close()


if __name__ == "__main__":
    main()
