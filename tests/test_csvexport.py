"""The CSV writer every export uses: quoted, CRLF, and no cell a spreadsheet would run."""

from __future__ import annotations

import csv

import pytest

from casedesk.services.csvexport import write_csv


@pytest.mark.parametrize("name", [" =HYPERLINK(\"x\")", "\u00a0=1+1", "\u200b=1+1", "\uff1dcmd", "\n=1", "-2+3"])
def test_a_cell_that_would_start_a_formula_after_spaces_or_as_a_full_width_sign_stays_text(tmp_path, name):
    path = tmp_path / "impact.csv"
    assert write_csv(path, ["Client", "Note"], [[name, "ok"]]) == 1
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[1] == ["'" + name, "ok"]
    assert path.read_bytes().count(b"\r\n") == 2 and (path.stat().st_mode & 0o777) == 0o600
