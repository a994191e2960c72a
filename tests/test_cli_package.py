"""The command line as a package: each command in one area module, loaded only when it runs."""

from __future__ import annotations

import importlib
import json

import pytest

from casedesk.arguments import build_parser
from casedesk.cli import boundary

from test_cli import _loaded, casedesk

AREA_MODULES = {"casedesk.cli." + area for area in set(boundary.AREAS.values())}


def _parser_commands() -> set[str]:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return set(sub.choices)


def test_every_command_the_parser_knows_has_one_home():
    assert set(boundary.AREAS) == _parser_commands()
    for name in boundary.AREAS:
        assert callable(boundary.command(name)), name
    for area in set(boundary.AREAS.values()):  # and an area holds only the commands said to be there
        held = importlib.import_module(f"casedesk.cli.{area}").COMMANDS
        assert {n for n, a in boundary.AREAS.items() if a == area} == set(held), area


@pytest.mark.parametrize("args, area", [
    (["crs", "CASE", "--as-of", "2026-11-21", "--json"], "assessment"),
    (["upcoming", "--as-of", "2026-11-21", "--json"], "deadlines"),
], ids=["crs", "upcoming"])
def test_a_command_loads_its_own_area_and_no_other(tmp_path, spec_case, args, area):
    case = tmp_path / "case.json"
    case.write_text(json.dumps(spec_case), encoding="utf-8")
    if area == "deadlines":  # a caseload to read (a read creates none)
        casedesk(tmp_path / "home", "import", str(case))
    proc, modules = _loaded(tmp_path, *[str(case) if a == "CASE" else a for a in args],
                            "--data-dir", str(tmp_path / "home"))
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert modules & AREA_MODULES == {f"casedesk.cli.{area}"}
    assert not any(m.startswith(("PySide6", "casedesk.ui", "casedesk.app")) for m in modules)
