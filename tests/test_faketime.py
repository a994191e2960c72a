"""The date-sensitive tests pass whatever day the machine thinks it is.

They pass "today" in everywhere, so moving the computer's clock must change nothing. This runs
them in a child pytest under libfaketime (Debian package ``faketime``, installed by
``scripts/setup-env`` when run as root) with the clock a year ahead. Under CI (``CI`` or
``CASEDESK_CI`` set, as ``.ci/run`` does) a missing library fails the test; elsewhere it skips.
"""

from __future__ import annotations

import glob
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SLICE = ["tests/gui/test_upcoming.py", "tests/test_deadlines.py", "tests/gui/test_deadlines_window.py",
         "tests/gui/test_policy_views.py", "tests/test_cli_deadlines.py"]
AHEAD = 365


def libfaketime() -> Path | None:
    chosen = os.environ.get("CASEDESK_LIBFAKETIME")
    if chosen:
        return Path(chosen)
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1") + glob.glob("/usr/lib/faketime/libfaketime.so.1")
                   + glob.glob("/usr/local/lib/faketime/libfaketime.so.1"))
    return Path(found[0]) if found else None


def faked_env() -> dict[str, str]:
    lib = libfaketime()
    if lib is None or not lib.exists():
        why = ("libfaketime is not installed (Debian/Ubuntu: apt-get install faketime; scripts/setup-env does it "
               "as root)")
        if os.environ.get("CI") or os.environ.get("CASEDESK_CI"):
            pytest.fail(why)
        pytest.skip(why)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    return env | {"LD_PRELOAD": str(lib), "FAKETIME": f"+{AHEAD}d", "QT_QPA_PLATFORM": "offscreen"}


@pytest.mark.slow
def test_the_date_sensitive_tests_pass_a_year_ahead(tmp_path):
    env = faked_env()
    probe = subprocess.run([sys.executable, "-c", "import datetime; print(datetime.date.today())"],
                           env=env, capture_output=True, text=True, timeout=60)
    moved = (date.fromisoformat(probe.stdout.strip()) - date.today()).days
    assert AHEAD - 1 <= moved <= AHEAD + 1, f"the clock did not move: {probe.stdout!r} {probe.stderr!r}"

    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           f"--basetemp={tmp_path / 'inner'}", *SLICE],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-2000:]
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert " passed" in summary and "failed" not in summary and "skipped" not in summary, summary
