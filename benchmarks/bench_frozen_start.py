"""Start-up to the first window: the frozen CaseDesk (packaging/build) against the source checkout.
Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_frozen_start.py [--runs 5] [--bundle dist/casedesk/casedesk]

Each run is ``casedesk --smoke-test`` in a fresh process, offscreen, on a caseload of one imported
client: the process starts, builds the context, opens the caseload, shows the window, handles the
first paint's events and exits. Timed: the frozen executable; ``.venv/bin/casedesk`` (what
``scripts/run`` ends with); and ``scripts/run`` itself (which first checks .venv with pip).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASE = ROOT / "tests" / "data" / "spec_example.json"


def _time(cmd: list[str], env: dict[str, str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=300)
        times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--bundle", type=Path, default=ROOT / "dist" / "casedesk" / "casedesk")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
        env.update(QT_QPA_PLATFORM="offscreen", CASEDESK_HOME=str(Path(tmp) / "caseload"), HOME=tmp)
        subprocess.run([str(ROOT / ".venv" / "bin" / "casedesk"), "import", str(CASE)], env=env, check=True,
                       capture_output=True)
        candidates = {
            "frozen (dist/casedesk/casedesk)": [str(args.bundle), "--smoke-test"],
            "source (.venv/bin/casedesk)": [str(ROOT / ".venv" / "bin" / "casedesk"), "--smoke-test"],
            "source (scripts/run)": [str(ROOT / "scripts" / "run"), "--smoke-test"],
        }
        for label, cmd in candidates.items():
            if not Path(cmd[0]).exists():
                print(f"{label}: missing")
                continue
            _time(cmd, env, 1)  # warm the page cache
            times = _time(cmd, env, args.runs)
            print(f"{label}: median {statistics.median(times):.2f} s, min {min(times):.2f} s "
                  f"over {args.runs} runs (load {os.getloadavg()[0]:.1f})")
    sys.exit(0)


if __name__ == "__main__":
    main()
