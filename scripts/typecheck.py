"""Run mypy (configured in pyproject.toml) and hold ``ui/`` to a baseline that may only shrink.

Every package but ``casedesk.ui`` must be clean. ``ui/``'s errors are counted per file and error
code (not per line, so moving code does not disturb it) and compared with
``.ci/mypy-ui-baseline.txt``: a count above its baseline fails (a new error), and so does one
below it, until the baseline is rewritten to the smaller figure with ``--update-baseline``.

    .venv/bin/python scripts/typecheck.py [--update-baseline]
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / ".ci" / "mypy-ui-baseline.txt"
UI = "src/casedesk/ui/"
ERROR = re.compile(r"^(?P<path>[^:]+):\d+: error: .*?(\[(?P<code>[a-z-]+)\])?$")
HEADER = """\
# mypy errors in src/casedesk/ui still to fix, per file and error code: this may only shrink.
# scripts/typecheck.py fails when a count grows (fix the new error) or falls (run it with
# --update-baseline and commit this file).
"""


def run_mypy() -> tuple[list[str], int]:
    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    if done.returncode not in (0, 1):  # 2: mypy itself failed (bad config, crash)
        sys.stdout.write(done.stdout + done.stderr)
        raise SystemExit("typecheck: mypy did not run")
    return done.stdout.splitlines(), done.returncode


def read_baseline() -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    if BASELINE.exists():
        for line in BASELINE.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                count, path, code = line.split()
                counts[path, code.strip("[]")] = int(count)
    return counts


def write_baseline(counts: Counter[tuple[str, str]]) -> None:
    rows = [f"{n} {path} [{code}]" for (path, code), n in sorted(counts.items())]
    BASELINE.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")


def main(argv: list[str]) -> int:
    lines, status = run_mypy()
    strict: list[str] = []
    ui: Counter[tuple[str, str]] = Counter()
    for line in lines:
        found = ERROR.match(line)
        if found is None:
            continue
        if found["path"].startswith(UI):
            ui[found["path"], found["code"] or "no-code"] += 1
        else:
            strict.append(line)
    if "--update-baseline" in argv:
        write_baseline(ui)
        print(f"typecheck: baseline rewritten ({sum(ui.values())} errors in ui/)")
    baseline = read_baseline()
    grown = sorted(key for key in ui if ui[key] > baseline[key])
    shrunk = sorted(key for key in baseline if ui[key] < baseline[key])
    for line in strict:
        print(line)
    if grown:
        print("typecheck: new mypy errors in ui/ (the baseline may only shrink):")
        for line in lines:
            found = ERROR.match(line)
            if found and (found["path"], found["code"] or "no-code") in grown:
                print("  " + line)
    if shrunk:
        print("typecheck: fewer mypy errors in ui/ than the baseline records - well done; shrink it:")
        for path, code in shrunk:
            print(f"  {path} [{code}]: {baseline[path, code]} -> {ui[path, code]}")
        print("  run: .venv/bin/python scripts/typecheck.py --update-baseline  (and commit .ci/mypy-ui-baseline.txt)")
    if strict:
        print(f"typecheck: {len(strict)} mypy errors outside ui/ (these packages must be clean)")
    if status and not (strict or ui):  # mypy failed without an error line we understand
        print("\n".join(lines))
        return 1
    if strict or grown or shrunk:
        return 1
    print(f"typecheck: clean outside ui/; ui/ at its baseline ({sum(ui.values())} errors)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
