"""Only the composition root reads the computer's clock: everything else is handed "today" and "now".

The walk below resolves each module's imports (``from datetime import date as d``, ``import time``,
``from PySide6.QtCore import QDate``) and fails on any reference to a function that reads the clock,
called or not (``default=date.today`` reads it later just the same).
"""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from casedesk.clock import FixedClock

SRC = Path(__file__).resolve().parents[1] / "src" / "casedesk"
COMPOSITION_ROOTS = {"context.py"}  # builds the SystemClock that everything else is given

_QT = "PySide6.QtCore."
CLOCK_READS = {
    "datetime.date.today", "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today",
    "time.time", "time.time_ns",
    _QT + "QDate.currentDate", _QT + "QTime.currentTime", _QT + "QDateTime.currentDateTime",
    _QT + "QDateTime.currentDateTimeUtc", _QT + "QDateTime.currentMSecsSinceEpoch",
    _QT + "QDateTime.currentSecsSinceEpoch",
}
# These read the clock only when not given a time: (function, how many arguments a time makes).
CLOCK_READS_WITHOUT_TIME = {"time.localtime": 1, "time.gmtime": 1, "time.ctime": 1, "time.asctime": 1,
                            "time.strftime": 2}


def _aliases(tree: ast.AST) -> dict[str, str]:
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    names[alias.asname] = alias.name
                else:
                    names[alias.name.split(".")[0]] = alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def _qualified(node: ast.expr, names: dict[str, str]) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name) or node.id not in names:
        return None
    return ".".join([names[node.id], *reversed(parts)])


def wall_clock_reads(path: Path) -> list[str]:
    """``line: name`` for every read of the computer's clock in the module at ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = _aliases(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Attribute, ast.Name)) and isinstance(node.ctx, ast.Load):
            name = _qualified(node, names)
            if name in CLOCK_READS:
                found.append((node.lineno, name))
        elif isinstance(node, ast.Call):
            name = _qualified(node.func, names)
            given = len(node.args) + len(node.keywords)
            if name in CLOCK_READS_WITHOUT_TIME and given < CLOCK_READS_WITHOUT_TIME[name]:
                found.append((node.lineno, f"{name}()"))
    return [f"{line}: {name}" for line, name in sorted(found)]


def clock_readers(root: Path) -> dict[str, list[str]]:
    """Modules under the package ``root`` (other than its composition roots) that read the clock."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        if str(rel) in COMPOSITION_ROOTS:
            continue
        reads = wall_clock_reads(path)
        if reads:
            out[str(rel)] = reads
    return out


def test_nothing_below_the_composition_root_reads_the_clock():
    assert clock_readers(SRC) == {}


def test_the_walk_sees_the_composition_roots_own_reads():
    assert any("datetime.date.today" in r for r in wall_clock_reads(SRC / "context.py"))
    assert any("datetime.datetime.now" in r for r in wall_clock_reads(SRC / "context.py"))


PROBE = '''\
import time
import datetime as dt
from datetime import date, datetime as DT
from time import time_ns
from PySide6.QtCore import QDate

def stamp(default=date.today):         # 7: a reference reads it later
    a = DT.now()                        # 8
    b = dt.datetime.utcnow()            # 9
    c = time.time()                     # 10
    d = time_ns()                       # 11
    e = QDate.currentDate()             # 12
    f = time.localtime()                # 13
    g = time.strftime("%Y")             # 14
    ok = (time.localtime(0), time.strftime("%Y", f), time.monotonic(), time.perf_counter(),
          DT.fromisoformat("2026-11-21"), date(2026, 11, 21), dt.timedelta(days=1))
'''


def test_a_probe_package_shows_each_kind_of_read_failing(tmp_path):
    package = tmp_path / "casedesk"
    (package / "services").mkdir(parents=True)
    (package / "services" / "probe.py").write_text(PROBE, encoding="utf-8")
    (package / "context.py").write_text("from datetime import date\nTODAY = date.today()\n", encoding="utf-8")
    found = clock_readers(package)
    assert list(found) == ["services/probe.py"]  # the composition root may read it
    assert found["services/probe.py"] == [
        "7: datetime.date.today", "8: datetime.datetime.now", "9: datetime.datetime.utcnow", "10: time.time",
        "11: time.time_ns", "12: PySide6.QtCore.QDate.currentDate", "13: time.localtime()", "14: time.strftime()"]
    with pytest.raises(AssertionError):
        assert clock_readers(package) == {}


def test_a_fixed_clock_stands_still_until_moved():
    clock = FixedClock(date(2026, 11, 21))
    assert clock.today() == date(2026, 11, 21) and clock.now() == datetime(2026, 11, 21, 12, tzinfo=UTC)
    clock.advance(timedelta(minutes=5))
    assert clock.now() == datetime(2026, 11, 21, 12, 5, tzinfo=UTC) and clock.today() == date(2026, 11, 21)
    with pytest.raises(ValueError):
        FixedClock(date(2026, 11, 21), datetime(2026, 11, 21, 9))  # a stamp needs its time zone
