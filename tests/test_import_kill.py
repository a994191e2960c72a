"""A killed import leaves all of a batch or none of it, and a sound database."""

from __future__ import annotations

import copy
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

RECORDS = 20_000


@pytest.fixture(scope="module")
def big_batch(tmp_path_factory, ) -> Path:
    from helpers import spec_example

    base = spec_example()
    path = tmp_path_factory.mktemp("batch") / "batch.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for i in range(RECORDS):
            doc = copy.deepcopy(base)
            doc["client"]["given_names"] = f"Persona {i}"
            doc["client"]["a_number"] = f"A{100000000 + i}"
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


def _count(db_file: Path) -> tuple[int, str]:
    with sqlite3.connect(db_file) as conn:
        return (conn.execute("SELECT count(*) FROM client").fetchone()[0],
                conn.execute("PRAGMA integrity_check").fetchone()[0])


@pytest.mark.slow
def test_sigkill_during_import_leaves_none_or_all(tmp_path, big_batch):
    rng = random.Random(20261121)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    outcomes = []
    for attempt in range(4):
        home = tmp_path / f"home{attempt}"
        # An import that succeeds first, so the killed one runs against a populated database.
        subprocess.run([sys.executable, "-m", "casedesk", "import", str(big_batch), "--data-dir", str(home)],
                       check=True, capture_output=True, env=env, timeout=300)
        proc = subprocess.Popen([sys.executable, "-m", "casedesk", "import", str(big_batch),
                                 "--data-dir", str(home)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env=env)
        time.sleep(rng.uniform(0.5, 3.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        count, check = _count(home / "casedesk.sqlite3")
        assert check == "ok"
        assert count in (RECORDS, 2 * RECORDS), f"half-written import: {count} clients"
        outcomes.append(count)
    # The kills must really have interrupted something at least once.
    assert RECORDS in outcomes
