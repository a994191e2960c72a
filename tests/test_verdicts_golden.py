"""The verdicts of every rule-table case and of the demo caseload are those recorded in the golden file.

The file was written before results became codes with parameters: rewording a result, or moving
a rule into a shared function, must move no verdict and no missing fact.
"""

from __future__ import annotations

import json

import verdict_golden


def test_the_golden_file_covers_the_rule_tables():
    golden = json.loads(verdict_golden.GOLDEN.read_text(encoding="utf-8"))
    assert len(golden) > 500
    assert set(golden) == set(verdict_golden.cases())


def test_every_case_has_its_recorded_verdicts():
    golden = json.loads(verdict_golden.GOLDEN.read_text(encoding="utf-8"))
    now = verdict_golden.current()
    moved = {name: {pid: (golden[name][pid], got) for pid, got in now[name].items() if golden[name][pid] != got}
             for name in golden if name in now}
    moved = {name: changes for name, changes in moved.items() if changes}
    assert not moved, f"{len(moved)} cases changed, e.g. {next(iter(moved.items()))}"
