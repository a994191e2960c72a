"""The suite passes the same on a French machine: conftest pins the locale (C.UTF-8) before anything
reads it, so the command line and the window speak English unless a test asks for French."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLocale

from casedesk.text.choice import system_language

HERE = Path(__file__).resolve()
FRENCH = {"LANG": "fr_CA.UTF-8", "LC_ALL": "fr_CA.UTF-8", "LC_MESSAGES": "fr_CA.UTF-8", "LANGUAGE": "fr_CA:fr"}


def test_the_locale_defaults_are_english_here():
    assert system_language() == "en"
    assert QLocale.system().language() != QLocale.Language.French


def _inner(*extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, **FRENCH)
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra,
                           f"{HERE}::test_the_locale_defaults_are_english_here"], cwd=HERE.parents[1], env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_french_machine_runs_the_suite_in_english():
    pinned = _inner()
    assert pinned.returncode == 0, pinned.stdout[-2000:]
    unpinned = _inner("--noconftest")  # the same test without the pin: the machine's French shows through
    assert unpinned.returncode != 0 and "assert 'fr' == 'en'" in unpinned.stdout, unpinned.stdout[-2000:]
