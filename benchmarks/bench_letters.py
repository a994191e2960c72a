"""Letters: one letter, and a batch of 500. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_letters.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from casedesk.config import resolve_paths
from casedesk.context import SystemClock
from casedesk.domain.casefile import parse_case
from casedesk.policy.source import PolicySource
from casedesk.services.clients import ClientService
from casedesk.services.letters import LetterService
from casedesk.services.workspace import open_workspace

TODAY = date(2026, 11, 21)
SPEC = Path(__file__).resolve().parents[1] / "tests" / "data" / "spec_example.json"


def main() -> None:
    import json

    with tempfile.TemporaryDirectory() as tmp:
        db = open_workspace(resolve_paths(Path(tmp) / "home"), clock=SystemClock(TODAY))
        base = json.loads(SPEC.read_text(encoding="utf-8"))
        policy = PolicySource.packaged()
        ids = []
        for i in range(500):
            # 500 different people: the duplicate check refuses a second client with the same
            # A-number (or the same names and date of birth), as it would at the desk.
            base["client"]["given_names"] = f"María José {i}"
            base["client"]["a_number"] = f"A{200_000_000 + i:09d}"
            ids.append(ClientService(db, policy).add(parse_case(base), as_of=TODAY))
        service = LetterService(db, policy)
        out = Path(tmp) / "out"
        out.mkdir()
        # The letter dialog's preview (content + PDF in memory, on the window's worker): the first one
        # loads ReportLab and the fonts; the raw baseline beside it is the bare content, without a PDF.
        samples, bare = [], []
        for n in range(11):
            start = time.perf_counter()
            service.pdf(ids[n], "spousal_sponsorship", "en", TODAY)
            samples.append(time.perf_counter() - start)
            start = time.perf_counter()
            service.content(ids[n], "spousal_sponsorship", "en", TODAY)
            bare.append(time.perf_counter() - start)
        print(f"preview (content + PDF in memory): first {samples[0] * 1000:.0f} ms, then median "
              f"{statistics.median(samples[1:]) * 1000:.0f} ms; content alone: median "
              f"{statistics.median(bare[1:]) * 1000:.0f} ms")
        for kind in ("spousal_sponsorship", "citizenship_certificate"):
            for lang in ("en", "fr"):
                samples = []
                for n in range(10):
                    start = time.perf_counter()
                    service.produce(ids[n], kind, lang, out / f"one-{kind}-{lang}-{n}.pdf", TODAY)
                    samples.append(time.perf_counter() - start)
                print(f"one letter ({kind}, {lang}), content + PDF + record: median "
                      f"{statistics.median(samples[1:]) * 1000:.0f} ms")
        start = time.perf_counter()
        result = service.batch(ids, "spousal_sponsorship", "fr", out, TODAY)
        print(f"batch of {len(result.produced)} letters (fr, one process): {time.perf_counter() - start:.1f} s")
        db.close()


if __name__ == "__main__":
    main()
