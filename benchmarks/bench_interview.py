"""How long each Next of the interview holds the GUI thread, for demo clients. Prints figures; asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_interview.py [--clients 5] [--rounds 3]

For each client the interview is opened on their facts and walked with Next to its last page, timing
each ``QWizard.next`` with the events it posts. The raw baseline, measured in the same run, is the
median Next to an ordinary question page; the figure that matters is the Next to the last page (the
assessment and the routes laid out), and the part of it that is the assessment alone.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

TODAY = date(2026, 11, 21)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    from casedesk.clock import FixedClock
    from casedesk.config import resolve_paths
    from casedesk.policy.source import PolicySource
    from casedesk.services.bundle import Services
    from casedesk.services.demo import seed_demo
    from casedesk.services.workspace import open_workspace
    from casedesk.ui.interview import InterviewWizard

    paths = resolve_paths(Path(tempfile.mkdtemp(prefix="bench-interview-")))
    paths.ensure()
    db = open_workspace(paths, clock=FixedClock(TODAY))
    services = Services(db, PolicySource.packaged())
    seed_demo(db, TODAY, services.policy)
    a = services.assessments
    rows, _total = services.clients.page("", limit=args.clients)
    ordinary: list[float] = []
    last: list[float] = []
    assess: list[float] = []
    for _ in range(args.rounds):
        for row in rows:
            facts = services.clients.get(row.id).facts
            wizard = InterviewWizard(facts, lambda f: a.assess_facts(f, TODAY), lambda f: a.crs(f, TODAY), TODAY,
                                     None, status_end=lambda f: a.status_end(f, TODAY))
            wizard.resize(1000, 640)
            wizard.show()
            app.processEvents()
            while wizard.nextId() != -1:
                final = wizard.page(wizard.nextId()).isFinalPage()
                start = time.perf_counter()
                wizard.next()
                app.processEvents()
                (last if final else ordinary).append(time.perf_counter() - start)
            start = time.perf_counter()
            a.assess_facts(facts, TODAY)
            a.crs(facts, TODAY)
            assess.append(time.perf_counter() - start)
            wizard.close()
            wizard.deleteLater()
            app.processEvents()
    ms = lambda values: f"median {statistics.median(values) * 1000:6.0f} ms, max {max(values) * 1000:6.0f} ms"  # noqa: E731
    print(f"baseline: Next to a question page   {ms(ordinary)}  ({len(ordinary)} steps)")
    print(f"Next to the last page (routes)      {ms(last)}  ({len(last)} steps)")
    print(f"  of which the assessment and CRS   {ms(assess)}")
    db.close()


if __name__ == "__main__":
    main()
