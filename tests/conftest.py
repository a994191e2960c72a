"""Shared test set-up: Qt offscreen, a private data folder per test, case-file helpers."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

# Before any Qt import: no display on CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CASEDESK_HOME", None)
os.environ.pop("CASEDESK_DATABASE_URL", None)
# New key files in tests cost scrypt N=2^10, not the 0.5 s of N=2^17 (same construction); the tests of
# the cost itself and of the upgrade at unlock take this away (monkeypatch.delenv).
os.environ["CASEDESK_TEST_KDF_N"] = "1024"

SPEC = Path(__file__).resolve().parents[1] / "docs" / "case-file.md"


def _spec_example() -> dict:
    """The example case file of the format's documentation."""
    match = re.search(r"```json\n(.*?)```", SPEC.read_text(encoding="utf-8"), re.S)
    assert match, f"{SPEC}: no example"
    return json.loads(match.group(1))


@pytest.fixture
def spec_case() -> dict:
    return _spec_example()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def db(data_dir: Path):
    from casedesk.config import resolve_paths
    from casedesk.services.workspace import open_workspace

    from helpers import fixed_clock

    database = open_workspace(resolve_paths(data_dir), clock=fixed_clock())
    yield database
    database.close()
