"""Command-line start-up and the quick read path. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_cli.py --data-dir DIR [--runs 15]   # a caseload imported with `casedesk import`

Times, end to end in a fresh interpreter each run (as a shell script calls it): ``casedesk --version``,
``casedesk upcoming --within 45 --json`` (the standard-library quick path once the stored deadlines are
current), the same in text, and ``casedesk list --json --limit 1`` (the long path: SQLAlchemy, the
ORM, migrations checked). Also counts the modules each one loads, which moves less than the clock on
a shared machine. Run it on two commits to compare them.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

AS_OF = "2026-11-21"
PROBE = ("import runpy, sys; sys.argv = ['casedesk', *sys.argv[1:]]\n"
         "try:\n    runpy.run_module('casedesk', run_name='__main__')\n"
         "except SystemExit:\n    pass\n"
         "print(len(sys.modules), file=sys.stderr)")


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], env: dict, runs: int) -> tuple[float, float, float, int]:
    """Median and best wall-clock seconds over ``runs``, the median CPU seconds (user + system: steadier
    on a shared machine), and the output's size in bytes."""
    times, cpu, size = [], [], 0
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), _child_cpu()
        size = len(subprocess.run(cmd, check=True, capture_output=True, env=env).stdout)
        times.append(time.perf_counter() - start)
        cpu.append(_child_cpu() - start_cpu)
    return statistics.median(times), min(times), statistics.median(cpu), size


def modules(args: list[str], env: dict) -> int:
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, check=True)
    return int(proc.stderr.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=15)
    opts = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    exe = [sys.executable, "-m", "casedesk"]
    home = ["--data-dir", str(opts.data_dir), "--as-of", AS_OF]
    # Bring the stored deadlines up to date first (a migration or a recompute goes the long way once).
    subprocess.run(exe + ["upcoming", "--json", *home], check=True, capture_output=True, env=env)
    cases = {
        "casedesk --version": ["--version"],
        "casedesk upcoming --within 45 --json": ["upcoming", "--within", "45", "--json", *home],
        "casedesk upcoming --within 45 (text)": ["upcoming", "--within", "45", *home],
        "casedesk list --json --limit 1": ["list", "--json", "--limit", "1", *home],
    }
    for name, args in cases.items():
        median, best, cpu, size = timed(exe + args, env, opts.runs)
        print(f"{name}: median {median * 1000:.0f} ms, best {best * 1000:.0f} ms, CPU median {cpu * 1000:.0f} ms "
              f"over {opts.runs} runs ({size / 1e6:.2f} MB out, {modules(args, env)} modules loaded)")


if __name__ == "__main__":
    main()
